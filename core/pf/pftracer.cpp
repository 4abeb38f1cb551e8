#include "pftracer.h"

#include "pfpacketnetwork.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Ip = PfPacketAddress;
using Net = PfPacketNetwork;

Net netFrom(const QHostAddress &address, int prefix)
{
    return PfPacketNetwork::from(address, prefix);
}

// A pf table: longest-prefix match as pfr_match_addr() does with its radix
// trees. One hash per prefix length present, searched from the longest, so a
// lookup costs one probe per distinct prefix length, not one per entry.
class TableLookup
{
public:
    void add(const Net &net, bool negated)
    {
        const int prefix = net.prefix;
        Family &family = net.address.v6 ? m_v6 : m_v4;
        if (!family.byPrefix.contains(prefix)) {
            family.byPrefix.insert(prefix, {});
            family.prefixes.append(prefix);
            std::sort(family.prefixes.begin(), family.prefixes.end(), std::greater<int>());
        }
        family.byPrefix[prefix].insert(net.address, negated);
    }

    bool matches(Ip ip) const
    {
        const Family &family = ip.v6 ? m_v6 : m_v4;
        for (int prefix : family.prefixes) {
            const QHash<Ip, bool> &entries = family.byPrefix[prefix];
            const auto it = entries.constFind(ip.masked(Ip::maskFor(prefix, ip.v6)));
            if (it != entries.cend())
                return !it.value(); // a `!address` entry excludes what it covers
        }
        return false;
    }

    std::optional<Ip> first(bool v6) const
    {
        const Family &family = v6 ? m_v6 : m_v4;
        for (auto it = family.byPrefix.cbegin(); it != family.byPrefix.cend(); ++it) {
            for (auto entry = it->cbegin(); entry != it->cend(); ++entry) {
                if (!entry.value())
                    return entry.key();
            }
        }
        return std::nullopt;
    }

private:
    struct Family
    {
        QList<int> prefixes; // longest first
        QHash<int, QHash<Ip, bool>> byPrefix;
    };
    Family m_v4;
    Family m_v6;
};

// One entry of a from/to list, compiled.
struct HostMatcher
{
    enum class Kind { Any, Nets, Range, Table };
    Kind kind = Kind::Any;
    bool negated = false;
    QList<Net> nets; // Nets: the addresses it stands for (empty: matches nothing)
    Ip low;
    Ip high;
    const TableLookup *table = nullptr;

    bool matches(Ip ip) const
    {
        bool hit = false;
        switch (kind) {
        case Kind::Any:
            return true; // PF_MISMATCHAW never fails on a zero mask, negated or not
        case Kind::Nets:
            for (const Net &net : nets) {
                if (net.contains(ip)) {
                    hit = true;
                    break;
                }
            }
            break;
        case Kind::Range:
            hit = ip.v6 == low.v6 && low <= ip && ip <= high;
            break;
        case Kind::Table:
            hit = table->matches(ip);
            break;
        }
        return hit != negated;
    }
};

bool anyMatches(const QList<HostMatcher> &hosts, Ip ip)
{
    if (hosts.isEmpty())
        return true;
    for (const HostMatcher &host : hosts) {
        if (host.matches(ip))
            return true;
    }
    return false;
}

bool anyContains(const QList<PfRangeSpec> &ports, quint16 port)
{
    if (ports.isEmpty())
        return true;
    for (const PfRangeSpec &spec : ports) {
        if (spec.contains(port))
            return true;
    }
    return false;
}

enum class RuleKind { Filter, Translation, Anchor, Ignored };

struct CompiledRule
{
    const PfRule *rule = nullptr;
    RuleKind kind = RuleKind::Ignored;
    PfRule::Direction direction = PfRule::Direction::Any;
    PfAddress::Family family = PfAddress::Family::Any;
    QVarLengthArray<int, 2> protocols;
    QVarLengthArray<std::pair<int, bool>, 2> interfaces; // interned name, negated
    QList<HostMatcher> from;
    QList<HostMatcher> to;
    QList<PfRangeSpec> fromPorts;
    QList<PfRangeSpec> toPorts;
    quint8 flags = 0;
    quint8 flagsMask = 0;
    QList<HostMatcher> pool; // translation targets, for inbound binat
    QString never; // a condition the traced packet cannot meet, why
    QString hostNote; // an address the tracer could not resolve
    const std::vector<CompiledRule> *body = nullptr; // anchors
};

