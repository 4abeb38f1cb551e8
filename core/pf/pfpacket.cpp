#include "pfpacket.h"

#include "pfnames.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t flagLetters[] = u"FSRPAUEW";

struct SpecWord
{
    QStringView text;
    qsizetype column = 0; // 1-based
};

QList<SpecWord> splitSpec(QStringView spec)
{
    QList<SpecWord> words;
    qsizetype i = 0;
    while (i < spec.size()) {
        while (i < spec.size() && spec[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < spec.size() && !spec[i].isSpace())
            ++i;
        if (i > start)
            words.append({spec.mid(start, i - start), start + 1});
    }
    return words;
}

std::optional<int> protocolNumber(QStringView word)
{
    if (word == u"icmp6")
        return 58;
    bool ok = false;
    const int number = word.toInt(&ok);
    if (ok)
        return number >= 0 && number <= 255 ? std::optional<int>(number) : std::nullopt;
    return PfNames::protocolNumber(word);
}

std::optional<quint16> portNumber(QStringView word, int protocol)
{
    bool ok = false;
    const uint number = word.toUInt(&ok);
    if (ok)
        return number <= 65535 ? std::optional<quint16>(quint16(number)) : std::nullopt;
    return PfNames::portNumber(word,
                               protocol == 17 ? PfNames::Transport::Udp : PfNames::Transport::Tcp);
}

} // namespace

PfAddress::Family PfPacket::family() const
{
    if (source.protocol() == QAbstractSocket::IPv6Protocol)
        return PfAddress::Family::Inet6;
    return PfAddress::Family::Inet;
}

std::optional<quint8> PfPacket::tcpFlagsFromString(QStringView text)
{
    quint8 flags = 0;
    for (QChar c : text) {
        const qsizetype bit = QStringView(flagLetters).indexOf(c.toUpper());
        if (bit < 0)
            return std::nullopt;
        flags |= quint8(1u << bit);
    }
    return flags;
}

QString PfPacket::tcpFlagsToString(quint8 flags)
{
    QString text;
    for (int bit = 0; bit < 8; ++bit) {
        if (flags & (1u << bit))
            text.append(QChar(flagLetters[bit]));
    }
    return text;
}

