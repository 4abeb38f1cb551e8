#pragma once

#include "jailconfdocumentchange.h"
#include "jailconfitem.h"
#include "jailconfsection.h"
#include "jailconfstatement.h"
#include "jailconftokenkind.h"
#include "text/chunkedlist.h"
#include "text/diagnostic.h"
#include "text/lineindex.h"
#include "text/sourcefile.h"
#include "text/textedit.h"
#include "text/token.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// One jail.conf(5) file as a lossless syntax tree. Every byte is kept in the
// tokens' trivia and text, so writing an unedited document gives back the same
// bytes. The tokens are lexed from the text when asked for: they follow from it
// alone, and keeping them would double what a large file and each edit of it
// allocate. The grammar is jail(8)'s (usr.sbin/jail/jailparse.y, jaillex.l);
// syntax errors are reported with file, line and column, and parsing goes on
// at the next ';' or '}' so one bad statement does not hide the rest.
// `.include` directives are recorded, not followed: JailConfDocumentSet does that.
class JailConfDocument
{
public:
    JailConfDocument() = default;
    static JailConfDocument parse(SourceFile file);
    static JailConfDocument parse(const QString &path, const QString &text);

    // The document after `edits` (nullopt when they overlap or do not fit its
    // text). Where it can be sure of the same result, it parses again only the
    // top-level items the edits touch and keeps the rest of this tree; then
    // `change` tells what was kept, else it is left empty.
    std::optional<JailConfDocument>
    edited(const QList<TextEdit> &edits,
           std::optional<JailConfDocumentChange> *change = nullptr) const;

    const SourceFile &source() const { return m_source; }
    const QString &path() const { return m_source.path(); }
    const QString &text() const { return m_source.text(); }
    QStringView textOf(Span span) const
    {
        return QStringView(text()).sliced(span.begin, span.length());
    }
    const LineIndex &lineIndex() const { return m_lines; }

    // Every token in order; the last one has kind End and carries the trailing trivia.
    QList<Token> tokens() const;
    // Chunked lists, so that an edited document shares the nodes before the edit with this one.
    const ChunkedList<JailConfStatement> &statements() const { return m_statements; }
    const ChunkedList<JailConfSection> &sections() const { return m_sections; }
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

    // How the file writes its values, counted while parsing, as JailConfEditor
    // follows it for every value it writes (counting afterwards would walk
    // the whole tree for each edit).
    struct ValueStyle
    {
        int bare = 0; // unquoted and without variables
        int quotedBare = 0; // quoted although they need not be
        int doubleQuoted = 0;
        int singleQuoted = 0;

        void count(const JailConfValue &value, int times = 1);
        friend bool operator==(const ValueStyle &, const ValueStyle &) = default;
    };
    const ValueStyle &valueStyle() const { return m_valueStyle; }

    // The document written back from its tokens: the same text when unedited.
    QString toText() const;
    QByteArray toBytes() const { return m_source.toBytes(toText()); }

private:
    friend class JailConfParser;

    SourceFile m_source;
    LineIndex m_lines;
    ChunkedList<JailConfStatement> m_statements;
    ChunkedList<JailConfSection> m_sections;
    QList<JailConfItem> m_items;
    QList<Diagnostic> m_diagnostics;
    ValueStyle m_valueStyle;
};
