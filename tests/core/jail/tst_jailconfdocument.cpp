#include "jail/jailconfdocument.h"
#include "jail/jailconfdocumentset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString corpus = QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus");

// Files SOURCES.md marks as not loadable by jail(8), with its reason.
const QHash<QString, QString> invalidFiles = {
    {u"real-jail-conf/021.conf"_s, u"SOURCES.md: LIKELY INVALID, missing semicolons"_s},
    {u"freebsd-jail/rcjail.xxx.conf"_s,
     u"SOURCES.md: legacy rc.conf(5) style, not jail.conf syntax"_s},
};

QString messages(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(u'\n');
}

// A file in the seeds' style with a bit of everything: statements outside
// sections, a wildcard, comments above sections, two sections on one line.
const QString editedBase = u"# /etc/jail.conf\n"
                           "exec.start = \"/bin/sh /etc/rc\";\n"
                           "exec.clean;\n"
                           "$bridge = \"bridge0\";\n"
                           "\n"
                           "* {\n"
                           "    allow.raw_sockets;\n"
                           "}\n"
                           "\n"
                           "# jail web\n"
                           "web {\n"
                           "    host.hostname = \"web.local\";\n"
                           "    path = \"/jails/web\";\n"
                           "    vnet;\n"
                           "    exec.prestart = \"ifconfig $bridge addm epair1a\";\n"
                           "}\n"
                           "\n"
                           "# jail db\n"
                           "db {\n"
                           "    path = '/jails/db';\n"
                           "}\n"
                           "\n"
                           "last {\n"
                           "    path = \"/jails/last\";\n"
                           "}\n"
                           "\n"
                           "cache { path = /jails/cache; } other { path = /jails/other; }\n"_s;

// Replaces the first `from[i]` by `to[i]`, as edits of `text`.
QList<TextEdit> replacements(const QString &text, const QStringList &from, const QStringList &to)
{
    QList<TextEdit> edits;
    for (qsizetype i = 0; i < from.size(); ++i) {
        const qsizetype at = from[i].isEmpty() ? text.size() : text.indexOf(from[i]);
        edits.append({{at, at + from[i].size()}, to[i]});
    }
    return edits;
}

} // namespace

