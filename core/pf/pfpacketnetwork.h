#pragma once

#include "pfpacketaddress.h"

#include <QHostAddress>
#include <QString>

#include <optional>

// An address with a prefix length, the host bits cleared: what a pf address
// `10.0.0.0/24`, a table entry or an interface's subnet stands for.
struct PfPacketNetwork
{
    PfPacketAddress address;
    PfPacketAddress mask;
    int prefix = 0;

    // `prefix` -1 (or out of range) means the whole address.
    static PfPacketNetwork from(const QHostAddress &address, int prefix);
    static std::optional<PfPacketNetwork> from(const QString &text, int prefix);

    bool contains(PfPacketAddress ip) const
    {
        return ip.v6 == address.v6 && ip.masked(mask) == address;
    }
    bool contains(const PfPacketNetwork &other) const
    {
        return other.prefix >= prefix && contains(other.address);
    }
    friend bool operator==(const PfPacketNetwork &, const PfPacketNetwork &) = default;
};
