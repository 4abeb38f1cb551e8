#include "topologyview.h"

#include "canvasstyle.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "topologyscene.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Kind = TopologyNode::Kind;

constexpr qreal minZoom = 0.03;
constexpr qreal maxZoom = 4;
constexpr qreal zoomStep = 1.25;

bool isDeletable(const NodeItem *item)
{
    return item->node().kind == Kind::Jail || item->node().kind == Kind::Bridge;
}

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new TopologyScene(this))
{
    setObjectName(u"TopologyView"_s);
    setAccessibleName(tr("Topology canvas"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(AnchorUnderMouse);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    createActions();
    applyPalette();
    connect(m_scene, &TopologyScene::selectedNodesChanged, this, [this](const QStringList &ids) {
        updateActions();
        emit nodeSelectionChanged(ids);
    });
}

TopologyView::~TopologyView() = default;

void TopologyView::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QString &icon,
                             const QKeySequence &shortcut) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QString(text).remove(u'&').remove(u'…'));
        addAction(action);
        return action;
    };
    m_tools = new QActionGroup(this);
    m_selectTool = make(tr("&Select"), u"actionCanvasSelect"_s, u"edit-select"_s,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_selectTool->setStatusTip(tr("Select and drag cards; Esc also returns to this tool"));
    m_newJailTool = make(tr("New &Jail"), u"actionCanvasNewJail"_s, u"list-add"_s,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_newJailTool->setStatusTip(tr("Click a bridge or empty space to add a jail there"));
    m_newBridgeTool = make(tr("New &Bridge"), u"actionCanvasNewBridge"_s, u"network-wired"_s,
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_newBridgeTool->setStatusTip(tr("Click empty space to add a bridge"));
    const std::pair<QAction *, Tool> tools[] = {{m_selectTool, Tool::Select},
                                                {m_newJailTool, Tool::NewJail},
                                                {m_newBridgeTool, Tool::NewBridge}};
    for (const auto &[action, tool] : tools) {
        action->setCheckable(true);
        m_tools->addAction(action);
        connect(action, &QAction::triggered, this, [this, t = tool] { setTool(t); });
    }
    m_selectTool->setChecked(true);

    m_delete = make(tr("&Delete"), u"actionCanvasDelete"_s, u"edit-delete"_s, QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &TopologyView::requestDelete);
    m_rename = make(tr("&Rename…"), u"actionCanvasRename"_s, u"edit-rename"_s, Qt::Key_F2);
    connect(m_rename, &QAction::triggered, this, [this] { startRename(); });
    m_zoomIn = make(tr("Zoom &In"), u"actionCanvasZoomIn"_s, u"zoom-in"_s, QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, this, &TopologyView::zoomIn);
    m_zoomOut =
        make(tr("Zoom &Out"), u"actionCanvasZoomOut"_s, u"zoom-out"_s, QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, &TopologyView::zoomOut);
    m_fit = make(tr("&Fit to View"), u"actionCanvasFit"_s, u"zoom-fit-best"_s,
                 QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fit, &QAction::triggered, this, &TopologyView::fitToView);
    m_resetLayout = make(tr("Reset &Layout"), u"actionCanvasResetLayout"_s, u"view-refresh"_s,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resetLayout->setStatusTip(tr("Forget where cards were dragged and lay them out again"));
    connect(m_resetLayout, &QAction::triggered, this, [this] {
        m_scene->resetLayout();
        savePositions();
    });
    updateActions();
}

void TopologyView::updateActions()
{
    const QStringList ids = selectedNodeIds();
    bool deletable = false;
    for (const QString &id : ids) {
        if (const NodeItem *item = m_scene->nodeItem(id); item && isDeletable(item))
            deletable = true;
    }
    m_delete->setEnabled(deletable);
    const NodeItem *single = ids.size() == 1 ? m_scene->nodeItem(ids.first()) : nullptr;
    m_rename->setEnabled(single && single->isRenamable());
}

void TopologyView::setGraph(const QString &hostId, const TopologyGraph &graph)
{
    if (hostId != m_hostId) {
        closeRenameEditor();
        m_hostId = hostId;
        m_scene->setGraph(TopologyGraph());
        m_scene->setPinnedPositions(m_store.load(hostId));
        m_scene->setGraph(graph);
        m_autoFit = true;
        fitToView();
    } else {
        m_scene->setGraph(graph);
        if (m_autoFit)
            fitToView();
    }
    if (m_renameEditor && !m_scene->nodeItem(m_renameId))
        closeRenameEditor();
    updateActions();
}

void TopologyView::setTool(Tool tool)
{
    m_tool = tool;
    QAction *checked = tool == Tool::NewJail ? m_newJailTool
        : tool == Tool::NewBridge            ? m_newBridgeTool
                                             : m_selectTool;
    checked->setChecked(true);
    viewport()->setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
}

QStringList TopologyView::selectedNodeIds() const
{
    return m_scene->selectedNodeIds();
}

void TopologyView::selectNodes(const QStringList &ids)
{
    m_scene->selectNodes(ids);
    if (ids.size() == 1) {
        if (const NodeItem *item = m_scene->nodeItem(ids.first()))
            ensureVisible(item->cardSceneRect(), 40, 40);
    }
}

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::zoomIn()
{
    scaleBy(zoomStep);
}

void TopologyView::zoomOut()
{
    scaleBy(1 / zoomStep);
}

void TopologyView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minZoom, maxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    m_autoFit = false;
    closeRenameEditor();
    scale(target / zoom(), target / zoom());
}

void TopologyView::fitToView()
{
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty())
        return;
    const QRectF target = content.adjusted(-24, -24, 24, 24);
    fitInView(target, Qt::KeepAspectRatio);
    // Small graphs stay at their natural size instead of being blown up.
    if (zoom() > 1)
        setTransform(QTransform());
    centerOn(target.center());
}

void TopologyView::applyPalette()
{
    m_scene->setCanvasStyle(CanvasStyle(palette(), font()));
    setBackgroundBrush(m_scene->canvasStyle().background);
}

void TopologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QGraphicsView::changeEvent(event);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

NodeItem *TopologyView::portAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        if (node->portRect().contains(node->mapFromScene(scenePos)))
            return node;
    }
    return nullptr;
}

