#pragma once

#include "jailconfitem.h"
#include "jailconfsection.h"
#include "jailconfstatement.h"
#include "jailconftokenkind.h"
#include "text/diagnostic.h"
#include "text/lineindex.h"
#include "text/sourcefile.h"
#include "text/token.h"

#include <QList>
#include <QString>
#include <QStringView>

// One jail.conf(5) file as a lossless syntax tree. Every byte is kept in the
// tokens' trivia and text, so writing an unedited document gives back the same
// bytes. The grammar is jail(8)'s (usr.sbin/jail/jailparse.y, jaillex.l);
// syntax errors are reported with file, line and column, and parsing goes on
// at the next ';' or '}' so one bad statement does not hide the rest.
// `.include` directives are recorded, not followed: JailConfDocumentSet does that.
class JailConfDocument
{
public:
    JailConfDocument() = default;
    static JailConfDocument parse(SourceFile file);
    static JailConfDocument parse(const QString &path, const QString &text);

    const SourceFile &source() const { return m_source; }
    const QString &path() const { return m_source.path(); }
    const QString &text() const { return m_source.text(); }
    QStringView textOf(Span span) const
    {
        return QStringView(text()).sliced(span.begin, span.length());
    }
    const LineIndex &lineIndex() const { return m_lines; }

    // Every token in order; the last one has kind End and carries the trailing trivia.
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<JailConfStatement> &statements() const { return m_statements; }
    const QList<JailConfSection> &sections() const { return m_sections; }
    // Top-level statements and sections in file order.
    const QList<JailConfItem> &items() const { return m_items; }
    // Indices of the statements outside any section, in file order.
    QList<int> globalStatements() const;
    // Indices of the sections named `name`, in file order (a name may be defined twice).
    QList<int> sectionsNamed(QStringView name) const;
    // Indices of the statements of `section` (-1: outside any section) whose name is `name`.
    QList<int> statementsNamed(int section, QStringView name) const;

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

    // The document written back from its tokens: the same text when unedited.
    QString toText() const;
    QByteArray toBytes() const { return m_source.toBytes(toText()); }

private:
    friend class JailConfParser;

    SourceFile m_source;
    LineIndex m_lines;
    QList<Token> m_tokens;
    QList<JailConfStatement> m_statements;
    QList<JailConfSection> m_sections;
    QList<JailConfItem> m_items;
    QList<Diagnostic> m_diagnostics;
};
