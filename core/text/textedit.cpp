#include "textedit.h"

#include <algorithm>
#include <cstring>

namespace {

// Whole files are compared on every change: blocks through memcmp first, which
// is many times faster than a loop over QChars.
constexpr qsizetype compareBlock = 64;

qsizetype commonPrefix(const QChar *a, const QChar *b, qsizetype size)
{
    qsizetype length = 0;
    while (length + compareBlock <= size
           && std::memcmp(a + length, b + length, compareBlock * sizeof(QChar)) == 0)
        length += compareBlock;
    while (length < size && a[length] == b[length])
        ++length;
    return length;
}

// The common suffix of the `size` characters before `aEnd` and before `bEnd`.
qsizetype commonSuffix(const QChar *aEnd, const QChar *bEnd, qsizetype size)
{
    qsizetype length = 0;
    while (length + compareBlock <= size
           && std::memcmp(aEnd - length - compareBlock, bEnd - length - compareBlock,
                          compareBlock * sizeof(QChar))
               == 0)
        length += compareBlock;
    while (length < size && aEnd[-length - 1] == bEnd[-length - 1])
        ++length;
    return length;
}

} // namespace

std::optional<QString> applyTextEdits(const QString &text, QList<TextEdit> edits)
{
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.span.begin < b.span.begin;
    });
    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    for (const TextEdit &edit : std::as_const(edits)) {
        if (edit.span.begin < at || edit.span.end < edit.span.begin || edit.span.end > text.size())
            return std::nullopt;
        result += QStringView(text).sliced(at, edit.span.begin - at);
        result += edit.replacement;
        at = edit.span.end;
    }
    result += QStringView(text).sliced(at);
    return result;
}

TextEdit smallestTextEdit(QStringView before, QStringView after)
{
    const qsizetype shorter = qMin(before.size(), after.size());
    const qsizetype prefix = commonPrefix(before.data(), after.data(), shorter);
    const qsizetype suffix =
        commonSuffix(before.data() + before.size(), after.data() + after.size(), shorter - prefix);
    return {{prefix, before.size() - suffix},
            after.sliced(prefix, after.size() - suffix - prefix).toString()};
}

QList<TextEdit> invertTextEdits(const QString &text, QList<TextEdit> edits)
{
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.span.begin < b.span.begin;
    });
    QList<TextEdit> inverse;
    inverse.reserve(edits.size());
    qsizetype shift = 0;
    for (const TextEdit &edit : std::as_const(edits)) {
        const qsizetype begin = edit.span.begin + shift;
        inverse.append({{begin, begin + edit.replacement.size()},
                        text.mid(edit.span.begin, edit.span.length())});
        shift += edit.replacement.size() - edit.span.length();
    }
    return inverse;
}
