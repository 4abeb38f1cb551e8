#pragma once

#include <QHostAddress>
#include <QSpan>
#include <QString>
#include <QStringList>

#include <optional>

// An interface address with its prefix length ("10.0.0.1/24", "2001:db8::1/64"):
// the address itself and the subnet it lies in.
class InterfaceAddress
{
public:
    InterfaceAddress() = default;
    InterfaceAddress(QHostAddress address, int prefixLength);

    // "10.0.0.1/24", "2001:db8::1/64"; without a prefix the address stands alone
    // (/32, /128), as ifconfig(8) takes it.
    static std::optional<InterfaceAddress> fromCidr(QStringView text);
    // The address of an ifconfig(8) argument list that starts at "inet" or "inet6":
    // "inet 10.0.0.1/24", "inet 10.0.0.1 netmask 255.255.255.0" (or 0xffffff00),
    // "inet6 2001:db8::1 prefixlen 64". `used` is set to how many words it took.
    static std::optional<InterfaceAddress> fromIfconfigWords(const QStringList &words,
                                                             qsizetype *used = nullptr);
    static std::optional<InterfaceAddress> fromIfconfigWords(QSpan<const QStringView> words,
                                                             qsizetype *used = nullptr);

    // QHostAddress(text), read by hand (no copy of the text, no temporary
    // strings) for the dotted IPv4 form every jail's addresses and routes use.
    static QHostAddress parseAddress(QStringView text);
    // QHostAddress::toString(), written by hand into one string for IPv4.
    static QString addressText(const QHostAddress &address);

    const QHostAddress &address() const { return m_address; }
    int prefixLength() const { return m_prefixLength; }
    bool isValid() const { return !m_address.isNull() && m_prefixLength >= 0; }
    bool isIPv6() const { return m_address.protocol() == QAbstractSocket::IPv6Protocol; }

    QHostAddress network() const;
    // The IPv4 broadcast address; null for IPv6.
    QHostAddress broadcast() const;
    // "10.0.0.0/24"
    QString subnetText() const;
    bool contains(const QHostAddress &address) const;
    // "10.0.0.1/24"
    QString toString() const;

    friend bool operator==(const InterfaceAddress &, const InterfaceAddress &) = default;

private:
    QHostAddress m_address;
    int m_prefixLength = -1;
};

Q_DECLARE_TYPEINFO(InterfaceAddress, Q_RELOCATABLE_TYPE);
