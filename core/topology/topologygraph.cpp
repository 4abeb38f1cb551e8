#include "topologygraph.h"

void TopologyGraph::addNode(TopologyNode node)
{
    m_index.insert(node.id, m_nodes.size());
    m_nodes.append(std::move(node));
}

void TopologyGraph::addLink(TopologyLink link)
{
    m_links.append(std::move(link));
}

const TopologyNode *TopologyGraph::node(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_nodes[*it];
}

QList<const TopologyLink *> TopologyGraph::linksOf(const QString &id) const
{
    QList<const TopologyLink *> result;
    for (const TopologyLink &link : m_links) {
        if (link.from == id || link.to == id)
            result.append(&link);
    }
    return result;
}

bool TopologyGraph::addProblem(const QString &id, const Diagnostic &problem)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return false;
    m_nodes[*it].problems.append(problem);
    return true;
}
