#include "ruledialog.h"

#include "pf/pfruletablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using Field = PfRulesetEditor::Field;

RuleDialog::RuleDialog(const PfRuleTableModel &model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_action(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_log(new QCheckBox(tr("&Log"), this))
    , m_quick(new QCheckBox(tr("&Quick (first match decides)"), this))
    , m_family(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_other(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"RuleDialog"_s);
    setWindowTitle(tr("Rule"));
    m_action->setEditable(true);
    m_action->addItems({u"pass"_s, u"block"_s, u"block drop"_s, u"block return"_s, u"match"_s});
    m_action->setObjectName(u"rule.action"_s);
    m_action->setAccessibleName(tr("Action"));
    m_direction->addItem(tr("either direction"), QString());
    m_direction->addItem(u"in"_s, u"in"_s);
    m_direction->addItem(u"out"_s, u"out"_s);
    m_direction->setObjectName(u"rule.direction"_s);
    m_direction->setAccessibleName(tr("Direction"));
    m_family->addItem(tr("either family"), QString());
    m_family->addItem(u"inet"_s, u"inet"_s);
    m_family->addItem(u"inet6"_s, u"inet6"_s);
    m_family->setObjectName(u"rule.family"_s);
    m_family->setAccessibleName(tr("Address family"));
    m_state->setEditable(true);
    m_state->addItems(
        {QString(), u"keep state"_s, u"no state"_s, u"modulate state"_s, u"synproxy state"_s});
    m_state->setObjectName(u"rule.state"_s);
    m_state->setAccessibleName(tr("State"));
    m_state->lineEdit()->setPlaceholderText(tr("pf's default (keep state for pass)"));
    m_log->setObjectName(u"rule.log"_s);
    m_quick->setObjectName(u"rule.quick"_s);
    m_other->setObjectName(u"rule.other"_s);
    m_other->setAccessibleName(tr("Other options"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [&](Field field, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"rule."_s + PfRulesetEditor::fieldName(field).replace(u' ', u'-'));
        edit->setAccessibleName(PfRulesetEditor::fieldName(field));
        edit->setPlaceholderText(placeholder);
        m_fields.insert(field, edit);
        connect(edit, &QLineEdit::textChanged, this, &RuleDialog::validate);
        return edit;
    };
    const auto pair = [this](QWidget *a, const QString &between, QWidget *b) {
        auto *row = new QHBoxLayout;
        row->addWidget(a, 3);
        row->addWidget(new QLabel(between, this));
        row->addWidget(b, 1);
        return row;
    };
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_direction);
    flags->addWidget(m_quick);
    flags->addWidget(m_log);
    flags->addStretch();
    form->addRow(tr("&Action:"), m_action);
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Direction:"), m_direction), flags);
    form->addRow(tr("&Interface:"),
                 addField(Field::Interface, tr("any interface, e.g. $ext_if or bridge0")));
    auto *protocol = new QHBoxLayout;
    protocol->addWidget(m_family);
    protocol->addWidget(addField(Field::Protocol, tr("any protocol, e.g. tcp or { tcp, udp }")), 1);
    form->addRow(labelFor(tr("&Protocol:"), m_fields.value(Field::Protocol)), protocol);
    auto *from = pair(addField(Field::Source, tr("any")), tr("port"),
                      addField(Field::SourcePort, tr("any")));
    form->addRow(labelFor(tr("&From:"), m_fields.value(Field::Source)), from);
    auto *to = pair(addField(Field::Destination, tr("any")), tr("port"),
                    addField(Field::DestinationPort, tr("any")));
    form->addRow(labelFor(tr("&To:"), m_fields.value(Field::Destination)), to);
    form->addRow(tr("TCP f&lags:"), addField(Field::Flags, tr("pf's default S/SA")));
    form->addRow(tr("I&CMP type:"), addField(Field::IcmpType, tr("any, e.g. echoreq")));
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("La&bel:"), addField(Field::Label, tr("none")));
    form->addRow(tr("Ta&g:"), addField(Field::Tag, tr("none")));
    form->addRow(tr("Translate t&o:"),
                 addField(Field::TranslationTarget, tr("nat, rdr and binat only: -> target")));
    form->addRow(tr("Ot&her options:"), m_other);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setObjectName(u"rule.preview"_s);
    m_preview->setAccessibleName(tr("Rule text"));
    m_preview->setFont(fixed);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_error->setObjectName(u"rule.error"_s);
    m_error->setAccessibleName(tr("Problem with the rule"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    m_error->setPalette(errorPalette);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The rule as it will be written:"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentTextChanged, this, &RuleDialog::validate);
    connect(m_state, &QComboBox::currentTextChanged, this, &RuleDialog::validate);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &RuleDialog::validate);
    connect(m_family, &QComboBox::currentIndexChanged, this, &RuleDialog::validate);
    connect(m_log, &QCheckBox::toggled, this, &RuleDialog::validate);
    connect(m_quick, &QCheckBox::toggled, this, &RuleDialog::validate);
    connect(m_other, &QLineEdit::textChanged, this, &RuleDialog::validate);
    setMinimumWidth(560);
    validate();
}

void RuleDialog::setClauses(const Clauses &clauses, const QString &other, bool otherEditable)
{
    m_action->setCurrentText(clauses.value(Field::Action, u"pass"_s));
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(clauses.value(Field::Direction))));
    m_family->setCurrentIndex(qMax(0, m_family->findData(clauses.value(Field::AddressFamily))));
    m_state->setCurrentText(clauses.value(Field::State));
    m_log->setChecked(clauses.contains(Field::Log));
    m_logOptions = clauses.value(Field::Log);
    m_quick->setChecked(clauses.contains(Field::Quick));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(clauses.value(it.key()));
    m_other->setText(other);
    m_other->setReadOnly(!otherEditable);
    m_other->setToolTip(otherEditable ? QString()
                                      : tr("Kept as it is; edit it in the text of the file"));
    validate();
}

