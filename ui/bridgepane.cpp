#include "bridgepane.h"

#include "host/hostmodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BridgePane::BridgePane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_subnet(new QLabel(this))
    , m_members(new QListWidget(this))
    , m_uplink(new QLabel(this))
    , m_filtering(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_address->setObjectName(u"BridgeAddress"_s);
    m_address->setAccessibleName(tr("Bridge address with prefix length"));
    m_address->setPlaceholderText(tr("for example 10.0.2.1/24"));
    m_members->setObjectName(u"BridgeMembers"_s);
    m_members->setAccessibleName(tr("Members of the bridge"));
    m_uplink->setWordWrap(true);
    m_filtering->setWordWrap(true);
    m_filtering->setObjectName(u"BridgeFiltering"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Subnet:"), m_subnet);
    form->addRow(tr("Uplink:"), m_uplink);
    form->addRow(tr("pf:"), m_filtering);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members:"), this));
    layout->addWidget(m_members, 1);

    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        if (!m_bridge.isEmpty() && m_address->isModified()) {
            m_address->setModified(false);
            emit addressChangeRequested(m_bridge, m_address->text().trimmed());
        }
    });
}

void BridgePane::setModel(HostModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &HostModel::rebuilt, this, &BridgePane::refresh);
    refresh();
}

void BridgePane::setBridge(const QString &name)
{
    m_bridge = name;
    refresh();
}

void BridgePane::refresh()
{
    const HostNetwork::Bridge *bridge =
        m_model ? m_model->configuration().network().bridge(m_bridge) : nullptr;
    setEnabled(bridge != nullptr);
    m_members->clear();
    if (!bridge) {
        m_title->setText(m_bridge.isEmpty() ? tr("No bridge selected")
                                            : tr("%1 (not found)").arg(m_bridge));
        m_address->clear();
        m_subnet->clear();
        m_uplink->clear();
        m_filtering->clear();
        return;
    }
    const HostNetwork &network = m_model->configuration().network();
    m_title->setText(bridge->name);
    QStringList addresses;
    QStringList subnets;
    for (const HostNetwork::Address &address : bridge->addresses) {
        addresses.append(address.address.toString());
        subnets.append(address.address.subnetText());
    }
    if (!m_address->hasFocus())
        m_address->setText(addresses.join(u", "_s));
    m_address->setModified(false);
    m_subnet->setText(subnets.isEmpty() ? tr("none (the bridge has no address)")
                                        : subnets.join(u", "_s));

    QStringList uplinks;
    for (const HostNetwork::Bridge::Member &member : bridge->members) {
        m_members->addItem(tr("%1 (host interface)").arg(member.interface));
        if (network.uplink(member.interface))
            uplinks.append(member.interface);
    }
    for (const HostNetwork::Jail &jail : network.jails) {
        for (const HostNetwork::JailInterface &interface : jail.interfaces) {
            if (interface.bridge == bridge->name)
                m_members->addItem(
                    tr("%1 — jail %2 (%3)").arg(interface.hostEnd, jail.name, interface.name));
        }
    }
    m_uplink->setText(uplinks.isEmpty() ? tr("none: traffic is routed by the host")
                                        : uplinks.join(u", "_s));

    int rules = 0;
    if (!m_model->firewalls().isEmpty() && m_model->firewalls().first().jail.isEmpty()) {
        for (const PfRule &rule : m_model->firewalls().first().ruleset.rules) {
            for (const PfInterfaceSpec &interface : rule.interfaces)
                rules += interface.name == bridge->name ? 1 : 0;
        }
    }
    m_filtering->setText(
        rules > 0 ? tr("%n rule(s) of the host's pf.conf name %1", nullptr, rules).arg(bridge->name)
                  : tr("no rule of the host's pf.conf names %1").arg(bridge->name));
}
