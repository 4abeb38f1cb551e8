#include "addressallocator.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The address one above (or below) `address`, wrapping around at the ends.
QHostAddress offsetAddress(const QHostAddress &address, int step)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(address.toIPv4Address() + quint32(step));
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 15; i >= 0; --i) {
        const bool wraps = step > 0 ? bytes[i] == 255 : bytes[i] == 0;
        bytes[i] = quint8(bytes[i] + step);
        if (!wraps)
            break;
    }
    return QHostAddress(bytes);
}

bool lessThan(const QHostAddress &a, const QHostAddress &b)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return a.toIPv4Address() < b.toIPv4Address();
    const Q_IPV6ADDR x = a.toIPv6Address();
    const Q_IPV6ADDR y = b.toIPv6Address();
    return std::lexicographical_compare(x.c, x.c + 16, y.c, y.c + 16);
}

template<typename Found>
void forEachEpairUnit(QStringView text, Found &&found)
{
    // A hand-written scan for \bepair(\d+)[ab]?\b in one pass without calls:
    // this runs over every exec line of every jail.
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    const qsizetype size = text.size();
    for (qsizetype at = 0; at + 5 < size; ++at) {
        if (text[at] != u'e' || text[at + 1] != u'p' || text[at + 2] != u'a' || text[at + 3] != u'i'
            || text[at + 4] != u'r' || (at > 0 && isWordChar(text[at - 1])))
            continue;
        qsizetype end = at + 5;
        int unit = 0;
        while (end < size && text[end].isDigit() && end - at < 14)
            unit = unit * 10 + text[end++].digitValue();
        if (end == at + 5)
            continue;
        if (end < size && (text[end] == u'a' || text[end] == u'b'))
            ++end;
        if (end < size && isWordChar(text[end]))
            continue;
        found(unit);
        at = end - 1;
    }
}

} // namespace

std::optional<QHostAddress> AddressAllocator::nextFreeAddress(const InterfaceAddress &gateway,
                                                              const QList<QHostAddress> &used)
{
    if (!gateway.isValid())
        return std::nullopt;
    const bool v6 = gateway.isIPv6();
    const int hostBits = (v6 ? 128 : 32) - gateway.prefixLength();
    if (hostBits < (v6 ? 1 : 2))
        return std::nullopt;
    const QHostAddress first = offsetAddress(gateway.network(), 1);
    const QHostAddress last = v6 ? QHostAddress() : offsetAddress(gateway.broadcast(), -1);

    QSet<QHostAddress> taken {gateway.address()};
    QHostAddress highest;
    for (const QHostAddress &address : used) {
        if (!gateway.contains(address))
            continue;
        taken.insert(address);
        if (address != gateway.address() && (highest.isNull() || lessThan(highest, address)))
            highest = address;
    }
    const auto isFree = [&](const QHostAddress &candidate) {
        return gateway.contains(candidate) && !taken.contains(candidate)
            && candidate != gateway.network() && (v6 || candidate != gateway.broadcast());
    };
    if (!highest.isNull()) {
        const QHostAddress next = offsetAddress(highest, 1);
        if (isFree(next))
            return next;
    }
    // Every address in use blocks at most one candidate, so this ends quickly.
    QHostAddress candidate = first;
    for (qsizetype tries = 0; tries <= taken.size() + 1; ++tries) {
        if (!gateway.contains(candidate) || (!v6 && lessThan(last, candidate)))
            return std::nullopt;
        if (isFree(candidate))
            return candidate;
        candidate = offsetAddress(candidate, 1);
    }
    return std::nullopt;
}

QSet<int> AddressAllocator::usedEpairUnits(const QStringList &texts)
{
    QSet<int> units;
    for (const QString &text : texts)
        addEpairUnits(text, units);
    return units;
}

void AddressAllocator::addEpairUnits(QStringView text, QSet<int> &units)
{
    forEachEpairUnit(text, [&](int unit) { units.insert(unit); });
}

void AddressAllocator::addEpairUnits(QStringView text, QList<int> &units)
{
    forEachEpairUnit(text, [&](int unit) {
        if (!units.contains(unit))
            units.append(unit);
    });
}

int AddressAllocator::nextFreeEpairUnit(const QSet<int> &used, const QSet<int> &neighbours)
{
    constexpr int maxUnit = 0x7fff; // IF_MAXUNIT in FreeBSD's net/if.h
    for (const QSet<int> *after : {&neighbours, &used}) {
        if (after->isEmpty())
            continue;
        const int next = *std::max_element(after->cbegin(), after->cend()) + 1;
        if (next <= maxUnit && !used.contains(next))
            return next;
    }
    int unit = 0;
    while (used.contains(unit))
        ++unit;
    return unit;
}
