#pragma once

#include "nodepositionstore.h"
#include "topology/topologygraph.h"

#include <QGraphicsView>

class QAction;
class QActionGroup;
class QGraphicsLineItem;
class QGraphicsPathItem;
class QLineEdit;
class QMenu;
class NodeItem;
class TopologyScene;

// The topology canvas: shows a host's graph, zooms and pans, and turns
// pointing and clicking into requests (signals) that the window runs as
// operations on its undo stack. The canvas never changes a document itself.
//
// Gestures: drag a card to move it (remembered per host); drag from a jail's
// handle (its left edge) or drop the jail card on a bridge to move it there;
// Delete deletes, F2 or a double-click on the name renames in place; drag
// empty space or use the middle button to pan; Ctrl+wheel or +/- zooms.
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Tool { Select, NewJail, NewBridge };
    Q_ENUM(Tool)

    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    TopologyScene *topologyScene() const { return m_scene; }
    // Shows `graph` for the host `hostId`. The same host again keeps positions,
    // selection and zoom; another host loads its remembered positions and fits.
    void setGraph(const QString &hostId, const TopologyGraph &graph);
    QString hostId() const { return m_hostId; }
    void setPositionStore(const NodePositionStore &store) { m_store = store; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    QStringList selectedNodeIds() const;
    void selectNodes(const QStringList &ids);
    qreal zoom() const;

    QAction *selectToolAction() const { return m_selectTool; }
    QAction *newJailToolAction() const { return m_newJailTool; }
    QAction *newBridgeToolAction() const { return m_newBridgeTool; }
    QAction *deleteAction() const { return m_delete; }
    QAction *renameAction() const { return m_rename; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }
    QAction *resetLayoutAction() const { return m_resetLayout; }

    // The in-place name editor while renaming, else null.
    QLineEdit *renameEditor() const { return m_renameEditor; }
    // The context menu for a scene position (a card's, or the canvas's).
    QMenu *createContextMenu(const QPointF &scenePos, QWidget *parent);

public slots:
    void zoomIn();
    void zoomOut();
    void fitToView();
    // Opens the name editor on `id`, or on the one selected jail or bridge.
    void startRename(const QString &id = QString());
    void requestDelete();

signals:
    void nodeSelectionChanged(const QStringList &ids);
    // bridgeId is empty when the user clicked empty space.
    void newJailRequested(const QString &bridgeId, const QPointF &scenePos);
    void newBridgeRequested(const QPointF &scenePos);
    void moveJailRequested(const QString &jailId, const QString &bridgeId);
    void deleteRequested(const QStringList &ids);
    void renameRequested(const QString &id, const QString &newName);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Gesture { None, Pan, Connect, Move, RubberBand };

    void createActions();
    void updateActions();
    void applyPalette();
    void scaleBy(qreal factor);
    NodeItem *portAt(const QPointF &scenePos) const;
    NodeItem *bridgeAt(const QPointF &scenePos, const NodeItem *except) const;
    QString bridgeOf(const NodeItem *jail) const;
    void finishConnect(const QPointF &scenePos);
    void finishMove(const QPointF &scenePos);
    void setDropTarget(NodeItem *bridge);
    void commitRename();
    void closeRenameEditor();
    void savePositions();

    TopologyScene *m_scene;
    NodePositionStore m_store;
    QString m_hostId;
    Tool m_tool = Tool::Select;
    bool m_autoFit = true;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_dragged = false;
    NodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_preview = nullptr;
    QGraphicsPathItem *m_dropHighlight = nullptr;
    QHash<NodeItem *, QPointF> m_moveStart;

    QLineEdit *m_renameEditor = nullptr;
    QString m_renameId;

    QActionGroup *m_tools = nullptr;
    QAction *m_selectTool = nullptr;
    QAction *m_newJailTool = nullptr;
    QAction *m_newBridgeTool = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_resetLayout = nullptr;
};
