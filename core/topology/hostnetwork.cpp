#include "hostnetwork.h"

#include "jail/jailconfresolution.h"
#include "rc/rcconfiguration.h"
#include "topology/addressallocator.h"

#include <QRegularExpression>
#include <QSpan>
#include <QStringTokenizer>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace {

SourceLocation locationOf(const JailConfOrigin &origin)
{
    return {origin.file, origin.line};
}

SourceLocation locationOf(const RcConfiguration &rc, const QString &name)
{
    const RcConfiguration::Location location = rc.lastAssignment(name);
    if (!location.document)
        return {};
    return {location.document->path(), location.assignment->line};
}

// The words of one simple command, quotes removed: views into the command
// line, or into decoded copies of the words that quotes or escapes changed.
// Most words are only compared and never kept, so they are not copied.
using Words = QVarLengthArray<QStringView, 12>;

// Splits a sh(1) command line into simple commands and hands the words of
// each to `handle`: enough for the ifconfig, route and jib lines jail.conf files run.
template<typename Handle>
void forEachSimpleCommand(const QString &line, Handle &&handle)
{
    Words words;
    QStringList decoded; // the decoded words `words` views
    QString word; // the current word once it differs from the line
    bool inWord = false;
    bool decoding = false; // the word is in `word`; else it is line[start, i)
    qsizetype start = 0;
    QChar quote;
    // Characters taken verbatim while decoding are added to `word` as one slice: [run, i).
    qsizetype run = -1;
    const auto endRun = [&](qsizetype end) {
        if (run >= 0)
            word += QStringView(line).sliced(run, end - run);
        run = -1;
    };
    const auto take = [&](qsizetype at) {
        if (run < 0)
            run = at;
    };
    const auto decode = [&](qsizetype at) {
        if (decoding) {
            endRun(at);
            return;
        }
        decoding = true;
        if (inWord)
            word = QStringView(line).sliced(start, at - start).toString();
    };
    const auto endWord = [&](qsizetype end) {
        if (inWord && decoding) {
            endRun(end);
            decoded.append(std::move(word));
            words.append(decoded.last());
        } else if (inWord) {
            words.append(QStringView(line).sliced(start, end - start));
        }
        word = QString();
        inWord = decoding = false;
        run = -1;
    };
    const auto endCommand = [&](qsizetype end) {
        endWord(end);
        if (!words.isEmpty())
            handle(std::as_const(words));
        words.clear();
        decoded.clear();
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote) {
                endRun(i);
                quote = QChar();
            } else {
                take(i);
            }
        } else if (c == u'"' || c == u'\'') {
            decode(i);
            inWord = true;
            quote = c;
        } else if (c == u'\\' && i + 1 < line.size()) {
            decode(i);
            inWord = true;
            take(++i);
        } else if (c == u';' || c == u'\n' || c == u'&' || c == u'|') {
            endCommand(i);
        } else if (c.isSpace()) {
            endWord(i);
        } else {
            if (!inWord) {
                inWord = true;
                start = i;
            }
            if (decoding)
                take(i);
        }
    }
    endCommand(line.size());
}

// What sh(1) splits words at; compiled once, as it splits every ifconfig_* value.
const QRegularExpression &blanks()
{
    static const QRegularExpression expression(u"\\s+"_s);
    return expression;
}

QStringView programName(QStringView word)
{
    return word.sliced(word.lastIndexOf(u'/') + 1);
}

Words viewsOf(const QStringList &words)
{
    Words views;
    for (const QString &word : words)
        views.append(word);
    return views;
}

// The interface an rc.conf `ifconfig_*` variable configures, and which kind of
// variable it is ("" for the main one, "_ipv6", "_alias0", ...).
struct IfconfigVariable
{
    QString interface;
    QString suffix;
};

std::optional<IfconfigVariable> ifconfigVariable(const QString &name)
{
    static const QRegularExpression pattern(
        u"^ifconfig_(.+?)(_ipv6|_alias\\d+|_aliases|_name|_descr)?$"_s);
    const auto match = pattern.match(name);
    if (!match.hasMatch() || match.captured(1) == u"DEFAULT")
        return std::nullopt;
    return IfconfigVariable {match.captured(1), match.captured(2)};
}

