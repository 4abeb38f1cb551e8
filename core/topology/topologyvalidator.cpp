#include "topologyvalidator.h"

#include "rc/rcconfiguration.h"

using namespace Qt::StringLiterals;

namespace {

Diagnostic problem(Diagnostic::Severity severity, const SourceLocation &where,
                   const QString &message)
{
    return {severity, where.file, where.line, where.isValid() ? 1 : 0, message};
}

QString place(const SourceLocation &where)
{
    return where.isValid() ? u" (%1:%2)"_s.arg(where.file).arg(where.line) : QString();
}

SourceLocation rcLocation(const RcConfiguration &rc, const QString &name)
{
    const RcConfiguration::Location location = rc.lastAssignment(name);
    if (location.document)
        return {location.document->path(), location.assignment->line};
    return {rc.documents().isEmpty() ? QString() : rc.documents().first().path(), 0};
}

class Checker
{
public:
    Checker(const HostNetwork &network, const RcConfiguration &rc, TopologyGraph &graph)
        : m_network(network)
        , m_rc(rc)
        , m_graph(graph)
    { }

    void duplicateAddresses()
    {
        struct Use
        {
            QString node;
            SourceLocation origin;
        };
        QHash<QHostAddress, QList<Use>> uses;
        const auto collect = [&](const QString &node,
                                 const QList<HostNetwork::Address> &addresses) {
            for (const HostNetwork::Address &address : addresses) {
                QList<Use> &list = uses[address.address.address()];
                if (std::none_of(list.cbegin(), list.cend(),
                                 [&](const Use &use) { return use.node == node; }))
                    list.append({node, address.origin});
            }
        };
        for (const HostNetwork::Uplink &uplink : m_network.uplinks)
            collect(u"uplink:"_s + uplink.name, uplink.addresses);
        for (const HostNetwork::Bridge &bridge : m_network.bridges)
            collect(u"bridge:"_s + bridge.name, bridge.addresses);
        for (const HostNetwork::Jail &jail : m_network.jails) {
            // Shared-IP jails use addresses of the host; only VNET jails own theirs.
            if (jail.vnet)
                collect(u"jail:"_s + jail.name, jail.addresses);
        }
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            if (it->size() < 2)
                continue;
            for (const Use &use : *it) {
                QStringList others;
                for (const Use &other : *it) {
                    if (other.node != use.node)
                        others.append(other.node.section(u':', 1) + place(other.origin));
                }
                add(use.node, Diagnostic::Severity::Error, use.origin,
                    u"address %1 is also used by %2"_s.arg(it.key().toString(),
                                                           others.join(u", ")));
            }
        }
    }

    void jails()
    {
        QHash<QString, QStringList> interfaceUsers;
        for (const HostNetwork::Jail &jail : m_network.jails) {
            const QString id = u"jail:"_s + jail.name;
            checkName(jail);
            if (!jail.vnet)
                continue;
            bool onBridge = false;
            for (const HostNetwork::JailInterface &interface : jail.interfaces) {
                interfaceUsers[interface.name].append(jail.name);
                if (!m_network.createdInterfaces.contains(interface.name)
                    && !m_network.uplink(interface.name)) {
                    add(id, Diagnostic::Severity::Error, interface.origin,
                        u"vnet.interface %1 is not created anywhere: no exec.prestart command or "
                        "cloned_interfaces entry makes it"_s.arg(interface.name));
                }
                if (interface.bridge.isEmpty())
                    continue;
                onBridge = true;
                checkSubnet(jail, interface);
            }
            if (onBridge && jail.defaultRoute.isEmpty() && jail.defaultRoute6.isEmpty()) {
                add(id, Diagnostic::Severity::Warning, jail.origin,
                    u"VNET jail %1 is on a bridge but has no default route (gateway)"_s.arg(
                        jail.name));
            }
        }
        for (auto it = interfaceUsers.cbegin(); it != interfaceUsers.cend(); ++it) {
            if (it->size() < 2)
                continue;
            for (const QString &user : *it) {
                const HostNetwork::Jail *jail = m_network.jail(user);
                SourceLocation origin = jail->origin;
                for (const HostNetwork::JailInterface &interface : jail->interfaces)
                    if (interface.name == it.key())
                        origin = interface.origin;
                add(u"jail:"_s + user, Diagnostic::Severity::Error, origin,
                    u"%1 is used by more than one jail: %2"_s.arg(it.key(), it->join(u", ")));
            }
        }
    }