struct PacketState
{
    QVarLengthArray<int, 8> interfaceIds;
    PfRule::Direction direction = PfRule::Direction::In;
    PfAddress::Family family = PfAddress::Family::Inet;
    int protocol = 0;
    Ip source;
    Ip destination;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint8 tcpFlags = 0;
    int icmpType = -1;
    int icmpCode = -1;
    QString tag;
};

bool hasPorts(int protocol)
{
    return protocol == 6 || protocol == 17 || protocol == 132;
}

} // namespace

struct PfTracer::Compiled
{
    const PfRuleset *ruleset = nullptr;
    QList<PfPacketInterface> interfaces;
    QHash<QString, int> interfaceIds;
    QHash<QString, std::shared_ptr<TableLookup>> tables;
    QHash<QString, const QList<PfRule> *> namedBodies;
    std::vector<std::unique_ptr<std::vector<CompiledRule>>> bodies;
    const std::vector<CompiledRule> *top = nullptr;

    int internInterface(const QString &name)
    {
        const auto it = interfaceIds.constFind(name);
        if (it != interfaceIds.cend())
            return it.value();
        const int id = int(interfaceIds.size());
        interfaceIds.insert(name, id);
        return id;
    }

    QList<const PfPacketInterface *> interfacesNamed(const QString &name) const
    {
        QList<const PfPacketInterface *> found;
        for (const PfPacketInterface &interface : interfaces) {
            if (interface.name == name || interface.isInGroup(name))
                found.append(&interface);
        }
        return found;
    }

    QList<Net> interfaceNets(const PfAddress &address) const
    {
        QList<Net> nets;
        const bool network = address.modifiers.contains(u"network"_s);
        const bool broadcast = address.modifiers.contains(u"broadcast"_s);
        const bool firstOnly = address.modifiers.contains(u"0"_s);
        for (const PfPacketInterface *interface : interfacesNamed(address.address)) {
            bool seen4 = false;
            bool seen6 = false;
            for (const auto &[host, prefix] : interface->addresses) {
                const bool v6 = host.protocol() == QAbstractSocket::IPv6Protocol;
                if (firstOnly && (v6 ? seen6 : seen4))
                    continue;
                (v6 ? seen6 : seen4) = true;
                if (network) {
                    nets.append(netFrom(host, prefix));
                } else if (broadcast) {
                    if (!v6 && prefix < 31) {
                        const Net net = netFrom(host, prefix);
                        Ip last = net.address;
                        last.lo |= ~net.mask.lo & 0xffffffffULL;
                        nets.append(Net {last, Ip::maskFor(32, false), 32});
                    }
                } else {
                    nets.append(netFrom(host, -1));
                }
            }
        }
        return nets;
    }

    QList<Net> selfNets() const
    {
        QList<Net> nets {netFrom(QHostAddress(QHostAddress::LocalHost), -1),
                         netFrom(QHostAddress(QHostAddress::LocalHostIPv6), -1)};
        for (const PfPacketInterface &interface : interfaces) {
            for (const auto &[host, prefix] : interface.addresses)
                nets.append(netFrom(host, -1));
        }
        return nets;
    }

    const TableLookup *table(const QString &name)
    {
        if (const auto it = tables.constFind(name); it != tables.cend())
            return it->get();
        auto lookup = std::make_shared<TableLookup>();
        if (const PfTable *definition = ruleset->table(name)) {
            for (const PfAddress &entry : definition->entries) {
                for (const Net &net : netsOf(entry))
                    lookup->add(net, entry.negated);
            }
        }
        tables.insert(name, lookup);
        return lookup.get();
    }

