#include "nodeitem.h"

#include "canvasstyle.h"
#include "linkitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHostAddress>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace {

using Kind = TopologyNode::Kind;

constexpr qreal radius = 8;
constexpr qreal padLeft = 18;
constexpr qreal padRight = 10;
constexpr qreal padTop = 7;
constexpr qreal badgeRadius = 8;
// Below these levels of detail text is too small to read and is skipped.
constexpr qreal lodShapes = 0.35;
constexpr qreal lodTitle = 0.5;
constexpr qreal lodDetails = 0.75;

QString subnetOf(const QString &cidr)
{
    const auto [network, length] = QHostAddress::parseSubnet(cidr);
    if (network.isNull())
        return cidr;
    return network.toString() + u'/' + QString::number(length);
}

QString joinedAddresses(const QStringList &addresses)
{
    return addresses.isEmpty() ? NodeItem::tr("no address") : addresses.join(u", "_s);
}

QString stateText(TopologyNode::State state)
{
    switch (state) {
    case TopologyNode::State::Running:
        return NodeItem::tr("running");
    case TopologyNode::State::Stopped:
        return NodeItem::tr("stopped");
    case TopologyNode::State::Unknown:
        break;
    }
    return NodeItem::tr("jail");
}

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Host:
        return NodeItem::tr("host");
    case Kind::Uplink:
        return NodeItem::tr("uplink");
    case Kind::Bridge:
        return NodeItem::tr("bridge");
    case Kind::Jail:
        return NodeItem::tr("jail");
    case Kind::Unknown:
        break;
    }
    return NodeItem::tr("not understood");
}

// Greedy word wrap into at most `maxLines` lines; the caller elides the last.
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size() && maxLines > 0; ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + u' ' + words[i];
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) {
            QStringList rest = words.mid(i);
            rest.prepend(line);
            line = rest.join(u' ');
            break;
        }
        lines.append(line);
        line = words[i];
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QStringList detailLines(const TopologyNode &node, const QString &summary)
{
    switch (node.kind) {
    case Kind::Host:
        return {summary,
                node.addresses.isEmpty() ? node.hostname : joinedAddresses(node.addresses)};
    case Kind::Uplink:
        return {joinedAddresses(node.addresses.mid(0, 1)),
                node.addresses.size() > 1 ? node.addresses.mid(1).join(u", "_s) : QString()};
    case Kind::Bridge: {
        QStringList subnets;
        for (const QString &address : node.addresses)
            subnets.append(subnetOf(address));
        return {joinedAddresses(node.addresses),
                subnets.isEmpty() ? QString()
                                  : NodeItem::tr("subnet %1").arg(subnets.join(u", "_s))};
    }
    case Kind::Jail: {
        QString network = node.vnet ? NodeItem::tr("VNET") : NodeItem::tr("shared IP");
        if (!node.defaultRoute.isEmpty())
            network += NodeItem::tr(" · via %1").arg(node.defaultRoute);
        return {node.hostname.isEmpty() ? NodeItem::tr("no hostname") : node.hostname,
                joinedAddresses(node.addresses), network};
    }
    case Kind::Unknown:
        break;
    }
    return {node.unknownReason.isEmpty() ? NodeItem::tr("not understood") : node.unknownReason};
}

QString severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return NodeItem::tr("error");
    case Diagnostic::Severity::Warning:
        return NodeItem::tr("warning");
    case Diagnostic::Severity::Note:
        break;
    }
    return NodeItem::tr("note");
}

QString toolTipFor(const TopologyNode &node)
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = u"<b>%1</b> <i>(%2)</i>"_s.arg(escaped(node.name), kindText(node.kind));
    const auto row = [&html, &escaped](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<br>%1: %2"_s.arg(label, escaped(value));
    };
    row(NodeItem::tr("Hostname"), node.hostname);
    row(NodeItem::tr("Addresses"), node.addresses.join(u", "_s));
    if (node.kind == Kind::Jail) {
        row(NodeItem::tr("State"),
            node.state == TopologyNode::State::Unknown ? NodeItem::tr("unknown")
                                                       : stateText(node.state));
        row(NodeItem::tr("Network"),
            node.vnet ? NodeItem::tr("VNET") : NodeItem::tr("shared IP on a host interface"));
        row(NodeItem::tr("Default route"), node.defaultRoute);
    }
    if (node.origin.isValid())
        row(NodeItem::tr("Defined in"), u"%1:%2"_s.arg(node.origin.file).arg(node.origin.line));
    if (!node.unknownReason.isEmpty())
        html +=
            u"<br><i>%1</i> %2"_s.arg(NodeItem::tr("Not understood:"), escaped(node.unknownReason));
    for (const Diagnostic &problem : node.problems)
        html +=
            u"<br>⚠ <b>%1</b>: %2"_s.arg(severityText(problem.severity), escaped(problem.message));
    return html;
}

} // namespace

