#include "pfprinter.h"

#include "pfnames.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Family = PfAddress::Family;
using Action = PfRule::Action;

// One rule of pfctl's expansion: a single interface, protocol, source and
// destination address and port (and user, group, ICMP type) of a list rule.
struct Expanded
{
    const PfRule *rule = nullptr;
    const PfInterfaceSpec *interface = nullptr;
    int protocol = -1;
    const PfAddress *from = nullptr;
    const PfRangeSpec *fromPort = nullptr;
    const PfAddress *to = nullptr;
    const PfRangeSpec *toPort = nullptr;
    const PfRangeSpec *user = nullptr;
    const PfRangeSpec *group = nullptr;
    const PfIcmpType *icmp = nullptr;
    Family family = Family::Any;
};

QString addressText(const PfAddress &a)
{
    QString out;
    switch (a.type) {
    case PfAddress::Type::Any:
        return u"any"_s;
    case PfAddress::Type::Host:
        out = a.address;
        break;
    case PfAddress::Type::Range:
        return a.address + u" - "_s + a.rangeEnd;
    case PfAddress::Type::Table:
        return u'<' + a.address + u'>';
    case PfAddress::Type::Interface:
        if (a.dynamic) {
            out = u'(' + a.address;
            for (const QString &m : a.modifiers)
                out += u':' + m;
            out += u')';
        } else {
            out = a.address;
            for (const QString &m : a.modifiers)
                out += u':' + m;
        }
        break;
    case PfAddress::Type::Self:
        return u"self"_s;
    case PfAddress::Type::NoRoute:
        return u"no-route"_s;
    case PfAddress::Type::UrpfFailed:
        return u"urpf-failed"_s;
    case PfAddress::Type::Route:
        return u"route \""_s + a.address + u'"';
    }
    const int full = a.family == Family::Inet ? 32 : 128;
    if (a.prefix >= 0 && a.prefix != full)
        out += u'/' + QString::number(a.prefix);
    return out;
}

QString portText(const PfRangeSpec &p, int protocol)
{
    const QString a = QString::number(p.low);
    const QString b = QString::number(p.high);
    const auto transport = protocol == 6 ? PfNames::Transport::Tcp : PfNames::Transport::Udp;
    auto named = [&] {
        const QString name = PfNames::portName(quint16(p.low), transport);
        return name.isEmpty() ? a : name;
    };
    switch (p.op) {
    case PfRangeSpec::Op::None:
        return {};
    case PfRangeSpec::Op::Equal:
        return u" port = "_s + named();
    case PfRangeSpec::Op::NotEqual:
        return u" port != "_s + named();
    case PfRangeSpec::Op::Less:
        return u" port < "_s + a;
    case PfRangeSpec::Op::LessEqual:
        return u" port <= "_s + a;
    case PfRangeSpec::Op::Greater:
        return u" port > "_s + a;
    case PfRangeSpec::Op::GreaterEqual:
        return u" port >= "_s + a;
    case PfRangeSpec::Op::Range:
        return u" port "_s + a + u':' + b;
    case PfRangeSpec::Op::Inside:
        return u" port "_s + a + u" >< "_s + b;
    case PfRangeSpec::Op::Outside:
        return u" port "_s + a + u" <> "_s + b;
    }
    return {};
}

QString idText(const PfRangeSpec &p, const QString &keyword)
{
    const QString a = !p.name.isEmpty() ? p.name
        : p.low == 0xffffffffu
            && (p.op == PfRangeSpec::Op::Equal || p.op == PfRangeSpec::Op::NotEqual)
        ? u"unknown"_s
        : QString::number(p.low);
    const QString b = QString::number(p.high);
    QString out = u' ' + keyword;
    switch (p.op) {
    case PfRangeSpec::Op::None:
        return {};
    case PfRangeSpec::Op::Equal:
        return out + u" = "_s + a;
    case PfRangeSpec::Op::NotEqual:
        return out + u" != "_s + a;
    case PfRangeSpec::Op::Less:
        return out + u" < "_s + a;
    case PfRangeSpec::Op::LessEqual:
        return out + u" <= "_s + a;
    case PfRangeSpec::Op::Greater:
        return out + u" > "_s + a;
    case PfRangeSpec::Op::GreaterEqual:
        return out + u" >= "_s + a;
    case PfRangeSpec::Op::Range:
        return out + u' ' + a + u':' + b;
    case PfRangeSpec::Op::Inside:
        return out + u' ' + a + u" >< "_s + b;
    case PfRangeSpec::Op::Outside:
        return out + u' ' + a + u" <> "_s + b;
    }
    return {};
}

