#include "application.h"
#include "codeeditor.h"
#include "colorscheme.h"
#include "mainwindow.h"

#include "canvas/topologyview.h"

#include "host/folderhost.h"
#include "host/hostlistmodel.h"
#include "host/hostsession.h"
#include "host/pendingchangesmodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Starts the real main window (offscreen platform) on the bundled demo host.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openDemo()
    {
        auto window = std::make_unique<MainWindow>();
        QSignalSpy finished(window.get(), &MainWindow::hostLoadFinished);
        window->resize(1280, 800);
        window->show();
        window->openHost(std::make_unique<FolderHost>(FolderHost::demoFolder()));
        if (finished.count() != 1 || !finished.first().first().toBool())
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::installTranslations(u"en"_s);
        QDir().mkpath(QStringLiteral(JAILWRIGHT_SCREENSHOT_DIR));
    }

    void showsTheDemoHost()
    {
        auto window = openDemo();
        QVERIFY(window);
        QCOMPARE(window->hosts()->rowCount(), 1);
        QCOMPARE(window->hosts()->index(0).data().toString(), u"Demo host"_s);
        QVERIFY(window->currentSession());
        QCOMPARE(window->windowTitle(), u"Demo host[*]"_s);
        QVERIFY(!window->isWindowModified());
        auto *log = window->findChild<QPlainTextEdit *>(u"Log"_s);
        QVERIFY(log);
        QVERIFY(log->toPlainText().contains(u"Read 5 files from Demo host."_s));
        const auto labels = window->statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == u"Demo host — 5 files · 4 jails · 2 bridges"_s;
        }));
    }

    void everyDockIsThereWithAName_data()
    {
        QTest::addColumn<QString>("dock");
        for (const char *name : {"HostsDock", "PropertiesDock", "PendingChangesDock", "LogDock"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyDockIsThereWithAName()
    {
        QFETCH(QString, dock);
        MainWindow window;
        auto *widget = window.findChild<QDockWidget *>(dock);
        QVERIFY(widget);
        QVERIFY(!widget->windowTitle().isEmpty());
        QVERIFY(!widget->widget()->accessibleName().isEmpty());
    }

    void editShowsAsPendingAndUndoes()
    {
        auto window = openDemo();
        QVERIFY(window);
        HostSession *session = window->currentSession();
        const QString path = u"/etc/rc.conf"_s;
        const QString original = session->text(path);
        QVERIFY(session->replaceText(
            u"Disable sshd"_s, path,
            QString(original).replace(u"sshd_enable=\"YES\""_s, u"sshd_enable=\"NO\""_s)));
        QVERIFY(window->isWindowModified());
        QCOMPARE(window->hosts()->index(0).data().toString(), u"Demo host *"_s);
        auto *files = window->findChild<QListView *>(u"PendingFiles"_s);
        QVERIFY(files);
        QCOMPARE(files->model()->rowCount(), 1);
        auto *diff = window->findChild<CodeEditor *>(u"PendingDiff"_s);
        QVERIFY(diff);
        QVERIFY(diff->toPlainText().contains(u"+sshd_enable=\"NO\""_s));

        auto *undo = window->findChild<QAction *>(u"actionUndo"_s);
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(session->text(path), original);
        QCOMPARE(files->model()->rowCount(), 0);
        QVERIFY(!window->isWindowModified());
    }

    // Closing a host with unsaved changes asks first; Cancel keeps everything.
    void closeHostAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
        QTest::newRow("discard") << int(QMessageBox::Discard) << true;
    }
    void closeHostAsks()
    {
        auto window = openDemo();
        QVERIFY(window);
        HostSession *session = window->currentSession();
        const QString path = u"/etc/rc.conf"_s;
        QVERIFY(session->replaceText(u"Edit"_s, path, session->text(path) + u"# edited\n"_s));
        QFETCH(int, answer);
        QString question;
        QTimer::singleShot(0, this, [&question, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(QMessageBox::StandardButton(answer))->click();
        });
        auto *close = window->findChild<QAction *>(u"actionCloseHost"_s);
        QVERIFY(close && close->isEnabled());
        close->trigger();
        QVERIFY2(question.contains(u"/etc/rc.conf"_s), qPrintable(question));
        QFETCH(bool, closed);
        QCOMPARE(window->hosts()->rowCount(), closed ? 0 : 1);
        QCOMPARE(window->currentSession() == nullptr, closed);
        QCOMPARE(close->isEnabled(), !closed);
        if (!closed)
            QVERIFY(window->currentSession()->text(path).endsWith(u"# edited\n"_s));
    }

    // Every menu entry can be reached from the keyboard: a mnemonic unique in its
    // menu, and a shortcut for the editing commands; no shortcut is given twice.
    void everyActionHasKeyboardAccess()
    {
        auto window = openDemo();
        QVERIFY(window);
        struct Shortcut
        {
            QKeySequence key;
            const QObject *scope;
            QString text;
        };
        QList<Shortcut> shortcuts;
        const auto menus = window->menuBar()->findChildren<QMenu *>();
        QVERIFY(menus.size() >= 6);
        for (const QMenu *menu : menus) {
            QSet<QChar> mnemonics;
            const bool editing = menu->title() == u"&Edit"_s || menu->title() == u"&Topology"_s
                || menu->title() == u"F&irewall"_s;
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                const QString text = action->text();
                const qsizetype amp = text.indexOf(u'&');
                QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
                const QChar mnemonic = text.at(amp + 1).toLower();
                QVERIFY2(!mnemonics.contains(mnemonic), qPrintable(menu->title() + u": "_s + text));
                mnemonics.insert(mnemonic);
                if (editing && !action->menu())
                    QVERIFY2(!action->shortcut().isEmpty(), qPrintable(text));
                // A shortcut bound to one pane (the canvas, the rule table) may be
                // reused by another pane; window-wide ones must be unique.
                const QObject *scope = action->shortcutContext() == Qt::WidgetWithChildrenShortcut
                    ? action->parent()
                    : nullptr;
                for (const QKeySequence &key : action->shortcuts()) {
                    const auto clash = [&](const Shortcut &other) {
                        return other.key == key && other.text != text
                            && (!other.scope || !scope || other.scope == scope);
                    };
                    const auto found = std::find_if(shortcuts.cbegin(), shortcuts.cend(), clash);
                    if (found != shortcuts.cend())
                        QFAIL(qPrintable(key.toString() + u" is both "_s + text + u" and "_s
                                         + found->text));
                    shortcuts.append({key, scope, text});
                }
            }
        }
    }

    void colourSchemes_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << int(ColorScheme::Light) << false;
        QTest::newRow("dark") << int(ColorScheme::Dark) << true;
    }
    void colourSchemes()
    {
        QFETCH(int, scheme);
        QFETCH(bool, dark);
        auto window = openDemo();
        QVERIFY(window);
        window->setColorScheme(ColorScheme::Scheme(scheme));
        QCOMPARE(ColorScheme::isDark(), dark);
        // Make a change so the screenshot shows a diff too.
        HostSession *session = window->currentSession();
        QVERIFY(session->replaceText(
            u"Edit"_s, u"/etc/pf.conf"_s,
            QString(session->text(u"/etc/pf.conf"_s))
                .replace(u"set block-policy return"_s, u"set block-policy drop"_s)));
        window->topologyView()->selectNodes({u"jail:nginx"_s});
        QApplication::processEvents();
        const QString file = QStringLiteral(JAILWRIGHT_SCREENSHOT_DIR) + u"/mainwindow-"_s
            + QString::fromLatin1(QTest::currentDataTag()) + u".png"_s;
        QVERIFY(window->grab().save(file));
        session->undoStack()->undo();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