NodeItem::NodeItem(const TopologyNode &node, const CanvasStyle *style)
    : m_node(node)
    , m_style(style)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setToolTip(toolTipFor(m_node));
}

void NodeItem::setNode(const TopologyNode &node)
{
    if (node == m_node)
        return;
    m_node = node;
    setToolTip(toolTipFor(m_node));
    updateTexts();
    update();
}

void NodeItem::setSummary(const QString &summary)
{
    if (summary == m_summary)
        return;
    m_summary = summary;
    updateTexts();
    update();
}

void NodeItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    updateTexts();
}

void NodeItem::styleChanged()
{
    updateTexts();
    update();
}

QStringList NodeItem::texts() const
{
    QStringList result {m_title};
    for (const QString &line : m_lines) {
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

QRectF NodeItem::titleRect() const
{
    const QFontMetricsF metrics(m_style->titleFont);
    return QRectF(padLeft - 4, padTop - 2, m_size.width() - padLeft - padRight - captionWidth(),
                  metrics.height() + 4);
}

QRectF NodeItem::portRect() const
{
    if (m_node.kind != Kind::Jail)
        return {};
    return QRectF(-9, m_size.height() / 2 - 9, 18, 18);
}

bool NodeItem::isRenamable() const
{
    return m_node.kind == Kind::Jail || m_node.kind == Kind::Bridge;
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-9, -1, 1, 3);
}

qreal NodeItem::captionWidth() const
{
    const QFontMetricsF metrics(m_style->smallFont);
    qreal width = metrics.horizontalAdvance(m_caption) + 8;
    if (m_node.kind == Kind::Jail)
        width += 12;
    if (!m_node.problems.isEmpty())
        width += 2 * badgeRadius + 6;
    return width;
}

void NodeItem::updateTexts()
{
    m_caption = m_node.kind == Kind::Jail ? stateText(m_node.state) : kindText(m_node.kind);
    if (m_node.kind != Kind::Unknown && !m_node.unknownReason.isEmpty())
        m_caption += u" ?"_s;
    const qreal textWidth = m_size.width() - padLeft - padRight;
    m_title =
        QFontMetricsF(m_style->titleFont)
            .elidedText(m_node.name, Qt::ElideRight, qMax<qreal>(0, textWidth - captionWidth()));
    const QFontMetricsF body(m_style->bodyFont);
    const int room = int((m_size.height() - padTop - QFontMetricsF(m_style->titleFont).height() - 4)
                         / body.lineSpacing());
    m_lines.clear();
    for (const QString &line : detailLines(m_node, m_summary)) {
        // A reason for not understanding something may take the whole card.
        const QStringList parts = m_node.kind == Kind::Unknown
            ? wrapped(line, body, textWidth, int(room - m_lines.size()))
            : QStringList {line};
        for (const QString &part : parts) {
            if (m_lines.size() < room)
                m_lines.append(body.elidedText(part, Qt::ElideRight, textWidth));
        }
    }
}

QColor NodeItem::accent() const
{
    switch (m_node.kind) {
    case Kind::Host:
        return m_style->hostAccent;
    case Kind::Uplink:
        return m_style->uplinkAccent;
    case Kind::Bridge:
        return m_style->bridgeAccent;
    case Kind::Jail:
        return m_style->jailAccent;
    case Kind::Unknown:
        break;
    }
    return m_style->unknownAccent;
}

bool NodeItem::isDashed() const
{
    return m_node.kind == Kind::Unknown || !m_node.unknownReason.isEmpty();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &style = *m_style;
    const qreal lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card(QPointF(), m_size);
    const bool selected = option->state & QStyle::State_Selected;
    const bool hasErrors = std::any_of(m_node.problems.cbegin(), m_node.problems.cend(),
                                       [](const Diagnostic &d) { return d.isError(); });
    const QColor badgeColor = hasErrors ? style.error : style.warning;

    // Far out, antialiasing costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, lod >= lodShapes);
    if (lod < lodShapes) {
        // Far out: flat boxes with the kind's colour and a problem marker.
        // Solid fills only: the fastest way to draw a thousand cards.
        const qreal border = (selected ? 2 : 1) / lod;
        painter->fillRect(card, selected ? style.selection : style.cardBorder);
        painter->fillRect(card.adjusted(border, border, -border, -border), style.card);
        painter->fillRect(QRectF(0, 0, 12, m_size.height()), accent());
        if (m_node.kind == Kind::Jail) {
            painter->fillRect(QRectF(m_size.width() - 36, m_size.height() - 30, 22, 16),
                              m_node.state == TopologyNode::State::Running ? style.running
                                                                           : style.stopped);
        } else {
            paintOverviewName(painter);
        }
        if (!m_node.problems.isEmpty())
            painter->fillRect(QRectF(m_size.width() - 40, 0, 40, 34), badgeColor);
        return;
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(style.shadow);
    painter->drawRoundedRect(card.translated(0, 1.5), radius, radius);

    QPen border(selected ? style.selection : (isDashed() ? style.unknownAccent : style.cardBorder),
                selected ? 2.5 : 1);
    if (isDashed())
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(style.card);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent());
    painter->drawRoundedRect(QRectF(7, 10, 3.5, m_size.height() - 20), 1.75, 1.75);

    qreal right = m_size.width() - padRight;
    if (!m_node.problems.isEmpty()) {
        const QPointF centre(right - badgeRadius, padTop + badgeRadius);
        painter->setBrush(badgeColor);
        painter->drawEllipse(centre, badgeRadius, badgeRadius);
        if (lod >= lodTitle) {
            QFont font = style.smallFont;
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(Qt::white);
            painter->drawText(QRectF(centre - QPointF(badgeRadius, badgeRadius),
                                     QSizeF(2 * badgeRadius, 2 * badgeRadius)),
                              Qt::AlignCenter, QString::number(m_node.problems.size()));
        }
        right -= 2 * badgeRadius + 6;
    }

    const QFontMetricsF titleMetrics(style.titleFont);
    const qreal titleBaseline = padTop + titleMetrics.ascent();
    if (m_node.kind == Kind::Jail) {
        const QFontMetricsF small(style.smallFont);
        const qreal captionX = right - small.horizontalAdvance(m_caption);
        const QColor stateColor =
            m_node.state == TopologyNode::State::Running ? style.running : style.stopped;
        painter->setPen(m_node.state == TopologyNode::State::Unknown ? QPen(stateColor, 1.5)
                                                                     : Qt::NoPen);
        painter->setBrush(m_node.state == TopologyNode::State::Unknown ? QBrush() : stateColor);
        painter->drawEllipse(QPointF(captionX - 8, titleBaseline - small.ascent() / 2 + 1), 3.5,
                             3.5);
    }
    if (lod < lodTitle)
        return;

    painter->setFont(style.smallFont);
    painter->setPen(style.secondaryText);
    painter->drawText(
        QPointF(right - QFontMetricsF(style.smallFont).horizontalAdvance(m_caption), titleBaseline),
        m_caption);
    painter->setFont(style.titleFont);
    painter->setPen(style.text);
    painter->drawText(QPointF(padLeft, titleBaseline), m_title);
    if (lod < lodDetails)
        return;

    const QFontMetricsF body(style.bodyFont);
    painter->setFont(style.bodyFont);
    painter->setPen(style.secondaryText);
    qreal baseline = padTop + titleMetrics.height() + 3 + body.ascent();
    for (const QString &line : std::as_const(m_lines)) {
        painter->drawText(QPointF(padLeft, baseline), line);
        baseline += body.lineSpacing();
    }

    if (m_node.kind == Kind::Jail && (m_hovered || selected)) {
        painter->setPen(QPen(style.card, 2));
        painter->setBrush(selected ? style.selection : accent());
        painter->drawEllipse(portRect().center(), 5.5, 5.5);
    }
}

void NodeItem::paintOverviewName(QPainter *painter) const
{
    // Far out the segments still need names: as large as the card allows.
    QFont font = m_style->titleFont;
    font.setPixelSize(int(m_size.height() * 0.62));
    painter->setFont(font);
    painter->setPen(m_style->text);
    const QFontMetricsF metrics(font);
    const qreal width = m_size.width() - 40 - (m_node.problems.isEmpty() ? 0 : 40);
    painter->drawText(QPointF(24, (m_size.height() + metrics.capHeight()) / 2),
                      metrics.elidedText(m_node.name, Qt::ElideRight, width));
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateLinks(false);
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateLinks(false);
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        updateLinks(true);
    else if (change == ItemSelectedHasChanged)
        updateLinks(false);
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::updateLinks(bool geometry)
{
    for (LinkItem *link : std::as_const(m_links)) {
        if (geometry)
            link->updatePath();
        else
            link->updateHighlight();
    }
}