struct IfconfigArguments
{
    QList<InterfaceAddress> addresses;
    QStringList members; // addm
    bool dhcp = false;
};

// The parts of ifconfig(8) arguments (after the interface name) that matter here.
IfconfigArguments readIfconfigArguments(QSpan<const QStringView> words)
{
    IfconfigArguments result;
    for (qsizetype i = 0; i < words.size();) {
        const QStringView word = words[i];
        if (word == u"inet" || word == u"inet6") {
            qsizetype used = 1;
            if (const auto address = InterfaceAddress::fromIfconfigWords(words.subspan(i), &used))
                result.addresses.append(*address);
            i += used;
        } else if (i == 0 && !word.isEmpty() && word.front().isDigit()
                   && InterfaceAddress::fromCidr(word)) {
            // ifconfig's default address family is inet.
            Words withFamily {u"inet"};
            withFamily.append(words.begin() + i, words.size() - i);
            qsizetype used = 1;
            if (const auto address = InterfaceAddress::fromIfconfigWords(withFamily, &used))
                result.addresses.append(*address);
            i += used - 1;
        } else if (word == u"addm" && i + 1 < words.size()) {
            result.members.append(words[i + 1].toString());
            i += 2;
        } else {
            if (word.compare(u"DHCP", Qt::CaseInsensitive) == 0
                || word.compare(u"SYNCDHCP", Qt::CaseInsensitive) == 0)
                result.dhcp = true;
            ++i;
        }
    }
    return result;
}

bool isVnet(const JailConfResolvedJail &jail)
{
    const JailConfResolvedJail::Parameter *vnet = jail.parameter(u"vnet");
    if (!vnet || vnet->name.endsWith(u"novnet"))
        return false;
    if (vnet->values.isEmpty())
        return true;
    const QString value = vnet->values.last().text.toLower();
    return value == u"new" || value == u"true" || value == u"1";
}

bool isBridgeName(const QString &name)
{
    static const QRegularExpression pattern(u"^bridge\\d+$"_s);
    return pattern.match(name).hasMatch();
}

struct Membership
{
    QString bridge;
    SourceLocation origin;
};

// Reads one jail from its own parameters and rc.conf: everything about it that
// does not depend on the other jails or the host's rc.conf.
class JailReader
{
public:
    JailReader(const JailConfResolvedJail &resolved, const RcConfiguration *rc)
        : m_resolved(resolved)
        , m_rc(rc)
    { }

