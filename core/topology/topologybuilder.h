#pragma once

#include "hostnetwork.h"
#include "topologygraph.h"

// Turns a host's understood network into the graph the canvas draws: the host,
// its uplinks, its bridges, and its jails linked by their epairs (VNET) or
// their addresses on a host interface (shared IP). Node ids are stable:
// "host", "uplink:em0", "bridge:bridge0", "jail:nginx". What is not understood
// about a jail is in its node's unknownReason.
class TopologyBuilder
{
public:
    static TopologyGraph build(const HostNetwork &network);
};
