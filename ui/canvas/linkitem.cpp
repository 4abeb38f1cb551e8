#include "linkitem.h"

#include "canvasstyle.h"
#include "nodeitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal lodShapes = 0.35;
constexpr qreal lodLabelsAlways = 0.9;
constexpr qreal lodLabelsOnHover = 0.5;

QString toolTipFor(const TopologyLink &link, const NodeItem *from, const NodeItem *to)
{
    QString html = u"<b>%1</b> — <b>%2</b>"_s.arg(from->node().name.toHtmlEscaped(),
                                                  to->node().name.toHtmlEscaped());
    switch (link.kind) {
    case TopologyLink::Kind::Epair:
        html += u"<br>"_s
            + LinkItem::tr("epair: %1 on the host, %2 in the jail")
                  .arg(link.hostEnd.toHtmlEscaped(), link.jailEnd.toHtmlEscaped());
        break;
    case TopologyLink::Kind::BridgeMember:
        html += u"<br>"_s + LinkItem::tr("bridge member %1").arg(link.hostEnd.toHtmlEscaped());
        break;
    case TopologyLink::Kind::SharedAddress:
        html += u"<br>"_s + LinkItem::tr("shared address on %1").arg(link.hostEnd.toHtmlEscaped());
        break;
    case TopologyLink::Kind::HostInterface:
        html += u"<br>"_s + LinkItem::tr("interface of the host");
        break;
    }
    if (link.origin.isValid())
        html += u"<br>"_s
            + LinkItem::tr("Defined in %1:%2").arg(link.origin.file).arg(link.origin.line);
    return html;
}

} // namespace

LinkItem::LinkItem(const TopologyLink &link, NodeItem *from, NodeItem *to, const CanvasStyle *style)
    : m_link(link)
    , m_from(from)
    , m_to(to)
    , m_style(style)
{
    setAcceptHoverEvents(true);
    setToolTip(toolTipFor(link, from, to));
}

void LinkItem::setTrunk(NodeItem *parent, qreal offset)
{
    m_trunkParent = parent;
    m_trunkOffset = offset;
}

void LinkItem::setTrunkAbove(const LinkItem *above)
{
    m_trunkAbove = above;
}

void LinkItem::updateHighlight()
{
    // A highlighted line goes over the trunk it shares with its neighbours.
    setZValue(isHighlighted() ? 0.5 : 0);
    update();
}

void LinkItem::setDetour(NodeItem *host, qreal channelOffset)
{
    m_detourHost = host;
    m_channelOffset = channelOffset;
}

bool LinkItem::isHighlighted() const
{
    return m_hovered || m_from->isSelected() || m_to->isSelected() || m_from->isHovered()
        || m_to->isHovered();
}

QPolygonF LinkItem::detourAround(const QRectF &upper, qreal targetX) const
{
    const QRectF host = m_detourHost->cardSceneRect();
    const qreal side =
        upper.center().x() < host.center().x() ? host.left() - 20 : host.right() + 20;
    const qreal aboveHost = (upper.bottom() + host.top()) / 2;
    const qreal belowHost = host.bottom() + m_channelOffset;
    return {QPointF(upper.center().x(), upper.bottom()), QPointF(upper.center().x(), aboveHost),
            QPointF(side, aboveHost), QPointF(side, belowHost), QPointF(targetX, belowHost)};
}

