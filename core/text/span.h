#pragma once

#include <QtGlobal>

// A half-open range [begin, end) of UTF-16 offsets into a document's text.
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - begin; }
    bool isEmpty() const { return begin == end; }
    bool contains(qsizetype offset) const { return offset >= begin && offset < end; }
    bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
    Span united(Span other) const { return {qMin(begin, other.begin), qMax(end, other.end)}; }
    friend bool operator==(Span, Span) = default;
};
