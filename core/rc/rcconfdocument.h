#pragma once

#include "rcassignment.h"
#include "text/diagnostic.h"
#include "text/lineindex.h"
#include "text/sourcefile.h"
#include "text/textedit.h"

#include <QHash>
#include <QList>
#include <QString>

// One rc.conf(5)-style file (rc.conf, rc.conf.local, a file in rc.conf.d/, a
// jail's own etc/rc.conf): the text as read plus the variable assignments sh(1)
// would make. Anything else (commands, functions) is kept verbatim and reported
// as a warning. The text is never rewritten: edits are span edits in the way
// sysrc(8) makes them (the last assignment changes in place, comments stay).
class RcConfDocument
{
public:
    RcConfDocument() = default;
    explicit RcConfDocument(SourceFile file);
    static RcConfDocument fromText(const QString &path, const QString &text);

    const SourceFile &file() const { return m_file; }
    const QString &path() const { return m_file.path(); }
    const QString &text() const { return m_file.text(); }
    const QList<RcAssignment> &assignments() const { return m_assignments; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    const LineIndex &lineIndex() const { return m_lines; }

    // The last assignment to `name` in this file, or nullptr.
    const RcAssignment *lastAssignment(const QString &name) const;
    // `name`'s value after this file alone, with `$name` references expanded
    // from `environment` (values set before this file) and earlier assignments.
    QHash<QString, QString> evaluate(QHash<QString, QString> environment = {}) const;

    // sysrc(8) `name=value`: replaces the value of the last assignment in place,
    // keeping its quotes and trailing comment; appends `name="value"` when the
    // file has none (after the last assignment to one of `nearNames` if any, so
    // related lines stay together) or when the last one is not a literal value.
    QList<TextEdit> setValueEdits(const QString &name, const QString &value,
                                  const QStringList &nearNames = {}) const;
    // sysrc(8) -x: removes every assignment to `name`, with its line when the
    // line holds nothing else.
    QList<TextEdit> removeVariableEdits(const QString &name) const;
    // Appends `words` inside the last assignment's quotes ("a b" -> "a b c"), the
    // smallest edit equivalent to sysrc `name+=word`. Empty when that assignment
    // is not a plain quoted or bare literal.
    QList<TextEdit> appendWordsEdits(const QString &name, const QStringList &words) const;
    // Removes `word` where it is written literally in the last assignment, with one
    // adjoining blank. Empty when it is not written there.
    QList<TextEdit> removeWordEdits(const QString &name, const QString &word) const;

    // The value as this file would write it: quoted the way the file quotes.
    QString quotedValue(const QString &value, QChar preferredQuote) const;

private:
    void parse();
    QChar dominantQuote() const;
    qsizetype appendOffset(const QStringList &nearNames) const;

    SourceFile m_file;
    LineIndex m_lines;
    QList<RcAssignment> m_assignments;
    QList<Diagnostic> m_diagnostics;
};