class TestJailConfDocument : public QObject
{
    Q_OBJECT

private slots:
    // Every jail.conf of the corpus, the seeds and the demo host loads and
    // writes back byte for byte; the ones jail(8) rejects still round-trip.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        if (!QDir(corpus).exists())
            QSKIP("the shared corpus (../shared/corpus) is missing");
        for (const QString &folder : {u"real-jail-conf"_s, u"freebsd-jail"_s}) {
            const QDir dir(corpus + u'/' + folder);
            for (const QString &name : dir.entryList({u"*.conf"_s}, QDir::Files, QDir::Name)) {
                const QString key = folder + u'/' + name;
                QTest::newRow(qPrintable(key)) << dir.filePath(name) << !invalidFiles.contains(key);
            }
        }
        const QDir seeds(QStringLiteral(JAILWRIGHT_TEST_DATA "/seeds"));
        for (const QString &name : seeds.entryList({u"*.conf"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(u"seeds/"_s + name)) << seeds.filePath(name) << true;
        QTest::newRow("demo-host")
            << QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host/etc/jail.conf") << true;
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const JailConfDocument document =
            JailConfDocument::parse(SourceFile::fromBytes(path, bytes));
        QCOMPARE(document.toBytes(), bytes);
        QCOMPARE(document.toText(), document.text());
        if (valid)
            QVERIFY2(!document.hasErrors(), qPrintable(messages(document.diagnostics())));
        else
            QVERIFY(document.hasErrors());
    }

    // Errors name line, column and what was expected (columns are 1-based).
    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing semicolon")
            << u"a {\n  x = 1\n  y = 2;\n}\n"_s << 2 << 8 << u"expected ';' or ','"_s;
        QTest::newRow("two values without comma")
            << u"a b c;\n"_s << 1 << 4 << u"expected ';' or ','"_s;
        QTest::newRow("unterminated string")
            << u"x = \"abc;\n"_s << 1 << 5 << u"unterminated string"_s;
        QTest::newRow("unterminated comment")
            << u"x;\n/* abc\n"_s << 2 << 1 << u"unterminated comment"_s;
        QTest::newRow("unterminated variable")
            << u"x = \"${abc\";\n"_s << 1 << 6 << u"unterminated variable"_s;
        QTest::newRow("no value after =")
            << u"x = ;\n"_s << 1 << 5 << u"expected a value after '='"_s;
        QTest::newRow("no value after +=")
            << u"a {\n\tx += }\n"_s << 2 << 7 << u"expected a value after '+='"_s;
        QTest::newRow("no value after comma")
            << u"ip4.addr = a, ;\n"_s << 1 << 15 << u"expected a value after ','"_s;
        QTest::newRow("stray close brace") << u"x;\n}\n"_s << 2 << 1 << u"unexpected '}'"_s;
        QTest::newRow("unclosed at end")
            << u"a {\n x;\n"_s << 3 << 1 << u"expected '}' to close jail \"a\""_s;
        QTest::newRow("unclosed before next jail")
            << u"a {\n x;\nb {\n y;\n}\n"_s << 3 << 1 << u"expected '}' to close jail \"a\""_s;
        QTest::newRow("operator first") << u"= 1;\n"_s << 1 << 1 << u"expected a parameter"_s;
        QTest::newRow("non-ASCII character")
            << u"x = \u00e9;\n"_s << 1 << 5 << u"unexpected character"_s;
        QTest::newRow("include in a jail")
            << u"a {\n .include \"x\";\n}\n"_s << 2 << 2 << u"only allowed outside"_s;
        QTest::newRow("include with variable")
            << u".include \"$dir/x\";\n"_s << 1 << 10 << u"cannot contain variables"_s;
        QTest::newRow("variable in jail name")
            << u"$x { y; }\n"_s << 1 << 1 << u"cannot contain variables"_s;
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const JailConfDocument document = JailConfDocument::parse(u"/etc/jail.conf"_s, text);
        QVERIFY(document.hasErrors());
        const Diagnostic first = document.diagnostics().first();
        QCOMPARE(first.file, u"/etc/jail.conf"_s);
        QCOMPARE(first.line, line);
        QCOMPARE(first.column, column);
        QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
        QCOMPARE(document.toText(), text);
    }

