#include "hostnetwork.h"

#include "jail/jailconfresolution.h"
#include "rc/rcconfiguration.h"
#include "topology/addressallocator.h"

#include <QRegularExpression>

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

// Splits a sh(1) command line into simple commands of words, quotes removed:
// enough for the ifconfig, route and jib lines jail.conf files run.
QList<QStringList> simpleCommands(const QString &line)
{
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    const auto endWord = [&] {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    };
    const auto endCommand = [&] {
        endWord();
        if (!words.isEmpty())
            commands.append(words);
        words.clear();
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line[++i];
            inWord = true;
        } else if (c == u';' || c == u'\n' || c == u'&' || c == u'|') {
            endCommand();
        } else if (c.isSpace()) {
            endWord();
        } else {
            word += c;
            inWord = true;
        }
    }
    endCommand();
    return commands;
}

QString programName(const QString &word)
{
    return word.sliced(word.lastIndexOf(u'/') + 1);
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
IfconfigArguments readIfconfigArguments(const QStringList &words)
{
    IfconfigArguments result;
    for (qsizetype i = 0; i < words.size();) {
        const QString &word = words[i];
        if (word == u"inet" || word == u"inet6") {
            qsizetype used = 1;
            if (const auto address = InterfaceAddress::fromIfconfigWords(words.mid(i), &used))
                result.addresses.append(*address);
            i += used;
        } else if (i == 0 && word.front().isDigit() && InterfaceAddress::fromCidr(word)) {
            // ifconfig's default address family is inet.
            qsizetype used = 1;
            if (const auto address = InterfaceAddress::fromIfconfigWords(
                    QStringList {u"inet"_s} + words.mid(i), &used))
                result.addresses.append(*address);
            i += used - 1;
        } else if (word == u"addm" && i + 1 < words.size()) {
            result.members.append(words[i + 1]);
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

class Deriver
{
public:
    Deriver(const RcConfiguration &host, const QHash<QString, RcConfiguration> &jailRc)
        : m_host(host)
        , m_jailRc(jailRc)
    { }

    HostNetwork run(const JailConfResolution &resolution)
    {
        readHostRc();
        for (const JailConfResolvedJail &jail : resolution.jails)
            readJail(jail);
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
        QStringList epairTexts;
        for (const QString &name : std::as_const(names)) {
            const auto variable = ifconfigVariable(name);
            if (!variable || variable->interface.startsWith(u"lo"))
                continue;
            const QString &interface = variable->interface;
            const QString value = m_host.value(name);
            epairTexts.append(value);
            if (variable->suffix == u"_name" || variable->suffix == u"_descr")
                continue;
            const SourceLocation origin = locationOf(m_host, name);
            const IfconfigArguments arguments = readIfconfigArguments(
                value.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts));
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
        epairTexts.append(m_host.value(u"cloned_interfaces"_s));
        m_network.epairUnits += AddressAllocator::usedEpairUnits(epairTexts);
    }

    void readJail(const JailConfResolvedJail &resolved)
    {
        HostNetwork::Jail jail;
        jail.name = resolved.name;
        jail.origin = locationOf(resolved.origin);

        // One pass over the parameters (names as jail(8) stores them) instead of a
        // lookup per name: this runs for every jail of the host.
        using Parameter = JailConfResolvedJail::Parameter;
        const Parameter *interfaces = nullptr;
        const Parameter *start = nullptr;
        const Parameter *poststop = nullptr;
        QList<const Parameter *> hostSide;
        for (const Parameter &parameter : resolved.parameters) {
            const QString &name = parameter.name;
            if (name == u"host.hostname")
                jail.hostname =
                    parameter.values.isEmpty() ? QString() : parameter.values.last().text;
            else if (name == u"path")
                jail.path = parameter.values.isEmpty() ? QString() : parameter.values.last().text;
            else if (name == u"vnet.interface")
                interfaces = &parameter;
            else if (name == u"exec.start")
                start = &parameter;
            else if (name == u"exec.poststop")
                poststop = &parameter;
            else if (name == u"exec.prestart" || name == u"exec.created"
                     || name == u"exec.poststart")
                hostSide.append(&parameter);
        }
        jail.vnet = isVnet(resolved);

        QStringList epairTexts;
        if (interfaces) {
            for (const JailConfResolvedJail::Value &value : interfaces->values) {
                epairTexts.append(value.text);
                for (const QString &name : value.text.split(u' ', Qt::SkipEmptyParts))
                    addJailInterface(jail, name, locationOf(value.origin));
            }
        }
        // jail(8) runs exec.prestart, then exec.created, then exec.poststart.
        std::stable_sort(
            hostSide.begin(), hostSide.end(), [](const Parameter *a, const Parameter *b) {
                const auto rank = [](const QString &name) {
                    return name == u"exec.prestart" ? 0 : name == u"exec.created" ? 1 : 2;
                };
                return rank(a->name) < rank(b->name);
            });
        for (const Parameter *parameter : std::as_const(hostSide)) {
            for (const JailConfResolvedJail::Value &value : parameter->values) {
                epairTexts.append(value.text);
                for (const QStringList &command : simpleCommands(value.text))
                    readHostCommand(jail, command, locationOf(value.origin));
            }
        }
        if (const auto it = m_jailRc.constFind(jail.name); it != m_jailRc.cend())
            readJailRc(jail, *it);
        if (start) {
            for (const JailConfResolvedJail::Value &value : start->values) {
                epairTexts.append(value.text);
                for (const QStringList &command : simpleCommands(value.text))
                    readJailCommand(jail, command, locationOf(value.origin));
            }
        }
        if (poststop)
            for (const JailConfResolvedJail::Value &value : poststop->values)
                epairTexts.append(value.text);
        if (!jail.vnet)
            readSharedAddresses(jail, resolved);
        else if (jail.interfaces.isEmpty())
            jail.notes.append(u"VNET jail without vnet.interface: its network is not known"_s);
        m_network.epairUnits += AddressAllocator::usedEpairUnits(epairTexts);
        m_network.jails.append(std::move(jail));
    }

    void addJailInterface(HostNetwork::Jail &jail, const QString &name,
                          const SourceLocation &origin)
    {
        for (const HostNetwork::JailInterface &existing : std::as_const(jail.interfaces)) {
            if (existing.name == name)
                return;
        }
        HostNetwork::JailInterface interface;
        interface.name = name;
        interface.hostEnd = HostNetwork::peerInterface(name);
        interface.origin = origin;
        jail.interfaces.append(interface);
    }

    void readHostCommand(HostNetwork::Jail &jail, const QStringList &words,
                         const SourceLocation &origin)
    {
        const QString program = programName(words.first());
        if (program == u"ifconfig") {
            QStringList arguments = words.mid(1);
            while (!arguments.isEmpty() && arguments.first().startsWith(u'-'))
                arguments.removeFirst();
            if (arguments.isEmpty())
                return;
            const QString &interface = arguments.first();
            if (arguments.size() >= 2 && arguments[1] == u"create") {
                if (interface.startsWith(u"epair") && HostNetwork::isEpairName(interface + u'a')) {
                    m_network.createdInterfaces.insert(interface + u'a', origin);
                    m_network.createdInterfaces.insert(interface + u'b', origin);
                } else if (interface == u"epair") {
                    jail.notes.append(u"an epair is created without a unit number, so its name "
                                      "is only known when the jail runs"_s);
                } else {
                    m_network.createdInterfaces.insert(interface, origin);
                }
            }
            for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
                if (arguments[i] == u"addm")
                    addMember(interface, arguments[i + 1], origin);
                else if (arguments[i] == u"vnet" && arguments[i + 1] == jail.name)
                    addJailInterface(jail, interface, origin);
            }
        } else if (program == u"jib" && words.size() >= 2 && words[1] == u"addm") {
            readJib(words.mid(2), origin);
        } else if (program == u"jng" && words.size() >= 3 && words[1] == u"bridge") {
            m_network.createdInterfaces.insert(u"ng0_"_s + words[2], origin);
            jail.notes.append(u"netgraph interfaces made by jng are not drawn"_s);
        }
    }

    // jib(8) addm [-b BRIDGE] NAME iface...: for the i-th interface it makes
    // e<i>a_NAME (on bridge <iface><BRIDGE>, default "bridge") and e<i>b_NAME.
    void readJib(QStringList arguments, const SourceLocation &origin)
    {
        QString suffix = u"bridge"_s;
        if (arguments.size() >= 2 && arguments.first() == u"-b") {
            suffix = arguments[1];
            arguments = arguments.mid(2);
        } else if (!arguments.isEmpty() && arguments.first().startsWith(u"-b")) {
            suffix = arguments.first().sliced(2);
            arguments.removeFirst();
        }
        if (arguments.size() < 2)
            return;
        const QString name = arguments.first();
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString uplink = arguments[i];
            const QString bridgeName = uplink + suffix;
            HostNetwork::Bridge &target = bridge(bridgeName, origin);
            target.createdBy = u"jib"_s;
            addMember(bridgeName, uplink, origin);
            const QString aEnd = u"e%1a_%2"_s.arg(i - 1).arg(name);
            const QString bEnd = u"e%1b_%2"_s.arg(i - 1).arg(name);
            m_network.createdInterfaces.insert(aEnd, origin);
            m_network.createdInterfaces.insert(bEnd, origin);
            m_memberships.insert(aEnd, {bridgeName, origin});
        }
    }

    void readJailCommand(HostNetwork::Jail &jail, const QStringList &words,
                         const SourceLocation &origin)
    {
        const QString program = programName(words.first());
        if (program == u"ifconfig" && words.size() >= 3) {
            const IfconfigArguments arguments = readIfconfigArguments(words.mid(2));
            for (const InterfaceAddress &address : arguments.addresses)
                jail.addresses.append({address, words[1], origin});
        } else if (program == u"route") {
            readRoute(jail, words.mid(1), origin);
        } else if (program == u"dhclient") {
            jail.notes.append(u"%1 gets its address by DHCP"_s.arg(words.value(1)));
        }
    }

    void readRoute(HostNetwork::Jail &jail, const QStringList &arguments,
                   const SourceLocation &origin)
    {
        QStringList positional;
        for (const QString &argument : arguments) {
            if (!argument.startsWith(u'-') || argument == u"-default")
                positional.append(argument == u"-default" ? u"default"_s : argument);
        }
        if (positional.size() < 3 || positional[0] != u"add")
            return;
        const QString &destination = positional[1];
        if (destination != u"default" && destination != u"0.0.0.0/0" && destination != u"::/0")
            return;
        const QHostAddress gateway(positional[2]);
        if (gateway.isNull()) {
            jail.notes.append(u"default route via %1 is not an address"_s.arg(positional[2]));
            return;
        }
        if (gateway.protocol() == QAbstractSocket::IPv6Protocol)
            jail.defaultRoute6 = gateway.toString();
        else
            jail.defaultRoute = gateway.toString();
        jail.routeOrigin = origin;
    }

    void readJailRc(HostNetwork::Jail &jail, const RcConfiguration &rc)
    {
        QStringList names = rc.names();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const auto variable = ifconfigVariable(name);
            if (!variable || variable->interface.startsWith(u"lo") || variable->suffix == u"_name"
                || variable->suffix == u"_descr")
                continue;
            const IfconfigArguments arguments = readIfconfigArguments(
                rc.value(name).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts));
            for (const InterfaceAddress &address : arguments.addresses)
                jail.addresses.append({address, variable->interface, locationOf(rc, name)});
            if (arguments.dhcp)
                jail.notes.append(u"%1 gets its address by DHCP"_s.arg(variable->interface));
        }
        if (const QHostAddress gateway(rc.value(u"defaultrouter"_s)); !gateway.isNull()) {
            jail.defaultRoute = gateway.toString();
            jail.routeOrigin = locationOf(rc, u"defaultrouter"_s);
        }
        if (const QHostAddress gateway(rc.value(u"ipv6_defaultrouter"_s)); !gateway.isNull())
            jail.defaultRoute6 = gateway.toString();
    }

    // ip4.addr / ip6.addr entries are "[interface|]address[/prefix]"; without an
    // interface jail(8) uses the `interface` parameter, or none.
    void readSharedAddresses(HostNetwork::Jail &jail, const JailConfResolvedJail &resolved)
    {
        const QString defaultInterface = resolved.value(u"interface");
        for (const char16_t *name : {u"ip4.addr", u"ip6.addr"}) {
            const auto *parameter = resolved.parameter(QStringView(name));
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
                        jail.notes.append(
                            u"%1 \"%2\" is not an address"_s.arg(QStringView(name), text));
                        continue;
                    }
                    jail.addresses.append({*address, interface, locationOf(value.origin)});
                }
            }
        }
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
    const QHash<QString, RcConfiguration> &m_jailRc;
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
    return Deriver(host, jailRc).run(resolution);
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

QString HostNetwork::peerInterface(const QString &interface)
{
    // epair<N>[ab] or jib's e<N>[ab]_<name>; hand-written as it runs for every addm and jail.
    const bool epair = interface.startsWith(u"epair");
    qsizetype at = epair ? 5 : interface.startsWith(u'e') ? 1 : -1;
    if (at < 0)
        return {};
    const qsizetype digits = at;
    while (at < interface.size() && interface[at].isDigit())
        ++at;
    if (at == digits || at >= interface.size() || (interface[at] != u'a' && interface[at] != u'b'))
        return {};
    const bool named = at + 1 < interface.size();
    if (epair ? named : (!named || interface[at + 1] != u'_' || at + 2 >= interface.size()))
        return {};
    QString peer = interface;
    peer[at] = interface[at] == u'a' ? u'b' : u'a';
    return peer;
}

bool HostNetwork::isEpairName(const QString &interface)
{
    return !peerInterface(interface).isEmpty();
}
