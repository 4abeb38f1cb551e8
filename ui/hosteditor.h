#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class HostModel;
class BridgePane;
class JailPane;
class QWidget;
class SyntaxDefinitions;
class TopologyView;
struct OperationResult;

// Turns what the user asks for on the canvas and in the panes into core
// operations on the current host, each one undoable step on its undo stack;
// what cannot be done is reported, and nothing is changed then.
class HostEditor : public QObject
{
    Q_OBJECT

public:
    HostEditor(SyntaxDefinitions &definitions, QWidget *dialogParent);

    void setModel(HostModel *model);
    void connectView(TopologyView *view);
    void connectJailPane(JailPane *pane);
    void connectBridgePane(BridgePane *pane);

    // Asks for the name (showing the epair and address that will be picked) and adds the jail.
    void newJail(const QString &bridgeId);
    void newBridge();
    bool setJailAddress(const QString &jail, const QString &address);
    bool moveJail(const QString &jailId, const QString &bridgeId);
    bool remove(const QStringList &nodeIds);
    bool rename(const QString &nodeId, const QString &newName);
    bool setParameter(const QString &jail, const QString &parameter,
                      const std::optional<QStringList> &values);
    bool replaceSection(const QString &jail, const QString &text);
    bool setBridgeAddress(const QString &bridge, const QString &address);

signals:
    void failed(const QString &message);

private:
    bool run(const OperationResult &result);

    SyntaxDefinitions &m_definitions;
    QWidget *m_dialogParent;
    QPointer<HostModel> m_model;
};
