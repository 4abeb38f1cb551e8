#include "textedit.h"

#include <algorithm>

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
    const qsizetype prefix =
        std::mismatch(before.begin(), before.begin() + shorter, after.begin()).first
        - before.begin();
    const auto suffixEnd =
        std::mismatch(before.rbegin(), before.rbegin() + (shorter - prefix), after.rbegin()).first;
    const qsizetype suffix = suffixEnd - before.rbegin();
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
