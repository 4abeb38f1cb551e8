#pragma once

#include "pfaddress.h"
#include "pfendpoint.h"
#include "pficmptype.h"
#include "pfinterfacespec.h"
#include "pfpool.h"
#include "pfrangespec.h"

#include "text/span.h"

#include <QList>
#include <QString>
#include <QStringList>

// One rule of a pf ruleset after macro expansion, as written (lists are kept
// as lists; PfPrinter expands them the way pfctl does). Covers filter rules
// (pass/block/match), scrub, the translation rules nat/binat/rdr (old `->`
// style and nat-to/rdr-to/binat-to on match/pass) and anchor calls, which
// carry the rules of an inline body.
struct PfRule
{
    enum class Action {
        Pass,
        Block,
        Match,
        Scrub,
        Nat,
        NoNat,
        Binat,
        NoBinat,
        Rdr,
        NoRdr,
        Anchor,
        NatAnchor,
        RdrAnchor,
        BinatAnchor,
    };
    enum class Direction { Any, In, Out };
    enum class BlockPolicy { Default, Drop, Return, ReturnRst, ReturnIcmp };
    enum class RouteKind { None, RouteTo, ReplyTo, DupTo };
    enum class StateMode { Default, NoState, Keep, Modulate, Synproxy };
    enum class TranslationKind { None, NatTo, RdrTo, BinatTo };

    Action action = Action::Pass;
    Direction direction = Direction::Any;
    BlockPolicy blockPolicy = BlockPolicy::Default;
    int returnTtl = -1; // return-rst (ttl N)
    QString returnIcmp; // return-icmp (code) as written
    QString returnIcmp6; // return-icmp ( , code6)
    bool log = false;
    QStringList logOptions; // all, matches, user, "to pflog1"
    bool quick = false;
    QList<PfInterfaceSpec> interfaces;
    PfAddress::Family family = PfAddress::Family::Any;
    QList<int> protocols; // IANA protocol numbers; empty: any
    bool all = false; // written as `all` instead of from/to
    PfEndpoint from;
    PfEndpoint to;
    QList<PfRangeSpec> users;
    QList<PfRangeSpec> groups;
    bool flagsGiven = false; // `flags` was written (flags any: both zero)
    quint8 flags = 0; // TCP flags that must be set (F S R P A U E W)
    quint8 flagsMask = 0; // TCP flags looked at
    QList<PfIcmpType> icmpTypes;
    bool icmp6 = false; // icmpTypes came from icmp6-type
    int tos = -1;
    int prio = -1;
    QList<int> setPrio; // set prio p or (p, q)
    int setTos = -1;
    StateMode state = StateMode::Default;
    QStringList stateOptions; // normalised "max 100", "no-sync", "tcp.established 60", ...
    bool fragment = false;
    bool noDf = false;
    bool allowOpts = false;
    bool randomId = false;
    bool reassembleTcp = false;
    int minTtl = -1;
    int maxMss = -1;
    QStringList labels;
    quint32 ridentifier = 0;
    QString tag;
    QString tagged;
    bool taggedNegated = false;
    int rtable = -1;
    QString queue;
    QString priorityQueue;
    double probability = -1; // 0..1, -1 when not given
    bool once = false;
    RouteKind route = RouteKind::None;
    PfPool routePool;
    TranslationKind translation = TranslationKind::None; // nat-to/rdr-to/binat-to on pass/match
    PfPool pool; // the target of nat/binat/rdr and of nat-to/rdr-to/binat-to
    PfPool rdrPool; // rdr-to on a rule that also has nat-to
    bool pass = false; // nat/rdr/binat pass: skip filtering
    QString divertTo;
    int divertPort = -1;
    PfAddress::Family afTo = PfAddress::Family::Any; // af-to: translate to this family
    PfPool afToTo; // af-to ... to: the destination pool (`pool` holds the source)
    QString receivedOn; // received-on interface
    bool receivedOnNegated = false;
    int maxPktRate = -1; // max-pkt-rate N/S: packets
    int maxPktRateSeconds = -1;
    int maxPktSize = -1;
    int stateLimiter = -1; // state limiter id, -1 when none
    bool stateLimiterBlocks = false; // (block) when the limit is reached, else (no-match)
    int sourceLimiter = -1; // source limiter id, -1 when none
    bool sourceLimiterBlocks = false;
    QString overloadTable; // state option overload <table>
    QString anchorName; // anchor calls: the name, empty for an unnamed inline body
    bool anchorInline = false; // has an inline { } body
    QList<PfRule> anchorRules; // the rules of an inline body

    int statement = -1; // index into PfDocument::statements(), -1 for included files
    int line = 0; // 1-based line of the rule in its file
    Span span; // the rule's text in its document
    int index = 0; // position among the rules of its ruleset or anchor body

    bool isTranslation() const;
    bool isAnchorCall() const;
};

// Made of relocatable Qt types: lists of it may grow by moving memory.
Q_DECLARE_TYPEINFO(PfRule, Q_RELOCATABLE_TYPE);
