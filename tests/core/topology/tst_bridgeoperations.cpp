#include "operationtestsupport.h"
#include "topology/addbridgeoperation.h"
#include "topology/removebridgeoperation.h"

#include <QTest>

class TestBridgeOperations : public QObject
{
    Q_OBJECT

private slots:
    // As the guide's "Isolated Networks" step does with sysrc.
    void addToDemoHost()
    {
        const HostConfiguration host = demoHost();
        const OperationResult result =
            AddBridgeOperation(*InterfaceAddress::fromCidr(u"10.0.2.1/24")).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.description, u"Add bridge2 with 10.0.2.1 as the gateway of 10.0.2.0/24"_s);
        QCOMPARE(diffOf(host, result),
                 u"=== /etc/rc.conf\n@@ 10\n-cloned_interfaces=\"bridge0 bridge1\"\n"
                 "+cloned_interfaces=\"bridge0 bridge1 bridge2\"\n"
                 "@@ 13\n+ifconfig_bridge2=\"inet 10.0.2.1/24 up\""_s);
        const auto after = host.applied(result.edits);
        QVERIFY(after);
        QVERIFY(after->network().bridge(u"bridge2"_s));
    }

    void addToBareHost()
    {
        const HostConfiguration host =
            hostFromTexts(QString(), u"hostname=\"h\"\nsshd_enable=\"YES\"\n"_s);
        AddBridgeOperation operation(*InterfaceAddress::fromCidr(u"fd00:5::1/64"));
        operation.setName(u"bridge5"_s);
        const OperationResult result = operation.compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto after = host.applied(result.edits);
        QCOMPARE(after->rc().documents().first().text(),
                 u"hostname=\"h\"\nsshd_enable=\"YES\"\ncloned_interfaces=\"bridge5\"\n"
                 "ifconfig_bridge5=\"up\"\nifconfig_bridge5_ipv6=\"inet6 fd00:5::1/64\"\n"
                 "kld_list=\"if_bridge if_epair\"\nipv6_gateway_enable=\"YES\"\n"_s);
    }

    void addRefusals_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("error");
        QTest::newRow("overlap") << u"10.0.1.129/25"_s
                                 << u"10.0.1.128/25 overlaps 10.0.1.0/24 of bridge1"_s;
        QTest::newRow("no subnet")
            << u"10.9.0.1"_s << u"a bridge needs an address with its subnet, like 10.0.2.1/24"_s;
        QTest::newRow("network address")
            << u"10.9.0.0/24"_s << u"10.9.0.0/24 is not a host address of its subnet"_s;
    }
    void addRefusals()
    {
        QFETCH(QString, address);
        const OperationResult result =
            AddBridgeOperation(*InterfaceAddress::fromCidr(address)).compute(demoHost());
        QTEST(result.error, "error");
    }

    void remove()
    {
        const HostConfiguration host = demoHost();
        QCOMPARE(RemoveBridgeOperation(u"bridge1"_s).compute(host).error,
                 u"jails on bridge1 (backup) must move or go first"_s);
        const HostConfiguration empty = hostFromTexts(
            QString(),
            u"cloned_interfaces=\"bridge0 bridge1\"\nifconfig_bridge1=\"inet 10.0.1.1/24 up\"\n"
            "ifconfig_bridge1_ipv6=\"inet6 fd00::1/64\"\nifconfig_bridge10=\"up\"\n"_s);
        const OperationResult result = RemoveBridgeOperation(u"bridge1"_s).compute(empty);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(empty.applied(result.edits)->rc().documents().first().text(),
                 u"cloned_interfaces=\"bridge0\"\nifconfig_bridge10=\"up\"\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestBridgeOperations)
#include "tst_bridgeoperations.moc"
