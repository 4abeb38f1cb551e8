#include "operationtestsupport.h"
#include "topology/movejailoperation.h"
#include "topology/removejailoperation.h"
#include "topology/removejailparameteroperation.h"
#include "topology/renamejailoperation.h"
#include "topology/setjailaddressoperation.h"
#include "topology/setjailparameteroperation.h"

#include <QTest>

namespace {

// FreeBSD VNET guide (seeds/freebsd-vnet-jails-guide.txt): literal values, two segments.
const QString literalJailConf =
    u"exec.start = \"/bin/sh /etc/rc\";\n"
    "\n"
    "web01 {\n"
    "    vnet;\n"
    "    vnet.interface = \"epair0b\";\n"
    "    exec.prestart = \"ifconfig epair0 create up\";\n"
    "    exec.prestart += \"ifconfig bridge0 addm epair0a up\";\n"
    "    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
    "    exec.start += \"/sbin/route add default 10.0.0.1\";\n"
    "    exec.poststop = \"ifconfig bridge0 deletem epair0a\";\n"
    "    exec.poststop += \"ifconfig epair0a destroy\";\n"
    "}\n"_s;
const QString literalRc = u"cloned_interfaces=\"bridge0 bridge1\"\n"
                          "ifconfig_bridge0=\"inet 10.0.0.1/24 up\"\n"
                          "ifconfig_bridge1=\"inet 10.0.1.1/24 up\"\n"
                          "jail_list=\"web01\"\n"_s;

#define COMPARE_TEXT(actual, expected)                                                             \
    do {                                                                                           \
        const QString a_ = (actual);                                                               \
        const QString e_ = (expected);                                                             \
        QVERIFY2(a_ == e_, qPrintable(u"\nactual:\n"_s + a_ + u"\nexpected:\n"_s + e_));           \
    } while (false)

} // namespace

