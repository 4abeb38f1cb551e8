#pragma once

#include "pf/pfdocument.h"
#include "pf/pfpacketinterface.h"
#include "pf/pfruleset.h"
#include "topology/hostconfiguration.h"
#include "topology/topologygraph.h"

#include <QObject>

class HostSession;

// What a host session's documents mean: the resolved jails, rc.conf values and
// network (HostConfiguration), the topology graph with the validator's
// problems, and each pf ruleset with its lint. Derived again, whole, after
// every change to the documents; nothing here is ever edited directly.
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

    void rebuild();

signals:
    void rebuilt();

private:
    HostSession *m_session; // the model is its child
    HostConfiguration m_configuration;
    TopologyGraph m_graph;
    QList<Firewall> m_firewalls;
    QList<PfPacketInterface> m_interfaces;
};
