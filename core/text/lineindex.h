#pragma once

#include <QList>
#include <QStringView>

// Maps offsets in a text to 1-based line and column numbers (columns count
// UTF-16 code units, as editors and compilers do for ASCII configuration files).
class LineIndex
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    LineIndex() = default;
    explicit LineIndex(QStringView text);

    Position position(qsizetype offset) const;
    qsizetype lineStart(int line) const;
    int lineCount() const { return int(m_starts.size()); }

private:
    QList<qsizetype> m_starts {0};
};
