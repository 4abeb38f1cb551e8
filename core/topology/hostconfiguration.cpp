#include "hostconfiguration.h"

#include "jail/jailconfresolver.h"

using namespace Qt::StringLiterals;

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

// A jail read before an edit of the jail.conf file `path`, with the places
// it was read from moved the way the edit moved them.
HostNetwork::Jail movedJail(const HostNetwork::Jail &jail, const QString &path,
                            const JailConfDocumentChange &change)
{
    const auto moves = [&](const SourceLocation &location) {
        return location.file == path && change.newLine(location.line) != location.line;
    };
    bool any = moves(jail.origin) || moves(jail.routeOrigin);
    for (const HostNetwork::JailInterface &interface : jail.interfaces)
        any = any || moves(interface.origin) || moves(interface.bridgeOrigin);
    for (const HostNetwork::Address &address : jail.addresses)
        any = any || moves(address.origin);
    for (const HostNetwork::HostAction &action : jail.hostActions)
        any = any || moves(action.origin);
    if (!any)
        return jail;
    HostNetwork::Jail result = jail;
    const auto move = [&](SourceLocation &location) {
        if (location.file == path)
            location.line = change.newLine(location.line);
    };
    move(result.origin);
    move(result.routeOrigin);
    for (HostNetwork::JailInterface &interface : result.interfaces) {
        move(interface.origin);
        move(interface.bridgeOrigin);
    }
    for (HostNetwork::Address &address : result.addresses)
        move(address.origin);
    for (HostNetwork::HostAction &action : result.hostActions)
        move(action.origin);
    return result;
}

} // namespace

HostConfiguration::HostConfiguration(JailConfDocumentSet jailConf, RcConfiguration rc,
                                     QHash<QString, RcConfiguration> jailRc)
    : HostConfiguration(jailConf, JailConfResolver::resolve(jailConf), std::move(rc),
                        std::move(jailRc))
{ }

HostConfiguration::HostConfiguration(JailConfDocumentSet jailConf, JailConfResolution resolution,
                                     RcConfiguration rc, QHash<QString, RcConfiguration> jailRc)
    : m_jailConf(std::move(jailConf))
    , m_resolution(std::move(resolution))
    , m_rc(std::move(rc))
    , m_jailRc(std::move(jailRc))
    , m_readJails(HostNetwork::readJails(m_resolution, m_jailRc))
    , m_network(HostNetwork::derive(m_readJails, m_rc))
{ }

HostConfiguration::HostConfiguration(JailConfDocumentSet jailConf, JailConfResolution resolution,
                                     RcConfiguration rc, QHash<QString, RcConfiguration> jailRc,
                                     QList<HostNetwork::Jail> readJails)
    : m_jailConf(std::move(jailConf))
    , m_resolution(std::move(resolution))
    , m_rc(std::move(rc))
    , m_jailRc(std::move(jailRc))
    , m_readJails(std::move(readJails))
    , m_network(HostNetwork::derive(m_readJails, m_rc))
{ }

std::optional<HostConfiguration> HostConfiguration::applied(const QList<DocumentEdit> &edits,
                                                            QString *error,
                                                            const JailConfReader *files) const
{
    QHash<QString, QList<TextEdit>> pending;
    for (const DocumentEdit &edit : edits)
        pending[edit.path] += edit.edits;
    bool ok = true;

    QList<int> editedJailConf;
    for (int i = 0; i < m_jailConf.documents().size(); ++i) {
        if (pending.contains(m_jailConf.documents()[i].path()))
            editedJailConf.append(i);
    }
    JailConfDocumentSet jailConf = m_jailConf;
    // Set when jails are carried over from this configuration.
    std::optional<JailConfResolution> resolution;
    QList<int> carriedOver;
    std::optional<JailConfDocumentChange> change;
    std::optional<JailConfDocument> editedDocument;
    if (editedJailConf.size() == 1) {
        const JailConfDocument &document = m_jailConf.documents()[editedJailConf.first()];
        editedDocument = document.edited(pending.take(document.path()), &change);
        ok = editedDocument.has_value();
        if (ok && change && !change->touchesIncludes) {
            jailConf = m_jailConf.withEditedDocument(editedJailConf.first(),
                                                     std::move(*editedDocument), *change);
            resolution = JailConfResolver::resolve(jailConf, m_resolution, editedJailConf.first(),
                                                   *change, &carriedOver);
            editedDocument.reset();
        }
    }
    if (!resolution && !editedJailConf.isEmpty() && ok) {
        // The whole set again, its includes read from the edited texts.
        QHash<QString, QString> texts;
        for (const JailConfDocument &document : m_jailConf.documents()) {
            QString text = document.text();
            if (editedDocument && document.path() == editedDocument->path())
                text = editedDocument->text();
            ok = applyTo(document.path(), text, pending) && ok;
            texts.insert(document.path(), text);
        }
        const JailConfDocument &root = m_jailConf.root();
        JailConfDocument newRoot = editedDocument && editedJailConf.first() == 0
            ? std::move(*editedDocument)
            : JailConfDocument::parse(
                SourceFile(root.path(), texts.value(root.path()), root.source().encoding()));
        jailConf = JailConfDocumentSet::fromDocument(
            std::move(newRoot), files ? *files : JailConfReader::inMemory(texts));
    }
    bool jailRcEdited = false;
    for (const RcConfiguration &rc : m_jailRc) {
        for (const RcConfDocument &document : rc.documents())
            jailRcEdited = jailRcEdited || pending.contains(document.path());
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
    if (!resolution)
        return HostConfiguration(std::move(jailConf), std::move(rc), std::move(jailRc));

    // A carried-over jail reads the same as before unless its own rc.conf changed.
    const QString &path = jailConf.documents()[editedJailConf.first()].path();
    QList<HostNetwork::Jail> jails;
    jails.reserve(resolution->jails.size());
    for (qsizetype i = 0; i < resolution->jails.size(); ++i) {
        if (carriedOver[i] >= 0 && !jailRcEdited) {
            jails.append(movedJail(m_readJails[carriedOver[i]], path, *change));
        } else {
            const auto own = jailRc.constFind(resolution->jails[i].name);
            jails.append(HostNetwork::readJail(resolution->jails[i],
                                               own == jailRc.cend() ? nullptr : &*own));
        }
    }
    return HostConfiguration(std::move(jailConf), std::move(*resolution), std::move(rc),
                             std::move(jailRc), std::move(jails));
}
