#include "macrosandtableseditor.h"

#include "pf/pfruleset.h"
#include "pf/pfruleseteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableWidget *list(QWidget *parent, const QString &name, const QString &accessibleName,
                   const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    return table;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &name,
                    const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessibleName);
    return button;
}

QTableWidgetItem *item(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

// The words of a `{ a, b }` or `"a b"` value, as written.
QStringList entriesOf(QString value)
{
    value = value.trimmed();
    const qsizetype open = value.indexOf(u'{');
    const qsizetype close = value.lastIndexOf(u'}');
    if (open >= 0 && close > open)
        value = value.mid(open + 1, close - open - 1);
    else if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    static const QRegularExpression separators(u"[\\s,\\\\]+"_s);
    return value.split(separators, Qt::SkipEmptyParts);
}

} // namespace

MacrosAndTablesEditor::MacrosAndTablesEditor(QWidget *parent)
    : QWidget(parent)
    , m_macros(list(this, u"firewall.macros"_s, tr("Macros"),
                    {tr("Macro"), tr("Value as written"), tr("Expands to")}))
    , m_tables(list(this, u"firewall.tables"_s, tr("Tables"),
                    {tr("Table"), tr("Options"), tr("Entries")}))
{
    auto *macroButtons = new QHBoxLayout;
    auto *addMacro = button(this, tr("Add Macro…"), u"firewall.addMacro"_s, tr("Add macro"));
    auto *removeMacro =
        button(this, tr("Remove Macro"), u"firewall.removeMacro"_s, tr("Remove macro"));
    auto *addMacroEntry = button(this, tr("Add Entry…"), u"firewall.addMacroEntry"_s,
                                 tr("Add an entry to the macro"));
    auto *removeMacroEntry = button(this, tr("Remove Entry…"), u"firewall.removeMacroEntry"_s,
                                    tr("Remove an entry from the macro"));
    for (QPushButton *b : {addMacro, removeMacro, addMacroEntry, removeMacroEntry})
        macroButtons->addWidget(b);
    macroButtons->addStretch();

    auto *tableButtons = new QHBoxLayout;
    auto *addTable = button(this, tr("Add Table…"), u"firewall.addTable"_s, tr("Add table"));
    auto *removeTable =
        button(this, tr("Remove Table"), u"firewall.removeTable"_s, tr("Remove table"));
    auto *addTableEntry = button(this, tr("Add Address…"), u"firewall.addTableEntry"_s,
                                 tr("Add an address to the table"));
    auto *removeTableEntry = button(this, tr("Remove Address…"), u"firewall.removeTableEntry"_s,
                                    tr("Remove an address from the table"));
    for (QPushButton *b : {addTable, removeTable, addTableEntry, removeTableEntry})
        tableButtons->addWidget(b);
    tableButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    auto *macroTitle = new QLabel(tr("&Macros"), this);
    macroTitle->setBuddy(m_macros);
    auto *tableTitle = new QLabel(tr("&Tables"), this);
    tableTitle->setBuddy(m_tables);
    layout->addWidget(macroTitle);
    layout->addWidget(m_macros, 3);
    layout->addLayout(macroButtons);
    layout->addWidget(tableTitle);
    layout->addWidget(m_tables, 2);
    layout->addLayout(tableButtons);

    connect(addMacro, &QPushButton::clicked, this, &MacrosAndTablesEditor::askAddMacro);
    connect(removeMacro, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedName(m_macros); !name.isEmpty())
            this->removeMacro(name);
    });
    connect(addMacroEntry, &QPushButton::clicked, this, &MacrosAndTablesEditor::askAddMacroEntry);
    connect(removeMacroEntry, &QPushButton::clicked, this,
            &MacrosAndTablesEditor::askRemoveMacroEntry);
    connect(addTable, &QPushButton::clicked, this, &MacrosAndTablesEditor::askAddTable);
    connect(removeTable, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedName(m_tables); !name.isEmpty())
            this->removeTable(name);
    });
    connect(addTableEntry, &QPushButton::clicked, this, &MacrosAndTablesEditor::askAddTableEntry);
    connect(removeTableEntry, &QPushButton::clicked, this,
            &MacrosAndTablesEditor::askRemoveTableEntry);
}

void MacrosAndTablesEditor::setFirewall(const PfDocument &document, const PfRuleset &ruleset)
{
    m_document = document;
    const QString macro = selectedName(m_macros);
    const QString table = selectedName(m_tables);
    m_macros->setRowCount(0);
    for (const PfMacro &definition : ruleset.macros) {
        if (definition.statement < 0)
            continue;
        const QString written = document.textOf(document.statements()[definition.statement].span)
                                    .toString()
                                    .section(u'=', 1)
                                    .trimmed();
        const int row = m_macros->rowCount();
        m_macros->insertRow(row);
        m_macros->setItem(row, 0, item(definition.name));
        m_macros->setItem(row, 1, item(written));
        m_macros->setItem(row, 2, item(definition.value));
        if (definition.name == macro)
            m_macros->selectRow(row);
    }
    m_tables->setRowCount(0);
    for (const PfTable &definition : ruleset.tables) {
        if (definition.statement < 0)
            continue;
        QStringList options;
        if (definition.persist)
            options.append(u"persist"_s);
        if (definition.constant)
            options.append(u"const"_s);
        if (definition.counters)
            options.append(u"counters"_s);
        for (const QString &file : definition.files)
            options.append(u"file \"%1\""_s.arg(file));
        const QString written =
            document.textOf(document.statements()[definition.statement].span).toString();
        const int row = m_tables->rowCount();
        m_tables->insertRow(row);
        m_tables->setItem(row, 0, item(u'<' + definition.name + u'>'));
        m_tables->item(row, 0)->setData(Qt::UserRole, definition.name);
        m_tables->setItem(row, 1, item(options.join(u' ')));
        const QStringList entries = written.contains(u'{') ? entriesOf(written) : QStringList();
        m_tables->setItem(row, 2, item(entries.isEmpty() ? tr("(empty)") : entries.join(u", "_s)));
        m_tables->item(row, 2)->setData(Qt::UserRole, entries);
        if (definition.name == table)
            m_tables->selectRow(row);
    }
}

