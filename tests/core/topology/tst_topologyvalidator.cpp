#include "topology/topologybuilder.h"
#include "topology/topologyvalidator.h"
#include "topologytestsupport.h"

#include <QTest>

namespace {

const QString demoRc = u"cloned_interfaces=\"bridge0 bridge1\"\n"
                       "ifconfig_bridge0=\"inet 10.0.0.1/24 up\"\n"
                       "ifconfig_bridge1=\"inet 10.0.1.1/24 up\"\n"
                       "kld_list=\"if_bridge if_epair\"\n"
                       "gateway_enable=\"YES\"\n"_s;

// A VNET jail in the production template's literal form.
QString vnetJail(const QString &name, int unit, const QString &bridge, const QString &address,
                 const QString &gateway)
{
    QString text = u"%1 {\n  vnet;\n  vnet.interface = \"epair%2b\";\n"
                   "  exec.prestart = \"ifconfig epair%2 create up\";\n"
                   "  exec.prestart += \"ifconfig %3 addm epair%2a up\";\n"
                   "  exec.start = \"/sbin/ifconfig epair%2b inet %4 up\";\n"_s.arg(name)
                       .arg(unit)
                       .arg(bridge, address);
    if (!gateway.isEmpty())
        text += u"  exec.start += \"/sbin/route add default %1\";\n"_s.arg(gateway);
    return text + u"}\n"_s;
}

QStringList problemsOf(const TestHost &host, bool hasNat)
{
    TopologyGraph graph = TopologyBuilder::build(host.network);
    TopologyValidator::validate(host.network, host.rc, graph, hasNat);
    QStringList result;
    for (const TopologyNode &node : graph.nodes())
        for (const Diagnostic &diagnostic : node.problems)
            result.append(node.id + u" @ "_s + diagnostic.toString());
    return result;
}

} // namespace

class TestTopologyValidator : public QObject
{
    Q_OBJECT

private slots:
    void demoHostIsClean()
    {
        const TestHost host = TestHost::demo();
        QCOMPARE(problemsOf(host, true), QStringList());
    }

