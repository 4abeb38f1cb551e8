#include "firewallpane.h"

#include "codeeditor.h"
#include "macrosandtableseditor.h"
#include "packettracerform.h"
#include "ruledialog.h"

#include "host/hostmodel.h"
#include "host/hostsession.h"
#include "pf/pfpacket.h"
#include "pf/pfruleseteditor.h"
#include "pf/pfruletablemodel.h"
#include "pf/pftracer.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

// Typing in the text becomes one undo step per pause.
constexpr int textIdleMilliseconds = 400;

using Field = PfRulesetEditor::Field;

// The fields the rule dialog has, in the order their edits are made.
constexpr Field dialogFields[] = {
    Field::Action,
    Field::Direction,
    Field::Log,
    Field::Quick,
    Field::Interface,
    Field::AddressFamily,
    Field::Protocol,
    Field::Source,
    Field::SourcePort,
    Field::Destination,
    Field::DestinationPort,
    Field::Flags,
    Field::IcmpType,
    Field::State,
    Field::Label,
    Field::Tag,
    Field::TranslationTarget,
};

QString addressAndPort(const QHostAddress &address, quint16 port)
{
    return port ? u"%1 port %2"_s.arg(address.toString()).arg(port) : address.toString();
}

} // namespace

FirewallPane::FirewallPane(SyntaxDefinitions &definitions, QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_rules(new PfRuleTableModel(this))
    , m_table(new QTableView(this))
    , m_definitions(new MacrosAndTablesEditor(this))
    , m_text(new CodeEditor(definitions, this))
    , m_textIdle(new QTimer(this))
    , m_tracer(new PacketTracerForm(this))
{
    m_chooser->setObjectName(u"firewall.ruleset"_s);
    m_chooser->setAccessibleName(tr("Ruleset"));
    m_chooser->setToolTip(tr("The host's pf.conf or a VNET jail's own"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(u"firewall.status"_s);
    m_status->setAccessibleName(tr("Ruleset status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(u"firewall.rules"_s);
    m_table->setAccessibleName(tr("Rules"));
    m_table->setModel(m_rules);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Long state options would push the label out of sight; the tooltip has them whole.
    m_table->horizontalHeader()->setMaximumSectionSize(fontMetrics().horizontalAdvance(u'x') * 40);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    // DragDrop, not InternalMove: a drop without a running QDrag of this view (the
    // offscreen platform has none) works the same; the model takes only its own rows.
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_text->setObjectName(u"firewall.text"_s);
    m_text->setAccessibleName(tr("The text of the ruleset"));
    m_textIdle->setSingleShot(true);
    m_textIdle->setInterval(textIdleMilliseconds);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_textIdle->start();
    });
    connect(m_textIdle, &QTimer::timeout, this, &FirewallPane::commitText);

    createActions();
    auto *toolBar = new QToolBar(tr("Rules"), this);
    toolBar->setObjectName(u"firewall.toolbar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions(actions());
    for (QAction *action : actions()) {
        QWidget *button = toolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(action->toolTip());
    }

    auto *rulesPage = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(toolBar);
    rulesLayout->addWidget(m_table, 1);
    m_tabs->setObjectName(u"firewall.tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(rulesPage, tr("&Rules"));
    m_tabs->addTab(m_definitions, tr("&Macros and Tables"));

    auto *tracerBox = new QGroupBox(tr("Packet tracer"), this);
    tracerBox->setObjectName(u"firewall.tracerBox"_s);
    auto *tracerLayout = new QVBoxLayout(tracerBox);
    tracerLayout->addWidget(m_tracer);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tabs, 1);
    leftLayout->addWidget(tracerBox);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"firewall.splitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);

    auto *header = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("R&uleset:"), this);
    chooserLabel->setBuddy(m_chooser);
    header->addWidget(chooserLabel);
    header->addWidget(m_chooser);
    header->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { setRuleset(m_chooser->itemData(index).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_filling)
                    return;
                m_selectedRule = m_rules->ruleText(current.row());
                updateActions();
                if (current.isValid() && !m_text->hasFocus()) {
                    QTextCursor cursor(
                        m_text->document()->findBlockByNumber(m_rules->lineAt(current.row()) - 1));
                    m_text->setTextCursor(cursor);
                    m_text->centerCursor();
                }
            });
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_edit->trigger(); });
    // The drop finishes inside the view before the documents change under it.
    connect(
        m_rules, &PfRuleTableModel::moveRequested, this,
        [this](int statement, int target, PfRulesetEditor::Placement placement) {
            const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
            if (!firewall)
                return;
            m_selectedRule = m_rules->ruleText(m_rules->rowForStatement(statement));
            m_expectedRow = -1;
            applyEdit(PfRulesetEditor(firewall->document).moveRule(statement, target, placement));
        },
        Qt::QueuedConnection);
    connect(m_definitions, &MacrosAndTablesEditor::editRequested, this, &FirewallPane::applyEdit);
    connect(m_tracer, &PacketTracerForm::traceRequested, this, &FirewallPane::trace);

    updateAppearance();
    updateActions();
}

