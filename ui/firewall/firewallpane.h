#pragma once

#include "pf/pfrulesetedit.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

class CodeEditor;
class HostModel;
class MacrosAndTablesEditor;
class PacketTracerForm;
class PfRuleTableModel;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;
class SyntaxDefinitions;
struct PfPacket;

// The firewall of a host: one pf.conf at a time (the host's or a VNET jail's)
// as a rule table, macros and tables, and highlighted text kept in sync, with
// a packet tracer. Every change is one undoable edit on the host's session;
// the pane shows the documents again once the model is rebuilt.
class FirewallPane : public QWidget
{
    Q_OBJECT

public:
    explicit FirewallPane(SyntaxDefinitions &definitions, QWidget *parent = nullptr);

    void setModel(HostModel *model);
    // The pf.conf shown, by its path on the host.
    void setRuleset(const QString &path);
    QString ruleset() const { return m_path; }

    // The rule actions, for menus and toolbars; their shortcuts work in the rule table.
    QList<QAction *> ruleActions() const;
    QAction *addRuleAction() const { return m_add; }
    QAction *editRuleAction() const { return m_edit; }
    QAction *duplicateRuleAction() const { return m_duplicate; }
    QAction *deleteRuleAction() const { return m_delete; }
    QAction *toggleRuleAction() const { return m_toggle; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

    QComboBox *rulesetChooser() const { return m_chooser; }
    QTableView *ruleTable() const { return m_table; }
    PfRuleTableModel *ruleModel() const { return m_rules; }
    CodeEditor *textEditor() const { return m_text; }
    PacketTracerForm *tracer() const { return m_tracer; }
    MacrosAndTablesEditor *macrosAndTables() const { return m_definitions; }
    QTabWidget *tabs() const { return m_tabs; }
    // The selected table row, -1 when none.
    int currentRow() const;
    void selectRow(int row);

    // Applies a ruleset operation as one undoable step; false (and the reason shown) when it fails.
    bool applyEdit(const PfRulesetEdit &edit);

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void refresh();
    void fillChooser();
    void updateActions();
    void commitText();
    void trace(const PfPacket &packet);
    void showTraceInText(const QList<int> &lines, int decidingLine);
    void moveSelected(bool up);
    void toggleSelected();
    void deleteSelected();
    void duplicateSelected();
    void addRule();
    void editSelected();
    void showError(const QString &text);
    void updateAppearance();
    void showStatus();

    QPointer<HostModel> m_model;
    QString m_path;
    QString m_textPath; // the file whose highlighting the text view has
    QComboBox *m_chooser;
    QLabel *m_status;
    QTabWidget *m_tabs;
    PfRuleTableModel *m_rules;
    QTableView *m_table;
    MacrosAndTablesEditor *m_definitions;
    CodeEditor *m_text;
    QTimer *m_textIdle;
    PacketTracerForm *m_tracer;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    bool m_filling = false;
    QString m_selectedRule; // the selected rule's text, to select it again after a rebuild
    int m_expectedRow = -1; // where an action expects the selected rule to be after it
    bool m_lastTracePassed = true;
    QColor m_matchedColour;
    bool m_traceShown = false;
};