    HostNetwork::Jail run()
    {
        m_jail.name = m_resolved.name;
        m_jail.origin = locationOf(m_resolved.origin);

        // One pass over the parameters (names as jail(8) stores them) instead of a
        // lookup per name: this runs for every jail of the host.
        using Parameter = JailConfResolvedJail::Parameter;
        const Parameter *interfaces = nullptr;
        const Parameter *start = nullptr;
        const Parameter *poststop = nullptr;
        QVarLengthArray<const Parameter *, 4> hostSide;
        for (const Parameter &parameter : m_resolved.parameters) {
            const QString &name = parameter.name;
            if (!name.startsWith("exec."_L1)) {
                if (name == "host.hostname"_L1)
                    m_jail.hostname =
                        parameter.values.isEmpty() ? QString() : parameter.values.last().text;
                else if (name == "path"_L1)
                    m_jail.path =
                        parameter.values.isEmpty() ? QString() : parameter.values.last().text;
                else if (name == "vnet.interface"_L1)
                    interfaces = &parameter;
            } else if (name == "exec.start"_L1) {
                start = &parameter;
            } else if (name == "exec.poststop"_L1) {
                poststop = &parameter;
            } else if (name == "exec.prestart"_L1 || name == "exec.created"_L1
                       || name == "exec.poststart"_L1) {
                hostSide.append(&parameter);
            }
        }
        m_jail.vnet = isVnet(m_resolved);

        if (interfaces) {
            for (const JailConfResolvedJail::Value &value : interfaces->values) {
                AddressAllocator::addEpairUnits(value.text, m_jail.epairUnits);
                for (const QStringView name : QStringTokenizer(value.text, u' ')) {
                    if (!name.isEmpty())
                        addJailInterface(name.toString(), locationOf(value.origin));
                }
            }
        }
        // jail(8) runs exec.prestart, then exec.created, then exec.poststart.
        std::stable_sort(
            hostSide.begin(), hostSide.end(), [](const Parameter *a, const Parameter *b) {
                const auto rank = [](const QString &name) {
                    return name == "exec.prestart"_L1 ? 0 : name == "exec.created"_L1 ? 1 : 2;
                };
                return rank(a->name) < rank(b->name);
            });
        for (const Parameter *parameter : std::as_const(hostSide)) {
            for (const JailConfResolvedJail::Value &value : parameter->values) {
                AddressAllocator::addEpairUnits(value.text, m_jail.epairUnits);
                const SourceLocation origin = locationOf(value.origin);
                forEachSimpleCommand(value.text,
                                     [&](const Words &words) { readHostCommand(words, origin); });
            }
        }
        if (m_rc)
            readJailRc(*m_rc);
        if (start) {
            for (const JailConfResolvedJail::Value &value : start->values) {
                AddressAllocator::addEpairUnits(value.text, m_jail.epairUnits);
                const SourceLocation origin = locationOf(value.origin);
                forEachSimpleCommand(value.text,
                                     [&](const Words &words) { readJailCommand(words, origin); });
            }
        }
        if (poststop)
            for (const JailConfResolvedJail::Value &value : poststop->values)
                AddressAllocator::addEpairUnits(value.text, m_jail.epairUnits);
        if (!m_jail.vnet)
            readSharedAddresses();
        else if (m_jail.interfaces.isEmpty())
            m_jail.notes.append(u"VNET jail without vnet.interface: its network is not known"_s);
        return std::move(m_jail);
    }

private:
    using Action = HostNetwork::HostAction;

    void act(Action::Kind kind, const QString &interface, const QString &bridge,
             const SourceLocation &origin)
    {
        // An epair made and put on a bridge is two or three actions.
        if (m_jail.hostActions.isEmpty())
            m_jail.hostActions.reserve(4);
        m_jail.hostActions.append({kind, interface, bridge, origin});
    }

    void addJailInterface(const QString &name, const SourceLocation &origin)
    {
        for (const HostNetwork::JailInterface &existing : std::as_const(m_jail.interfaces)) {
            if (existing.name == name)
                return;
        }
        HostNetwork::JailInterface interface;
        interface.name = name;
        interface.hostEnd = HostNetwork::peerInterface(name);
        interface.origin = origin;
        m_jail.interfaces.append(interface);
    }

    void readHostCommand(const Words &words, const SourceLocation &origin)
    {
        const QStringView program = programName(words.first());
        if (program == u"ifconfig") {
            qsizetype first = 1; // the interface, after the options
            while (first < words.size() && words[first].startsWith(u'-'))
                ++first;
            if (first >= words.size())
                return;
            const QString interface = words[first].toString();
            if (first + 1 < words.size() && words[first + 1] == u"create") {
                const QString aEnd =
                    interface.startsWith("epair"_L1) ? interface + u'a' : QString();
                if (!aEnd.isEmpty() && HostNetwork::isEpairName(aEnd)) {
                    act(Action::Kind::CreateInterface, aEnd, {}, origin);
                    act(Action::Kind::CreateInterface, interface + u'b', {}, origin);
                } else if (interface == "epair"_L1) {
                    m_jail.notes.append(u"an epair is created without a unit number, so its "
                                        "name is only known when the jail runs"_s);
                } else {
                    act(Action::Kind::CreateInterface, interface, {}, origin);
                }
            }
            for (qsizetype i = first + 1; i + 1 < words.size(); ++i) {
                if (words[i] == u"addm")
                    act(Action::Kind::AddMember, words[i + 1].toString(), interface, origin);
                else if (words[i] == u"vnet" && words[i + 1] == m_jail.name)
                    addJailInterface(interface, origin);
            }
        } else if (program == u"jib" && words.size() >= 2 && words[1] == u"addm") {
            readJib(QSpan<const QStringView>(words).subspan(2), origin);
        } else if (program == u"jng" && words.size() >= 3 && words[1] == u"bridge") {
            act(Action::Kind::CreateInterface, u"ng0_"_s + words[2].toString(), {}, origin);
            m_jail.notes.append(u"netgraph interfaces made by jng are not drawn"_s);
        }
    }

