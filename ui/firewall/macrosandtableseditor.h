#pragma once

#include "pf/pfdocument.h"
#include "pf/pfrulesetedit.h"

#include <QWidget>

class QTableWidget;
class PfRuleset;

// The macros and tables of a pf.conf as two small lists with buttons to add
// and remove them and their entries. Each change leaves as a ruleset edit for
// the pane to apply; the lists show the file again once it is rebuilt.
class MacrosAndTablesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MacrosAndTablesEditor(QWidget *parent = nullptr);

    void setFirewall(const PfDocument &document, const PfRuleset &ruleset);

    QTableWidget *macroList() const { return m_macros; }
    QTableWidget *tableList() const { return m_tables; }

    // What the buttons do once they have asked for names and values.
    void addMacro(const QString &name, const QString &value);
    void removeMacro(const QString &name);
    void addMacroEntry(const QString &name, const QString &entry);
    void removeMacroEntry(const QString &name, const QString &entry);
    void addTable(const QString &name, const QString &options, const QStringList &entries);
    void removeTable(const QString &name);
    void addTableEntry(const QString &name, const QString &entry);
    void removeTableEntry(const QString &name, const QString &entry);

signals:
    void editRequested(const PfRulesetEdit &edit);

private:
    QString selectedName(QTableWidget *list) const;
    QStringList writtenEntries(QTableWidget *list) const;
    void askAddMacro();
    void askAddMacroEntry();
    void askRemoveMacroEntry();
    void askAddTable();
    void askAddTableEntry();
    void askRemoveTableEntry();

    PfDocument m_document;
    QTableWidget *m_macros;
    QTableWidget *m_tables;
};
