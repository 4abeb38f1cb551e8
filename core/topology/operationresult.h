#pragma once

#include "text/documentedit.h"

#include <QList>
#include <QString>

// What a topology operation does to a host's files: the per-file edits and a
// sentence saying what it does, or why it cannot be done.
struct OperationResult
{
    QList<DocumentEdit> edits;
    QString description;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static OperationResult failure(const QString &error) { return {{}, {}, error}; }

    // Adds edits, merging those for a file already listed.
    void add(const DocumentEdit &edit)
    {
        if (edit.edits.isEmpty())
            return;
        for (DocumentEdit &existing : edits) {
            if (existing.path == edit.path) {
                existing.edits += edit.edits;
                return;
            }
        }
        edits.append(edit);
    }
};
