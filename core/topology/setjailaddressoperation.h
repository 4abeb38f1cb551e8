#pragma once

#include "hostconfiguration.h"
#include "interfaceaddress.h"
#include "operationresult.h"

// Gives a jail a new address of the same family: the old address is replaced
// where the jail's own section writes it (a `$ip` variable, an exec.start
// ifconfig line, ip4.addr/ip6.addr) or else in the jail's own rc.conf. The new
// address must be free and, for a jail on a bridge, in the bridge's subnet.
class SetJailAddressOperation
{
public:
    SetJailAddressOperation(QString jail, InterfaceAddress address);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_jail;
    InterfaceAddress m_address;
};
