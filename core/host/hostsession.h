#pragma once

#include "host.h"
#include "text/documentedit.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

// One open host: its files as read, their current (edited) text, and the undo
// stack every edit goes through. The texts are the single source of truth; the
// models, the graph and the panes are rebuilt from them after each change.
class HostSession : public QObject
{
    Q_OBJECT

public:
    explicit HostSession(std::unique_ptr<Host> host, QObject *parent = nullptr);
    ~HostSession() override;

    Host *host() const { return m_host.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isLoaded() const { return m_loaded; }

    void load();

    QStringList paths() const { return m_original.keys(); }
    bool contains(const QString &path) const { return m_original.contains(path); }
    const SourceFile &original(const QString &path) const;
    QString text(const QString &path) const { return m_current.value(path); }
    bool isModified(const QString &path) const;
    QStringList modifiedPaths() const;

    // Pushes one undoable change made of `edits`; false (and nothing pushed)
    // when an edit does not fit the current text.
    bool apply(const QString &description, const QList<DocumentEdit> &edits,
               QString *error = nullptr);
    // Undoable replacement of a whole file's text, stored as the smallest edit.
    bool replaceText(const QString &description, const QString &path, const QString &text);
    bool revert(const QString &path);
    // Writes the modified files through the host; the answer comes as saved or saveFailed.
    void save();

    // Used by the undo commands; not for direct edits.
    void setCurrentTexts(const QMap<QString, QString> &texts);

signals:
    void loaded();
    void loadFailed(const QString &message);
    void documentsChanged(const QStringList &paths);
    void saved(const QStringList &paths);
    void saveFailed(const QString &message);

private:
    void adoptSnapshot(const HostSnapshot &snapshot);

    std::unique_ptr<Host> m_host;
    QUndoStack *m_undoStack;
    QMap<QString, SourceFile> m_original;
    QMap<QString, QString> m_current;
    bool m_loaded = false;
};