void FirewallPane::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QString &accessible,
                             const QString &icon, QStyle::StandardPixmap fallback,
                             const QKeySequence &shortcut, const auto &slot) {
        auto *action =
            new QAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text, this);
        action->setObjectName(name);
        action->setToolTip(accessible);
        action->setStatusTip(accessible);
        action->setShortcut(shortcut);
        // Only while the table has focus: Delete in the text deletes characters.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        return action;
    };
    m_add = make(tr("&Add Rule…"), u"firewall.addRule"_s, tr("Add a rule below the selected one"),
                 u"list-add"_s, QStyle::SP_FileDialogNewFolder, QKeySequence(Qt::Key_Insert),
                 &FirewallPane::addRule);
    m_edit = make(tr("&Edit Rule…"), u"firewall.editRule"_s, tr("Edit the selected rule"),
                  u"document-edit"_s, QStyle::SP_FileDialogDetailedView,
                  QKeySequence(Qt::Key_Return), &FirewallPane::editSelected);
    m_duplicate =
        make(tr("D&uplicate Rule"), u"firewall.duplicateRule"_s, tr("Duplicate the selected rule"),
             u"edit-copy"_s, QStyle::SP_FileDialogContentsView, QKeySequence(Qt::CTRL | Qt::Key_D),
             &FirewallPane::duplicateSelected);
    m_delete = make(tr("&Delete Rule"), u"firewall.deleteRule"_s,
                    tr("Delete the selected rule and the comment above it"), u"edit-delete"_s,
                    QStyle::SP_TrashIcon, QKeySequence(QKeySequence::Delete),
                    &FirewallPane::deleteSelected);
    m_toggle = make(tr("Disa&ble Rule"), u"firewall.toggleRule"_s,
                    tr("Comment the selected rule out, or back in"), u"system-suspend"_s,
                    QStyle::SP_DialogNoButton, QKeySequence(Qt::CTRL | Qt::Key_E),
                    &FirewallPane::toggleSelected);
    m_moveUp =
        make(tr("Move U&p"), u"firewall.moveRuleUp"_s,
             tr("Move the selected rule above the one before it"), u"go-up"_s, QStyle::SP_ArrowUp,
             QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(true); });
    m_moveDown = make(tr("Move Do&wn"), u"firewall.moveRuleDown"_s,
                      tr("Move the selected rule below the one after it"), u"go-down"_s,
                      QStyle::SP_ArrowDown, QKeySequence(Qt::ALT | Qt::Key_Down),
                      [this] { moveSelected(false); });
}

QList<QAction *> FirewallPane::ruleActions() const
{
    return {m_add, m_edit, m_duplicate, m_delete, m_toggle, m_moveUp, m_moveDown};
}

void FirewallPane::setModel(HostModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &HostModel::rebuilt, this, &FirewallPane::refresh);
    m_path.clear();
    refresh();
}

