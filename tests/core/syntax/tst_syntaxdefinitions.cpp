#include "syntax/syntaxdefinitions.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QDir>
#include <QFile>
#include <QMetaEnum>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace {

QStringList g_syntaxWarnings;
QtMessageHandler g_previousHandler = nullptr;

// KSyntaxHighlighting reports problems of a definition (unknown contexts,
// attributes or lists, bad regular expressions) as warnings of its category.
void recordSyntaxWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && context.category
        && QByteArrayView(context.category).startsWith("kf.syntaxhighlighting"))
        g_syntaxWarnings.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Records every format the highlighter applies, by line.
class FormatRecorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Run
    {
        int offset = 0;
        int length = 0;
        KSyntaxHighlighting::Format format;
    };

    QList<QList<Run>> highlight(const QString &text)
    {
        m_lines.clear();
        KSyntaxHighlighting::State state;
        const auto lines = text.split(u'\n');
        for (const auto &line : lines) {
            m_lines.emplaceBack();
            state = highlightLine(line, state);
        }
        return m_lines;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_lines.last().append({offset, length, format});
    }

private:
    QList<QList<Run>> m_lines;
};

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString styleName(int style)
{
    return QString::fromLatin1(QMetaEnum::fromType<Theme::TextStyle>().valueToKey(style));
}

QString resolve(const QString &file)
{
    if (file.startsWith("corpus/"_L1))
        return QStringLiteral(JAILWRIGHT_SHARED_DIR) + u'/' + file;
    if (file.startsWith("data/"_L1))
        return QStringLiteral(JAILWRIGHT_TEST_DATA) + file.mid(4);
    return QStringLiteral(JAILWRIGHT_SOURCE_DIR) + u'/' + file;
}

