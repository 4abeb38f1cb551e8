#pragma once

#include <QList>

#include <algorithm>
#include <iterator>

// A list held in chunks of a fixed size that copies share. A copy of the
// first n elements (first(n)) shares every whole chunk instead of copying it,
// so a syntax tree edited near its end keeps most of its nodes as they are.
// Reading is by index as with QList; writing detaches only the chunk written.
template<typename T>
class ChunkedList
{
public:
    static constexpr qsizetype ChunkSize = 256;

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = qsizetype;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        const_iterator(const ChunkedList *list, qsizetype index)
            : m_list(list)
            , m_index(index)
        { }

        const T &operator*() const { return (*m_list)[m_index]; }
        const T *operator->() const { return &(*m_list)[m_index]; }
        const T &operator[](qsizetype offset) const { return (*m_list)[m_index + offset]; }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int) { return {m_list, m_index++}; }
        const_iterator &operator--()
        {
            --m_index;
            return *this;
        }
        const_iterator operator--(int) { return {m_list, m_index--}; }
        const_iterator &operator+=(qsizetype offset)
        {
            m_index += offset;
            return *this;
        }
        const_iterator &operator-=(qsizetype offset)
        {
            m_index -= offset;
            return *this;
        }
        friend const_iterator operator+(const_iterator it, qsizetype offset)
        {
            return it += offset;
        }
        friend const_iterator operator+(qsizetype offset, const_iterator it)
        {
            return it += offset;
        }
        friend const_iterator operator-(const_iterator it, qsizetype offset)
        {
            return it -= offset;
        }
        friend qsizetype operator-(const_iterator a, const_iterator b)
        {
            return a.m_index - b.m_index;
        }
        friend bool operator==(const_iterator a, const_iterator b)
        {
            return a.m_index == b.m_index;
        }
        friend auto operator<=>(const_iterator a, const_iterator b)
        {
            return a.m_index <=> b.m_index;
        }

    private:
        const ChunkedList *m_list = nullptr;
        qsizetype m_index = 0;
    };

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const T &operator[](qsizetype index) const
    {
        Q_ASSERT(index >= 0 && index < m_size);
        return m_chunks.at(index / ChunkSize).at(index % ChunkSize);
    }
    T &operator[](qsizetype index)
    {
        Q_ASSERT(index >= 0 && index < m_size);
        return m_chunks[index / ChunkSize][index % ChunkSize];
    }
    const T &at(qsizetype index) const { return (*this)[index]; }
    const T &first() const { return (*this)[0]; }
    const T &last() const { return (*this)[m_size - 1]; }

    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    void append(T value)
    {
        if (m_chunks.isEmpty() || m_chunks.last().size() == ChunkSize) {
            m_chunks.append(QList<T>());
            m_chunks.last().reserve(ChunkSize);
        }
        m_chunks.last().append(std::move(value));
        ++m_size;
    }

    // The first `count` elements, sharing the whole chunks among them with this list.
    ChunkedList first(qsizetype count) const
    {
        Q_ASSERT(count >= 0 && count <= m_size);
        ChunkedList result;
        const qsizetype whole = count / ChunkSize;
        result.m_chunks = m_chunks.first(whole);
        result.m_size = whole * ChunkSize;
        for (qsizetype i = result.m_size; i < count; ++i)
            result.append(at(i));
        return result;
    }

    friend bool operator==(const ChunkedList &a, const ChunkedList &b)
    {
        return a.m_size == b.m_size && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    QList<QList<T>> m_chunks; // all full but the last
    qsizetype m_size = 0;
};
