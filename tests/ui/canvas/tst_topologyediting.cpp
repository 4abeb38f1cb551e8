// Point-and-click editing on the canvas, driven with real mouse and key
// events: every gesture must end in a request signal (the window turns it
// into an undoable operation) and never change the graph itself.
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "topologyfixtures.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

class TestTopologyEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragFromHandleToBridgeRequestsMove_data();
    void dragFromHandleToBridgeRequestsMove();
    void dropCardOnBridgeRequestsMove();
    void deleteKey_data();
    void deleteKey();
    void renameInPlace_data();
    void renameInPlace();
    void doubleClickOnNameRenames();
    void newJailTool_data();
    void newJailTool();
    void newBridgeTool();
    void contextMenus();
    void panAndZoomWithMouse();
    void actionsAreNamed();

private:
    QPoint viewPos(const QString &id, QPointF offset = {}) const;
    void drag(QPoint from, QPoint to);

    std::unique_ptr<TopologyView> m_view;
    TopologyGraph m_graph;
};

void TestTopologyEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTopologyEditing::init()
{
    m_graph = TopologyFixtures::demoGraph();
    m_view = std::make_unique<TopologyView>();
    m_view->resize(1200, 800);
    m_view->setGraph(u"editing"_s, m_graph);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
}

void TestTopologyEditing::cleanup()
{
    // Gestures only ask; the scene still shows the unchanged graph.
    for (const TopologyNode &node : m_graph.nodes())
        QCOMPARE(m_view->topologyScene()->nodeItem(node.id)->node(), node);
    m_view->resetLayoutAction()->trigger();
    m_view.reset();
}

QPoint TestTopologyEditing::viewPos(const QString &id, QPointF offset) const
{
    const NodeItem *item = m_view->topologyScene()->nodeItem(id);
    return m_view->mapFromScene(item->cardSceneRect().center() + offset);
}

void TestTopologyEditing::drag(QPoint from, QPoint to)
{
    QWidget *viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void TestTopologyEditing::dragFromHandleToBridgeRequestsMove_data()
{
    QTest::addColumn<QString>("jail");
    QTest::addColumn<QString>("bridge");
    QTest::addColumn<bool>("requested");
    QTest::newRow("to another bridge") << u"jail:backup"_s << u"bridge:bridge0"_s << true;
    QTest::newRow("connect a shared-IP jail") << u"jail:legacy"_s << u"bridge:bridge1"_s << true;
    QTest::newRow("to its own bridge") << u"jail:nginx"_s << u"bridge:bridge0"_s << false;
}

void TestTopologyEditing::dragFromHandleToBridgeRequestsMove()
{
    QFETCH(QString, jail);
    QFETCH(QString, bridge);
    QFETCH(bool, requested);
    QSignalSpy spy(m_view.get(), &TopologyView::moveJailRequested);
    const NodeItem *item = m_view->topologyScene()->nodeItem(jail);
    const QPointF before = item->pos();
    const QPoint handle = m_view->mapFromScene(item->mapToScene(item->portRect().center()));
    drag(handle, viewPos(bridge));
    QCOMPARE(spy.count(), requested ? 1 : 0);
    if (requested)
        QCOMPARE(spy.first(), (QVariantList {jail, bridge}));
    QCOMPARE(item->pos(), before);
    QVERIFY(m_view->topologyScene()->pinnedPositions().isEmpty());
}

void TestTopologyEditing::dropCardOnBridgeRequestsMove()
{
    QSignalSpy spy(m_view.get(), &TopologyView::moveJailRequested);
    const NodeItem *item = m_view->topologyScene()->nodeItem(u"jail:nginx"_s);
    const QPointF before = item->pos();
    drag(viewPos(u"jail:nginx"_s), viewPos(u"bridge:bridge1"_s));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first(), (QVariantList {u"jail:nginx"_s, u"bridge:bridge1"_s}));
    // The card goes back; the re-derived graph will place it under bridge1.
    QCOMPARE(item->pos(), before);
    QVERIFY(m_view->topologyScene()->pinnedPositions().isEmpty());
}

void TestTopologyEditing::deleteKey_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QStringList>("requested");
    QTest::newRow("jail") << QStringList {u"jail:nginx"_s} << QStringList {u"jail:nginx"_s};
    QTest::newRow("bridge and jail") << QStringList {u"bridge:bridge1"_s, u"jail:backup"_s}
                                     << QStringList {u"bridge:bridge1"_s, u"jail:backup"_s};
    QTest::newRow("host is not deletable") << QStringList {u"host"_s} << QStringList();
    QTest::newRow("host skipped") << QStringList {u"host"_s, u"jail:legacy"_s}
                                  << QStringList {u"jail:legacy"_s};
    QTest::newRow("nothing") << QStringList() << QStringList();
}

