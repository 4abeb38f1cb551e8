#include "setjailaddressoperation.h"

#include "jailaddressedits.h"

using namespace Qt::StringLiterals;

SetJailAddressOperation::SetJailAddressOperation(QString jail, InterfaceAddress address)
    : m_jail(std::move(jail))
    , m_address(std::move(address))
{ }

OperationResult SetJailAddressOperation::compute(const HostConfiguration &host) const
{
    const HostNetwork::Jail *jail = host.network().jail(m_jail);
    const JailConfResolvedJail *resolved = host.resolution().jail(m_jail);
    if (!jail || !resolved || resolved->section < 0)
        return OperationResult::failure(u"there is no jail named %1"_s.arg(m_jail));
    const HostNetwork::Address *old = nullptr;
    for (const HostNetwork::Address &address : jail->addresses) {
        if (!old && address.address.isIPv6() == m_address.isIPv6())
            old = &address;
    }
    if (!old) {
        return OperationResult::failure(u"jail %1 has no %2 address to change"_s.arg(
            m_jail, m_address.isIPv6() ? u"IPv6"_s : u"IPv4"_s));
    }
    if (old->address == m_address)
        return OperationResult::failure(u"jail %1 has that address already"_s.arg(m_jail));
    if (old->address.address() != m_address.address()
        && host.network().usedAddresses().contains(m_address.address()))
        return OperationResult::failure(
            u"%1 is already in use"_s.arg(m_address.address().toString()));
    for (const HostNetwork::JailInterface &interface : jail->interfaces) {
        const HostNetwork::Bridge *bridge = host.network().bridge(interface.bridge);
        if (!bridge || interface.name != old->interface)
            continue;
        for (const HostNetwork::Address &own : bridge->addresses) {
            if (own.address.isIPv6() == m_address.isIPv6()
                && !own.address.contains(m_address.address()))
                return OperationResult::failure(u"%1 is not in the subnet of %2 (%3)"_s.arg(
                    m_address.toString(), bridge->name, own.address.subnetText()));
        }
    }
    OperationResult result;
    if (!JailAddressEdits::add(host, *resolved, old->address, m_address, result)) {
        return OperationResult::failure(
            u"the address %1 of jail %2 is not written in its own section or rc.conf"_s.arg(
                old->address.toString(), m_jail));
    }
    // The address may be built from variables shared with other jails ($netmask).
    const auto after = host.applied(result.edits);
    const HostNetwork::Jail *changed = after ? after->network().jail(m_jail) : nullptr;
    if (!changed
        || std::none_of(changed->addresses.cbegin(), changed->addresses.cend(),
                        [&](const HostNetwork::Address &a) { return a.address == m_address; })) {
        return OperationResult::failure(
            u"jail %1's address is partly written outside its own section; cannot set %2"_s.arg(
                m_jail, m_address.toString()));
    }
    result.description = u"Set the address of jail %1 to %2 (was %3)"_s.arg(
        m_jail, m_address.toString(), old->address.toString());
    return result;
}
