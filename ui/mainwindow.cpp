#include "mainwindow.h"

#include "bridgepane.h"
#include "canvas/topologyview.h"
#include "firewall/firewallpane.h"
#include "hosteditor.h"
#include "jailpane.h"
#include "pendingchangesview.h"

#include "host/folderhost.h"
#include "host/hostlistmodel.h"
#include "host/hostmodel.h"
#include "host/hostsession.h"
#include "syntax/syntaxdefinitions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace {

QLabel *placeholder(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_syntax(std::make_unique<SyntaxDefinitions>())
    , m_hosts(new HostListModel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_centre(new QTabWidget(this))
    , m_canvas(new TopologyView(this))
    , m_editor(new HostEditor(*m_syntax, this))
    , m_properties(new QStackedWidget(this))
    , m_jailPane(new JailPane(*m_syntax, this))
    , m_bridgePane(new BridgePane(this))
    , m_firewall(new FirewallPane(*m_syntax, this))
    , m_hostList(new QListView(this))
    , m_log(new QPlainTextEdit(this))
    , m_statusHost(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon::fromTheme(u"network-workgroup"_s));
    m_centre->setObjectName(u"Centre"_s);
    m_centre->setDocumentMode(true);
    m_canvas->setObjectName(u"TopologyView"_s);
    m_canvas->setAccessibleName(tr("Topology"));
    m_centre->addTab(m_canvas, tr("&Topology"));
    m_firewall->setObjectName(u"FirewallPane"_s);
    m_firewall->setAccessibleName(tr("Firewall"));
    m_centre->addTab(m_firewall, tr("&Firewall"));
    setCentralWidget(m_centre);

    createActions();
    createDocks();
    connect(m_canvas, &TopologyView::nodeSelectionChanged, this, &MainWindow::showProperties);
    m_editor->connectView(m_canvas);
    m_editor->connectJailPane(m_jailPane);
    m_editor->connectBridgePane(m_bridgePane);
    connect(m_editor, &HostEditor::failed, this, [this](const QString &message) {
        log(message);
        statusBar()->showMessage(message, 8000);
    });
    statusBar()->addPermanentWidget(m_statusHost);

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Host Folder…"),
                                    this, &MainWindow::openFolderDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *demo = file->addAction(tr("Open &Demo Host"), this, [this] {
        openHost(std::make_unique<FolderHost>(FolderHost::demoFolder()));
    });
    file->addSeparator();
    m_saveAction = file->addAction(QIcon::fromTheme(u"document-save"_s), tr("&Save"), this, [this] {
        if (m_current)
            m_current->save();
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    m_closeHostAction = file->addAction(QIcon::fromTheme(u"document-close"_s), tr("&Close Host"),
                                        this, &MainWindow::closeCurrentHost);
    m_closeHostAction->setShortcut(QKeySequence::Close);
    m_closeHostAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *topology = menuBar()->addMenu(tr("&Topology"));
    topology->addActions({m_canvas->selectToolAction(), m_canvas->newJailToolAction(),
                          m_canvas->newBridgeToolAction()});
    topology->addSeparator();
    topology->addActions({m_canvas->renameAction(), m_canvas->deleteAction()});
    topology->addSeparator();
    topology->addActions({m_canvas->zoomInAction(), m_canvas->zoomOutAction(),
                          m_canvas->fitAction(), m_canvas->resetLayoutAction()});

    QMenu *firewall = menuBar()->addMenu(tr("F&irewall"));
    firewall->addActions(m_firewall->ruleActions());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *schemes = m_viewMenu->addMenu(tr("&Colour Scheme"));
    m_schemeGroup = new QActionGroup(this);
    const std::pair<ColorScheme::Scheme, QString> choices[] = {
        {ColorScheme::System, tr("&System")},
        {ColorScheme::Light, tr("&Light")},
        {ColorScheme::Dark, tr("&Dark")},
    };
    for (const auto &[scheme, label] : choices) {
        QAction *action =
            schemes->addAction(label, this, [this, s = scheme] { setColorScheme(s); });
        action->setCheckable(true);
        action->setChecked(scheme == ColorScheme::System);
        action->setData(int(scheme));
        m_schemeGroup->addAction(action);
    }
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Jailwright"), this, [this] {
        QMessageBox::about(this, tr("About Jailwright"),
                           tr("<h3>Jailwright %1</h3><p>Draw, edit and apply the network of "
                              "FreeBSD VNET jails.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolBar"_s);
    toolbar->addActions({open, m_saveAction});
    toolbar->addSeparator();
    toolbar->addActions({undo, redo});
    toolbar->addSeparator();
    toolbar->addActions({m_canvas->selectToolAction(), m_canvas->newJailToolAction(),
                         m_canvas->newBridgeToolAction(), m_canvas->fitAction()});

    // Fixed names, not ones made from the translated text, so state and tests find them.
    const std::pair<QAction *, QString> names[] = {
        {open, u"actionOpenHostFolder"_s}, {demo, u"actionOpenDemoHost"_s},
        {m_saveAction, u"actionSave"_s},   {m_closeHostAction, u"actionCloseHost"_s},
        {quit, u"actionQuit"_s},           {undo, u"actionUndo"_s},
        {redo, u"actionRedo"_s},
    };
    for (const auto &[action, name] : names)
        action->setObjectName(name);
}

void MainWindow::createDocks()
{
    // `menuText` is the title with its mnemonic, for the View menu.
    auto makeDock = [this](const QString &title, const QString &menuText, const QString &name,
                           QWidget *widget, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        widget->setAccessibleName(title);
        addDockWidget(area, dock);
        dock->toggleViewAction()->setText(menuText);
        m_viewMenu->addAction(dock->toggleViewAction());
        return dock;
    };

    m_hostList->setModel(m_hosts);
    m_hostList->setObjectName(u"HostList"_s);
    connect(m_hostList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { setCurrentSession(m_hosts->session(index.row())); });
    QDockWidget *hosts =
        makeDock(tr("Hosts"), tr("&Hosts"), u"HostsDock"_s, m_hostList, Qt::LeftDockWidgetArea);

    m_properties->addWidget(placeholder(tr("Select a jail or a bridge to see its properties.")));
    m_properties->addWidget(m_jailPane);
    m_properties->addWidget(m_bridgePane);
    QDockWidget *properties = makeDock(tr("Properties"), tr("&Properties"), u"PropertiesDock"_s,
                                       m_properties, Qt::RightDockWidgetArea);

    m_pending = new PendingChangesView(*m_syntax, m_saveAction, this);
    QDockWidget *pending = makeDock(tr("Pending Changes"), tr("P&ending Changes"),
                                    u"PendingChangesDock"_s, m_pending, Qt::BottomDockWidgetArea);
    m_log->setReadOnly(true);
    m_log->setObjectName(u"Log"_s);
    m_log->setMaximumBlockCount(5000);
    QDockWidget *logDock =
        makeDock(tr("Log"), tr("&Log"), u"LogDock"_s, m_log, Qt::BottomDockWidgetArea);
    tabifyDockWidget(pending, logDock);
    pending->raise();
    // The canvas gets most of the width so a small host shows its cards at full detail.
    resizeDocks({hosts, properties}, {170, 360}, Qt::Horizontal);
    resizeDocks({pending}, {220}, Qt::Vertical);
}

void MainWindow::openHost(std::unique_ptr<Host> host)
{
    for (HostSession *open : m_hosts->sessions()) {
        if (open->host()->id() == host->id()) {
            m_hostList->setCurrentIndex(m_hosts->index(m_hosts->rowOf(open)));
            emit hostLoadFinished(open->isLoaded());
            return;
        }
    }
    auto *session = new HostSession(std::move(host));
    m_hosts->addSession(session);
    auto *model = new HostModel(session, session);
    m_models.insert(session, model);
    connect(model, &HostModel::rebuilt, this, [this, model] {
        if (model == currentModel())
            showGraph();
    });
    m_undoGroup->addStack(session->undoStack());
    const QString name = session->host()->displayName();
    connect(session, &HostSession::loaded, this, [this, session, name] {
        log(tr("Read %n file(s) from %1.", nullptr, int(session->paths().size())).arg(name));
        if (session == m_current)
            updateTitle();
        emit hostLoadFinished(true);
    });
    connect(session, &HostSession::loadFailed, this, [this, name](const QString &message) {
        log(tr("Could not read %1: %2").arg(name, message));
        QMessageBox::warning(this, tr("Could not open host"), message);
        emit hostLoadFinished(false);
    });
    connect(session, &HostSession::documentsChanged, this, &MainWindow::updateTitle);
    connect(session, &HostSession::saved, this, [this, name](const QStringList &paths) {
        if (!paths.isEmpty())
            log(tr("Saved %1 on %2.").arg(paths.join(u", "_s), name));
        updateTitle();
    });
    connect(session, &HostSession::saveFailed, this, [this](const QString &message) {
        log(message);
        QMessageBox::warning(this, tr("Could not save"), message);
    });
    m_hostList->setCurrentIndex(m_hosts->index(m_hosts->rowOf(session)));
    session->load();
}

void MainWindow::setCurrentSession(HostSession *session)
{
    if (session == m_current)
        return;
    m_current = session;
    m_undoGroup->setActiveStack(session ? session->undoStack() : nullptr);
    m_pending->setSession(session);
    m_editor->setModel(currentModel());
    m_jailPane->setModel(currentModel());
    m_bridgePane->setModel(currentModel());
    m_firewall->setModel(currentModel());
    showGraph();
    updateTitle();
    emit currentSessionChanged(session);
}

HostModel *MainWindow::currentModel() const
{
    return m_models.value(m_current);
}

void MainWindow::showGraph()
{
    HostModel *model = currentModel();
    m_canvas->setGraph(m_current ? m_current->host()->id() : QString(),
                       model ? model->graph() : TopologyGraph());
    showProperties(m_canvas->selectedNodeIds());
    updateTitle();
}

void MainWindow::showProperties(const QStringList &nodeIds)
{
    const QString id = nodeIds.size() == 1 ? nodeIds.first() : QString();
    if (id.startsWith(u"jail:"_s)) {
        m_jailPane->setJail(id.sliced(5));
        m_properties->setCurrentWidget(m_jailPane);
    } else if (id.startsWith(u"bridge:"_s)) {
        m_bridgePane->setBridge(id.sliced(7));
        m_properties->setCurrentWidget(m_bridgePane);
    } else {
        m_properties->setCurrentIndex(0);
    }
}

void MainWindow::updateTitle()
{
    m_closeHostAction->setEnabled(m_current);
    if (!m_current) {
        setWindowTitle(QString());
        m_statusHost->clear();
        m_saveAction->setEnabled(false);
        return;
    }
    const bool modified = !m_current->modifiedPaths().isEmpty();
    setWindowTitle(m_current->host()->displayName() + u"[*]"_s);
    setWindowModified(modified);
    m_saveAction->setEnabled(modified && !m_current->host()->isReadOnly());
    const HostModel *model = currentModel();
    const int jails = model ? model->jailCount() : 0;
    const int bridges = model ? int(model->configuration().network().bridges.size()) : 0;
    m_statusHost->setText(tr("%1 — %n file(s)", nullptr, int(m_current->paths().size()))
                              .arg(m_current->host()->displayName())
                          + u" · "_s + tr("%n jail(s)", nullptr, jails) + u" · "_s
                          + tr("%n bridge(s)", nullptr, bridges));
}

void MainWindow::log(const QString &message)
{
    m_log->appendPlainText(QTime::currentTime().toString(u"HH:mm:ss  "_s) + message);
}

void MainWindow::openFolderDialog()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open a Folder Holding a Host's etc/ Files"));
    if (!folder.isEmpty())
        openHost(std::make_unique<FolderHost>(folder));
}

void MainWindow::closeCurrentHost()
{
    HostSession *session = m_current;
    if (!session || !maybeSave({session}))
        return;
    setCurrentSession(nullptr);
    m_models.remove(session);
    m_hosts->removeSession(session);
    if (m_hosts->rowCount() > 0)
        m_hostList->setCurrentIndex(m_hosts->index(0));
}

void MainWindow::setColorScheme(ColorScheme::Scheme scheme)
{
    ColorScheme::instance()->apply(scheme);
    for (QAction *action : m_schemeGroup->actions())
        action->setChecked(action->data().toInt() == int(scheme));
}

bool MainWindow::maybeSave(const QList<HostSession *> &sessions)
{
    for (HostSession *session : sessions) {
        const QStringList modified = session->modifiedPaths();
        if (modified.isEmpty())
            continue;
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"),
            tr("%1 has unsaved changes to %2.\nSave them before closing?")
                .arg(session->host()->displayName(), modified.join(u", "_s)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            if (session->host()->isReadOnly()) {
                QMessageBox::warning(this, tr("Read-Only Host"),
                                     tr("%1 is read-only; its changes cannot be saved there.")
                                         .arg(session->host()->displayName()));
                return false;
            }
            bool failed = false;
            QMetaObject::Connection c =
                connect(session, &HostSession::saveFailed, this, [&failed] { failed = true; });
            session->save();
            disconnect(c);
            if (failed || !session->modifiedPaths().isEmpty())
                return false;
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave(m_hosts->sessions())) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}
