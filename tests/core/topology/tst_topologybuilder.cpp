#include "topology/topologybuilder.h"
#include "topologytestsupport.h"

#include <QFile>
#include <QTest>

namespace {

// One line per node and link, so a whole graph compares as text.
QString describe(const TopologyGraph &graph)
{
    QStringList lines;
    static const char *kinds[] = {"host", "uplink", "bridge", "jail", "unknown"};
    for (const TopologyNode &node : graph.nodes()) {
        QString line = u"%1 %2"_s.arg(node.id, QLatin1StringView(kinds[int(node.kind)]));
        if (!node.addresses.isEmpty())
            line += u" addr="_s + node.addresses.join(u',');
        if (!node.defaultRoute.isEmpty())
            line += u" route="_s + node.defaultRoute;
        if (node.vnet)
            line += u" vnet"_s;
        if (!node.unknownReason.isEmpty())
            line += u" ?("_s + node.unknownReason + u')';
        lines.append(line);
    }
    static const char *linkKinds[] = {"epair", "member", "shared", "own"};
    for (const TopologyLink &link : graph.links()) {
        lines.append(u"%1 -%2-> %3 [%4|%5]"_s.arg(link.from,
                                                  QLatin1StringView(linkKinds[int(link.kind)]),
                                                  link.to, link.hostEnd, link.jailEnd));
    }
    return lines.join(u'\n');
}

} // namespace

class TestTopologyBuilder : public QObject
{
    Q_OBJECT

private slots:
    void demoHost()
    {
        const TestHost host = TestHost::demo();
        QVERIFY2(!host.jailConf.hasErrors(),
                 qPrintable(host.jailConf.diagnostics().value(0).toString()));
        const TopologyGraph graph = TopologyBuilder::build(host.network);
        QCOMPARE(describe(graph),
                 u"host host\n"
                 "uplink:em0 uplink addr=198.51.100.20/24 route=198.51.100.1\n"
                 "bridge:bridge0 bridge addr=10.0.0.1/24\n"
                 "bridge:bridge1 bridge addr=10.0.1.1/24\n"
                 "jail:nginx jail addr=10.0.0.10/24 route=10.0.0.1 vnet\n"
                 "jail:appserver jail addr=10.0.0.11/24 route=10.0.0.1 vnet\n"
                 "jail:postgres jail addr=10.0.0.12/24 route=10.0.0.1 vnet\n"
                 "jail:backup jail addr=10.0.1.10/24 route=10.0.1.1 vnet\n"
                 "host -own-> uplink:em0 [em0|]\n"
                 "host -own-> bridge:bridge0 [bridge0|]\n"
                 "host -own-> bridge:bridge1 [bridge1|]\n"
                 "bridge:bridge0 -epair-> jail:nginx [epair10a|epair10b]\n"
                 "bridge:bridge0 -epair-> jail:appserver [epair11a|epair11b]\n"
                 "bridge:bridge0 -epair-> jail:postgres [epair12a|epair12b]\n"
                 "bridge:bridge1 -epair-> jail:backup [epair20a|epair20b]"_s);
        QCOMPARE(graph.node(u"host"_s)->name, u"demo.example.org"_s);
        const TopologyNode *nginx = graph.node(u"jail:nginx"_s);
        QCOMPARE(nginx->hostname, u"nginx.local"_s);
        QVERIFY(nginx->origin.file.endsWith(u"/etc/jail.conf"_s));
        QCOMPARE(nginx->origin.line, 21);
        // The epair link points at the `addm` command that puts it on the bridge.
        const TopologyLink *link = graph.linksOf(u"jail:nginx"_s).first();
        QCOMPARE(link->origin.line, 29);
        QCOMPARE(graph.node(u"bridge:bridge1"_s)->origin.line, 10);
        QCOMPARE(host.network.epairUnits, (QSet<int> {10, 11, 12, 20}));
    }

