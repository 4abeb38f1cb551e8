#include "pf/pfdocument.h"
#include "pf/pfprinter.h"
#include "pf/pfruleset.h"
#include "pf/pftokenkind.h"

#include "text/sourcefile.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// The lossless pf.conf document and the ruleset built from it.
class TestPfDocument : public QObject
{
    Q_OBJECT

private:
    static PfRuleset rulesetOf(const QString &text)
    {
        return PfRuleset::fromDocument(PfDocument::parse(text, u"pf.conf"_s));
    }

    static void addFiles(const QString &dir, const QStringList &patterns,
                         const QStringList &invalid)
    {
        const QStringList files = QDir(dir).entryList(patterns, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir + u'/' + file << invalid.contains(file);
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("invalid");
        const QString real = QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus/real-pf-conf");
        if (!QFileInfo::exists(real))
            QSKIP("the real-world pf.conf corpus (../shared/corpus/real-pf-conf) is missing");
        // SOURCES.md there: 001 and 031 use undefined macros, 009 ends mid-rule,
        // 016 holds a placeholder instead of an address. 021 combines a nat port
        // range with static-port, which FreeBSD 15's pfctl rejects (pf1040).
        addFiles(real, {u"*.conf"_s},
                 {u"001.conf"_s, u"009.conf"_s, u"016.conf"_s, u"021.conf"_s, u"031.conf"_s});
        addFiles(QStringLiteral(JAILWRIGHT_TEST_DATA "/seeds"), {u"*.conf"_s}, {});
        const QString demo = QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host");
        QTest::newRow("demo-host pf.conf") << demo + u"/etc/pf.conf"_s << false;
        QTest::newRow("demo-host postgres pf.conf")
            << demo + u"/jails/running/postgres/etc/pf.conf"_s << false;
    }

    // Every file writes back byte for byte; valid ones parse without errors.
    void roundTrip()
    {
        QFETCH(QString, path);
        QFETCH(bool, invalid);
        QString error;
        const auto source = SourceFile::read(path, &error);
        QVERIFY2(source, qPrintable(error));
        const PfDocument document = PfDocument::parse(source->text(), path);
        QCOMPARE(source->toBytes(document.toText()), source->toBytes());
        if (invalid)
            return;
        const PfRuleset ruleset = PfRuleset::fromDocument(
            document, PfRuleset::localFileReader(QFileInfo(path).absolutePath()));
        QString problems;
        for (const Diagnostic &d : ruleset.diagnostics)
            problems += d.toString() + u'\n';
        QVERIFY2(!ruleset.hasErrors(), qPrintable(problems));
    }

    void tokens()
    {
        const QString text = u"ext_if = \"em0\" # uplink\npass in on $ext_if \\\n  proto tcp\n"_s;
        const PfDocument document = PfDocument::parse(text);
        QCOMPARE(document.toText(), text);
        QCOMPARE(document.statements().size(), 2);
        QCOMPARE(document.statements()[0].kind, PfStatement::Kind::Macro);
        QCOMPARE(document.statements()[1].kind, PfStatement::Kind::Filter);
        QCOMPARE(document.statements()[1].line, 2);
        // The continuation is trivia: the rule is one statement ending at "tcp".
        QCOMPARE(document.textOf(document.statements()[1].span),
                 u"pass in on $ext_if \\\n  proto tcp"_s);
        const Token &comment = document.tokens()[3];
        QCOMPARE(PfTokenKind(comment.kind), PfTokenKind::Newline);
        QCOMPARE(document.textOf(comment.trivia), u" # uplink"_s);
    }

    void anchors()
    {
        const PfRuleset ruleset = rulesetOf(
            u"anchor \"jails\" in on bridge0 {\n  pass quick proto tcp\n  anchor {\n    block\n  }\n}\npass\n"_s);
        QVERIFY(!ruleset.hasErrors());
        QCOMPARE(ruleset.rules.size(), 2);
        const PfRule &anchor = ruleset.rules[0];
        QCOMPARE(anchor.action, PfRule::Action::Anchor);
        QCOMPARE(anchor.anchorName, u"jails"_s);
        QVERIFY(anchor.anchorInline);
        QCOMPARE(anchor.anchorRules.size(), 2);
        QCOMPARE(anchor.anchorRules[1].anchorRules.size(), 1);
        QCOMPARE(anchor.anchorRules[1].anchorRules[0].action, PfRule::Action::Block);
        QCOMPARE(anchor.anchorRules[1].anchorRules[0].line, 4);
        QCOMPARE(ruleset.rules[1].index, 1);
    }

    void ruleModel()
    {
        const PfRuleset ruleset = rulesetOf(
            u"web = \"{ 10.0.0.10, 10.0.0.11 }\"\n"
            "table <bad> persist { 192.0.2.1 !192.0.2.0/24 }\n"
            "pass in log quick on ! em0 inet proto { tcp udp } from <bad> port 1024:2048 "
            "to $web port { ssh, 80 } flags S/SA keep state (max 100) label \"web\" tag WEB\n"
            "rdr on em0 proto tcp from any to (em0) port 8080 -> 10.0.0.10 port 80\n"_s);
        QVERIFY(!ruleset.hasErrors());
        QCOMPARE(ruleset.macros.size(), 1);
        QCOMPARE(ruleset.macros[0].value, u"{ 10.0.0.10, 10.0.0.11 }"_s);
        QCOMPARE(ruleset.tables[0].entries.size(), 2);
        QVERIFY(ruleset.tables[0].entries[1].negated);
        QCOMPARE(ruleset.tables[0].entries[1].prefix, 24);
        const PfRule &pass = ruleset.rules[0];
        QCOMPARE(pass.line, 3);
        QVERIFY(pass.log && pass.quick);
        QCOMPARE(pass.interfaces.size(), 1);
        QVERIFY(pass.interfaces[0].negated);
        QCOMPARE(pass.protocols, (QList<int> {6, 17}));
        QCOMPARE(pass.from.hosts[0].type, PfAddress::Type::Table);
        QCOMPARE(pass.from.ports[0].op, PfRangeSpec::Op::Range);
        QCOMPARE(pass.to.hosts.size(), 2);
        QCOMPARE(pass.to.ports[0].low, 22u);
        QCOMPARE(pass.stateOptions, QStringList {u"max 100"_s});
        QCOMPARE(pass.labels, QStringList {u"web"_s});
        const PfRule &rdr = ruleset.rules[1];
        QCOMPARE(rdr.action, PfRule::Action::Rdr);
        QVERIFY(rdr.to.hosts[0].dynamic);
        QCOMPARE(rdr.pool.addresses[0].address, u"10.0.0.10"_s);
        QCOMPARE(rdr.pool.ports.low, 80u);
    }

    // FreeBSD 15 state and source limiters: defined once, named or numbered by rules.
    void limiters()
    {
        const PfRuleset ruleset =
            rulesetOf(u"state limiter \"web\" id 7 limit 100\n"
                      "source limiter per-host id 3 entries 1000 limit 10 rate 5/60 inet6 mask 64\n"
                      "pass in proto tcp to port 80 state limiter web (block) source limiter id 3\n"
                      "pass in proto tcp to port 443 source limiter per-host (no-match)\n"_s);
        QVERIFY(!ruleset.hasErrors());
        QCOMPARE(ruleset.limiters.size(), 2);
        const PfLimiter &source = ruleset.limiters[1];
        QCOMPARE(source.kind, PfLimiter::Kind::Source);
        QCOMPARE(source.name, u"per-host"_s);
        QCOMPARE(source.entries, 1000u);
        QCOMPARE(source.limit, 10u);
        QCOMPARE(source.rateSeconds, 60u);
        QCOMPARE(source.inetMask, 32);
        QCOMPARE(source.inet6Mask, 64);
        QCOMPARE(ruleset.limiter(PfLimiter::Kind::State, u"web")->id, 7u);
        QCOMPARE(ruleset.rules[0].stateLimiter, 7);
        QVERIFY(ruleset.rules[0].stateLimiterBlocks);
        QCOMPARE(ruleset.rules[0].sourceLimiter, 3);
        QVERIFY(!ruleset.rules[0].sourceLimiterBlocks);
        QCOMPARE(ruleset.rules[1].stateLimiter, -1);
        QCOMPARE(ruleset.rules[1].sourceLimiter, 3);
        const QStringList printed = PfPrinter::print(ruleset).split(u'\n');
        QCOMPARE(printed[0], u"state limiter web id 7 limit 100"_s);
        QVERIFY(printed[2].endsWith(
            u" keep state state limiter id 7 (block) source limiter id 3 (no-match)"_s));
    }

    // ALTQ as pfctl prints it. The first rows are FreeBSD's pfctl tests pf1003
    // and pf1004 (sbin/pfctl/tests/files, 2019, read through the code index):
    // the .in and the .ok that `pfctl -o none -nvf` printed, em0 with MTU 1500.
    void altq_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::newRow("pf1003 cbq")
            << u"altq on em0 cbq(default) bandwidth 100Kb queue qmain\n"
               "queue qmain priority 4\n"
               "pass on em0 queue qmain\n"_s
            << u"altq on em0 cbq( default ) bandwidth 100Kb tbrsize 1500 queue { qmain }\n"
               "queue qmain priority 4 \n"
               "pass on em0 all flags S/SA keep state queue qmain\n"_s;
        QTest::newRow("pf1004 cbq with codel")
            << u"altq on em0 cbq(default codel) bandwidth 20Mb queue qmain\n"
               "queue qmain { q1 q2 }\n"
               "queue q1 priority 1 bandwidth 60%\n"
               "queue q2 priority 2 bandwidth 40%\n"
               "pass on em0 queue q1\n"
               "block on em0 queue q2\n"_s
            << u"altq on em0 cbq( codel default ) bandwidth 20Mb tbrsize 12000 queue { qmain }\n"
               "queue qmain { q1 q2 }\n"
               "queue q1 bandwidth 60% \n"
               "queue q2 bandwidth 40% priority 2 \n"
               "pass on em0 all flags S/SA keep state queue q1\n"
               "block drop on em0 all queue q2\n"_s;
    }

