#include "addjailoperation.h"

#include "addressallocator.h"
#include "jailsectionwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

AddJailOperation::AddJailOperation(QString name, QString bridge)
    : m_name(std::move(name))
    , m_bridge(std::move(bridge))
{ }

OperationResult AddJailOperation::compute(const HostConfiguration &host) const
{
    static const QRegularExpression validName(u"^[A-Za-z0-9_][A-Za-z0-9_-]*$"_s);
    if (!validName.match(m_name).hasMatch()) {
        return OperationResult::failure(
            u"\"%1\" is not a jail name this tool writes: use letters, digits, '_' and '-'"_s.arg(
                m_name));
    }
    if (host.resolution().jail(m_name))
        return OperationResult::failure(u"there is already a jail named %1"_s.arg(m_name));
    const HostNetwork &network = host.network();
    const HostNetwork::Bridge *bridge = network.bridge(m_bridge);
    if (!bridge)
        return OperationResult::failure(u"there is no bridge %1"_s.arg(m_bridge));

    // The bridge's address of the jail's family is its gateway; IPv4 first.
    const HostNetwork::Address *gateway = nullptr;
    for (const HostNetwork::Address &address : bridge->addresses) {
        const bool wanted =
            m_address ? address.address.isIPv6() == m_address->isIPv6() : !address.address.isIPv6();
        if (wanted && !gateway)
            gateway = &address;
    }
    if (!gateway && !m_address && !bridge->addresses.isEmpty())
        gateway = &bridge->addresses.first();
    if (!gateway) {
        return OperationResult::failure(
            u"%1 has no address of that family to be the jail's gateway"_s.arg(m_bridge));
    }

    const QList<QHostAddress> used = network.usedAddresses();
    InterfaceAddress address;
    if (m_address) {
        if (!gateway->address.contains(m_address->address()))
            return OperationResult::failure(u"%1 is not in the subnet of %2 (%3)"_s.arg(
                m_address->toString(), m_bridge, gateway->address.subnetText()));
        if (used.contains(m_address->address()))
            return OperationResult::failure(
                u"%1 is already in use"_s.arg(m_address->address().toString()));
        address = *m_address;
    } else {
        const auto free = AddressAllocator::nextFreeAddress(gateway->address, used);
        if (!free)
            return OperationResult::failure(u"the subnet of %1 is full"_s.arg(m_bridge));
        address = InterfaceAddress(*free, gateway->address.prefixLength());
    }
    int unit = m_epairUnit;
    if (unit < 0)
        unit =
            AddressAllocator::nextFreeEpairUnit(network.epairUnits, network.epairUnitsOn(m_bridge));
    else if (network.epairUnits.contains(unit))
        return OperationResult::failure(u"epair%1 is already in use"_s.arg(unit));

    const JailSectionWriter::Network target {m_name, m_bridge, unit, address,
                                             gateway->address.address().toString()};
    const JailSectionWriter writer(host);
    const HostNetwork::Jail *model = writer.modelJail(m_bridge);
    const JailConfResolvedJail *modelResolved =
        model ? host.resolution().jail(model->name) : nullptr;
    const int documentIndex = modelResolved ? modelResolved->document : 0;
    const int after = modelResolved ? modelResolved->section : -1;
    const JailConfDocument &document = host.jailConf().documents()[documentIndex];
    const JailConfEditor editor(document);

    QList<QList<JailConfEditor::Statement>> candidates;
    if (model)
        candidates.append(writer.fromModel(*model, target));
    candidates.append(writer.literal(target));
    for (const QList<JailConfEditor::Statement> &statements : std::as_const(candidates)) {
        if (statements.isEmpty())
            continue;
        const QList<TextEdit> edits = editor.addSection(after, m_name, statements);
        QString sectionText;
        for (const TextEdit &edit : edits)
            sectionText += edit.replacement;
        if (!writer.check(sectionText, target))
            continue;
        OperationResult result;
        result.add({document.path(), edits});
        if (!host.rc().words(u"jail_list"_s).isEmpty()) {
            if (const auto edit = host.rc().addWords(u"jail_list"_s, {m_name}))
                result.add(*edit);
        }
        result.description = u"Add VNET jail %1 on %2 with %3 on epair%4b, default route via %5"_s
                                 .arg(m_name, m_bridge, address.toString())
                                 .arg(unit)
                                 .arg(target.gateway);
        return result;
    }
    return OperationResult::failure(
        u"could not write jail %1 so that jail(8) gives it %2 on %3"_s.arg(
            m_name, address.toString(), m_bridge));
}