QString flagsText(quint8 f)
{
    static const char16_t letters[] = u"FSRPAUEW";
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (f & (1 << i))
            out += QChar(letters[i]);
    }
    return out;
}

QString sourceHashKey(const QString &key)
{
    if (key.startsWith(u"0x"_s) && key.size() == 34)
        return key.toLower();
    return u"0x"_s
        + QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Md5).toHex());
}

enum class PoolKind { Nat, Rdr, Route };

bool familyFits(const PfAddress &a, Family family)
{
    return family == Family::Any || a.family == Family::Any || a.family == family;
}

QString poolText(const PfPool &pool, PoolKind kind, Family family, const PfRangeSpec *dstPort,
                 bool defaultRoundRobin = true)
{
    QList<const PfAddress *> addresses;
    for (const PfAddress &a : pool.addresses) {
        if (familyFits(a, family))
            addresses.append(&a);
    }
    QString out;
    if (addresses.size() > 1)
        out += u"{ "_s;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const PfAddress &a = *addresses[i];
        if (kind == PoolKind::Route) {
            if (a.type == PfAddress::Type::Interface && a.address == a.routeInterface)
                out += u'(' + a.routeInterface + u" ?)"_s;
            else
                out += u'(' + a.routeInterface + u' ' + addressText(a) + u')';
        } else {
            out += addressText(a);
        }
        if (i + 1 < addresses.size())
            out += u", "_s;
    }
    if (addresses.size() > 1)
        out += u" }"_s;
    if (kind == PoolKind::Nat && pool.ports.op != PfRangeSpec::Op::None) {
        if (pool.ports.low == pool.ports.high)
            out += u" port "_s + QString::number(pool.ports.low);
        else if (!(pool.ports.low == 50001 && pool.ports.high == 65535))
            out += u" port %1:%2"_s.arg(pool.ports.low).arg(pool.ports.high);
    } else if (kind == PoolKind::Rdr && pool.ports.op != PfRangeSpec::Op::None && pool.ports.low) {
        quint32 high = pool.ports.high;
        if (pool.portRangeOpen) {
            high = pool.ports.low;
            if (dstPort && dstPort->op == PfRangeSpec::Op::Range)
                high = pool.ports.low + (dstPort->high - dstPort->low);
        }
        out += u" port "_s + QString::number(pool.ports.low);
        if (high && high != pool.ports.low)
            out += u':' + QString::number(high);
    }
    PfPool::Type type = pool.type;
    if (type == PfPool::Type::None) {
        bool table = false;
        for (const PfAddress *a : std::as_const(addresses)) {
            if (a->type == PfAddress::Type::Table
                || (a->type == PfAddress::Type::Interface && a->dynamic))
                table = true;
        }
        if (defaultRoundRobin && (addresses.size() > 1 || table))
            type = PfPool::Type::RoundRobin;
    }
    switch (type) {
    case PfPool::Type::None:
        break;
    case PfPool::Type::Bitmask:
        out += u" bitmask"_s;
        break;
    case PfPool::Type::Random:
        out += u" random"_s;
        break;
    case PfPool::Type::SourceHash:
        out += u" source-hash "_s + sourceHashKey(pool.sourceHashKey);
        break;
    case PfPool::Type::RoundRobin:
        out += u" round-robin"_s;
        break;
    }
    if (pool.stickyAddress)
        out += u" sticky-address"_s;
    if (kind == PoolKind::Nat && pool.staticPort)
        out += u" static-port"_s;
    if (pool.mapEOffset > 0)
        out += u" map-e-portset %1/%2/%3"_s.arg(pool.mapEOffset)
                   .arg(pool.mapEPsidLength)
                   .arg(pool.mapEPsid);
    if (pool.preferIpv6Nexthop)
        out += u" prefer-ipv6-nexthop"_s;
    if (pool.endpointIndependent)
        out += u" endpoint-independent"_s;
    return out;
}

Family poolFamily(const PfPool &pool)
{
    Family found = Family::Any;
    for (const PfAddress &a : pool.addresses) {
        if (a.family == Family::Any)
            continue;
        if (found != Family::Any && found != a.family)
            return Family::Any;
        found = a.family;
    }
    return found;
}

QString actionText(const PfRule &r)
{
    switch (r.action) {
    case Action::Pass:
        return u"pass"_s;
    case Action::Block:
        return u"block"_s;
    case Action::Match:
        return u"match"_s;
    case Action::Scrub:
        return u"scrub"_s;
    case Action::Nat:
        return u"nat"_s;
    case Action::NoNat:
        return u"no nat"_s;
    case Action::Binat:
        return u"binat"_s;
    case Action::NoBinat:
        return u"no binat"_s;
    case Action::Rdr:
        return u"rdr"_s;
    case Action::NoRdr:
        return u"no rdr"_s;
    case Action::Anchor:
        return u"anchor"_s;
    case Action::NatAnchor:
        return u"nat-anchor"_s;
    case Action::RdrAnchor:
        return u"rdr-anchor"_s;
    case Action::BinatAnchor:
        return u"binat-anchor"_s;
    }
    return {};
}

