#pragma once

#include "pf/pfdocument.h"
#include "pf/pfpacketinterface.h"
#include "pf/pfruleset.h"
#include "topology/hostconfiguration.h"
#include "topology/topologygraph.h"

#include <QHash>
#include <QObject>
#include <QSet>

class HostSession;

// What a host session's documents mean: the resolved jails, rc.conf values and
// network (HostConfiguration), the topology graph with the validator's
// problems, and each pf ruleset with its lint. Follows every change to the
// documents, with the same result as deriving everything anew but working
// only on what the change can reach; nothing here is ever edited directly.
class HostModel : public QObject
{
    Q_OBJECT

public:
    // One pf.conf: the host's own or a VNET jail's.
    struct Firewall
    {
        QString path;
        QString jail; // empty for the host's ruleset
        PfDocument document;
        PfRuleset ruleset;
        QList<Diagnostic> lint;
    };

    explicit HostModel(HostSession *session, QObject *parent = nullptr);

    HostSession *session() const { return m_session; }
    const HostConfiguration &configuration() const { return m_configuration; }
    const TopologyGraph &graph() const { return m_graph; }
    const QList<Firewall> &firewalls() const { return m_firewalls; }
    const Firewall *firewall(const QString &path) const;
    // The host's interfaces as pf sees them, for the linter and the tracer.
    const QList<PfPacketInterface> &interfaces() const { return m_interfaces; }
    // Parse errors and warnings of one file, lint included.
    QList<Diagnostic> diagnostics(const QString &path) const;
    int jailCount() const { return int(m_configuration.resolution().jails.size()); }
    // Whether the last rebuilt() came from applying the changed files' edits to
    // the configuration before (HostConfiguration::applied()) rather than
    // parsing every file anew; for tests and benchmarks.
    bool lastRebuildWasIncremental() const { return m_incremental; }

    // Derives everything anew from the session's texts.
    void rebuild();

signals:
    void rebuilt();

private:
    // The rc.conf files of one etc/ folder, in rc(8)'s order.
    struct RcFiles
    {
        QStringList main; // rc.conf, rc.conf.local
        QStringList folder; // rc.conf.d/*, sorted
    };

    void update(const QStringList &paths);
    int configurationUses(const QString &path) const;
    bool jailRcFits(const HostConfiguration &configuration) const;
    QHash<QString, RcConfiguration> jailRc(const JailConfResolution &resolution) const;
    QStringList rcFiles(const QString &etc) const;
    RcConfiguration rcConfiguration(const QString &etc) const;
    void deriveViews(const QSet<QString> &changed, bool configurationChanged);
    Firewall derivedFirewall(const QString &path, const QString &jail,
                             const QList<PfPacketInterface> &interfaces);

    HostSession *m_session; // the model is its child
    HostConfiguration m_configuration;
    TopologyGraph m_graph;
    QList<Firewall> m_firewalls;
    QList<PfPacketInterface> m_interfaces;
    bool m_hasNat = false;
    bool m_incremental = false;
    // False until the first rebuild() and again when the session loads: the
    // next change then derives everything anew.
    bool m_derived = false;
    // The texts everything was derived from, to turn the next change into edits.
    QHash<QString, QString> m_texts;
    QHash<QString, RcFiles> m_rcFiles; // by etc/ folder
    // The files each pf.conf's includes and table files read, by its path.
    QHash<QString, QStringList> m_firewallReads;
};