void FirewallPane::setRuleset(const QString &path)
{
    if (path == m_path)
        return;
    commitText();
    m_path = path;
    m_selectedRule.clear();
    m_traceShown = false;
    m_tracer->clearResult();
    refresh();
}

int FirewallPane::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void FirewallPane::selectRow(int row)
{
    m_table->setCurrentIndex(m_rules->index(row, 0));
    m_table->selectRow(row);
}

void FirewallPane::fillChooser()
{
    m_chooser->clear();
    if (!m_model)
        return;
    for (const HostModel::Firewall &firewall : m_model->firewalls()) {
        const QString text = firewall.jail.isEmpty()
            ? tr("Host: %1").arg(firewall.path)
            : tr("Jail %1: %2").arg(firewall.jail, firewall.path);
        m_chooser->addItem(text, firewall.path);
    }
    if (m_chooser->findData(m_path) < 0)
        m_path = m_chooser->count() > 0 ? m_chooser->itemData(0).toString() : QString();
    m_chooser->setCurrentIndex(m_chooser->findData(m_path));
}

void FirewallPane::refresh()
{
    m_filling = true;
    const int previousRow = currentRow();
    fillChooser();
    const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
    if (!firewall) {
        m_rules->setFirewall({}, {}, {});
        m_definitions->setFirewall({}, {});
        m_text->setTextKeepingView({});
        m_text->setDiagnostics({});
        m_filling = false;
        showStatus();
        updateActions();
        return;
    }
    const QList<Diagnostic> diagnostics = m_model->diagnostics(m_path);
    m_rules->setFirewall(firewall->document, firewall->ruleset, diagnostics);
    m_definitions->setFirewall(firewall->document, firewall->ruleset);
    if (m_textPath != m_path) {
        m_textPath = m_path;
        m_text->setDefinitionForFile(m_path);
    }
    if (!m_textIdle->isActive())
        m_text->setTextKeepingView(m_model->session()->text(m_path));
    m_text->setDiagnostics(diagnostics);

    QStringList interfaces;
    if (firewall->jail.isEmpty()) {
        for (const PfPacketInterface &interface : m_model->interfaces())
            interfaces.append(interface.name);
    } else {
        for (const PfRule &rule : firewall->ruleset.rules) {
            for (const PfInterfaceSpec &spec : rule.interfaces) {
                if (!interfaces.contains(spec.name) && spec.name != u"any")
                    interfaces.append(spec.name);
            }
        }
    }
    m_tracer->setInterfaces(interfaces);

    // The selected rule stays selected where it went; else the same row.
    int row = -1;
    if (m_expectedRow >= 0 && m_rules->ruleText(m_expectedRow) == m_selectedRule) {
        row = m_expectedRow;
    } else if (!m_selectedRule.isEmpty()) {
        int best = INT_MAX;
        for (int r = 0; r < m_rules->rowCount(); ++r) {
            if (m_rules->ruleText(r) == m_selectedRule && qAbs(r - previousRow) < best) {
                best = qAbs(r - previousRow);
                row = r;
            }
        }
    }
    if (row < 0 && previousRow >= 0)
        row = qMin(previousRow, m_rules->rowCount() - 1);
    m_expectedRow = -1;
    if (row >= 0)
        selectRow(row);
    m_selectedRule = m_rules->ruleText(row);
    m_filling = false;

    if (m_traceShown) {
        if (const std::optional<PfPacket> packet = m_tracer->packet())
            trace(*packet);
    } else {
        m_text->highlightLines({}, {});
    }
    showStatus();
    updateActions();
}

void FirewallPane::showStatus()
{
    int disabled = 0;
    int marked = 0;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        disabled += m_rules->isDisabled(row) ? 1 : 0;
        marked +=
            m_rules->index(row, 0).data(PfRuleTableModel::ProblemsRole).toStringList().isEmpty()
            ? 0
            : 1;
    }
    const int rules = m_rules->rowCount() - disabled;
    QStringList parts = {tr("%n rule(s)", nullptr, rules)};
    if (disabled > 0)
        parts.append(tr("%n disabled", nullptr, disabled));
    if (marked > 0)
        parts.append(tr("%n with problems (hover the mark)", nullptr, marked));
    if (m_model) {
        const int problems = int(m_model->diagnostics(m_path).size());
        if (problems > 0)
            parts.append(tr("%n message(s) in the text", nullptr, problems));
    }
    m_status->setText(m_path.isEmpty() ? tr("No pf.conf on this host") : parts.join(u" · "_s));
}

