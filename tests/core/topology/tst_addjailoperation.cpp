#include "operationtestsupport.h"
#include "topology/addjailoperation.h"

#include <QTest>

namespace {

// FreeBSD VNET guide, step 3 (seeds/freebsd-vnet-jails-guide.txt): literal values.
const QString guideJailConf = u"# /etc/jail.conf\n"
                              "# Global defaults\n"
                              "exec.start = \"/bin/sh /etc/rc\";\n"
                              "exec.stop = \"/bin/sh /etc/rc.shutdown\";\n"
                              "exec.clean;\n"
                              "mount.devfs;\n"
                              "allow.raw_sockets;\n"
                              "\n"
                              "web01 {\n"
                              "    host.hostname = \"web01.jail\";\n"
                              "    path = \"/jails/running/web01\";\n"
                              "    vnet;\n"
                              "    vnet.interface = \"epair0b\";\n"
                              "    exec.prestart = \"ifconfig epair0 create up\";\n"
                              "    exec.prestart += \"ifconfig bridge0 addm epair0a up\";\n"
                              "    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
                              "    exec.start += \"/sbin/route add default 10.0.0.1\";\n"
                              "    exec.poststop = \"ifconfig bridge0 deletem epair0a\";\n"
                              "    exec.poststop += \"ifconfig epair0a destroy\";\n"
                              "}\n"_s;
const QString guideRc =
    u"cloned_interfaces=\"bridge0\"\nifconfig_bridge0=\"inet 10.0.0.1/24 up\"\n"_s;

} // namespace

class TestAddJailOperation : public QObject
{
    Q_OBJECT

private slots:
    // The production template's variables style: the last jail on bridge0 is the model.
    void demoHostBridge0()
    {
        const HostConfiguration host = demoHost();
        const OperationResult result = AddJailOperation(u"web02"_s, u"bridge0"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.description,
                 u"Add VNET jail web02 on bridge0 with 10.0.0.13/24 on epair13b, "
                 "default route via 10.0.0.1"_s);
        QCOMPARE(diffOf(host, result),
                 u"=== /etc/jail.conf\n"
                 "@@ 76\n"
                 "+web02 {\n"
                 "+    host.hostname = \"web02.local\";\n"
                 "+    path = \"/jails/running/web02\";\n"
                 "+    vnet;\n"
                 "+    vnet.interface = \"epair13b\";\n"
                 "+    $ip = \"10.0.0.13\";\n"
                 "+    $epair = \"epair13\";\n"
                 "+    exec.prestart = \"ifconfig $epair create up\";\n"
                 "+    exec.prestart += \"ifconfig $bridge addm ${epair}a up\";\n"
                 "+    exec.start += \"/sbin/ifconfig ${epair}b inet $ip/$netmask up\";\n"
                 "+    exec.start += \"/sbin/route add default $gateway\";\n"
                 "+    exec.poststop = \"ifconfig $bridge deletem ${epair}a\";\n"
                 "+    exec.poststop += \"ifconfig ${epair}a destroy\";\n"
                 "+}\n"
                 "+\n"
                 "=== /etc/rc.conf\n"
                 "@@ 22\n"
                 "-jail_list=\"postgres appserver nginx backup\"\n"
                 "+jail_list=\"postgres appserver nginx backup web02\""_s);
        const auto after = host.applied(result.edits);
        QVERIFY(after);
        const HostNetwork::Jail *jail = after->network().jail(u"web02"_s);
        QVERIFY(jail);
        QCOMPARE(jail->interfaces.first().bridge, u"bridge0"_s);
        QCOMPARE(jail->addresses.first().address.toString(), u"10.0.0.13/24"_s);
        QCOMPARE(jail->defaultRoute, u"10.0.0.1"_s);
    }

