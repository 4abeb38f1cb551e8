#include "pflinter.h"

#include "pfpacket.h"
#include "pfpacketnetwork.h"
#include "pftokenkind.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

using Network = PfPacketNetwork;

struct Interval
{
    quint32 low = 0;
    quint32 high = 0;
};

// The ports a spec admits as closed intervals of 0..65535.
QList<Interval> intervalsOf(const PfRangeSpec &spec)
{
    constexpr quint32 top = 65535;
    const quint32 v = spec.low;
    const quint32 h = spec.high;
    switch (spec.op) {
    case PfRangeSpec::Op::None:
        return {{0, top}};
    case PfRangeSpec::Op::Equal:
        return {{v, v}};
    case PfRangeSpec::Op::NotEqual: {
        QList<Interval> parts;
        if (v > 0)
            parts.append({0, v - 1});
        if (v < top)
            parts.append({v + 1, top});
        return parts;
    }
    case PfRangeSpec::Op::Less:
        return v == 0 ? QList<Interval> {} : QList<Interval> {{0, v - 1}};
    case PfRangeSpec::Op::LessEqual:
        return {{0, v}};
    case PfRangeSpec::Op::Greater:
        return v >= top ? QList<Interval> {} : QList<Interval> {{v + 1, top}};
    case PfRangeSpec::Op::GreaterEqual:
        return {{v, top}};
    case PfRangeSpec::Op::Range:
        return {{v, h}};
    case PfRangeSpec::Op::Inside:
        return h > v + 1 ? QList<Interval> {{v + 1, h - 1}} : QList<Interval> {};
    case PfRangeSpec::Op::Outside: {
        QList<Interval> parts;
        if (v > 0)
            parts.append({0, v - 1});
        if (h < top)
            parts.append({h + 1, top});
        return parts;
    }
    }
    return {};
}

QList<Interval> merged(QList<Interval> parts)
{
    std::sort(parts.begin(), parts.end(), [](Interval a, Interval b) { return a.low < b.low; });
    QList<Interval> result;
    for (const Interval &part : parts) {
        if (!result.isEmpty() && part.low <= result.last().high + 1)
            result.last().high = qMax(result.last().high, part.high);
        else
            result.append(part);
    }
    return result;
}

bool portsCover(const QList<PfRangeSpec> &outer, const QList<PfRangeSpec> &inner)
{
    if (outer.isEmpty())
        return true;
    if (inner.isEmpty())
        return false;
    QList<Interval> wide;
    for (const PfRangeSpec &spec : outer)
        wide += intervalsOf(spec);
    wide = merged(wide);
    for (const PfRangeSpec &spec : inner) {
        for (const Interval &part : intervalsOf(spec)) {
            const bool inside = std::any_of(wide.cbegin(), wide.cend(), [&](Interval w) {
                return w.low <= part.low && part.high <= w.high;
            });
            if (!inside)
                return false;
        }
    }
    return true;
}

struct HostShape
{
    const PfAddress *address = nullptr;
    std::optional<Network> network; // positive numeric hosts
    QString key; // everything else is compared by spelling

    bool isAny() const { return address->type == PfAddress::Type::Any && !address->negated; }
};

QString keyOf(const PfAddress &address)
{
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(int(address.type))
        .arg(address.negated)
        .arg(address.address, address.rangeEnd)
        .arg(address.prefix)
        .arg(address.dynamic)
        .arg(address.modifiers.join(u','));
}

QList<HostShape> shapesOf(const QList<PfAddress> &hosts)
{
    QList<HostShape> shapes;
    shapes.reserve(hosts.size());
    for (const PfAddress &address : hosts) {
        HostShape shape;
        shape.address = &address;
        if (address.type == PfAddress::Type::Host && !address.negated)
            shape.network = PfPacketNetwork::from(address.address, address.prefix);
        if (!shape.network)
            shape.key = keyOf(address);
        shapes.append(shape);
    }
    return shapes;
}