    void bridges()
    {
        for (const HostNetwork::Bridge &bridge : m_network.bridges) {
            if (!bridge.cloned && bridge.createdBy.isEmpty()
                && !m_network.createdInterfaces.contains(bridge.name)) {
                add(u"bridge:"_s + bridge.name, Diagnostic::Severity::Error, bridge.origin,
                    u"%1 is used but not created: it is not in cloned_interfaces"_s.arg(
                        bridge.name));
            }
        }
    }

    void kernelModules()
    {
        const bool usesBridges =
            std::any_of(m_network.bridges.cbegin(), m_network.bridges.cend(),
                        [](const auto &bridge) { return bridge.createdBy.isEmpty(); });
        bool usesEpairs = false;
        for (const HostNetwork::Jail &jail : m_network.jails)
            for (const HostNetwork::JailInterface &interface : jail.interfaces)
                usesEpairs = usesEpairs || !interface.hostEnd.isEmpty();
        const QStringList modules = m_rc.words(u"kld_list"_s);
        QStringList missing;
        if (usesBridges && !modules.contains(u"if_bridge"_s)
            && !modules.contains(u"if_bridge.ko"_s))
            missing.append(u"if_bridge"_s);
        if (usesEpairs && !modules.contains(u"if_epair"_s) && !modules.contains(u"if_epair.ko"_s))
            missing.append(u"if_epair"_s);
        if (!missing.isEmpty()) {
            add(u"host"_s, Diagnostic::Severity::Warning, rcLocation(m_rc, u"kld_list"_s),
                u"kld_list does not load %1, which the jails' bridges and epairs need"_s.arg(
                    missing.join(u" and ")));
        }
    }

    void nat(bool hasNat)
    {
        if (hasNat && !m_rc.isYes(u"gateway_enable"_s)) {
            add(u"host"_s, Diagnostic::Severity::Error, rcLocation(m_rc, u"gateway_enable"_s),
                u"pf translates addresses (NAT) but gateway_enable is not YES, so the host does "
                "not forward the jails' packets"_s);
        }
    }

private:
    void add(const QString &node, Diagnostic::Severity severity, const SourceLocation &where,
             const QString &message)
    {
        m_graph.addProblem(node, problem(severity, where, message));
    }

    void checkSubnet(const HostNetwork::Jail &jail, const HostNetwork::JailInterface &interface)
    {
        const HostNetwork::Bridge *bridge = m_network.bridge(interface.bridge);
        for (const HostNetwork::Address &address : jail.addresses) {
            if (address.interface != interface.name)
                continue;
            QStringList subnets;
            bool inside = false;
            for (const HostNetwork::Address &own : bridge->addresses) {
                if (own.address.isIPv6() != address.address.isIPv6())
                    continue;
                subnets.append(own.address.subnetText());
                inside = inside || own.address.contains(address.address.address());
            }
            if (!inside && !subnets.isEmpty()) {
                add(u"jail:"_s + jail.name, Diagnostic::Severity::Error, address.origin,
                    u"address %1 of %2 is outside the subnet of %3 (%4)"_s.arg(
                        address.address.toString(), jail.name, bridge->name, subnets.join(u", ")));
            }
        }
    }

    // kern_jail.c: a '.' names a child of the jail before it; rc(8)'s jail_list
    // and jail(8)'s command line split names at blanks.
    void checkName(const HostNetwork::Jail &jail)
    {
        const QString id = u"jail:"_s + jail.name;
        if (jail.name.isEmpty() || jail.name.size() > 255) {
            add(id, Diagnostic::Severity::Error, jail.origin,
                u"a jail name must have 1 to 255 characters"_s);
        } else if (std::any_of(jail.name.cbegin(), jail.name.cend(),
                               [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
            add(id, Diagnostic::Severity::Error, jail.origin,
                u"jail name \"%1\" contains blanks or control characters"_s.arg(jail.name));
        } else if (const qsizetype dot = jail.name.lastIndexOf(u'.'); dot >= 0) {
            const QString parent = jail.name.first(dot);
            if (!m_network.jail(parent)) {
                add(id, Diagnostic::Severity::Error, jail.origin,
                    u"jail name \"%1\" names a child of jail \"%2\", which is not defined"_s.arg(
                        jail.name, parent));
            }
        }
    }

    const HostNetwork &m_network;
    const RcConfiguration &m_rc;
    TopologyGraph &m_graph;
};

} // namespace

void TopologyValidator::validate(const HostNetwork &network, const RcConfiguration &rc,
                                 TopologyGraph &graph, bool hasNat)
{
    Checker checker(network, rc, graph);
    checker.duplicateAddresses();
    checker.jails();
    checker.bridges();
    checker.kernelModules();
    checker.nat(hasNat);
}
