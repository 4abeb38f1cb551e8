#include "topologyfixtures.h"

using namespace Qt::StringLiterals;

namespace TopologyFixtures {

namespace {

TopologyNode node(TopologyNode::Kind kind, const QString &name, const QString &prefix)
{
    TopologyNode n;
    n.kind = kind;
    n.name = name;
    n.id = prefix + u':' + name;
    return n;
}

TopologyNode jail(const QString &name, const QString &hostname, const QString &address,
                  const QString &gateway, TopologyNode::State state)
{
    TopologyNode n = node(TopologyNode::Kind::Jail, name, u"jail"_s);
    n.hostname = hostname;
    n.addresses = {address};
    n.defaultRoute = gateway;
    n.vnet = true;
    n.state = state;
    n.origin = {u"/etc/jail.conf"_s, 20};
    return n;
}

TopologyLink epair(const QString &bridge, const QString &jail, int number)
{
    TopologyLink link;
    link.kind = TopologyLink::Kind::Epair;
    link.from = u"bridge:"_s + bridge;
    link.to = u"jail:"_s + jail;
    link.hostEnd = u"epair%1a"_s.arg(number);
    link.jailEnd = u"epair%1b"_s.arg(number);
    return link;
}

TopologyNode hostNode(const QString &name)
{
    TopologyNode host;
    host.kind = TopologyNode::Kind::Host;
    host.id = u"host"_s;
    host.name = name;
    return host;
}

} // namespace

TopologyGraph demoGraph()
{
    using State = TopologyNode::State;
    TopologyGraph graph;
    graph.addNode(hostNode(u"demo.example.org"_s));
    TopologyNode em0 = node(TopologyNode::Kind::Uplink, u"em0"_s, u"uplink"_s);
    em0.addresses = {u"198.51.100.20/24"_s};
    graph.addNode(em0);
    TopologyNode bridge0 = node(TopologyNode::Kind::Bridge, u"bridge0"_s, u"bridge"_s);
    bridge0.addresses = {u"10.0.0.1/24"_s};
    graph.addNode(bridge0);
    TopologyNode bridge1 = node(TopologyNode::Kind::Bridge, u"bridge1"_s, u"bridge"_s);
    bridge1.addresses = {u"10.0.1.1/24"_s};
    graph.addNode(bridge1);
    TopologyNode tap = node(TopologyNode::Kind::Unknown, u"tap0"_s, u"unknown"_s);
    tap.unknownReason = u"ifconfig_tap0 uses a syntax Jailwright does not read"_s;
    graph.addNode(tap);

    graph.addNode(
        jail(u"nginx"_s, u"nginx.local"_s, u"10.0.0.10/24"_s, u"10.0.0.1"_s, State::Running));
    graph.addNode(
        jail(u"appserver"_s, u"app.local"_s, u"10.0.0.11/24"_s, u"10.0.0.1"_s, State::Running));
    TopologyNode postgres =
        jail(u"postgres"_s, u"db.local"_s, u"10.0.0.12/24"_s, u"10.0.0.1"_s, State::Running);
    postgres.problems.append({Diagnostic::Severity::Warning, u"/etc/jail.conf"_s, 58, 5,
                              u"allow.raw_sockets lets the jail forge packets"_s});
    graph.addNode(postgres);
    graph.addNode(
        jail(u"backup"_s, u"backup.local"_s, u"10.0.1.10/24"_s, u"10.0.1.1"_s, State::Stopped));
    TopologyNode legacy =
        jail(u"legacy"_s, u"legacy.local"_s, u"198.51.100.21/24"_s, QString(), State::Running);
    legacy.vnet = false;
    graph.addNode(legacy);

    graph.addLink(epair(u"bridge0"_s, u"nginx"_s, 10));
    graph.addLink(epair(u"bridge0"_s, u"appserver"_s, 11));
    graph.addLink(epair(u"bridge0"_s, u"postgres"_s, 12));
    graph.addLink(epair(u"bridge1"_s, u"backup"_s, 13));
    TopologyLink shared;
    shared.kind = TopologyLink::Kind::SharedAddress;
    shared.from = em0.id;
    shared.to = legacy.id;
    shared.hostEnd = u"em0"_s;
    graph.addLink(shared);
    return graph;
}

TopologyGraph generatedGraph(int jails, int bridges)
{
    using State = TopologyNode::State;
    TopologyGraph graph;
    graph.addNode(hostNode(u"big.example.org"_s));
    TopologyNode em0 = node(TopologyNode::Kind::Uplink, u"em0"_s, u"uplink"_s);
    em0.addresses = {u"203.0.113.5/24"_s};
    graph.addNode(em0);
    for (int b = 0; b < bridges; ++b) {
        TopologyNode bridge = node(TopologyNode::Kind::Bridge, u"bridge%1"_s.arg(b), u"bridge"_s);
        bridge.addresses = {u"10.%1.0.1/16"_s.arg(b)};
        graph.addNode(bridge);
    }
    for (int j = 0; j < jails; ++j) {
        const int b = j % bridges;
        const QString name = u"jail%1"_s.arg(j, 4, 10, QChar(u'0'));
        TopologyNode n = jail(name, name + u".example.org"_s,
                              u"10.%1.%2.%3/16"_s.arg(b).arg(j / 250).arg(10 + j % 240),
                              u"10.%1.0.1"_s.arg(b), j % 7 == 3 ? State::Stopped : State::Running);
        if (j % 97 == 5)
            n.problems.append({Diagnostic::Severity::Error, u"/etc/jail.conf"_s, j + 1, 1,
                               u"address outside bridge%1's subnet"_s.arg(b)});
        graph.addNode(n);
        graph.addLink(epair(u"bridge%1"_s.arg(b), name, 100 + j));
    }
    return graph;
}

} // namespace TopologyFixtures
