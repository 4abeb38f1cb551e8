#include "jailpane.h"

#include "codeeditor.h"

#include "host/hostmodel.h"
#include "jail/jailparametersmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Typing in the section text becomes one undo step per pause.
constexpr int textIdleMilliseconds = 600;

} // namespace

JailPane::JailPane(SyntaxDefinitions &definitions, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_network(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_parameters(new JailParametersModel(this))
    , m_table(new QTableView(this))
    , m_text(new CodeEditor(definitions, this))
    , m_textIdle(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_network->setWordWrap(true);
    m_network->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *formPage = new QWidget;
    auto *form = new QFormLayout(formPage);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setObjectName(u"field:name"_s);
    m_name->setAccessibleName(tr("Jail name"));
    form->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling && !m_jail.isEmpty() && m_name->text() != m_jail)
            emit renameRequested(m_jail, m_name->text().trimmed());
    });
    addLineField(form, u"host.hostname"_s, tr("&Hostname:"));
    addLineField(form, u"path"_s, tr("&Path:"));
    addFlagField(form, u"vnet"_s, tr("&VNET (own network stack)"));
    addLineField(form, u"vnet.interface"_s, tr("VNET &interface:"));
    m_address->setObjectName(u"field:address"_s);
    m_address->setAccessibleName(tr("The jail's address with prefix length"));
    m_address->setPlaceholderText(tr("for example 10.0.0.20/24"));
    form->addRow(tr("A&ddress:"), m_address);
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        if (m_filling || m_jail.isEmpty() || !m_address->isModified())
            return;
        m_address->setModified(false);
        emit addressChangeRequested(m_jail, m_address->text().trimmed());
    });
    addLineField(form, u"interface"_s, tr("Host i&nterface:"));
    addListField(form, u"ip4.addr"_s, tr("IPv&4 addresses:"));
    addListField(form, u"ip6.addr"_s, tr("IPv&6 addresses:"));
    addListField(form, u"exec.start"_s, tr("exec.&start:"));
    addListField(form, u"exec.stop"_s, tr("exec.s&top:"));
    addLineField(form, u"devfs_ruleset"_s, tr("&devfs ruleset:"));
    addChoiceField(form, u"enforce_statfs"_s, tr("&enforce_statfs:"),
                   {QString(), u"0"_s, u"1"_s, u"2"_s});
    addFlagField(form, u"mount.devfs"_s, tr("Mount &devfs"));
    addFlagField(form, u"persist"_s, tr("&Persist without processes"));
    addFlagField(form, u"allow.raw_sockets"_s, tr("Allow &raw sockets"));
    addFlagField(form, u"allow.set_hostname"_s, tr("Allow setting the &hostname"));
    addFlagField(form, u"allow.mount"_s, tr("Allow &mounting"));
    addFlagField(form, u"allow.sysvipc"_s, tr("Allow System V &IPC"));
    addListField(form, u"depend"_s, tr("De&pends on:"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_table->setModel(m_parameters);
    m_table->setObjectName(u"JailParameters"_s);
    m_table->setAccessibleName(tr("Effective parameters"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);

    m_text->setObjectName(u"JailSectionText"_s);
    m_text->setAccessibleName(tr("The jail's section in jail.conf"));
    m_text->setDefinitionForFile(u"/etc/jail.conf"_s);
    m_textIdle->setSingleShot(true);
    m_textIdle->setInterval(textIdleMilliseconds);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_textIdle->start();
    });
    connect(m_textIdle, &QTimer::timeout, this, [this] {
        if (!m_jail.isEmpty() && m_text->toPlainText() != currentSectionText())
            emit sectionTextChanged(m_jail, m_text->toPlainText());
    });

    m_tabs->addTab(scroll, tr("&Form"));
    m_tabs->addTab(m_table, tr("&All Parameters"));
    m_tabs->addTab(m_text, tr("&Text"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_network);
    layout->addWidget(m_tabs, 1);
}

void JailPane::addLineField(QFormLayout *form, const QString &parameter, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"field:"_s + parameter);
    edit->setAccessibleName(parameter);
    edit->setPlaceholderText(tr("not set"));
    form->addRow(label, edit);
    m_fields.insert(parameter, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, parameter] {
        if (m_filling || m_jail.isEmpty() || !edit->isModified())
            return;
        edit->setModified(false);
        const QString value = edit->text().trimmed();
        emit parameterChangeRequested(m_jail, parameter,
                                      value.isEmpty() ? std::nullopt
                                                      : std::optional<QStringList>({value}));
    });
}

void JailPane::addListField(QFormLayout *form, const QString &parameter, const QString &label)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(u"field:"_s + parameter);
    edit->setAccessibleName(parameter);
    edit->setPlaceholderText(tr("one value a line"));
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(label, edit);
    m_fields.insert(parameter, edit);
    // A list is committed when the field loses focus, not on every keystroke.
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::modificationChanged, this,
            [this, edit, parameter](bool changed) {
                if (changed && !m_filling)
                    edit->setProperty("pendingParameter", parameter);
            });
}

