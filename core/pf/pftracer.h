#pragma once

#include "pfpacket.h"
#include "pfpacketinterface.h"
#include "pfruleset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Sends one packet through a ruleset with pf's own semantics (sys/netpfil/pf):
// `set skip` first; then translation, where the first matching nat/binat (out)
// or rdr/binat (in) rule wins and `no nat`/`no rdr` stop it; then the filter
// rules on the translated packet, where the last matching rule decides unless a
// `quick` rule ends the walk. Anchors are entered where their call stands and a
// quick rule inside one ends the whole walk. With no deciding rule pf passes.
// The ruleset must outlive the tracer; the tracer compiles it once (tables into
// longest-prefix lookups) so that each trace is cheap.
class PfTracer
{
public:
    struct Result
    {
        bool pass = true;
        const PfRule *decidingRule = nullptr; // null: default pass, or skipped
        const PfOption *skippedBy = nullptr; // `set skip on IF` that let it through
        const PfRule *translationRule = nullptr; // the nat/rdr/binat (or nat-to/rdr-to) applied
        QList<const PfRule *> matched; // every rule that matched, in walk order
        PfPacket translated; // the packet as the filter rules saw it
        QStringList notes; // what the tracer had to assume

        // "pass 17", "block 4" (the deciding rule's line) or "pass default".
        QString summary() const;
    };

    explicit PfTracer(const PfRuleset &ruleset, const QList<PfPacketInterface> &interfaces = {});
    ~PfTracer();
    PfTracer(const PfTracer &) = delete;
    PfTracer &operator=(const PfTracer &) = delete;

    Result trace(const PfPacket &packet) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> d;
};
