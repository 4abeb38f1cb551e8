#pragma once

#include "topology/topologygraph.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>

struct CanvasStyle;
class NodeItem;

// A connection between two cards, drawn as an orthogonal line that follows
// its ends when they move. A member's link runs down a trunk beside its
// column; a link from an uplink past the host goes around the host card.
// Epair links show their two interface names in the gutter when zoomed in or
// when either end is hovered or selected.
class LinkItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LinkItem)

public:
    enum { Type = UserType + 2 };

    LinkItem(const TopologyLink &link, NodeItem *from, NodeItem *to, const CanvasStyle *style);

    int type() const override { return Type; }
    const TopologyLink &link() const { return m_link; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }

    // Run down a trunk `offset` right of `parent`'s left edge into the other end.
    void setTrunk(NodeItem *parent, qreal offset);
    // The link of the member above on the same trunk, which draws that part.
    void setTrunkAbove(const LinkItem *above);
    // Its ends were hovered or (de)selected.
    void updateHighlight();
    // Go around `host` at `channelY` below it (for links from an uplink).
    void setDetour(NodeItem *host, qreal channelOffset);
    void updatePath();

    QPolygonF points() const { return m_points; }
    bool hasLabel() const { return !m_labelRect.isEmpty(); }
    QRectF labelRect() const { return m_labelRect; }
    bool isHighlighted() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QPolygonF detourAround(const QRectF &upper, qreal targetX) const;

    TopologyLink m_link;
    NodeItem *m_from;
    NodeItem *m_to;
    const CanvasStyle *m_style;
    NodeItem *m_trunkParent = nullptr;
    qreal m_trunkOffset = 0;
    const LinkItem *m_trunkAbove = nullptr;
    NodeItem *m_detourHost = nullptr;
    qreal m_channelOffset = 0;
    QPolygonF m_points;
    QRectF m_labelRect;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
    bool m_hovered = false;
};
