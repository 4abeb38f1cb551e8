#pragma once

#include "hostconfiguration.h"
#include "interfaceaddress.h"
#include "operationresult.h"

// Adds a bridge for a new jail segment in rc.conf the way sysrc(8) would:
// it joins cloned_interfaces, ifconfig_bridgeN gets the gateway address
// (ifconfig_bridgeN_ipv6 for IPv6), if_bridge and if_epair join kld_list,
// and gateway_enable (ipv6_gateway_enable) is set when the host routes for
// the segment. The name is the lowest free bridgeN unless given.
class AddBridgeOperation
{
public:
    explicit AddBridgeOperation(InterfaceAddress gateway);

    void setName(const QString &name) { m_name = name; }
    // Whether the host forwards between this segment and others (default yes).
    void setRouting(bool routing) { m_routing = routing; }

    OperationResult compute(const HostConfiguration &host) const;

private:
    InterfaceAddress m_gateway;
    QString m_name;
    bool m_routing = true;
};
