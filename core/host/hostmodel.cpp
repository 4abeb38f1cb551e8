#include "hostmodel.h"

#include "hostsession.h"

#include "jail/jailconfreader.h"
#include "jail/jailconfresolver.h"
#include "pf/pflinter.h"
#include "rc/rcconfdocument.h"
#include "topology/topologybuilder.h"
#include "topology/topologyvalidator.h"

using namespace Qt::StringLiterals;

namespace {

const QString jailConfPath = u"/etc/jail.conf"_s;
const QString rcConfFolder = u"rc.conf.d/"_s;

QList<PfPacketInterface> pfInterfaces(const HostNetwork &network)
{
    QList<PfPacketInterface> interfaces;
    const auto add = [&](const QString &name, const QList<HostNetwork::Address> &addresses) {
        PfPacketInterface interface {
            name, {}, { }
        };
        for (const HostNetwork::Address &address : addresses)
            interface.addresses.append({address.address.address(), address.address.prefixLength()});
        interfaces.append(interface);
    };
    for (const HostNetwork::Uplink &uplink : network.uplinks)
        add(uplink.name, uplink.addresses);
    for (const HostNetwork::Bridge &bridge : network.bridges)
        add(bridge.name, bridge.addresses);
    interfaces.append(
        {u"lo0"_s, {}, {{QHostAddress::LocalHost, 8}, {QHostAddress::LocalHostIPv6, 128}}});
    return interfaces;
}

QStringList pathsOf(const RcConfiguration &rc)
{
    QStringList paths;
    for (const RcConfDocument &document : rc.documents())
        paths.append(document.path());
    return paths;
}

} // namespace

HostModel::HostModel(HostSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // A snapshot read again may hold other files: derive it anew.
    connect(session, &HostSession::loaded, this, [this] { m_derived = false; });
    connect(session, &HostSession::documentsChanged, this, &HostModel::update);
    if (session->isLoaded())
        rebuild();
}

const HostModel::Firewall *HostModel::firewall(const QString &path) const
{
    for (const Firewall &firewall : m_firewalls) {
        if (firewall.path == path)
            return &firewall;
    }
    return nullptr;
}

void HostModel::rebuild()
{
    if (!m_session)
        return;
    const HostSession &session = *m_session;
    m_texts.clear();
    m_rcFiles.clear();
    for (const QString &path : session.paths()) {
        m_texts.insert(path, session.text(path));
        // rc(8)'s order: rc.conf, rc.conf.local, then rc.conf.d/* sorted (as paths() is).
        const qsizetype slash = path.lastIndexOf(u'/') + 1;
        const QStringView name = QStringView(path).sliced(slash);
        if (name == u"rc.conf" || name == u"rc.conf.local")
            m_rcFiles[path.first(slash)].main.append(path);
        if (QStringView(path).first(slash).endsWith(rcConfFolder))
            m_rcFiles[path.first(slash - rcConfFolder.size())].folder.append(path);
    }

    const JailConfReader reader = JailConfReader::inMemory(m_texts);
    JailConfDocumentSet jails = JailConfDocumentSet::fromDocument(
        JailConfDocument::parse(jailConfPath, session.text(jailConfPath)), reader);
    JailConfResolution resolution = JailConfResolver::resolve(jails);
    QHash<QString, RcConfiguration> ownRc = jailRc(resolution);
    m_configuration = HostConfiguration(std::move(jails), std::move(resolution),
                                        rcConfiguration(u"/etc/"_s), std::move(ownRc));
    m_firewalls.clear();
    m_firewallReads.clear();
    deriveViews({}, true);
    m_derived = true;
    m_incremental = false;
    emit rebuilt();
}

