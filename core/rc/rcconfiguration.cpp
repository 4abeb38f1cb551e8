#include "rcconfiguration.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

RcConfiguration::RcConfiguration(QList<RcConfDocument> documents)
    : m_documents(std::move(documents))
{
    for (qsizetype d = 0; d < m_documents.size(); ++d) {
        const QList<RcAssignment> &assignments = m_documents[d].assignments();
        for (qsizetype a = 0; a < assignments.size(); ++a) {
            QString value;
            for (const RcAssignment::Part &part : assignments[a].parts)
                value += part.variable ? m_values.value(part.text) : part.text;
            m_values.insert(assignments[a].name, value);
            m_last.insert(assignments[a].name, {d, a});
        }
    }
}

QStringList RcConfiguration::files(const QString &etcDir)
{
    QStringList result;
    const QDir etc(etcDir);
    for (const QString &name : {u"rc.conf"_s, u"rc.conf.local"_s}) {
        if (QFileInfo(etc.filePath(name)).isFile())
            result.append(etc.filePath(name));
    }
    const QDir confD(etc.filePath(u"rc.conf.d"_s));
    const QFileInfoList entries =
        confD.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isFile()) {
            result.append(entry.filePath());
            continue;
        }
        const QFileInfoList inner = QDir(entry.filePath()).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : inner)
            result.append(file.filePath());
    }
    return result;
}

RcConfiguration RcConfiguration::load(const QString &etcDir, QStringList *errors)
{
    QList<RcConfDocument> documents;
    for (const QString &path : files(etcDir)) {
        QString error;
        if (auto file = SourceFile::read(path, &error))
            documents.append(RcConfDocument(std::move(*file)));
        else if (errors)
            errors->append(u"%1: %2"_s.arg(path, error));
    }
    return RcConfiguration(std::move(documents));
}

QList<Diagnostic> RcConfiguration::diagnostics() const
{
    QList<Diagnostic> result;
    for (const RcConfDocument &document : m_documents)
        result += document.diagnostics();
    return result;
}

QStringList RcConfiguration::words(const QString &name) const
{
    // Split by hand at what \s matches: words() reads long lists such as
    // jail_list for every operation.
    const auto isBlank = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
    };
    const QString text = value(name);
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isBlank(text[i])) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            result.append(text.sliced(start, i - start));
            start = -1;
        }
    }
    return result;
}

bool RcConfiguration::isYes(const QString &name) const
{
    const QString v = value(name).toLower();
    return v == u"yes" || v == u"true" || v == u"on" || v == u"1";
}

RcConfiguration::Location RcConfiguration::lastAssignment(const QString &name) const
{
    const auto it = m_last.constFind(name);
    if (it == m_last.cend())
        return {};
    const RcConfDocument &document = m_documents[it->first];
    return {&document, &document.assignments()[it->second]};
}

const RcConfDocument *RcConfiguration::targetDocument(const QString &name) const
{
    if (const Location location = lastAssignment(name); location.document)
        return location.document;
    return m_documents.isEmpty() ? nullptr : &m_documents.first();
}

std::optional<DocumentEdit> RcConfiguration::setValue(const QString &name, const QString &value,
                                                      const QStringList &nearNames) const
{
    const RcConfDocument *document = targetDocument(name);
    if (!document || (contains(name) && this->value(name) == value))
        return std::nullopt;
    return DocumentEdit {document->path(), document->setValueEdits(name, value, nearNames)};
}

QList<DocumentEdit> RcConfiguration::removeVariable(const QString &name) const
{
    QList<DocumentEdit> result;
    for (const RcConfDocument &document : m_documents) {
        QList<TextEdit> edits = document.removeVariableEdits(name);
        if (!edits.isEmpty())
            result.append({document.path(), std::move(edits)});
    }
    return result;
}

std::optional<DocumentEdit> RcConfiguration::addWords(const QString &name, const QStringList &words,
                                                      const QStringList &nearNames) const
{
    const QStringList current = this->words(name);
    QStringList missing;
    for (const QString &word : words) {
        if (!current.contains(word) && !missing.contains(word))
            missing.append(word);
    }
    if (missing.isEmpty())
        return std::nullopt;
    const RcConfDocument *document = targetDocument(name);
    if (!document)
        return std::nullopt;
    // A quoted last assignment grows inside its quotes; otherwise the whole list is set.
    const Location location = lastAssignment(name);
    if (location.assignment && location.assignment->understood) {
        QList<TextEdit> edits = document->appendWordsEdits(name, missing);
        if (!edits.isEmpty())
            return DocumentEdit {document->path(), std::move(edits)};
    }
    return DocumentEdit {document->path(),
                         document->setValueEdits(name, (current + missing).join(u' '), nearNames)};
}

std::optional<DocumentEdit> RcConfiguration::removeWord(const QString &name,
                                                        const QString &word) const
{
    QStringList current = words(name);
    if (!current.contains(word))
        return std::nullopt;
    const RcConfDocument *document = targetDocument(name);
    const Location location = lastAssignment(name);
    if (location.assignment && location.assignment->isLiteral()) {
        QList<TextEdit> edits = document->removeWordEdits(name, word);
        if (!edits.isEmpty())
            return DocumentEdit {document->path(), std::move(edits)};
    }
    current.removeAll(word);
    return DocumentEdit {document->path(), document->setValueEdits(name, current.join(u' '))};
}
