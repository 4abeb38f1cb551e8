#pragma once

#include "pfaddress.h"
#include "pfrule.h"

#include <QHostAddress>
#include <QString>
#include <QStringView>

#include <optional>

// The first packet of a connection as the packet tracer sends it through a
// ruleset: where it is seen (interface and direction) and its header fields.
struct PfPacket
{
    // TCP flag bits in pf's order "FSRPAUEW".
    enum TcpFlag : quint8 {
        Fin = 0x01,
        Syn = 0x02,
        Rst = 0x04,
        Push = 0x08,
        Ack = 0x10,
        Urg = 0x20,
        Ece = 0x40,
        Cwr = 0x80,
    };

    QString interfaceName;
    PfRule::Direction direction = PfRule::Direction::In;
    int protocol = 6; // IANA number
    QHostAddress source;
    QHostAddress destination;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint8 tcpFlags = Syn; // a new connection unless told otherwise
    int icmpType = -1;
    int icmpCode = -1;

    PfAddress::Family family() const;

    // Reads the tracer's packet language, pf.conf's own words:
    //   on bridge0 in [inet|inet6] tcp from 10.0.0.10 port 40000 to 10.0.1.12 port 5432 [flags S]
    //   on em0 out udp from 2001:db8::1 port 53 to 2001:db8::2 port 53
    //   on em0 in icmp from 192.0.2.1 to 198.51.100.20 [icmp-type 8 [code 0]]
    // `proto` before the protocol is optional. Sets `error` (with the column) on failure.
    static std::optional<PfPacket> fromSpec(QStringView spec, QString *error = nullptr);
    // The same language, normalised.
    QString toSpec() const;

    // "S", "SA", "FSRPAUEW" -> bits; nullopt for any other letter.
    static std::optional<quint8> tcpFlagsFromString(QStringView text);
    static QString tcpFlagsToString(quint8 flags);
};
