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
