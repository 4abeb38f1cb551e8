#include "topologylayout.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

using Kind = TopologyNode::Kind;

struct Group
{
    QString header; // empty for jails on a host interface or on nothing
    QStringList members;
    int columns = 0;
};

constexpr qreal cellWidth =
    TopologyLayout::gutter + TopologyLayout::memberWidth + TopologyLayout::columnGap;
constexpr qreal rowPitch = TopologyLayout::memberHeight + TopologyLayout::rowGap;

qreal groupWidth(const Group &group)
{
    const qreal grid = group.columns * cellWidth - TopologyLayout::columnGap;
    return group.header.isEmpty() ? grid : qMax(TopologyLayout::headerMinWidth, grid);
}

int rowsOf(const Group &group)
{
    return group.columns == 0 ? 0 : int((group.members.size() + group.columns - 1) / group.columns);
}

bool isParentKind(Kind kind)
{
    return kind == Kind::Bridge || kind == Kind::Uplink || kind == Kind::Host;
}

// The member a link attaches and the node it hangs under, if the link is one.
std::optional<std::pair<QString, QString>> membership(const TopologyNode &from,
                                                      const TopologyNode &to)
{
    const auto isMember = [](const TopologyNode &member, const TopologyNode &parent) {
        return member.kind == Kind::Jail
            || (member.kind == Kind::Unknown && parent.kind == Kind::Bridge);
    };
    if (isParentKind(from.kind) && isMember(to, from))
        return std::pair(to.id, from.id);
    if (isParentKind(to.kind) && isMember(from, to))
        return std::pair(from.id, to.id);
    return std::nullopt;
}

} // namespace

TopologyLayout::TopologyLayout(const TopologyGraph &graph)
{
    // Each member's parent: an epair wins over a shared address.
    QHash<QString, std::pair<QString, int>> parentOf;
    for (const TopologyLink &link : graph.links()) {
        const TopologyNode *from = graph.node(link.from);
        const TopologyNode *to = graph.node(link.to);
        if (!from || !to)
            continue;
        const auto pair = membership(*from, *to);
        if (!pair)
            continue;
        const int rank = link.kind == TopologyLink::Kind::Epair ? 0 : 1;
        const auto it = parentOf.constFind(pair->first);
        if (it == parentOf.cend() || rank < it->second)
            parentOf.insert(pair->first, {pair->second, rank});
    }

    QList<Group> groups;
    QHash<QString, qsizetype> groupIndex;
    QStringList uplinks;
    QStringList hosts;
    for (const TopologyNode &node : graph.nodes()) {
        if (node.kind == Kind::Uplink)
            uplinks.append(node.id);
        else if (node.kind == Kind::Host)
            hosts.append(node.id);
        else if (node.kind == Kind::Bridge
                 || (node.kind == Kind::Unknown && !parentOf.contains(node.id))) {
            groupIndex.insert(node.id, groups.size());
            groups.append({node.id, {}, 0});
        }
    }
    Group unattached;
    for (const TopologyNode &node : graph.nodes()) {
        if (node.kind != Kind::Jail && !parentOf.contains(node.id))
            continue;
        const QString parent = parentOf.value(node.id).first;
        if (parent.isEmpty()) {
            unattached.members.append(node.id);
            continue;
        }
        auto it = groupIndex.constFind(parent);
        if (it == groupIndex.cend()) {
            it = groupIndex.insert(parent, groups.size());
            groups.append(Group());
        }
        groups[*it].members.append(node.id);
        m_groupOf.insert(node.id, parent);
    }
    if (!unattached.members.isEmpty())
        groups.append(unattached);

    // Row geometry does not depend on the grid width.
    const qreal uplinkRow =
        uplinks.isEmpty() ? 0 : uplinks.size() * (uplinkWidth + rowItemGap) - rowItemGap;
    const qreal hostWidth = qMax(hostMinWidth, uplinkRow);
    const qreal hostRow =
        hosts.isEmpty() ? 0 : hosts.size() * (hostWidth + rowItemGap) - rowItemGap;
    const qreal hostY = uplinks.isEmpty() ? 0 : uplinkHeight + layerGap;
    const qreal headerY = hosts.isEmpty() ? hostY : hostY + hostHeight + layerGap;
    const qreal membersTop = headerY + headerHeight + 26;
    m_hostChannelY = hostY + hostHeight + 16;

    // The widest member grid that keeps the picture about screen-shaped.
    qsizetype largest = 0;
    for (const Group &group : groups)
        largest = qMax(largest, group.members.size());
    int bestColumns = 1;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (int limit = 1; limit <= qMax<qsizetype>(1, largest); ++limit) {
        qreal width = 0;
        int rows = 0;
        for (Group &group : groups) {
            group.columns = int(qMin<qsizetype>(limit, group.members.size()));
            width += groupWidth(group) + groupGap;
            rows = qMax(rows, rowsOf(group));
        }
        width = std::max({width - groupGap, uplinkRow, hostRow});
        const qreal height = membersTop + rows * rowPitch;
        const qreal score = std::abs(std::log(width / height / targetAspect));
        if (score < bestScore) {
            bestScore = score;
            bestColumns = limit;
        }
    }

    qreal groupsWidth = -groupGap;
    for (Group &group : groups) {
        group.columns = int(qMin<qsizetype>(bestColumns, group.members.size()));
        groupsWidth += groupWidth(group) + groupGap;
    }
    const qreal width = std::max({groupsWidth, uplinkRow, hostRow, qreal(0)});

    qreal x = (width - uplinkRow) / 2;
    for (const QString &id : std::as_const(uplinks)) {
        m_rects.insert(id, QRectF(x, 0, uplinkWidth, uplinkHeight));
        x += uplinkWidth + rowItemGap;
    }
    x = (width - hostRow) / 2;
    for (const QString &id : std::as_const(hosts)) {
        m_rects.insert(id, QRectF(x, hostY, hostWidth, hostHeight));
        x += hostWidth + rowItemGap;
    }
    x = (width - groupsWidth) / 2;
    for (const Group &group : std::as_const(groups)) {
        const qreal groupW = groupWidth(group);
        if (!group.header.isEmpty())
            m_rects.insert(group.header, QRectF(x, headerY, groupW, headerHeight));
        for (qsizetype i = 0; i < group.members.size(); ++i) {
            const qreal cellX = x + (i % group.columns) * cellWidth;
            const qreal y = membersTop + (i / group.columns) * rowPitch;
            m_rects.insert(group.members[i], QRectF(cellX + gutter, y, memberWidth, memberHeight));
            m_trunkX.insert(group.members[i], cellX + trunkInset);
        }
        x += groupW + groupGap;
    }

    for (const QRectF &rect : std::as_const(m_rects))
        m_bounds |= rect;
}
