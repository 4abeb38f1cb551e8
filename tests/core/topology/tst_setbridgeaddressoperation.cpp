#include "operationtestsupport.h"
#include "topology/setbridgeaddressoperation.h"

#include <QTest>

// ifconfig(8) takes "inet ADDRESS/PREFIX" or "inet ADDRESS netmask MASK"; rc.conf(5)
// keeps a cloned bridge's words in ifconfig_<bridge> and its IPv6 ones in
// ifconfig_<bridge>_ipv6. The operation swaps only the address words.
class TestSetBridgeAddressOperation : public QObject
{
    Q_OBJECT

private slots:
    void changesOnlyTheAddress_data()
    {
        QTest::addColumn<QString>("rc");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        const QString cloned = u"cloned_interfaces=\"bridge0\"\n"_s;
        QTest::newRow("cidr") << cloned + u"ifconfig_bridge0=\"inet 10.0.0.1/24 up\"\n"_s
                              << u"10.0.9.1/24"_s
                              << cloned + u"ifconfig_bridge0=\"inet 10.0.9.1/24 up\"\n"_s;
        QTest::newRow("netmask form")
            << cloned + u"ifconfig_bridge0=\"inet 10.0.0.1 netmask 255.255.255.0 up\"\n"_s
            << u"10.0.0.9/24"_s << cloned + u"ifconfig_bridge0=\"inet 10.0.0.9/24 up\"\n"_s;
        QTest::newRow("members kept")
            << cloned + u"ifconfig_bridge0=\"addm em0 inet 10.0.0.1/24 up\"\n"_s << u"10.0.0.2/24"_s
            << cloned + u"ifconfig_bridge0=\"addm em0 inet 10.0.0.2/24 up\"\n"_s;
        QTest::newRow("no address yet")
            << cloned + u"ifconfig_bridge0=\"up\"\n"_s << u"192.168.7.1/24"_s
            << cloned + u"ifconfig_bridge0=\"inet 192.168.7.1/24 up\"\n"_s;
    }
    void changesOnlyTheAddress()
    {
        QFETCH(QString, rc);
        QFETCH(QString, address);
        const HostConfiguration host = hostFromTexts(QString(), rc);
        const OperationResult result =
            SetBridgeAddressOperation(u"bridge0"_s, address).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.edits.size(), 1);
        QFETCH(QString, expected);
        QCOMPARE(applyTextEdits(rc, result.edits.first().edits).value_or(QString()), expected);
    }

    void demoHost()
    {
        const HostConfiguration host = ::demoHost();
        const OperationResult result =
            SetBridgeAddressOperation(u"bridge1"_s, u"10.0.5.1/24"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.description, u"Set the address of bridge1 to 10.0.5.1/24"_s);
        QCOMPARE(diffOf(host, result),
                 u"=== /etc/rc.conf\n@@ 12\n"
                 "-ifconfig_bridge1=\"inet 10.0.1.1/24 up\"\n"
                 "+ifconfig_bridge1=\"inet 10.0.5.1/24 up\""_s);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("bridge");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown bridge")
            << u"bridge7"_s << u"10.0.0.1/24"_s << u"There is no bridge bridge7."_s;
        QTest::newRow("no prefix")
            << u"bridge0"_s << u"10.0.0.1"_s
            << u"\"10.0.0.1\" is not an address with a prefix length, like 10.0.2.1/24."_s;
        QTest::newRow("not an address")
            << u"bridge0"_s << u"gateway"_s
            << u"\"gateway\" is not an address with a prefix length, like 10.0.2.1/24."_s;
    }
    void refused()
    {
        QFETCH(QString, bridge);
        QFETCH(QString, address);
        const OperationResult result =
            SetBridgeAddressOperation(bridge, address).compute(::demoHost());
        QVERIFY(!result.ok());
        QTEST(result.error, "error");
        QVERIFY(result.edits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetBridgeAddressOperation)
#include "tst_setbridgeaddressoperation.moc"
