#pragma once

#include "jailconfdocument.h"
#include "jailconfreader.h"
#include "text/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

// A jail.conf with every file it pulls in through `.include "glob";`
// (relative patterns are taken relative to the including file's folder; a
// pattern that matches nothing is not an error, as in jail(8)). The root is
// documents()[0]; a file included twice is loaded once and listed once.
class JailConfDocumentSet
{
public:
    JailConfDocumentSet() = default;
    static JailConfDocumentSet load(const QString &rootPath,
                                    const JailConfReader &reader = JailConfReader::fileSystem());
    // A root already in memory (an edited text, say); its includes come from `reader`.
    static JailConfDocumentSet
    fromDocument(JailConfDocument root,
                 const JailConfReader &reader = JailConfReader::fileSystem());

    // This set with documents()[index] replaced by `document`, an edit of it
    // that `change` describes and that adds or removes no .include (its
    // touchesIncludes is false), so the included files stay as they are.
    JailConfDocumentSet withEditedDocument(int index, JailConfDocument document,
                                           const JailConfDocumentChange &change) const;

    const QList<JailConfDocument> &documents() const { return m_documents; }
    const JailConfDocument &root() const { return m_documents.first(); }
    bool isEmpty() const { return m_documents.isEmpty(); }
    // -1 when no document has that path.
    int indexOf(const QString &path) const { return m_byPath.value(path, -1); }
    // The documents (indices into documents()) an include statement brought in, in order.
    QList<int> includedBy(int document, int statement) const;

    // Syntax errors of every document plus include problems (unreadable file, include loop).
    QList<Diagnostic> diagnostics() const;
    bool hasErrors() const;

private:
    void loadIncludes(int document, const JailConfReader &reader, QList<int> &stack);

    QList<JailConfDocument> m_documents;
    QHash<QString, int> m_byPath;
    QHash<quint64, QList<int>> m_includes; // (document << 32 | statement) -> documents
    QList<Diagnostic> m_includeDiagnostics;
};
