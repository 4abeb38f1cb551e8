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
