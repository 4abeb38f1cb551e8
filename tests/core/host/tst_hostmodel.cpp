#include "../topology/seedstylejails.h"
#include "host/folderhost.h"
#include "host/hostmodel.h"
#include "host/hostsession.h"
#include "pf/pfprinter.h"
#include "topology/addjailoperation.h"
#include "topology/movejailoperation.h"
#include "topology/removejailoperation.h"
#include "topology/renamejailoperation.h"
#include "topology/setbridgeaddressoperation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A host in the seeds' style: jails in /etc/jail.conf and in a file it
// includes, two bridges, NAT and rdr in the host's pf.conf (which includes a
// file and reads a table file), two VNET jails with their own pf.conf, one with
// its own rc.conf; and files nothing reads yet: a jail.conf fragment, another
// pf.conf, another jail's rc.conf. gateway_enable is off, so the graph has a
// problem while pf translates addresses.
const QHash<QString, QString> hostFiles = {
    {u"/etc/jail.conf"_s, seedStyleJailConf},
    {u"/etc/jail.conf.d/mail.conf"_s, seedStyleMailConf},
    {u"/etc/jail.extra/news.conf"_s,
     u"news {\n"
     "    vnet;\n"
     "    vnet.interface = \"epair5b\";\n"
     "    path = \"/jails/news\";\n"
     "    exec.prestart = \"ifconfig epair5 create up\";\n"
     "    exec.prestart += \"ifconfig $bridge addm epair5a up\";\n"
     "}\n"_s},
    {u"/etc/rc.conf"_s,
     u"hostname=\"host.example.org\"\n"
     "ifconfig_em0=\"inet 198.51.100.20/24\"\n"
     "defaultrouter=\"198.51.100.1\"\n"
     "gateway_enable=\"NO\"\n"
     "pf_enable=\"YES\"\n"
     "kld_list=\"if_bridge if_epair\"\n"
     "cloned_interfaces=\"bridge0 bridge1\"\n"
     "ifconfig_bridge0=\"inet 10.0.0.1/24 up\"\n"
     "ifconfig_bridge1=\"inet 10.0.1.1/24 up\"\n"
     "jail_enable=\"YES\"\n"
     "jail_list=\"web db cache mail\"\n"_s},
    {u"/etc/pf.conf"_s,
     u"ext_if = \"em0\"\n"
     "table <blocked> persist file \"/etc/pf.blocked\"\n"
     "set skip on lo0\n"
     "nat on $ext_if from 10.0.0.0/16 to any -> 198.51.100.20\n"
     "rdr on $ext_if proto tcp to 198.51.100.20 port 80 -> 10.0.1.13\n"
     "block in all\n"
     "block in quick from <blocked>\n"
     "pass out all keep state\n"
     "include \"/etc/pf.d/allow.conf\"\n"_s},
    {u"/etc/pf.d/allow.conf"_s, u"pass in on bridge0 proto tcp to port 22\n"_s},
    {u"/etc/pf.blocked"_s, u"192.0.2.66\n"_s},
    {u"/etc/pf.alt.conf"_s, u"set skip on lo0\nblock all\n"_s},
    {u"/jails/web/etc/pf.conf"_s, u"set skip on lo0\npass all\n"_s},
    {u"/jails/db/etc/rc.conf"_s,
     u"ifconfig_epair2b=\"inet 10.0.0.12/24\"\ndefaultrouter=\"10.0.0.1\"\npf_enable=\"YES\"\n"_s},
    {u"/jails/db/etc/pf.conf"_s,
     u"set skip on lo0\nblock in all\npass in proto tcp to port 5432\n"_s},
    {u"/jails/other/etc/rc.conf"_s, u"ifconfig_epair1b=\"inet 10.0.0.31/24\"\n"_s},
};

bool writeHost(const QString &folder)
{
    for (auto it = hostFiles.cbegin(); it != hostFiles.cend(); ++it) {
        const QString file = folder + it.key();
        QFile out(file);
        if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !out.open(QIODevice::WriteOnly)
            || out.write(it.value().toUtf8()) < 0)
            return false;
    }
    return true;
}