void HostModel::update(const QStringList &paths)
{
    if (!m_derived) {
        rebuild();
        return;
    }
    QList<DocumentEdit> edits;
    QSet<QString> changed;
    bool jailConfEdited = false;
    bool rcEdited = false;
    for (const QString &path : paths) {
        const auto it = m_texts.find(path);
        if (it == m_texts.end()) {
            rebuild();
            return;
        }
        const QString text = m_session->text(path);
        if (text == *it)
            continue;
        const TextEdit edit = smallestTextEdit(*it, text);
        *it = text;
        changed.insert(path);
        const int uses = configurationUses(path);
        // applied() gives a file's edits to one of its documents only.
        if (uses > 1) {
            rebuild();
            return;
        }
        if (uses == 1)
            edits.append({path, {edit}});
        jailConfEdited = jailConfEdited || m_configuration.jailConf().indexOf(path) >= 0;
        for (const RcConfDocument &document : m_configuration.rc().documents())
            rcEdited = rcEdited || document.path() == path;
    }

    bool configurationChanged = false;
    if (!edits.isEmpty()) {
        const JailConfReader files = JailConfReader::inMemory(m_texts);
        std::optional<HostConfiguration> next = m_configuration.applied(edits, nullptr, &files);
        if (!next) {
            rebuild();
            return;
        }
        // applied() keeps each jail's own rc.conf; when jails or their paths
        // changed so that other files apply, every jail is read again.
        if (jailConfEdited && !jailRcFits(*next)) {
            next = HostConfiguration(next->jailConf(), next->resolution(), next->rc(),
                                     jailRc(next->resolution()));
        }
        // The views read the configuration's network and the host's rc.conf only.
        configurationChanged = rcEdited || !(next->network() == m_configuration.network());
        m_configuration = std::move(*next);
    }
    deriveViews(changed, configurationChanged);
    m_incremental = true;
    emit rebuilt();
}

// How many of the configuration's documents are the file at `path`.
int HostModel::configurationUses(const QString &path) const
{
    int uses = m_configuration.jailConf().indexOf(path) >= 0 ? 1 : 0;
    const auto count = [&](const RcConfiguration &rc) {
        for (const RcConfDocument &document : rc.documents())
            uses += document.path() == path ? 1 : 0;
    };
    count(m_configuration.rc());
    for (const RcConfiguration &rc : m_configuration.jailRc())
        count(rc);
    return uses;
}

// Whether `configuration`'s jails have the own rc.conf files deriving anew would give them.
bool HostModel::jailRcFits(const HostConfiguration &configuration) const
{
    const QHash<QString, RcConfiguration> &picked = configuration.jailRc();
    qsizetype withRc = 0;
    for (const JailConfResolvedJail &jail : configuration.resolution().jails) {
        const QStringList files = rcFiles(jail.value(u"path") + u"/etc/"_s);
        const auto own = picked.constFind(jail.name);
        if (own == picked.cend() ? !files.isEmpty() : pathsOf(*own) != files)
            return false;
        withRc += files.isEmpty() ? 0 : 1;
    }
    // Jails of one name share an entry; picking again settles which.
    return withRc == picked.size();
}

// Each jail's own rc.conf, where the host's files include it.
QHash<QString, RcConfiguration> HostModel::jailRc(const JailConfResolution &resolution) const
{
    QHash<QString, RcConfiguration> result;
    for (const JailConfResolvedJail &jail : resolution.jails) {
        const QString etc = jail.value(u"path") + u"/etc/"_s;
        if (m_rcFiles.contains(etc))
            result.insert(jail.name, rcConfiguration(etc));
    }
    return result;
}

QStringList HostModel::rcFiles(const QString &etc) const
{
    const auto it = m_rcFiles.constFind(etc);
    return it == m_rcFiles.cend() ? QStringList() : it->main + it->folder;
}

RcConfiguration HostModel::rcConfiguration(const QString &etc) const
{
    QList<RcConfDocument> documents;
    for (const QString &path : rcFiles(etc))
        documents.append(RcConfDocument::fromText(path, m_texts.value(path)));
    return RcConfiguration(documents);
}

