#include "pf/pfdocument.h"
#include "pf/pflinter.h"
#include "pf/pfpacketinterface.h"
#include "pf/pfruleset.h"

#include "text/sourcefile.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<PfPacketInterface> hostInterfaces()
{
    // The interface's own address with its prefix (QHostAddress::parseSubnet would
    // clear the host bits).
    auto subnet = [](const QString &cidr) {
        return qMakePair(QHostAddress(cidr.section(u'/', 0, 0)), cidr.section(u'/', 1).toInt());
    };
    return {
        {u"em0"_s, {}, {subnet(u"198.51.100.20/24"_s)}},
        {u"bridge0"_s, {}, {subnet(u"10.0.0.1/24"_s)}},
        {u"bridge1"_s, {}, {subnet(u"10.0.1.1/24"_s)}},
        {u"lo0"_s, {}, {subnet(u"127.0.0.1/8"_s)}},
    };
}

struct Warning
{
    int line = 0;
    QString text; // a part of the message
};

int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

// The parser's messages, for a failing check.
QString errorsOf(const PfRuleset &ruleset)
{
    QStringList messages;
    for (const Diagnostic &diagnostic : ruleset.diagnostics)
        messages.append(diagnostic.toString());
    return messages.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(QList<Warning>)

// The pf linter: each kind of warning, at its line, and silence where there is
// nothing to say.
class TestPfLinter : public QObject
{
    Q_OBJECT

private slots:
    void lint_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QList<Warning>>("expected");

        // Every small ruleset starts with these two lines, so that only the
        // warnings a row is about show up.
        const QString head = u"set skip on lo0\nblock all\n"_s;

        QTest::newRow("clean") << head + u"pass in on em0 proto tcp to port 22\n"_s
                               << QList<Warning> {};
        QTest::newRow("shadowed by an earlier quick rule")
            << head + u"pass in quick on em0 proto tcp\npass in on em0 proto tcp to port 22\n"_s
            << QList<Warning> {{4, u"quick rule at line 3"_s}};
        QTest::newRow("quick rule on a wider network")
            << head + u"block in quick from 192.0.2.0/24\npass in from 192.0.2.128/25 to any\n"_s
            << QList<Warning> {{4, u"quick rule at line 3"_s}};
        QTest::newRow("narrower quick rule shadows nothing")
            << head + u"block in quick from 192.0.2.128/25\npass in from 192.0.2.0/24\n"_s
            << QList<Warning> {};
        QTest::newRow("overridden by a later rule")
            << head
                + u"pass in on em0 proto tcp to 10.0.0.0/24 port 80\npass in on em0 proto tcp to 10.0.0.0/16\n"_s
            << QList<Warning> {{3, u"later rule at line 4"_s}};
        QTest::newRow("a later narrower rule overrides nothing") << head
                + u"pass in on em0 proto tcp to 10.0.0.0/16\nblock in on em0 proto tcp to 10.0.0.5 port 22\n"_s
                                                                 << QList<Warning> {};
        QTest::newRow("port range inside a wider operator")
            << head + u"pass in proto tcp to port 1000:2000\nblock in proto tcp to port > 999\n"_s
            << QList<Warning> {{3, u"later rule at line 4"_s}};
        QTest::newRow("exclusive range does not cover its ends") << head
                + u"pass in proto tcp to port 1000:2000\nblock in proto tcp to port 1000 >< 2000\n"_s
                                                                 << QList<Warning> {};
        QTest::newRow("port list covered by a range")
            << head
                + u"pass in proto tcp to port { 80, 443 }\nblock in proto tcp to port 1:1024\n"_s
            << QList<Warning> {{3, u"later rule at line 4"_s}};
        QTest::newRow("a block without flags covers a pass with S/SA")
            << head + u"pass in proto tcp\nblock in proto tcp\n"_s
            << QList<Warning> {{3, u"later rule at line 4"_s}};
        QTest::newRow("a pass with S/SA does not cover a block")
            << head + u"block in proto tcp\npass in proto tcp\n"_s << QList<Warning> {};
        QTest::newRow("interface group covers its member")
            << head + u"pass in on bridge0 proto udp\nblock in on bridge proto udp\n"_s
            << QList<Warning> {{3, u"later rule at line 4"_s}};
        QTest::newRow("different direction")
            << head + u"pass in proto udp\nblock out proto udp\n"_s << QList<Warning> {};
        QTest::newRow("protocol list")
            << head + u"pass in proto udp to port 53\nblock in proto { tcp, udp }\n"_s
            << QList<Warning> {{3, u"later rule at line 4"_s}};
        QTest::newRow("a later match rule decides nothing")
            << head + u"pass in proto udp\nmatch in proto udp\n"_s << QList<Warning> {};
        QTest::newRow("probability makes a rule uncertain")
            << head + u"pass in proto udp\nblock in proto udp probability 50%\n"_s
            << QList<Warning> {};
        QTest::newRow("anchor body checked on its own")
            << head
                + u"anchor \"a\" {\n  pass in quick proto udp\n  pass in proto udp to port 53\n}\n"_s
            << QList<Warning> {{5, u"quick rule at line 4"_s}};
        QTest::newRow("first rdr shadows an equal one")
            << head
                + u"rdr on em0 proto tcp to port 80 -> 10.0.0.10\nrdr on em0 proto tcp to port 80 -> 10.0.0.11\n"_s
            << QList<Warning> {{4, u"rdr rule at line 3"_s}};
        QTest::newRow("rdr of a narrower source after a wider one")
            << head
                + u"rdr on em0 proto tcp to port 80 -> 10.0.0.10\nno rdr on em0 proto tcp from 192.0.2.1 to port 80\n"_s
            << QList<Warning> {{4, u"rdr rule at line 3"_s}};

        QTest::newRow("unused macro")
            << u"unused = \"10.0.0.1\"\next_if = \"em0\"\n"_s + head + u"pass in on $ext_if\n"_s
            << QList<Warning> {{1, u"macro unused is defined but not used"_s}};
        QTest::newRow("macro used by another macro") << u"a = \"10.0.0.1\"\nb = \"{ $a }\"\n"_s
                + head + u"pass in from $b\n"_s << QList<Warning> {};
        QTest::newRow("unused table")
            << u"table <spare> { 10.0.0.1 }\n"_s + head << QList<Warning> {{1, u"table <spare>"_s}};
        QTest::newRow("undefined table")
            << head + u"block in from <missing>\n"_s
            << QList<Warning> {{3, u"table <missing> is not defined"_s}};
        QTest::newRow("overload creates its table") << head
                + u"pass in proto tcp keep state (max-src-conn 10, overload <abusers> flush)\nblock in quick from <abusers>\n"_s
                                                    << QList<Warning> {};

        QTest::newRow("rdr on an unknown interface")
            << head + u"rdr on em5 proto tcp to port 80 -> 10.0.0.10\n"_s
            << QList<Warning> {{3, u"no interface or interface group em5"_s}};
        QTest::newRow("rdr to an address on no network of the host")
            << head + u"rdr on em0 proto tcp to port 80 -> 172.16.9.9\n"_s
            << QList<Warning> {{3, u"rdr target 172.16.9.9"_s}};
        QTest::newRow("nat to an address the host does not have")
            << head + u"nat on em0 from 10.0.0.0/24 to any -> 203.0.113.77\n"_s
            << QList<Warning> {{3, u"nat target 203.0.113.77"_s}};
        QTest::newRow("nat to an unknown interface")
            << head + u"nat on em0 from 10.0.0.0/24 to any -> (em9)\n"_s
            << QList<Warning> {{3, u"no interface or interface group em9"_s}};
        QTest::newRow("nat and rdr the host can do") << head
                + u"nat on em0 from 10.0.0.0/24 to any -> (em0)\nrdr on em0 proto tcp to (em0) port 80 -> 10.0.0.10\n"_s
                                                     << QList<Warning> {};

        QTest::newRow("no default block") << u"set skip on lo0\npass in proto tcp to port 22\n"_s
                                          << QList<Warning> {{2, u"no default block rule"_s}};
        QTest::newRow("block in all is a default block")
            << u"set skip on lo0\nblock return in all\npass out all\n"_s << QList<Warning> {};
        QTest::newRow("block on one interface is not")
            << u"set skip on lo0\nblock in on em0 all\n"_s
            << QList<Warning> {{2, u"no default block rule"_s}};
        QTest::newRow("no set skip on lo0")
            << u"block all\npass out all\n"_s << QList<Warning> {{1, u"set skip on lo0"_s}};
        QTest::newRow("set skip on the lo group")
            << u"set skip on lo\nblock all\n"_s << QList<Warning> {};
    }

    void lint()
    {
        QFETCH(QString, rules);
        QFETCH(QList<Warning>, expected);
        const PfDocument document = PfDocument::parse(rules, u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        QVERIFY2(!ruleset.hasErrors(), qPrintable(errorsOf(ruleset)));
        const QList<Diagnostic> warnings = PfLinter::lint(document, ruleset, hostInterfaces());
        QStringList printed;
        for (const Diagnostic &warning : warnings)
            printed.append(warning.toString());
        QCOMPARE(warnings.size(), expected.size());
        for (qsizetype i = 0; i < warnings.size(); ++i) {
            QCOMPARE(warnings[i].severity, Diagnostic::Severity::Warning);
            QCOMPARE(warnings[i].file, u"pf.conf"_s);
            QCOMPARE(warnings[i].line, expected[i].line);
            QVERIFY2(warnings[i].column >= 1, qPrintable(printed[i]));
            QVERIFY2(warnings[i].message.contains(expected[i].text), qPrintable(printed[i]));
        }
    }

    void column()
    {
        const QString rules =
            u"set skip on lo0\nblock all\n  rdr on em7 proto tcp -> 10.0.0.10\n"_s;
        const PfDocument document = PfDocument::parse(rules, u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        const QList<Diagnostic> warnings = PfLinter::lint(document, ruleset, hostInterfaces());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().toString(),
                 u"pf.conf:3:10: warning: the host has no interface or interface group em7"_s);
    }

    void undefinedMacro()
    {
        // pfctl rejects an undefined macro; either the parser or the linter names it, once.
        const QString rules = u"set skip on lo0\nblock all\npass in on $nothere\n"_s;
        const PfDocument document = PfDocument::parse(rules, u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        QList<Diagnostic> all = ruleset.diagnostics;
        all += PfLinter::lint(document, ruleset);
        int mentions = 0;
        for (const Diagnostic &diagnostic : all) {
            if (diagnostic.message.contains(u"nothere"_s)) {
                ++mentions;
                QCOMPARE(diagnostic.line, 3);
            }
        }
        QCOMPARE(mentions, 1);
    }

    void withoutTopology()
    {
        const QString rules = u"set skip on lo0\nblock all\nrdr on em5 proto tcp -> 172.16.9.9\n"_s;
        const PfDocument document = PfDocument::parse(rules, u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        QVERIFY(PfLinter::lint(document, ruleset).isEmpty());
    }

    void demoHost()
    {
        const QString path =
            QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host/etc/pf.conf");
        if (!QFileInfo::exists(path))
            QSKIP("resources/demo-host/etc/pf.conf is missing");
        const std::optional<SourceFile> source = SourceFile::read(path);
        QVERIFY(source);
        const PfDocument document = PfDocument::parse(source->text(), path);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        const QList<Diagnostic> warnings = PfLinter::lint(document, ruleset, hostInterfaces());
        // The demo defines app_ip for documentation and never uses it; nothing else is wrong.
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().line, lineOf(source->text(), u"app_ip ="_s));
        QVERIFY(warnings.first().message.contains(u"app_ip"_s));
    }

    void realFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus/real-pf-conf");
        if (!QFileInfo::exists(dir))
            QSKIP("the real-world pf.conf corpus (../shared/corpus/real-pf-conf) is missing");
        for (const QString &file : QDir(dir).entryList({u"*.conf"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << dir + u'/' + file;
    }

    // Real files: every warning points into the file and names what it is about.
    void realFiles()
    {
        QFETCH(QString, path);
        const std::optional<SourceFile> source = SourceFile::read(path);
        QVERIFY(source);
        const PfDocument document = PfDocument::parse(source->text(), path);
        const PfRuleset ruleset = PfRuleset::fromDocument(document);
        const int lineCount = int(source->text().count(u'\n')) + 1;
        for (const Diagnostic &warning : PfLinter::lint(document, ruleset)) {
            QCOMPARE(warning.file, path);
            QVERIFY2(warning.line >= 1 && warning.line <= lineCount,
                     qPrintable(warning.toString()));
            QVERIFY(!warning.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPfLinter)
#include "tst_pflinter.moc"