bool hostsAreAny(const QList<HostShape> &hosts)
{
    return hosts.isEmpty()
        || std::any_of(hosts.cbegin(), hosts.cend(), [](const HostShape &h) { return h.isAny(); });
}

bool hostCovers(const HostShape &outer, const HostShape &inner)
{
    if (outer.isAny())
        return true;
    if (outer.network && inner.network)
        return outer.network->contains(*inner.network);
    return !outer.network && !inner.network && outer.key == inner.key;
}

bool hostsCover(const QList<HostShape> &outer, const QList<HostShape> &inner)
{
    if (hostsAreAny(outer))
        return true;
    if (hostsAreAny(inner))
        return false;
    return std::all_of(inner.cbegin(), inner.cend(), [&](const HostShape &h) {
        return std::any_of(outer.cbegin(), outer.cend(),
                           [&](const HostShape &o) { return hostCovers(o, h); });
    });
}

// A rule reduced to what decides which packets it matches.
struct Shape
{
    const PfRule *rule = nullptr;
    int position = 0;
    bool canCover = false; // has no condition the comparison does not understand
    PfAddress::Family family = PfAddress::Family::Any;
    quint8 flags = 0;
    quint8 flagsMask = 0;
    QList<HostShape> from;
    QList<HostShape> to;
};

PfAddress::Family effectiveFamily(const PfRule &rule, const Shape &shape)
{
    if (rule.family != PfAddress::Family::Any)
        return rule.family;
    std::optional<bool> v6;
    for (const QList<HostShape> *hosts : {&shape.from, &shape.to}) {
        for (const HostShape &host : *hosts) {
            if (!host.network)
                return PfAddress::Family::Any;
            if (v6 && *v6 != host.network->address.v6)
                return PfAddress::Family::Any;
            v6 = host.network->address.v6;
        }
    }
    if (!v6)
        return PfAddress::Family::Any;
    return *v6 ? PfAddress::Family::Inet6 : PfAddress::Family::Inet;
}

Shape shapeOf(const PfRule &rule, int position)
{
    Shape shape;
    shape.rule = &rule;
    shape.position = position;
    shape.from = shapesOf(rule.from.hosts);
    shape.to = shapesOf(rule.to.hosts);
    shape.family = effectiveFamily(rule, shape);
    if (rule.flagsGiven || rule.flagsMask) {
        shape.flags = rule.flags;
        shape.flagsMask = rule.flagsMask;
    } else if (rule.action == PfRule::Action::Pass && rule.state != PfRule::StateMode::NoState
               && !rule.fragment) {
        shape.flags = PfPacket::Syn; // pfctl's default for stateful pass rules
        shape.flagsMask = PfPacket::Syn | PfPacket::Ack;
    }
    shape.canCover = !rule.isAnchorCall() && rule.users.isEmpty() && rule.groups.isEmpty()
        && rule.tagged.isEmpty() && rule.from.os.isEmpty() && rule.to.os.isEmpty() && !rule.fragment
        && rule.tos < 0 && rule.prio < 0 && !rule.once
        && (rule.probability < 0 || rule.probability >= 1);
    return shape;
}

bool interfacesCover(const QList<PfInterfaceSpec> &outer, const QList<PfInterfaceSpec> &inner,
                     const QList<PfPacketInterface> &known)
{
    auto isAny = [](const PfInterfaceSpec &spec) { return !spec.negated && spec.name == u"any"; };
    if (outer.isEmpty() || std::any_of(outer.cbegin(), outer.cend(), isAny))
        return true;
    if (inner.isEmpty() || std::any_of(inner.cbegin(), inner.cend(), isAny))
        return false;
    return std::all_of(inner.cbegin(), inner.cend(), [&](const PfInterfaceSpec &in) {
        return std::any_of(outer.cbegin(), outer.cend(), [&](const PfInterfaceSpec &out) {
            if (out == in)
                return true;
            if (out.negated || in.negated)
                return false;
            PfPacketInterface interface {
                in.name, {}, { }
            };
            for (const PfPacketInterface &candidate : known) {
                if (candidate.name == in.name)
                    interface = candidate;
            }
            return interface.isInGroup(out.name);
        });
    });
}

