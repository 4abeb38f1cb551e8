#include "host/folderhost.h"
#include "host/hostsession.h"
#include "host/pendingchangesmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies the bundled demo host into a writable folder.
void copyDemoHost(const QString &target)
{
    const QDir demo(FolderHost::demoFolder());
    QDirIterator it(demo.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + u'/' + demo.relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(from, to);
        QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

std::unique_ptr<HostSession> loadedSession(const QString &folder)
{
    auto session = std::make_unique<HostSession>(std::make_unique<FolderHost>(folder));
    QSignalSpy loaded(session.get(), &HostSession::loaded);
    session->load();
    return loaded.count() == 1 ? std::move(session) : nullptr;
}

} // namespace

class TestHostSession : public QObject
{
    Q_OBJECT

private slots:
    void demoHostFiles()
    {
        auto session = loadedSession(FolderHost::demoFolder());
        QVERIFY(session);
        QCOMPARE(session->paths(),
                 QStringList({u"/etc/jail.conf"_s, u"/etc/pf.conf"_s, u"/etc/rc.conf"_s,
                              u"/jails/running/postgres/etc/pf.conf"_s,
                              u"/jails/running/postgres/etc/rc.conf"_s}));
        QVERIFY(session->host()->isReadOnly());
        QVERIFY(session->text(u"/etc/jail.conf"_s).contains(u"postgres {"_s));
        QVERIFY(session->modifiedPaths().isEmpty());
    }

    void missingFolderFails()
    {
        HostSession session(std::make_unique<FolderHost>(u"/nonexistent/jailwright"_s));
        QSignalSpy failed(&session, &HostSession::loadFailed);
        session.load();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"/nonexistent/jailwright"_s));
    }

    void editsUndoToIdenticalBytes()
    {
        auto session = loadedSession(FolderHost::demoFolder());
        QVERIFY(session);
        const QString path = u"/etc/rc.conf"_s;
        const QString original = session->text(path);
        const qsizetype at = original.indexOf(u"jail_enable"_s);
        QVERIFY(at > 0);
        QVERIFY(session->apply(u"Insert"_s, {{path, {{{at, at}, u"# changed\n"_s}}}}));
        QVERIFY(session->replaceText(u"Rewrite"_s, path, session->text(path) + u"x=\"1\"\n"_s));
        QCOMPARE(session->modifiedPaths(), QStringList {path});
        QCOMPARE(session->undoStack()->count(), 2);
        session->undoStack()->undo();
        session->undoStack()->undo();
        QCOMPARE(session->text(path), original);
        QVERIFY(session->modifiedPaths().isEmpty());
        session->undoStack()->redo();
        QVERIFY(session->isModified(path));
    }

    void editThatDoesNotFitIsRefused()
    {
        auto session = loadedSession(FolderHost::demoFolder());
        QVERIFY(session);
        QString error;
        QVERIFY(!session->apply(u"Bad"_s, {{u"/etc/rc.conf"_s, {{{0, 1'000'000}, {}}}}}, &error));
        QVERIFY(error.contains(u"/etc/rc.conf"_s));
        QCOMPARE(session->undoStack()->count(), 0);
    }

    void saveWritesOnlyChangedFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        copyDemoHost(dir.path());
        const QString pf = dir.filePath(u"etc/pf.conf"_s);
        const QString rc = dir.filePath(u"etc/rc.conf"_s);
        // An old timestamp shows whether a file was rewritten.
        const QDateTime old = QDateTime::currentDateTime().addDays(-2);
        for (const QString &file : {pf, rc}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
        auto session = loadedSession(dir.path());
        QVERIFY(session);
        QVERIFY(!session->host()->isReadOnly());
        QVERIFY(session->replaceText(u"Edit"_s, u"/etc/rc.conf"_s,
                                     session->text(u"/etc/rc.conf"_s) + u"sshd_flags=\"\"\n"_s));
        QSignalSpy saved(session.get(), &HostSession::saved);
        session->save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toStringList(), QStringList {u"/etc/rc.conf"_s});
        QVERIFY(readBytes(rc).endsWith("sshd_flags=\"\"\n"));
        QCOMPARE(QFileInfo(pf).lastModified(), old);
        QVERIFY(session->modifiedPaths().isEmpty());
        QVERIFY(session->undoStack()->isClean());
        // No temporary files are left behind by the atomic write.
        QCOMPARE(QDir(dir.filePath(u"etc"_s)).entryList(QDir::Files).size(), 3);
    }

    void saveToReadOnlyHostFails()
    {
        auto session = loadedSession(FolderHost::demoFolder());
        QVERIFY(session);
        QVERIFY(session->replaceText(u"Edit"_s, u"/etc/pf.conf"_s, u"pass all\n"_s));
        QSignalSpy failed(session.get(), &HostSession::saveFailed);
        session->save();
        QCOMPARE(failed.count(), 1);
        QVERIFY(session->isModified(u"/etc/pf.conf"_s));
    }

    void revertIsUndoable()
    {
        auto session = loadedSession(FolderHost::demoFolder());
        QVERIFY(session);
        const QString path = u"/etc/jail.conf"_s;
        QVERIFY(session->replaceText(u"Edit"_s, path, u"x;\n"_s));
        QVERIFY(session->revert(path));
        QVERIFY(!session->isModified(path));
        session->undoStack()->undo();
        QCOMPARE(session->text(path), u"x;\n"_s);
    }

    void pendingChangesModelListsDiffs()
    {
        auto session = loadedSession(FolderHost::demoFolder());
        QVERIFY(session);
        PendingChangesModel model;
        model.setSession(session.get());
        QCOMPARE(model.rowCount(), 0);
        const QString path = u"/etc/rc.conf"_s;
        QVERIFY(session->replaceText(
            u"Edit"_s, path,
            QString(session->text(path)).replace(u"pf_enable=\"YES\""_s, u"pf_enable=\"NO\""_s)));
        QCOMPARE(model.rowCount(), 1);
        const QString diff = model.index(0).data(PendingChangesModel::DiffRole).toString();
        QVERIFY(diff.startsWith(u"--- a/etc/rc.conf\n+++ b/etc/rc.conf\n"_s));
        QVERIFY(diff.contains(u"\n-pf_enable=\"YES\"\n+pf_enable=\"NO\"\n"_s));
        QCOMPARE(model.index(0).data().toString(), u"/etc/rc.conf  (+1 −1)"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostSession)
#include "tst_hostsession.moc"
