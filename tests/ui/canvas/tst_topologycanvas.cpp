// The topology canvas: items, texts, links, layout without overlaps, selection,
// keeping positions and selection across re-derivations, and remembering
// dragged positions per host in the user's config folder.
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/nodepositionstore.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "topologyfixtures.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

NodeItem *item(const TopologyScene &scene, const QString &id)
{
    NodeItem *node = scene.nodeItem(id);
    if (!node)
        qWarning("no item for %s", qPrintable(id));
    return node;
}

// Whether an axis-parallel segment runs through the inside of a rectangle.
bool crosses(const QLineF &segment, const QRectF &rect)
{
    const QRectF inner = rect.adjusted(1, 1, -1, -1);
    const QRectF span = QRectF(segment.p1(), segment.p2()).normalized();
    return span.left() < inner.right() && span.right() > inner.left() && span.top() < inner.bottom()
        && span.bottom() > inner.top();
}

} // namespace

class TestTopologyCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void itemsForEveryNode();
    void texts_data();
    void texts();
    void unknownAndProblemsInToolTips();
    void links();
    void noOverlaps_data();
    void noOverlaps();
    void rederivationKeepsPositionsAndSelection();
    void clickSelectsAndSignals();
    void positionStoreRoundTrip();
    void draggedPositionIsRememberedPerHost();
    void zoomAndFit();
};

void TestTopologyCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(NodePositionStore().folder()).removeRecursively();
}

void TestTopologyCanvas::itemsForEveryNode()
{
    const TopologyGraph graph = TopologyFixtures::demoGraph();
    TopologyScene scene;
    scene.setGraph(graph);
    QCOMPARE(scene.nodeItems().size(), graph.nodes().size());
    for (const TopologyNode &node : graph.nodes()) {
        const NodeItem *n = item(scene, node.id);
        QVERIFY(n);
        QCOMPARE(n->node(), node);
        QVERIFY(!n->size().isEmpty());
    }
}

void TestTopologyCanvas::texts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("jail") << u"jail:nginx"_s
                          << QStringList {u"nginx"_s, u"nginx.local"_s, u"10.0.0.10/24"_s,
                                          u"VNET · via 10.0.0.1"_s};
    QTest::newRow("stopped jail") << u"jail:backup"_s
                                  << QStringList {u"backup"_s, u"backup.local"_s,
                                                  u"10.0.1.10/24"_s};
    QTest::newRow("shared-address jail")
        << u"jail:legacy"_s << QStringList {u"legacy"_s, u"198.51.100.21/24"_s, u"shared IP"_s};
    QTest::newRow("bridge") << u"bridge:bridge1"_s
                            << QStringList {u"bridge1"_s, u"10.0.1.1/24"_s,
                                            u"subnet 10.0.1.0/24"_s};
    QTest::newRow("uplink") << u"uplink:em0"_s << QStringList {u"em0"_s, u"198.51.100.20/24"_s};
    QTest::newRow("host") << u"host"_s << QStringList {u"demo.example.org"_s};
    QTest::newRow("unknown") << u"unknown:tap0"_s
                             << QStringList {u"tap0"_s, u"ifconfig_tap0 uses a syntax"_s};
    QTest::newRow("host summary") << u"host"_s
                                  << QStringList {u"jails: 5 (4 running) · bridges: 2"_s};
}

void TestTopologyCanvas::texts()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    TopologyScene scene;
    scene.setGraph(TopologyFixtures::demoGraph());
    const NodeItem *n = item(scene, id);
    QVERIFY(n);
    const QStringList texts = n->texts();
    for (const QString &text : expected)
        QVERIFY2(texts.contains(text), qPrintable(texts.join(u" | "_s)));
}

void TestTopologyCanvas::unknownAndProblemsInToolTips()
{
    TopologyScene scene;
    scene.setGraph(TopologyFixtures::demoGraph());
    QVERIFY(
        item(scene, u"unknown:tap0"_s)->toolTip().contains(u"syntax Jailwright does not read"_s));
    const QString postgres = item(scene, u"jail:postgres"_s)->toolTip();
    QVERIFY(postgres.contains(u"allow.raw_sockets lets the jail forge packets"_s));
    QVERIFY(postgres.contains(u"db.local"_s));
    QVERIFY(!item(scene, u"jail:nginx"_s)->toolTip().contains(u"warning"_s));
}

