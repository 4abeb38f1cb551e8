#include <QString>

#include "benchmarkreport.h"

#include "pf/pfdocument.h"
#include "pf/pfruleset.h"

#include <QTest>

using namespace Qt::StringLiterals;

// pf_parse_10k: lexing, statement splitting, macro expansion and rule parsing
// of a generated pf.conf with 10,000 rules and a table of 100,000 addresses.
class BenchPfParse : public QObject
{
    Q_OBJECT

private:
    static QString generate()
    {
        QString text;
        text.reserve(4 << 20);
        text += u"ext_if = \"em0\"\njail_if = \"bridge0\"\nweb = \"{ 10.0.0.10, 10.0.0.11 }\"\n"
                "set skip on lo0\nset block-policy drop\n"_s;
        text += u"table <blocklist> persist {"_s;
        for (int i = 0; i < 100000; ++i) {
            if (i % 8 == 0)
                text += u"\n "_s;
            text += u" %1.%2.%3.%4"_s.arg(11 + i / 65536)
                        .arg((i / 256) % 256)
                        .arg(i % 256)
                        .arg(i % 7 + 1);
        }
        text += u"\n}\n"_s;
        text += u"nat on $ext_if from 10.0.0.0/16 to any -> ($ext_if)\n"_s;
        for (int i = 0; i < 10000; ++i) {
            switch (i % 5) {
            case 0:
                text += u"pass in quick on $ext_if proto tcp from any to 10.%1.%2.10 port %3 "
                        "flags S/SA keep state label \"rule %4\"\n"_s.arg(i / 256 % 256)
                            .arg(i % 256)
                            .arg(1024 + i % 4000)
                            .arg(i);
                break;
            case 1:
                text += u"block in log on $jail_if inet from <blocklist> to $web\n"_s;
                break;
            case 2:
                text +=
                    u"rdr on $ext_if proto tcp from any to ($ext_if) port %1 -> 10.0.%2.%3 port 80\n"_s
                        .arg(2000 + i % 60000)
                        .arg(i / 256 % 256)
                        .arg(i % 256);
                break;
            case 3:
                text += u"pass out on $jail_if proto { tcp udp } from 10.0.0.0/24 port 1024:65535 "
                        "to ! 192.168.%1.0/24 port { 53, 123 } # comment %2\n"_s.arg(i % 256)
                            .arg(i);
                break;
            default:
                text += u"block return-rst in quick on ! $ext_if inet6 proto tcp from 2001:db8::%1 "
                        "to any port >= 6000 \\\n    user >= 1000\n"_s.arg(i % 65536, 0, 16);
                break;
            }
        }
        return text;
    }

private slots:
    void pfParse10k()
    {
        const QString text = generate();
        int rules = 0;
        int entries = 0;
        const double median = reportBenchmark("pf_parse_10k", "ms", [&] {
            const PfDocument document = PfDocument::parse(text, u"pf.conf"_s);
            const PfRuleset ruleset = PfRuleset::fromDocument(document);
            rules = int(ruleset.rules.size());
            entries = int(ruleset.tables.value(0).entries.size());
        });
        QCOMPARE(rules, 10001);
        QCOMPARE(entries, 100000);
        QVERIFY(median > 0);
    }
};

QTEST_GUILESS_MAIN(BenchPfParse)
#include "bench_pfparse.moc"
