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

// rc(8)'s order: rc.conf, rc.conf.local, then rc.conf.d/* sorted.
QStringList rcFiles(const HostSession &session, const QString &etc)
{
    QStringList files;
    for (const QString &name : {u"rc.conf"_s, u"rc.conf.local"_s}) {
        if (session.contains(etc + name))
            files.append(etc + name);
    }
    const QString folder = etc + u"rc.conf.d/"_s;
    for (const QString &path : session.paths()) {
        if (path.startsWith(folder) && !path.sliced(folder.size()).contains(u'/'))
            files.append(path);
    }
    return files;
}

RcConfiguration rcConfiguration(const HostSession &session, const QString &etc)
{
    QList<RcConfDocument> documents;
    for (const QString &path : rcFiles(session, etc))
        documents.append(RcConfDocument::fromText(path, session.text(path)));
    return RcConfiguration(documents);
}

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

} // namespace

HostModel::HostModel(HostSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &HostSession::documentsChanged, this, &HostModel::rebuild);
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
    QHash<QString, QString> files;
    for (const QString &path : session.paths())
        files.insert(path, session.text(path));
    const JailConfReader reader = JailConfReader::inMemory(files);
    JailConfDocumentSet jails = JailConfDocumentSet::fromDocument(
        JailConfDocument::parse(jailConfPath, session.text(jailConfPath)), reader);

    // Each jail's own rc.conf, where the host's files include it.
    JailConfResolution resolution = JailConfResolver::resolve(jails);
    QHash<QString, RcConfiguration> jailRc;
    for (const JailConfResolvedJail &jail : resolution.jails) {
        const QString etc = jail.value(u"path") + u"/etc/"_s;
        if (!rcFiles(session, etc).isEmpty())
            jailRc.insert(jail.name, rcConfiguration(session, etc));
    }
    m_configuration = HostConfiguration(std::move(jails), std::move(resolution),
                                        rcConfiguration(session, u"/etc/"_s), std::move(jailRc));
    const HostNetwork &network = m_configuration.network();
    m_interfaces = pfInterfaces(network);

    m_firewalls.clear();
    const RcConfiguration &rc = m_configuration.rc();
    const QString hostRules =
        rc.contains(u"pf_rules"_s) ? rc.value(u"pf_rules"_s) : u"/etc/pf.conf"_s;
    const auto readFile = [&files](const QString &path) -> std::optional<QString> {
        const auto it = files.constFind(path);
        return it == files.cend() ? std::nullopt : std::optional<QString>(*it);
    };
    const auto addFirewall = [&](const QString &path, const QString &jail,
                                 const QList<PfPacketInterface> &interfaces) {
        if (!session.contains(path))
            return;
        Firewall firewall {path, jail, PfDocument::parse(session.text(path), path), {}, {}};
        firewall.ruleset = PfRuleset::fromDocument(firewall.document, readFile);
        firewall.lint = PfLinter::lint(firewall.document, firewall.ruleset, interfaces);
        m_firewalls.append(std::move(firewall));
    };
    addFirewall(hostRules, {}, m_interfaces);
    for (const HostNetwork::Jail &jail : network.jails) {
        if (jail.vnet)
            addFirewall(jail.path + u"/etc/pf.conf"_s, jail.name, {});
    }

    bool hasNat = false;
    if (!m_firewalls.isEmpty() && m_firewalls.first().jail.isEmpty()) {
        for (const PfRule &rule : m_firewalls.first().ruleset.rules) {
            hasNat = hasNat || rule.action == PfRule::Action::Nat
                || rule.action == PfRule::Action::Binat
                || rule.translation == PfRule::TranslationKind::NatTo;
        }
    }
    m_graph = TopologyBuilder::build(network);
    TopologyValidator::validate(network, rc, m_graph, hasNat);
    emit rebuilt();
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