bool isStateful(const PfRule &r)
{
    switch (r.state) {
    case PfRule::StateMode::Default:
        return r.action == Action::Pass;
    case PfRule::StateMode::NoState:
        return false;
    default:
        return true;
    }
}

QString ruleText(const Expanded &e, bool blockReturns)
{
    const PfRule &r = *e.rule;
    const bool anchor = r.isAnchorCall();
    const int proto = e.protocol;
    QString out = actionText(r);
    if (anchor && !r.anchorName.isEmpty())
        out += u" \""_s + r.anchorName + u'"';
    if (r.pass)
        out += u" pass"_s;
    if (r.action == Action::Block) {
        auto policy = r.blockPolicy;
        if (policy == PfRule::BlockPolicy::Default)
            policy = blockReturns ? PfRule::BlockPolicy::Return : PfRule::BlockPolicy::Drop;
        switch (policy) {
        case PfRule::BlockPolicy::Default:
        case PfRule::BlockPolicy::Drop:
            out += u" drop"_s;
            break;
        case PfRule::BlockPolicy::Return:
            out += u" return"_s;
            break;
        case PfRule::BlockPolicy::ReturnRst:
            out += r.returnTtl > 0 ? u" return-rst(ttl %1)"_s.arg(r.returnTtl) : u" return-rst"_s;
            break;
        case PfRule::BlockPolicy::ReturnIcmp: {
            const QString v4 = r.returnIcmp.isEmpty() ? u"port-unr"_s : r.returnIcmp;
            const QString v6 = r.returnIcmp6.isEmpty() ? u"port-unr"_s : r.returnIcmp6;
            if (e.family == Family::Inet)
                out += u" return-icmp("_s + v4 + u')';
            else if (e.family == Family::Inet6)
                out += u" return-icmp6("_s + v6 + u')';
            else
                out += u" return-icmp("_s + v4 + u", "_s + v6 + u')';
            break;
        }
        }
    }
    if (r.direction == PfRule::Direction::In)
        out += u" in"_s;
    else if (r.direction == PfRule::Direction::Out)
        out += u" out"_s;
    if (r.log) {
        out += u" log"_s;
        QStringList opts;
        for (const char16_t *o : {u"all", u"matches", u"user"}) {
            if (r.logOptions.contains(QString::fromUtf16(o)))
                opts.append(QString::fromUtf16(o));
        }
        for (const QString &o : r.logOptions) {
            if (o.startsWith(u"to "_s))
                opts.append(o);
        }
        if (!opts.isEmpty())
            out += u" ("_s + opts.join(u", "_s) + u')';
    }
    if (r.quick)
        out += u" quick"_s;
    if (e.interface)
        out += (e.interface->negated ? u" on ! "_s : u" on "_s) + e.interface->name;
    if (r.route != PfRule::RouteKind::None) {
        out += r.route == PfRule::RouteKind::RouteTo ? u" route-to "_s
            : r.route == PfRule::RouteKind::ReplyTo  ? u" reply-to "_s
                                                     : u" dup-to "_s;
        Family routeFamily =
            r.afTo != Family::Any && r.route != PfRule::RouteKind::ReplyTo ? r.afTo : e.family;
        if (r.routePool.preferIpv6Nexthop)
            routeFamily = Family::Any;
        out += poolText(r.routePool, PoolKind::Route, routeFamily, nullptr);
    }
    if (e.family == Family::Inet)
        out += u" inet"_s;
    else if (e.family == Family::Inet6)
        out += u" inet6"_s;
    if (proto >= 0)
        out += u" proto "_s + PfNames::protocolName(proto);
    const bool fromAny = (!e.from || (e.from->type == PfAddress::Type::Any && !e.from->negated));
    const bool toAny = (!e.to || (e.to->type == PfAddress::Type::Any && !e.to->negated));
    if (fromAny && toAny && !e.fromPort && !e.toPort && r.from.os.isEmpty()) {
        out += u" all"_s;
    } else {
        out += u" from "_s;
        if (e.from && e.from->negated)
            out += u"! "_s;
        out += e.from ? addressText(*e.from) : u"any"_s;
        if (e.fromPort)
            out += portText(*e.fromPort, proto);
        if (!r.from.os.isEmpty())
            out += u" os \""_s + r.from.os + u'"';
        out += u" to "_s;
        if (e.to && e.to->negated)
            out += u"! "_s;
        out += e.to ? addressText(*e.to) : u"any"_s;
        if (e.toPort)
            out += portText(*e.toPort, proto);
    }
    if (!r.receivedOn.isEmpty())
        out += (r.receivedOnNegated ? u" !received-on "_s : u" received-on "_s) + r.receivedOn;
    if (e.user)
        out += idText(*e.user, u"user"_s);
    if (e.group)
        out += idText(*e.group, u"group"_s);
    const bool stateful = isStateful(r);
    quint8 flags = 0;
    quint8 mask = 0;
    if (r.flagsGiven) {
        flags = r.flags;
        mask = r.flagsMask;
    } else if (r.action == Action::Pass && stateful && !r.fragment) {
        flags = 0x02;
        mask = 0x12;
    }
    if (proto >= 0 && proto != 6) {
        flags = 0;
        mask = 0;
    }
    if (flags || mask)
        out += u" flags "_s + flagsText(flags) + u'/' + flagsText(mask);
    else if ((r.action == Action::Pass || r.action == Action::Match) && (proto < 0 || proto == 6)
             && !r.fragment && !anchor && stateful)
        out += u" flags any"_s;
    if (e.icmp) {
        const bool six = e.family == Family::Inet6 || (e.family == Family::Any && r.icmp6);
        out += six ? u" icmp6-type "_s : u" icmp-type "_s;
        out += PfNames::icmpTypeName(e.icmp->type, six);
        if (e.icmp->code >= 0)
            out += u" code "_s + PfNames::icmpCodeName(e.icmp->type, e.icmp->code, six);
    }
    if (r.tos >= 0)
        out += u" tos 0x%1"_s.arg(r.tos, 2, 16, QChar(u'0'));
    if (r.prio >= 0)
        out += u" prio "_s + QString::number(r.prio);
    if (r.maxPktRate >= 0)
        out += u" max-pkt-rate %1/%2"_s.arg(r.maxPktRate).arg(r.maxPktRateSeconds);
    if (r.maxPktSize >= 0)
        out += u" max-pkt-size "_s + QString::number(r.maxPktSize);
    if (!r.setPrio.isEmpty() || (r.setTos >= 0 && r.action != Action::Scrub)) {
        QStringList parts;
        if (r.setPrio.size() == 1 || (r.setPrio.size() == 2 && r.setPrio[0] == r.setPrio[1]))
            parts.append(u"prio "_s + QString::number(r.setPrio[0]));
        else if (r.setPrio.size() == 2)
            parts.append(u"prio(%1, %2)"_s.arg(r.setPrio[0]).arg(r.setPrio[1]));
        if (r.setTos >= 0 && r.action != Action::Scrub)
            parts.append(u"tos 0x%1"_s.arg(r.setTos, 2, 16, QChar(u'0')));
        out += u" set ("_s + parts.join(u", "_s) + u')';
    }
    if (!anchor) {
        if (!stateful && r.action == Action::Pass)
            out += u" no state"_s;
        else if (r.state == PfRule::StateMode::Modulate)
            out += u" modulate state"_s;
        else if (r.state == PfRule::StateMode::Synproxy)
            out += u" synproxy state"_s;
        else if (stateful)
            out += u" keep state"_s;
    }
    if (r.probability >= 0) {
        QString p = QString::asprintf("%f", r.probability * 100.0);
        while (p.endsWith(u'0'))
            p.chop(1);
        if (p.endsWith(u'.'))
            p.chop(1);
        out += u" probability "_s + p + u'%';
    }
    if (!r.stateOptions.isEmpty())
        out += u" ("_s + r.stateOptions.join(u", "_s) + u')';
    // Limiters print by id with their action (FreeBSD's pf1077.ok).
    if (r.stateLimiter >= 0)
        out += u" state limiter id %1 (%2)"_s.arg(r.stateLimiter)
                   .arg(r.stateLimiterBlocks ? u"block"_s : u"no-match"_s);
    if (r.sourceLimiter >= 0)
        out += u" source limiter id %1 (%2)"_s.arg(r.sourceLimiter)
                   .arg(r.sourceLimiterBlocks ? u"block"_s : u"no-match"_s);
    if (r.fragment && r.action != Action::Scrub)
        out += u" fragment"_s;
    if (r.action == Action::Scrub) {
        if (r.noDf)
            out += u" no-df"_s;
        if (r.randomId)
            out += u" random-id"_s;
        if (r.minTtl >= 0)
            out += u" min-ttl "_s + QString::number(r.minTtl);
        if (r.maxMss >= 0)
            out += u" max-mss "_s + QString::number(r.maxMss);
        if (r.setTos >= 0)
            out += u" set-tos 0x%1"_s.arg(r.setTos, 2, 16, QChar(u'0'));
    } else if (r.noDf || r.randomId || r.minTtl >= 0 || r.reassembleTcp || r.maxMss >= 0) {
        QStringList parts;
        if (r.noDf)
            parts.append(u"no-df"_s);
        if (r.randomId)
            parts.append(u"random-id"_s);
        if (r.minTtl >= 0)
            parts.append(u"min-ttl "_s + QString::number(r.minTtl));
        if (r.reassembleTcp)
            parts.append(u"reassemble tcp"_s);
        if (r.maxMss >= 0)
            parts.append(u"max-mss "_s + QString::number(r.maxMss));
        out += u" scrub ("_s + parts.join(u' ') + u')';
    }
    if (r.allowOpts)
        out += u" allow-opts"_s;
    if (r.action == Action::Scrub) {
        if (r.reassembleTcp)
            out += u" reassemble tcp"_s;
        out += r.fragment ? u" fragment no reassemble"_s : u" fragment reassemble"_s;
    }
    for (const QString &label : r.labels)
        out += u" label \""_s + label + u'"';
    if (r.ridentifier)
        out += u" ridentifier "_s + QString::number(r.ridentifier);
    if (r.once)
        out += u" once"_s;
    if (!r.queue.isEmpty()) {
        if (!r.priorityQueue.isEmpty())
            out += u" queue("_s + r.queue + u", "_s + r.priorityQueue + u')';
        else
            out += u" queue "_s + r.queue;
    }
    if (!r.tag.isEmpty())
        out += u" tag "_s + r.tag;
    if (!r.tagged.isEmpty())
        out += (r.taggedNegated ? u" ! tagged "_s : u" tagged "_s) + r.tagged;
    if (r.rtable >= 0)
        out += u" rtable "_s + QString::number(r.rtable);
    if (r.divertTo == u"reply")
        out += u" divert-reply"_s;
    else if (!r.divertTo.isEmpty())
        out += u" divert-to "_s + r.divertTo + u" port "_s + QString::number(r.divertPort);
    if (!anchor) {
        if (r.afTo != Family::Any) {
            out += r.afTo == Family::Inet ? u" af-to inet from "_s : u" af-to inet6 from "_s;
            out += poolText(r.pool, PoolKind::Nat, r.afTo, nullptr, false);
            if (!r.afToTo.isEmpty())
                out += u" to "_s + poolText(r.afToTo, PoolKind::Rdr, r.afTo, nullptr, false);
        } else if (r.translation == PfRule::TranslationKind::NatTo) {
            out += u" nat-to "_s + poolText(r.pool, PoolKind::Nat, e.family, nullptr);
            if (!r.rdrPool.isEmpty())
                out += u" rdr-to "_s + poolText(r.rdrPool, PoolKind::Rdr, e.family, e.toPort);
        } else if (r.translation == PfRule::TranslationKind::RdrTo) {
            out += u" rdr-to "_s + poolText(r.pool, PoolKind::Rdr, e.family, e.toPort);
        } else if (r.translation == PfRule::TranslationKind::BinatTo) {
            out += u" binat-to "_s + poolText(r.pool, PoolKind::Nat, e.family, nullptr);
        }
        if (r.action == Action::Nat || r.action == Action::Binat)
            out += u" -> "_s + poolText(r.pool, PoolKind::Nat, e.family, nullptr);
        else if (r.action == Action::Rdr)
            out += u" -> "_s + poolText(r.pool, PoolKind::Rdr, e.family, e.toPort);
    }
    return out;
}