    // The networks a host, interface or `self` entry stands for.
    QList<Net> netsOf(const PfAddress &address) const
    {
        switch (address.type) {
        case PfAddress::Type::Host: {
            QHostAddress host;
            if (!host.setAddress(address.address))
                return {};
            return {netFrom(host, address.prefix)};
        }
        case PfAddress::Type::Interface:
            return interfaceNets(address);
        case PfAddress::Type::Self:
            return selfNets();
        default:
            return {};
        }
    }

    HostMatcher compileHost(const PfAddress &address, QString *note)
    {
        HostMatcher matcher;
        matcher.negated = address.negated;
        switch (address.type) {
        case PfAddress::Type::Any:
            matcher.kind = HostMatcher::Kind::Any;
            break;
        case PfAddress::Type::Host:
        case PfAddress::Type::Interface:
        case PfAddress::Type::Self:
            matcher.kind = HostMatcher::Kind::Nets;
            matcher.nets = netsOf(address);
            if (matcher.nets.isEmpty() && note->isEmpty()) {
                *note = address.type == PfAddress::Type::Host
                    ? u"host name %1 is not resolved"_s.arg(address.address)
                    : u"addresses of %1 are not known"_s.arg(address.address);
            }
            break;
        case PfAddress::Type::Range: {
            QHostAddress low;
            QHostAddress high;
            matcher.kind = HostMatcher::Kind::Range;
            if (low.setAddress(address.address) && high.setAddress(address.rangeEnd)) {
                matcher.low = Ip::fromHost(low);
                matcher.high = Ip::fromHost(high);
            } else {
                matcher.kind = HostMatcher::Kind::Nets;
            }
            break;
        }
        case PfAddress::Type::Table:
            matcher.kind = HostMatcher::Kind::Table;
            matcher.table = table(address.address);
            break;
        case PfAddress::Type::NoRoute:
        case PfAddress::Type::UrpfFailed:
        case PfAddress::Type::Route:
            // The tracer assumes every address is routed and passes the uRPF check.
            matcher.kind = HostMatcher::Kind::Nets;
            if (note->isEmpty())
                *note = u"the tracer assumes every address is routable"_s;
            break;
        }
        return matcher;
    }

    const std::vector<CompiledRule> *compileBody(const QList<PfRule> &rules)
    {
        auto body = std::make_unique<std::vector<CompiledRule>>();
        body->reserve(rules.size());
        for (const PfRule &rule : rules)
            body->push_back(compileRule(rule));
        bodies.push_back(std::move(body));
        return bodies.back().get();
    }

