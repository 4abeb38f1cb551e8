#pragma once

#include "hostnetwork.h"
#include "topologygraph.h"

class RcConfiguration;

// Checks a host's jail network for what would break it and attaches each
// problem to the node it concerns, with the file and line to fix: duplicate
// addresses, addresses outside their bridge's subnet, an epair used twice, a
// vnet.interface nothing creates, VNET jails without a gateway, jail names
// jail(8) refuses, kernel modules missing from kld_list, NAT without
// gateway_enable.
class TopologyValidator
{
public:
    // `hasNat`: the host's pf ruleset translates addresses.
    static void validate(const HostNetwork &network, const RcConfiguration &rc,
                         TopologyGraph &graph, bool hasNat = false);
};