void FirewallPane::updateActions()
{
    const int row = currentRow();
    const bool editable = m_model && m_model->session() && !m_path.isEmpty();
    const bool rule = editable && row >= 0 && !m_rules->isDisabled(row);
    m_add->setEnabled(editable);
    m_edit->setEnabled(rule);
    m_duplicate->setEnabled(rule);
    m_delete->setEnabled(rule);
    m_toggle->setEnabled(editable && row >= 0);
    m_toggle->setText(row >= 0 && m_rules->isDisabled(row) ? tr("Ena&ble Rule")
                                                           : tr("Disa&ble Rule"));
    m_moveUp->setEnabled(rule && row > 0);
    m_moveDown->setEnabled(rule && row + 1 < m_rules->rowCount());
}

void FirewallPane::commitText()
{
    if (!m_textIdle->isActive() && sender() != m_textIdle)
        return;
    m_textIdle->stop();
    if (!m_model || !m_model->session() || m_path.isEmpty())
        return;
    const QString text = m_text->toPlainText();
    if (text != m_model->session()->text(m_path))
        m_model->session()->replaceText(tr("Edit the text of %1").arg(m_path), m_path, text);
}

bool FirewallPane::applyEdit(const PfRulesetEdit &edit)
{
    if (!m_model || !m_model->session() || m_path.isEmpty())
        return false;
    if (!edit.isValid()) {
        showError(edit.error);
        return false;
    }
    if (edit.edits.isEmpty())
        return true;
    QString error;
    if (!m_model->session()->apply(edit.description, {{m_path, edit.edits}}, &error)) {
        showError(error);
        return false;
    }
    emit message(edit.description);
    return true;
}

void FirewallPane::showError(const QString &text)
{
    m_status->setText(tr("Could not change the ruleset: %1").arg(text));
    emit message(tr("Firewall: %1").arg(text));
}

void FirewallPane::moveSelected(bool up)
{
    commitText();
    const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
    const int row = currentRow();
    if (!firewall || row < 0 || m_rules->isDisabled(row))
        return;
    int target = row + (up ? -1 : 1);
    while (target >= 0 && target < m_rules->rowCount() && m_rules->isDisabled(target))
        target += up ? -1 : 1;
    if (target < 0 || target >= m_rules->rowCount())
        return;
    m_selectedRule = m_rules->ruleText(row);
    m_expectedRow = target;
    applyEdit(
        PfRulesetEditor(firewall->document)
            .moveRule(m_rules->statementAt(row), m_rules->statementAt(target),
                      up ? PfRulesetEditor::Placement::Above : PfRulesetEditor::Placement::Below));
}

void FirewallPane::toggleSelected()
{
    commitText();
    const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
    const int row = currentRow();
    if (!firewall || row < 0)
        return;
    const PfRulesetEditor editor(firewall->document);
    m_expectedRow = row;
    applyEdit(m_rules->isDisabled(row) ? editor.enableRule(m_rules->lineAt(row))
                                       : editor.disableRule(m_rules->statementAt(row)));
}

void FirewallPane::deleteSelected()
{
    commitText();
    const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
    const int row = currentRow();
    if (!firewall || row < 0 || m_rules->isDisabled(row))
        return;
    m_selectedRule.clear();
    applyEdit(PfRulesetEditor(firewall->document).deleteRule(m_rules->statementAt(row)));
}