// Whether every packet `inner` matches is matched by `outer` too.
bool covers(const Shape &outer, const Shape &inner, const QList<PfPacketInterface> &known)
{
    const PfRule &o = *outer.rule;
    const PfRule &i = *inner.rule;
    if (!outer.canCover)
        return false;
    if (o.direction != PfRule::Direction::Any && o.direction != i.direction)
        return false;
    if (o.family != PfAddress::Family::Any && o.family != inner.family)
        return false;
    if (!o.protocols.isEmpty()) {
        if (i.protocols.isEmpty())
            return false;
        for (int protocol : i.protocols) {
            if (!o.protocols.contains(protocol))
                return false;
        }
    }
    if (!hostsCover(outer.from, inner.from) || !hostsCover(outer.to, inner.to))
        return false;
    if (!portsCover(o.from.ports, i.from.ports) || !portsCover(o.to.ports, i.to.ports))
        return false;
    if (!interfacesCover(o.interfaces, i.interfaces, known))
        return false;
    const bool tcp = i.protocols.isEmpty() || i.protocols.contains(6);
    if (tcp && outer.flagsMask
        && ((outer.flagsMask & ~inner.flagsMask) || (inner.flags & outer.flagsMask) != outer.flags))
        return false;
    if (!o.icmpTypes.isEmpty()) {
        if (i.icmpTypes.isEmpty())
            return false;
        for (const PfIcmpType &type : i.icmpTypes) {
            const bool found =
                std::any_of(o.icmpTypes.cbegin(), o.icmpTypes.cend(), [&](const PfIcmpType &t) {
                    return t.type == type.type && (t.code < 0 || t.code == type.code);
                });
            if (!found)
                return false;
        }
    }
    return true;
}

// One side (from or to) of a rule as an index key: any, a network, or the
// spelling of anything else (tables, interfaces, negated entries).
struct SideKey
{
    int prefix = -1; // -1: any or spelled
    PfPacketAddress network;
    QString spelling;

    friend bool operator==(const SideKey &, const SideKey &) = default;
    friend size_t qHash(const SideKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.prefix, key.network, key.spelling);
    }
};

using PairKey = std::pair<SideKey, SideKey>;

// Rules by the addresses of both sides, so that the rules that can cover a
// given rule are found by a few lookups instead of comparing every pair: a rule
// that covers another has, on each side, an entry that covers the other's first
// entry, and there are only as many of those as prefix lengths in use.
class CoverIndex
{
public:
    void add(int position, const Shape &shape)
    {
        const QList<SideKey> from = keysOf(shape.from, true);
        const QList<SideKey> to = keysOf(shape.to, false);
        if (from.size() * to.size() > 64) {
            m_wide.append(position);
            return;
        }
        for (const SideKey &f : from) {
            for (const SideKey &t : to) {
                QList<int> &list = m_rules[{f, t}];
                if (list.isEmpty() || list.last() != position)
                    list.append(position);
            }
        }
    }

    // The lists that hold every rule that can cover `shape`.
    void candidates(const Shape &shape, QVarLengthArray<const QList<int> *, 64> &lists) const
    {
        lists.clear();
        lists.append(&m_wide);
        const QList<SideKey> from = coveringKeys(shape.from, m_prefixes[0]);
        const QList<SideKey> to = coveringKeys(shape.to, m_prefixes[1]);
        for (const SideKey &f : from) {
            for (const SideKey &t : to) {
                const auto it = m_rules.constFind({f, t});
                if (it != m_rules.cend())
                    lists.append(&it.value());
            }
        }
    }

private:
    QList<SideKey> keysOf(const QList<HostShape> &hosts, bool from)
    {
        if (hostsAreAny(hosts))
            return {SideKey {}};
        QList<SideKey> keys;
        for (const HostShape &host : hosts) {
            if (host.network) {
                QList<int> &prefixes = m_prefixes[from ? 0 : 1][host.network->address.v6];
                if (!prefixes.contains(host.network->prefix))
                    prefixes.append(host.network->prefix);
                keys.append(SideKey {host.network->prefix, host.network->address, {}});
            } else {
                keys.append(SideKey {-1, {}, host.key});
            }
        }
        return keys;
    }

