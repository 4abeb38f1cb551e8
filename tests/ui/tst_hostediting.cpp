// Editing a host end to end through the real main window: clicks and drags on
// the canvas, the jail and bridge panes, then undo back to identical bytes.
#include "application.h"
#include "bridgepane.h"
#include "codeeditor.h"
#include "jailpane.h"
#include "mainwindow.h"
#include "newjaildialog.h"

#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "host/folderhost.h"
#include "host/hostmodel.h"
#include "host/hostsession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestHostEditing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QMap<QString, QString> m_original;

    HostSession *session() const { return m_window->currentSession(); }
    const TopologyGraph &graph() const { return m_window->currentModel()->graph(); }

    QPoint viewPos(const QString &id) const
    {
        TopologyView *view = m_window->topologyView();
        const NodeItem *item = view->topologyScene()->nodeItem(id);
        return item ? view->mapFromScene(item->cardSceneRect().center()) : QPoint();
    }

    void drag(QPoint from, QPoint to)
    {
        QWidget *viewport = m_window->topologyView()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(viewport, from + (to - from) * step / 6);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

    bool linked(const QString &bridge, const QString &jail) const
    {
        const auto links = graph().linksOf(jail);
        return std::any_of(links.cbegin(), links.cend(), [&](const TopologyLink *link) {
            return link->from == bridge || link->to == bridge;
        });
    }

    void select(const QString &id)
    {
        m_window->topologyView()->selectNodes({id});
        QApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(u"en"_s);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        QSignalSpy loaded(m_window.get(), &MainWindow::hostLoadFinished);
        m_window->show();
        m_window->openHost(std::make_unique<FolderHost>(FolderHost::demoFolder()));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(loaded.count(), 1);
        m_window->topologyView()->fitToView();
        m_original.clear();
        for (const QString &path : session()->paths())
            m_original.insert(path, session()->text(path));
    }

    void cleanup()
    {
        // Whatever a test did, undoing all of it gives the files back byte for byte.
        session()->undoStack()->setIndex(0);
        for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
            QCOMPARE(session()->original(it.key()).toBytes(session()->text(it.key())),
                     session()->original(it.key()).toBytes());
        QVERIFY(session()->modifiedPaths().isEmpty());
        m_window.reset();
    }

    void makeJailByClicks()
    {
        QVERIFY(graph().node(u"bridge:bridge1"_s));
        m_window->topologyView()->newJailToolAction()->trigger();
        QString summary;
        QTimer::singleShot(0, this, [&summary] {
            auto *dialog = qobject_cast<NewJailDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->nameEdit(), u"monitor"_s);
            const auto *preview = dialog->findChild<QLabel *>(u"PreviewSummary"_s);
            summary = preview ? preview->text() : QString();
            dialog->accept();
        });
        QTest::mouseClick(m_window->topologyView()->viewport(), Qt::LeftButton, {},
                          viewPos(u"bridge:bridge1"_s));
        QVERIFY2(summary.contains(u"10.0.1."_s), qPrintable(summary));
        QVERIFY(session()->text(u"/etc/jail.conf"_s).contains(u"\nmonitor {"_s));
        QVERIFY(graph().node(u"jail:monitor"_s));
        QVERIFY(linked(u"bridge:bridge1"_s, u"jail:monitor"_s));
        QCOMPARE(session()->undoStack()->count(), 1);
    }

    void connectJailByDrag()
    {
        QVERIFY(linked(u"bridge:bridge1"_s, u"jail:backup"_s));
        drag(viewPos(u"jail:backup"_s), viewPos(u"bridge:bridge0"_s));
        QVERIFY2(linked(u"bridge:bridge0"_s, u"jail:backup"_s),
                 qPrintable(session()->text(u"/etc/jail.conf"_s)));
        QVERIFY(!linked(u"bridge:bridge1"_s, u"jail:backup"_s));
        QVERIFY(session()->isModified(u"/etc/jail.conf"_s));
    }

    void editParameterInFormChangesText()
    {
        select(u"jail:nginx"_s);
        JailPane *pane = m_window->jailPane();
        QCOMPARE(pane->jail(), u"nginx"_s);
        auto *hostname = qobject_cast<QLineEdit *>(pane->field(u"host.hostname"_s));
        QVERIFY(hostname);
        QCOMPARE(hostname->text(), u"nginx.local"_s);
        hostname->setFocus();
        hostname->selectAll();
        QTest::keyClicks(hostname, u"www.example.org"_s);
        QTest::keyClick(hostname, Qt::Key_Return);
        QVERIFY(session()
                    ->text(u"/etc/jail.conf"_s)
                    .contains(u"host.hostname = \"www.example.org\";"_s));
        QVERIFY(pane->sectionText()->toPlainText().contains(u"www.example.org"_s));
        QVERIFY(!session()->text(u"/etc/jail.conf"_s).contains(u"nginx.local"_s));
    }

    void editSectionTextUpdatesForm()
    {
        select(u"jail:postgres"_s);
        JailPane *pane = m_window->jailPane();
        pane->tabs()->setCurrentWidget(pane->sectionText());
        CodeEditor *text = pane->sectionText();
        QTextCursor cursor = text->document()->find(u"enforce_statfs = 1;"_s);
        QVERIFY(!cursor.isNull());
        cursor.insertText(u"enforce_statfs = 2;"_s);
        QTRY_VERIFY(session()->text(u"/etc/jail.conf"_s).contains(u"enforce_statfs = 2;"_s));
        auto *combo = pane->field(u"enforce_statfs"_s);
        QVERIFY(combo);
        QCOMPARE(combo->property("currentText").toString(), u"2"_s);
    }

    void editBridgeAddress()
    {
        select(u"bridge:bridge1"_s);
        BridgePane *pane = m_window->bridgePane();
        QCOMPARE(pane->bridge(), u"bridge1"_s);
        QCOMPARE(pane->addressEdit()->text(), u"10.0.1.1/24"_s);
        pane->addressEdit()->setFocus();
        pane->addressEdit()->selectAll();
        QTest::keyClicks(pane->addressEdit(), u"10.0.5.1/24"_s);
        QTest::keyClick(pane->addressEdit(), Qt::Key_Return);
        QVERIFY(session()
                    ->text(u"/etc/rc.conf"_s)
                    .contains(u"ifconfig_bridge1=\"inet 10.0.5.1/24 up\""_s));
        // The backup jail is now outside its bridge's subnet; the validator says so.
        const TopologyNode *backup = graph().node(u"jail:backup"_s);
        QVERIFY(backup);
        QVERIFY(!backup->problems.isEmpty());
    }

    void deleteJailWithKey()
    {
        select(u"jail:appserver"_s);
        m_window->topologyView()->setFocus();
        QTest::keyClick(m_window->topologyView(), Qt::Key_Delete);
        QVERIFY(!session()->text(u"/etc/jail.conf"_s).contains(u"\nappserver {"_s));
        QVERIFY(!graph().node(u"jail:appserver"_s));
    }
};

QTEST_MAIN(TestHostEditing)
#include "tst_hostediting.moc"