QHash<QString, QString> textsOf(const HostConfiguration &host)
{
    QHash<QString, QString> texts;
    for (const JailConfDocument &document : host.jailConf().documents())
        texts.insert(document.path(), document.text());
    for (const RcConfDocument &document : host.rc().documents())
        texts.insert(document.path(), document.text());
    for (auto it = host.jailRc().cbegin(); it != host.jailRc().cend(); ++it) {
        for (const RcConfDocument &document : it->documents())
            texts.insert(it.key() + u':' + document.path(), document.text());
    }
    return texts;
}

// Everything `model` shows, compared with `fresh`, derived anew from the same texts.
void compareModels(const HostModel &model, const HostModel &fresh)
{
    const HostConfiguration &configuration = model.configuration();
    const HostConfiguration &expected = fresh.configuration();
    QCOMPARE(textsOf(configuration), textsOf(expected));
    QCOMPARE(configuration.jailConf().diagnostics(), expected.jailConf().diagnostics());
    QCOMPARE(configuration.rc().diagnostics(), expected.rc().diagnostics());
    QCOMPARE(configuration.resolution(), expected.resolution());
    QVERIFY(configuration.network() == expected.network());
    QVERIFY(model.interfaces() == fresh.interfaces());
    QCOMPARE(model.graph().nodes(), fresh.graph().nodes());
    QCOMPARE(model.graph().links(), fresh.graph().links());
    QCOMPARE(model.firewalls().size(), fresh.firewalls().size());
    for (qsizetype i = 0; i < model.firewalls().size(); ++i) {
        const HostModel::Firewall &firewall = model.firewalls()[i];
        const HostModel::Firewall &anew = fresh.firewalls()[i];
        QCOMPARE(firewall.path, anew.path);
        QCOMPARE(firewall.jail, anew.jail);
        QCOMPARE(firewall.document.text(), anew.document.text());
        QCOMPARE(firewall.document.diagnostics(), anew.document.diagnostics());
        QCOMPARE(PfPrinter::print(firewall.ruleset), PfPrinter::print(anew.ruleset));
        QCOMPARE(firewall.ruleset.diagnostics, anew.ruleset.diagnostics);
        QCOMPARE(firewall.lint, anew.lint);
    }
    for (const QString &path : model.session()->paths())
        QCOMPARE(model.diagnostics(path), fresh.diagnostics(path));
}

} // namespace

class TestHostModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY(writeHost(m_folder.path()));
    }

    // However a change reaches the session's texts, the model that follows it
    // equals one derived anew from them; `incremental` says whether it got
    // there through HostConfiguration::applied() or had to derive anew.
    void followsChanges_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("from"); // replace: the text; type, append: where
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("incremental");
        const QString jailConf = u"/etc/jail.conf"_s;
        const QString rcConf = u"/etc/rc.conf"_s;
        const auto operation = [](const char *name, const QString &change, bool incremental) {
            QTest::newRow(name) << change << QString() << QString() << QString() << incremental;
        };
        operation("AddJailOperation", u"add"_s, true);
        operation("RemoveJailOperation", u"remove web"_s, true);
        // Its own rc.conf stays behind in applied()'s result, to be dropped.
        operation("RemoveJailOperation of a jail with its own rc.conf", u"remove db"_s, true);
        operation("RenameJailOperation", u"rename web"_s, true);
        operation("RenameJailOperation of a jail with its own rc.conf", u"rename db"_s, true);
        operation("MoveJailOperation", u"move"_s, true);
        operation("SetBridgeAddressOperation (rc.conf, pf interfaces)", u"bridge"_s, true);
        operation("undo of an operation", u"undo"_s, true);
        operation("redo of an operation", u"redo"_s, true);
        operation("the host read again", u"reload"_s, false);
        operation("an edit of a file the host does not have", u"new file"_s, false);
        // applied() would give the edit to one of the file's two documents.
        operation("rc.conf of the host and of a jail without path", u"shared rc"_s, false);
        const auto replace = [](const char *name, const QString &path, const QString &from,
                                const QString &to, bool incremental) {
            QTest::newRow(name) << u"replace"_s << path << from << to << incremental;
        };
        replace("value inside a jail section", jailConf, u"10.0.0.11/24"_s, u"10.0.0.21/24"_s,
                true);
        replace("statement outside sections", jailConf, u"\"10.0.0.1\""_s, u"\"10.0.0.254\""_s,
                true);
        replace("section whose brace is gone (parse error)", jailConf, u"cache {"_s, u"cache"_s,
                true);
        // The network stays the same, and so do the graph and the firewalls.
        replace("comment at the end of a line in a section", jailConf,
                u"    path = \"/jails/web\";\n"_s, u"    path = \"/jails/web\"; # www\n"_s, true);
        replace("jail parameter the network does not read", jailConf,
                u"    path = \"/jails/web\";\n"_s,
                u"    path = \"/jails/web\"; allow.raw_sockets;\n"_s, true);
        replace("jail path to a folder without rc.conf", jailConf, u"\"/jails/web\""_s,
                u"\"/jails/nowhere\""_s, true);
        replace("jail path to a folder with an rc.conf", jailConf, u"\"/jails/web\""_s,
                u"\"/jails/other\""_s, true);
        replace(".include removed", jailConf, u".include \"/etc/jail.conf.d/*.conf\";\n"_s,
                QString(), true);
        replace("edit in an included jail.conf", u"/etc/jail.conf.d/mail.conf"_s, u"10.0.0.14/24"_s,
                u"10.0.0.24/24"_s, true);
        replace("edit in a file nothing reads", u"/etc/jail.extra/news.conf"_s, u"epair5b"_s,
                u"epair6b"_s, true);
        replace("edit in rc.conf", rcConf, u"10.0.1.1/24"_s, u"10.0.9.1/24"_s, true);
        replace("uplink address in rc.conf (pf interfaces)", rcConf, u"198.51.100.20/24"_s,
                u"198.51.100.21/24"_s, true);
        replace("gateway_enable in rc.conf (graph problems)", rcConf, u"gateway_enable=\"NO\""_s,
                u"gateway_enable=\"YES\""_s, true);
        replace("edit in a jail's own rc.conf", u"/jails/db/etc/rc.conf"_s, u"10.0.0.12/24"_s,
                u"10.0.0.22/24"_s, true);
        replace("edit in pf.conf", u"/etc/pf.conf"_s, u"port 80"_s, u"port 8080"_s, true);
        replace("NAT gone from pf.conf (graph problems)", u"/etc/pf.conf"_s,
                u"nat on $ext_if from 10.0.0.0/16 to any -> 198.51.100.20\n"_s, QString(), true);
        replace("edit in a file pf.conf includes", u"/etc/pf.d/allow.conf"_s, u"port 22"_s,
                u"port 2222"_s, true);
        replace("edit in a table file pf.conf reads", u"/etc/pf.blocked"_s, u"192.0.2.66"_s,
                u"192.0.2.0/24"_s, true);
        replace("edit in a jail's pf.conf", u"/jails/db/etc/pf.conf"_s, u"5432"_s, u"5433"_s, true);
        replace("whole jail.conf replaced by one that does not parse", jailConf,
                hostFiles.value(jailConf), u"web {\n    path = \"/jails/web\n"_s, true);
        QTest::newRow(".include added") << u"append"_s << jailConf << QString()
                                        << u".include \"/etc/jail.extra/*.conf\";\n"_s << true;
        QTest::newRow("pf_rules set")
            << u"append"_s << rcConf << QString() << u"pf_rules=\"/etc/pf.alt.conf\"\n"_s << true;
        QTest::newRow("typing a statement into a section, key by key")
            << u"type"_s << jailConf << u"    path = \"/jails/web\";\n"_s
            << u"    allow.mount;\n    $x = \"y\";\n"_s << true;
        QTest::newRow("typing a section outside the others, key by key")
            << u"type"_s << jailConf << u"\"10.0.0.1\";\n"_s << u"extra {\n    vnet;\n}\n"_s
            << true;
    }
    void followsChanges()
    {
        QFETCH(QString, change);
        QFETCH(QString, path);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, incremental);
        HostSession session(std::make_unique<FolderHost>(m_folder.path()));
        session.load();
        QVERIFY(session.isLoaded());
        HostModel model(&session);
        QVERIFY(!model.lastRebuildWasIncremental());
        QCOMPARE(model.jailCount(), 4);
        QCOMPARE(model.firewalls().size(), 3);
        QVERIFY(model.configuration().jailRc().contains(u"db"_s));
        int rebuilt = 0;
        connect(&model, &HostModel::rebuilt, this, [&] { ++rebuilt; });

        const auto applyOperation = [&](const OperationResult &result) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY(session.apply(u"Operation"_s, result.edits));
        };
        const QString text = session.text(path);
        const qsizetype at = from.isEmpty() ? text.size() : text.indexOf(from);
        QVERIFY(at >= 0);
        const QString jail = change.section(u' ', 1);
        if (change == u"add" || change == u"undo" || change == u"redo") {
            applyOperation(
                AddJailOperation(u"fresh"_s, u"bridge1"_s).compute(model.configuration()));
            if (change != u"add")
                session.undoStack()->undo();
            if (change == u"redo")
                session.undoStack()->redo();
        } else if (change.startsWith(u"remove")) {
            applyOperation(RemoveJailOperation(jail).compute(model.configuration()));
        } else if (change.startsWith(u"rename")) {
            applyOperation(RenameJailOperation(jail, jail + u"2"_s).compute(model.configuration()));
        } else if (change == u"move") {
            applyOperation(
                MoveJailOperation(u"web"_s, u"bridge1"_s).compute(model.configuration()));
        } else if (change == u"bridge") {
            applyOperation(SetBridgeAddressOperation(u"bridge1"_s, u"10.0.1.1/16"_s)
                               .compute(model.configuration()));
        } else if (change == u"reload") {
            session.load();
        } else if (change == u"new file") {
            QVERIFY(session.apply(
                u"Create"_s, {{u"/etc/jail.conf.d/new.conf"_s, {{{0, 0}, u"new { vnet; }\n"_s}}}}));
        } else if (change == u"shared rc") {
            const QString jailConf = session.text(u"/etc/jail.conf"_s);
            QVERIFY(session.replaceText(u"Add"_s, u"/etc/jail.conf"_s,
                                        jailConf + u"extra {\n    vnet;\n}\n"_s));
            QVERIFY(model.configuration().jailRc().contains(u"extra"_s));
            const QString rc = session.text(u"/etc/rc.conf"_s);
            QVERIFY(session.replaceText(u"Edit"_s, u"/etc/rc.conf"_s,
                                        rc + u"ifconfig_epair9b=\"inet 10.0.0.99/24\"\n"_s));
        } else if (change == u"replace") {
            QVERIFY(
                session.replaceText(u"Edit"_s, path, QString(text).replace(at, from.size(), to)));
        } else if (change == u"append") {
            QVERIFY(session.replaceText(u"Edit"_s, path, text + to));
        } else {
            const qsizetype end = at + from.size();
            for (qsizetype i = 1; i <= to.size(); ++i) {
                QVERIFY(
                    session.replaceText(u"Type"_s, path, QString(text).insert(end, to.first(i))));
                QCOMPARE(model.lastRebuildWasIncremental(), incremental);
                // Most keystrokes leave jail.conf broken; each must show as it is.
                const HostModel fresh(&session);
                compareModels(model, fresh);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(rebuilt > 0);
        QCOMPARE(model.lastRebuildWasIncremental(), incremental);
        const HostModel fresh(&session);
        compareModels(model, fresh);
    }

    // The incremental model keeps following a series of changes.
    void followsASeriesOfChanges()
    {
        HostSession session(std::make_unique<FolderHost>(m_folder.path()));
        session.load();
        QVERIFY(session.isLoaded());
        HostModel model(&session);
        QVERIFY(session.apply(
            u"Add"_s,
            AddJailOperation(u"one"_s, u"bridge0"_s).compute(model.configuration()).edits));
        QVERIFY(session.apply(
            u"Add"_s,
            AddJailOperation(u"two"_s, u"bridge1"_s).compute(model.configuration()).edits));
        QVERIFY(session.apply(
            u"Move"_s,
            MoveJailOperation(u"one"_s, u"bridge1"_s).compute(model.configuration()).edits));
        QVERIFY(model.lastRebuildWasIncremental());
        const QString pf = session.text(u"/etc/pf.conf"_s);
        QVERIFY(session.replaceText(u"Edit"_s, u"/etc/pf.conf"_s, pf + u"pass in on bridge1\n"_s));
        session.undoStack()->undo();
        session.undoStack()->undo();
        QVERIFY(model.lastRebuildWasIncremental());
        QCOMPARE(model.jailCount(), 6);
        const HostModel fresh(&session);
        compareModels(model, fresh);
    }

private:
    QTemporaryDir m_folder;
};

QTEST_GUILESS_MAIN(TestHostModel)
#include "tst_hostmodel.moc"
