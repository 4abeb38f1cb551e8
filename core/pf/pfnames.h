#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The name tables pfctl reads from the system (FreeBSD's /etc/services and
// /etc/protocols) and its own ICMP tables (pfctl_parser.c), built in so that
// parsing and printing do not depend on the machine the tool runs on.
class PfNames
{
public:
    enum class Transport { Tcp, Udp };

    static std::optional<quint16> portNumber(QStringView name, Transport transport);
    static QString portName(quint16 port, Transport transport);
    static std::optional<int> protocolNumber(QStringView name);
    static QString protocolName(int number);
    static std::optional<int> icmpType(QStringView name, bool icmp6);
    static QString icmpTypeName(int type, bool icmp6);
    static std::optional<int> icmpCode(int type, QStringView name, bool icmp6);
    static QString icmpCodeName(int type, int code, bool icmp6);
};
