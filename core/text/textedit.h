#pragma once

#include "span.h"

#include <QList>
#include <QString>

#include <optional>

// Replace the text of `span` with `replacement`; an empty span inserts.
struct TextEdit
{
    Span span;
    QString replacement;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

// Applies non-overlapping edits to `text`, in any order. Edits that overlap make
// no sense together and yield nothing; two inserts at one offset keep their order.
std::optional<QString> applyTextEdits(const QString &text, QList<TextEdit> edits);

// The one edit that turns `before` into `after`: the span between their common
// prefix and suffix, replaced. For a whole new text of a file (typed, undone,
// read again) it is what changed, so the file's derived views can follow it.
TextEdit smallestTextEdit(QStringView before, QStringView after);

// The edits that turn the result of applyTextEdits(text, edits) back into `text`:
// what an undo applies.
QList<TextEdit> invertTextEdits(const QString &text, QList<TextEdit> edits);
