#pragma once

#include "text/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Where a node or link was read from, so the UI can jump to it.
struct SourceLocation
{
    QString file;
    int line = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

Q_DECLARE_TYPEINFO(SourceLocation, Q_RELOCATABLE_TYPE);

// One thing on a host's jail network. Ids are stable across re-derivations
// ("host", "uplink:em0", "bridge:bridge0", "jail:nginx") so the canvas can keep
// positions and selection while the documents change underneath.
struct TopologyNode
{
    enum class Kind { Host, Uplink, Bridge, Jail, Unknown };
    enum class State { Unknown, Running, Stopped };

    QString id;
    Kind kind = Kind::Unknown;
    QString name;
    QStringList addresses; // CIDR, e.g. "10.0.0.1/24", "2001:db8::1/64"
    QString hostname; // jails
    QString defaultRoute; // jails: the gateway their default route points at
    bool vnet = false; // jails
    State state = State::Unknown;
    SourceLocation origin;
    QString unknownReason; // Kind::Unknown, or a part that could not be understood
    QList<Diagnostic> problems;

    friend bool operator==(const TopologyNode &, const TopologyNode &) = default;
};

Q_DECLARE_TYPEINFO(TopologyNode, Q_RELOCATABLE_TYPE);

// An edge between two nodes: a bridge member epair (jail side "b" end, bridge
// side "a" end), a bridge's uplink member, a shared-IP jail on a host
// interface, or a host's own interface.
struct TopologyLink
{
    enum class Kind { Epair, BridgeMember, SharedAddress, HostInterface };

    QString from; // node ids; for Epair `from` is the bridge and `to` the jail
    QString to;
    Kind kind = Kind::Epair;
    QString hostEnd; // interface on the host side, e.g. "epair10a", "em0"
    QString jailEnd; // interface inside the jail, e.g. "epair10b"
    SourceLocation origin;

    friend bool operator==(const TopologyLink &, const TopologyLink &) = default;
};

Q_DECLARE_TYPEINFO(TopologyLink, Q_RELOCATABLE_TYPE);

class TopologyGraph
{
public:
    void addNode(TopologyNode node);
    void addLink(TopologyLink link);

    const QList<TopologyNode> &nodes() const { return m_nodes; }
    const QList<TopologyLink> &links() const { return m_links; }
    const TopologyNode *node(const QString &id) const;
    // Attaches a problem to a node; false when there is no such node.
    bool addProblem(const QString &id, const Diagnostic &problem);
    QList<const TopologyLink *> linksOf(const QString &id) const;

private:
    QList<TopologyNode> m_nodes;
    QList<TopologyLink> m_links;
    QHash<QString, qsizetype> m_index;
};
