#include "pfpacketaddress.h"

PfPacketAddress PfPacketAddress::fromHost(const QHostAddress &address)
{
    PfPacketAddress ip;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        ip.v6 = true;
        for (int i = 0; i < 8; ++i) {
            ip.hi = (ip.hi << 8) | bytes[i];
            ip.lo = (ip.lo << 8) | bytes[i + 8];
        }
    } else {
        ip.lo = address.toIPv4Address();
    }
    return ip;
}

std::optional<PfPacketAddress> PfPacketAddress::fromString(const QString &text)
{
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return fromHost(address);
}

QHostAddress PfPacketAddress::toHost() const
{
    if (!v6)
        return QHostAddress(quint32(lo));
    Q_IPV6ADDR bytes;
    for (int i = 7; i >= 0; --i) {
        bytes[i] = quint8(hi >> (8 * (7 - i)));
        bytes[i + 8] = quint8(lo >> (8 * (7 - i)));
    }
    return QHostAddress(bytes);
}

PfPacketAddress PfPacketAddress::maskFor(int prefix, bool v6)
{
    PfPacketAddress mask;
    mask.v6 = v6;
    if (!v6) {
        mask.lo = prefix <= 0 ? 0 : (0xffffffffULL << (32 - qMin(prefix, 32))) & 0xffffffffULL;
        return mask;
    }
    if (prefix >= 64) {
        mask.hi = ~0ULL;
        mask.lo = prefix >= 128 ? ~0ULL : prefix == 64 ? 0 : ~0ULL << (128 - prefix);
    } else {
        mask.hi = prefix <= 0 ? 0 : ~0ULL << (64 - prefix);
    }
    return mask;
}
