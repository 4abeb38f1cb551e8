#pragma once

#include "pfruleset.h"

#include <QString>

// Prints a ruleset the way `pfctl -o none -nv` does: options, tables, each
// rule in pfctl's canonical spelling and order, lists expanded into one rule
// per combination, anchors with their bodies indented.
class PfPrinter
{
public:
    static QString print(const PfRuleset &ruleset);
    static QString printRule(const PfRule &rule);
    // What pfctl writes to stderr for a rejected file: "file:line: message"
    // per error and its closing line.
    static QString printErrors(const QList<Diagnostic> &diagnostics);
};
