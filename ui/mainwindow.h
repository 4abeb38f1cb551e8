#pragma once

#include "colorscheme.h"

#include <QMainWindow>

#include <memory>

class Host;
class BridgePane;
class FirewallPane;
class HostEditor;
class HostListModel;
class HostModel;
class JailPane;
class QStackedWidget;
class TopologyView;
class HostSession;
class PendingChangesView;
class SyntaxDefinitions;
class QActionGroup;
class QLabel;
class QListView;
class QPlainTextEdit;
class QTabWidget;
class QUndoGroup;

// The main window: hosts on the left, the topology and firewall in the middle,
// properties on the right, pending changes and the log below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openHost(std::unique_ptr<Host> host);
    HostSession *currentSession() const { return m_current; }
    HostModel *currentModel() const;
    TopologyView *topologyView() const { return m_canvas; }
    JailPane *jailPane() const { return m_jailPane; }
    BridgePane *bridgePane() const { return m_bridgePane; }
    FirewallPane *firewallPane() const { return m_firewall; }
    HostListModel *hosts() const { return m_hosts; }
    void setColorScheme(ColorScheme::Scheme scheme);

signals:
    // After the host given to openHost() was read (or could not be).
    void hostLoadFinished(bool ok);
    void currentSessionChanged(HostSession *session);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void setCurrentSession(HostSession *session);
    void showGraph();
    void showProperties(const QStringList &nodeIds);
    void updateTitle();
    void log(const QString &message);
    void openFolderDialog();
    // Closes the current host, asking first when it has unsaved changes.
    void closeCurrentHost();
    bool maybeSave(const QList<HostSession *> &sessions);

    std::unique_ptr<SyntaxDefinitions> m_syntax;
    HostListModel *m_hosts;
    QUndoGroup *m_undoGroup;
    HostSession *m_current = nullptr;
    QTabWidget *m_centre;
    TopologyView *m_canvas;
    HostEditor *m_editor;
    QStackedWidget *m_properties;
    JailPane *m_jailPane;
    BridgePane *m_bridgePane;
    FirewallPane *m_firewall;
    QHash<HostSession *, HostModel *> m_models;
    QListView *m_hostList;
    QPlainTextEdit *m_log;
    QLabel *m_statusHost;
    PendingChangesView *m_pending = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeHostAction = nullptr;
    QActionGroup *m_schemeGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
};
