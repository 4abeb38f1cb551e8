#include "setbridgeaddressoperation.h"

#include "interfaceaddress.h"

using namespace Qt::StringLiterals;

SetBridgeAddressOperation::SetBridgeAddressOperation(QString bridge, QString address)
    : m_bridge(std::move(bridge))
    , m_address(std::move(address))
{ }

OperationResult SetBridgeAddressOperation::compute(const HostConfiguration &host) const
{
    if (!host.network().bridge(m_bridge))
        return OperationResult::failure(tr("There is no bridge %1.").arg(m_bridge));
    const auto address = InterfaceAddress::fromCidr(m_address);
    if (!address || !m_address.contains(u'/'))
        return OperationResult::failure(
            tr("\"%1\" is not an address with a prefix length, like 10.0.2.1/24.").arg(m_address));

    const bool ipv6 = address->isIPv6();
    const QString variable = u"ifconfig_"_s + m_bridge + (ipv6 ? u"_ipv6"_s : QString());
    const QString keyword = ipv6 ? u"inet6"_s : u"inet"_s;
    QStringList words = host.rc().value(variable).split(u' ', Qt::SkipEmptyParts);
    const qsizetype at = words.indexOf(keyword);
    if (at >= 0) {
        qsizetype used = 0;
        if (!InterfaceAddress::fromIfconfigWords(words.mid(at), &used))
            used = qMin<qsizetype>(2, words.size() - at);
        words.remove(at, used);
        words.insert(at, keyword + u' ' + address->toString());
    } else {
        words.prepend(keyword + u' ' + address->toString());
        if (!words.contains(u"up"_s))
            words.append(u"up"_s);
    }
    OperationResult result;
    result.description = tr("Set the address of %1 to %2").arg(m_bridge, address->toString());
    if (const auto edit =
            host.rc().setValue(variable, words.join(u' '), {u"ifconfig_"_s + m_bridge}))
        result.add(*edit);
    return result;
}
