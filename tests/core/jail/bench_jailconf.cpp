#include "benchmarkreport.h"
#include "generatedhost.h"
#include "jail/jailconfresolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

class BenchJailConf : public QObject
{
    Q_OBJECT

private slots:
    void parseAndResolve1000()
    {
        // The jail.conf topology_derive_1000 reads.
        const QString text = generatedJailConf(1000, 20);
        JailConfResolution resolution;
        const double median = reportBenchmark("jailconf_parse_1000", "ms", [&] {
            const JailConfDocument document = JailConfDocument::parse(u"/etc/jail.conf"_s, text);
            resolution = JailConfResolver::resolve(document);
        });
        QVERIFY(median > 0);
        QCOMPARE(resolution.jails.size(), 1000);
        QVERIFY(resolution.diagnostics.isEmpty());
        QCOMPARE(resolution.jails.last().values(u"exec.start").last(),
                 u"/sbin/route add default 10.0.19.1"_s);
        QCOMPARE(resolution.jails[999].values(u"exec.prestart").last(),
                 u"ifconfig bridge19 addm epair1099a up"_s);
    }
};

QTEST_GUILESS_MAIN(BenchJailConf)
#include "bench_jailconf.moc"
