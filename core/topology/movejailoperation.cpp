#include "movejailoperation.h"

#include "addressallocator.h"
#include "jail/jailconfeditor.h"
#include "jailaddressedits.h"
#include "jailsectionwriter.h"

using namespace Qt::StringLiterals;

MoveJailOperation::MoveJailOperation(QString jail, QString bridge)
    : m_jail(std::move(jail))
    , m_bridge(std::move(bridge))
{ }

OperationResult MoveJailOperation::compute(const HostConfiguration &host) const
{
    const HostNetwork &network = host.network();
    const HostNetwork::Jail *jail = network.jail(m_jail);
    const JailConfResolvedJail *resolved = host.resolution().jail(m_jail);
    if (!jail || !resolved || resolved->section < 0)
        return OperationResult::failure(u"there is no jail named %1"_s.arg(m_jail));
    const HostNetwork::JailInterface *interface = nullptr;
    for (const HostNetwork::JailInterface &candidate : jail->interfaces) {
        if (!candidate.bridge.isEmpty() && !interface)
            interface = &candidate;
    }
    if (!jail->vnet || !interface)
        return OperationResult::failure(u"jail %1 is not a VNET jail on a bridge"_s.arg(m_jail));
    if (interface->bridge == m_bridge)
        return OperationResult::failure(u"jail %1 is on %2 already"_s.arg(m_jail, m_bridge));
    const HostNetwork::Bridge *target = network.bridge(m_bridge);
    if (!target)
        return OperationResult::failure(u"there is no bridge %1"_s.arg(m_bridge));

    const HostNetwork::Address *oldAddress = nullptr;
    for (const HostNetwork::Address &address : jail->addresses) {
        if (!oldAddress && address.interface == interface->name)
            oldAddress = &address;
    }
    const HostNetwork::Address *gateway = nullptr;
    for (const HostNetwork::Address &address : target->addresses) {
        if (!gateway && oldAddress && address.address.isIPv6() == oldAddress->address.isIPv6())
            gateway = &address;
    }
    if (!oldAddress || !gateway) {
        return OperationResult::failure(
            u"%1 has no address of the family jail %2 uses"_s.arg(m_bridge, m_jail));
    }
    const bool v6 = gateway->address.isIPv6();
    const QString oldGateway = v6 ? jail->defaultRoute6 : jail->defaultRoute;
    const QString newGateway = gateway->address.address().toString();
    const auto free = AddressAllocator::nextFreeAddress(gateway->address, network.usedAddresses());
    if (!free)
        return OperationResult::failure(u"the subnet of %1 is full"_s.arg(m_bridge));
    const InterfaceAddress newAddress(*free, gateway->address.prefixLength());

    OperationResult result;
    const JailConfDocument &document = host.jailConf().documents()[resolved->document];
    const JailSectionWriter writer(host);
    using Spelling = JailSectionWriter::Spelling;
    const JailSectionWriter::Replacement address {
        oldAddress->address.address().toString(), newAddress.address().toString(),
        Spelling::Address,
        newAddress.prefixLength() == oldAddress->address.prefixLength()
            ? -1
            : newAddress.prefixLength()};
    const bool addressInSection = !writer.replaceInSection(*resolved, {address}).isEmpty();
    QList<JailSectionWriter::Replacement> replacements {
        {interface->bridge, m_bridge, Spelling::Interface},
        {oldGateway, newGateway, Spelling::Address}};
    if (addressInSection)
        replacements.append(address);
    result.add({document.path(), writer.replaceInSection(*resolved, replacements)});
    if (!addressInSection
        && !JailAddressEdits::add(host, *resolved, oldAddress->address, newAddress, result)) {
        return OperationResult::failure(
            u"the address %1 of jail %2 is not written in its own section or rc.conf"_s.arg(
                oldAddress->address.toString(), m_jail));
    }
    // Shared variables that carry the old segment get their own value in this jail.
    const JailConfEditor editor(document);
    for (const JailConfResolvedJail::Parameter &variable : resolved->variables) {
        if (variable.statements.isEmpty()
            || variable.statements.last().scope == JailConfOrigin::Scope::Jail)
            continue;
        const QString value = variable.texts().join(u' ');
        QString replacement;
        if (value == interface->bridge)
            replacement = m_bridge;
        else if (value == oldGateway)
            replacement = newGateway;
        else if (value == QString::number(oldAddress->address.prefixLength())
                 && newAddress.prefixLength() != oldAddress->address.prefixLength())
            replacement = QString::number(newAddress.prefixLength());
        if (!replacement.isEmpty())
            result.add(
                {document.path(),
                 editor.setParameter(resolved->section, u'$' + variable.name, {replacement})});
    }
    // The result must really put the jail there, whatever way its section is written.
    const auto after = host.applied(result.edits);
    const HostNetwork::Jail *check = after ? after->network().jail(m_jail) : nullptr;
    const bool ok = check && !check->interfaces.isEmpty()
        && check->interfaces.first().bridge == m_bridge
        && (v6 ? check->defaultRoute6 : check->defaultRoute) == newGateway
        && std::any_of(check->addresses.cbegin(), check->addresses.cend(),
                       [&](const HostNetwork::Address &a) { return a.address == newAddress; });
    if (!ok) {
        return OperationResult::failure(
            u"jail %1's network is written in a way this tool cannot move"_s.arg(m_jail));
    }
    result.description = u"Move jail %1 from %2 to %3 with %4, default route via %5"_s.arg(
        m_jail, interface->bridge, m_bridge, newAddress.toString(), newGateway);
    return result;
}