QString MacrosAndTablesEditor::selectedName(QTableWidget *list) const
{
    const int row = list->currentRow();
    if (row < 0 || !list->item(row, 0))
        return {};
    const QVariant name = list->item(row, 0)->data(Qt::UserRole);
    return name.isValid() ? name.toString() : list->item(row, 0)->text();
}

QStringList MacrosAndTablesEditor::writtenEntries(QTableWidget *list) const
{
    const int row = list->currentRow();
    if (row < 0)
        return {};
    if (list == m_tables)
        return list->item(row, 2)->data(Qt::UserRole).toStringList();
    return entriesOf(list->item(row, 1)->text());
}

void MacrosAndTablesEditor::addMacro(const QString &name, const QString &value)
{
    emit editRequested(PfRulesetEditor(m_document).addMacro(name, value));
}

void MacrosAndTablesEditor::removeMacro(const QString &name)
{
    emit editRequested(PfRulesetEditor(m_document).removeMacro(name));
}

void MacrosAndTablesEditor::addMacroEntry(const QString &name, const QString &entry)
{
    emit editRequested(PfRulesetEditor(m_document).addMacroEntry(name, entry));
}

void MacrosAndTablesEditor::removeMacroEntry(const QString &name, const QString &entry)
{
    emit editRequested(PfRulesetEditor(m_document).removeMacroEntry(name, entry));
}

void MacrosAndTablesEditor::addTable(const QString &name, const QString &options,
                                     const QStringList &entries)
{
    emit editRequested(PfRulesetEditor(m_document).addTable(name, options, entries));
}

void MacrosAndTablesEditor::removeTable(const QString &name)
{
    emit editRequested(PfRulesetEditor(m_document).removeTable(name));
}

void MacrosAndTablesEditor::addTableEntry(const QString &name, const QString &entry)
{
    emit editRequested(PfRulesetEditor(m_document).addTableEntry(name, entry));
}

void MacrosAndTablesEditor::removeTableEntry(const QString &name, const QString &entry)
{
    emit editRequested(PfRulesetEditor(m_document).removeTableEntry(name, entry));
}

void MacrosAndTablesEditor::askAddMacro()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Macro"), tr("Macro name:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString value =
        QInputDialog::getText(this, tr("Add Macro"),
                              tr("Value of $%1 (an address, interface or { list }):").arg(name),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (ok && !value.isEmpty())
        addMacro(name, value);
}

void MacrosAndTablesEditor::askAddMacroEntry()
{
    const QString name = selectedName(m_macros);
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString entry =
        QInputDialog::getText(this, tr("Add Entry"), tr("New entry of $%1:").arg(name),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (ok && !entry.isEmpty())
        addMacroEntry(name, entry);
}

void MacrosAndTablesEditor::askRemoveMacroEntry()
{
    const QString name = selectedName(m_macros);
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString entry =
        QInputDialog::getItem(this, tr("Remove Entry"), tr("Entry of $%1 to remove:").arg(name),
                              writtenEntries(m_macros), 0, true, &ok);
    if (ok && !entry.isEmpty())
        removeMacroEntry(name, entry);
}

void MacrosAndTablesEditor::askAddTable()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Table"), tr("Table name:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString entries = QInputDialog::getText(
        this, tr("Add Table"),
        tr("Addresses of <%1>, separated by commas (may be empty):").arg(name), QLineEdit::Normal,
        {}, &ok);
    if (!ok)
        return;
    static const QRegularExpression separators(u"[\\s,]+"_s);
    addTable(name, u"persist"_s, entries.split(separators, Qt::SkipEmptyParts));
}

void MacrosAndTablesEditor::askAddTableEntry()
{
    const QString name = selectedName(m_tables);
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString entry =
        QInputDialog::getText(this, tr("Add Address"), tr("Address or network for <%1>:").arg(name),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (ok && !entry.isEmpty())
        addTableEntry(name, entry);
}

void MacrosAndTablesEditor::askRemoveTableEntry()
{
    const QString name = selectedName(m_tables);
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString entry = QInputDialog::getItem(this, tr("Remove Address"),
                                                tr("Address to remove from <%1>:").arg(name),
                                                writtenEntries(m_tables), 0, true, &ok);
    if (ok && !entry.isEmpty())
        removeTableEntry(name, entry);
}
