#include "benchmarkreport.h"

#include "pf/pfdocument.h"
#include "pf/pflinter.h"
#include "pf/pfpacket.h"
#include "pf/pfruleset.h"
#include "pf/pftracer.h"

#include <QTest>

using namespace Qt::StringLiterals;

// pf_lint_10k (ms) and pf_trace_10k (us): linting, and tracing one packet
// through, a generated pf.conf with 10,000 rules and a table of 100,000
// addresses. The traced packet matches no quick rule, so it walks every rule
// and is looked up in the table on the way.
class BenchPfLintTrace : public QObject
{
    Q_OBJECT

private:
    static QString generate()
    {
        QString text;
        text.reserve(4 << 20);
        text += u"ext_if = \"em0\"\njail_if = \"bridge0\"\nset skip on lo0\n"_s;
        text += u"table <blocklist> persist {"_s;
        for (int i = 0; i < 100000; ++i) {
            if (i % 8 == 0)
                text += u"\n "_s;
            text += u" 100.%1.%2.%3"_s.arg(64 + i / 65536).arg(i / 256 % 256).arg(i % 256);
        }
        text += u"\n}\n"_s;
        text += u"nat on $ext_if from 10.0.0.0/16 to any -> ($ext_if)\nblock in all\n"
                "block in quick on $ext_if from <blocklist>\n"_s;
        for (int i = 0; i < 9997; ++i) {
            switch (i % 4) {
            case 0:
                text += u"pass in on $ext_if proto tcp from any to 10.%1.%2.10 port %3\n"_s
                            .arg(i / 256 % 256)
                            .arg(i % 256)
                            .arg(1024 + i % 4000);
                break;
            case 1:
                text += u"pass in on $jail_if proto udp from 10.%1.%2.0/24 to any port 53\n"_s
                            .arg(i / 256 % 256)
                            .arg(i % 256);
                break;
            case 2:
                text += u"block in on $ext_if proto tcp from 192.0.%1.%2 to any port 1000:2000\n"_s
                            .arg(i / 256 % 256)
                            .arg(i % 256);
                break;
            default:
                text += u"pass out on $ext_if proto tcp from 10.1.%1.%2 to any port { 80, 443 }\n"_s
                            .arg(i / 256 % 256)
                            .arg(i % 256);
                break;
            }
        }
        return text;
    }

    static QList<PfPacketInterface> interfaces()
    {
        return {{u"em0"_s, {}, {{QHostAddress(u"198.51.100.20"_s), 24}}},
                {u"bridge0"_s, {}, {{QHostAddress(u"10.0.0.1"_s), 24}}},
                {u"lo0"_s, {}, {{QHostAddress(u"127.0.0.1"_s), 8}}}};
    }

private slots:
    void pfLint10k()
    {
        const PfDocument document = PfDocument::parse(generate(), u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        QCOMPARE(ruleset.rules.size(), 10000);
        QCOMPARE(ruleset.tables.value(0).entries.size(), 100000);
        qsizetype warnings = 0;
        const double median = reportBenchmark("pf_lint_10k", "ms", [&] {
            warnings = PfLinter::lint(document, ruleset, interfaces()).size();
        });
        // Every rule here is distinct and none covers another; the file is clean.
        QCOMPARE(warnings, 0);
        QVERIFY(median > 0);
    }

    void pfTrace10k()
    {
        const QString text = generate();
        const PfDocument document = PfDocument::parse(text, u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        const PfTracer tracer(ruleset, interfaces());
        const int blockAllLine = int(text.left(text.indexOf(u"block in all\n"_s)).count(u'\n')) + 1;
        const PfPacket packet = *PfPacket::fromSpec(
            u"on em0 in tcp from 203.0.113.9 port 40000 to 10.38.3.10 port 1024"_s);
        PfTracer::Result result;
        const double median =
            reportBenchmark("pf_trace_10k", "us", [&] { result = tracer.trace(packet); });
        // No generated rule names 10.38.3.10 (i = 38 * 256 + 3 is not a multiple of 4),
        // so only `block in all` matches, after every rule has been looked at.
        QCOMPARE(result.summary(), u"block %1"_s.arg(blockAllLine));
        QCOMPARE(result.matched.size(), 1);
        QVERIFY(median > 0);

        const PfPacket listed = *PfPacket::fromSpec(
            u"on em0 in tcp from 100.65.1.7 port 40000 to 10.0.0.10 port 1024"_s);
        const PfTracer::Result blocked = tracer.trace(listed);
        QVERIFY(!blocked.pass);
        QVERIFY(blocked.decidingRule && blocked.decidingRule->quick);
    }
};

QTEST_GUILESS_MAIN(BenchPfLintTrace)
#include "bench_pflinttrace.moc"
