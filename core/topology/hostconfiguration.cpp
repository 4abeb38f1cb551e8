#include "hostconfiguration.h"

#include "jail/jailconfresolver.h"

using namespace Qt::StringLiterals;

HostConfiguration::HostConfiguration(JailConfDocumentSet jailConf, RcConfiguration rc,
                                     QHash<QString, RcConfiguration> jailRc)
    : m_jailConf(std::move(jailConf))
    , m_resolution(JailConfResolver::resolve(m_jailConf))
    , m_rc(std::move(rc))
    , m_jailRc(std::move(jailRc))
    , m_network(HostNetwork::derive(m_resolution, m_rc, m_jailRc))
{ }

namespace {

// Applies the edits meant for `path` to `text`; false when they do not fit.
bool applyTo(const QString &path, QString &text, QHash<QString, QList<TextEdit>> &pending)
{
    const auto it = pending.find(path);
    if (it == pending.end())
        return true;
    std::optional<QString> edited = applyTextEdits(text, *it);
    pending.erase(it);
    if (!edited)
        return false;
    text = std::move(*edited);
    return true;
}

QList<RcConfDocument> editedRc(const RcConfiguration &rc, QHash<QString, QList<TextEdit>> &pending,
                               bool *ok)
{
    QList<RcConfDocument> documents;
    for (const RcConfDocument &document : rc.documents()) {
        if (!pending.contains(document.path())) {
            documents.append(document);
            continue;
        }
        QString text = document.text();
        *ok = applyTo(document.path(), text, pending) && *ok;
        documents.append(
            RcConfDocument(SourceFile(document.path(), text, document.file().encoding())));
    }
    return documents;
}

} // namespace

std::optional<HostConfiguration> HostConfiguration::applied(const QList<DocumentEdit> &edits,
                                                            QString *error) const
{
    QHash<QString, QList<TextEdit>> pending;
    for (const DocumentEdit &edit : edits)
        pending[edit.path] += edit.edits;
    bool ok = true;

    JailConfDocumentSet jailConf = m_jailConf;
    bool jailConfEdited = false;
    for (const JailConfDocument &document : m_jailConf.documents())
        jailConfEdited = jailConfEdited || pending.contains(document.path());
    if (jailConfEdited) {
        QHash<QString, QString> texts;
        for (const JailConfDocument &document : m_jailConf.documents()) {
            QString text = document.text();
            ok = applyTo(document.path(), text, pending) && ok;
            texts.insert(document.path(), text);
        }
        const JailConfDocument &root = m_jailConf.root();
        jailConf = JailConfDocumentSet::fromDocument(
            JailConfDocument::parse(
                SourceFile(root.path(), texts.value(root.path()), root.source().encoding())),
            JailConfReader::inMemory(texts));
    }
    RcConfiguration rc(editedRc(m_rc, pending, &ok));
    QHash<QString, RcConfiguration> jailRc;
    for (auto it = m_jailRc.cbegin(); it != m_jailRc.cend(); ++it)
        jailRc.insert(it.key(), RcConfiguration(editedRc(*it, pending, &ok)));

    if (!ok || !pending.isEmpty()) {
        if (error) {
            *error = !pending.isEmpty()
                ? u"no such file on this host: %1"_s.arg(pending.keys().join(u", "))
                : u"the edits overlap or do not fit the file"_s;
        }
        return std::nullopt;
    }
    return HostConfiguration(std::move(jailConf), std::move(rc), std::move(jailRc));
}
