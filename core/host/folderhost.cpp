#include "folderhost.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// Bigger files are not configuration a person edits; leave them alone.
constexpr qint64 maximumFileSize = 4 * 1024 * 1024;

bool isResource(const QString &folder)
{
    return folder.startsWith(u':');
}

} // namespace

FolderHost::FolderHost(QString folder, QObject *parent)
    : Host(parent)
    , m_folder(isResource(folder) ? folder : QDir(folder).absolutePath())
{ }

QString FolderHost::demoFolder()
{
    return u":/jailwright/demo-host"_s;
}

QString FolderHost::id() const
{
    return m_folder == demoFolder() ? u"demo"_s : u"folder:"_s + m_folder;
}

QString FolderHost::displayName() const
{
    return m_folder == demoFolder() ? tr("Demo host") : QFileInfo(m_folder).fileName();
}

bool FolderHost::isReadOnly() const
{
    return isResource(m_folder) || !QFileInfo(m_folder).isWritable();
}

void FolderHost::requestSnapshot()
{
    const QDir root(m_folder);
    if (!root.exists()) {
        emit snapshotFailed(tr("%1: no such folder").arg(m_folder));
        return;
    }
    HostSnapshot snapshot;
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString hostPath = u'/' + root.relativeFilePath(info.filePath());
        if (!hostPath.startsWith(u"/etc/"_s) && !hostPath.contains(u"/etc/"_s))
            continue;
        if (info.size() > maximumFileSize || info.isSymLink())
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            emit snapshotFailed(tr("%1: %2").arg(info.filePath(), file.errorString()));
            return;
        }
        snapshot.files.insert(hostPath, SourceFile::fromBytes(hostPath, file.readAll()));
    }
    emit snapshotReady(snapshot);
}

void FolderHost::writeFiles(const QMap<QString, QByteArray> &files)
{
    if (isReadOnly()) {
        emit writeFailed(tr("%1 is read-only").arg(displayName()));
        return;
    }
    QStringList written;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString target = m_folder + it.key();
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || !file.commit()) {
            emit writeFailed(tr("Could not write %1: %2").arg(target, file.errorString()));
            if (!written.isEmpty())
                emit filesWritten(written);
            return;
        }
        written.append(it.key());
    }
    emit filesWritten(written);
}