// pfctl's expand_rule(): one printed rule per combination, skipping those
// whose addresses belong to different address families.
template<typename Visit>
void expand(const PfRule &r, Visit &&visit)
{
    const auto each = [](const auto &list) {
        using T = std::remove_cvref_t<decltype(list.first())>;
        QList<const T *> out;
        for (const T &item : list)
            out.append(&item);
        if (out.isEmpty())
            out.append(nullptr);
        return out;
    };
    const auto interfaces = each(r.interfaces);
    QList<int> protocols = r.protocols;
    if (protocols.isEmpty())
        protocols.append(-1);
    const auto fromHosts = each(r.from.hosts);
    const auto fromPorts = each(r.from.ports);
    const auto toHosts = each(r.to.hosts);
    const auto toPorts = each(r.to.ports);
    const auto users = each(r.users);
    const auto groups = each(r.groups);
    const auto icmps = each(r.icmpTypes);
    Family base = r.family;
    if (base == Family::Any && r.afTo == Family::Any) {
        for (const PfPool *pool : {&r.routePool, &r.pool}) {
            const Family f = poolFamily(*pool);
            if (f != Family::Any) {
                base = f;
                break;
            }
        }
    }
    for (const auto *iface : interfaces) {
        for (int proto : std::as_const(protocols)) {
            for (const auto *from : fromHosts) {
                for (const auto *fromPort : fromPorts) {
                    for (const auto *to : toHosts) {
                        for (const auto *toPort : toPorts) {
                            Family family = base;
                            bool mismatch = false;
                            for (const PfAddress *a : {from, to}) {
                                if (!a || a->family == Family::Any)
                                    continue;
                                if (family == Family::Any)
                                    family = a->family;
                                else if (family != a->family)
                                    mismatch = true;
                            }
                            if (mismatch)
                                continue;
                            for (const auto *user : users) {
                                for (const auto *group : groups) {
                                    for (const auto *icmp : icmps) {
                                        Expanded e;
                                        e.rule = &r;
                                        e.interface = iface;
                                        e.protocol = proto;
                                        e.from = from;
                                        e.fromPort = fromPort;
                                        e.to = to;
                                        e.toPort = toPort;
                                        e.user = user;
                                        e.group = group;
                                        e.icmp = icmp;
                                        e.family = family;
                                        visit(e);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

enum class Section { Scrub, Nat, Rdr, Binat, Filter };

Section sectionOf(const PfRule &r)
{
    switch (r.action) {
    case Action::Scrub:
        return Section::Scrub;
    case Action::Nat:
    case Action::NoNat:
    case Action::NatAnchor:
        return Section::Nat;
    case Action::Rdr:
    case Action::NoRdr:
    case Action::RdrAnchor:
        return Section::Rdr;
    case Action::Binat:
    case Action::NoBinat:
    case Action::BinatAnchor:
        return Section::Binat;
    default:
        return Section::Filter;
    }
}

void printRules(const QList<PfRule> &rules, Section section, int depth, bool blockReturns,
                QString &out)
{
    const QString indent(depth * 2, u' ');
    for (const PfRule &r : rules) {
        if (sectionOf(r) != section)
            continue;
        expand(r, [&](const Expanded &e) {
            out += indent + ruleText(e, blockReturns);
            if (!r.isAnchorCall()) {
                out += u'\n';
                return;
            }
            QString body;
            printRules(r.anchorRules, section, depth + 1, blockReturns, body);
            if (body.isEmpty()) {
                out += u'\n';
                return;
            }
            out += u" {\n"_s + body + indent + u"}\n"_s;
        });
    }
}

QString tableText(const PfTable &t)
{
    QString out = u"table <"_s + t.name + u'>';
    if (t.constant)
        out += u" const"_s;
    if (t.persist)
        out += u" persist"_s;
    if (t.counters)
        out += u" counters"_s;
    bool inList = false;
    for (const PfTableSource &source : t.sources) {
        if (!source.file.isEmpty()) {
            if (inList)
                out += u" }"_s;
            inList = false;
            out += u" file \""_s + source.file + u'"';
            continue;
        }
        if (!inList)
            out += u" {"_s;
        inList = true;
        for (const PfAddress &a : source.entries)
            out += (a.negated ? u" !"_s : u" "_s) + addressText(a);
    }
    if (inList)
        out += u" }"_s;
    return out + u'\n';
}

QString optionText(const PfOption &o)
{
    if (o.name == u"timeout" || o.name == u"limit") {
        QString out;
        for (const QString &v : o.values)
            out += u"set "_s + o.name + u' ' + v + u'\n';
        return out;
    }
    if (o.name == u"skip")
        return u"set skip on { "_s + o.values.join(u' ') + u" }\n"_s;
    if (o.name == u"load anchor" || o.name == u"ruleset-optimization" || o.name == u"require-order")
        return {};
    if (o.name == u"fingerprints")
        return u"set fingerprints \""_s + o.values.join(u' ') + u"\"\n"_s;
    return u"set "_s + o.name + u' ' + o.values.join(u' ') + u'\n';
}

// pfctl_altq.c rate2str(): a rate with K, M or G and "b", two decimals when needed.
QString rateText(double rate)
{
    static const char units[] = " KMG";
    int i = 0;
    for (; rate >= 1000 && i <= 3; ++i)
        rate /= 1000;
    // Past G, pfctl's unit character is the string's terminating NUL.
    const QString unit = i < 4 ? QString(QLatin1Char(units[i])) + u'b' : QString();
    if (int(rate * 100) % 100)
        return QString::asprintf("%.2f", rate) + unit;
    return QString::number(int(rate)) + unit;
}

// print_hfsc_sc() / print_fairq_sc(): a percentage where one was written.
QString curveText(QStringView name, const PfAltq::Curve &c)
{
    const auto value = [](const PfAltq::Bandwidth &written, quint64 rate) {
        return written.percent > 0 ? QString::number(written.percent) + u'%'
                                   : rateText(double(quint32(rate)));
    };
    QString out = u' ' + name.toString();
    if (c.d)
        out += u'(' + value(c.m1, c.m1Value) + u' ' + QString::number(c.d);
    out += u' ' + value(c.m2, c.m2Value);
    if (c.d)
        out += u')';
    return out;
}

// print_cbq_opts() and its siblings: the scheduler with its options, or
// nothing when it has none to show.
QString schedulerOptionsText(const PfAltq &a)
{
    using S = PfAltq::Scheduler;
    if (a.scheduler == S::Codel) {
        if (!a.codelTarget && !a.codelInterval && !a.codelEcn)
            return {};
        QString out = u"codel("_s;
        if (a.codelTarget)
            out += u" target "_s + QString::number(a.codelTarget);
        if (a.codelInterval)
            out += u" interval "_s + QString::number(a.codelInterval);
        if (a.codelEcn)
            out += u"ecn"_s; // sic: pfctl prints it without a space
        return out + u" ) "_s;
    }
    const bool curves = a.scheduler == S::Hfsc || a.scheduler == S::Fairq;
    const bool linkshare = curves && a.linkshare.m2Value != 0
        && (a.linkshare.m2Value != a.bandwidthValue || a.linkshare.d != 0);
    const bool hfscCurves =
        a.scheduler == S::Hfsc && (a.realtime.m2Value != 0 || a.upperlimit.m2Value != 0);
    if (!a.flags && !linkshare && !hfscCurves)
        return {};
    static const QStringView names[] = {u"cbq", u"priq", u"hfsc", u"fairq"};
    QString out = names[int(a.scheduler) - 1].toString() + u'(';
    static const std::pair<int, QStringView> flags[] = {
        {PfAltq::Red, u" red"},     {PfAltq::Ecn, u" ecn"},       {PfAltq::Rio, u" rio"},
        {PfAltq::Codel, u" codel"}, {PfAltq::Borrow, u" borrow"}, {PfAltq::Default, u" default"},
    };
    for (const auto &[flag, text] : flags) {
        if (a.flags & flag)
            out += text;
    }
    if (a.scheduler == S::Hfsc && a.realtime.m2Value != 0)
        out += curveText(u"realtime", a.realtime);
    if (linkshare)
        out += curveText(u"linkshare", a.linkshare);
    if (a.scheduler == S::Hfsc && a.upperlimit.m2Value != 0)
        out += curveText(u"upperlimit", a.upperlimit);
    return out + u" ) "_s;
}

// print_altq() / print_queue() and the child list parse.y prints after them.
QString altqText(const PfAltq &a)
{
    using S = PfAltq::Scheduler;
    QString out;
    // print_altq() and print_queue() write the bandwidth alike: a percentage
    // below 100, else the absolute rate.
    const auto bandwidth = [&a](quint64 rate) {
        if (a.bandwidth.percent > 0) {
            return a.bandwidth.percent < 100 ? u"bandwidth %1% "_s.arg(a.bandwidth.percent)
                                             : QString();
        }
        return u"bandwidth "_s + rateText(double(rate)) + u' ';
    };
    if (!a.isQueue) {
        out = u"altq on "_s + a.interface + u' ';
        const QString options = schedulerOptionsText(a);
        static const QStringView names[] = {u"", u"cbq ", u"priq ", u"hfsc ", u"fairq ", u"codel "};
        out += options.isEmpty() ? names[int(a.scheduler)].toString() : options;
        out += bandwidth(a.interfaceBandwidth);
        if (a.qlimit != 50)
            out += u"qlimit "_s + QString::number(a.qlimit) + u' ';
        out += u"tbrsize "_s + QString::number(a.tbrsize) + u' ';
        if (!a.children.isEmpty())
            out += u"queue { "_s + a.children.join(u' ') + u" }"_s;
        return out + u'\n';
    }
    out = u"queue "_s + a.name + u' ';
    if (a.printInterface)
        out += u"on "_s + a.interface + u' ';
    if (a.scheduler == S::Cbq || a.scheduler == S::Hfsc || a.scheduler == S::Fairq)
        out += bandwidth(a.bandwidthValue);
    if (a.priority != 1)
        out += u"priority "_s + QString::number(a.priority) + u' ';
    if (a.qlimit != 50)
        out += u"qlimit "_s + QString::number(a.qlimit) + u' ';
    if (a.scheduler != S::Codel)
        out += schedulerOptionsText(a);
    if (!a.children.isEmpty())
        out += u"{ "_s + a.children.join(u' ') + u" }"_s;
    return out + u'\n';
}

// As pfctl prints a limiter definition: a source limiter's `entries` as
// "limit" and its `limit` as "states" (FreeBSD's pf1077.ok).
QString limiterText(const PfLimiter &l)
{
    QString out = l.kind == PfLimiter::Kind::State ? u"state limiter "_s : u"source limiter "_s;
    out += l.name + u" id "_s + QString::number(l.id);
    if (l.kind == PfLimiter::Kind::State)
        out += u" limit "_s + QString::number(l.limit);
    else
        out += u" limit %1 states %2"_s.arg(l.entries).arg(l.limit);
    if (l.rateLimit || l.rateSeconds)
        out += u" rate %1/%2"_s.arg(l.rateLimit).arg(l.rateSeconds);
    if (!l.overloadTable.isEmpty()) {
        out += u" table <%1> above %2"_s.arg(l.overloadTable).arg(l.overloadAbove);
        if (l.overloadBelow)
            out += u" below "_s + QString::number(l.overloadBelow);
    }
    if (l.inetMask != 32)
        out += u" inet mask "_s + QString::number(l.inetMask);
    if (l.inet6Mask != 128)
        out += u" inet6 mask "_s + QString::number(l.inet6Mask);
    return out + u'\n';
}

QString etherText(const PfEtherRule &r)
{
    QString out = r.action == PfEtherRule::Action::Pass ? u"ether pass"_s : u"ether block"_s;
    if (r.direction == PfEtherRule::Direction::In)
        out += u" in"_s;
    else if (r.direction == PfEtherRule::Direction::Out)
        out += u" out"_s;
    if (r.quick)
        out += u" quick"_s;
    if (!r.interface.isEmpty())
        out += (r.interfaceNegated ? u" on ! "_s : u" on "_s) + r.interface;
    if (!r.bridgeTo.isEmpty())
        out += u" bridge-to "_s + r.bridgeTo;
    if (!r.etherTypes.isEmpty())
        out += u" proto "_s + r.etherTypes.join(u' ');
    if (!r.fromMac.isEmpty())
        out += u" from "_s + r.fromMac;
    if (!r.toMac.isEmpty())
        out += u" to "_s + r.toMac;
    if (r.l3From.isEmpty() && r.l3To.isEmpty())
        out += u" l3 all"_s;
    else
        out += u" l3 from "_s + r.l3From + u" to "_s + r.l3To;
    if (!r.queue.isEmpty())
        out += u" queue "_s + r.queue;
    for (const QString &label : r.labels)
        out += u" label \""_s + label + u'"';
    if (r.ridentifier)
        out += u" ridentifier "_s + QString::number(r.ridentifier);
    if (!r.tag.isEmpty())
        out += u" tag "_s + r.tag;
    return out + u'\n';
}

} // namespace

QString PfPrinter::print(const PfRuleset &ruleset)
{
    // Definitions print as pfctl reads them, in file order.
    struct Definition
    {
        int line;
        QString text;
    };
    QList<Definition> definitions;
    bool blockReturns = false;
    for (const PfMacro &m : ruleset.macros)
        definitions.append({m.line, m.name + u" = \""_s + m.value + u"\"\n"_s});
    for (const PfOption &o : ruleset.options) {
        definitions.append({o.line, optionText(o)});
        if (o.name == u"block-policy")
            blockReturns = o.values.value(0) == u"return";
    }
    for (const PfTable &t : ruleset.tables)
        definitions.append({t.line, tableText(t)});
    for (const PfLimiter &l : ruleset.limiters)
        definitions.append({l.line, limiterText(l)});
    for (const PfAltq &a : ruleset.altqs)
        definitions.append({a.line, altqText(a)});
    std::stable_sort(definitions.begin(), definitions.end(),
                     [](const Definition &a, const Definition &b) { return a.line < b.line; });
    QString out;
    for (const Definition &d : std::as_const(definitions))
        out += d.text;
    for (const PfEtherRule &r : ruleset.etherRules)
        out += etherText(r);
    for (Section s : {Section::Scrub, Section::Nat, Section::Rdr, Section::Binat, Section::Filter})
        printRules(ruleset.rules, s, 0, blockReturns, out);
    return out;
}

QString PfPrinter::printRule(const PfRule &rule)
{
    QString out;
    expand(rule, [&](const Expanded &e) { out += ruleText(e, false) + u'\n'; });
    return out;
}

QString PfPrinter::printErrors(const QList<Diagnostic> &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            out += u"%1:%2: %3\n"_s.arg(d.file).arg(d.line).arg(d.message);
    }
    if (!out.isEmpty())
        out += u"pfctl: Syntax error in config file: pf rules not loaded\n"_s;
    return out;
}
