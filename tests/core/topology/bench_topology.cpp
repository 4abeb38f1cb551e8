#include "benchmarkreport.h"
#include "generatedhost.h"
#include "jail/jailconfdocumentset.h"
#include "topology/addjailoperation.h"
#include "topology/hostconfiguration.h"
#include "topology/topologybuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int jailCount = 1000;
constexpr int bridgeCount = 20;

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
        m_jailConf = generatedJailConf(jailCount, bridgeCount);
        m_rcConf = generatedRcConf(jailCount, bridgeCount);
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