void FirewallPane::duplicateSelected()
{
    commitText();
    const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
    const int row = currentRow();
    if (!firewall || row < 0 || m_rules->isDisabled(row))
        return;
    int next = row + 1;
    while (next < m_rules->rowCount() && m_rules->isDisabled(next))
        ++next;
    PfRulesetEdit edit = PfRulesetEditor(firewall->document)
                             .insertRule(m_rules->statementAt(next), m_rules->ruleText(row));
    if (edit.isValid())
        edit.description = tr("Duplicate rule at line %1").arg(m_rules->lineAt(row));
    m_selectedRule = m_rules->ruleText(row);
    m_expectedRow = row + 1;
    applyEdit(edit);
}

void FirewallPane::addRule()
{
    commitText();
    const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
    if (!firewall)
        return;
    RuleDialog dialog(*m_rules, this);
    dialog.setWindowTitle(tr("Add Rule"));
    dialog.setClauses({{Field::Action, u"pass"_s}, {Field::Direction, u"in"_s}}, {}, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = currentRow();
    int next = row < 0 ? m_rules->rowCount() : row + 1;
    while (next < m_rules->rowCount() && m_rules->isDisabled(next))
        ++next;
    PfRulesetEdit edit = PfRulesetEditor(firewall->document)
                             .insertRule(m_rules->statementAt(next), dialog.ruleText());
    if (edit.isValid())
        edit.description = tr("Add rule: %1").arg(dialog.ruleText());
    m_selectedRule = dialog.ruleText();
    applyEdit(edit);
}

void FirewallPane::editSelected()
{
    commitText();
    const int row = currentRow();
    if (!m_model || !m_model->firewall(m_path) || row < 0 || m_rules->isDisabled(row))
        return;
    QString other;
    const RuleDialog::Clauses before = m_rules->clauses(row, &other);
    RuleDialog dialog(*m_rules, this);
    dialog.setWindowTitle(tr("Edit Rule at Line %1").arg(m_rules->lineAt(row)));
    dialog.setClauses(before, other, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RuleDialog::Clauses after = dialog.clauses();
    QList<Field> changed;
    for (Field field : dialogFields) {
        if (before.contains(field) != after.contains(field)
            || before.value(field) != after.value(field))
            changed.append(field);
    }
    if (changed.isEmpty())
        return;

    // One undo step made of one minimal edit per changed part, each on the text the last one left.
    const int statement = m_rules->statementAt(row);
    const int line = m_rules->lineAt(row);
    QUndoStack *stack = m_model->session()->undoStack();
    stack->beginMacro(tr("Edit rule at line %1").arg(line));
    bool ok = true;
    for (Field field : std::as_const(changed)) {
        const HostModel::Firewall *firewall = m_model->firewall(m_path);
        const std::optional<QString> value =
            after.contains(field) ? std::optional<QString>(after.value(field)) : std::nullopt;
        if (!applyEdit(PfRulesetEditor(firewall->document).setField(statement, field, value))) {
            ok = false;
            break;
        }
    }
    stack->endMacro();
    if (!ok) {
        const QString status = m_status->text();
        stack->undo();
        m_status->setText(status);
    }
    m_selectedRule = m_rules->ruleText(row);
    m_expectedRow = row;
    selectRow(row);
}

void FirewallPane::trace(const PfPacket &packet)
{
    const HostModel::Firewall *firewall = m_model ? m_model->firewall(m_path) : nullptr;
    if (!firewall)
        return;
    const PfTracer tracer(firewall->ruleset,
                          firewall->jail.isEmpty() ? m_model->interfaces()
                                                   : QList<PfPacketInterface>());
    const PfTracer::Result result = tracer.trace(packet);

    const auto statementOf = [](const PfRule *rule) { return rule ? rule->statement : -1; };
    const auto describe = [this](const PfRule *rule) {
        const int row = m_rules->rowForStatement(rule->statement);
        if (row < 0)
            return tr("the rule at line %1 of an included file").arg(rule->line);
        const QString number =
            m_rules->index(row, PfRuleTableModel::Number).data().toString().trimmed();
        return tr("rule %1 (line %2)").arg(number).arg(rule->line);
    };
    QSet<int> matched;
    QList<int> lines;
    for (const PfRule *rule : result.matched) {
        if (rule->statement >= 0)
            matched.insert(rule->statement);
    }
    if (result.translationRule && result.translationRule->statement >= 0)
        matched.insert(result.translationRule->statement);
    for (int statement : std::as_const(matched)) {
        const int row = m_rules->rowForStatement(statement);
        for (int line = m_rules->lineAt(row); row >= 0 && line <= m_rules->lastLineAt(row); ++line)
            lines.append(line);
    }

    QString text;
    if (result.skippedBy) {
        text = tr("pass: pf does not filter on %1 (set skip, line %2)")
                   .arg(packet.interfaceName)
                   .arg(result.skippedBy->line);
    } else if (result.decidingRule) {
        text =
            (result.pass ? tr("pass by %1") : tr("block by %1")).arg(describe(result.decidingRule));
    } else {
        text = tr("pass: no rule matched, and pf passes what no rule decides");
    }
    if (result.translationRule) {
        QStringList changes;
        if (result.translated.destination != packet.destination
            || result.translated.destinationPort != packet.destinationPort)
            changes.append(tr("redirected to %1")
                               .arg(addressAndPort(result.translated.destination,
                                                   result.translated.destinationPort)));
        if (result.translated.source != packet.source
            || result.translated.sourcePort != packet.sourcePort)
            changes.append(
                tr("source translated to %1")
                    .arg(addressAndPort(result.translated.source, result.translated.sourcePort)));
        if (changes.isEmpty())
            changes.append(tr("not translated"));
        text +=
            tr("; first %1 by %2").arg(changes.join(tr(" and ")), describe(result.translationRule));
    }
    if (!result.notes.isEmpty())
        text += u"\n"_s + tr("Assumed: %1").arg(result.notes.join(u"; "_s));

    m_traceShown = true;
    m_lastTracePassed = result.pass;
    updateAppearance();
    m_rules->setTrace(matched, statementOf(result.translationRule),
                      statementOf(result.decidingRule));
    m_tracer->setResult(text, result.pass);
    showTraceInText(
        lines,
        result.decidingRule && result.decidingRule->statement >= 0 ? result.decidingRule->line : 0);
    if (result.decidingRule)
        m_table->scrollTo(
            m_rules->index(m_rules->rowForStatement(result.decidingRule->statement), 0));
}

void FirewallPane::showTraceInText(const QList<int> &lines, int decidingLine)
{
    // The editor has one highlight colour: the matched lines get it, and the
    // deciding rule is selected so it stands out from them.
    m_text->highlightLines(lines, m_matchedColour);
    if (decidingLine <= 0)
        return;
    const int row = m_rules->rowForLine(decidingLine);
    const QTextBlock first = m_text->document()->findBlockByNumber(decidingLine - 1);
    const QTextBlock last = m_text->document()->findBlockByNumber(
        (row >= 0 ? m_rules->lastLineAt(row) : decidingLine) - 1);
    if (!first.isValid() || !last.isValid())
        return;
    QTextCursor cursor(first);
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    m_text->horizontalScrollBar()->setValue(0);
}

void FirewallPane::updateAppearance()
{
    const QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    PfRuleTableModel::Appearance appearance;
    appearance.warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    appearance.errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    appearance.disabledText = palette.color(QPalette::Disabled, QPalette::Text);
    QColor matched = palette.color(QPalette::Highlight);
    matched.setAlpha(dark ? 70 : 45);
    appearance.matchedBackground = matched;
    appearance.translatedBackground = dark ? QColor(150, 110, 0, 110) : QColor(230, 180, 40, 90);
    const QColor pass = dark ? QColor(40, 140, 60, 150) : QColor(60, 180, 80, 110);
    const QColor block = dark ? QColor(170, 40, 40, 150) : QColor(220, 60, 60, 100);
    appearance.decidingBackground = m_lastTracePassed ? pass : block;
    m_rules->setAppearance(appearance);
    m_matchedColour = matched;
}

void FirewallPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateAppearance();
    QWidget::changeEvent(event);
}