    // jib(8) addm [-b BRIDGE] NAME iface...: for the i-th interface it makes
    // e<i>a_NAME (on bridge <iface><BRIDGE>, default "bridge") and e<i>b_NAME.
    void readJib(QSpan<const QStringView> arguments, const SourceLocation &origin)
    {
        QStringView suffix = u"bridge";
        if (arguments.size() >= 2 && arguments.front() == u"-b") {
            suffix = arguments[1];
            arguments = arguments.subspan(2);
        } else if (!arguments.empty() && arguments.front().startsWith(u"-b")) {
            suffix = arguments.front().sliced(2);
            arguments = arguments.subspan(1);
        }
        if (arguments.size() < 2)
            return;
        const QStringView name = arguments.front();
        for (qsizetype i = 1; i < qsizetype(arguments.size()); ++i) {
            const QString uplink = arguments[i].toString();
            const QString bridgeName = uplink + suffix.toString();
            const QString aEnd = u"e%1a_%2"_s.arg(i - 1).arg(name);
            const QString bEnd = u"e%1b_%2"_s.arg(i - 1).arg(name);
            act(Action::Kind::CreateJibBridge, {}, bridgeName, origin);
            act(Action::Kind::AddMember, uplink, bridgeName, origin);
            act(Action::Kind::CreateInterface, aEnd, {}, origin);
            act(Action::Kind::CreateInterface, bEnd, {}, origin);
            act(Action::Kind::JoinBridge, aEnd, bridgeName, origin);
        }
    }

    void readJailCommand(const Words &words, const SourceLocation &origin)
    {
        const QStringView program = programName(words.first());
        if (program == u"ifconfig" && words.size() >= 3) {
            const IfconfigArguments arguments =
                readIfconfigArguments(QSpan<const QStringView>(words).subspan(2));
            for (const InterfaceAddress &address : arguments.addresses)
                m_jail.addresses.append({address, words[1].toString(), origin});
        } else if (program == u"route") {
            readRoute(words, origin);
        } else if (program == u"dhclient") {
            m_jail.notes.append(u"%1 gets its address by DHCP"_s.arg(words.value(1)));
        }
    }

    // route(8) `add default GATEWAY` (words[0] is the program).
    void readRoute(const Words &words, const SourceLocation &origin)
    {
        QVarLengthArray<QStringView, 4> positional;
        for (qsizetype i = 1; i < words.size() && positional.size() < 3; ++i) {
            const QStringView argument = words[i];
            if (argument == u"-default")
                positional.append(u"default");
            else if (!argument.startsWith(u'-'))
                positional.append(argument);
        }
        if (positional.size() < 3 || positional[0] != u"add")
            return;
        const QStringView destination = positional[1];
        if (destination != u"default" && destination != u"0.0.0.0/0" && destination != u"::/0")
            return;
        const QHostAddress gateway = InterfaceAddress::parseAddress(positional[2]);
        if (gateway.isNull()) {
            m_jail.notes.append(u"default route via %1 is not an address"_s.arg(positional[2]));
            return;
        }
        if (gateway.protocol() == QAbstractSocket::IPv6Protocol)
            m_jail.defaultRoute6 = gateway.toString();
        else
            m_jail.defaultRoute = InterfaceAddress::addressText(gateway);
        m_jail.routeOrigin = origin;
    }

