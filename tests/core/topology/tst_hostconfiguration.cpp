#include "seedstylejails.h"
#include "topology/addjailoperation.h"
#include "topology/hostconfiguration.h"
#include "topology/movejailoperation.h"
#include "topology/removejailoperation.h"
#include "topology/renamejailoperation.h"
#include "topology/topologybuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A host in the seeds' style: jails in /etc/jail.conf and in a file it
// includes, two bridges, one jail with its own rc.conf.
const QHash<QString, QString> hostFiles = {
    {u"/etc/jail.conf"_s, seedStyleJailConf},
    {u"/etc/jail.conf.d/mail.conf"_s, seedStyleMailConf},
    {u"/etc/rc.conf"_s,
     u"hostname=\"host.example.org\"\n"
     "ifconfig_em0=\"inet 198.51.100.20/24\"\n"
     "defaultrouter=\"198.51.100.1\"\n"
     "cloned_interfaces=\"bridge0 bridge1\"\n"
     "ifconfig_bridge0=\"inet 10.0.0.1/24 up\"\n"
     "ifconfig_bridge1=\"inet 10.0.1.1/24 up\"\n"
     "jail_list=\"web db cache mail\"\n"_s},
    {u"/jails/db/etc/rc.conf"_s,
     u"ifconfig_epair2b=\"inet 10.0.0.12/24\"\ndefaultrouter=\"10.0.0.1\"\n"_s},
};

// The host derived from scratch from `files`.
HostConfiguration hostFrom(const QHash<QString, QString> &files)
{
    const QString root = u"/etc/jail.conf"_s;
    return HostConfiguration(
        JailConfDocumentSet::fromDocument(JailConfDocument::parse(root, files.value(root)),
                                          JailConfReader::inMemory(files)),
        RcConfiguration(
            {RcConfDocument::fromText(u"/etc/rc.conf"_s, files.value(u"/etc/rc.conf"_s))}),
        {{u"db"_s,
          RcConfiguration({RcConfDocument::fromText(u"/jails/db/etc/rc.conf"_s,
                                                    files.value(u"/jails/db/etc/rc.conf"_s))})}});
}

QHash<QString, QString> textsOf(const HostConfiguration &host)
{
    QHash<QString, QString> texts;
    for (const JailConfDocument &document : host.jailConf().documents())
        texts.insert(document.path(), document.text());
    for (const RcConfDocument &document : host.rc().documents())
        texts.insert(document.path(), document.text());
    for (const RcConfiguration &rc : host.jailRc())
        for (const RcConfDocument &document : rc.documents())
            texts.insert(document.path(), document.text());
    return texts;
}

} // namespace