std::optional<PfPacket> PfPacket::fromSpec(QStringView spec, QString *error)
{
    const QList<SpecWord> words = splitSpec(spec);
    PfPacket packet;
    std::optional<PfAddress::Family> family;
    bool haveProtocol = false;
    bool haveSource = false;
    bool haveDestination = false;
    bool haveInterface = false;
    bool haveDirection = false;

    auto fail = [&](qsizetype column, const QString &message) -> std::optional<PfPacket> {
        if (error)
            *error = u"column %1: %2"_s.arg(column).arg(message);
        return std::nullopt;
    };
    const qsizetype endColumn = spec.size() + 1;
    auto argument = [&](qsizetype &i) -> const SpecWord * {
        return i + 1 < words.size() ? &words[++i] : nullptr;
    };

    for (qsizetype i = 0; i < words.size(); ++i) {
        const SpecWord &word = words[i];
        const QStringView w = word.text;
        if (w == u"on") {
            const SpecWord *name = argument(i);
            if (!name)
                return fail(endColumn, u"an interface name must follow 'on'"_s);
            packet.interfaceName = name->text.toString();
            haveInterface = true;
        } else if (w == u"in" || w == u"out") {
            packet.direction = w == u"in" ? PfRule::Direction::In : PfRule::Direction::Out;
            haveDirection = true;
        } else if (w == u"inet" || w == u"inet6") {
            family = w == u"inet" ? PfAddress::Family::Inet : PfAddress::Family::Inet6;
        } else if (w == u"proto") {
            const SpecWord *name = argument(i);
            const std::optional<int> number = name ? protocolNumber(name->text) : std::nullopt;
            if (!number)
                return fail(name ? name->column : endColumn, u"unknown protocol"_s);
            packet.protocol = *number;
            haveProtocol = true;
        } else if (w == u"from" || w == u"to") {
            const bool from = w == u"from";
            const SpecWord *address = argument(i);
            QHostAddress parsed;
            if (!address || !parsed.setAddress(address->text.toString()))
                return fail(address ? address->column : endColumn,
                            u"an IPv4 or IPv6 address must follow '%1'"_s.arg(w));
            (from ? packet.source : packet.destination) = parsed;
            (from ? haveSource : haveDestination) = true;
            if (i + 1 < words.size() && words[i + 1].text == u"port") {
                ++i;
                const SpecWord *port = argument(i);
                const std::optional<quint16> number =
                    port ? portNumber(port->text, packet.protocol) : std::nullopt;
                if (!number)
                    return fail(port ? port->column : endColumn,
                                u"a port number must follow 'port'"_s);
                (from ? packet.sourcePort : packet.destinationPort) = *number;
            }
        } else if (w == u"flags") {
            const SpecWord *flags = argument(i);
            const std::optional<quint8> bits =
                flags ? tcpFlagsFromString(flags->text) : std::nullopt;
            if (!bits)
                return fail(flags ? flags->column : endColumn,
                            u"TCP flags are letters of FSRPAUEW"_s);
            packet.tcpFlags = *bits;
        } else if (w == u"icmp-type" || w == u"icmp6-type") {
            const SpecWord *type = argument(i);
            bool ok = false;
            int number = type ? type->text.toInt(&ok) : -1;
            if (type && !ok)
                number = PfNames::icmpType(type->text, w == u"icmp6-type").value_or(-1);
            if (number < 0 || number > 255)
                return fail(type ? type->column : endColumn, u"unknown ICMP type"_s);
            packet.icmpType = number;
            if (i + 1 < words.size() && words[i + 1].text == u"code") {
                ++i;
                const SpecWord *code = argument(i);
                const int value = code ? code->text.toInt(&ok) : -1;
                if (!code || !ok || value < 0 || value > 255)
                    return fail(code ? code->column : endColumn, u"unknown ICMP code"_s);
                packet.icmpCode = value;
            }
        } else if (const std::optional<int> number = protocolNumber(w); number && !haveProtocol) {
            packet.protocol = *number;
            haveProtocol = true;
        } else {
            return fail(word.column, u"unexpected '%1'"_s.arg(w));
        }
    }

    if (!haveInterface)
        return fail(endColumn, u"the packet needs an interface ('on IF')"_s);
    if (!haveDirection)
        return fail(endColumn, u"the packet needs a direction ('in' or 'out')"_s);
    if (!haveSource || !haveDestination)
        return fail(endColumn, u"the packet needs a source and a destination address"_s);
    if (packet.source.protocol() != packet.destination.protocol())
        return fail(endColumn, u"source and destination are of different address families"_s);
    if (family && *family != packet.family())
        return fail(endColumn, u"the addresses do not belong to the address family given"_s);
    if (!haveProtocol)
        return fail(endColumn, u"the packet needs a protocol (tcp, udp, icmp, ...)"_s);
    if (packet.protocol == 1 && packet.family() == PfAddress::Family::Inet6)
        packet.protocol = 58;
    if ((packet.protocol == 1 || packet.protocol == 58) && packet.icmpType < 0)
        packet.icmpType = packet.protocol == 1 ? 8 : 128; // echo request
    return packet;
}

QString PfPacket::toSpec() const
{
    QString text = u"on %1 %2 %3 %4"_s.arg(
        interfaceName, direction == PfRule::Direction::Out ? u"out"_s : u"in"_s,
        family() == PfAddress::Family::Inet6 ? u"inet6"_s : u"inet"_s,
        PfNames::protocolName(protocol));
    const bool ports = protocol == 6 || protocol == 17;
    text += u" from "_s + source.toString();
    if (ports)
        text += u" port "_s + QString::number(sourcePort);
    text += u" to "_s + destination.toString();
    if (ports)
        text += u" port "_s + QString::number(destinationPort);
    if (protocol == 6)
        text += u" flags "_s + tcpFlagsToString(tcpFlags);
    if (icmpType >= 0 && (protocol == 1 || protocol == 58)) {
        text += (protocol == 58 ? u" icmp6-type "_s : u" icmp-type "_s) + QString::number(icmpType);
        if (icmpCode >= 0)
            text += u" code "_s + QString::number(icmpCode);
    }
    return text;
}