    void snippets_data()
    {
        QTest::addColumn<QString>("jailConf");
        QTest::addColumn<QString>("rcConf");
        QTest::addColumn<QString>("jailRc"); // rc.conf of the jail "j"
        QTest::addColumn<QString>("expected");

        // The FreeBSD VNET guide's literal style (seeds/freebsd-vnet-jails-guide.txt, step 3).
        QTest::newRow("literal guide style")
            << u"exec.start = \"/bin/sh /etc/rc\";\nweb01 { vnet; vnet.interface = \"epair0b\";\n"
               "exec.prestart = \"ifconfig epair0 create up\";\n"
               "exec.prestart += \"ifconfig bridge0 addm epair0a up\";\n"
               "exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
               "exec.start += \"/sbin/route add default 10.0.0.1\"; }\n"_s
            << u"cloned_interfaces=\"bridge0\"\nifconfig_bridge0=\"inet 10.0.0.1/24 up\"\n"_s
            << QString()
            << u"host host\nbridge:bridge0 bridge addr=10.0.0.1/24\n"
               "jail:web01 jail addr=10.0.0.10/24 route=10.0.0.1 vnet\n"
               "host -own-> bridge:bridge0 [bridge0|]\n"
               "bridge:bridge0 -epair-> jail:web01 [epair0a|epair0b]"_s;

        // jib(8): e0a_NAME joins bridge <iface>bridge, which jib makes with the uplink in it.
        QTest::newRow("jib naming")
            << u"web { vnet; vnet.interface = \"e0b_web\";\n"
               "exec.prestart += \"/usr/share/examples/jails/jib addm web em0\";\n"
               "exec.poststop += \"jib destroy web\"; }\n"_s
            << u"ifconfig_em0=\"inet 192.0.2.5 netmask 255.255.255.0\"\ndefaultrouter=\"192.0.2.1\"\n"_s
            << QString()
            << u"host host\nuplink:em0 uplink addr=192.0.2.5/24 route=192.0.2.1\n"
               "bridge:em0bridge bridge\njail:web jail vnet\n"
               "host -own-> uplink:em0 [em0|]\nhost -own-> bridge:em0bridge [em0bridge|]\n"
               "bridge:em0bridge -member-> uplink:em0 [em0|]\n"
               "bridge:em0bridge -epair-> jail:web [e0a_web|e0b_web]"_s;

        QTest::newRow("jib with -b and two interfaces")
            << u"x { vnet; vnet.interface = \"e0b_x\", \"e1b_x\";\n"
               "exec.prestart += \"jib addm -b br x em0 em1\"; }\n"_s
            << u"ifconfig_em0=\"DHCP\"\nifconfig_em1=\"up\"\n"_s << QString()
            << u"host host\nuplink:em0 uplink\nuplink:em1 uplink\nbridge:em0br bridge\n"
               "bridge:em1br bridge\njail:x jail vnet\n"
               "host -own-> uplink:em0 [em0|]\nhost -own-> uplink:em1 [em1|]\n"
               "host -own-> bridge:em0br [em0br|]\nbridge:em0br -member-> uplink:em0 [em0|]\n"
               "host -own-> bridge:em1br [em1br|]\nbridge:em1br -member-> uplink:em1 [em1|]\n"
               "bridge:em0br -epair-> jail:x [e0a_x|e0b_x]\nbridge:em1br -epair-> jail:x [e1a_x|e1b_x]"_s;

        // A bridge member without an ifconfig_ line is still a host interface; members from rc.conf
        // (iocage-networking.txt: ifconfig_bridge0="addm em0 up").
        QTest::newRow("bridge with an uplink member, address from the jail's rc.conf")
            << u"j { vnet; vnet.interface = epair5b;\n"
               "exec.prestart = \"ifconfig epair5 create\", \"ifconfig bridge0 addm epair5a\"; }\n"_s
            << u"cloned_interfaces=\"bridge0\"\nifconfig_bridge0=\"addm em0 up\"\n"
               "ifconfig_em0=\"inet 203.0.113.2/24\"\n"_s
            << u"ifconfig_epair5b=\"inet 203.0.113.50/24\"\ndefaultrouter=\"203.0.113.1\"\n"_s
            << u"host host\nuplink:em0 uplink addr=203.0.113.2/24\nbridge:bridge0 bridge\n"
               "jail:j jail addr=203.0.113.50/24 route=203.0.113.1 vnet\n"
               "host -own-> uplink:em0 [em0|]\nhost -own-> bridge:bridge0 [bridge0|]\n"
               "bridge:bridge0 -member-> uplink:em0 [em0|]\n"
               "bridge:bridge0 -epair-> jail:j [epair5a|epair5b]"_s;

        QTest::newRow("ipv6 in exec.start")
            << u"j { vnet; vnet.interface = \"epair1b\";\n"
               "exec.prestart = \"ifconfig epair1 create up && ifconfig bridge0 addm epair1a\";\n"
               "exec.start = \"ifconfig epair1b inet6 2001:db8::10 prefixlen 64\";\n"
               "exec.start += \"route -6 add default 2001:db8::1\"; }\n"_s
            << u"cloned_interfaces=\"bridge0\"\nifconfig_bridge0_ipv6=\"inet6 2001:db8::1/64\"\n"_s
            << QString()
            << u"host host\nbridge:bridge0 bridge addr=2001:db8::1/64\n"
               "jail:j jail addr=2001:db8::10/64 route=2001:db8::1 vnet\n"
               "host -own-> bridge:bridge0 [bridge0|]\n"
               "bridge:bridge0 -epair-> jail:j [epair1a|epair1b]"_s;

        // jail(8): ip4.addr entries "interface|address/prefix", or the `interface` parameter.
        QTest::newRow("shared-IP jails")
            << u"a { ip4.addr = 198.51.100.30/24; interface = em0; }\n"
               "b { ip4.addr = \"em0|198.51.100.31/24\", \"lo1|127.0.1.1\"; }\n"
               "c { ip4.addr = 198.51.100.32; ip6.addr = \"em0|2001:db8::32/64\"; }\n"_s
            << u"ifconfig_em0=\"inet 198.51.100.20/24\"\nifconfig_em0_ipv6=\"inet6 2001:db8::20/64\"\n"_s
            << QString()
            << u"host host\nuplink:em0 uplink addr=198.51.100.20/24,2001:db8::20/64\n"
               "jail:a jail addr=198.51.100.30/24\njail:b jail addr=198.51.100.31/24,127.0.1.1/32\n"
               "jail:c jail addr=198.51.100.32/32,2001:db8::32/64\n"
               "host -own-> uplink:em0 [em0|]\nuplink:em0 -shared-> jail:a [em0|]\n"
               "uplink:em0 -shared-> jail:b [em0|]\nuplink:em0 -shared-> jail:c [em0|]"_s;

        QTest::newRow("what is not understood is said")
            << u"a { vnet; }\nb { vnet; vnet.interface = vnet0; }\n"
               "c { vnet; vnet.interface = epair7b; exec.prestart = \"ifconfig epair7 create\"; }\n"
               "d { vnet; vnet.interface = epair8b; exec.prestart = \"ifconfig epair create\";\n"
               "    exec.start = \"dhclient epair8b\"; }\n"_s
            << u"ifconfig_bridge0=\"addm igb3\"\n"_s << QString()
            << u"host host\nuplink:igb3 uplink\nbridge:bridge0 bridge\n"
               "jail:a jail vnet ?(VNET jail without vnet.interface: its network is not known)\n"
               "jail:b jail vnet ?(vnet0 is not an epair(4) or jib(8) interface; what it connects "
               "to is not known)\njail:c jail vnet ?(epair7a joins no bridge)\n"
               "jail:d jail vnet ?(an epair is created without a unit number, so its name is only "
               "known when the jail runs; epair8b gets its address by DHCP; epair8a joins no "
               "bridge)\n"
               "host -own-> uplink:igb3 [igb3|]\nhost -own-> bridge:bridge0 [bridge0|]\n"
               "bridge:bridge0 -member-> uplink:igb3 [igb3|]"_s;
    }
    void snippets()
    {
        QFETCH(QString, jailConf);
        QFETCH(QString, rcConf);
        QFETCH(QString, jailRc);
        QHash<QString, QString> jailRcTexts;
        if (!jailRc.isEmpty())
            jailRcTexts.insert(u"j"_s, jailRc);
        const TestHost host = TestHost::fromTexts(jailConf, rcConf, jailRcTexts);
        QVERIFY2(!host.jailConf.hasErrors(),
                 qPrintable(host.jailConf.diagnostics().value(0).toString()));
        QTEST(describe(TopologyBuilder::build(host.network)), "expected");
    }