NodeItem *TopologyView::bridgeAt(const QPointF &scenePos, const NodeItem *except) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (item->type() != NodeItem::Type || item == except)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        if (node->node().kind == Kind::Bridge && node->cardSceneRect().contains(scenePos))
            return node;
    }
    return nullptr;
}

QString TopologyView::bridgeOf(const NodeItem *jail) const
{
    for (const LinkItem *link : jail->links()) {
        if (link->link().kind != TopologyLink::Kind::Epair)
            continue;
        const NodeItem *other = link->from() == jail ? link->to() : link->from();
        if (other->node().kind == Kind::Bridge)
            return other->id();
    }
    return QString();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->pos();
    m_dragged = false;
    const QPointF scenePos = mapToScene(event->pos());
    if (m_renameEditor)
        commitRename();

    if (event->button() == Qt::MiddleButton) {
        m_gesture = Gesture::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }

    NodeItem *node = m_scene->nodeAt(scenePos);
    if (m_tool == Tool::NewJail) {
        QString bridge;
        if (node && node->node().kind == Kind::Bridge)
            bridge = node->id();
        else if (node && node->node().kind == Kind::Jail)
            bridge = bridgeOf(node);
        emit newJailRequested(bridge, scenePos);
        setTool(Tool::Select);
        return;
    }
    if (m_tool == Tool::NewBridge) {
        if (!node)
            emit newBridgeRequested(scenePos);
        setTool(Tool::Select);
        return;
    }

    if (NodeItem *jail = portAt(scenePos)) {
        m_gesture = Gesture::Connect;
        m_connectFrom = jail;
        m_scene->selectNodes({jail->id()});
        m_preview =
            new QGraphicsLineItem(QLineF(jail->mapToScene(jail->portRect().center()), scenePos));
        QPen pen(m_scene->canvasStyle().selection, 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_preview->setPen(pen);
        m_preview->setZValue(3);
        m_scene->addItem(m_preview);
        return;
    }
    if (!node) {
        if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
            m_gesture = Gesture::RubberBand;
            setDragMode(RubberBandDrag);
            QGraphicsView::mousePressEvent(event);
        } else {
            m_gesture = Gesture::Pan;
        }
        return;
    }

    m_gesture = Gesture::Move;
    QGraphicsView::mousePressEvent(event);
    m_moveStart.clear();
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == NodeItem::Type)
            m_moveStart.insert(static_cast<NodeItem *>(item), item->pos());
    }
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint delta = event->pos() - m_lastPos;
    m_lastPos = event->pos();
    if ((event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragged = true;
    const QPointF scenePos = mapToScene(event->pos());

    switch (m_gesture) {
    case Gesture::Pan:
        if (m_dragged) {
            viewport()->setCursor(Qt::ClosedHandCursor);
            m_autoFit = false;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        }
        return;
    case Gesture::Connect:
        m_preview->setLine(QLineF(m_preview->line().p1(), scenePos));
        setDropTarget(bridgeAt(scenePos, nullptr));
        return;
    case Gesture::Move:
        QGraphicsView::mouseMoveEvent(event);
        setDropTarget(m_moveStart.size() == 1
                              && m_moveStart.cbegin().key()->node().kind == Kind::Jail
                          ? bridgeAt(scenePos, m_moveStart.cbegin().key())
                          : nullptr);
        return;
    case Gesture::RubberBand:
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseMoveEvent(event);
    if (m_tool == Tool::Select && !(event->buttons() & Qt::LeftButton))
        viewport()->setCursor(portAt(scenePos) ? Qt::CrossCursor : Qt::ArrowCursor);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    switch (gesture) {
    case Gesture::Pan:
        viewport()->setCursor(m_tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        if (!m_dragged && event->button() == Qt::LeftButton)
            m_scene->clearSelection();
        return;
    case Gesture::Connect:
        finishConnect(scenePos);
        return;
    case Gesture::Move:
        QGraphicsView::mouseReleaseEvent(event);
        finishMove(scenePos);
        return;
    case Gesture::RubberBand:
        QGraphicsView::mouseReleaseEvent(event);
        setDragMode(NoDrag);
        return;
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::finishConnect(const QPointF &scenePos)
{
    setDropTarget(nullptr);
    delete m_preview;
    m_preview = nullptr;
    NodeItem *jail = std::exchange(m_connectFrom, nullptr);
    const NodeItem *bridge = bridgeAt(scenePos, nullptr);
    if (jail && bridge && bridge->id() != bridgeOf(jail))
        emit moveJailRequested(jail->id(), bridge->id());
}

void TopologyView::finishMove(const QPointF &scenePos)
{
    setDropTarget(nullptr);
    QList<NodeItem *> moved;
    for (auto it = m_moveStart.cbegin(); it != m_moveStart.cend(); ++it) {
        if (it.key()->pos() != it.value())
            moved.append(it.key());
    }
    const auto start = std::exchange(m_moveStart, {});
    if (moved.isEmpty())
        return;
    // A jail dropped on a bridge is a request to move it there, not a new position.
    if (moved.size() == 1 && moved.first()->node().kind == Kind::Jail) {
        NodeItem *jail = moved.first();
        if (const NodeItem *bridge = bridgeAt(scenePos, jail)) {
            jail->setPos(start.value(jail));
            if (bridge->id() != bridgeOf(jail))
                emit moveJailRequested(jail->id(), bridge->id());
            return;
        }
    }
    m_scene->pin(moved);
    savePositions();
}

void TopologyView::setDropTarget(NodeItem *bridge)
{
    if (!bridge) {
        delete m_dropHighlight;
        m_dropHighlight = nullptr;
        return;
    }
    if (!m_dropHighlight) {
        m_dropHighlight = new QGraphicsPathItem;
        QPen pen(m_scene->canvasStyle().selection, 3);
        m_dropHighlight->setPen(pen);
        m_dropHighlight->setZValue(2);
        m_scene->addItem(m_dropHighlight);
    }
    QPainterPath path;
    path.addRoundedRect(bridge->cardSceneRect().adjusted(-4, -4, 4, 4), 11, 11);
    m_dropHighlight->setPath(path);
}

void TopologyView::savePositions()
{
    if (!m_hostId.isEmpty())
        m_store.save(m_hostId, m_scene->pinnedPositions());
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    if (NodeItem *node = m_scene->nodeAt(scenePos);
        node && node->isRenamable() && node->titleRect().contains(node->mapFromScene(scenePos))) {
        startRename(node->id());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    m_autoFit = false;
    QGraphicsView::wheelEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    // Plain keys the actions' shortcuts leave free, and a fallback for when
    // the window has no shortcut map (offscreen tests).
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Delete:
        requestDelete();
        return;
    case Qt::Key_F2:
        startRename();
        return;
    case Qt::Key_Escape:
        if (m_gesture == Gesture::Connect)
            finishConnect(QPointF(qInf(), qInf()));
        setTool(Tool::Select);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::requestDelete()
{
    QStringList ids;
    for (const QString &id : selectedNodeIds()) {
        if (const NodeItem *item = m_scene->nodeItem(id); item && isDeletable(item))
            ids.append(id);
    }
    if (!ids.isEmpty())
        emit deleteRequested(ids);
}

void TopologyView::startRename(const QString &id)
{
    const QStringList selected = selectedNodeIds();
    const QString target =
        !id.isEmpty() ? id : (selected.size() == 1 ? selected.first() : QString());
    NodeItem *item = m_scene->nodeItem(target);
    if (!item || !item->isRenamable())
        return;
    closeRenameEditor();
    m_scene->selectNodes({target});
    ensureVisible(item->cardSceneRect(), 40, 40);
    m_renameId = target;
    m_renameEditor = new QLineEdit(item->node().name, viewport());
    m_renameEditor->setObjectName(u"TopologyRenameEditor"_s);
    m_renameEditor->setAccessibleName(tr("New name for %1").arg(item->node().name));
    QFont font = m_scene->canvasStyle().titleFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::clamp(font.pointSizeF() * zoom(), 8.0, 24.0));
    m_renameEditor->setFont(font);
    const QRect title = mapFromScene(item->mapToScene(item->titleRect())).boundingRect();
    m_renameEditor->setGeometry(title.x(), title.y() - 2, qMax(title.width(), 140),
                                qMax(title.height() + 4, m_renameEditor->sizeHint().height()));
    m_renameEditor->selectAll();
    m_renameEditor->installEventFilter(this);
    connect(m_renameEditor, &QLineEdit::returnPressed, this, &TopologyView::commitRename);
    m_renameEditor->show();
    m_renameEditor->setFocus();
}

void TopologyView::commitRename()
{
    if (!m_renameEditor)
        return;
    const QString name = m_renameEditor->text().trimmed();
    const QString id = m_renameId;
    closeRenameEditor();
    const NodeItem *item = m_scene->nodeItem(id);
    if (item && !name.isEmpty() && name != item->node().name)
        emit renameRequested(id, name);
}

void TopologyView::closeRenameEditor()
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = std::exchange(m_renameEditor, nullptr);
    m_renameId.clear();
    editor->removeEventFilter(this);
    editor->disconnect(this);
    editor->hide();
    editor->deleteLater();
    setFocus();
}

bool TopologyView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeRenameEditor();
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            // Clicking elsewhere keeps the typed name, as in file managers.
            QMetaObject::invokeMethod(this, &TopologyView::commitRename, Qt::QueuedConnection);
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

QMenu *TopologyView::createContextMenu(const QPointF &scenePos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    NodeItem *node = m_scene->nodeAt(scenePos);
    if (node && !node->isSelected())
        m_scene->selectNodes({node->id()});

    if (node && node->node().kind == Kind::Bridge) {
        QAction *add = menu->addAction(
            m_newJailTool->icon(), tr("New Jail Here…"), this,
            [this, id = node->id(), scenePos] { emit newJailRequested(id, scenePos); });
        add->setObjectName(u"actionCanvasNewJailHere"_s);
    }
    if (node && node->node().kind == Kind::Jail) {
        QMenu *move = menu->addMenu(tr("&Move to Bridge"));
        move->setObjectName(u"menuCanvasMoveToBridge"_s);
        const QString current = bridgeOf(node);
        for (const TopologyNode &candidate : m_scene->graph().nodes()) {
            if (candidate.kind != Kind::Bridge)
                continue;
            QAction *target = move->addAction(candidate.name, this,
                                              [this, jail = node->id(), bridge = candidate.id] {
                                                  emit moveJailRequested(jail, bridge);
                                              });
            target->setEnabled(candidate.id != current);
            target->setData(candidate.id);
        }
        move->setEnabled(!move->isEmpty());
    }
    if (node) {
        if (node->isRenamable())
            menu->addAction(m_rename);
        if (isDeletable(node))
            menu->addAction(m_delete);
        menu->addSeparator();
    } else {
        QAction *jail =
            menu->addAction(m_newJailTool->icon(), tr("New &Jail…"), this,
                            [this, scenePos] { emit newJailRequested(QString(), scenePos); });
        jail->setObjectName(u"actionCanvasNewJailAt"_s);
        QAction *bridge = menu->addAction(m_newBridgeTool->icon(), tr("New &Bridge…"), this,
                                          [this, scenePos] { emit newBridgeRequested(scenePos); });
        bridge->setObjectName(u"actionCanvasNewBridgeAt"_s);
        menu->addSeparator();
    }
    menu->addActions({m_zoomIn, m_zoomOut, m_fit, m_resetLayout});
    return menu;
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(mapToScene(event->pos()), this);
    menu->exec(event->globalPos());
    delete menu;
}
