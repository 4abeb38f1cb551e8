#include "jailconfdocumentset.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

quint64 includeKey(int document, int statement)
{
    return quint64(quint32(document)) << 32 | quint32(statement);
}

} // namespace

JailConfDocumentSet JailConfDocumentSet::load(const QString &rootPath, const JailConfReader &reader)
{
    std::optional<SourceFile> file = reader.read(rootPath);
    if (!file) {
        JailConfDocumentSet set;
        set.m_includeDiagnostics.append(
            {Diagnostic::Severity::Error, rootPath, 0, 0, u"cannot read the file"_s});
        return set;
    }
    return fromDocument(JailConfDocument::parse(std::move(*file)), reader);
}

JailConfDocumentSet JailConfDocumentSet::fromDocument(JailConfDocument root,
                                                      const JailConfReader &reader)
{
    JailConfDocumentSet set;
    set.m_byPath.insert(root.path(), 0);
    set.m_documents.append(std::move(root));
    QList<int> stack;
    set.loadIncludes(0, reader, stack);
    return set;
}

void JailConfDocumentSet::loadIncludes(int document, const JailConfReader &reader,
                                       QList<int> &stack)
{
    stack.append(document);
    const QList<int> globals = m_documents[document].globalStatements();
    for (int statementIndex : globals) {
        // Copies: loading appends to m_documents, which may move the documents.
        const JailConfStatement statement = m_documents[document].statements()[statementIndex];
        if (!statement.isInclude() || statement.values.size() != 1
            || statement.values.first().hasVariables())
            continue;
        const QString path = m_documents[document].path();
        QString pattern = statement.values.first().unquoted();
        if (QDir::isRelativePath(pattern) && !pattern.startsWith(u':'))
            pattern = QDir::cleanPath(QFileInfo(path).path() + u'/' + pattern);
        QList<int> included;
        for (const QString &match : reader.glob(pattern)) {
            int index = m_byPath.value(match, -1);
            if (index >= 0 && stack.contains(index)) {
                m_includeDiagnostics.append(
                    {Diagnostic::Severity::Error, path, statement.line, statement.column,
                     u"\"%1\" includes itself (include loop)"_s.arg(match)});
                continue;
            }
            if (index < 0) {
                std::optional<SourceFile> file = reader.read(match);
                if (!file) {
                    m_includeDiagnostics.append({Diagnostic::Severity::Error, path, statement.line,
                                                 statement.column,
                                                 u"cannot read included file \"%1\""_s.arg(match)});
                    continue;
                }
                index = int(m_documents.size());
                m_byPath.insert(match, index);
                m_documents.append(JailConfDocument::parse(std::move(*file)));
                loadIncludes(index, reader, stack);
            }
            included.append(index);
        }
        m_includes.insert(includeKey(document, statementIndex), included);
    }
    stack.removeLast();
}

JailConfDocumentSet
JailConfDocumentSet::withEditedDocument(int index, JailConfDocument document,
                                        const JailConfDocumentChange &change) const
{
    Q_ASSERT(!change.touchesIncludes);
    JailConfDocumentSet set = *this;
    const QString path = document.path();
    set.m_documents[index] = std::move(document);
    // The include statements after the edit moved within their document.
    set.m_includes.clear();
    for (auto it = m_includes.cbegin(); it != m_includes.cend(); ++it) {
        const int document = int(it.key() >> 32);
        const int statement = int(quint32(it.key()));
        set.m_includes.insert(
            includeKey(document,
                       document == index ? change.newStatementIndex(statement) : statement),
            *it);
    }
    for (Diagnostic &diagnostic : set.m_includeDiagnostics) {
        if (diagnostic.file == path)
            diagnostic.line = change.newLine(diagnostic.line);
    }
    return set;
}

QList<int> JailConfDocumentSet::includedBy(int document, int statement) const
{
    return m_includes.value(includeKey(document, statement));
}

QList<Diagnostic> JailConfDocumentSet::diagnostics() const
{
    QList<Diagnostic> result;
    for (const JailConfDocument &document : m_documents)
        result += document.diagnostics();
    result += m_includeDiagnostics;
    return result;
}

bool JailConfDocumentSet::hasErrors() const
{
    for (const Diagnostic &diagnostic : diagnostics())
        if (diagnostic.isError())
            return true;
    return false;
}
