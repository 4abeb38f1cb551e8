#include "lineindex.h"

#include <algorithm>

LineIndex::LineIndex(QStringView text)
{
    for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', at + 1))
        m_starts.append(at + 1);
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
