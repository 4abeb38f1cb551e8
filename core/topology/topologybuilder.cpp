#include "topologybuilder.h"

using namespace Qt::StringLiterals;

namespace {

QStringList cidrTexts(const QList<HostNetwork::Address> &addresses)
{
    QStringList result;
    for (const HostNetwork::Address &address : addresses)
        result.append(address.address.toString());
    return result;
}

} // namespace

TopologyGraph TopologyBuilder::build(const HostNetwork &network)
{
    TopologyGraph graph;
    TopologyNode host;
    host.id = u"host"_s;
    host.kind = TopologyNode::Kind::Host;
    host.name = network.hostname.isEmpty() ? u"host"_s : network.hostname;
    graph.addNode(host);

    for (const HostNetwork::Uplink &uplink : network.uplinks) {
        TopologyNode node;
        node.id = u"uplink:"_s + uplink.name;
        node.kind = TopologyNode::Kind::Uplink;
        node.name = uplink.name;
        node.addresses = cidrTexts(uplink.addresses);
        node.origin = uplink.origin;
        // The uplink whose subnet holds the host's default router carries it.
        for (const HostNetwork::Address &address : uplink.addresses) {
            for (const QString &router : {network.defaultRouter, network.defaultRouter6}) {
                if (!router.isEmpty() && address.address.contains(QHostAddress(router)))
                    node.defaultRoute = router;
            }
        }
        graph.addNode(node);
        graph.addLink(
            {host.id, node.id, TopologyLink::Kind::HostInterface, uplink.name, {}, uplink.origin});
    }

    for (const HostNetwork::Bridge &bridge : network.bridges) {
        TopologyNode node;
        node.id = u"bridge:"_s + bridge.name;
        node.kind = TopologyNode::Kind::Bridge;
        node.name = bridge.name;
        node.addresses = cidrTexts(bridge.addresses);
        node.origin = bridge.origin;
        graph.addNode(node);
        graph.addLink(
            {host.id, node.id, TopologyLink::Kind::HostInterface, bridge.name, {}, bridge.origin});
        for (const HostNetwork::Bridge::Member &member : bridge.members) {
            const QString uplinkId = u"uplink:"_s + member.interface;
            if (!graph.node(uplinkId))
                continue;
            graph.addLink({node.id,
                           uplinkId,
                           TopologyLink::Kind::BridgeMember,
                           member.interface,
                           {},
                           member.origin});
        }
    }

    for (const HostNetwork::Jail &jail : network.jails) {
        TopologyNode node;
        node.id = u"jail:"_s + jail.name;
        node.kind = TopologyNode::Kind::Jail;
        node.name = jail.name;
        node.hostname = jail.hostname;
        node.vnet = jail.vnet;
        node.addresses = cidrTexts(jail.addresses);
        node.defaultRoute = jail.defaultRoute.isEmpty() ? jail.defaultRoute6 : jail.defaultRoute;
        node.origin = jail.origin;
        node.unknownReason = jail.notes.join(u"; ");
        graph.addNode(node);
        if (jail.vnet) {
            for (const HostNetwork::JailInterface &interface : jail.interfaces) {
                if (interface.bridge.isEmpty())
                    continue;
                graph.addLink(
                    {u"bridge:"_s + interface.bridge, node.id, TopologyLink::Kind::Epair,
                     interface.hostEnd, interface.name,
                     interface.bridgeOrigin.isValid() ? interface.bridgeOrigin : interface.origin});
            }
            continue;
        }
        // A shared-IP jail hangs off the host interface its addresses are on.
        QStringList linked;
        for (const HostNetwork::Address &address : jail.addresses) {
            QString interface = address.interface;
            if (interface.isEmpty()) {
                for (const HostNetwork::Uplink &uplink : network.uplinks)
                    for (const HostNetwork::Address &own : uplink.addresses)
                        if (own.address.contains(address.address.address()))
                            interface = uplink.name;
                for (const HostNetwork::Bridge &bridge : network.bridges)
                    for (const HostNetwork::Address &own : bridge.addresses)
                        if (own.address.contains(address.address.address()))
                            interface = bridge.name;
            }
            if (interface.isEmpty() || linked.contains(interface))
                continue;
            linked.append(interface);
            const QString from =
                network.bridge(interface) ? u"bridge:"_s + interface : u"uplink:"_s + interface;
            if (!graph.node(from))
                continue;
            graph.addLink(
                {from, node.id, TopologyLink::Kind::SharedAddress, interface, {}, address.origin});
        }
    }
    return graph;
}
