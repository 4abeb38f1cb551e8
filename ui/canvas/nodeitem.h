#pragma once

#include "topology/topologygraph.h"

#include <QCoreApplication>
#include <QGraphicsItem>

struct CanvasStyle;
class LinkItem;

// A card on the canvas for one topology node: the host, an uplink, a bridge,
// a jail, or something the model could not understand (dashed). It shows the
// node and never changes it; the view turns gestures on it into requests.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 1 };

    NodeItem(const TopologyNode &node, const CanvasStyle *style);

    int type() const override { return Type; }
    const TopologyNode &node() const { return m_node; }
    QString id() const { return m_node.id; }
    void setNode(const TopologyNode &node);
    // A line about the whole graph, shown on the host's card.
    void setSummary(const QString &summary);
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    // Fonts or colours changed: elide the texts again and repaint.
    void styleChanged();

    // The card without its shadow or hover handle, in scene coordinates.
    QRectF cardSceneRect() const { return QRectF(scenePos(), m_size); }
    // The texts as drawn: title first, then the detail lines (elided to fit).
    QStringList texts() const;
    QString caption() const { return m_caption; }
    // Item coordinates of the name, where the in-place editor goes.
    QRectF titleRect() const;
    // Item coordinates of the handle a connect drag starts from (jails only).
    QRectF portRect() const;
    bool isRenamable() const;
    bool isHovered() const { return m_hovered; }

    void addLink(LinkItem *link) { m_links.append(link); }
    void clearLinks() { m_links.clear(); }
    const QList<LinkItem *> &links() const { return m_links; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateTexts();
    void paintOverviewName(QPainter *painter) const;
    void updateLinks(bool geometry);
    QColor accent() const;
    bool isDashed() const;
    qreal captionWidth() const;

    TopologyNode m_node;
    const CanvasStyle *m_style;
    QSizeF m_size;
    QString m_summary;
    QString m_caption;
    QString m_title; // elided
    QStringList m_lines; // elided
    QList<LinkItem *> m_links;
    bool m_hovered = false;
};
