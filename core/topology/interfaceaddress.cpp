#include "interfaceaddress.h"

#include <bit>

using namespace Qt::StringLiterals;

namespace {

int prefixFromNetmask(QStringView text)
{
    quint32 mask = 0;
    bool ok = false;
    if (text.startsWith(u"0x", Qt::CaseInsensitive)) {
        mask = text.sliced(2).toUInt(&ok, 16);
    } else {
        const QHostAddress address = InterfaceAddress::parseAddress(text);
        ok = address.protocol() == QAbstractSocket::IPv4Protocol;
        mask = address.toIPv4Address();
    }
    if (!ok)
        return -1;
    const int prefix = std::popcount(mask);
    // Only contiguous masks describe a prefix.
    return (prefix == 0 ? mask == 0 : mask == ~quint32(0) << (32 - prefix)) ? prefix : -1;
}

using IPv4Text = char[sizeof "255.255.255.255/32"];

void writeDecimal(IPv4Text &text, int &size, uint value)
{
    if (value >= 100)
        text[size++] = char('0' + value / 100);
    if (value >= 10)
        text[size++] = char('0' + value / 10 % 10);
    text[size++] = char('0' + value % 10);
}

// By hand, into one string: QHostAddress::toString() allocates several times,
// snprintf() parses its format, and the topology writes every address of every jail.
int writeIPv4(IPv4Text &text, quint32 ip)
{
    int size = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        writeDecimal(text, size, (ip >> shift) & 0xff);
        if (shift > 0)
            text[size++] = '.';
    }
    return size;
}

} // namespace

InterfaceAddress::InterfaceAddress(QHostAddress address, int prefixLength)
    : m_address(std::move(address))
    , m_prefixLength(prefixLength)
{ }

QHostAddress InterfaceAddress::parseAddress(QStringView text)
{
    // Four decimal numbers up to 255 without leading zeros: QHostAddress reads
    // these the same way. Anything else (short forms, leading zeros, IPv6) is its job.
    quint32 ip = 0;
    int parts = 0;
    qsizetype at = 0;
    while (parts < 4 && at < text.size()) {
        const qsizetype start = at;
        uint value = 0;
        while (at < text.size() && at - start < 3 && text[at] >= u'0' && text[at] <= u'9')
            value = value * 10 + (text[at++].unicode() - '0');
        const qsizetype digits = at - start;
        if (digits == 0 || value > 255 || (digits > 1 && text[start] == u'0'))
            break;
        ip = ip << 8 | value;
        ++parts;
        if (parts < 4 && (at >= text.size() || text[at++] != u'.'))
            break;
    }
    if (parts == 4 && at == text.size())
        return QHostAddress(ip);
    return QHostAddress(text.toString());
}

QString InterfaceAddress::addressText(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return address.toString();
    IPv4Text text;
    return QString::fromLatin1(text, writeIPv4(text, address.toIPv4Address()));
}

std::optional<InterfaceAddress> InterfaceAddress::fromCidr(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QHostAddress address = parseAddress(text.first(slash < 0 ? text.size() : slash));
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
    if (m_address.protocol() != QAbstractSocket::IPv4Protocol || m_prefixLength < 0
        || m_prefixLength > 32)
        return m_address.toString() + u'/' + QString::number(m_prefixLength);
    IPv4Text text;
    int size = writeIPv4(text, m_address.toIPv4Address());
    text[size++] = '/';
    writeDecimal(text, size, uint(m_prefixLength));
    return QString::fromLatin1(text, size);
}