    CompiledRule compileRule(const PfRule &rule)
    {
        CompiledRule compiled;
        compiled.rule = &rule;
        switch (rule.action) {
        case PfRule::Action::Pass:
        case PfRule::Action::Block:
        case PfRule::Action::Match:
            compiled.kind = RuleKind::Filter;
            break;
        case PfRule::Action::Nat:
        case PfRule::Action::NoNat:
        case PfRule::Action::Binat:
        case PfRule::Action::NoBinat:
        case PfRule::Action::Rdr:
        case PfRule::Action::NoRdr:
            compiled.kind = RuleKind::Translation;
            break;
        case PfRule::Action::Anchor:
        case PfRule::Action::NatAnchor:
        case PfRule::Action::RdrAnchor:
        case PfRule::Action::BinatAnchor:
            compiled.kind = RuleKind::Anchor;
            break;
        case PfRule::Action::Scrub:
            compiled.kind = RuleKind::Ignored;
            return compiled;
        }
        compiled.direction = rule.direction;
        compiled.family = rule.family;
        for (int protocol : rule.protocols)
            compiled.protocols.append(protocol);
        for (const PfInterfaceSpec &spec : rule.interfaces) {
            if (spec.name == u"any" && !spec.negated)
                continue;
            compiled.interfaces.append({internInterface(spec.name), spec.negated});
        }
        if (compiled.interfaces.size() < rule.interfaces.size())
            compiled.interfaces.clear(); // `on any` among them: every interface
        for (const PfAddress &address : rule.from.hosts)
            compiled.from.append(compileHost(address, &compiled.hostNote));
        for (const PfAddress &address : rule.to.hosts)
            compiled.to.append(compileHost(address, &compiled.hostNote));
        for (const PfAddress &address : rule.pool.addresses)
            compiled.pool.append(compileHost(address, &compiled.hostNote));
        compiled.fromPorts = rule.from.ports;
        compiled.toPorts = rule.to.ports;

        if (rule.flagsGiven || rule.flagsMask) {
            compiled.flags = rule.flags;
            compiled.flagsMask = rule.flagsMask;
        } else if (rule.action == PfRule::Action::Pass && rule.state != PfRule::StateMode::NoState
                   && !rule.fragment) {
            // pfctl's parse.y: 'flags S/SA' by default on stateful rules.
            compiled.flags = PfPacket::Syn;
            compiled.flagsMask = PfPacket::Syn | PfPacket::Ack;
        }

        if (!rule.users.isEmpty() || !rule.groups.isEmpty())
            compiled.never = u"user and group need a socket lookup the tracer cannot make"_s;
        else if (rule.fragment)
            compiled.never = u"the traced packet is not a fragment"_s;
        else if (!rule.from.os.isEmpty() && rule.from.os != u"any")
            compiled.never = u"the traced packet has no OS fingerprint"_s;
        else if (rule.tos > 0)
            compiled.never = u"the traced packet has TOS 0"_s;
        else if (rule.prio > 0)
            compiled.never = u"the traced packet has priority 0"_s;

        if (compiled.kind == RuleKind::Anchor) {
            if (rule.anchorInline)
                compiled.body = compileBody(rule.anchorRules);
            else if (const QList<PfRule> *named = namedBodies.value(rule.anchorName))
                compiled.body = compileBody(*named);
        }
        return compiled;
    }

    void collectNamedBodies(const QList<PfRule> &rules)
    {
        for (const PfRule &rule : rules) {
            if (rule.isAnchorCall() && rule.anchorInline) {
                if (!rule.anchorName.isEmpty() && !namedBodies.contains(rule.anchorName))
                    namedBodies.insert(rule.anchorName, &rule.anchorRules);
                collectNamedBodies(rule.anchorRules);
            }
        }
    }
};

PfTracer::PfTracer(const PfRuleset &ruleset, const QList<PfPacketInterface> &interfaces)
    : d(std::make_unique<Compiled>())
{
    d->ruleset = &ruleset;
    d->interfaces = interfaces;
    d->collectNamedBodies(ruleset.rules);
    d->top = d->compileBody(ruleset.rules);
}

PfTracer::~PfTracer() = default;

namespace {

struct Walk
{
    PacketState state;
    PfTracer::Result *result = nullptr;
    const CompiledRule *decided = nullptr;
    QSet<QString> notes;

