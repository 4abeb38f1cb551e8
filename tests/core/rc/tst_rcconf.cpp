#include "rc/rcconfdocument.h"
#include "rc/rcconfiguration.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString applied(const QString &text, const QList<TextEdit> &edits)
{
    return applyTextEdits(text, edits).value_or(u"<overlapping edits>"_s);
}

} // namespace

// rc.conf(5) is a sh(1) script; these cases follow sh's quoting rules and
// sysrc(8)'s way of editing (bsdconfig's sysrc.subr f_sysrc_set/f_sysrc_delete).
class TestRcConf : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("double quotes") << u"a=\"x y\"\n"_s << u"a"_s << u"x y"_s;
        QTest::newRow("single quotes keep $") << u"a='$b c'\n"_s << u"a"_s << u"$b c"_s;
        QTest::newRow("bare word") << u"gateway_enable=YES\n"_s << u"gateway_enable"_s << u"YES"_s;
        QTest::newRow("last assignment wins")
            << u"a=\"1\"\n# a=\"2\"\na=\"3\" # comment\n"_s << u"a"_s << u"3"_s;
        QTest::newRow("expansion of earlier value")
            << u"jail_list=\"a\"\njail_list=\"$jail_list b\"\n"_s << u"jail_list"_s << u"a b"_s;
        QTest::newRow("braced expansion")
            << u"x=\"em0\"\nifconfig_${x}=1\ny=\"${x}bridge\"\n"_s << u"y"_s << u"em0bridge"_s;
        QTest::newRow("escapes in double quotes")
            << u"a=\"say \\\"hi\\\" \\$HOME\"\n"_s << u"a"_s << u"say \"hi\" $HOME"_s;
        QTest::newRow("two assignments on one line") << u"a=1 b=\"$a 2\"\n"_s << u"b"_s << u"1 2"_s;
        QTest::newRow("semicolon separated") << u"a=1; b=2;\n"_s << u"b"_s << u"2"_s;
        QTest::newRow("value across lines") << u"cloned_interfaces=\"bridge0\n  bridge1\"\n"_s
                                            << u"cloned_interfaces"_s << u"bridge0\n  bridge1"_s;
        QTest::newRow("backslash newline continues") << u"kld_list=\"if_bridge \\\nif_epair\"\n"_s
                                                     << u"kld_list"_s << u"if_bridge if_epair"_s;
        QTest::newRow("empty value") << u"a=1\na=\n"_s << u"a"_s << QString();
        QTest::newRow("no newline at end") << u"a=\"x\""_s << u"a"_s << u"x"_s;
    }
    void values()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const RcConfiguration configuration({RcConfDocument::fromText(u"rc.conf"_s, text)});
        QVERIFY(configuration.contains(name));
        QTEST(configuration.value(name), "value");
    }

    void notInterpreted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("command substitution")
            << u"a=1\nhostname=`cat /etc/myname`\n"_s << 2 << 10 << u"needs sh(1)"_s;
        QTest::newRow("a command") << u"a=1\n  echo hello\n"_s << 2 << 3 << u"command is ignored"_s;
        QTest::newRow("default expansion") << u"b=\"${a:-x}\"\n"_s << 1 << 3 << u"needs sh(1)"_s;
    }
    void notInterpreted()
    {
        QFETCH(QString, text);
        const RcConfDocument document = RcConfDocument::fromText(u"/etc/rc.conf"_s, text);
        QCOMPARE(document.diagnostics().size(), 1);
        const Diagnostic diagnostic = document.diagnostics().first();
        QCOMPARE(diagnostic.severity, Diagnostic::Severity::Warning);
        QCOMPARE(diagnostic.file, u"/etc/rc.conf"_s);
        QTEST(diagnostic.line, "line");
        QTEST(diagnostic.column, "column");
        QFETCH(QString, message);
        QVERIFY2(diagnostic.message.contains(message), qPrintable(diagnostic.message));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated double quote")
            << u"a=1\nifconfig_em0=\"inet 10.0.0.1/24\n"_s
            << u"rc.conf:2:14: error: unterminated double-quoted string"_s;
        QTest::newRow("unterminated single quote")
            << u"  b='x\n"_s << u"rc.conf:1:5: error: unterminated single-quoted string"_s;
        QTest::newRow("unterminated braces")
            << u"c=\"${x\"\n"_s << u"rc.conf:1:4: error: unterminated ${...} expansion"_s;
    }
    void syntaxErrors()
    {
        QFETCH(QString, text);
        const RcConfDocument document = RcConfDocument::fromText(u"rc.conf"_s, text);
        QVERIFY(!document.diagnostics().isEmpty());
        QTEST(document.diagnostics().first().toString(), "expected");
    }

    void realFilesRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("demo host")
            << QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host/etc/rc.conf");
        QTest::newRow("demo jail") << QStringLiteral(
            JAILWRIGHT_SOURCE_DIR "/resources/demo-host/jails/running/postgres/etc/rc.conf");
        QTest::newRow("corpus rc.conf.jails")
            << QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus/freebsd-jail/rc.conf.jails");
    }
    void realFilesRoundTrip()
    {
        QFETCH(QString, path);
        if (!QFileInfo::exists(path))
            QSKIP(qPrintable(u"missing test file %1"_s.arg(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const RcConfDocument document(SourceFile::fromBytes(path, bytes));
        QCOMPARE(document.file().toBytes(), bytes);
        for (const Diagnostic &diagnostic : document.diagnostics())
            QVERIFY2(!diagnostic.isError(), qPrintable(diagnostic.toString()));
        QVERIFY(!document.assignments().isEmpty());
        // Removing a variable and setting it back the way it was written changes nothing
        // but that line.
        const RcAssignment first = document.assignments().first();
        const QString without = applied(document.text(), document.removeVariableEdits(first.name));
        QVERIFY(!without.contains(
            document.text().sliced(first.statementSpan.begin, first.statementSpan.length())));
    }

    void demoHostValues()
    {
        const QString etc = QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host/etc");
        const RcConfiguration configuration = RcConfiguration::load(etc);
        QCOMPARE(configuration.documents().size(), 1);
        QCOMPARE(configuration.words(u"cloned_interfaces"_s),
                 (QStringList {u"bridge0"_s, u"bridge1"_s}));
        QCOMPARE(configuration.value(u"ifconfig_bridge1"_s), u"inet 10.0.1.1/24 up"_s);
        QVERIFY(configuration.isYes(u"gateway_enable"_s));
        QVERIFY(!configuration.isYes(u"ipv6_gateway_enable"_s));
        const auto location = configuration.lastAssignment(u"defaultrouter"_s);
        QVERIFY(location.assignment);
        QCOMPARE(location.assignment->line, 7);
    }

    void setValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("nearNames");
        QTest::addColumn<QString>("expected");
        QTest::newRow("replace in place, comment kept")
            << u"a=\"1\"\ngateway_enable=\"NO\"\t# for jails\nb=2\n"_s << u"gateway_enable"_s
            << u"YES"_s << QStringList()
            << u"a=\"1\"\ngateway_enable=\"YES\"\t# for jails\nb=2\n"_s;
        QTest::newRow("only the last assignment changes")
            << u"pf_enable=\"NO\"\npf_enable=\"NO\"\n"_s << u"pf_enable"_s << u"YES"_s
            << QStringList() << u"pf_enable=\"NO\"\npf_enable=\"YES\"\n"_s;
        QTest::newRow("single quotes stay")
            << u"x='a'\n"_s << u"x"_s << u"b c"_s << QStringList() << u"x='b c'\n"_s;
        QTest::newRow("bare word stays bare")
            << u"x=NO\n"_s << u"x"_s << u"YES"_s << QStringList() << u"x=YES\n"_s;
        QTest::newRow("bare word gets quotes when needed")
            << u"x=NO\n"_s << u"x"_s << u"inet 10.0.0.1/24"_s << QStringList()
            << u"x=\"inet 10.0.0.1/24\"\n"_s;
        QTest::newRow("special characters escaped")
            << u"x=\"\"\n"_s << u"x"_s << u"a\"$b"_s << QStringList() << u"x=\"a\\\"\\$b\"\n"_s;
        QTest::newRow("append at the end")
            << u"hostname=\"h\"\nsshd_enable=\"YES\"\n"_s << u"pf_enable"_s << u"YES"_s
            << QStringList() << u"hostname=\"h\"\nsshd_enable=\"YES\"\npf_enable=\"YES\"\n"_s;
        QTest::newRow("append after a missing final newline")
            << u"a=\"1\""_s << u"b"_s << u"2"_s << QStringList() << u"a=\"1\"\nb=\"2\"\n"_s;
        QTest::newRow("append in the file's quote style")
            << u"a='1'\nb='2'\n"_s << u"c"_s << u"3"_s << QStringList()
            << u"a='1'\nb='2'\nc='3'\n"_s;
        QTest::newRow("append next to related lines")
            << u"ifconfig_bridge0=\"inet 10.0.0.1/24\"\n\nsshd_enable=\"YES\"\n"_s
            << u"ifconfig_bridge1"_s << u"inet 10.0.1.1/24"_s << QStringList {u"ifconfig_bridge0"_s}
            << u"ifconfig_bridge0=\"inet 10.0.0.1/24\"\nifconfig_bridge1=\"inet 10.0.1.1/24\"\n\nsshd_enable=\"YES\"\n"_s;
        QTest::newRow("expression is not rewritten, a new assignment follows")
            << u"jail_list=$other\n"_s << u"jail_list"_s << u"a"_s << QStringList()
            << u"jail_list=$other\njail_list=\"a\"\n"_s;
    }
    void setValue()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QStringList, nearNames);
        const RcConfDocument document = RcConfDocument::fromText(u"rc.conf"_s, text);
        const QString result = applied(text, document.setValueEdits(name, value, nearNames));
        QTEST(result, "expected");
        const RcConfiguration after({RcConfDocument::fromText(u"rc.conf"_s, result)});
        QCOMPARE(after.value(name), value);
    }

    void removeVariable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole lines, every assignment")
            << u"a=1\npf_enable=\"YES\" # on\nb=2\n pf_enable=NO\n"_s << u"a=1\nb=2\n"_s;
        QTest::newRow("shares its line") << u"a=1; pf_enable=YES; b=2\n"_s << u"a=1; b=2\n"_s;
        QTest::newRow("last on the line") << u"a=1 pf_enable=YES\n"_s << u"a=1 \n"_s;
        QTest::newRow("last line without newline") << u"a=1\npf_enable=YES"_s << u"a=1\n"_s;
    }
    void removeVariable()
    {
        QFETCH(QString, text);
        const RcConfiguration configuration({RcConfDocument::fromText(u"rc.conf"_s, text)});
        const QList<DocumentEdit> edits = configuration.removeVariable(u"pf_enable"_s);
        QCOMPARE(edits.size(), 1);
        QTEST(applied(text, edits.first().edits), "expected");
    }

    void listWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("add");
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("expected");
        QTest::newRow("add inside the quotes")
            << u"kld_list=\"if_bridge\" # modules\n"_s << u"if_bridge if_epair"_s << QString()
            << u"kld_list=\"if_bridge if_epair\" # modules\n"_s;
        QTest::newRow("add to an empty list")
            << u"kld_list=\"\"\n"_s << u"if_epair"_s << QString() << u"kld_list=\"if_epair\"\n"_s;
        QTest::newRow("add to a missing list") << u"a=1\n"_s << u"if_bridge if_epair"_s << QString()
                                               << u"a=1\nkld_list=\"if_bridge if_epair\"\n"_s;
        QTest::newRow("already there: nothing")
            << u"kld_list=\"if_epair if_bridge\"\n"_s << u"if_bridge"_s << QString()
            << u"kld_list=\"if_epair if_bridge\"\n"_s;
        QTest::newRow("remove from the middle") << u"kld_list=\"a if_bridge b\"\n"_s << QString()
                                                << u"if_bridge"_s << u"kld_list=\"a b\"\n"_s;
        QTest::newRow("remove the last word") << u"kld_list=\"a if_bridge\"\n"_s << QString()
                                              << u"if_bridge"_s << u"kld_list=\"a\"\n"_s;
        QTest::newRow("remove a word that only matches in part")
            << u"kld_list=\"if_bridge2 if_bridge\"\n"_s << QString() << u"if_bridge"_s
            << u"kld_list=\"if_bridge2\"\n"_s;
        QTest::newRow("expanded list is rewritten whole")
            << u"x=\"a\"\nkld_list=\"$x b\"\n"_s << QString() << u"a"_s
            << u"x=\"a\"\nkld_list=\"b\"\n"_s;
    }
    void listWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, add);
        QFETCH(QString, remove);
        const RcConfiguration configuration({RcConfDocument::fromText(u"rc.conf"_s, text)});
        const auto edit = remove.isEmpty() ? configuration.addWords(u"kld_list"_s, add.split(u' '))
                                           : configuration.removeWord(u"kld_list"_s, remove);
        QTEST(edit ? applied(text, edit->edits) : text, "expected");
    }

    void severalFilesInRcOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QDir(dir.path()).mkpath(QFileInfo(dir.filePath(name)).path());
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(u"rc.conf"_s, "jail_list=\"a\"\npf_enable=\"YES\"\n");
        write(u"rc.conf.local"_s, "jail_list=\"$jail_list b\"\n");
        write(u"rc.conf.d/jail"_s, "jail_enable=\"YES\"\n");
        write(u"rc.conf.d/netif/bridges"_s, "cloned_interfaces=\"bridge0\"\npf_enable=\"NO\"\n");
        const QStringList files = RcConfiguration::files(dir.path());
        QCOMPARE(files,
                 (QStringList {dir.filePath(u"rc.conf"_s), dir.filePath(u"rc.conf.local"_s),
                               dir.filePath(u"rc.conf.d/jail"_s),
                               dir.filePath(u"rc.conf.d/netif/bridges"_s)}));
        const RcConfiguration configuration = RcConfiguration::load(dir.path());
        QCOMPARE(configuration.value(u"jail_list"_s), u"a b"_s);
        QVERIFY(!configuration.isYes(u"pf_enable"_s));
        // sysrc edits the file holding the last assignment...
        const auto edit = configuration.addWords(u"jail_list"_s, {u"c"_s});
        QVERIFY(edit);
        QCOMPARE(edit->path, dir.filePath(u"rc.conf.local"_s));
        QCOMPARE(applied(configuration.documents()[1].text(), edit->edits),
                 u"jail_list=\"$jail_list b c\"\n"_s);
        const auto pf = configuration.setValue(u"pf_enable"_s, u"YES"_s);
        QVERIFY(pf);
        QCOMPARE(pf->path, dir.filePath(u"rc.conf.d/netif/bridges"_s));
        // ... and the first file for a variable no file sets.
        const auto fresh = configuration.setValue(u"gateway_enable"_s, u"YES"_s);
        QVERIFY(fresh);
        QCOMPARE(fresh->path, dir.filePath(u"rc.conf"_s));
        // Removal reaches every file.
        QCOMPARE(configuration.removeVariable(u"pf_enable"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRcConf)
#include "tst_rcconf.moc"