void TestTopologyCanvas::links()
{
    const TopologyGraph graph = TopologyFixtures::demoGraph();
    TopologyScene scene;
    scene.setGraph(graph);
    // Every graph link, plus the host's own link to each bridge and uplink.
    QCOMPARE(scene.linkItems().size(), graph.links().size() + 3);
    int labelled = 0;
    for (const LinkItem *link : scene.linkItems()) {
        QVERIFY(link->points().size() >= 2);
        // The ends of the line touch the two cards.
        const auto touches = [](const QPointF &point, const QRectF &card) {
            return card.adjusted(-0.5, -0.5, 0.5, 0.5).contains(point);
        };
        const QRectF from = link->from()->cardSceneRect();
        const QRectF to = link->to()->cardSceneRect();
        const QPointF first = link->points().first();
        const QPointF last = link->points().last();
        QVERIFY((touches(first, from) && touches(last, to))
                || (touches(first, to) && touches(last, from)));
        if (link->link().kind == TopologyLink::Kind::Epair) {
            QVERIFY(link->hasLabel());
            ++labelled;
        }
    }
    QCOMPARE(labelled, 4);
}

void TestTopologyCanvas::noOverlaps_data()
{
    QTest::addColumn<TopologyGraph>("graph");
    QTest::newRow("demo") << TopologyFixtures::demoGraph();
    QTest::newRow("3 jails") << TopologyFixtures::generatedGraph(3, 1);
    QTest::newRow("50 jails") << TopologyFixtures::generatedGraph(50, 4);
    QTest::newRow("1000 jails") << TopologyFixtures::generatedGraph(1000, 20);
}

void TestTopologyCanvas::noOverlaps()
{
    QFETCH(TopologyGraph, graph);
    TopologyScene scene;
    scene.setGraph(graph);

    struct Box
    {
        QRectF rect;
        QString what;
    };
    QList<Box> boxes;
    for (const NodeItem *n : scene.nodeItems())
        boxes.append({n->cardSceneRect(), n->id()});
    for (const LinkItem *link : scene.linkItems()) {
        if (link->hasLabel())
            boxes.append({link->labelRect(), u"label of "_s + link->link().to});
    }
    std::sort(boxes.begin(), boxes.end(),
              [](const Box &a, const Box &b) { return a.rect.left() < b.rect.left(); });
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size() && boxes[j].rect.left() < boxes[i].rect.right();
             ++j) {
            QVERIFY2(!boxes[i].rect.intersects(boxes[j].rect),
                     qPrintable(boxes[i].what + u" overlaps "_s + boxes[j].what));
        }
    }

    // No line runs through a card that is not one of its ends.
    const QList<NodeItem *> nodes = scene.nodeItems();
    for (const LinkItem *link : scene.linkItems()) {
        const QPolygonF points = link->points();
        const QRectF extent = points.boundingRect();
        for (const NodeItem *n : nodes) {
            if (n == link->from() || n == link->to() || !extent.intersects(n->cardSceneRect()))
                continue;
            for (qsizetype k = 1; k < points.size(); ++k) {
                QVERIFY2(!crosses(QLineF(points[k - 1], points[k]), n->cardSceneRect()),
                         qPrintable(link->link().from + u"→"_s + link->link().to + u" crosses "_s
                                    + n->id()));
            }
        }
    }

    // Texts are elided to their card.
    for (const NodeItem *n : nodes) {
        for (const QString &text : n->texts())
            QVERIFY(QFontMetricsF(scene.canvasStyle().bodyFont).horizontalAdvance(text)
                    <= n->size().width());
    }
}

void TestTopologyCanvas::rederivationKeepsPositionsAndSelection()
{
    TopologyGraph graph = TopologyFixtures::demoGraph();
    TopologyScene scene;
    scene.setGraph(graph);
    NodeItem *nginx = item(scene, u"jail:nginx"_s);
    NodeItem *backup = item(scene, u"jail:backup"_s);
    nginx->setPos(nginx->pos() + QPointF(500, 300));
    scene.pin({nginx});
    const QPointF pinned = nginx->pos();
    scene.selectNodes({u"jail:backup"_s});

    // The documents changed: a jail added, one renamed (a new id), one edited.
    TopologyGraph next;
    for (TopologyNode node : graph.nodes()) {
        if (node.id == u"jail:appserver")
            continue;
        if (node.id == u"jail:backup")
            node.hostname = u"vault.local"_s;
        next.addNode(node);
    }
    TopologyNode web2 = *graph.node(u"jail:nginx"_s);
    web2.id = u"jail:web2"_s;
    web2.name = u"web2"_s;
    next.addNode(web2);
    for (const TopologyLink &link : graph.links()) {
        if (link.to != u"jail:appserver")
            next.addLink(link);
    }

    QSignalSpy selection(&scene, &TopologyScene::selectedNodesChanged);
    scene.setGraph(next);
    QCOMPARE(item(scene, u"jail:nginx"_s), nginx);
    QCOMPARE(nginx->pos(), pinned);
    QCOMPARE(item(scene, u"jail:backup"_s), backup);
    QVERIFY(backup->texts().contains(u"vault.local"_s));
    QCOMPARE(scene.selectedNodeIds(), QStringList {u"jail:backup"_s});
    QCOMPARE(selection.count(), 0);
    QVERIFY(!scene.nodeItem(u"jail:appserver"_s));
    QVERIFY(scene.nodeItem(u"jail:web2"_s));
    // Links follow the pinned card.
    for (const LinkItem *link : nginx->links())
        QVERIFY(nginx->cardSceneRect().adjusted(-1, -1, 1, 1).contains(link->points().last()));
}

