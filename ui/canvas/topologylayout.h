#pragma once

#include "topology/topologygraph.h"

#include <QHash>
#include <QRectF>
#include <QString>

// The automatic layered layout of a topology graph: uplinks on top, then the
// host, then the bridges (and interfaces the model did not understand), then
// each bridge's jails in a grid under it. Jails on a host interface (no VNET)
// and jails attached to nothing get header-less groups of their own. The grid
// width is chosen so the whole picture has about the shape of a screen, which
// keeps 3 jails in one row and 1,000 jails readable when zoomed.
//
// A member's link runs down a trunk in the gutter left of its column and then
// right into the member: the gutter holds the link's label, so no label can
// overlap a card.
class TopologyLayout
{
public:
    static constexpr qreal uplinkWidth = 200;
    static constexpr qreal uplinkHeight = 58;
    static constexpr qreal hostMinWidth = 320;
    static constexpr qreal hostHeight = 64;
    static constexpr qreal headerMinWidth = 240;
    static constexpr qreal headerHeight = 58;
    static constexpr qreal memberWidth = 200;
    static constexpr qreal memberHeight = 80;
    static constexpr qreal gutter = 84; // left of each member: trunk, stub and label
    static constexpr qreal trunkInset = 14; // trunk x inside the gutter
    static constexpr qreal columnGap = 14;
    static constexpr qreal rowGap = 16;
    static constexpr qreal groupGap = 48;
    static constexpr qreal layerGap = 56;
    static constexpr qreal rowItemGap = 24;
    static constexpr qreal targetAspect = 1.6;

    explicit TopologyLayout(const TopologyGraph &graph);

    // Where a node goes; an empty rect for ids the graph does not hold.
    QRectF rect(const QString &id) const { return m_rects.value(id); }
    // The node a member hangs under ("bridge:bridge0" for a VNET jail on it),
    // empty for nodes in the top rows.
    QString groupOf(const QString &id) const { return m_groupOf.value(id); }
    // The x of the trunk that feeds a member, in scene coordinates.
    qreal trunkX(const QString &memberId) const { return m_trunkX.value(memberId); }
    QRectF bounds() const { return m_bounds; }
    // Scene y of the channels between the rows, for links that skip a row.
    qreal hostChannelY() const { return m_hostChannelY; }

private:
    QHash<QString, QRectF> m_rects;
    QHash<QString, QString> m_groupOf;
    QHash<QString, qreal> m_trunkX;
    QRectF m_bounds;
    qreal m_hostChannelY = 0;
};
