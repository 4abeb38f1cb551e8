#pragma once

#include <QHashFunctions>
#include <QHostAddress>

#include <optional>

// An IPv4 or IPv6 address as two 64-bit halves (IPv4 in the low 32 bits of
// `lo`), so that matching an address against a network costs two masks and two
// compares: the form the tracer and the linter compare pf addresses in.
// PfPacketNetwork adds a prefix length.
struct PfPacketAddress
{
    quint64 hi = 0;
    quint64 lo = 0;
    bool v6 = false;

    static PfPacketAddress fromHost(const QHostAddress &address);
    // "10.0.0.0", "2001:db8::1"; nullopt for anything else (host names).
    static std::optional<PfPacketAddress> fromString(const QString &text);
    QHostAddress toHost() const;

    static PfPacketAddress maskFor(int prefix, bool v6);
    // `prefix` -1 (or out of range) means the whole address.
    PfPacketAddress masked(PfPacketAddress mask) const { return {hi & mask.hi, lo & mask.lo, v6}; }
    int bits() const { return v6 ? 128 : 32; }

    friend bool operator==(PfPacketAddress, PfPacketAddress) = default;
    friend bool operator<=(PfPacketAddress a, PfPacketAddress b)
    {
        return a.hi < b.hi || (a.hi == b.hi && a.lo <= b.lo);
    }
    friend size_t qHash(PfPacketAddress ip, size_t seed = 0)
    {
        return qHashMulti(seed, ip.hi, ip.lo, ip.v6);
    }
};