void TestTopologyCanvas::clickSelectsAndSignals()
{
    TopologyView view;
    view.resize(1200, 800);
    view.setGraph(u"demo"_s, TopologyFixtures::demoGraph());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &TopologyView::nodeSelectionChanged);

    const NodeItem *postgres = view.topologyScene()->nodeItem(u"jail:postgres"_s);
    const QPoint centre = view.mapFromScene(postgres->cardSceneRect().center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().first().toStringList(), QStringList {u"jail:postgres"_s});
    QCOMPARE(view.selectedNodeIds(), QStringList {u"jail:postgres"_s});

    const NodeItem *bridge = view.topologyScene()->nodeItem(u"bridge:bridge0"_s);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view.mapFromScene(bridge->cardSceneRect().center()));
    QCOMPARE(spy.last().first().toStringList(),
             (QStringList {u"bridge:bridge0"_s, u"jail:postgres"_s}));

    // A click on empty canvas clears the selection.
    const QRectF content = view.topologyScene()->contentRect();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.mapFromScene(content.topLeft() + QPointF(5, 5)));
    QCOMPARE(spy.last().first().toStringList(), QStringList());
}

void TestTopologyCanvas::positionStoreRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const NodePositionStore store(dir.path());
    const QHash<QString, QPointF> positions {{u"jail:nginx"_s, QPointF(12.5, -40)},
                                             {u"bridge:bridge0"_s, QPointF(300, 200)}};
    const QString host = u"admin@build.example.org:22"_s;
    QVERIFY(store.save(host, positions));
    QCOMPARE(store.load(host), positions);
    QVERIFY(store.load(u"another host"_s).isEmpty());
    QVERIFY(store.fileFor(host).startsWith(dir.path()));
    QVERIFY(store.fileFor(host) != store.fileFor(u"another host"_s));

    // The default folder is the user's config folder.
    QVERIFY(NodePositionStore().folder().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
}

void TestTopologyCanvas::draggedPositionIsRememberedPerHost()
{
    const TopologyGraph graph = TopologyFixtures::demoGraph();
    QPointF dropped;
    {
        TopologyView view;
        view.resize(1200, 800);
        view.setGraph(u"demo"_s, graph);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const NodeItem *nginx = view.topologyScene()->nodeItem(u"jail:nginx"_s);
        const QPointF before = nginx->pos();
        const QPoint start = view.mapFromScene(nginx->cardSceneRect().center());
        const QPoint end = start + QPoint(40, 120);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view.viewport(), start + QPoint(20, 60));
        QTest::mouseMove(view.viewport(), end);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
        QVERIFY(nginx->pos() != before);
        dropped = nginx->pos();
        QCOMPARE(view.topologyScene()->pinnedPositions().value(u"jail:nginx"_s), dropped);
    }
    QCOMPARE(NodePositionStore().load(u"demo"_s).value(u"jail:nginx"_s), dropped);

    TopologyView again;
    again.setGraph(u"demo"_s, graph);
    QCOMPARE(again.topologyScene()->nodeItem(u"jail:nginx"_s)->pos(), dropped);
    TopologyView other;
    other.setGraph(u"other"_s, graph);
    QVERIFY(other.topologyScene()->nodeItem(u"jail:nginx"_s)->pos() != dropped);

    again.resetLayoutAction()->trigger();
    QVERIFY(NodePositionStore().load(u"demo"_s).isEmpty());
    QVERIFY(again.topologyScene()->nodeItem(u"jail:nginx"_s)->pos() != dropped);
}

void TestTopologyCanvas::zoomAndFit()
{
    TopologyView view;
    view.resize(1600, 1000);
    view.setGraph(u"big"_s, TopologyFixtures::generatedGraph(1000, 20));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qreal fitted = view.zoom();
    QVERIFY(fitted < 1);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(view.topologyScene()->contentRect()));
    view.zoomInAction()->trigger();
    QVERIFY(view.zoom() > fitted);
    view.zoomOutAction()->trigger();
    view.zoomOutAction()->trigger();
    QVERIFY(view.zoom() < fitted);
    view.fitAction()->trigger();
    QVERIFY(qFuzzyCompare(view.zoom(), fitted));

    // A small graph is shown at its natural size, not blown up.
    view.setGraph(u"small"_s, TopologyFixtures::generatedGraph(3, 1));
    QCOMPARE(view.zoom(), 1.0);
}

QTEST_MAIN(TestTopologyCanvas)
#include "tst_topologycanvas.moc"