    void problems_data()
    {
        QTest::addColumn<QString>("jailConf");
        QTest::addColumn<QString>("rcConf");
        QTest::addColumn<bool>("hasNat");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("clean") << vnetJail(u"a"_s, 1, u"bridge0"_s, u"10.0.0.2/24"_s, u"10.0.0.1"_s)
                               << demoRc << true << QStringList();
        QTest::newRow("duplicate address")
            << vnetJail(u"a"_s, 1, u"bridge0"_s, u"10.0.0.2/24"_s, u"10.0.0.1"_s)
                + vnetJail(u"b"_s, 2, u"bridge0"_s, u"10.0.0.2/24"_s, u"10.0.0.1"_s)
            << demoRc << false
            << QStringList {
                   u"jail:a @ /etc/jail.conf:6:1: error: address 10.0.0.2 is also used by "
                   "b (/etc/jail.conf:14)"_s,
                   u"jail:b @ /etc/jail.conf:14:1: error: address 10.0.0.2 is also used by "
                   "a (/etc/jail.conf:6)"_s};
        QTest::newRow("jail takes the bridge's address")
            << vnetJail(u"a"_s, 1, u"bridge0"_s, u"10.0.0.1/24"_s, u"10.0.0.1"_s) << demoRc << false
            << QStringList {u"bridge:bridge0 @ /etc/rc.conf:2:1: error: address 10.0.0.1 is also "
                            "used by a (/etc/jail.conf:6)"_s,
                            u"jail:a @ /etc/jail.conf:6:1: error: address 10.0.0.1 is also used by "
                            "bridge0 (/etc/rc.conf:2)"_s};
        QTest::newRow("outside the bridge's subnet")
            << vnetJail(u"a"_s, 1, u"bridge1"_s, u"10.0.0.2/24"_s, u"10.0.0.1"_s) << demoRc << false
            << QStringList {
                   u"jail:a @ /etc/jail.conf:6:1: error: address 10.0.0.2/24 of a is outside "
                   "the subnet of bridge1 (10.0.1.0/24)"_s};
        QTest::newRow("epair used twice")
            << vnetJail(u"a"_s, 1, u"bridge0"_s, u"10.0.0.2/24"_s, u"10.0.0.1"_s)
                + vnetJail(u"b"_s, 1, u"bridge0"_s, u"10.0.0.3/24"_s, u"10.0.0.1"_s)
            << demoRc << false
            << QStringList {
                   u"jail:a @ /etc/jail.conf:3:1: error: epair1b is used by more than one "
                   "jail: a, b"_s,
                   u"jail:b @ /etc/jail.conf:11:1: error: epair1b is used by more than one "
                   "jail: a, b"_s};
        QTest::newRow("vnet.interface not created")
            << u"a {\n  vnet;\n  vnet.interface = \"epair4b\";\n}\n"_s << demoRc << false
            << QStringList {u"jail:a @ /etc/jail.conf:3:1: error: vnet.interface epair4b is not "
                            "created anywhere: no exec.prestart command or cloned_interfaces entry "
                            "makes it"_s};
        QTest::newRow("no gateway")
            << vnetJail(u"a"_s, 1, u"bridge0"_s, u"10.0.0.2/24"_s, QString()) << demoRc << false
            << QStringList {u"jail:a @ /etc/jail.conf:1:1: warning: VNET jail a is on a bridge but "
                            "has no default route (gateway)"_s};
        QTest::newRow("bridge not created")
            << vnetJail(u"a"_s, 1, u"bridge7"_s, u"10.0.7.2/24"_s, u"10.0.7.1"_s) << demoRc << false
            << QStringList {u"bridge:bridge7 @ /etc/jail.conf:5:1: error: bridge7 is used but not "
                            "created: it is not in cloned_interfaces"_s};
        QTest::newRow("modules missing")
            << vnetJail(u"a"_s, 1, u"bridge0"_s, u"10.0.0.2/24"_s, u"10.0.0.1"_s)
            << u"cloned_interfaces=\"bridge0\"\nifconfig_bridge0=\"inet 10.0.0.1/24\"\n"
               "kld_list=\"vmm\"\n"_s
            << false
            << QStringList {
                   u"host @ /etc/rc.conf:3:1: warning: kld_list does not load if_bridge and "
                   "if_epair, which the jails' bridges and epairs need"_s};
        QTest::newRow("NAT without gateway_enable")
            << QString() << u"hostname=\"h\"\ngateway_enable=\"NO\"\n"_s << true
            << QStringList {u"host @ /etc/rc.conf:2:1: error: pf translates addresses (NAT) but "
                            "gateway_enable is not YES, so the host does not forward the jails' "
                            "packets"_s};
        // web.02 is fine: jail(8) starts a parent before its children.
        QTest::newRow("jail names jail(8) refuses")
            << u"db.01 { path = /; }\n\"my jail\" { path = /; }\nweb { path = /; }\nweb.02 { path = /; }\n"_s
            << QString() << false
            << QStringList {u"jail:db.01 @ /etc/jail.conf:1:1: error: jail name \"db.01\" names a "
                            "child of jail \"db\", which is not defined"_s,
                            u"jail:my jail @ /etc/jail.conf:2:1: error: jail name \"my jail\" "
                            "contains blanks or control characters"_s};
    }
    void problems()
    {
        QFETCH(QString, jailConf);
        QFETCH(QString, rcConf);
        QFETCH(bool, hasNat);
        const TestHost host = TestHost::fromTexts(jailConf, rcConf);
        QVERIFY2(!host.jailConf.hasErrors(),
                 qPrintable(host.jailConf.diagnostics().value(0).toString()));
        QStringList found = problemsOf(host, hasNat);
        found.sort();
        QTEST(found, "expected");
    }
};

QTEST_GUILESS_MAIN(TestTopologyValidator)
#include "tst_topologyvalidator.moc"