    static QList<SideKey> coveringKeys(const QList<HostShape> &hosts,
                                       const std::array<QList<int>, 2> &prefixes)
    {
        QList<SideKey> keys {SideKey {}};
        if (hostsAreAny(hosts))
            return keys;
        const HostShape &host = hosts.first();
        if (!host.network) {
            keys.append(SideKey {-1, {}, host.key});
            return keys;
        }
        const Network &net = *host.network;
        for (int prefix : prefixes[net.address.v6]) {
            if (prefix <= net.prefix)
                keys.append(
                    SideKey {prefix,
                             net.address.masked(PfPacketAddress::maskFor(prefix, net.address.v6)),
                             {}});
        }
        return keys;
    }

    QList<int> m_wide;
    std::array<std::array<QList<int>, 2>, 2> m_prefixes; // [from/to][v4/v6]
    QHash<PairKey, QList<int>> m_rules;
};

enum class Role { Decides, MatchOnly, Translation, Anchor, Other };

Role roleOf(const PfRule &rule)
{
    switch (rule.action) {
    case PfRule::Action::Pass:
    case PfRule::Action::Block:
        return Role::Decides;
    case PfRule::Action::Match:
        return Role::MatchOnly;
    case PfRule::Action::Anchor:
        return Role::Anchor;
    case PfRule::Action::Nat:
    case PfRule::Action::NoNat:
    case PfRule::Action::Binat:
    case PfRule::Action::NoBinat:
    case PfRule::Action::Rdr:
    case PfRule::Action::NoRdr:
        return Role::Translation;
    default:
        return Role::Other;
    }
}

// nat/no nat, rdr/no rdr and binat/no binat each form one first-match list.
int translationClass(const PfRule &rule)
{
    switch (rule.action) {
    case PfRule::Action::Nat:
    case PfRule::Action::NoNat:
        return 0;
    case PfRule::Action::Rdr:
    case PfRule::Action::NoRdr:
        return 1;
    default:
        return 2;
    }
}

QString actionWord(const PfRule &rule)
{
    switch (rule.action) {
    case PfRule::Action::Nat:
        return u"nat"_s;
    case PfRule::Action::NoNat:
        return u"no nat"_s;
    case PfRule::Action::Binat:
        return u"binat"_s;
    case PfRule::Action::NoBinat:
        return u"no binat"_s;
    case PfRule::Action::Rdr:
        return u"rdr"_s;
    case PfRule::Action::NoRdr:
        return u"no rdr"_s;
    default:
        return {};
    }
}

class Linter
{
public:
    Linter(const PfDocument &document, const PfRuleset &ruleset,
           const std::optional<QList<PfPacketInterface>> &interfaces)
        : m_document(document)
        , m_ruleset(ruleset)
        , m_interfaces(interfaces)
    { }

    QList<Diagnostic> run()
    {
        checkRuleList(m_ruleset.rules);
        checkNamesInText();
        checkDefaults();
        if (m_interfaces)
            checkTopology(m_ruleset.rules);
        std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                         });
        return m_diagnostics;
    }