    void note(const CompiledRule &rule, const QString &text)
    {
        const QString line = u"line %1: %2"_s.arg(rule.rule->line).arg(text);
        if (!notes.contains(line)) {
            notes.insert(line);
            result->notes.append(line);
        }
    }
};

bool interfaceMatches(const CompiledRule &rule, const PacketState &packet)
{
    if (rule.interfaces.isEmpty())
        return true;
    // A list `on { a, !b }` is pfctl's expansion into one rule per entry: any may match.
    for (const auto &[id, negated] : rule.interfaces) {
        if (packet.interfaceIds.contains(id) != negated)
            return true;
    }
    return false;
}

// The checks of pf_test_rule() and pf_match_translation() in their order.
// `binatIn` swaps the roles of the addresses the way pf does for inbound binat.
bool ruleMatches(const CompiledRule &rule, Walk &walk, bool binatIn = false)
{
    const PacketState &packet = walk.state;
    if (!interfaceMatches(rule, packet))
        return false;
    if (rule.direction != PfRule::Direction::Any && rule.direction != packet.direction
        && rule.kind != RuleKind::Translation)
        return false;
    if (rule.family != PfAddress::Family::Any && rule.family != packet.family)
        return false;
    if (!rule.protocols.isEmpty() && !rule.protocols.contains(packet.protocol))
        return false;
    if (!rule.hostNote.isEmpty())
        walk.note(rule, rule.hostNote);
    if (binatIn) {
        if (!anyMatches(rule.to, packet.source))
            return false;
        if (hasPorts(packet.protocol) && !anyContains(rule.toPorts, packet.sourcePort))
            return false;
    } else {
        if (!anyMatches(rule.from, packet.source))
            return false;
        if (hasPorts(packet.protocol) && !anyContains(rule.fromPorts, packet.sourcePort))
            return false;
        if (!anyMatches(rule.to, packet.destination))
            return false;
        if (hasPorts(packet.protocol) && !anyContains(rule.toPorts, packet.destinationPort))
            return false;
    }
    const PfRule &source = *rule.rule;
    if (!source.icmpTypes.isEmpty()) {
        bool hit = false;
        for (const PfIcmpType &type : source.icmpTypes)
            hit = hit
                || (type.type == packet.icmpType
                    && (type.code < 0 || type.code == packet.icmpCode));
        if (!hit)
            return false;
    }
    if (packet.protocol == 6 && (packet.tcpFlags & rule.flagsMask) != rule.flags)
        return false;
    if (!source.tagged.isEmpty() && (source.tagged == packet.tag) == source.taggedNegated)
        return false;
    if (!rule.never.isEmpty()) {
        walk.note(rule, rule.never + u"; treated as not matching"_s);
        return false;
    }
    if (source.probability >= 0 && source.probability < 1)
        walk.note(rule, u"matches only with probability %1%"_s.arg(source.probability * 100));
    return true;
}

bool isPoolBitmask(const PfRule &rule)
{
    return rule.pool.type == PfPool::Type::Bitmask || rule.action == PfRule::Action::Binat
        || rule.translation == PfRule::TranslationKind::BinatTo;
}

} // namespace

namespace {

// The address pf_map_addr() picks from a pool for `original` (first choice of
// round-robin, the mapped address of bitmask), or nothing when it is unknown.
std::optional<Ip> poolAddress(const QList<PfAddress> &addresses, bool bitmask, Ip original,
                              const std::function<QList<Net>(const PfAddress &)> &netsOf,
                              const std::function<const TableLookup *(const QString &)> &table)
{
    for (const PfAddress &address : addresses) {
        if (address.type == PfAddress::Type::Table) {
            if (const std::optional<Ip> first = table(address.address)->first(original.v6))
                return first;
            continue;
        }
        for (const Net &net : netsOf(address)) {
            if (net.address.v6 != original.v6)
                continue;
            if (address.type == PfAddress::Type::Host && bitmask)
                return Ip {net.address.hi | (original.hi & ~net.mask.hi),
                           net.address.lo | (original.lo & ~net.mask.lo), original.v6};
            if (address.type == PfAddress::Type::Host) {
                QHostAddress host;
                host.setAddress(address.address);
                return Ip::fromHost(host);
            }
            return net.address;
        }
    }
    return std::nullopt;
}

quint16 mappedPort(const PfPool &pool, const QList<PfRangeSpec> &rulePorts, quint16 port)
{
    if (pool.ports.op == PfRangeSpec::Op::None)
        return port;
    const quint32 low = pool.ports.low;
    if (pool.ports.op != PfRangeSpec::Op::Range && !pool.portRangeOpen)
        return quint16(low);
    // pf_get_transaddr(): the offset into the rule's port range carries over.
    const quint32 ruleLow = rulePorts.isEmpty() ? port : rulePorts.first().low;
    const quint32 ruleHigh = rulePorts.isEmpty() ? port : rulePorts.first().high;
    const quint32 high =
        pool.portRangeOpen ? low + (qMax(ruleHigh, ruleLow) - ruleLow) : pool.ports.high;
    return quint16((quint32(port) - ruleLow) % (high - low + 1) + low);
}

} // namespace