void TestTopologyEditing::deleteKey()
{
    QFETCH(QStringList, selection);
    QFETCH(QStringList, requested);
    QSignalSpy spy(m_view.get(), &TopologyView::deleteRequested);
    m_view->selectNodes(selection);
    QCOMPARE(m_view->deleteAction()->isEnabled(), !requested.isEmpty());
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QCOMPARE(spy.count(), requested.isEmpty() ? 0 : 1);
    if (!requested.isEmpty())
        QCOMPARE(spy.first().first().toStringList(), requested);
}

void TestTopologyEditing::renameInPlace_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("finish");
    QTest::addColumn<QString>("requested");
    QTest::newRow("jail, Enter") << u"jail:nginx"_s << u"web01"_s << int(Qt::Key_Return)
                                 << u"web01"_s;
    QTest::newRow("bridge, Enter")
        << u"bridge:bridge1"_s << u"bridge7"_s << int(Qt::Key_Enter) << u"bridge7"_s;
    QTest::newRow("Escape cancels")
        << u"jail:nginx"_s << u"web01"_s << int(Qt::Key_Escape) << QString();
    QTest::newRow("same name") << u"jail:nginx"_s << u"nginx"_s << int(Qt::Key_Return) << QString();
    QTest::newRow("blank name") << u"jail:nginx"_s << u"  "_s << int(Qt::Key_Return) << QString();
}

void TestTopologyEditing::renameInPlace()
{
    QFETCH(QString, id);
    QFETCH(QString, typed);
    QFETCH(int, finish);
    QFETCH(QString, requested);
    QSignalSpy spy(m_view.get(), &TopologyView::renameRequested);
    m_view->selectNodes({id});
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QLineEdit *editor = m_view->renameEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), m_view->topologyScene()->nodeItem(id)->node().name);
    QVERIFY(!editor->accessibleName().isEmpty());
    editor->clear();
    QTest::keyClicks(editor, typed);
    QTest::keyClick(editor, Qt::Key(finish));
    QVERIFY(!m_view->renameEditor());
    QCOMPARE(spy.count(), requested.isEmpty() ? 0 : 1);
    if (!requested.isEmpty())
        QCOMPARE(spy.first(), (QVariantList {id, requested}));
}

void TestTopologyEditing::doubleClickOnNameRenames()
{
    const NodeItem *item = m_view->topologyScene()->nodeItem(u"jail:appserver"_s);
    const QPoint name = m_view->mapFromScene(item->mapToScene(item->titleRect().center()));
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, name);
    QVERIFY(m_view->renameEditor());
    QCOMPARE(m_view->renameEditor()->text(), u"appserver"_s);
    // The editor sits over the name.
    QVERIFY(m_view->renameEditor()->geometry().contains(name));

    // A double-click on the host (not renamable) opens nothing.
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Escape);
    const NodeItem *host = m_view->topologyScene()->nodeItem(u"host"_s);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {},
                       m_view->mapFromScene(host->mapToScene(host->titleRect().center())));
    QVERIFY(!m_view->renameEditor());
}

void TestTopologyEditing::newJailTool_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("bridge");
    QTest::newRow("on a bridge") << u"bridge:bridge1"_s << u"bridge:bridge1"_s;
    QTest::newRow("beside a jail: its bridge") << u"jail:appserver"_s << u"bridge:bridge0"_s;
    QTest::newRow("empty space") << QString() << QString();
}

void TestTopologyEditing::newJailTool()
{
    QFETCH(QString, target);
    QFETCH(QString, bridge);
    QSignalSpy spy(m_view.get(), &TopologyView::newJailRequested);
    m_view->newJailToolAction()->trigger();
    QCOMPARE(m_view->tool(), TopologyView::Tool::NewJail);
    const QPoint click = target.isEmpty()
        ? m_view->mapFromScene(m_view->topologyScene()->contentRect().topLeft() + QPointF(5, 5))
        : viewPos(target);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toString(), bridge);
    QVERIFY((spy.first().at(1).toPointF() - m_view->mapToScene(click)).manhattanLength() < 1);
    QCOMPARE(m_view->tool(), TopologyView::Tool::Select);
    QVERIFY(m_view->selectToolAction()->isChecked());
}