    // One bad statement or section does not hide the rest of the file.
    void errorRecovery()
    {
        const QString text =
            u"a {\n  x = 1\n  y = \"2;\n}\nb {\n  z = 3;\n}\nc { w = ; }\nd { v; }\n"_s;
        const JailConfDocument document = JailConfDocument::parse(u"f"_s, text);
        QVERIFY(document.hasErrors());
        QStringList names;
        for (const JailConfSection &section : document.sections())
            names.append(section.name);
        QCOMPARE(names, (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        const JailConfSection &b = document.sections()[1];
        QCOMPARE(b.statementCount, 1);
        QCOMPARE(document.statements()[b.firstStatement].name, u"z"_s);
        QCOMPARE(document.statements()[document.sections()[3].firstStatement].name, u"v"_s);
        QCOMPARE(document.toText(), text);
    }

    // jaillex.l: quoting, escapes (text2lval()) and variables inside values.
    void values_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unquoted");
        QTest::addColumn<int>("quoting");
        QTest::addColumn<bool>("variables");
        using Q = JailConfValue::Quoting;
        QTest::newRow("bare") << u"/usr/local"_s << u"/usr/local"_s << int(Q::None) << false;
        QTest::newRow("double") << u"\"a b\""_s << u"a b"_s << int(Q::Double) << false;
        QTest::newRow("single keeps $") << u"'$x'"_s << u"$x"_s << int(Q::Single) << false;
        QTest::newRow("variable in double")
            << u"\"$x/y\""_s << u"${x}/y"_s << int(Q::Double) << true;
        QTest::newRow("braced variable bare")
            << u"${epair}a"_s << u"${epair}a"_s << int(Q::None) << true;
        QTest::newRow("dotted braced variable")
            << u"\"/j/${host.hostname}\""_s << u"/j/${host.hostname}"_s << int(Q::Double) << true;
        QTest::newRow("escape in a braced variable name")
            << u"\"${ep\\air}a\""_s << u"${epair}a"_s << int(Q::Double) << true;
        QTest::newRow("escapes") << u"\"\\t\\x41\\101\\q\""_s << u"\tAAq"_s << int(Q::Double)
                                 << false;
        QTest::newRow("escapes in single quotes")
            << u"'a\\'b'"_s << u"a'b"_s << int(Q::Single) << false;
        QTest::newRow("backslash newline")
            << u"foo\\\nbar"_s << u"foobar"_s << int(Q::None) << false;
        QTest::newRow("quoted newline continuation")
            << u"\"foo\\\nbar\""_s << u"foobar"_s << int(Q::Double) << false;
        QTest::newRow("mixed") << u"'a'\"b\"c"_s << u"abc"_s << int(Q::Mixed) << false;
        QTest::newRow("lone dollar") << u"\"$\""_s << u"$"_s << int(Q::Double) << false;
        QTest::newRow("dollar digit") << u"\"$1\""_s << u"$1"_s << int(Q::Double) << false;
        QTest::newRow("empty") << u"\"\""_s << QString() << int(Q::Double) << false;
        QTest::newRow("star and plus") << u"a*b+c"_s << u"a*b+c"_s << int(Q::None) << false;
        QTest::newRow("escaped quote") << u"\"x\\\"y\""_s << u"x\"y"_s << int(Q::Double) << false;
        QTest::newRow("pipe address")
            << u"lo1|10.0.0.1/24"_s << u"lo1|10.0.0.1/24"_s << int(Q::None) << false;
    }
    void values()
    {
        QFETCH(QString, value);
        QFETCH(QString, unquoted);
        QFETCH(int, quoting);
        QFETCH(bool, variables);
        const QString text = u"p = "_s + value + u";\n"_s;
        const JailConfDocument document = JailConfDocument::parse(u"f"_s, text);
        QVERIFY2(!document.hasErrors(), qPrintable(messages(document.diagnostics())));
        QCOMPARE(document.statements().size(), 1);
        const JailConfValue &parsed = document.statements().first().values.first();
        QCOMPARE(parsed.unquoted(), unquoted);
        QCOMPARE(int(parsed.quoting), quoting);
        QCOMPARE(parsed.hasVariables(), variables);
        QCOMPARE(document.textOf(parsed.span), QStringView(value));
    }

    // `//` starts a comment even inside an unquoted word (jaillex.l's longest match).
    void commentsEndWords()
    {
        const JailConfDocument document =
            JailConfDocument::parse(u"f"_s, u"path = /usr//local\n;\nx = a#b\n;/* c */y;"_s);
        QVERIFY(!document.hasErrors());
        QCOMPARE(document.statements().size(), 3);
        QCOMPARE(document.statements()[0].values.first().unquoted(), u"/usr"_s);
        QCOMPARE(document.statements()[1].values.first().unquoted(), u"a"_s);
        QCOMPARE(document.statements()[2].name, u"y"_s);
    }

    // jailparse.y: `name value` without '=', lists, `+=`, booleans, variables.
    void statements()
    {
        const QString text =
            u"# top\nexec.clean;\nip4.addr = 10.0.0.1, \"10.0.0.2\";\n$dir = /j;\n"
            "web {\n    path \"$dir/web\";\n    allow.nomount;\n    exec.start += 'x';\n}\n"_s;
        const JailConfDocument document = JailConfDocument::parse(u"f"_s, text);
        QVERIFY(!document.hasErrors());
        const auto &statements = document.statements();
        QCOMPARE(statements.size(), 6);
        QCOMPARE(document.globalStatements(), (QList<int> {0, 1, 2}));
        QCOMPARE(statements[0].op, JailConfStatement::Operator::None);
        QVERIFY(statements[0].values.isEmpty());
        QCOMPARE(statements[0].line, 2);
        QCOMPARE(statements[1].values.size(), 2);
        QCOMPARE(statements[1].values[1].unquoted(), u"10.0.0.2"_s);
        QCOMPARE(statements[2].kind, JailConfStatement::Kind::Variable);
        QCOMPARE(statements[2].name, u"dir"_s);
        QCOMPARE(statements[3].op, JailConfStatement::Operator::None);
        QCOMPARE(statements[3].values.first().unquoted(), u"${dir}/web"_s);
        QCOMPARE(statements[3].section, 0);
        QCOMPARE(statements[5].op, JailConfStatement::Operator::Append);
        QCOMPARE(document.textOf(statements[5].span), u"exec.start += 'x';");
        QCOMPARE(document.textOf(statements[5].lineSpan), u"    exec.start += 'x';\n");
        const JailConfSection &web = document.sections().first();
        QCOMPARE(web.name, u"web"_s);
        QCOMPARE(web.indentation, u"    "_s);
        QCOMPARE(web.line, 5);
        QCOMPARE(document.textOf(web.lineSpan), QStringView(text).sliced(text.indexOf(u"web {")));
        QCOMPARE(document.items().size(), 4);
        QCOMPARE(document.items().last(), (JailConfItem {JailConfItem::Kind::Section, 0}));
        QCOMPARE(document.statementsNamed(0, u"allow.nomount"), QList<int> {4});
    }

    void sectionComments()
    {
        const QString text = u"x;\n\n# Web server\n// front end\nweb {\n}\n\ndb { }\n"_s;
        const JailConfDocument document = JailConfDocument::parse(u"f"_s, text);
        QVERIFY(!document.hasErrors());
        QCOMPARE(document.textOf(document.sections()[0].leadingComments),
                 u"# Web server\n// front end\n");
        QVERIFY(document.sections()[1].leadingComments.isEmpty());
    }

    // jail.conf(5) "Wildcards" and jail.c wild_jail_name()/wild_jail_match().
    void wildcards_data()
    {
        QTest::addColumn<QString>("wildcard");
        QTest::addColumn<QString>("jail");
        QTest::addColumn<bool>("isWildcard");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star") << u"*"_s << u"web"_s << true << true;
        QTest::newRow("foo.* matches foo.bar") << u"foo.*"_s << u"foo.bar"_s << true << true;
        QTest::newRow("foo.* matches foo.bar.baz")
            << u"foo.*"_s << u"foo.bar.baz"_s << true << true;
        QTest::newRow("foo.* not foo") << u"foo.*"_s << u"foo"_s << true << false;
        QTest::newRow("foo.* not food.bar") << u"foo.*"_s << u"food.bar"_s << true << false;
        QTest::newRow("*.bar matches x.bar") << u"*.bar"_s << u"x.bar"_s << true << true;
        QTest::newRow("a*b is a name") << u"a*b"_s << u"a*b"_s << false << true;
    }
    void wildcards()
    {
        QFETCH(QString, wildcard);
        QFETCH(QString, jail);
        QFETCH(bool, isWildcard);
        QFETCH(bool, matches);
        const JailConfDocument document = JailConfDocument::parse(u"f"_s, wildcard + u" { }\n"_s);
        QVERIFY(!document.hasErrors());
        QCOMPARE(document.sections().first().name, wildcard);
        QCOMPARE(document.sections().first().isWildcard(), isWildcard);
        QCOMPARE(document.sections().first().matches(jail), matches);
    }

    // jail.conf(5) "Includes": globs relative to the including file, no match is fine.
    void includes()
    {
        const QHash<QString, QString> files = {
            {u"/etc/jail.conf"_s,
             u"a { }\n.include \"jail.conf.d/*.conf\";\n.include \"/nowhere/*.conf\";\nz { }\n"_s},
            {u"/etc/jail.conf.d/b.conf"_s, u"b { }\n.include \"../more.conf\";\n"_s},
            {u"/etc/jail.conf.d/a.conf"_s, u"c {\n"_s},
            {u"/etc/jail.conf.d/skip.txt"_s, u"nope"_s},
            {u"/etc/more.conf"_s, u"d { }\n"_s},
        };
        const JailConfDocumentSet set =
            JailConfDocumentSet::load(u"/etc/jail.conf"_s, JailConfReader::inMemory(files));
        QStringList paths;
        for (const JailConfDocument &document : set.documents())
            paths.append(document.path());
        QCOMPARE(paths,
                 (QStringList {u"/etc/jail.conf"_s, u"/etc/jail.conf.d/a.conf"_s,
                               u"/etc/jail.conf.d/b.conf"_s, u"/etc/more.conf"_s}));
        QCOMPARE(set.includedBy(0, 0), (QList<int> {1, 2}));
        QCOMPARE(set.includedBy(0, 1), QList<int>());
        QCOMPARE(set.includedBy(2, 0), QList<int> {3});
        const QList<Diagnostic> diagnostics = set.diagnostics();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().file, u"/etc/jail.conf.d/a.conf"_s);
    }

