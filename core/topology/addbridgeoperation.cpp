#include "addbridgeoperation.h"

using namespace Qt::StringLiterals;

AddBridgeOperation::AddBridgeOperation(InterfaceAddress gateway)
    : m_gateway(std::move(gateway))
{ }

OperationResult AddBridgeOperation::compute(const HostConfiguration &host) const
{
    const HostNetwork &network = host.network();
    const RcConfiguration &rc = host.rc();
    if (rc.documents().isEmpty())
        return OperationResult::failure(u"this host has no rc.conf to add a bridge to"_s);
    if (!m_gateway.isValid() || m_gateway.prefixLength() == (m_gateway.isIPv6() ? 128 : 32))
        return OperationResult::failure(
            u"a bridge needs an address with its subnet, like 10.0.2.1/24"_s);
    if (m_gateway.address() == m_gateway.network()
        || (!m_gateway.isIPv6() && m_gateway.address() == m_gateway.broadcast())) {
        return OperationResult::failure(
            u"%1 is not a host address of its subnet"_s.arg(m_gateway.toString()));
    }
    QString name = m_name;
    if (name.isEmpty()) {
        for (int unit = 0; name.isEmpty(); ++unit) {
            const QString candidate = u"bridge%1"_s.arg(unit);
            if (!network.bridge(candidate) && !rc.words(u"cloned_interfaces"_s).contains(candidate))
                name = candidate;
        }
    } else if (network.bridge(name) || rc.words(u"cloned_interfaces"_s).contains(name)) {
        return OperationResult::failure(u"%1 exists already"_s.arg(name));
    }
    // A new segment must not overlap one the host already has.
    QList<HostNetwork::Address> existing;
    for (const HostNetwork::Bridge &bridge : network.bridges)
        existing += bridge.addresses;
    for (const HostNetwork::Uplink &uplink : network.uplinks)
        existing += uplink.addresses;
    for (const HostNetwork::Address &address : std::as_const(existing)) {
        if (address.address.isIPv6() != m_gateway.isIPv6())
            continue;
        if (address.address.contains(m_gateway.network())
            || m_gateway.contains(address.address.network())) {
            return OperationResult::failure(u"%1 overlaps %2 of %3"_s.arg(
                m_gateway.subnetText(), address.address.subnetText(), address.interface));
        }
    }

    QStringList bridgeVariables;
    for (const QString &variable : rc.names()) {
        if (variable.startsWith(u"ifconfig_bridge"))
            bridgeVariables.append(variable);
    }
    const QStringList near = bridgeVariables + QStringList {u"cloned_interfaces"_s};
    OperationResult result;
    if (const auto edit = rc.addWords(u"cloned_interfaces"_s, {name}))
        result.add(*edit);
    if (m_gateway.isIPv6()) {
        result.add(*rc.setValue(u"ifconfig_%1"_s.arg(name), u"up"_s, near));
        result.add(*rc.setValue(u"ifconfig_%1_ipv6"_s.arg(name), u"inet6 "_s + m_gateway.toString(),
                                near + QStringList {u"ifconfig_%1"_s.arg(name)}));
    } else {
        result.add(*rc.setValue(u"ifconfig_%1"_s.arg(name),
                                u"inet %1 up"_s.arg(m_gateway.toString()), near));
    }
    if (const auto edit = rc.addWords(u"kld_list"_s, {u"if_bridge"_s, u"if_epair"_s}))
        result.add(*edit);
    const QString forwarding = m_gateway.isIPv6() ? u"ipv6_gateway_enable"_s : u"gateway_enable"_s;
    if (m_routing && !rc.isYes(forwarding)) {
        if (const auto edit = rc.setValue(forwarding, u"YES"_s))
            result.add(*edit);
    }
    result.description = u"Add %1 with %2 as the gateway of %3"_s.arg(
        name, m_gateway.address().toString(), m_gateway.subnetText());
    return result;
}