void TestTopologyEditing::newBridgeTool()
{
    QSignalSpy spy(m_view.get(), &TopologyView::newBridgeRequested);
    m_view->newBridgeToolAction()->trigger();
    QVERIFY(m_view->newBridgeToolAction()->isChecked());
    const QPointF empty = m_view->topologyScene()->contentRect().topLeft() + QPointF(5, 5);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(empty));
    QCOMPARE(spy.count(), 1);
    QVERIFY((spy.first().first().toPointF() - empty).manhattanLength() < 1);

    // On a card the bridge tool does nothing.
    m_view->newBridgeToolAction()->trigger();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPos(u"jail:nginx"_s));
    QCOMPARE(spy.count(), 1);
}

void TestTopologyEditing::contextMenus()
{
    QSignalSpy moves(m_view.get(), &TopologyView::moveJailRequested);
    QSignalSpy jails(m_view.get(), &TopologyView::newJailRequested);
    QSignalSpy bridges(m_view.get(), &TopologyView::newBridgeRequested);
    const auto centre = [this](const QString &id) {
        return m_view->topologyScene()->nodeItem(id)->cardSceneRect().center();
    };

    std::unique_ptr<QMenu> jailMenu(m_view->createContextMenu(centre(u"jail:backup"_s), nullptr));
    QCOMPARE(m_view->selectedNodeIds(), QStringList {u"jail:backup"_s});
    QVERIFY(jailMenu->actions().contains(m_view->deleteAction()));
    QVERIFY(jailMenu->actions().contains(m_view->renameAction()));
    auto *move = jailMenu->findChild<QMenu *>(u"menuCanvasMoveToBridge"_s);
    QVERIFY(move);
    QCOMPARE(move->actions().size(), 2);
    for (QAction *target : move->actions()) {
        // Its own bridge is shown but disabled.
        QCOMPARE(target->isEnabled(), target->data().toString() != u"bridge:bridge1");
        if (target->isEnabled())
            target->trigger();
    }
    QCOMPARE(moves.count(), 1);
    QCOMPARE(moves.first(), (QVariantList {u"jail:backup"_s, u"bridge:bridge0"_s}));

    std::unique_ptr<QMenu> bridgeMenu(
        m_view->createContextMenu(centre(u"bridge:bridge0"_s), nullptr));
    auto *here = bridgeMenu->findChild<QAction *>(u"actionCanvasNewJailHere"_s);
    QVERIFY(here);
    here->trigger();
    QCOMPARE(jails.count(), 1);
    QCOMPARE(jails.first().first().toString(), u"bridge:bridge0"_s);

    std::unique_ptr<QMenu> hostMenu(m_view->createContextMenu(centre(u"host"_s), nullptr));
    QVERIFY(!hostMenu->actions().contains(m_view->deleteAction()));

    const QPointF empty = m_view->topologyScene()->contentRect().topLeft() + QPointF(5, 5);
    std::unique_ptr<QMenu> canvasMenu(m_view->createContextMenu(empty, nullptr));
    auto *newBridge = canvasMenu->findChild<QAction *>(u"actionCanvasNewBridgeAt"_s);
    QVERIFY(newBridge);
    newBridge->trigger();
    QCOMPARE(bridges.count(), 1);
    QCOMPARE(bridges.first().first().toPointF(), empty);
    QVERIFY(canvasMenu->actions().contains(m_view->fitAction()));
}

void TestTopologyEditing::panAndZoomWithMouse()
{
    m_view->setTransform(QTransform::fromScale(2, 2));
    const QPoint empty =
        m_view->mapFromScene(m_view->topologyScene()->contentRect().topLeft() + QPointF(5, 5));
    const QPointF before = m_view->mapToScene(m_view->viewport()->rect().center());
    drag(empty, empty + QPoint(60, 40));
    const QPointF after = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY(after.x() < before.x() && after.y() < before.y());
    QVERIFY(m_view->selectedNodeIds().isEmpty());

    const qreal zoom = m_view->zoom();
    const QPoint at = m_view->viewport()->rect().center();
    QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > zoom);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QVERIFY(m_view->zoom() < zoom * 1.5);
}

void TestTopologyEditing::actionsAreNamed()
{
    const QList<QAction *> actions {
        m_view->selectToolAction(), m_view->newJailToolAction(), m_view->newBridgeToolAction(),
        m_view->deleteAction(),     m_view->renameAction(),      m_view->zoomInAction(),
        m_view->zoomOutAction(),    m_view->fitAction(),         m_view->resetLayoutAction()};
    QSet<QString> names;
    for (const QAction *action : actions) {
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(action->objectName().startsWith(u"actionCanvas"_s));
        names.insert(action->objectName());
    }
    QCOMPARE(names.size(), actions.size());
    QVERIFY(!m_view->accessibleName().isEmpty());
    QCOMPARE(m_view->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(m_view->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
}

QTEST_MAIN(TestTopologyEditing)
#include "tst_topologyediting.moc"
