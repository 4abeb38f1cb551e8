#pragma once

#include "pfaltq.h"
#include "pfdocument.h"
#include "pfetherrule.h"
#include "pflimiter.h"
#include "pfmacro.h"
#include "pfoption.h"
#include "pfrule.h"
#include "pftable.h"

#include "text/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The meaning of a pf.conf document: macros, tables, options and rules in file
// order (anchors carry their inline bodies), with macros expanded the way
// pfctl's lexer expands them. Errors use pfctl's own wording and carry file,
// line and column.
class PfRuleset
{
public:
    // Reads included files and `table ... file` files; nullopt when unreadable.
    using FileReader = std::function<std::optional<QString>(const QString &path)>;

    // Addresses of the host's interfaces by name ("em0" -> {"192.0.2.1/24", "fe80::1"}):
    // pfctl replaces an interface name written without parentheses by them.
    using InterfaceAddresses = QHash<QString, QStringList>;

    static PfRuleset fromDocument(const PfDocument &document, const FileReader &reader = {},
                                  const InterfaceAddresses &interfaces = {});
    // Reads from the local file system, relative paths against `baseDirectory`.
    static FileReader localFileReader(const QString &baseDirectory);

    QList<PfMacro> macros;
    QList<PfTable> tables;
    QList<PfOption> options;
    QList<PfLimiter> limiters; // state and source limiters, in file order
    QList<PfAltq> altqs; // each altq and queue line pfctl prints, as it evaluates them
    QList<PfRule> rules; // every kind of rule, in file order
    QList<PfEtherRule> etherRules;
    QList<Diagnostic> diagnostics;

    const PfMacro *macro(QStringView name) const;
    const PfTable *table(QStringView name) const;
    const PfLimiter *limiter(PfLimiter::Kind kind, QStringView name) const;
    bool hasErrors() const;
};