    void readJailRc(const RcConfiguration &rc)
    {
        QStringList names = rc.names();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const auto variable = ifconfigVariable(name);
            if (!variable || variable->interface.startsWith(u"lo") || variable->suffix == u"_name"
                || variable->suffix == u"_descr")
                continue;
            const IfconfigArguments arguments =
                readIfconfigArguments(viewsOf(rc.value(name).split(blanks(), Qt::SkipEmptyParts)));
            for (const InterfaceAddress &address : arguments.addresses)
                m_jail.addresses.append({address, variable->interface, locationOf(rc, name)});
            if (arguments.dhcp)
                m_jail.notes.append(u"%1 gets its address by DHCP"_s.arg(variable->interface));
        }
        if (const QHostAddress gateway(rc.value(u"defaultrouter"_s)); !gateway.isNull()) {
            m_jail.defaultRoute = gateway.toString();
            m_jail.routeOrigin = locationOf(rc, u"defaultrouter"_s);
        }
        if (const QHostAddress gateway(rc.value(u"ipv6_defaultrouter"_s)); !gateway.isNull())
            m_jail.defaultRoute6 = gateway.toString();
    }

    // ip4.addr / ip6.addr entries are "[interface|]address[/prefix]"; without an
    // interface jail(8) uses the `interface` parameter, or none.
    void readSharedAddresses()
    {
        const QString defaultInterface = m_resolved.value(u"interface");
        for (const char16_t *name : {u"ip4.addr", u"ip6.addr"}) {
            const auto *parameter = m_resolved.parameter(QStringView(name));
            if (!parameter)
                continue;
            for (const JailConfResolvedJail::Value &value : parameter->values) {
                for (const QString &entry : value.text.split(u',', Qt::SkipEmptyParts)) {
                    QString text = entry.trimmed();
                    QString interface = defaultInterface;
                    if (const qsizetype bar = text.indexOf(u'|'); bar >= 0) {
                        interface = text.first(bar);
                        text = text.sliced(bar + 1);
                    }
                    text = text.section(u' ', 0, 0);
                    const auto address = InterfaceAddress::fromCidr(text);
                    if (!address) {
                        m_jail.notes.append(
                            u"%1 \"%2\" is not an address"_s.arg(QStringView(name), text));
                        continue;
                    }
                    m_jail.addresses.append({*address, interface, locationOf(value.origin)});
                }
            }
        }
    }

    const JailConfResolvedJail &m_resolved;
    const RcConfiguration *m_rc;
    HostNetwork::Jail m_jail;
};

// Puts the host's rc.conf and the jails read by JailReader together: runs the
// jails' host actions in order and matches their interfaces with bridges.
class Deriver
{
public:
    explicit Deriver(const RcConfiguration &host)
        : m_host(host)
    { }

    HostNetwork run(const QList<HostNetwork::Jail> &jails)
    {
        readHostRc();
        m_network.jails = jails;
        m_network.createdInterfaces.reserve(m_network.createdInterfaces.size() + 2 * jails.size());
        m_network.epairUnits.reserve(m_network.epairUnits.size() + jails.size());
        m_memberships.reserve(jails.size());
        for (const HostNetwork::Jail &jail : jails) {
            for (const HostNetwork::HostAction &action : jail.hostActions)
                act(action);
            for (const int unit : jail.epairUnits)
                m_network.epairUnits.insert(unit);
        }
        attachInterfaces();
        return std::move(m_network);
    }

private:
    HostNetwork::Bridge &bridge(const QString &name, const SourceLocation &origin)
    {
        for (HostNetwork::Bridge &bridge : m_network.bridges) {
            if (bridge.name == name)
                return bridge;
        }
        m_network.bridges.append(HostNetwork::Bridge());
        m_network.bridges.last().name = name;
        m_network.bridges.last().origin = origin;
        return m_network.bridges.last();
    }

    void act(const HostNetwork::HostAction &action)
    {
        using Kind = HostNetwork::HostAction::Kind;
        switch (action.kind) {
        case Kind::CreateInterface:
            m_network.createdInterfaces.insert(action.interface, action.origin);
            break;
        case Kind::AddMember:
            addMember(action.bridge, action.interface, action.origin);
            break;
        case Kind::JoinBridge:
            m_memberships.insert(action.interface, {action.bridge, action.origin});
            break;
        case Kind::CreateJibBridge:
            bridge(action.bridge, action.origin).createdBy = u"jib"_s;
            break;
        }
    }

    void addMember(const QString &bridgeName, const QString &member, const SourceLocation &origin)
    {
        if (HostNetwork::isEpairName(member)) {
            m_memberships.insert(member, {bridgeName, origin});
            return;
        }
        HostNetwork::Bridge &target = bridge(bridgeName, origin);
        for (const HostNetwork::Bridge::Member &existing : std::as_const(target.members)) {
            if (existing.interface == member)
                return;
        }
        target.members.append({member, origin});
        m_uplinkNames.insert(member);
    }