void LinkItem::updatePath()
{
    prepareGeometryChange();
    m_points.clear();
    m_labelRect = QRectF();
    m_shape = QPainterPath();
    if (m_trunkParent) {
        const NodeItem *member = m_trunkParent == m_from ? m_to : m_from;
        const QRectF parent = m_trunkParent->cardSceneRect();
        const QRectF card = member->cardSceneRect();
        const qreal trunk = parent.left() + m_trunkOffset;
        if (m_detourHost) {
            m_points = detourAround(parent, trunk);
        } else if (trunk >= parent.left() + 4 && trunk <= parent.right() - 4) {
            m_points << QPointF(trunk, parent.bottom());
        } else {
            const qreal start = std::clamp(trunk, parent.left() + 16, parent.right() - 16);
            const qreal channel = parent.bottom() + 12;
            m_points << QPointF(start, parent.bottom()) << QPointF(start, channel)
                     << QPointF(trunk, channel);
        }
        const bool fromLeft = card.center().x() >= trunk;
        const qreal y = card.center().y();
        m_points << QPointF(trunk, y) << QPointF(fromLeft ? card.left() : card.right(), y);
        if (fromLeft && m_link.kind != TopologyLink::Kind::HostInterface
            && card.left() - trunk >= 48)
            m_labelRect = QRectF(trunk + 5, y - 16, card.left() - trunk - 15, 32);
    } else {
        const QRectF a = m_from->cardSceneRect();
        const QRectF b = m_to->cardSceneRect();
        const bool fromAbove = a.center().y() <= b.center().y();
        const QRectF upper = fromAbove ? a : b;
        const QRectF lower = fromAbove ? b : a;
        if (m_detourHost) {
            const QRectF host = m_detourHost->cardSceneRect();
            const qreal side = upper.center().x() < host.center().x() ? host.left() : host.right();
            const qreal x = std::clamp(side, lower.left() + 24, lower.right() - 24);
            m_points = detourAround(upper, x);
            m_points << QPointF(x, lower.top());
        } else {
            const qreal x2 = std::clamp(upper.center().x(), lower.left() + 16, lower.right() - 16);
            const qreal x1 = std::clamp(x2, upper.left() + 16, upper.right() - 16);
            if (x1 == x2) {
                m_points << QPointF(x1, upper.bottom()) << QPointF(x2, lower.top());
            } else {
                const qreal middle = (upper.bottom() + lower.top()) / 2;
                m_points << QPointF(x1, upper.bottom()) << QPointF(x1, middle)
                         << QPointF(x2, middle) << QPointF(x2, lower.top());
            }
        }
    }
    m_bounds = (m_points.boundingRect() | m_labelRect).adjusted(-3, -3, 3, 3);
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPath path;
        path.addPolygon(m_points);
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(path);
    }
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasStyle &style = *m_style;
    const qreal lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // Far out, antialiasing costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, lod >= lodShapes);
    const bool highlighted = isHighlighted();
    QPen pen(highlighted ? style.linkHighlight : style.link,
             lod < lodShapes ? 0 : (highlighted ? 2.2 : 1.3));
    if (m_link.kind == TopologyLink::Kind::SharedAddress)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // Members of one column share a trunk: each draws only its own piece of it
    // (from the stub above), unless highlighted, so a column costs one trunk.
    const qreal stub = m_points.last().y();
    const qreal sharedUntil = m_trunkAbove ? m_trunkAbove->points().last().y() : stub;
    if (!highlighted && m_trunkAbove && sharedUntil < stub
        && m_trunkAbove->points().last().x() == m_points.last().x()) {
        const qreal trunk = m_points[m_points.size() - 2].x();
        const QPointF tail[] = {QPointF(trunk, sharedUntil), m_points[m_points.size() - 2],
                                m_points.last()};
        painter->drawPolyline(tail, 3);
    } else {
        painter->drawPolyline(m_points);
    }

    if (!hasLabel() || lod < lodLabelsOnHover || (lod < lodLabelsAlways && !highlighted))
        return;
    const QFontMetricsF metrics(style.smallFont);
    const qreal y = m_labelRect.center().y();
    painter->setFont(style.smallFont);
    painter->setPen(highlighted ? style.linkHighlight : style.secondaryText);
    painter->drawText(QPointF(m_labelRect.left(), y - 4),
                      metrics.elidedText(m_link.hostEnd, Qt::ElideRight, m_labelRect.width()));
    painter->drawText(QPointF(m_labelRect.left(), y + 4 + metrics.ascent()),
                      metrics.elidedText(m_link.jailEnd, Qt::ElideRight, m_labelRect.width()));
}

void LinkItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateHighlight();
    QGraphicsItem::hoverEnterEvent(event);
}

void LinkItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateHighlight();
    QGraphicsItem::hoverLeaveEvent(event);
}
