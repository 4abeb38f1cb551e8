#include "interfaceaddress.h"

#include <bit>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int prefixFromNetmask(QStringView text)
{
    quint32 mask = 0;
    bool ok = false;
    if (text.startsWith(u"0x", Qt::CaseInsensitive)) {
        mask = text.sliced(2).toUInt(&ok, 16);
    } else {
        const QHostAddress address(text.toString());
        ok = address.protocol() == QAbstractSocket::IPv4Protocol;
        mask = address.toIPv4Address();
    }
    if (!ok)
        return -1;
    const int prefix = std::popcount(mask);
    // Only contiguous masks describe a prefix.
    return (prefix == 0 ? mask == 0 : mask == ~quint32(0) << (32 - prefix)) ? prefix : -1;
}

} // namespace

InterfaceAddress::InterfaceAddress(QHostAddress address, int prefixLength)
    : m_address(std::move(address))
    , m_prefixLength(prefixLength)
{ }

std::optional<InterfaceAddress> InterfaceAddress::fromCidr(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QHostAddress address(text.first(slash < 0 ? text.size() : slash).toString());
    if (address.isNull())
        return std::nullopt;
    const int maxPrefix = address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    if (slash < 0)
        return InterfaceAddress(address, maxPrefix);
    bool ok = false;
    const int prefix = text.sliced(slash + 1).toInt(&ok);
    if (!ok || prefix < 0 || prefix > maxPrefix)
        return std::nullopt;
    return InterfaceAddress(address, prefix);
}

std::optional<InterfaceAddress> InterfaceAddress::fromIfconfigWords(const QStringList &words,
                                                                    qsizetype *used)
{
    QList<QStringView> views;
    views.reserve(words.size());
    for (const QString &word : words)
        views.append(word);
    return fromIfconfigWords(QSpan<const QStringView>(views), used);
}

std::optional<InterfaceAddress> InterfaceAddress::fromIfconfigWords(QSpan<const QStringView> words,
                                                                    qsizetype *used)
{
    if (words.size() < 2 || (words[0] != u"inet" && words[0] != u"inet6"))
        return std::nullopt;
    std::optional<InterfaceAddress> result = fromCidr(words[1]);
    if (!result || result->isIPv6() != (words[0] == u"inet6"))
        return std::nullopt;
    qsizetype count = 2;
    if (!words[1].contains(u'/') && words.size() >= 4) {
        int prefix = -1;
        if (words[2] == u"netmask" && !result->isIPv6())
            prefix = prefixFromNetmask(words[3]);
        else if (words[2] == u"prefixlen" && result->isIPv6())
            prefix = words[3].toInt();
        if (prefix >= 0) {
            result->m_prefixLength = prefix;
            count = 4;
        }
    }
    if (used)
        *used = count;
    return result;
}

QHostAddress InterfaceAddress::network() const
{
    return QHostAddress::parseSubnet(toString()).first;
}

QHostAddress InterfaceAddress::broadcast() const
{
    if (isIPv6() || !isValid())
        return {};
    const quint32 host =
        m_prefixLength == 0 ? ~quint32(0) : ~(~quint32(0) << (32 - m_prefixLength));
    return QHostAddress(network().toIPv4Address() | host);
}

QString InterfaceAddress::subnetText() const
{
    return network().toString() + u'/' + QString::number(m_prefixLength);
}

bool InterfaceAddress::contains(const QHostAddress &address) const
{
    return isValid() && address.isInSubnet(m_address, m_prefixLength);
}

QString InterfaceAddress::toString() const
{
    if (m_address.protocol() != QAbstractSocket::IPv4Protocol)
        return m_address.toString() + u'/' + QString::number(m_prefixLength);
    // By hand, into one string: QHostAddress::toString() allocates several
    // times, and the topology writes this for every address of every jail.
    const quint32 ip = m_address.toIPv4Address();
    char text[sizeof "255.255.255.255/32"];
    const int size = std::snprintf(text, sizeof text, "%u.%u.%u.%u/%d", ip >> 24, (ip >> 16) & 0xff,
                                   (ip >> 8) & 0xff, ip & 0xff, m_prefixLength);
    return QString::fromLatin1(text, size);
}