void JailPane::addFlagField(QFormLayout *form, const QString &parameter, const QString &label)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(u"field:"_s + parameter);
    box->setAccessibleName(parameter);
    form->addRow(QString(), box);
    m_fields.insert(parameter, box);
    connect(box, &QCheckBox::toggled, this, [this, parameter](bool on) {
        if (m_filling || m_jail.isEmpty())
            return;
        emit parameterChangeRequested(
            m_jail, parameter, on ? std::optional<QStringList>(QStringList()) : std::nullopt);
    });
}

void JailPane::addChoiceField(QFormLayout *form, const QString &parameter, const QString &label,
                              const QStringList &choices)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(u"field:"_s + parameter);
    combo->setAccessibleName(parameter);
    for (const QString &choice : choices)
        combo->addItem(choice.isEmpty() ? tr("default") : choice, choice);
    form->addRow(label, combo);
    m_fields.insert(parameter, combo);
    connect(combo, &QComboBox::activated, this, [this, combo, parameter] {
        if (m_filling || m_jail.isEmpty())
            return;
        const QString value = combo->currentData().toString();
        emit parameterChangeRequested(m_jail, parameter,
                                      value.isEmpty() ? std::nullopt
                                                      : std::optional<QStringList>({value}));
    });
}

bool JailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        auto *edit = qobject_cast<QPlainTextEdit *>(watched);
        const QString parameter = edit ? edit->property("pendingParameter").toString() : QString();
        if (!parameter.isEmpty() && !m_jail.isEmpty()) {
            edit->setProperty("pendingParameter", QVariant());
            edit->document()->setModified(false);
            QStringList values;
            for (const QString &line : edit->toPlainText().split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    values.append(line.trimmed());
            }
            emit parameterChangeRequested(m_jail, parameter,
                                          values.isEmpty() ? std::nullopt
                                                           : std::optional<QStringList>(values));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JailPane::setModel(HostModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &HostModel::rebuilt, this, &JailPane::refresh);
    refresh();
}

void JailPane::setJail(const QString &name)
{
    m_jail = name;
    refresh();
}

QString JailPane::currentSectionText() const
{
    if (!m_model)
        return {};
    for (const JailConfResolvedJail &jail : m_model->configuration().resolution().jails) {
        if (jail.name != m_jail || jail.document < 0)
            continue;
        const JailConfDocument &document =
            m_model->configuration().jailConf().documents()[jail.document];
        return document.textOf(document.sections()[jail.section].lineSpan).toString();
    }
    return {};
}

void JailPane::refresh()
{
    const JailConfResolvedJail *found = nullptr;
    if (m_model) {
        for (const JailConfResolvedJail &jail : m_model->configuration().resolution().jails) {
            if (jail.name == m_jail)
                found = &jail;
        }
    }
    setEnabled(found != nullptr);
    m_filling = true;
    if (!found) {
        m_title->setText(m_jail.isEmpty() ? tr("No jail selected")
                                          : tr("%1 (not found)").arg(m_jail));
        m_network->clear();
        m_parameters->clear();
        m_text->setTextKeepingView(QString());
    } else {
        m_title->setText(found->name);
        fillForm(*found);
        m_parameters->setJail(*found);
        if (!m_text->hasFocus() || !m_textIdle->isActive())
            m_text->setTextKeepingView(currentSectionText());
    }
    m_filling = false;
}

void JailPane::fillForm(const JailConfResolvedJail &jail)
{
    m_name->setText(jail.name);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QStringList values = jail.values(it.key());
        if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            line->setText(values.join(u", "_s));
            line->setModified(false);
        } else if (auto *list = qobject_cast<QPlainTextEdit *>(it.value())) {
            if (!list->hasFocus())
                list->setPlainText(values.join(u'\n'));
        } else if (auto *box = qobject_cast<QCheckBox *>(it.value())) {
            box->setChecked(jail.isTrue(it.key()));
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            combo->setCurrentIndex(qMax(0, combo->findData(jail.value(it.key()))));
        }
    }
    const HostNetwork::Jail *network = m_model->configuration().network().jail(jail.name);
    QStringList facts;
    m_address->clear();
    m_address->setEnabled(network && network->vnet);
    if (network) {
        QStringList addresses;
        for (const HostNetwork::Address &address : network->addresses)
            addresses.append(address.address.toString());
        m_address->setText(addresses.value(0));
        m_address->setModified(false);
        if (addresses.size() > 1)
            facts.append(tr("Addresses: %1").arg(addresses.join(u", "_s)));
        if (!network->defaultRoute.isEmpty())
            facts.append(tr("Default route: %1").arg(network->defaultRoute));
        for (const HostNetwork::JailInterface &interface : network->interfaces) {
            if (!interface.bridge.isEmpty())
                facts.append(tr("On %1 through %2").arg(interface.bridge, interface.name));
        }
    }
    m_network->setText(facts.join(u" · "_s));
}
