#pragma once

#include "interfaceaddress.h"

#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

// Picks free addresses in a subnet and free epair(4) units, the way an admin
// numbers them by hand: the next one after the highest in use, else the lowest
// free one.
class AddressAllocator
{
public:
    // A free host address in `gateway`'s subnet: not the network or (IPv4)
    // broadcast address, not the gateway itself, not in `used`. nullopt when the
    // subnet is full.
    static std::optional<QHostAddress> nextFreeAddress(const InterfaceAddress &gateway,
                                                       const QList<QHostAddress> &used);

    // The epair units named anywhere in `texts` ("epair12", "epair12a", "epair12b").
    static QSet<int> usedEpairUnits(const QStringList &texts);
    // Adds the epair units named in `text` to `units`.
    static void addEpairUnits(QStringView text, QSet<int> &units);
    // The same for a short list (one jail's units): no repeats, in the order they are named.
    static void addEpairUnits(QStringView text, QList<int> &units);
    // A free unit: the one above the highest of `neighbours` (the units on the same
    // bridge) if free, else the one above the highest in `used`, else the lowest
    // unit not in `used`.
    static int nextFreeEpairUnit(const QSet<int> &used, const QSet<int> &neighbours = {});
};
