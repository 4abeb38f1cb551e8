#include "topologyscene.h"

#include "linkitem.h"
#include "nodeitem.h"
#include "topologylayout.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Kind = TopologyNode::Kind;

} // namespace

TopologyScene::TopologyScene(QObject *parent)
    : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::emitSelectionIfChanged);
}

TopologyScene::~TopologyScene()
{
    // Links refer to cards; take them out of the scene first.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    clearLinks();
}

void TopologyScene::setGraph(const TopologyGraph &graph)
{
    QSignalBlocker blocker(this);
    m_graph = graph;
    QSet<QString> current;
    current.reserve(graph.nodes().size());
    for (const TopologyNode &node : graph.nodes()) {
        current.insert(node.id);
        if (NodeItem *item = m_nodes.value(node.id)) {
            item->setNode(node);
            continue;
        }
        auto *item = new NodeItem(node, &m_style);
        m_nodes.insert(node.id, item);
        addItem(item);
    }
    clearLinks();
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (current.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_nodes.erase(it);
    }
    layOut();
    blocker.unblock();
    emitSelectionIfChanged();
}

void TopologyScene::clearLinks()
{
    qDeleteAll(m_links);
    m_links.clear();
    for (NodeItem *item : std::as_const(m_nodes))
        item->clearLinks();
}

void TopologyScene::layOut()
{
    clearLinks();
    const TopologyLayout layout(m_graph);
    for (NodeItem *item : std::as_const(m_nodes)) {
        const QRectF rect = layout.rect(item->id());
        item->setSize(rect.size());
        item->setPos(m_pinned.value(item->id(), rect.topLeft()));
    }

    // Every bridge and uplink is an interface of the host, drawn as a link
    // even when the graph has none for it.
    const TopologyNode *host = nullptr;
    for (const TopologyNode &node : m_graph.nodes()) {
        if (node.kind == Kind::Host) {
            host = &node;
            break;
        }
    }
    NodeItem *hostItem = host ? m_nodes.value(host->id) : nullptr;
    if (hostItem) {
        int jails = 0;
        int running = 0;
        int known = 0;
        int bridges = 0;
        for (const TopologyNode &node : m_graph.nodes()) {
            jails += node.kind == Kind::Jail;
            running += node.kind == Kind::Jail && node.state == TopologyNode::State::Running;
            known += node.kind == Kind::Jail && node.state != TopologyNode::State::Unknown;
            bridges += node.kind == Kind::Bridge;
        }
        // A host read from files says nothing about what runs; do not claim "0 running".
        hostItem->setSummary(
            known > 0
                ? tr("jails: %1 (%2 running) · bridges: %3").arg(jails).arg(running).arg(bridges)
                : tr("jails: %1 · bridges: %2").arg(jails).arg(bridges));
    }
    QSet<QString> linkedToHost;
    QHash<LinkItem *, NodeItem *> trunkParents;
    QHash<LinkItem *, qreal> trunkXs;
    const auto addLink = [&](const TopologyLink &link) {
        NodeItem *from = m_nodes.value(link.from);
        NodeItem *to = m_nodes.value(link.to);
        if (!from || !to || from == to)
            return;
        if (from == hostItem)
            linkedToHost.insert(link.to);
        if (to == hostItem)
            linkedToHost.insert(link.from);
        auto *item = new LinkItem(link, from, to, &m_style);
        const QString group = layout.groupOf(to->id());
        NodeItem *parent = group == from->id() ? from : nullptr;
        if (!parent && layout.groupOf(from->id()) == to->id())
            parent = to;
        if (parent) {
            const NodeItem *member = parent == from ? to : from;
            item->setTrunk(parent, layout.trunkX(member->id()) - layout.rect(parent->id()).left());
            trunkParents.insert(item, parent);
            trunkXs.insert(item, layout.trunkX(member->id()));
        }
        const NodeItem *upper = parent ? parent : from;
        const NodeItem *lower = parent ? nullptr : to;
        const bool fromUplink =
            upper->node().kind == Kind::Uplink || (lower && lower->node().kind == Kind::Uplink);
        const bool pastHost = parent
            || (lower && lower->node().kind != Kind::Host && upper->node().kind != Kind::Host);
        if (hostItem && fromUplink && pastHost)
            item->setDetour(hostItem, layout.hostChannelY() - layout.rect(hostItem->id()).bottom());
        from->addLink(item);
        to->addLink(item);
        m_links.append(item);
    };
    for (const TopologyLink &link : m_graph.links())
        addLink(link);
    if (hostItem) {
        for (const TopologyNode &node : m_graph.nodes()) {
            if ((node.kind == Kind::Bridge || node.kind == Kind::Uplink)
                && !linkedToHost.contains(node.id)) {
                TopologyLink link;
                link.kind = TopologyLink::Kind::HostInterface;
                link.from = node.kind == Kind::Uplink ? node.id : host->id;
                link.to = node.kind == Kind::Uplink ? host->id : node.id;
                link.hostEnd = node.name;
                addLink(link);
            }
        }
    }
    // Chain the links that share a trunk, top to bottom.
    QHash<std::pair<NodeItem *, qreal>, QList<LinkItem *>> trunks;
    for (LinkItem *link : std::as_const(m_links)) {
        if (NodeItem *parent = trunkParents.value(link))
            trunks[{parent, trunkXs.value(link)}].append(link);
    }
    for (QList<LinkItem *> &column : trunks) {
        std::sort(column.begin(), column.end(), [](const LinkItem *a, const LinkItem *b) {
            return a->to()->y() + a->from()->y() < b->to()->y() + b->from()->y();
        });
        for (qsizetype i = 1; i < column.size(); ++i)
            column[i]->setTrunkAbove(column[i - 1]);
    }
    for (LinkItem *link : std::as_const(m_links)) {
        link->updatePath();
        addItem(link);
    }
    setSceneRect(contentRect().adjusted(-400, -300, 400, 300));
}

QRectF TopologyScene::contentRect() const
{
    QRectF rect;
    for (const NodeItem *item : m_nodes)
        rect |= item->cardSceneRect();
    for (const LinkItem *link : m_links)
        rect |= link->boundingRect();
    return rect;
}

QStringList TopologyScene::selectedNodeIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            ids.append(static_cast<NodeItem *>(item)->id());
    }
    ids.sort();
    return ids;
}

void TopologyScene::selectNodes(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const QString &id : ids) {
            if (NodeItem *item = m_nodes.value(id))
                item->setSelected(true);
        }
    }
    emitSelectionIfChanged();
}

NodeItem *TopologyScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type
            && static_cast<NodeItem *>(item)->cardSceneRect().contains(scenePos))
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void TopologyScene::setPinnedPositions(const QHash<QString, QPointF> &positions)
{
    m_pinned = positions;
    layOut();
}

void TopologyScene::pin(const QList<NodeItem *> &items)
{
    for (const NodeItem *item : items)
        m_pinned.insert(item->id(), item->pos());
    setSceneRect(sceneRect() | contentRect().adjusted(-400, -300, 400, 300));
}

void TopologyScene::resetLayout()
{
    m_pinned.clear();
    layOut();
}

void TopologyScene::setCanvasStyle(const CanvasStyle &style)
{
    m_style = style;
    setBackgroundBrush(m_style.background);
    for (NodeItem *item : std::as_const(m_nodes))
        item->styleChanged();
    update();
}

void TopologyScene::emitSelectionIfChanged()
{
    const QStringList ids = selectedNodeIds();
    if (ids == m_lastSelection)
        return;
    m_lastSelection = ids;
    emit selectedNodesChanged(ids);
}
