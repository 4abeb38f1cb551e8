#pragma once

#include "topology/topologygraph.h"

// Graphs for the canvas tests and benchmarks, made by hand so the canvas is
// tested without the topology derivation.
namespace TopologyFixtures {

// Like the demo host: em0 uplink, bridge0 with three jails, bridge1 with one,
// a jail with a shared address on em0, an interface that was not understood,
// and a problem on one jail.
TopologyGraph demoGraph();

// A host with `jails` VNET jails spread over `bridges` bridges; every seventh
// jail is stopped and every 97th has a problem.
TopologyGraph generatedGraph(int jails, int bridges);

} // namespace TopologyFixtures
