#include "pfaddressparser.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

// inet_pton (exactly four parts) or, with a prefix, inet_net_pton (one to four).
bool parseIpv4(QStringView text, bool allowShort, quint32 &out)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (i <= text.size()) {
        qsizetype j = i;
        quint32 part = 0;
        while (j < text.size() && text[j].isDigit() && j - i < 4) {
            part = part * 10 + quint32(text[j].unicode() - '0');
            ++j;
        }
        if (j == i || part > 255)
            return false;
        value = (value << 8) | part;
        ++parts;
        if (j == text.size())
            break;
        if (text[j] != u'.' || parts == 4)
            return false;
        i = j + 1;
    }
    if (parts != 4 && !(allowShort && parts >= 1))
        return false;
    out = value << (8 * (4 - parts));
    return true;
}

QString ipv4ToString(quint32 v)
{
    char16_t buffer[16];
    int length = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned part = (v >> shift) & 255;
        if (part >= 100)
            buffer[length++] = char16_t(u'0' + part / 100);
        if (part >= 10)
            buffer[length++] = char16_t(u'0' + part / 10 % 10);
        buffer[length++] = char16_t(u'0' + part % 10);
        if (shift)
            buffer[length++] = u'.';
    }
    return QString(reinterpret_cast<const QChar *>(buffer), length);
}

} // namespace

bool PfAddressParser::isIpv4(QStringView text)
{
    quint32 v;
    return parseIpv4(text, false, v);
}

bool PfAddressParser::isIpv6(QStringView text)
{
    if (!text.contains(u':'))
        return false;
    QHostAddress a;
    return a.setAddress(text.toString()) && a.protocol() == QAbstractSocket::IPv6Protocol;
}

std::optional<PfAddress> PfAddressParser::parse(QStringView text, int prefix, QString *error)
{
    PfAddress address;
    address.type = PfAddress::Type::Host;
    quint32 v4 = 0;
    if (parseIpv4(text, prefix >= 0, v4)) {
        if (prefix > 32) {
            if (error)
                *error = u"netmask %1 invalid for IPv4 address"_s.arg(prefix);
            return std::nullopt;
        }
        address.family = PfAddress::Family::Inet;
        if (prefix >= 0 && prefix < 32)
            v4 &= prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        address.address = ipv4ToString(v4);
        address.prefix = prefix == 32 ? -1 : prefix;
        return address;
    }
    if (text.contains(u':')) {
        QString plain = text.toString();
        const qsizetype percent = plain.indexOf(u'%');
        if (percent >= 0)
            plain.truncate(percent);
        QHostAddress a;
        if (a.setAddress(plain) && a.protocol() == QAbstractSocket::IPv6Protocol) {
            if (prefix > 128) {
                if (error)
                    *error = u"invalid netmask '/%1'"_s.arg(prefix);
                return std::nullopt;
            }
            Q_IPV6ADDR bytes = a.toIPv6Address();
            if (prefix >= 0) {
                for (int bit = prefix; bit < 128; ++bit)
                    bytes[bit / 8] &= quint8(~(0x80 >> (bit % 8)));
            }
            address.family = PfAddress::Family::Inet6;
            address.address = QHostAddress(bytes).toString();
            address.prefix = prefix == 128 ? -1 : prefix;
            return address;
        }
    }
    // A name: pfctl looks it up as an interface, then in the DNS.
    address.address = text.toString();
    address.prefix = prefix;
    return address;
}