    void readHostRc()
    {
        m_network.hostname = m_host.value(u"hostname"_s);
        m_network.defaultRouter = m_host.value(u"defaultrouter"_s);
        m_network.defaultRouter6 = m_host.value(u"ipv6_defaultrouter"_s);
        m_network.defaultRouterOrigin = locationOf(m_host, u"defaultrouter"_s);

        const SourceLocation clonedOrigin = locationOf(m_host, u"cloned_interfaces"_s);
        for (const QString &name : m_host.words(u"cloned_interfaces"_s)) {
            if (isBridgeName(name)) {
                bridge(name, clonedOrigin).cloned = true;
            } else if (name.startsWith(u"epair")) {
                m_network.createdInterfaces.insert(name + u'a', clonedOrigin);
                m_network.createdInterfaces.insert(name + u'b', clonedOrigin);
            } else {
                m_network.createdInterfaces.insert(name, clonedOrigin);
            }
        }

        QStringList names = m_host.names();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const auto variable = ifconfigVariable(name);
            if (!variable || variable->interface.startsWith(u"lo"))
                continue;
            const QString &interface = variable->interface;
            const QString value = m_host.value(name);
            AddressAllocator::addEpairUnits(value, m_network.epairUnits);
            if (variable->suffix == u"_name" || variable->suffix == u"_descr")
                continue;
            const SourceLocation origin = locationOf(m_host, name);
            const QStringList words = value.split(blanks(), Qt::SkipEmptyParts);
            const IfconfigArguments arguments = readIfconfigArguments(viewsOf(words));
            QList<HostNetwork::Address> addresses;
            for (const InterfaceAddress &address : arguments.addresses)
                addresses.append({address, interface, origin});
            if (isBridgeName(interface) || m_network.bridge(interface)) {
                HostNetwork::Bridge &target = bridge(interface, origin);
                target.addresses += addresses;
                for (const QString &member : arguments.members)
                    addMember(interface, member, origin);
            } else if (!HostNetwork::isEpairName(interface)) {
                m_uplinkNames.insert(interface);
                m_uplinkAddresses[interface] += addresses;
                m_uplinkOrigins.insert(interface, origin);
            }
        }
        AddressAllocator::addEpairUnits(m_host.value(u"cloned_interfaces"_s), m_network.epairUnits);
    }

    void attachInterfaces()
    {
        for (HostNetwork::Jail &jail : m_network.jails) {
            for (HostNetwork::JailInterface &interface : jail.interfaces) {
                const auto membership = m_memberships.constFind(interface.hostEnd);
                if (membership != m_memberships.cend()) {
                    interface.bridge = membership->bridge;
                    interface.bridgeOrigin = membership->origin;
                    bridge(membership->bridge, membership->origin);
                } else if (m_uplinkNames.contains(interface.name)) {
                    jail.notes.append(u"takes the host's interface %1"_s.arg(interface.name));
                } else if (!interface.hostEnd.isEmpty()) {
                    jail.notes.append(u"%1 joins no bridge"_s.arg(interface.hostEnd));
                } else {
                    jail.notes.append(u"%1 is not an epair(4) or jib(8) interface; what it "
                                      "connects to is not known"_s.arg(interface.name));
                }
            }
        }
        QStringList names(m_uplinkNames.cbegin(), m_uplinkNames.cend());
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (m_network.bridge(name))
                continue;
            HostNetwork::Uplink uplink;
            uplink.name = name;
            uplink.addresses = m_uplinkAddresses.value(name);
            uplink.origin = m_uplinkOrigins.value(name);
            m_network.uplinks.append(uplink);
        }
    }

    const RcConfiguration &m_host;
    HostNetwork m_network;
    QHash<QString, Membership> m_memberships; // host end of an epair -> its bridge
    QSet<QString> m_uplinkNames;
    QHash<QString, QList<HostNetwork::Address>> m_uplinkAddresses;
    QHash<QString, SourceLocation> m_uplinkOrigins;
};

} // namespace

HostNetwork HostNetwork::derive(const JailConfResolution &resolution, const RcConfiguration &host,
                                const QHash<QString, RcConfiguration> &jailRc)
{
    return derive(readJails(resolution, jailRc), host);
}