RuleDialog::Clauses RuleDialog::clauses() const
{
    Clauses result;
    result.insert(Field::Action, m_action->currentText().simplified());
    if (const QString direction = m_direction->currentData().toString(); !direction.isEmpty())
        result.insert(Field::Direction, direction);
    if (m_log->isChecked())
        result.insert(Field::Log, m_logOptions);
    if (m_quick->isChecked())
        result.insert(Field::Quick, u"quick"_s);
    if (const QString family = m_family->currentData().toString(); !family.isEmpty())
        result.insert(Field::AddressFamily, family);
    if (const QString state = m_state->currentText().simplified(); !state.isEmpty())
        result.insert(Field::State, state);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (const QString text = it.value()->text().simplified(); !text.isEmpty())
            result.insert(it.key(), text);
    }
    return result;
}

QString RuleDialog::ruleText() const
{
    const Clauses parts = clauses();
    QStringList words = {parts.value(Field::Action)};
    words.append(parts.value(Field::Direction));
    if (parts.contains(Field::Log))
        words.append(m_logOptions.isEmpty() ? u"log"_s : u"log (%1)"_s.arg(m_logOptions));
    words.append(parts.value(Field::Quick));
    if (parts.contains(Field::Interface))
        words.append(u"on "_s + parts.value(Field::Interface));
    words.append(parts.value(Field::AddressFamily));
    if (parts.contains(Field::Protocol))
        words.append(u"proto "_s + parts.value(Field::Protocol));
    const bool endpoints = parts.contains(Field::Source) || parts.contains(Field::SourcePort)
        || parts.contains(Field::Destination) || parts.contains(Field::DestinationPort);
    if (endpoints) {
        words.append(u"from "_s + parts.value(Field::Source, u"any"_s));
        if (parts.contains(Field::SourcePort))
            words.append(u"port "_s + parts.value(Field::SourcePort));
        words.append(u"to "_s + parts.value(Field::Destination, u"any"_s));
        if (parts.contains(Field::DestinationPort))
            words.append(u"port "_s + parts.value(Field::DestinationPort));
    }
    if (parts.contains(Field::Flags))
        words.append(u"flags "_s + parts.value(Field::Flags));
    if (parts.contains(Field::IcmpType))
        words.append(u"icmp-type "_s + parts.value(Field::IcmpType));
    words.append(parts.value(Field::State));
    if (parts.contains(Field::Label))
        words.append(u"label \"%1\""_s.arg(parts.value(Field::Label)));
    if (parts.contains(Field::Tag))
        words.append(u"tag "_s + parts.value(Field::Tag));
    QString other = m_other->text().simplified();
    // `all` stands for `from any to any`; with endpoints given it would be a second one.
    if (endpoints && (other == u"all" || other.startsWith(u"all ")))
        other = other.mid(3).trimmed();
    words.append(other);
    if (parts.contains(Field::TranslationTarget))
        words.append(u"-> "_s + parts.value(Field::TranslationTarget));
    words.removeAll(QString());
    return words.join(u' ');
}

QString RuleDialog::error() const
{
    return m_error->text();
}

QLineEdit *RuleDialog::field(Field field) const
{
    return m_fields.value(field);
}

void RuleDialog::validate()
{
    const QString text = ruleText();
    m_preview->setText(text);
    const QString problem = m_model.ruleError(text);
    m_error->setText(problem.isEmpty() ? QString()
                                       : tr("pfctl would refuse this rule: %1").arg(problem));
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
