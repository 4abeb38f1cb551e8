#include "benchmarkreport.h"
#include "jail/jailconfdocumentset.h"
#include "topology/addjailoperation.h"
#include "topology/hostconfiguration.h"
#include "topology/topologybuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int jailCount = 1000;
constexpr int bridgeCount = 20;

// The seeds' production template (freebsd-vnet-jails-guide.txt): global
// defaults for bridge0, jails on other bridges set $bridge and $gateway.
QString generatedJailConf()
{
    QString text =
        u"# /etc/jail.conf -- Production VNET Configuration\n"
        "exec.start = \"/bin/sh /etc/rc\";\n"
        "exec.stop = \"/bin/sh /etc/rc.shutdown jail\";\n"
        "exec.clean;\nmount.devfs;\n\n"
        "# VNET defaults\n$bridge = \"bridge0\";\n$gateway = \"10.0.0.1\";\n$netmask = \"24\";\n"_s;
    for (int i = 0; i < jailCount; ++i) {
        const int bridge = i % bridgeCount;
        const int host = 10 + i / bridgeCount;
        const int unit = 100 + i;
        text +=
            u"\n# jail %1\njail%1 {\n    host.hostname = \"jail%1.local\";\n"
            "    path = \"/jails/running/jail%1\";\n    vnet;\n    vnet.interface = \"epair%2b\";\n"_s
                .arg(i)
                .arg(unit);
        if (bridge != 0) {
            text += u"    $bridge = \"bridge%1\";\n    $gateway = \"10.0.%1.1\";\n"_s.arg(bridge);
        }
        text += u"    $ip = \"10.0.%1.%2\";\n    $epair = \"epair%3\";\n"
                "    exec.prestart = \"ifconfig $epair create up\";\n"
                "    exec.prestart += \"ifconfig $bridge addm ${epair}a up\";\n"
                "    exec.start += \"/sbin/ifconfig ${epair}b inet $ip/$netmask up\";\n"
                "    exec.start += \"/sbin/route add default $gateway\";\n"
                "    exec.poststop = \"ifconfig $bridge deletem ${epair}a\";\n"
                "    exec.poststop += \"ifconfig ${epair}a destroy\";\n"
                "    allow.raw_sockets;\n}\n"_s.arg(bridge)
                    .arg(host)
                    .arg(unit);
    }
    return text;
}

QString generatedRcConf()
{
    QStringList bridges;
    QStringList jails;
    QString text = u"hostname=\"bench.example.org\"\nifconfig_em0=\"inet 198.51.100.20/24\"\n"
                   "defaultrouter=\"198.51.100.1\"\n"_s;
    for (int b = 0; b < bridgeCount; ++b) {
        bridges.append(u"bridge%1"_s.arg(b));
        text += u"ifconfig_bridge%1=\"inet 10.0.%1.1/24 up\"\n"_s.arg(b);
    }
    for (int i = 0; i < jailCount; ++i)
        jails.append(u"jail%1"_s.arg(i));
    text += u"cloned_interfaces=\"%1\"\nkld_list=\"if_bridge if_epair\"\ngateway_enable=\"YES\"\n"
            "pf_enable=\"YES\"\njail_enable=\"YES\"\njail_list=\"%2\"\n"_s.arg(bridges.join(u' '),
                                                                               jails.join(u' '));
    return text;
}

HostConfiguration parseHost(const QString &jailConf, const QString &rcConf)
{
    return HostConfiguration(
        JailConfDocumentSet::fromDocument(JailConfDocument::parse(u"/etc/jail.conf"_s, jailConf),
                                          JailConfReader::inMemory({})),
        RcConfiguration({RcConfDocument::fromText(u"/etc/rc.conf"_s, rcConf)}));
}

} // namespace

class BenchTopology : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_jailConf = generatedJailConf();
        m_rcConf = generatedRcConf();
    }

    // Parse jail.conf and rc.conf, resolve every jail, derive the network and its graph.
    void deriveThousandJails()
    {
        TopologyGraph graph;
        const double median = reportBenchmark("topology_derive_1000", "ms", [&] {
            graph = TopologyBuilder::build(parseHost(m_jailConf, m_rcConf).network());
        });
        QVERIFY(median > 0);
        QCOMPARE(graph.nodes().size(), 1 + 1 + bridgeCount + jailCount);
        QCOMPARE(graph.linksOf(u"jail:jail999"_s).first()->from, u"bridge:bridge19"_s);
    }

    // One AddJailOperation, its edits applied, everything derived again.
    void addJailToThousand()
    {
        const HostConfiguration host = parseHost(m_jailConf, m_rcConf);
        TopologyGraph graph;
        const double median = reportBenchmark("operation_add_jail_1000", "ms", [&] {
            const OperationResult result =
                AddJailOperation(u"newjail"_s, u"bridge7"_s).compute(host);
            const auto after = host.applied(result.edits);
            graph = TopologyBuilder::build(after->network());
        });
        QVERIFY(median > 0);
        const TopologyNode *added = graph.node(u"jail:newjail"_s);
        QVERIFY(added);
        QCOMPARE(added->addresses, QStringList {u"10.0.7.60/24"_s});
        QCOMPARE(graph.linksOf(u"jail:newjail"_s).first()->hostEnd,
                 u"epair1100a"_s); // above the highest in use
    }

private:
    QString m_jailConf;
    QString m_rcConf;
};

QTEST_GUILESS_MAIN(BenchTopology)
#include "bench_topology.moc"
