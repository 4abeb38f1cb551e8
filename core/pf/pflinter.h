#pragma once

#include "pfdocument.h"
#include "pfpacketinterface.h"
#include "pfruleset.h"

#include "text/diagnostic.h"

#include <QList>

#include <optional>

// Warnings about a pf ruleset that pfctl accepts but that is most likely not
// what its author meant: rules that can never match (a rule that every packet
// of reaches an earlier `quick` rule first, or a first-match translation rule
// behind one that covers it) or never decide (a later rule matches all of its
// packets and the last match wins); macros and tables defined but not used,
// and tables used but not defined; nat/rdr naming interfaces or addresses the
// host does not have; no default block rule; no `set skip on lo0`.
// Only what can be proved is reported: a rule is covered when the other rule's
// every condition is as wide or wider, by address, port, flag and protocol.
class PfLinter
{
public:
    // `interfaces`: the host's interfaces for the topology checks; without them
    // those checks are left out.
    static QList<Diagnostic>
    lint(const PfDocument &document, const PfRuleset &ruleset,
         const std::optional<QList<PfPacketInterface>> &interfaces = std::nullopt);
};
