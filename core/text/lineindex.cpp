#include "lineindex.h"

#include <algorithm>

LineIndex::LineIndex(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            m_starts.append(i + 1);
    }
}

LineIndex::Position LineIndex::position(qsizetype offset) const
{
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    const auto line = int(after - m_starts.cbegin());
    return {line, int(offset - m_starts[line - 1]) + 1};
}

qsizetype LineIndex::lineStart(int line) const
{
    return m_starts.value(qBound(1, line, lineCount()) - 1);
}
