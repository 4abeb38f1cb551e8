#include "newbridgedialog.h"

#include "operationpreview.h"

#include "host/hostmodel.h"
#include "topology/addbridgeoperation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// The first 10.0.N.1/24 whose subnet no bridge of the host overlaps.
QString suggestedGateway(const HostNetwork &network)
{
    for (int segment = 0; segment < 256; ++segment) {
        const auto candidate = InterfaceAddress::fromCidr(u"10.0.%1.1/24"_s.arg(segment));
        const bool taken = std::any_of(
            network.bridges.cbegin(), network.bridges.cend(),
            [&](const HostNetwork::Bridge &bridge) {
                return std::any_of(bridge.addresses.cbegin(), bridge.addresses.cend(),
                                   [&](const HostNetwork::Address &address) {
                                       return address.address.network() == candidate->network();
                                   });
            });
        if (!taken)
            return candidate->toString();
    }
    return {};
}

} // namespace

NewBridgeDialog::NewBridgeDialog(const HostModel &host, SyntaxDefinitions &definitions,
                                 QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_gateway(new QLineEdit(suggestedGateway(host.configuration().network()), this))
    , m_routing(new QCheckBox(tr("The host &routes between this segment and the others"), this))
    , m_preview(new OperationPreview(definitions, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Bridge"));
    m_gateway->setObjectName(u"NewBridgeGateway"_s);
    m_gateway->setAccessibleName(tr("Gateway address of the new bridge with prefix length"));
    m_gateway->setPlaceholderText(tr("for example 10.0.2.1/24"));
    m_routing->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Bridge"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Gateway:"), m_gateway);
    layout->addRow(m_routing);
    layout->addRow(m_preview);
    layout->addRow(m_buttons);
    resize(680, 480);

    connect(m_gateway, &QLineEdit::textChanged, this, &NewBridgeDialog::updatePreview);
    connect(m_routing, &QCheckBox::toggled, this, &NewBridgeDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

std::optional<InterfaceAddress> NewBridgeDialog::gateway() const
{
    const QString text = m_gateway->text().trimmed();
    if (!text.contains(u'/'))
        return std::nullopt;
    return InterfaceAddress::fromCidr(text);
}

bool NewBridgeDialog::routing() const
{
    return m_routing->isChecked();
}

void NewBridgeDialog::updatePreview()
{
    const auto address = gateway();
    OperationResult result = OperationResult::failure(
        tr("Give the bridge's own address with its prefix length, like 10.0.2.1/24."));
    if (address) {
        AddBridgeOperation operation(*address);
        operation.setRouting(routing());
        result = operation.compute(m_host.configuration());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(result.ok());
    m_preview->setOperation(m_host, result);
}
