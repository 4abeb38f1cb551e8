#pragma once

#include "text/textedit.h"

#include <QList>
#include <QString>

// What one ruleset operation does to a pf.conf document: the smallest span
// edits and a sentence for the undo history, or why it cannot be done.
struct PfRulesetEdit
{
    QList<TextEdit> edits;
    QString description;
    QString error;

    bool isValid() const { return error.isEmpty(); }
    static PfRulesetEdit failure(QString message) { return {{}, {}, std::move(message)}; }
};