    // edited() parses again only the items an edit touches when it can; the
    // tree must be the one a parse of the whole edited text gives either way.
    void edited_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("from");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<bool>("partial"); // only some items were parsed again
        QTest::addColumn<bool>("jailsOnly"); // only sections of real jails were replaced
        QTest::newRow("value inside a section") << editedBase << QStringList {u"\"/jails/web\""_s}
                                                << QStringList {u"\"/www\""_s} << true << true;
        QTest::newRow("section added at the end")
            << editedBase << QStringList {QString()} << QStringList {u"\nnew {\n    vnet;\n}\n"_s}
            << true << true;
        QTest::newRow("section added in the middle")
            << editedBase << QStringList {u"\n# jail db"_s}
            << QStringList {u"\nnew {\n    vnet;\n}\n\n# jail db"_s} << true << true;
        QTest::newRow("section removed with its comment")
            << editedBase << QStringList {u"# jail db\ndb {\n    path = '/jails/db';\n}\n\n"_s}
            << QStringList {QString()} << true << true;
        QTest::newRow("section renamed") << editedBase << QStringList {u"db {"_s}
                                         << QStringList {u"database {"_s} << true << true;
        QTest::newRow("statement outside sections edited")
            << editedBase << QStringList {u"\"bridge0\""_s} << QStringList {u"\"bridge1\""_s}
            << true << false;
        QTest::newRow("wildcard section edited")
            << editedBase << QStringList {u"allow.raw_sockets"_s} << QStringList {u"allow.mount"_s}
            << true << false;
        QTest::newRow("section renamed to a wildcard")
            << editedBase << QStringList {u"db {"_s} << QStringList {u"* {"_s} << true << false;
        QTest::newRow("one edit across two sections")
            << editedBase
            << QStringList {u"vnet;\n    exec.prestart = \"ifconfig $bridge addm epair1a\";\n}\n\n"
                            "# jail db\ndb {"_s}
            << QStringList {u"vnet;\n}\n\ndb {"_s} << true << true;
        QTest::newRow("section split in two")
            << editedBase << QStringList {u"vnet;\n    exec.prestart"_s}
            << QStringList {u"vnet;\n}\nmid {\n    exec.prestart"_s} << true << true;
        QTest::newRow("edits in two sections")
            << editedBase << QStringList {u"web.local"_s, u"/jails/last"_s}
            << QStringList {u"www.local"_s, u"/j/last"_s} << true << true;
        QTest::newRow("comment line added above a section")
            << editedBase << QStringList {u"# jail db\n"_s}
            << QStringList {u"# jail db\n# more\n"_s} << true << true;
        QTest::newRow("edit before the first statement")
            << editedBase << QStringList {u"# /etc/jail.conf\n"_s}
            << QStringList {u"# jail.conf\n"_s} << true << false;
        QTest::newRow("section sharing its line with the next one: parsed whole")
            << editedBase << QStringList {u"/jails/cache"_s} << QStringList {u"/j/cache"_s} << false
            << false;
        QTest::newRow("syntax error: parsed whole")
            << editedBase << QStringList {u"\"/jails/web\";"_s} << QStringList {u"\"/jails/web\""_s}
            << false << false;
        QTest::newRow("unterminated comment: parsed whole")
            << editedBase << QStringList {u"    vnet;"_s} << QStringList {u"    /* vnet;"_s}
            << false << false;
        QTest::newRow("appended to a last line without newline")
            << u".include \"/etc/jail.d/*.conf\";"_s << QStringList {QString()}
            << QStringList {u" # more"_s} << true << false;
        QTest::newRow("new line after a statement on the last line")
            << u"a { x; }\nb = 1;"_s << QStringList {QString()} << QStringList {u"\nc { }\n"_s}
            << true << false;
    }
    void edited()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, from);
        QFETCH(QStringList, to);
        QFETCH(bool, partial);
        QFETCH(bool, jailsOnly);
        const JailConfDocument document = JailConfDocument::parse(u"/etc/jail.conf"_s, text);
        QVERIFY(!document.hasErrors());
        const QList<TextEdit> edits = replacements(text, from, to);
        std::optional<JailConfDocumentChange> change;
        const std::optional<JailConfDocument> edited = document.edited(edits, &change);
        QVERIFY(edited);
        const JailConfDocument whole =
            JailConfDocument::parse(u"/etc/jail.conf"_s, *applyTextEdits(text, edits));
        QCOMPARE(edited->text(), whole.text());
        QCOMPARE(edited->tokens(), whole.tokens());
        QCOMPARE(edited->statements(), whole.statements());
        QCOMPARE(edited->sections(), whole.sections());
        QCOMPARE(edited->items(), whole.items());
        QCOMPARE(edited->diagnostics(), whole.diagnostics());
        QCOMPARE(edited->valueStyle(), whole.valueStyle());
        QCOMPARE(edited->lineIndex().lineCount(), whole.lineIndex().lineCount());
        QCOMPARE(change.has_value(), partial);
        if (change) {
            QCOMPARE(change->onlyJailSections, jailsOnly);
            // What the change says was kept is where it says it moved to.
            for (int s = change->oldStatementEnd(); s < document.statements().size(); ++s) {
                const JailConfStatement &before = document.statements()[s];
                const JailConfStatement &after = edited->statements()[change->newStatementIndex(s)];
                QCOMPARE(after.nameSpan.begin, before.nameSpan.begin + change->offsetDelta);
                QCOMPARE(after.line, change->newLine(before.line));
            }
        }
    }

    void editsThatDoNotFit()
    {
        const JailConfDocument document = JailConfDocument::parse(u"/etc/jail.conf"_s, editedBase);
        std::optional<JailConfDocumentChange> change = JailConfDocumentChange();
        QVERIFY(!document.edited({{{5, 10}, u"x"_s}, {{8, 12}, u"y"_s}}, &change));
        QVERIFY(!change);
        QVERIFY(!document.edited({{{0, editedBase.size() + 1}, QString()}}));
    }

    void includeLoop()
    {
        const QHash<QString, QString> files = {
            {u"/etc/jail.conf"_s, u".include \"/etc/x.conf\";\n"_s},
            {u"/etc/x.conf"_s, u".include \"/etc/jail.conf\";\n"_s},
        };
        const JailConfDocumentSet set =
            JailConfDocumentSet::load(u"/etc/jail.conf"_s, JailConfReader::inMemory(files));
        QCOMPARE(set.documents().size(), 2);
        QVERIFY(set.hasErrors());
        QVERIFY(set.diagnostics().first().message.contains(u"include loop"));
        QCOMPARE(set.diagnostics().first().file, u"/etc/x.conf"_s);
    }

    // The default reader: the local file system, globs in folder names too.
    void fileSystemReader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"conf.d/x"_s));
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(u"jail.conf"_s, ".include \"conf.d/*/*.conf\";\n.include \"jail[.]conf.local\";\n");
        write(u"conf.d/x/one.conf"_s, "one { }\n");
        write(u"jail.conf.local"_s, "two { }\n");
        const JailConfDocumentSet set = JailConfDocumentSet::load(dir.filePath(u"jail.conf"_s));
        QVERIFY2(!set.hasErrors(), qPrintable(messages(set.diagnostics())));
        QCOMPARE(set.documents().size(), 3);
        QCOMPARE(set.documents()[1].path(), dir.filePath(u"conf.d/x/one.conf"_s));
        QCOMPARE(set.documents()[2].sections().first().name, u"two"_s);
    }

    void unreadableRoot()
    {
        const JailConfDocumentSet set = JailConfDocumentSet::load(u"/nonexistent/jail.conf"_s);
        QVERIFY(set.isEmpty());
        QVERIFY(set.hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestJailConfDocument)
#include "tst_jailconfdocument.moc"