    void altq()
    {
        QFETCH(QString, text);
        const PfRuleset ruleset = rulesetOf(text);
        QVERIFY(!ruleset.hasErrors());
        QTEST(PfPrinter::print(ruleset), "printed");
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("undefined macro")
            << u"pass\npass on $ext_if\n"_s << 2 << 9 << u"macro 'ext_if' not defined"_s;
        QTest::newRow("unknown keyword") << u"pass in bogus\n"_s << 1 << 9 << u"syntax error"_s;
        QTest::newRow("unterminated string")
            << u"a = \"em0\n"_s << 1 << 5 << u"unterminated quoted string"_s;
        QTest::newRow("port range")
            << u"pass proto tcp to port 500:100\n"_s << 1 << 24 << u"invalid port range"_s;
        QTest::newRow("unclosed anchor")
            << u"anchor foo {\n pass\n"_s << 1 << 1 << u"syntax error"_s;
        QTest::newRow("unknown state limiter")
            << u"pass state limiter web\n"_s << 1 << 20 << u"state limiter not found"_s;
        QTest::newRow("limiter id out of range") << u"pass source limiter id 256\n"_s << 1 << 24
                                                 << u"source limiter id 256: invalid identifier"_s;
        QTest::newRow("limiter without id")
            << u"state limiter web limit 10\n"_s << 1 << 1 << u"id not specified"_s;
        QTest::newRow("source limiter without entries")
            << u"source limiter web id 1 limit 10\n"_s << 1 << 1 << u"entries not specified"_s;
        QTest::newRow("limiter rate") << u"state limiter web id 1 limit 10 rate 0/10\n"_s << 1 << 38
                                      << u"invalid rate limit 0"_s;
        QTest::newRow("limiter twice")
            << u"state limiter web id 1 limit 10\nstate limiter www id 1 limit 5\n"_s << 2 << 1
            << u"state limiter www id 1 already exists"_s;
        QTest::newRow("queue without altq")
            << u"queue q1 bandwidth 10%\n"_s << 1 << 1 << u"queue q1 has no parent"_s;
        QTest::newRow("priq bandwidth")
            << u"altq on em0 priq bandwidth 10Mb queue { q1 }\nqueue q1 bandwidth 10%\n"_s << 2 << 1
            << u"priq doesn't take bandwidth"_s;
        QTest::newRow("altq without bandwidth")
            << u"altq on em0 cbq queue { q1 }\n"_s << 1 << 1
            << u"interface em0 does not know its bandwidth, please specify an absolute "
               "bandwidth"_s;
        QTest::newRow("limiter in anchor") << u"anchor a {\n state limiter web id 1 limit 10\n}\n"_s
                                           << 2 << 2 << u"syntax error"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const PfRuleset ruleset = rulesetOf(text);
        QVERIFY(ruleset.hasErrors());
        const Diagnostic &d = ruleset.diagnostics.first();
        QCOMPARE(d.message, message);
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QCOMPARE(d.file, u"pf.conf"_s);
    }
};

QTEST_GUILESS_MAIN(TestPfDocument)
#include "tst_pfdocument.moc"