    // Every jail.conf of FreeBSD's own examples derives without losing a jail.
    void freebsdExamples_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"jail.xxx.conf", "jail.conf.5-EXAMPLES.conf",
                                 "jail.8-EXAMPLES.conf", "commands.jail.conf"})
            QTest::newRow(name) << QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus/freebsd-jail/")
                    + QLatin1StringView(name);
    }
    void freebsdExamples()
    {
        QFETCH(QString, file);
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(u"corpus file missing: %1"_s.arg(file)));
        const TestHost host = TestHost::fromTexts(QString::fromUtf8(input.readAll()), {});
        const TopologyGraph graph = TopologyBuilder::build(host.network);
        QCOMPARE(host.network.jails.size(), host.resolution.jails.size());
        for (const JailConfResolvedJail &jail : host.resolution.jails)
            QVERIFY(graph.node(u"jail:"_s + jail.name));
    }

    void netgraphIsNotGuessed()
    {
        QFile input(QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus/freebsd-jail/jail.xxx.conf"));
        if (!input.open(QIODevice::ReadOnly))
            QSKIP("corpus file jail.xxx.conf missing");
        const TestHost host = TestHost::fromTexts(QString::fromUtf8(input.readAll()), {});
        const TopologyNode *xxx = TopologyBuilder::build(host.network).node(u"jail:xxx"_s);
        QVERIFY(xxx);
        QVERIFY(xxx->unknownReason.contains(u"jng"_s));
        QVERIFY(host.network.createdInterfaces.contains(u"ng0_xxx"_s));
    }
};

QTEST_GUILESS_MAIN(TestTopologyBuilder)
#include "tst_topologybuilder.moc"
