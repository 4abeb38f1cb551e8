#pragma once

#include "hostconfiguration.h"
#include "interfaceaddress.h"
#include "operationresult.h"

#include <optional>

// Adds a VNET jail on a bridge: a free epair unit and a free address in the
// bridge's subnet are picked unless given, the gateway is the bridge's address.
// The new section is written like the last jail on that bridge (or any bridge):
// with its variables where it uses variables, literal where it is literal;
// without such a jail, in the literal form of FreeBSD's VNET guide. The jail
// joins rc.conf's jail_list when that lists jails.
class AddJailOperation
{
public:
    AddJailOperation(QString name, QString bridge);

    void setAddress(const InterfaceAddress &address) { m_address = address; }
    void setEpairUnit(int unit) { m_epairUnit = unit; }

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_name;
    QString m_bridge;
    std::optional<InterfaceAddress> m_address;
    int m_epairUnit = -1;
};
