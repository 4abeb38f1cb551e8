#pragma once

#include "pfaddress.h"
#include "pfrangespec.h"

#include <QList>
#include <QString>

// Where nat/rdr/binat (or nat-to/rdr-to/route-to) send a packet: the target
// addresses, the port or port range and the pool options.
struct PfPool
{
    enum class Type { None, Bitmask, Random, SourceHash, RoundRobin };

    QList<PfAddress> addresses;
    PfRangeSpec ports; // Equal for one port, Range for low:high (`*` keeps high open)
    bool portRangeOpen = false; // rdr: `port low:*`
    Type type = Type::None;
    QString sourceHashKey; // source-hash key as written
    bool stickyAddress = false;
    bool staticPort = false;
    int mapEOffset = -1; // map-e-portset offset/psid-len/psid, -1 when unset
    int mapEPsidLength = -1;
    int mapEPsid = -1;
    bool preferIpv6Nexthop = false;
    bool endpointIndependent = false;

    bool isEmpty() const { return addresses.isEmpty(); }
    friend bool operator==(const PfPool &, const PfPool &) = default;
};
