#include "benchmarkreport.h"
#include "generatedhost.h"
#include "host/folderhost.h"
#include "host/hostmodel.h"
#include "host/hostsession.h"
#include "topology/addjailoperation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int jailCount = 1000;
constexpr int bridgeCount = 20;

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

// What the GUI pays after each change to a big host: the session's texts
// change, HostModel follows them and emits rebuilt.
class BenchHostModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY(QDir(m_folder.path()).mkdir(u"etc"_s));
        QVERIFY(writeFile(m_folder.filePath(u"etc/jail.conf"_s),
                          generatedJailConf(jailCount, bridgeCount)));
        QVERIFY(writeFile(m_folder.filePath(u"etc/rc.conf"_s),
                          generatedRcConf(jailCount, bridgeCount)));
    }

    // One AddJailOperation pushed through HostSession::apply, until rebuilt.
    void editThousandJails()
    {
        HostSession session(std::make_unique<FolderHost>(m_folder.path()));
        session.load();
        QVERIFY(session.isLoaded());
        HostModel model(&session);
        QCOMPARE(model.jailCount(), jailCount);
        int rebuilt = 0;
        connect(&model, &HostModel::rebuilt, this, [&] { ++rebuilt; });
        int runs = 0;
        const double median = reportBenchmark("hostmodel_edit_1000", "ms", [&] {
            const OperationResult result =
                AddJailOperation(u"newjail%1"_s.arg(runs++), u"bridge7"_s)
                    .compute(model.configuration());
            session.apply(u"Add jail"_s, result.edits);
        });
        QVERIFY(median > 0);
        QCOMPARE(rebuilt, runs);
        QVERIFY(model.lastRebuildWasIncremental());
        QCOMPARE(model.jailCount(), jailCount + runs);
        QVERIFY(model.graph().node(u"jail:newjail0"_s));
    }

    // One key typed into a jail's section in the jail.conf editor, until rebuilt.
    void keystrokeThousandJails()
    {
        HostSession session(std::make_unique<FolderHost>(m_folder.path()));
        session.load();
        QVERIFY(session.isLoaded());
        HostModel model(&session);
        const QString path = u"/etc/jail.conf"_s;
        const QString anchor = u"\"jail500.local"_s;
        const qsizetype end = session.text(path).indexOf(anchor) + anchor.size();
        QVERIFY(end > anchor.size());
        QString typed;
        const double median = reportBenchmark("hostmodel_keystroke_1000", "ms", [&] {
            typed += u'x';
            session.replaceText(u"Typing"_s, path, session.text(path).insert(end, u'x'));
        });
        QVERIFY(median > 0);
        QVERIFY(model.lastRebuildWasIncremental());
        const TopologyNode *jail = model.graph().node(u"jail:jail500"_s);
        QVERIFY(jail);
        QCOMPARE(jail->hostname, u"jail500.local"_s + typed);
    }

    // Everything derived anew, as after loading the host.
    void rebuildThousandJails()
    {
        HostSession session(std::make_unique<FolderHost>(m_folder.path()));
        session.load();
        QVERIFY(session.isLoaded());
        HostModel model(&session);
        const double median =
            reportBenchmark("hostmodel_rebuild_1000", "ms", [&] { model.rebuild(); });
        QVERIFY(median > 0);
        QCOMPARE(model.jailCount(), jailCount);
    }

private:
    QTemporaryDir m_folder;
};

QTEST_GUILESS_MAIN(BenchHostModel)
#include "bench_hostmodel.moc"
