#pragma once

#include "rcconfdocument.h"
#include "text/documentedit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The rc.conf(5) variables of a host (or of a VNET jail) from several files
// read in rc(8) order: rc.conf, rc.conf.local, then rc.conf.d/. The last
// assignment wins; `$name` in a value takes what was set before it. Edits follow
// sysrc(8): they go to the file that holds the last assignment, or to the first
// file when no file sets the variable.
class RcConfiguration
{
public:
    RcConfiguration() = default;
    explicit RcConfiguration(QList<RcConfDocument> documents);

    // The files rc(8) reads under `etcDir` that exist, in the order it reads them:
    // rc.conf, rc.conf.local, then each file in rc.conf.d/ and its service folders
    // in name order (rc.subr's load_rc_config reads them after rc.conf).
    static QStringList files(const QString &etcDir);
    // Reads files(etcDir); a file that cannot be read adds an error to `errors`.
    static RcConfiguration load(const QString &etcDir, QStringList *errors = nullptr);

    const QList<RcConfDocument> &documents() const { return m_documents; }
    QList<Diagnostic> diagnostics() const;

    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    // The value split into words, as sh splits `$name` unquoted.
    QStringList words(const QString &name) const;
    // Whether `name` is set to a value rc.subr's checkyesno accepts as yes.
    bool isYes(const QString &name) const;
    QStringList names() const { return m_values.keys(); }

    struct Location
    {
        const RcConfDocument *document = nullptr;
        const RcAssignment *assignment = nullptr;
    };
    // Where `name` is last assigned; both null when it is not set.
    Location lastAssignment(const QString &name) const;

    // The edits that set `name` to `value` (none when it already has that value).
    std::optional<DocumentEdit> setValue(const QString &name, const QString &value,
                                         const QStringList &nearNames = {}) const;
    // The edits that remove every assignment to `name` from every file.
    QList<DocumentEdit> removeVariable(const QString &name) const;
    // Adds the words not yet in the list variable `name` (sysrc `name+=...`).
    std::optional<DocumentEdit> addWords(const QString &name, const QStringList &words,
                                         const QStringList &nearNames = {}) const;
    // Removes `word` from the list variable `name` (sysrc `name-=word`).
    std::optional<DocumentEdit> removeWord(const QString &name, const QString &word) const;

private:
    const RcConfDocument *targetDocument(const QString &name) const;

    QList<RcConfDocument> m_documents;
    QHash<QString, QString> m_values;
    QHash<QString, std::pair<qsizetype, qsizetype>> m_last; // document, assignment index
};
