#include "pfpacketnetwork.h"

PfPacketNetwork PfPacketNetwork::from(const QHostAddress &address, int prefix)
{
    const PfPacketAddress ip = PfPacketAddress::fromHost(address);
    const int length = prefix < 0 || prefix > ip.bits() ? ip.bits() : prefix;
    const PfPacketAddress mask = PfPacketAddress::maskFor(length, ip.v6);
    return {ip.masked(mask), mask, length};
}

std::optional<PfPacketNetwork> PfPacketNetwork::from(const QString &text, int prefix)
{
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return from(address, prefix);
}