    // backup sets $bridge and $gateway in its own section; the copy does too.
    void demoHostBridge1()
    {
        const HostConfiguration host = demoHost();
        const OperationResult result = AddJailOperation(u"backup2"_s, u"bridge1"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(diffOf(host, result).section(u'\n', 0, 11),
                 u"=== /etc/jail.conf\n"
                 "@@ 94\n"
                 "+backup2 {\n"
                 "+    host.hostname = \"backup2.local\";\n"
                 "+    path = \"/jails/running/backup2\";\n"
                 "+    vnet;\n"
                 "+    vnet.interface = \"epair21b\";\n"
                 "+    $bridge = \"bridge1\";\n"
                 "+    $gateway = \"10.0.1.1\";\n"
                 "+    $ip = \"10.0.1.11\";\n"
                 "+    $epair = \"epair21\";\n"
                 "+    exec.prestart = \"ifconfig $epair create up\";"_s);
    }

    // A new bridge without jails: the model comes from another bridge and the
    // global $bridge / $gateway no longer fit, so the section sets its own.
    void demoHostNewBridge()
    {
        const HostConfiguration demo = demoHost();
        const auto host = demo.applied({{demo.rc().documents().first().path(),
                                         {{{demo.rc().documents().first().text().size(),
                                            demo.rc().documents().first().text().size()},
                                           u"cloned_interfaces=\"bridge0 bridge1 bridge2\"\n"
                                           "ifconfig_bridge2=\"inet 10.0.2.1/24 up\"\n"_s}}}});
        QVERIFY(host);
        const OperationResult result = AddJailOperation(u"mail"_s, u"bridge2"_s).compute(*host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QString diff = diffOf(*host, result);
        QVERIFY2(diff.contains(u"+    $bridge = \"bridge2\";\n+    $gateway = \"10.0.2.1\";\n"
                               "+    $ip = \"10.0.2.2\";\n+    $epair = \"epair21\";"_s),
                 qPrintable(diff));
        const auto after = host->applied(result.edits);
        QVERIFY(after);
        QCOMPARE(after->network().jail(u"mail"_s)->interfaces.first().bridge, u"bridge2"_s);
    }

    void literalGuideStyle()
    {
        const HostConfiguration host = hostFromTexts(guideJailConf, guideRc);
        const OperationResult result = AddJailOperation(u"web02"_s, u"bridge0"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(diffOf(host, result),
                 u"=== /etc/jail.conf\n"
                 "@@ 22\n"
                 "+web02 {\n"
                 "+    host.hostname = \"web02.jail\";\n"
                 "+    path = \"/jails/running/web02\";\n"
                 "+    vnet;\n"
                 "+    vnet.interface = \"epair1b\";\n"
                 "+    exec.prestart = \"ifconfig epair1 create up\";\n"
                 "+    exec.prestart += \"ifconfig bridge0 addm epair1a up\";\n"
                 "+    exec.start += \"/sbin/ifconfig epair1b inet 10.0.0.11/24 up\";\n"
                 "+    exec.start += \"/sbin/route add default 10.0.0.1\";\n"
                 "+    exec.poststop = \"ifconfig bridge0 deletem epair1a\";\n"
                 "+    exec.poststop += \"ifconfig epair1a destroy\";\n"
                 "+}\n"
                 "+"_s);
    }

    // No jail to copy: the guide's literal form, IPv6 when the bridge has only IPv6.
    void noModelIpv6()
    {
        const HostConfiguration host = hostFromTexts(
            u"exec.start = \"/bin/sh /etc/rc\";\n"_s,
            u"cloned_interfaces=\"bridge3\"\nifconfig_bridge3_ipv6=\"inet6 2001:db8:3::1/64\"\n"
            "jail_list=\"\"\n"_s);
        AddJailOperation operation(u"v6"_s, u"bridge3"_s);
        operation.setEpairUnit(30);
        const OperationResult result = operation.compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(diffOf(host, result),
                 u"=== /etc/jail.conf\n"
                 "@@ 3\n"
                 "+v6 {\n"
                 "+\thost.hostname = \"v6\";\n"
                 "+\tpath = \"/jails/v6\";\n"
                 "+\tvnet;\n"
                 "+\tvnet.interface = \"epair30b\";\n"
                 "+\texec.prestart = \"ifconfig epair30 create up\";\n"
                 "+\texec.prestart += \"ifconfig bridge3 addm epair30a up\";\n"
                 "+\texec.start += \"/sbin/ifconfig epair30b inet6 2001:db8:3::2/64 up\";\n"
                 "+\texec.start += \"/sbin/route -6 add default 2001:db8:3::1\";\n"
                 "+\texec.poststop = \"ifconfig bridge3 deletem epair30a\";\n"
                 "+\texec.poststop += \"ifconfig epair30a destroy\";\n"
                 "+}\n"
                 "+"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bridge");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("error");
        QTest::newRow("existing name")
            << u"nginx"_s << u"bridge0"_s << QString() << u"there is already a jail named nginx"_s;
        QTest::newRow("bad name")
            << u"my jail"_s << u"bridge0"_s << QString()
            << u"\"my jail\" is not a jail name this tool writes: use letters, "
               "digits, '_' and '-'"_s;
        QTest::newRow("no bridge")
            << u"x"_s << u"bridge9"_s << QString() << u"there is no bridge bridge9"_s;
        QTest::newRow("address in use")
            << u"x"_s << u"bridge0"_s << u"10.0.0.11/24"_s << u"10.0.0.11 is already in use"_s;
        QTest::newRow("address elsewhere")
            << u"x"_s << u"bridge0"_s << u"10.0.1.50/24"_s
            << u"10.0.1.50/24 is not in the subnet of bridge0 (10.0.0.0/24)"_s;
        QTest::newRow("no ipv6 on the bridge")
            << u"x"_s << u"bridge0"_s << u"2001:db8::5/64"_s
            << u"bridge0 has no address of that family to be the "
               "jail's gateway"_s;
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, bridge);
        QFETCH(QString, address);
        AddJailOperation operation(name, bridge);
        if (!address.isEmpty())
            operation.setAddress(*InterfaceAddress::fromCidr(address));
        const OperationResult result = operation.compute(demoHost());
        QVERIFY(!result.ok());
        QVERIFY(result.edits.isEmpty());
        QTEST(result.error, "error");
    }
};

QTEST_GUILESS_MAIN(TestAddJailOperation)
#include "tst_addjailoperation.moc"