PfTracer::Result PfTracer::trace(const PfPacket &packet) const
{
    Result result;
    result.translated = packet;
    Walk walk;
    walk.result = &result;
    PacketState &state = walk.state;
    state.direction = packet.direction;
    state.family = packet.family();
    state.protocol = packet.protocol;
    state.source = Ip::fromHost(packet.source);
    state.destination = Ip::fromHost(packet.destination);
    state.sourcePort = packet.sourcePort;
    state.destinationPort = packet.destinationPort;
    state.tcpFlags = packet.tcpFlags;
    state.icmpType = packet.icmpType;
    state.icmpCode = packet.icmpCode;

    PfPacketInterface seen;
    seen.name = packet.interfaceName;
    for (const PfPacketInterface &interface : d->interfaces) {
        if (interface.name == packet.interfaceName)
            seen = interface;
    }
    QStringList names {seen.name};
    names += seen.groups;
    names += seen.impliedGroups();
    for (const QString &name : std::as_const(names)) {
        if (const auto it = d->interfaceIds.constFind(name); it != d->interfaceIds.cend())
            state.interfaceIds.append(it.value());
    }

    for (const PfOption &option : d->ruleset->options) {
        if (option.name != u"skip")
            continue;
        for (const QString &value : option.values) {
            if (names.contains(value)) {
                result.skippedBy = &option;
                return result;
            }
        }
    }

    auto netsOf = [this](const PfAddress &address) { return d->netsOf(address); };
    auto tableOf = [this](const QString &name) { return d->table(name); };
    auto applyTranslation = [&](const CompiledRule &rule, bool binatIn) {
        const PfRule &source = *rule.rule;
        const bool rdr = source.action == PfRule::Action::Rdr
            || source.translation == PfRule::TranslationKind::RdrTo;
        std::optional<Ip> address;
        if (binatIn) {
            // Inbound binat maps the destination back to the rule's own `from` address.
            QList<PfAddress> inside;
            for (const PfAddress &host : source.from.hosts)
                inside.append(host);
            address = poolAddress(inside, true, state.destination, netsOf, tableOf);
        } else {
            address = poolAddress(source.pool.addresses, isPoolBitmask(source),
                                  rdr ? state.destination : state.source, netsOf, tableOf);
        }
        if (!address) {
            walk.note(rule, u"the translation address is not known"_s);
            return;
        }
        if (rdr || binatIn) {
            state.destination = *address;
            if (rdr)
                state.destinationPort =
                    mappedPort(source.pool, source.to.ports, state.destinationPort);
        } else {
            state.source = *address;
            if (source.pool.ports.op != PfRangeSpec::Op::None && hasPorts(state.protocol))
                state.sourcePort = quint16(source.pool.ports.low);
            else if (!source.pool.staticPort && hasPorts(state.protocol)
                     && source.action == PfRule::Action::Nat)
                walk.note(rule, u"pf picks the source port from 50001:65535"_s);
        }
        result.translationRule = &source;
    };

    // pf_get_translation(): binat then nat going out, rdr then binat coming in.
    const QList<QList<PfRule::Action>> passes = packet.direction == PfRule::Direction::Out
        ? QList<QList<PfRule::Action>> {{PfRule::Action::Binat, PfRule::Action::NoBinat},
                                        {PfRule::Action::Nat, PfRule::Action::NoNat}}
        : QList<QList<PfRule::Action>> {{PfRule::Action::Rdr, PfRule::Action::NoRdr},
                                        {PfRule::Action::Binat, PfRule::Action::NoBinat}};
    auto anchorFor = [](PfRule::Action action) {
        switch (action) {
        case PfRule::Action::Nat:
            return PfRule::Action::NatAnchor;
        case PfRule::Action::Rdr:
            return PfRule::Action::RdrAnchor;
        default:
            return PfRule::Action::BinatAnchor;
        }
    };
    const CompiledRule *translation = nullptr;
    // pf_match_translation(): the first match wins, anchors are entered in place.
    std::function<bool(const std::vector<CompiledRule> &, const QList<PfRule::Action> &)>
        findTranslation = [&](const std::vector<CompiledRule> &rules,
                              const QList<PfRule::Action> &actions) {
            const bool binatIn = actions.first() == PfRule::Action::Binat
                && packet.direction == PfRule::Direction::In;
            for (const CompiledRule &rule : rules) {
                if (rule.kind == RuleKind::Anchor
                    && rule.rule->action == anchorFor(actions.first())) {
                    if (rule.body && ruleMatches(rule, walk)) {
                        result.matched.append(rule.rule);
                        if (findTranslation(*rule.body, actions))
                            return true;
                    }
                    continue;
                }
                if (rule.kind != RuleKind::Translation || !actions.contains(rule.rule->action))
                    continue;
                if (binatIn) {
                    // pf_match_translation() checks the destination against the pool.
                    if (!ruleMatches(rule, walk, true) || !anyMatches(rule.pool, state.destination))
                        continue;
                } else if (!ruleMatches(rule, walk)) {
                    continue;
                }
                result.matched.append(rule.rule);
                if (!rule.rule->tag.isEmpty())
                    state.tag = rule.rule->tag;
                translation = &rule;
                return true;
            }
            return false;
        };
    for (const QList<PfRule::Action> &actions : passes) {
        if (findTranslation(*d->top, actions))
            break;
    }
    if (translation) {
        const PfRule &rule = *translation->rule;
        const bool no = rule.action == PfRule::Action::NoNat || rule.action == PfRule::Action::NoRdr
            || rule.action == PfRule::Action::NoBinat;
        if (!no) {
            applyTranslation(*translation,
                             rule.action == PfRule::Action::Binat
                                 && packet.direction == PfRule::Direction::In);
            if (rule.pass) {
                // `rdr pass` and friends: the packet skips the filter rules.
                result.decidingRule = &rule;
                result.pass = true;
            }
        }
    }

    if (!result.decidingRule) {
        // pf_test_rule(): last match wins; quick ends the walk, even inside an anchor.
        std::function<bool(const std::vector<CompiledRule> &, bool &)> filter =
            [&](const std::vector<CompiledRule> &rules, bool &matchedHere) {
                for (const CompiledRule &rule : rules) {
                    if (rule.kind == RuleKind::Anchor) {
                        if (rule.rule->action != PfRule::Action::Anchor || !rule.body)
                            continue;
                        if (!ruleMatches(rule, walk))
                            continue;
                        result.matched.append(rule.rule);
                        bool matchedInside = false;
                        if (filter(*rule.body, matchedInside))
                            return true;
                        if (matchedInside) {
                            matchedHere = true;
                            if (rule.rule->quick)
                                return true;
                        }
                        continue;
                    }
                    if (rule.kind != RuleKind::Filter || !ruleMatches(rule, walk))
                        continue;
                    result.matched.append(rule.rule);
                    if (!rule.rule->tag.isEmpty())
                        state.tag = rule.rule->tag;
                    if (rule.rule->action == PfRule::Action::Match) {
                        if (rule.rule->translation != PfRule::TranslationKind::None)
                            applyTranslation(rule, false);
                    } else {
                        walk.decided = &rule;
                        matchedHere = true;
                    }
                    if (rule.rule->quick)
                        return true;
                }
                return false;
            };
        bool matchedAny = false;
        filter(*d->top, matchedAny);
        if (walk.decided) {
            const PfRule &rule = *walk.decided->rule;
            result.decidingRule = &rule;
            result.pass = rule.action == PfRule::Action::Pass;
            if (result.pass && rule.translation != PfRule::TranslationKind::None)
                applyTranslation(*walk.decided, false);
        }
    }

    result.translated.source = state.source.toHost();
    result.translated.destination = state.destination.toHost();
    result.translated.sourcePort = state.sourcePort;
    result.translated.destinationPort = state.destinationPort;
    return result;
}

QString PfTracer::Result::summary() const
{
    const QString verdict = pass ? u"pass"_s : u"block"_s;
    if (!decidingRule)
        return verdict + u" default"_s;
    return verdict + u' ' + QString::number(decidingRule->line);
}