private:
    void warn(qsizetype offset, const QString &message)
    {
        const LineIndex::Position position = m_document.position(offset);
        for (const Diagnostic &known : m_ruleset.diagnostics) {
            if (known.line == position.line && known.column == position.column)
                return; // the parser already reports this place
        }
        m_diagnostics.append({Diagnostic::Severity::Warning, m_document.path(), position.line,
                              position.column, message});
    }

    static bool inDocument(const PfRule &rule) { return rule.statement >= 0; }

    void checkRuleList(const QList<PfRule> &rules)
    {
        const QList<PfPacketInterface> known = m_interfaces.value_or(QList<PfPacketInterface> {});
        QList<Shape> shapes;
        shapes.reserve(rules.size());
        CoverIndex index;
        for (int i = 0; i < rules.size(); ++i) {
            shapes.append(shapeOf(rules[i], i));
            if (shapes.last().canCover && roleOf(rules[i]) != Role::Other)
                index.add(i, shapes.last());
        }

        QVarLengthArray<const QList<int> *, 64> lists;
        for (int i = 0; i < rules.size(); ++i) {
            const PfRule &rule = rules[i];
            const Role role = roleOf(rule);
            if (role == Role::Anchor && rule.anchorInline)
                checkRuleList(rule.anchorRules);
            if (role == Role::Other || !inDocument(rule))
                continue;
            const Shape &shape = shapes[i];
            index.candidates(shape, lists);

            int earlier = -1; // the first earlier rule that always matches first
            int later = -1; // the first later rule that always decides instead
            for (const QList<int> *list : lists) {
                for (int j : *list) {
                    if (j == i)
                        continue;
                    const PfRule &other = rules[j];
                    const Role otherRole = roleOf(other);
                    if (j < i && (earlier < 0 || j < earlier)) {
                        const bool stops = role == Role::Translation
                            ? otherRole == Role::Translation
                                && translationClass(other) == translationClass(rule)
                            : role != Role::Translation && other.quick
                                && (otherRole == Role::Decides || otherRole == Role::MatchOnly);
                        if (stops && covers(shapes[j], shape, known))
                            earlier = j;
                    } else if (j > i && (later < 0 || j < later) && role == Role::Decides
                               && !rule.quick && otherRole == Role::Decides
                               && covers(shapes[j], shape, known)) {
                        later = j;
                    }
                }
            }
            if (earlier >= 0) {
                const PfRule &other = rules[earlier];
                if (role == Role::Translation)
                    warn(rule.span.begin,
                         u"rule can never match: the %1 rule at line %2 matches every packet it "
                         "would match, and the first matching translation rule wins"_s
                             .arg(actionWord(other))
                             .arg(other.line));
                else
                    warn(rule.span.begin,
                         u"rule can never match: the quick rule at line %1 matches every packet "
                         "it would match first"_s.arg(other.line));
            } else if (later >= 0) {
                warn(rule.span.begin,
                     u"rule never decides: the later rule at line %1 matches every packet it "
                     "matches, and the last matching rule wins"_s.arg(rules[later].line));
            }
        }
    }

    // Macro and table references as written, so that unused definitions show.
    void checkNamesInText()
    {
        static const QRegularExpression macroReference(u"\\$([A-Za-z0-9_]+)"_s);
        static const QRegularExpression tableReference(u"<([^<>\\s]+)>"_s);
        bool includes = false;
        QSet<QString> usedMacros;
        QSet<QString> usedTables;
        QSet<QString> createdTables; // `overload <t>` makes pf create the table
        QHash<QString, qsizetype> firstTableUse;
        const QList<Token> &tokens = m_document.tokens();
        for (const PfStatement &statement : m_document.statements()) {
            if (statement.kind == PfStatement::Kind::Include
                || statement.kind == PfStatement::Kind::LoadAnchor)
                includes = true;
            const bool tableDefinition = statement.kind == PfStatement::Kind::Table;
            for (qsizetype t = statement.firstToken; t < statement.endToken; ++t) {
                const Token &token = tokens[t];
                const auto kind = PfTokenKind(token.kind);
                const QStringView text = m_document.textOf(token);
                if (kind == PfTokenKind::Word || kind == PfTokenKind::QuotedString) {
                    if (text.contains(u'$')) {
                        auto matches = macroReference.globalMatchView(text);
                        while (matches.hasNext()) {
                            const QRegularExpressionMatch match = matches.next();
                            const QString name = match.captured(1);
                            usedMacros.insert(name);
                            if (!m_ruleset.macro(name))
                                warn(token.text.begin + match.capturedStart(0),
                                     u"macro $%1 is not defined"_s.arg(name));
                        }
                    }
                    if (kind == PfTokenKind::QuotedString && text.contains(u'<')) {
                        auto matches = tableReference.globalMatchView(text);
                        while (matches.hasNext())
                            usedTables.insert(matches.next().captured(1));
                    }
                }
                if (kind == PfTokenKind::Less && !tableDefinition && t + 2 < statement.endToken
                    && PfTokenKind(tokens[t + 1].kind) == PfTokenKind::Word
                    && PfTokenKind(tokens[t + 2].kind) == PfTokenKind::Greater) {
                    const QString name = m_document.textOf(tokens[t + 1]).toString();
                    usedTables.insert(name);
                    firstTableUse.insert(name, firstTableUse.value(name, token.text.begin));
                    if (t > statement.firstToken && m_document.textOf(tokens[t - 1]) == u"overload")
                        createdTables.insert(name);
                }
            }
        }

        for (auto it = firstTableUse.cbegin(); it != firstTableUse.cend(); ++it) {
            if (!m_ruleset.table(it.key()) && !createdTables.contains(it.key()))
                warn(it.value(), u"table <%1> is not defined: pf creates it empty"_s.arg(it.key()));
        }
        if (includes)
            return; // an included file may use what this one defines
        for (const PfMacro &macro : m_ruleset.macros) {
            if (macro.statement >= 0 && !usedMacros.contains(macro.name))
                warn(macro.span.begin, u"macro %1 is defined but not used"_s.arg(macro.name));
        }
        for (const PfTable &table : m_ruleset.tables) {
            if (table.statement >= 0 && !usedTables.contains(table.name))
                warn(table.span.begin, u"table <%1> is defined but not used"_s.arg(table.name));
        }
    }

    static bool isCatchAllBlock(const PfRule &rule)
    {
        auto any = [](const PfEndpoint &endpoint) {
            return endpoint.ports.isEmpty() && endpoint.os.isEmpty()
                && std::all_of(endpoint.hosts.cbegin(), endpoint.hosts.cend(),
                               [](const PfAddress &a) {
                                   return a.type == PfAddress::Type::Any && !a.negated;
                               });
        };
        return rule.action == PfRule::Action::Block && rule.direction != PfRule::Direction::Out
            && rule.interfaces.isEmpty() && rule.family == PfAddress::Family::Any
            && rule.protocols.isEmpty() && any(rule.from) && any(rule.to) && rule.tagged.isEmpty()
            && rule.icmpTypes.isEmpty() && !rule.flagsGiven;
    }

    void checkDefaults()
    {
        const PfRule *firstFilter = nullptr;
        bool catchAll = false;
        for (const PfRule &rule : m_ruleset.rules) {
            const Role role = roleOf(rule);
            if (!firstFilter && inDocument(rule) && (role == Role::Decides || role == Role::Anchor))
                firstFilter = &rule;
            catchAll = catchAll || isCatchAllBlock(rule);
        }
        if (m_ruleset.rules.isEmpty())
            return;
        if (!catchAll)
            warn(firstFilter ? firstFilter->span.begin : 0,
                 u"no default block rule (`block all` or `block in all`): pf passes every packet "
                 "no rule matches"_s);
        bool skipsLoopback = false;
        for (const PfOption &option : m_ruleset.options) {
            if (option.name == u"skip")
                skipsLoopback = skipsLoopback || option.values.contains(u"lo0"_s)
                    || option.values.contains(u"lo"_s);
        }
        if (!skipsLoopback)
            warn(0, u"no `set skip on lo0`: pf filters the loopback interface too"_s);
    }

    bool knowsInterface(const QString &name) const
    {
        return std::any_of(
            m_interfaces->cbegin(), m_interfaces->cend(),
            [&](const PfPacketInterface &i) { return i.name == name || i.isInGroup(name); });
    }

    // Where `word` stands in the rule's own text (macros point at their use), else the rule.
    qsizetype offsetOf(const PfRule &rule, const QString &word) const
    {
        const PfStatement &statement = m_document.statements().at(rule.statement);
        for (qsizetype t = statement.firstToken; t < statement.endToken; ++t) {
            const QStringView text = m_document.textOf(m_document.tokens().at(t));
            if (text == word)
                return m_document.tokens().at(t).text.begin;
        }
        return rule.span.begin;
    }

    void checkTopology(const QList<PfRule> &rules)
    {
        for (const PfRule &rule : rules) {
            if (rule.isAnchorCall())
                checkTopology(rule.anchorRules);
            if (!rule.isTranslation() || !inDocument(rule))
                continue;
            const bool redirect = rule.action == PfRule::Action::Rdr
                || rule.translation == PfRule::TranslationKind::RdrTo;
            for (const PfInterfaceSpec &spec : rule.interfaces) {
                if (spec.name != u"any" && !knowsInterface(spec.name))
                    warn(offsetOf(rule, spec.name),
                         u"the host has no interface or interface group %1"_s.arg(spec.name));
            }
            QList<const PfAddress *> addresses;
            for (const PfAddress &address : rule.to.hosts)
                addresses.append(&address);
            for (const PfAddress &address : rule.from.hosts)
                addresses.append(&address);
            for (const PfAddress &address : rule.pool.addresses) {
                if (address.type == PfAddress::Type::Interface) {
                    addresses.append(&address);
                    continue;
                }
                if (address.type != PfAddress::Type::Host || address.negated)
                    continue;
                const std::optional<Network> target =
                    PfPacketNetwork::from(address.address, address.prefix);
                if (!target || target->prefix != target->address.bits())
                    continue;
                if (redirect && !onHostNetwork(*target))
                    warn(offsetOf(rule, address.address),
                         u"rdr target %1 is on none of the host's networks"_s.arg(address.address));
                else if (!redirect && !isHostAddress(*target))
                    warn(offsetOf(rule, address.address),
                         u"%1 target %2 is not an address of the host"_s.arg(
                             actionWord(rule).isEmpty() ? u"nat-to"_s : actionWord(rule),
                             address.address));
            }
            for (const PfAddress *address : addresses) {
                if (address->type == PfAddress::Type::Interface
                    && !knowsInterface(address->address))
                    warn(
                        offsetOf(rule, address->address),
                        u"the host has no interface or interface group %1"_s.arg(address->address));
            }
        }
    }

    bool onHostNetwork(const Network &target) const
    {
        for (const PfPacketInterface &interface : *m_interfaces) {
            for (const auto &[host, prefix] : interface.addresses) {
                if (PfPacketNetwork::from(host, prefix).contains(target))
                    return true;
            }
        }
        return false;
    }

    bool isHostAddress(const Network &target) const
    {
        for (const PfPacketNetwork &net : hostAddresses()) {
            if (net == target)
                return true;
        }
        return false;
    }

    QList<Network> hostAddresses() const
    {
        QList<Network> result;
        for (const PfPacketInterface &interface : *m_interfaces) {
            for (const auto &[host, prefix] : interface.addresses)
                result.append(PfPacketNetwork::from(host, -1));
        }
        return result;
    }

    const PfDocument &m_document;
    const PfRuleset &m_ruleset;
    const std::optional<QList<PfPacketInterface>> &m_interfaces;
    QList<Diagnostic> m_diagnostics;
};

} // namespace

QList<Diagnostic> PfLinter::lint(const PfDocument &document, const PfRuleset &ruleset,
                                 const std::optional<QList<PfPacketInterface>> &interfaces)
{
    return Linter(document, ruleset, interfaces).run();
}
