#pragma once

#include "canvasstyle.h"
#include "topology/topologygraph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

class LinkItem;
class NodeItem;

// The items for one topology graph. A new graph (after every edit) updates
// the scene in place: cards are matched by node id, so positions the user
// chose and the selection survive; links are cheap and made anew.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    void setGraph(const TopologyGraph &graph);
    const TopologyGraph &graph() const { return m_graph; }

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<NodeItem *> nodeItems() const { return m_nodes.values(); }
    const QList<LinkItem *> &linkItems() const { return m_links; }
    QStringList selectedNodeIds() const;
    void selectNodes(const QStringList &ids);
    // The node under a scene position, if any.
    NodeItem *nodeAt(const QPointF &scenePos) const;

    // Positions the user dragged nodes to, by node id; the layout places the rest.
    QHash<QString, QPointF> pinnedPositions() const { return m_pinned; }
    void setPinnedPositions(const QHash<QString, QPointF> &positions);
    // Keep where these cards are now, e.g. after the user dragged them.
    void pin(const QList<NodeItem *> &items);
    // Forget every pinned position and lay everything out again.
    void resetLayout();
    // Everything on the canvas, for fitting the view.
    QRectF contentRect() const;

    void setCanvasStyle(const CanvasStyle &style);
    const CanvasStyle &canvasStyle() const { return m_style; }

signals:
    void selectedNodesChanged(const QStringList &ids);

private:
    void layOut();
    void clearLinks();
    void emitSelectionIfChanged();

    TopologyGraph m_graph;
    CanvasStyle m_style;
    QHash<QString, NodeItem *> m_nodes;
    QList<LinkItem *> m_links;
    QHash<QString, QPointF> m_pinned;
    QStringList m_lastSelection;
};
