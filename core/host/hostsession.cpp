#include "hostsession.h"

#include "textchangecommand.h"

HostSession::HostSession(std::unique_ptr<Host> host, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_host.get(), &Host::snapshotReady, this, &HostSession::adoptSnapshot);
    connect(m_host.get(), &Host::snapshotFailed, this, &HostSession::loadFailed);
    connect(m_host.get(), &Host::writeFailed, this, &HostSession::saveFailed);
    connect(m_host.get(), &Host::filesWritten, this, [this](const QStringList &paths) {
        for (const QString &path : paths) {
            const SourceFile &before = m_original[path];
            m_original[path] = SourceFile(path, m_current.value(path), before.encoding());
        }
        m_undoStack->setClean();
        emit saved(paths);
    });
}

HostSession::~HostSession() = default;

void HostSession::load()
{
    m_host->requestSnapshot();
}

void HostSession::adoptSnapshot(const HostSnapshot &snapshot)
{
    m_undoStack->clear();
    m_original = snapshot.files;
    m_current.clear();
    for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
        m_current.insert(it.key(), it.value().text());
    m_loaded = true;
    emit loaded();
    emit documentsChanged(paths());
}

const SourceFile &HostSession::original(const QString &path) const
{
    static const SourceFile none;
    const auto it = m_original.constFind(path);
    return it == m_original.cend() ? none : *it;
}

bool HostSession::isModified(const QString &path) const
{
    const auto it = m_original.constFind(path);
    return it == m_original.cend() ? m_current.contains(path) : it->text() != m_current.value(path);
}

QStringList HostSession::modifiedPaths() const
{
    QStringList result;
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
        if (isModified(it.key()))
            result.append(it.key());
    }
    return result;
}

bool HostSession::apply(const QString &description, const QList<DocumentEdit> &edits,
                        QString *error)
{
    QMap<QString, QString> before;
    QMap<QString, QString> after;
    for (const DocumentEdit &edit : edits) {
        const QString current = after.value(edit.path, m_current.value(edit.path));
        const auto changed = applyTextEdits(current, edit.edits);
        if (!changed) {
            if (error)
                *error = tr("The change to %1 does not fit its current text.").arg(edit.path);
            return false;
        }
        before.insert(edit.path, m_current.value(edit.path));
        after.insert(edit.path, *changed);
    }
    m_undoStack->push(new TextChangeCommand(this, description, before, after));
    return true;
}

bool HostSession::replaceText(const QString &description, const QString &path, const QString &text)
{
    const QString &current = m_current.value(path);
    if (current == text)
        return false;
    return apply(description, {{path, {smallestTextEdit(current, text)}}});
}

bool HostSession::revert(const QString &path)
{
    if (!isModified(path))
        return false;
    return replaceText(tr("Revert %1").arg(path), path, m_original.value(path).text());
}

void HostSession::save()
{
    QMap<QString, QByteArray> files;
    for (const QString &path : modifiedPaths())
        files.insert(path, m_original.value(path).toBytes(m_current.value(path)));
    if (files.isEmpty()) {
        emit saved({});
        return;
    }
    m_host->writeFiles(files);
}

void HostSession::setCurrentTexts(const QMap<QString, QString> &texts)
{
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_current.insert(it.key(), it.value());
    emit documentsChanged(texts.keys());
}