QList<HostNetwork::Jail> HostNetwork::readJails(const JailConfResolution &resolution,
                                                const QHash<QString, RcConfiguration> &jailRc)
{
    QList<Jail> jails;
    jails.reserve(resolution.jails.size());
    for (const JailConfResolvedJail &jail : resolution.jails) {
        const auto rc = jailRc.constFind(jail.name);
        jails.append(readJail(jail, rc == jailRc.cend() ? nullptr : &*rc));
    }
    return jails;
}

HostNetwork::Jail HostNetwork::readJail(const JailConfResolvedJail &jail,
                                        const RcConfiguration *jailRc)
{
    return JailReader(jail, jailRc).run();
}

HostNetwork HostNetwork::derive(const QList<Jail> &readJails, const RcConfiguration &host)
{
    return Deriver(host).run(readJails);
}

QHash<QString, RcConfiguration> HostNetwork::readJailRc(const JailConfResolution &resolution,
                                                        const QString &root)
{
    QHash<QString, RcConfiguration> result;
    for (const JailConfResolvedJail &jail : resolution.jails) {
        const QString path = jail.value(u"path");
        if (path.isEmpty())
            continue;
        RcConfiguration rc = RcConfiguration::load(root + path + u"/etc"_s);
        if (!rc.documents().isEmpty())
            result.insert(jail.name, std::move(rc));
    }
    return result;
}

const HostNetwork::Bridge *HostNetwork::bridge(const QString &name) const
{
    for (const Bridge &bridge : bridges) {
        if (bridge.name == name)
            return &bridge;
    }
    return nullptr;
}

const HostNetwork::Uplink *HostNetwork::uplink(const QString &name) const
{
    for (const Uplink &uplink : uplinks) {
        if (uplink.name == name)
            return &uplink;
    }
    return nullptr;
}

const HostNetwork::Jail *HostNetwork::jail(const QString &name) const
{
    for (const Jail &jail : jails) {
        if (jail.name == name)
            return &jail;
    }
    return nullptr;
}

QList<QHostAddress> HostNetwork::usedAddresses() const
{
    QList<QHostAddress> result;
    for (const Uplink &uplink : uplinks)
        for (const Address &address : uplink.addresses)
            result.append(address.address.address());
    for (const Bridge &bridge : bridges)
        for (const Address &address : bridge.addresses)
            result.append(address.address.address());
    for (const Jail &jail : jails)
        for (const Address &address : jail.addresses)
            result.append(address.address.address());
    return result;
}

QSet<int> HostNetwork::epairUnitsOn(const QString &bridge) const
{
    QSet<int> result;
    for (const Jail &jail : jails) {
        for (const JailInterface &interface : jail.interfaces) {
            if (interface.bridge == bridge && interface.name.startsWith(u"epair")
                && isEpairName(interface.name))
                result.insert(interface.name.sliced(5).chopped(1).toInt());
        }
    }
    return result;
}

namespace {

// Where the 'a' or 'b' of an epair end is: epair<N>[ab] or jib's e<N>[ab]_<name>;
// -1 for other names. Hand-written as it runs for every addm and jail.
qsizetype endLetterOf(QStringView interface)
{
    const bool epair = interface.startsWith(u"epair");
    qsizetype at = epair ? 5 : interface.startsWith(u'e') ? 1 : -1;
    if (at < 0)
        return -1;
    const qsizetype digits = at;
    while (at < interface.size() && interface[at].isDigit())
        ++at;
    if (at == digits || at >= interface.size() || (interface[at] != u'a' && interface[at] != u'b'))
        return -1;
    const bool named = at + 1 < interface.size();
    if (epair ? named : (!named || interface[at + 1] != u'_' || at + 2 >= interface.size()))
        return -1;
    return at;
}

} // namespace

QString HostNetwork::peerInterface(const QString &interface)
{
    const qsizetype at = endLetterOf(interface);
    if (at < 0)
        return {};
    QString peer = interface;
    peer[at] = interface[at] == u'a' ? u'b' : u'a';
    return peer;
}

bool HostNetwork::isEpairName(const QString &interface)
{
    return endLetterOf(interface) >= 0;
}