class TestJailOperations : public QObject
{
    Q_OBJECT

private slots:
    void setParameter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rewrite in place")
            << u"host.hostname"_s << QStringList {u"www.local"_s}
            << u"=== /etc/jail.conf\n@@ 22\n-    host.hostname = \"nginx.local\";\n"
               "+    host.hostname = \"www.local\";"_s;
        QTest::newRow("new statement at the end of the section")
            << u"devfs_ruleset"_s << QStringList {u"5"_s}
            << u"=== /etc/jail.conf\n@@ 35\n+    devfs_ruleset = \"5\";"_s;
        QTest::newRow("boolean") << u"allow.mount"_s << QStringList()
                                 << u"=== /etc/jail.conf\n@@ 35\n+    allow.mount;"_s;
        QTest::newRow("a += chain becomes one value")
            << u"exec.prestart"_s << QStringList {u"logger starting"_s}
            << u"=== /etc/jail.conf\n@@ 28\n-    exec.prestart = \"ifconfig $epair create up\";\n"
               "-    exec.prestart += \"ifconfig $bridge addm ${epair}a up\";\n"
               "+    exec.prestart = \"logger starting\";"_s;
    }
    void setParameter()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, values);
        const HostConfiguration host = demoHost();
        const OperationResult result =
            SetJailParameterOperation(u"nginx"_s, name, values).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QFETCH(QString, expected);
        COMPARE_TEXT(diffOf(host, result), expected);
    }

    void removeParameter()
    {
        const HostConfiguration host = demoHost();
        const OperationResult result =
            RemoveJailParameterOperation(u"appserver"_s, u"depend"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.description, u"Remove depend from jail appserver"_s);
        COMPARE_TEXT(diffOf(host, result),
                     u"=== /etc/jail.conf\n@@ 52\n-    depend = \"postgres\";"_s);
        // A global parameter is not the jail's to remove.
        const OperationResult global =
            RemoveJailParameterOperation(u"nginx"_s, u"mount.devfs"_s).compute(host);
        QVERIFY(!global.ok());
        QVERIFY2(global.error.contains(u"/etc/jail.conf:13"_s), qPrintable(global.error));
    }

    void rename()
    {
        const HostConfiguration host = demoHost();
        const OperationResult result = RenameJailOperation(u"postgres"_s, u"db"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        COMPARE_TEXT(
            diffOf(host, result),
            u"=== /etc/jail.conf\n@@ 52\n-    depend = \"postgres\";\n+    depend = \"db\";\n"
            "@@ 57\n-postgres {\n+db {\n"
            "=== /etc/rc.conf\n@@ 22\n-jail_list=\"postgres appserver nginx backup\"\n"
            "+jail_list=\"db appserver nginx backup\""_s);
        const auto after = host.applied(result.edits);
        QVERIFY(after);
        QCOMPARE(after->resolution().jail(u"appserver"_s)->value(u"depend"), u"db"_s);
        QVERIFY(after->network().jail(u"db"_s));
    }

    void remove()
    {
        const HostConfiguration host = demoHost();
        const OperationResult refused = RemoveJailOperation(u"postgres"_s).compute(host);
        QCOMPARE(refused.error, u"postgres cannot go: appserver depends on it"_s);
        const OperationResult result = RemoveJailOperation(u"backup"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.description,
                 u"Remove jail backup (its files in /jails/running/backup stay)"_s);
        const auto after = host.applied(result.edits);
        QVERIFY(after);
        QVERIFY(!after->network().jail(u"backup"_s));
        QCOMPARE(after->rc().value(u"jail_list"_s), u"postgres appserver nginx"_s);
        QVERIFY(after->jailConf().root().text().endsWith(u"    devfs_ruleset = 5;\n}\n"_s));
    }

    void setAddress_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("jail");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected"); // diff, or "error: ..."
        QTest::newRow("variables style: $ip")
            << true << u"nginx"_s << u"10.0.0.50/24"_s
            << u"=== /etc/jail.conf\n@@ 26\n-    $ip = \"10.0.0.10\";\n"
               "+    $ip = \"10.0.0.50\";"_s;
        QTest::newRow("literal style")
            << false << u"web01"_s << u"10.0.0.20/24"_s
            << u"=== /etc/jail.conf\n@@ 8\n"
               "-    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
               "+    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.20/24 up\";"_s;
        QTest::newRow("literal style, new prefix")
            << false << u"web01"_s << u"10.0.0.20/25"_s
            << u"=== /etc/jail.conf\n@@ 8\n"
               "-    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
               "+    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.20/25 up\";"_s;
        QTest::newRow("prefix from a shared variable")
            << true << u"nginx"_s << u"10.0.0.50/25"_s
            << u"error: jail nginx's address is partly written "
               "outside its own section; cannot set 10.0.0.50/25"_s;
        QTest::newRow("in use") << true << u"nginx"_s << u"10.0.0.11/24"_s
                                << u"error: 10.0.0.11 is already in use"_s;
        QTest::newRow("outside the bridge")
            << true << u"nginx"_s << u"10.0.1.77/24"_s
            << u"error: 10.0.1.77/24 is not in the subnet of bridge0 (10.0.0.0/24)"_s;
    }
    void setAddress()
    {
        QFETCH(bool, demo);
        QFETCH(QString, jail);
        QFETCH(QString, address);
        QFETCH(QString, expected);
        const HostConfiguration host =
            demo ? demoHost() : hostFromTexts(literalJailConf, literalRc);
        const OperationResult result =
            SetJailAddressOperation(jail, *InterfaceAddress::fromCidr(address)).compute(host);
        COMPARE_TEXT(result.ok() ? diffOf(host, result) : u"error: "_s + result.error, expected);
    }

    // Variables style: the global $bridge/$gateway are overridden in the section.
    void moveDemo()
    {
        const HostConfiguration host = demoHost();
        const OperationResult result = MoveJailOperation(u"nginx"_s, u"bridge1"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(
            result.description,
            u"Move jail nginx from bridge0 to bridge1 with 10.0.1.11/24, default route via 10.0.1.1"_s);
        COMPARE_TEXT(
            diffOf(host, result),
            u"=== /etc/jail.conf\n@@ 26\n-    $ip = \"10.0.0.10\";\n+    $ip = \"10.0.1.11\";\n"
            "@@ 35\n+    $bridge = \"bridge1\";\n+    $gateway = \"10.0.1.1\";"_s);
    }

    void moveLiteral()
    {
        const HostConfiguration host = hostFromTexts(literalJailConf, literalRc);
        const OperationResult result = MoveJailOperation(u"web01"_s, u"bridge1"_s).compute(host);
        QVERIFY2(result.ok(), qPrintable(result.error));
        COMPARE_TEXT(diffOf(host, result),
                     u"=== /etc/jail.conf\n@@ 7\n"
                     "-    exec.prestart += \"ifconfig bridge0 addm epair0a up\";\n"
                     "-    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
                     "-    exec.start += \"/sbin/route add default 10.0.0.1\";\n"
                     "-    exec.poststop = \"ifconfig bridge0 deletem epair0a\";\n"
                     "+    exec.prestart += \"ifconfig bridge1 addm epair0a up\";\n"
                     "+    exec.start += \"/sbin/ifconfig epair0b inet 10.0.1.2/24 up\";\n"
                     "+    exec.start += \"/sbin/route add default 10.0.1.1\";\n"
                     "+    exec.poststop = \"ifconfig bridge1 deletem epair0a\";"_s);
    }
};

QTEST_GUILESS_MAIN(TestJailOperations)
#include "tst_jailoperations.moc"
