#pragma once

#include "hostconfiguration.h"
#include "operationresult.h"

#include <QCoreApplication>

// Gives a bridge a new address in rc.conf: the `inet` (or `inet6`) words of
// ifconfig_<bridge> (ifconfig_<bridge>_ipv6) are replaced where they stand,
// whatever else the variable says (`addm em0`, `up`) is kept.
class SetBridgeAddressOperation
{
    Q_DECLARE_TR_FUNCTIONS(SetBridgeAddressOperation)

public:
    SetBridgeAddressOperation(QString bridge, QString address);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_bridge;
    QString m_address;
};