QPalette paletteWith(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class TestSyntaxDefinitions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(recordSyntaxWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
    void init() { g_syntaxWarnings.clear(); }

    void validatesAgainstSchema_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pf.conf") << u"resources/syntax/pf.xml"_s;
        QTest::newRow("jail.conf") << u"resources/syntax/jailconf.xml"_s;
    }
    void validatesAgainstSchema()
    {
        QFETCH(QString, file);
        const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
        if (xmllint.isEmpty())
            QSKIP("xmllint is not installed (libxml2-utils); the build root has it");
        QProcess process;
        process.start(xmllint,
                      {u"--noout"_s, u"--schema"_s,
                       QStringLiteral(JAILWRIGHT_TEST_DATA) + u"/language.xsd"_s, resolve(file)});
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
    }

    void loadsFromResourceWithoutWarnings_data()
    {
        QTest::addColumn<SyntaxDefinitions::Language>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("filePath");
        QTest::newRow("pf.conf") << SyntaxDefinitions::Language::PfConf << u"pf.conf"_s
                                 << u":/jailwright/syntax/pf.xml"_s;
        QTest::newRow("jail.conf") << SyntaxDefinitions::Language::JailConf << u"jail.conf"_s
                                   << u":/jailwright/syntax/jailconf.xml"_s;
        QTest::newRow("rc.conf") << SyntaxDefinitions::Language::RcConf << u"Bash"_s << QString();
        QTest::newRow("diff") << SyntaxDefinitions::Language::Diff << u"Diff"_s << QString();
    }
    void loadsFromResourceWithoutWarnings()
    {
        QFETCH(SyntaxDefinitions::Language, language);
        QFETCH(QString, name);
        QFETCH(QString, filePath);
        const SyntaxDefinitions definitions;
        QVERIFY(
            definitions.repository().customSearchPaths().contains(SyntaxDefinitions::searchPath()));
        const auto definition = definitions.definition(language);
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), name);
        if (!filePath.isEmpty())
            QCOMPARE(definition.filePath(), filePath);
        // formats() loads the whole definition: contexts, rules, lists.
        QVERIFY(!definition.formats().isEmpty());
        QVERIFY2(g_syntaxWarnings.isEmpty(), qPrintable(g_syntaxWarnings.join(u'\n')));
    }

    void definitionForFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("pf.conf") << u"/etc/pf.conf"_s << u"pf.conf"_s;
        QTest::newRow("pf anchor file") << u"/etc/pf.anchor.web"_s << u"pf.conf"_s;
        QTest::newRow("jail.conf") << u"/etc/jail.conf"_s << u"jail.conf"_s;
        QTest::newRow("jail.conf.d") << u"/etc/jail.conf.d/web.conf"_s << u"jail.conf"_s;
        QTest::newRow("rc.conf") << u"/etc/rc.conf"_s << u"Bash"_s;
        QTest::newRow("rc.conf.local") << u"/etc/rc.conf.local"_s << u"Bash"_s;
        QTest::newRow("rc.conf.d") << u"/etc/rc.conf.d/jail"_s << u"Bash"_s;
        QTest::newRow("patch") << u"/tmp/change.diff"_s << u"Diff"_s;
    }
    void definitionForFile()
    {
        QFETCH(QString, path);
        const SyntaxDefinitions definitions;
        QTEST(definitions.definitionForFile(path).name(), "name");
    }

    void themeFollowsPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << paletteWith(Qt::white, Qt::black) << false;
        QTest::newRow("dark") << paletteWith(QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc))
                              << true;
    }
    void themeFollowsPalette()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        const SyntaxDefinitions definitions;
        QCOMPARE(SyntaxDefinitions::isDark(palette), dark);
        const auto theme = definitions.themeFor(palette);
        QVERIFY(theme.isValid());
        const QColor background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
        QCOMPARE(background.lightness() < 128, dark);
    }

    void tokenStyles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SyntaxDefinitions::Language>("language");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("style");

        const auto pf = SyntaxDefinitions::Language::PfConf;
        const auto jail = SyntaxDefinitions::Language::JailConf;
        const QString demoPf = u"resources/demo-host/etc/pf.conf"_s;
        const QString jailPf = u"resources/demo-host/jails/running/postgres/etc/pf.conf"_s;
        const QString demoJail = u"resources/demo-host/etc/jail.conf"_s;

        auto row = [](const char *name, const QString &file, SyntaxDefinitions::Language language,
                      int line, const QString &token, int occurrence, Theme::TextStyle style) {
            QTest::newRow(name) << file << language << line << token << occurrence << int(style);
        };

        row("pf comment", demoPf, pf, 1, u"# /etc/pf.conf -- demo.example.org"_s, 0,
            Theme::Comment);
        row("pf macro definition", demoPf, pf, 3, u"ext_if"_s, 0, Theme::Variable);
        row("pf macro value string", demoPf, pf, 3, u"\"em0\""_s, 0, Theme::String);
        row("pf assignment", demoPf, pf, 3, u"="_s, 0, Theme::Operator);
        row("pf table keyword", demoPf, pf, 11, u"table"_s, 0, Theme::Keyword);
        row("pf table", demoPf, pf, 11, u"<bruteforce>"_s, 0, Theme::DataType);
        row("pf table option", demoPf, pf, 11, u"persist"_s, 0, Theme::Keyword);
        row("pf set", demoPf, pf, 13, u"set"_s, 0, Theme::Keyword);
        row("pf set skip", demoPf, pf, 13, u"skip"_s, 0, Theme::Attribute);
        row("pf skip interface", demoPf, pf, 13, u"lo0"_s, 0, Theme::Function);
        row("pf option with dash", demoPf, pf, 14, u"block-policy"_s, 0, Theme::Attribute);
        row("pf option value", demoPf, pf, 14, u"return"_s, 0, Theme::Attribute);
        row("pf scrub", demoPf, pf, 16, u"scrub"_s, 0, Theme::ControlFlow);
        row("pf nat", demoPf, pf, 19, u"nat"_s, 0, Theme::ControlFlow);
        row("pf macro on", demoPf, pf, 19, u"$ext_if"_s, 0, Theme::Variable);
        row("pf macro in list", demoPf, pf, 19, u"$backup_net"_s, 0, Theme::Variable);
        row("pf any", demoPf, pf, 19, u"any"_s, 0, Theme::Constant);
        row("pf arrow", demoPf, pf, 19, u"->"_s, 0, Theme::Operator);
        row("pf rdr", demoPf, pf, 22, u"rdr"_s, 0, Theme::ControlFlow);
        row("pf protocol", demoPf, pf, 22, u"tcp"_s, 0, Theme::BuiltIn);
        row("pf port", demoPf, pf, 22, u"80"_s, 0, Theme::DecVal);
        row("pf second port", demoPf, pf, 22, u"443"_s, 0, Theme::DecVal);
        row("pf block", demoPf, pf, 24, u"block"_s, 0, Theme::ControlFlow);
        row("pf direction", demoPf, pf, 24, u"in"_s, 0, Theme::Keyword);
        row("pf quick", demoPf, pf, 27, u"quick"_s, 0, Theme::Keyword);
        row("pf table in rule", demoPf, pf, 27, u"<bruteforce>"_s, 0, Theme::DataType);
        row("pf line continuation", demoPf, pf, 30, u"\\"_s, 0, Theme::Others);
        row("pf state option", demoPf, pf, 31, u"max-src-conn-rate"_s, 0, Theme::Keyword);
        row("pf rate number", demoPf, pf, 31, u"30"_s, 0, Theme::DecVal);
        row("pf interface", demoPf, pf, 37, u"bridge0"_s, 0, Theme::Function);
        row("jail pf icmp type", jailPf, pf, 13, u"echoreq"_s, 0, Theme::Constant);
        row("jail pf inet", jailPf, pf, 13, u"inet"_s, 0, Theme::Keyword);
        row("corpus address", u"corpus/real-pf-conf/005.conf"_s, pf, 15, u"93.1.238.149"_s, 0,
            Theme::BaseN);
        row("corpus urpf-failed", u"corpus/real-pf-conf/005.conf"_s, pf, 21, u"urpf-failed"_s, 0,
            Theme::Constant);
        row("corpus comment with quote", u"corpus/real-pf-conf/005.conf"_s, pf, 1,
            u"# Ne pas filtrer sur l'interface de bouclage"_s, 0, Theme::Comment);
        row("corpus file string", u"corpus/real-pf-conf/005.conf"_s, pf, 11, u"\"/banip.txt\""_s, 0,
            Theme::String);
        row("corpus IPv4 prefix", u"corpus/real-pf-conf/021.conf"_s, pf, 45, u"10.0.0.0/8"_s, 0,
            Theme::BaseN);
        row("corpus IPv6 loopback", u"corpus/real-pf-conf/021.conf"_s, pf, 49, u"::1/128"_s, 0,
            Theme::BaseN);
        row("corpus IPv6 prefix", u"corpus/real-pf-conf/021.conf"_s, pf, 50, u"64:ff9b::/96"_s, 0,
            Theme::BaseN);
        row("corpus IPv6 mapped", u"corpus/real-pf-conf/021.conf"_s, pf, 50, u"::ffff:0:0/96"_s, 0,
            Theme::BaseN);
        row("corpus continued table", u"corpus/real-pf-conf/021.conf"_s, pf, 52, u"ff00::/8"_s, 0,
            Theme::BaseN);
        row("corpus table const", u"corpus/real-pf-conf/021.conf"_s, pf, 44, u"const"_s, 0,
            Theme::Keyword);
        row("corpus fragment option", u"corpus/real-pf-conf/021.conf"_s, pf, 56, u"reassemble"_s, 0,
            Theme::Keyword);
        row("corpus IPv6 link-local", u"corpus/real-pf-conf/031.conf"_s, pf, 10, u"fe80::/10"_s, 0,
            Theme::BaseN);
        row("corpus list in string", u"corpus/real-pf-conf/031.conf"_s, pf, 6,
            u"\"{ re0, wifibox0 }\""_s, 0, Theme::String);
        row("corpus anchor", u"corpus/real-pf-conf/027.conf"_s, pf, 10, u"anchor"_s, 0,
            Theme::Keyword);
        row("corpus anchor name", u"corpus/real-pf-conf/027.conf"_s, pf, 10, u"\"22\""_s, 0,
            Theme::String);
        row("corpus nested rule table", u"corpus/real-pf-conf/027.conf"_s, pf, 11, u"<port22>"_s, 0,
            Theme::DataType);
        row("corpus service port", u"corpus/real-pf-conf/027.conf"_s, pf, 11, u"ssh"_s, 0,
            Theme::Normal);
        row("pf unterminated string", u"data/unterminated.pf.conf"_s, pf, 2, u"\"em1"_s, 0,
            Theme::Error);
        row("pf unterminated at end", u"data/unterminated.pf.conf"_s, pf, 3, u"\"ssh"_s, 0,
            Theme::Error);
        row("pf rule before error", u"data/unterminated.pf.conf"_s, pf, 3, u"pass"_s, 0,
            Theme::ControlFlow);

        row("jail comment", demoJail, jail, 1, u"# /etc/jail.conf -- demo.example.org"_s, 0,
            Theme::Comment);
        row("jail parameter", demoJail, jail, 10, u"exec.start"_s, 0, Theme::Keyword);
        row("jail value", demoJail, jail, 10, u"\"/bin/sh /etc/rc\""_s, 0, Theme::String);
        row("jail assignment", demoJail, jail, 10, u"="_s, 0, Theme::Operator);
        row("jail boolean shortcut", demoJail, jail, 12, u"exec.clean"_s, 0, Theme::Keyword);
        row("jail hierarchical parameter", demoJail, jail, 13, u"mount.devfs"_s, 0, Theme::Keyword);
        row("jail variable definition", demoJail, jail, 16, u"$bridge"_s, 0, Theme::Variable);
        row("jail section", demoJail, jail, 21, u"nginx"_s, 0, Theme::Function);
        row("jail nested parameter", demoJail, jail, 22, u"host.hostname"_s, 0, Theme::Keyword);
        row("jail variable in string", demoJail, jail, 28, u"$epair"_s, 0, Theme::Variable);
        row("jail braced variable", demoJail, jail, 29, u"${epair}"_s, 0, Theme::Variable);
        row("jail append", demoJail, jail, 29, u"+="_s, 0, Theme::Operator);
        row("jail allow parameter", demoJail, jail, 34, u"allow.raw_sockets"_s, 0, Theme::Keyword);
        row("jail number", demoJail, jail, 72, u"1"_s, 0, Theme::DecVal);
        row("jail unterminated", u"data/unterminated.jail.conf"_s, jail, 3, u"\"/jails/web;"_s, 0,
            Theme::Error);
        row("jail unterminated single", u"data/unterminated.jail.conf"_s, jail, 4, u"'web.local;"_s,
            0, Theme::Error);
        row("jail double-slash comment", u"data/unterminated.jail.conf"_s, jail, 1, u"// A quote"_s,
            0, Theme::Comment);
        row("jail interface-prefixed address", u"corpus/real-jail-conf/004.conf"_s, jail, 43,
            u"172.16.1.2/24"_s, 0, Theme::BaseN);
        row("jail address interface separator", u"corpus/real-jail-conf/004.conf"_s, jail, 43,
            u"|"_s, 0, Theme::Operator);
        row("jail man variable in string", u"corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"_s, jail,
            10, u"$name"_s, 0, Theme::Variable);
        row("jail man address list", u"corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"_s, jail, 15,
            u"10.1.1.2"_s, 0, Theme::BaseN);
        row("jail man empty single-quoted", u"corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"_s,
            jail, 20, u"''"_s, 0, Theme::String);
        row("jail man no-prefixed boolean", u"corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"_s,
            jail, 23, u"mount.nodevfs"_s, 0, Theme::Keyword);
        row("jail man trailing comment", u"corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"_s, jail,
            24, u"// Required because there are no processes"_s, 0, Theme::Comment);
        row("jail man include", u"corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"_s, jail, 28,
            u".include"_s, 0, Theme::Import);
        row("jail man include path", u"corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"_s, jail, 28,
            u"\"/etc/jail.conf.d/*.conf\""_s, 0, Theme::String);
        row("jail block comment", u"data/features.jail.conf"_s, jail, 1,
            u"/* Defaults for every jail,"_s, 0, Theme::Comment);
        row("jail block comment end", u"data/features.jail.conf"_s, jail, 2,
            u"written before any jail. */"_s, 0, Theme::Comment);
        row("jail wildcard", u"data/features.jail.conf"_s, jail, 3, u"*"_s, 0, Theme::SpecialChar);
        row("jail boolean string", u"data/features.jail.conf"_s, jail, 5, u"\"false\""_s, 0,
            Theme::String);
        row("jail jailsys value", u"data/features.jail.conf"_s, jail, 6, u"new"_s, 0,
            Theme::Constant);
        row("jail IPv6 address", u"data/features.jail.conf"_s, jail, 7, u"2001:db8::10/64"_s, 0,
            Theme::BaseN);
        row("jail no variable in single quotes", u"data/features.jail.conf"_s, jail, 8,
            u"'/jails/$name'"_s, 0, Theme::String);
        row("jail escaped quote", u"data/features.jail.conf"_s, jail, 9, u"\\\""_s, 0,
            Theme::SpecialChar);
        row("jail variable after escape", u"data/features.jail.conf"_s, jail, 9, u"$name"_s, 0,
            Theme::Variable);
        row("jail partial wildcard", u"data/features.jail.conf"_s, jail, 11, u"web.*"_s, 0,
            Theme::SpecialChar);
        row("jail securelevel", u"data/features.jail.conf"_s, jail, 12, u"3"_s, 0, Theme::DecVal);
    }
    void tokenStyles()
    {
        QFETCH(QString, file);
        QFETCH(SyntaxDefinitions::Language, language);
        QFETCH(int, line);
        QFETCH(QString, token);
        QFETCH(int, occurrence);
        QFETCH(int, style);

        const QString path = resolve(file);
        if (file.startsWith("corpus/"_L1) && !QFileInfo::exists(path))
            QSKIP(qPrintable(u"corpus file missing: "_s + path));
        const QString text = readText(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));

        const SyntaxDefinitions definitions;
        FormatRecorder recorder;
        recorder.setDefinition(definitions.definition(language));
        recorder.setTheme(definitions.repository().defaultTheme());
        const auto runs = recorder.highlight(text);
        const QStringList lines = text.split(u'\n');

        // Line 0 means: the first line that holds the token.
        if (line == 0) {
            const auto found = std::find_if(lines.cbegin(), lines.cend(),
                                            [&](const QString &l) { return l.contains(token); });
            QVERIFY2(found != lines.cend(), qPrintable(token));
            line = int(found - lines.cbegin()) + 1;
        }
        QVERIFY(line <= lines.size());
        const QString &lineText = lines.at(line - 1);
        qsizetype start = -1;
        for (int i = 0; i <= occurrence; ++i) {
            start = lineText.indexOf(token, start + 1);
            QVERIFY2(start >= 0, qPrintable(u"token not on line: "_s + lineText));
        }
        const qsizetype end = start + token.size();

        qsizetype covered = 0;
        for (const auto &run : runs.at(line - 1)) {
            if (run.offset >= end || run.offset + run.length <= start)
                continue;
            covered +=
                qMin<qsizetype>(end, run.offset + run.length) - qMax<qsizetype>(start, run.offset);
            QVERIFY2(
                int(run.format.textStyle()) == style,
                qPrintable(u"%1 at column %2 is %3 (%4), expected %5"_s.arg(
                    lineText.mid(run.offset, run.length), QString::number(run.offset + 1),
                    styleName(int(run.format.textStyle())), run.format.name(), styleName(style))));
        }
        QCOMPARE(covered, end - start);
        QVERIFY2(g_syntaxWarnings.isEmpty(), qPrintable(g_syntaxWarnings.join(u'\n')));
    }

    // Every real file highlights without a warning, and a file that pfctl or
    // jail(8) accept shows no error.
    void realFilesHighlightCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<SyntaxDefinitions::Language>("language");
        const QString corpus = QStringLiteral(JAILWRIGHT_SHARED_DIR) + u"/corpus/"_s;
        const std::pair<QString, SyntaxDefinitions::Language> folders[] = {
            {u"real-pf-conf"_s, SyntaxDefinitions::Language::PfConf},
            {u"real-jail-conf"_s, SyntaxDefinitions::Language::JailConf},
        };
        for (const auto &[folder, language] : folders) {
            const auto entries =
                QDir(corpus + folder).entryList({u"*.conf"_s}, QDir::Files, QDir::Name);
            for (const auto &entry : entries)
                QTest::newRow(qPrintable(folder + u'/' + entry))
                    << corpus + folder + u'/' + entry << language;
        }
        const QString demo = QStringLiteral(JAILWRIGHT_SOURCE_DIR) + u"/resources/demo-host/"_s;
        QTest::newRow("demo pf.conf")
            << demo + u"etc/pf.conf"_s << SyntaxDefinitions::Language::PfConf;
        QTest::newRow("demo jail.conf")
            << demo + u"etc/jail.conf"_s << SyntaxDefinitions::Language::JailConf;
    }
    void realFilesHighlightCleanly()
    {
        QFETCH(QString, path);
        QFETCH(SyntaxDefinitions::Language, language);
        const QString text = readText(path);
        if (text.isEmpty())
            QSKIP(qPrintable(u"corpus file missing: "_s + path));
        const SyntaxDefinitions definitions;
        FormatRecorder recorder;
        recorder.setDefinition(definitions.definition(language));
        recorder.setTheme(definitions.repository().defaultTheme());
        const auto runs = recorder.highlight(text);
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < runs.size(); ++i) {
            for (const auto &run : runs.at(i)) {
                QVERIFY2(run.format.textStyle() != Theme::Error,
                         qPrintable(u"line %1: %2"_s.arg(i + 1).arg(lines.at(i))));
            }
        }
        QVERIFY2(g_syntaxWarnings.isEmpty(), qPrintable(g_syntaxWarnings.join(u'\n')));
    }
};

QTEST_MAIN(TestSyntaxDefinitions)
#include "tst_syntaxdefinitions.moc"
