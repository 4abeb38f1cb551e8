#include "newjaildialog.h"

#include "operationpreview.h"

#include "host/hostmodel.h"
#include "topology/addjailoperation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

NewJailDialog::NewJailDialog(const HostModel &host, const QString &bridge,
                             SyntaxDefinitions &definitions, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_bridge(bridge)
    , m_name(new QLineEdit(this))
    , m_preview(new OperationPreview(definitions, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Jail on %1").arg(bridge));
    m_name->setObjectName(u"NewJailName"_s);
    m_name->setAccessibleName(tr("Name of the new jail"));
    m_name->setPlaceholderText(tr("for example web02"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Jail"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(m_preview);
    layout->addRow(m_buttons);
    resize(680, 520);

    connect(m_name, &QLineEdit::textChanged, this, &NewJailDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString NewJailDialog::name() const
{
    return m_name->text().trimmed();
}

void NewJailDialog::updatePreview()
{
    const QString name = this->name();
    const OperationResult result = AddJailOperation(name.isEmpty() ? u"newjail"_s : name, m_bridge)
                                       .compute(m_host.configuration());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && result.ok());
    m_preview->setOperation(m_host, result);
}