// `configurationChanged`: its network or the host's rc.conf did, all the views
// read of it. Parses and lints again only the pf.conf files whose text,
// included files or (for the host's) interfaces changed; builds the graph
// again only when the configuration or the host's NAT did.
void HostModel::deriveViews(const QSet<QString> &changed, bool configurationChanged)
{
    const HostNetwork &network = m_configuration.network();
    bool interfacesChanged = false;
    if (configurationChanged) {
        QList<PfPacketInterface> interfaces = pfInterfaces(network);
        interfacesChanged = interfaces != m_interfaces;
        m_interfaces = std::move(interfaces);
    }

    const QList<Firewall> previous = std::move(m_firewalls);
    const QHash<QString, QStringList> previousReads = std::move(m_firewallReads);
    m_firewalls.clear();
    m_firewallReads.clear();
    QHash<QString, qsizetype> previousJails;
    for (qsizetype i = 0; i < previous.size(); ++i) {
        if (!previous[i].jail.isEmpty())
            previousJails.insert(previous[i].path, i);
    }
    const auto place = [&](const QString &path, const QString &jail,
                           const QList<PfPacketInterface> &interfaces, const Firewall *before) {
        bool keep = before && !changed.contains(path);
        for (const QString &read : previousReads.value(path))
            keep = keep && !changed.contains(read);
        if (!keep) {
            m_firewalls.append(derivedFirewall(path, jail, interfaces));
            return;
        }
        m_firewalls.append(*before);
        m_firewalls.last().jail = jail;
        m_firewallReads.insert(path, previousReads.value(path));
    };
    const RcConfiguration &rc = m_configuration.rc();
    const QString hostRules =
        rc.contains(u"pf_rules"_s) ? rc.value(u"pf_rules"_s) : u"/etc/pf.conf"_s;
    if (m_texts.contains(hostRules)) {
        const bool same = !previous.isEmpty() && previous.first().jail.isEmpty()
            && previous.first().path == hostRules && !interfacesChanged;
        place(hostRules, {}, m_interfaces, same ? &previous.first() : nullptr);
    }
    for (const HostNetwork::Jail &jail : network.jails) {
        const QString path = jail.path + u"/etc/pf.conf"_s;
        if (!jail.vnet || !m_texts.contains(path))
            continue;
        const auto before = previousJails.constFind(path);
        place(path, jail.name, {}, before == previousJails.cend() ? nullptr : &previous[*before]);
    }

    bool hasNat = false;
    if (!m_firewalls.isEmpty() && m_firewalls.first().jail.isEmpty()) {
        for (const PfRule &rule : m_firewalls.first().ruleset.rules) {
            hasNat = hasNat || rule.action == PfRule::Action::Nat
                || rule.action == PfRule::Action::Binat
                || rule.translation == PfRule::TranslationKind::NatTo;
        }
    }
    if (configurationChanged || hasNat != m_hasNat) {
        m_graph = TopologyBuilder::build(network);
        TopologyValidator::validate(network, rc, m_graph, hasNat);
    }
    m_hasNat = hasNat;
}

HostModel::Firewall HostModel::derivedFirewall(const QString &path, const QString &jail,
                                               const QList<PfPacketInterface> &interfaces)
{
    QStringList reads;
    const auto readFile = [&](const QString &file) -> std::optional<QString> {
        reads.append(file);
        const auto it = m_texts.constFind(file);
        return it == m_texts.cend() ? std::nullopt : std::optional<QString>(*it);
    };
    Firewall firewall {path, jail, PfDocument::parse(m_texts.value(path), path), {}, {}};
    firewall.ruleset = PfRuleset::fromDocument(firewall.document, readFile);
    firewall.lint = PfLinter::lint(firewall.document, firewall.ruleset, interfaces);
    m_firewallReads.insert(path, reads);
    return firewall;
}

QList<Diagnostic> HostModel::diagnostics(const QString &path) const
{
    QList<Diagnostic> result;
    const auto collect = [&](const QList<Diagnostic> &diagnostics) {
        for (const Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.file == path)
                result.append(diagnostic);
        }
    };
    collect(m_configuration.jailConf().diagnostics());
    collect(m_configuration.resolution().diagnostics);
    collect(m_configuration.rc().diagnostics());
    if (const Firewall *pf = firewall(path)) {
        collect(pf->document.diagnostics());
        collect(pf->ruleset.diagnostics);
        collect(pf->lint);
    }
    return result;
}