class TestHostConfiguration : public QObject
{
    Q_OBJECT

private slots:
    // applied() parses, resolves and reads again only what an edit of jail
    // sections touches; whichever way it goes, the result must be the host
    // derived anew from the edited files.
    void appliedEqualsDerivedAnew_data()
    {
        QTest::addColumn<QString>("operation"); // empty: replace `from` by `to` in `path`
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QString jailConf = u"/etc/jail.conf"_s;
        QTest::newRow("value inside a section")
            << QString() << jailConf << u"10.0.0.11/24"_s << u"10.0.0.21/24"_s;
        QTest::newRow("statements added to a section")
            << QString() << jailConf << u"    path = \"/jails/db\";\n"_s
            << u"    path = \"/jails/db\";\n    allow.raw_sockets;\n    devfs_ruleset = 5;\n"_s;
        QTest::newRow("section renamed") << QString() << jailConf << u"db {"_s << u"data {"_s;
        QTest::newRow("statement outside sections edited")
            << QString() << jailConf << u"\"10.0.0.1\""_s << u"\"10.0.0.254\""_s;
        QTest::newRow("edit in an included file")
            << QString() << u"/etc/jail.conf.d/mail.conf"_s << u"epair4b inet 10.0.0.14"_s
            << u"epair4b inet 10.0.0.24"_s;
        QTest::newRow("edit in a jail's own rc.conf")
            << QString() << u"/jails/db/etc/rc.conf"_s << u"10.0.0.12/24"_s << u"10.0.0.22/24"_s;
        QTest::newRow("edit in rc.conf")
            << QString() << u"/etc/rc.conf"_s << u"10.0.1.1/24"_s << u"10.0.1.1/16"_s;
        QTest::newRow("AddJailOperation") << u"add"_s << QString() << QString() << QString();
        QTest::newRow("RemoveJailOperation") << u"remove"_s << QString() << QString() << QString();
        QTest::newRow("RenameJailOperation") << u"rename"_s << QString() << QString() << QString();
        QTest::newRow("MoveJailOperation") << u"move"_s << QString() << QString() << QString();
    }
    void appliedEqualsDerivedAnew()
    {
        QFETCH(QString, operation);
        QFETCH(QString, path);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const HostConfiguration host = hostFrom(hostFiles);
        QVERIFY(!host.jailConf().hasErrors());
        QCOMPARE(host.resolution().jails.size(), 4);
        QList<DocumentEdit> edits;
        if (operation.isEmpty()) {
            const qsizetype at = hostFiles.value(path).indexOf(from);
            QVERIFY(at >= 0);
            edits = {{path, {{{at, at + from.size()}, to}}}};
        } else {
            OperationResult result;
            if (operation == u"add")
                result = AddJailOperation(u"fresh"_s, u"bridge1"_s).compute(host);
            else if (operation == u"remove")
                result = RemoveJailOperation(u"db"_s).compute(host);
            else if (operation == u"rename")
                result = RenameJailOperation(u"web"_s, u"www"_s).compute(host);
            else
                result = MoveJailOperation(u"web"_s, u"bridge1"_s).compute(host);
            QVERIFY2(result.ok(), qPrintable(result.error));
            edits = result.edits;
        }

        QString error;
        const std::optional<HostConfiguration> after = host.applied(edits, &error);
        QVERIFY2(after, qPrintable(error));
        QHash<QString, QString> files = hostFiles;
        for (const DocumentEdit &edit : std::as_const(edits))
            files[edit.path] = *applyTextEdits(files.value(edit.path), edit.edits);
        const HostConfiguration anew = hostFrom(files);
        QCOMPARE(textsOf(*after), textsOf(anew));
        QCOMPARE(after->jailConf().diagnostics(), anew.jailConf().diagnostics());
        QCOMPARE(after->resolution(), anew.resolution());
        QVERIFY(after->network() == anew.network());
        const TopologyGraph graph = TopologyBuilder::build(after->network());
        const TopologyGraph expected = TopologyBuilder::build(anew.network());
        QCOMPARE(graph.nodes(), expected.nodes());
        QCOMPARE(graph.links(), expected.links());
    }

    // An .include added by the edit finds the host's other files only through `files`.
    void appliedReadsNewIncludesFromFiles()
    {
        const HostConfiguration host = hostFrom(hostFiles);
        QHash<QString, QString> files = hostFiles;
        files.insert(u"/etc/jail.extra/news.conf"_s,
                     u"news {\n    vnet;\n    path = \"/jails/news\";\n}\n"_s);
        const QString root = u"/etc/jail.conf"_s;
        const QString include = u".include \"/etc/jail.extra/*.conf\";\n"_s;
        const qsizetype end = hostFiles.value(root).size();
        const QList<DocumentEdit> edits = {{root, {{{end, end}, include}}}};
        files[root] += include;

        const std::optional<HostConfiguration> without = host.applied(edits);
        QVERIFY(without);
        QCOMPARE(without->resolution().jails.size(), 4);
        const JailConfReader reader = JailConfReader::inMemory(files);
        const std::optional<HostConfiguration> with = host.applied(edits, nullptr, &reader);
        QVERIFY(with);
        const HostConfiguration anew = hostFrom(files);
        QCOMPARE(with->resolution().jails.size(), 5);
        QCOMPARE(textsOf(*with), textsOf(anew));
        QCOMPARE(with->resolution(), anew.resolution());
        QVERIFY(with->network() == anew.network());
    }

    // Edits that do not fit or name no file of the host give nothing.
    void appliedRefusesEditsThatDoNotFit()
    {
        const HostConfiguration host = hostFrom(hostFiles);
        QString error;
        QVERIFY(
            !host.applied({{u"/etc/jail.conf"_s, {{{0, 5}, u"x"_s}, {{3, 9}, u"y"_s}}}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!host.applied({{u"/etc/nothing.conf"_s, {{{0, 0}, u"x"_s}}}}, &error));
        QVERIFY(error.contains(u"/etc/nothing.conf"));
    }
};

QTEST_GUILESS_MAIN(TestHostConfiguration)
#include "tst_hostconfiguration.moc"
