#pragma once

#include "hostconfiguration.h"
#include "operationresult.h"

// Removes a bridge from rc.conf: its cloned_interfaces entry and every
// ifconfig_<bridge>* variable. Refused while jails are on it. kld_list and
// gateway_enable stay, as other bridges may need them.
class RemoveBridgeOperation
{
public:
    explicit RemoveBridgeOperation(QString bridge);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_bridge;
};
