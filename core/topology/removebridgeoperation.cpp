#include "removebridgeoperation.h"

using namespace Qt::StringLiterals;

RemoveBridgeOperation::RemoveBridgeOperation(QString bridge)
    : m_bridge(std::move(bridge))
{ }

OperationResult RemoveBridgeOperation::compute(const HostConfiguration &host) const
{
    const HostNetwork::Bridge *bridge = host.network().bridge(m_bridge);
    if (!bridge)
        return OperationResult::failure(u"there is no bridge %1"_s.arg(m_bridge));
    if (!bridge->createdBy.isEmpty())
        return OperationResult::failure(
            u"%1 is made by %2 when a jail starts"_s.arg(m_bridge, bridge->createdBy));
    QStringList jails;
    for (const HostNetwork::Jail &jail : host.network().jails) {
        for (const HostNetwork::JailInterface &interface : jail.interfaces) {
            if (interface.bridge == m_bridge && !jails.contains(jail.name))
                jails.append(jail.name);
        }
    }
    if (!jails.isEmpty()) {
        return OperationResult::failure(
            u"jails on %1 (%2) must move or go first"_s.arg(m_bridge, jails.join(u", ")));
    }
    OperationResult result;
    if (const auto edit = host.rc().removeWord(u"cloned_interfaces"_s, m_bridge))
        result.add(*edit);
    const QString prefix = u"ifconfig_"_s + m_bridge;
    QStringList names = host.rc().names();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (name == prefix || name.startsWith(prefix + u'_')) {
            for (const DocumentEdit &edit : host.rc().removeVariable(name))
                result.add(edit);
        }
    }
    if (result.edits.isEmpty())
        return OperationResult::failure(u"%1 is not configured in rc.conf"_s.arg(m_bridge));
    result.description = u"Remove %1"_s.arg(m_bridge);
    return result;
}
