#include "pfrulesetparser.h"

#include "pfaddressparser.h"
#include "pflexer.h"
#include "pfnames.h"

#include <QCryptographicHash>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

using Word = PfRulesetParser::Word;
using Family = PfAddress::Family;

constexpr int maxIncludeDepth = 16;

std::optional<qint64> toNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

// Walks the words of one statement with pfctl's grammar. Errors stop the
// statement; the first one is kept, worded as pfctl words it.
struct StatementParser
{
    const QList<Word> &words;
    const PfRuleset::InterfaceAddresses &interfaces;
    const QList<PfLimiter> &limiters; // those defined so far, for rules that name one
    qsizetype pos = 0;
    QString message;
    qsizetype errorOffset = -1;

    bool atEnd() const { return pos >= words.size(); }
    const Word &current() const
    {
        static const Word end;
        return atEnd() ? end : words[pos];
    }
    qsizetype offset() const
    {
        if (!atEnd())
            return words[pos].offset;
        return words.isEmpty() ? 0 : words.last().offset;
    }
    bool is(QStringView keyword) const
    {
        const Word &w = current();
        return w.kind == PfTokenKind::Word && !w.quoted && w.text == keyword;
    }
    bool isAhead(qsizetype ahead, QStringView keyword) const
    {
        if (pos + ahead >= words.size())
            return false;
        const Word &w = words[pos + ahead];
        return w.kind == PfTokenKind::Word && !w.quoted && w.text == keyword;
    }
    bool is(PfTokenKind kind) const { return !atEnd() && current().kind == kind; }
    bool accept(QStringView keyword)
    {
        if (!is(keyword))
            return false;
        ++pos;
        return true;
    }
    bool accept(PfTokenKind kind)
    {
        if (!is(kind))
            return false;
        ++pos;
        return true;
    }
    bool fail(const QString &text = u"syntax error"_s)
    {
        if (errorOffset < 0) {
            message = text;
            errorOffset = offset();
        }
        return false;
    }
    bool failAt(qsizetype at, const QString &text)
    {
        pos = at;
        return fail(text);
    }
    bool expect(PfTokenKind kind) { return accept(kind) || fail(); }
    bool expect(QStringView keyword) { return accept(keyword) || fail(); }
    bool isString() const
    {
        return !atEnd()
            && (current().kind == PfTokenKind::Word || current().kind == PfTokenKind::QuotedString);
    }
    bool string(QString &out)
    {
        if (!isString())
            return fail();
        out = current().text.toString();
        ++pos;
        return true;
    }
    bool number(qint64 &out, qint64 min = 0, qint64 max = 0xffffffffLL)
    {
        if (!isString())
            return fail();
        const auto n = toNumber(current().text);
        if (!n)
            return fail();
        if (*n < min || *n > max)
            return fail(u"number out of range"_s);
        out = *n;
        ++pos;
        return true;
    }
    // Any NUMBER token; the grammar action checks the range.
    bool anyNumber(qint64 &out)
    {
        return number(out, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    }
    void skipCommas() { accept(PfTokenKind::Comma); }

    // { a, b c } or a single item.
    template<typename Item>
    bool list(Item &&item)
    {
        if (accept(PfTokenKind::LeftBrace)) {
            bool any = false;
            while (!accept(PfTokenKind::RightBrace)) {
                if (atEnd())
                    return fail();
                if (!item())
                    return false;
                any = true;
                skipCommas();
            }
            return any || fail();
        }
        return item();
    }

    // --- addresses -------------------------------------------------------

    bool interfaceAddresses(const QString &name, QList<PfAddress> &out, bool negated)
    {
        QString base = name;
        QStringList modifiers;
        qsizetype colon;
        while ((colon = base.lastIndexOf(u':')) > 0) {
            modifiers.prepend(base.mid(colon + 1));
            base.truncate(colon);
        }
        const auto it = interfaces.constFind(base);
        if (it == interfaces.cend())
            return false;
        bool gotInet = false;
        bool gotInet6 = false;
        for (const QString &entry : *it) {
            const qsizetype slash = entry.indexOf(u'/');
            const QStringView text =
                slash >= 0 ? QStringView(entry).left(slash) : QStringView(entry);
            const int prefix = slash >= 0 ? entry.mid(slash + 1).toInt() : -1;
            const bool network = modifiers.contains(u"network"_s);
            auto a = PfAddressParser::parse(text, network ? prefix : -1, nullptr);
            if (!a || a->family == Family::Any)
                continue;
            if (modifiers.contains(u"0"_s)) {
                if (a->family == Family::Inet6 && a->address.startsWith(u"fe80:"_s))
                    continue;
                bool &got = a->family == Family::Inet ? gotInet : gotInet6;
                if (got)
                    continue;
                got = true;
            }
            a->negated = negated;
            out.append(*a);
        }
        return true;
    }

    bool hostItem(QList<PfAddress> &out, bool allowAny = true)
    {
        bool negated = false;
        while (accept(PfTokenKind::Bang))
            negated = !negated;
        PfAddress a;
        a.negated = negated;
        if (accept(PfTokenKind::Less)) {
            a.type = PfAddress::Type::Table;
            if (!string(a.address) || !expect(PfTokenKind::Greater))
                return false;
            out.append(a);
            return true;
        }
        if (accept(PfTokenKind::LeftParen)) {
            a.type = PfAddress::Type::Interface;
            a.dynamic = true;
            QString name;
            if (!string(name) || !expect(PfTokenKind::RightParen))
                return false;
            const auto parts = name.split(u':');
            a.address = parts.first();
            a.modifiers = parts.mid(1);
            if (accept(PfTokenKind::Slash)) {
                qint64 bits;
                if (!number(bits, 0, 128))
                    return false;
                a.prefix = int(bits);
            }
            out.append(a);
            return true;
        }
        if (!isString())
            return fail();
        const QStringView text = current().text;
        if (text == u"any" && !current().quoted) {
            if (!allowAny)
                return fail();
            ++pos;
            a.type = PfAddress::Type::Any;
            out.append(a);
            return true;
        }
        if (text == u"no-route" || text == u"urpf-failed" || text == u"self") {
            ++pos;
            a.type = text == u"no-route" ? PfAddress::Type::NoRoute
                : text == u"urpf-failed" ? PfAddress::Type::UrpfFailed
                                         : PfAddress::Type::Self;
            a.address = text.toString();
            out.append(a);
            return true;
        }
        if (text == u"route" && !current().quoted) {
            ++pos;
            a.type = PfAddress::Type::Route;
            if (!string(a.address))
                return false;
            out.append(a);
            return true;
        }
        ++pos;
        int prefix = -1;
        if (accept(PfTokenKind::Slash)) {
            qint64 bits;
            if (!number(bits, 0, 128))
                return false;
            prefix = int(bits);
        }
        if (accept(PfTokenKind::Minus)) {
            QString last;
            if (!string(last))
                return false;
            QString problem;
            const auto first = PfAddressParser::parse(text, -1, &problem);
            const auto end = PfAddressParser::parse(last, -1, &problem);
            if (!first || !end || first->family == Family::Any || first->family != end->family)
                return fail(u"invalid address range"_s);
            a.type = PfAddress::Type::Range;
            a.family = first->family;
            a.address = first->address;
            a.rangeEnd = end->address;
            out.append(a);
            return true;
        }
        const bool ipv4 = PfAddressParser::isIpv4(text);
        if (ipv4 && prefix < 0) {
            // The common case (large tables): the text is already pfctl's spelling.
            a.type = PfAddress::Type::Host;
            a.family = Family::Inet;
            a.address = text.toString();
            out.append(std::move(a));
            return true;
        }
        if (!ipv4 && !text.contains(u':') && prefix < 0
            && interfaceAddresses(text.toString(), out, negated))
            return true;
        if (!ipv4 && text.contains(u':') && !PfAddressParser::isIpv6(text)
            && interfaceAddresses(text.toString(), out, negated))
            return true;
        QString problem;
        auto parsed = PfAddressParser::parse(text, prefix, &problem);
        if (!parsed) {
            --pos;
            return fail(problem);
        }
        if (parsed->family == Family::Any && prefix < 0 && looksLikeInterface(text)) {
            parsed->type = PfAddress::Type::Interface;
            const auto parts = text.toString().split(u':');
            parsed->address = parts.first();
            parsed->modifiers = parts.mid(1);
        }
        parsed->negated = negated;
        out.append(*parsed);
        return true;
    }

    // Tables hold up to millions of plain addresses: read those without the
    // general host grammar.
    bool tableEntry(QList<PfAddress> &out)
    {
        const Word &w = current();
        if (w.kind == PfTokenKind::Word && !w.text.isEmpty() && w.text.front().isDigit()
            && (pos + 1 >= words.size()
                || (words[pos + 1].kind != PfTokenKind::Slash
                    && words[pos + 1].kind != PfTokenKind::Minus))
            && PfAddressParser::isIpv4(w.text)) {
            PfAddress &a = out.emplaceBack();
            a.type = PfAddress::Type::Host;
            a.family = Family::Inet;
            a.address = w.text.toString();
            ++pos;
            return true;
        }
        return hostItem(out, false);
    }

    static bool looksLikeInterface(QStringView text)
    {
        const qsizetype colon = text.indexOf(u':');
        const QStringView name = colon >= 0 ? text.left(colon) : text;
        if (name.isEmpty() || !name.front().isLetter() || name.contains(u'.'))
            return false;
        return name.back().isDigit() || colon >= 0;
    }

    bool hostList(QList<PfAddress> &out)
    {
        return list([&] { return hostItem(out, true); });
    }

    // --- ports and ids ---------------------------------------------------

    bool portValue(QStringView text, PfNames::Transport transport, quint32 &out)
    {
        if (const auto n = toNumber(text)) {
            if (*n < 0 || *n > 65535)
                return fail(u"illegal port value %1"_s.arg(*n));
            out = quint32(*n);
            return true;
        }
        const auto port = PfNames::portNumber(text, transport);
        if (!port)
            return fail(u"unknown port %1"_s.arg(text));
        out = *port;
        return true;
    }

    static PfRangeSpec::Op unaryOp(PfTokenKind kind)
    {
        switch (kind) {
        case PfTokenKind::Equal:
            return PfRangeSpec::Op::Equal;
        case PfTokenKind::NotEqual:
            return PfRangeSpec::Op::NotEqual;
        case PfTokenKind::Less:
            return PfRangeSpec::Op::Less;
        case PfTokenKind::LessEqual:
            return PfRangeSpec::Op::LessEqual;
        case PfTokenKind::Greater:
            return PfRangeSpec::Op::Greater;
        case PfTokenKind::GreaterEqual:
            return PfRangeSpec::Op::GreaterEqual;
        default:
            return PfRangeSpec::Op::None;
        }
    }

    bool portItem(QList<PfRangeSpec> &out, PfNames::Transport transport)
    {
        PfRangeSpec spec;
        const auto op = unaryOp(current().kind);
        if (op != PfRangeSpec::Op::None) {
            ++pos;
            if (!isString())
                return fail();
            spec.op = op;
            if (!toNumber(current().text))
                spec.name = current().text.toString();
            if (!portValue(current().text, transport, spec.low))
                return false;
            ++pos;
            out.append(spec);
            return true;
        }
        if (!isString())
            return fail();
        const QStringView text = current().text;
        if (!toNumber(text))
            spec.name = text.toString();
        const qsizetype colon = text.indexOf(u':');
        if (colon > 0) {
            if (!portValue(text.left(colon), transport, spec.low)
                || !portValue(text.mid(colon + 1), transport, spec.high))
                return false;
            if (spec.low > spec.high)
                return fail(u"invalid port range"_s);
            spec.op = PfRangeSpec::Op::Range;
            ++pos;
            out.append(spec);
            return true;
        }
        if (!portValue(text, transport, spec.low))
            return false;
        ++pos;
        if (is(PfTokenKind::InnerRange) || is(PfTokenKind::OuterRange)) {
            spec.op = current().kind == PfTokenKind::InnerRange ? PfRangeSpec::Op::Inside
                                                                : PfRangeSpec::Op::Outside;
            ++pos;
            if (!isString() || !portValue(current().text, transport, spec.high))
                return isString() ? false : fail();
            ++pos;
        } else {
            spec.op = PfRangeSpec::Op::Equal;
        }
        out.append(spec);
        return true;
    }

    bool ports(QList<PfRangeSpec> &out, PfNames::Transport transport)
    {
        return list([&] { return portItem(out, transport); });
    }

    bool idItem(QList<PfRangeSpec> &out, bool group)
    {
        PfRangeSpec spec;
        auto value = [&](QStringView text, quint32 &v) {
            if (const auto n = toNumber(text)) {
                v = quint32(*n);
                return true;
            }
            if (text == u"unknown") {
                v = 0xffffffffu;
                return true;
            }
            if (text == (group ? u"wheel" : u"root")) {
                v = 0;
                return true;
            }
            spec.name = text.toString();
            v = 0;
            return true;
        };
        const auto op = unaryOp(current().kind);
        if (op != PfRangeSpec::Op::None) {
            ++pos;
            if (!isString())
                return fail();
            spec.op = op;
            value(current().text, spec.low);
            ++pos;
            out.append(spec);
            return true;
        }
        if (!isString())
            return fail();
        value(current().text, spec.low);
        ++pos;
        if (is(PfTokenKind::InnerRange) || is(PfTokenKind::OuterRange)) {
            spec.op = current().kind == PfTokenKind::InnerRange ? PfRangeSpec::Op::Inside
                                                                : PfRangeSpec::Op::Outside;
            ++pos;
            if (!isString())
                return fail();
            value(current().text, spec.high);
            ++pos;
        } else {
            spec.op = PfRangeSpec::Op::Equal;
        }
        out.append(spec);
        return true;
    }

    // --- rule parts ------------------------------------------------------

    bool interfaceSpec(QList<PfInterfaceSpec> &out)
    {
        return list([&] {
            PfInterfaceSpec spec;
            spec.negated = accept(PfTokenKind::Bang);
            if (!string(spec.name))
                return false;
            out.append(spec);
            return true;
        });
    }

    bool protocols(QList<int> &out)
    {
        return list([&] {
            if (!isString())
                return fail();
            const QStringView text = current().text;
            int number = -1;
            if (const auto n = toNumber(text)) {
                if (*n < 0 || *n > 255)
                    return fail(u"protocol outside range"_s);
                number = int(*n);
            } else if (const auto p = PfNames::protocolNumber(text)) {
                number = *p;
            } else {
                return fail(u"unknown protocol %1"_s.arg(text));
            }
            ++pos;
            out.append(number);
            return true;
        });
    }

    PfNames::Transport transportOf(const QList<int> &protos) const
    {
        return protos.size() == 1 && protos.first() == 17 ? PfNames::Transport::Udp
                                                          : PfNames::Transport::Tcp;
    }

    bool endpoint(PfEndpoint &e, const QList<int> &protos, bool isFrom)
    {
        if (!is(u"port") && !hostList(e.hosts))
            return false;
        if (accept(u"port")) {
            if (!ports(e.ports, transportOf(protos)))
                return false;
        }
        if (isFrom && accept(u"os")) {
            if (!list([&] { return string(e.os); }))
                return false;
        }
        // `any` alone stands for no restriction.
        if (e.hosts.size() == 1 && e.hosts.first().type == PfAddress::Type::Any
            && !e.hosts.first().negated)
            e.hosts.clear();
        return true;
    }

    bool fromTo(PfRule &r)
    {
        if (accept(u"all")) {
            r.all = true;
            return true;
        }
        if (accept(u"from")) {
            if (!endpoint(r.from, r.protocols, true))
                return false;
        }
        if (accept(u"to")) {
            if (!endpoint(r.to, r.protocols, false))
                return false;
        }
        return true;
    }

    bool logOptions(PfRule &r)
    {
        r.log = true;
        if (!accept(PfTokenKind::LeftParen))
            return true;
        while (!accept(PfTokenKind::RightParen)) {
            if (accept(u"all"))
                r.logOptions.append(u"all"_s);
            else if (accept(u"matches"))
                r.logOptions.append(u"matches"_s);
            else if (accept(u"user"))
                r.logOptions.append(u"user"_s);
            else if (accept(u"to")) {
                QString target;
                if (!string(target))
                    return false;
                r.logOptions.append(u"to "_s + target);
            } else
                return fail();
            skipCommas();
        }
        return true;
    }

    // Targets of nat/rdr/binat/nat-to/rdr-to/route-to and their options.
    bool poolAddresses(PfPool &pool, bool route)
    {
        return list([&] {
            if (route && accept(PfTokenKind::LeftParen)) {
                QString iface;
                if (!string(iface))
                    return false;
                QList<PfAddress> hosts;
                if (!is(PfTokenKind::RightParen) && !hostItem(hosts, false))
                    return false;
                if (!expect(PfTokenKind::RightParen))
                    return false;
                if (hosts.isEmpty()) {
                    PfAddress a;
                    a.type = PfAddress::Type::Interface;
                    a.address = iface;
                    a.routeInterface = iface;
                    pool.addresses.append(a);
                }
                for (PfAddress &a : hosts) {
                    a.routeInterface = iface;
                    pool.addresses.append(a);
                }
                return true;
            }
            if (route) {
                QString iface;
                if (!string(iface))
                    return false;
                PfAddress a;
                a.type = PfAddress::Type::Interface;
                a.address = iface;
                a.routeInterface = iface;
                pool.addresses.append(a);
                return true;
            }
            return hostItem(pool.addresses, false);
        });
    }

    bool poolOptions(PfPool &pool)
    {
        for (;;) {
            if (accept(u"bitmask"))
                pool.type = PfPool::Type::Bitmask;
            else if (accept(u"random"))
                pool.type = PfPool::Type::Random;
            else if (accept(u"round-robin"))
                pool.type = PfPool::Type::RoundRobin;
            else if (accept(u"source-hash")) {
                pool.type = PfPool::Type::SourceHash;
                if (isString() && !is(u"sticky-address") && !is(u"static-port")
                    && !is(u"map-e-portset") && !is(u"endpoint-independent")) {
                    pool.sourceHashKey = current().text.toString();
                    ++pos;
                }
            } else if (accept(u"sticky-address"))
                pool.stickyAddress = true;
            else if (accept(u"static-port"))
                pool.staticPort = true;
            else if (accept(u"prefer-ipv6-nexthop"))
                pool.preferIpv6Nexthop = true;
            else if (accept(u"endpoint-independent"))
                pool.endpointIndependent = true;
            else if (accept(u"map-e-portset")) {
                qint64 offset, length, psid;
                if (!number(offset, 0, 15) || !expect(PfTokenKind::Slash) || !number(length, 0, 15)
                    || !expect(PfTokenKind::Slash))
                    return false;
                if (!isString())
                    return fail();
                bool ok = false;
                psid = current().text.toLongLong(&ok, 0);
                if (!ok || psid < 0 || psid > 0xffff)
                    return fail();
                ++pos;
                pool.mapEOffset = int(offset);
                pool.mapEPsidLength = int(length);
                pool.mapEPsid = int(psid);
            } else
                return true;
        }
    }

    bool redirectPort(PfPool &pool)
    {
        if (!accept(u"port"))
            return true;
        if (!isString())
            return fail();
        const QStringView text = current().text;
        const qsizetype colon = text.indexOf(u':');
        if (colon > 0) {
            if (!portValue(text.left(colon), PfNames::Transport::Tcp, pool.ports.low))
                return false;
            if (text.mid(colon + 1) == u"*") {
                pool.portRangeOpen = true;
                pool.ports.high = 0;
            } else if (!portValue(text.mid(colon + 1), PfNames::Transport::Tcp, pool.ports.high)) {
                return false;
            }
            pool.ports.op = PfRangeSpec::Op::Range;
        } else {
            if (!portValue(text, PfNames::Transport::Tcp, pool.ports.low))
                return false;
            pool.ports.high = pool.ports.low;
            pool.ports.op = PfRangeSpec::Op::Equal;
        }
        pool.ports.name = text.toString();
        ++pos;
        return true;
    }

    bool redirection(PfPool &pool)
    {
        return poolAddresses(pool, false) && redirectPort(pool) && poolOptions(pool);
    }

    bool route(PfRule &r)
    {
        r.route = accept(u"route-to") ? PfRule::RouteKind::RouteTo
            : accept(u"reply-to")     ? PfRule::RouteKind::ReplyTo
            : accept(u"dup-to")       ? PfRule::RouteKind::DupTo
                                      : PfRule::RouteKind::None;
        if (r.route == PfRule::RouteKind::None)
            return true;
        return poolAddresses(r.routePool, true) && poolOptions(r.routePool);
    }

    bool stateOptions(PfRule &r)
    {
        if (!accept(PfTokenKind::LeftParen))
            return true;
        QString max, noSync, sourceTrack, maxSrcStates, maxSrcConn, maxSrcConnRate, maxSrcNodes,
            overload, ifBound, sloppy, pflow;
        QStringList timeouts;
        bool limits = false;
        while (!accept(PfTokenKind::RightParen)) {
            qint64 n;
            if (accept(u"max")) {
                if (!number(n))
                    return false;
                max = u"max %1"_s.arg(n);
            } else if (accept(u"no-sync")) {
                noSync = u"no-sync"_s;
            } else if (accept(u"source-track")) {
                sourceTrack = accept(u"global") ? u"source-track global"_s : u"source-track rule"_s;
                accept(u"rule");
            } else if (accept(u"max-src-states")) {
                if (!number(n))
                    return false;
                maxSrcStates = u"max-src-states %1"_s.arg(n);
                limits = true;
            } else if (accept(u"max-src-conn")) {
                if (!number(n))
                    return false;
                maxSrcConn = u"max-src-conn %1"_s.arg(n);
                limits = true;
            } else if (accept(u"max-src-conn-rate")) {
                qint64 seconds;
                if (!number(n) || !expect(PfTokenKind::Slash) || !number(seconds))
                    return false;
                maxSrcConnRate = u"max-src-conn-rate %1/%2"_s.arg(n).arg(seconds);
                limits = true;
            } else if (accept(u"max-src-nodes")) {
                if (!number(n))
                    return false;
                maxSrcNodes = u"max-src-nodes %1"_s.arg(n);
                limits = true;
            } else if (accept(u"overload")) {
                QString table;
                if (!expect(PfTokenKind::Less) || !string(table) || !expect(PfTokenKind::Greater))
                    return false;
                r.overloadTable = table;
                overload = u"overload <%1>"_s.arg(table);
                if (accept(u"flush")) {
                    overload += u" flush"_s;
                    if (accept(u"global"))
                        overload += u" global"_s;
                }
            } else if (accept(u"if-bound")) {
                ifBound = u"if-bound"_s;
            } else if (accept(u"floating")) {
                ifBound.clear();
            } else if (accept(u"sloppy")) {
                sloppy = u"sloppy"_s;
            } else if (accept(u"pflow")) {
                pflow = u"pflow"_s;
            } else if (isString() && timeoutIndex(current().text) >= 0) {
                const QString name = current().text.toString();
                ++pos;
                if (!number(n))
                    return false;
                timeouts.append(name + u' ' + QString::number(n));
            } else {
                return fail();
            }
            skipCommas();
        }
        if (limits && sourceTrack.isEmpty())
            sourceTrack = u"source-track rule"_s;
        std::sort(timeouts.begin(), timeouts.end(), [](const QString &a, const QString &b) {
            return timeoutIndex(QStringView(a).left(a.indexOf(u' ')))
                < timeoutIndex(QStringView(b).left(b.indexOf(u' ')));
        });
        for (const QString &s : {max, noSync, sourceTrack, maxSrcStates, maxSrcConn, maxSrcConnRate,
                                 maxSrcNodes, overload, ifBound, sloppy, pflow}) {
            if (!s.isEmpty())
                r.stateOptions.append(s);
        }
        r.stateOptions += timeouts;
        return true;
    }

    static int timeoutIndex(QStringView name)
    {
        static const QStringView names[] = {
            u"tcp.first",        u"tcp.opening",    u"tcp.established", u"tcp.closing",
            u"tcp.finwait",      u"tcp.closed",     u"sctp.first",      u"sctp.opening",
            u"sctp.established", u"sctp.closing",   u"sctp.closed",     u"udp.first",
            u"udp.single",       u"udp.multiple",   u"icmp.first",      u"icmp.error",
            u"other.first",      u"other.single",   u"other.multiple",  u"frag",
            u"interval",         u"adaptive.start", u"adaptive.end",    u"src.track",
            u"tcp.tsdiff"};
        for (int i = 0; i < int(std::size(names)); ++i) {
            if (names[i] == name)
                return i;
        }
        return -1;
    }

    bool icmpTypes(PfRule &r, bool icmp6)
    {
        r.icmp6 = icmp6;
        return list([&] {
            if (!isString())
                return fail();
            PfIcmpType t;
            const QStringView text = current().text;
            if (const auto n = toNumber(text)) {
                if (*n < 0 || *n > 255)
                    return fail(u"illegal icmp-type %1"_s.arg(*n));
                t.type = int(*n);
            } else if (const auto named = PfNames::icmpType(text, icmp6)) {
                t.type = *named;
            } else {
                return fail(u"unknown icmp-type %1"_s.arg(text));
            }
            ++pos;
            if (accept(u"code")) {
                if (!isString())
                    return fail();
                const QStringView code = current().text;
                if (const auto n = toNumber(code)) {
                    if (*n < 0 || *n > 255)
                        return fail(u"illegal icmp-code %1"_s.arg(*n));
                    t.code = int(*n);
                } else if (const auto named = PfNames::icmpCode(t.type, code, icmp6)) {
                    t.code = *named;
                } else {
                    return fail(u"unknown icmp-code %1"_s.arg(code));
                }
                ++pos;
            }
            r.icmpTypes.append(t);
            return true;
        });
    }

    bool tosValue(int &out)
    {
        if (!isString())
            return fail();
        const QStringView text = current().text;
        if (text == u"lowdelay")
            out = 0x10;
        else if (text == u"throughput")
            out = 0x08;
        else if (text == u"reliability")
            out = 0x04;
        else {
            bool ok = false;
            const int v = text.toInt(&ok, 0);
            if (!ok || v < 0 || v > 255)
                return fail(u"illegal tos value %1"_s.arg(text));
            out = v;
        }
        ++pos;
        return true;
    }

    bool scrubOptions(PfRule &r)
    {
        if (!expect(PfTokenKind::LeftParen))
            return false;
        while (!accept(PfTokenKind::RightParen)) {
            if (!scrubOption(r))
                return fail();
            skipCommas();
        }
        return true;
    }

    bool scrubOption(PfRule &r)
    {
        qint64 n;
        if (accept(u"no-df"))
            r.noDf = true;
        else if (accept(u"random-id"))
            r.randomId = true;
        else if (accept(u"min-ttl")) {
            if (!number(n, 0, 255))
                return false;
            r.minTtl = int(n);
        } else if (accept(u"max-mss")) {
            if (!number(n, 0, 65535))
                return false;
            r.maxMss = int(n);
        } else if (accept(u"set-tos")) {
            return tosValue(r.setTos);
        } else if (is(u"reassemble") && isAhead(1, u"tcp")) {
            pos += 2;
            r.reassembleTcp = true;
        } else
            return false;
        return true;
    }

    bool filterOptions(PfRule &r, bool scrub)
    {
        while (!atEnd()) {
            if (scrub) {
                if (scrubOption(r)) {
                    continue;
                }
                if (errorOffset >= 0)
                    return false;
                if (accept(u"fragment")) {
                    if (accept(u"reassemble"))
                        r.fragment = false;
                    else if (is(u"no") && isAhead(1, u"reassemble")) {
                        pos += 2;
                        r.fragment = true;
                    } else if (accept(u"crop") || accept(u"drop-ovl")) {
                        r.fragment = false;
                    } else
                        return fail();
                    continue;
                }
            }
            if (!filterOption(r))
                return false;
        }
        return true;
    }

    // state limiter NAME|id N [(block|no-match)], and the same for `source limiter`
    // (parse.y statelim_filter_opt, sourcelim_filter_opt, limiter_opt_spec).
    bool limiterOption(PfRule &r)
    {
        const bool state = is(u"state");
        const QString what = state ? u"state limiter"_s : u"source limiter"_s;
        pos += 2;
        int &id = state ? r.stateLimiter : r.sourceLimiter;
        if (id >= 0)
            return fail(what + u" already specified"_s);
        if (accept(u"id")) {
            qint64 n;
            if (!limiterId(what, n))
                return false;
            id = int(n);
        } else {
            if (!isString())
                return fail();
            const PfLimiter::Kind kind = state ? PfLimiter::Kind::State : PfLimiter::Kind::Source;
            const auto found =
                std::find_if(limiters.cbegin(), limiters.cend(), [&](const PfLimiter &l) {
                    return l.kind == kind && l.name == current().text;
                });
            if (found == limiters.cend())
                return fail(what + u" not found"_s);
            id = int(found->id);
            ++pos;
        }
        if (!accept(PfTokenKind::LeftParen))
            return true;
        bool &blocks = state ? r.stateLimiterBlocks : r.sourceLimiterBlocks;
        if (accept(u"block"))
            blocks = true;
        else if (!accept(u"no-match"))
            return fail();
        return expect(PfTokenKind::RightParen);
    }

    // The NUMBER after `id`: 1..255 (PF_STATELIM_ID_MIN/MAX, PF_SOURCELIM_ID_MIN/MAX).
    bool limiterId(const QString &what, qint64 &out)
    {
        const auto n = isString() ? toNumber(current().text) : std::nullopt;
        if (!n)
            return fail();
        if (*n < 1 || *n > 255)
            return fail(u"%1 id %2: invalid identifier"_s.arg(what).arg(*n));
        out = *n;
        ++pos;
        return true;
    }

    // --- ALTQ (parse.y altqif, queuespec, queue_opts, scheduler) ---------

    // parse.y `bandwidth`: a NUMBER of bits per second, or a STRING read with
    // strtod() and a unit: b, K, M or G (each also with b, B, bit or Bit after
    // it) or %.
    bool bandwidthSpec(PfAltq::Bandwidth &out)
    {
        if (!isString())
            return fail();
        const QStringView text = current().text;
        out = {};
        if (const auto n = toNumber(text)) {
            if (*n < 0)
                return fail(u"bandwidth number too big"_s);
            out.absolute = quint64(*n);
            ++pos;
            return true;
        }
        qsizetype i = 0;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        qsizetype digits = 0;
        const auto skipDigits = [&] {
            while (i < text.size() && text[i].isDigit() && text[i].unicode() < 0x80) {
                ++i;
                ++digits;
            }
        };
        skipDigits();
        if (i < text.size() && text[i] == u'.') {
            ++i;
            skipDigits();
        }
        qsizetype end = digits ? i : 0;
        if (digits && i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
            qsizetype e = i + 1;
            if (e < text.size() && (text[e] == u'+' || text[e] == u'-'))
                ++e;
            const qsizetype exponent = e;
            while (e < text.size() && text[e].isDigit() && text[e].unicode() < 0x80)
                ++e;
            if (e > exponent)
                end = e;
        }
        double bps = end ? text.left(end).toDouble() : 0.0;
        QString unit = text.mid(end).toString();
        if (unit.size() > 1) {
            const QStringView rest = QStringView(unit).mid(1);
            if (rest == u"Bit" || rest == u"B" || rest == u"bit" || rest == u"b")
                unit.truncate(1);
        }
        if (unit == u"K") {
            bps *= 1000;
        } else if (unit == u"M") {
            bps *= 1000 * 1000;
        } else if (unit == u"G") {
            bps *= 1000 * 1000 * 1000;
        } else if (unit == u"%") {
            if (bps < 0 || bps > 100)
                return fail(u"bandwidth spec out of range"_s);
            out.percent = int(bps);
            bps = 0;
        } else if (unit != u"b") {
            return fail(u"unknown unit "_s + unit);
        }
        out.absolute = bps > 0 ? quint64(bps) : 0;
        ++pos;
        return true;
    }

    // One item of a scheduler's ( ) options.
    bool schedulerOption(PfAltq &q, QStringView scheduler)
    {
        using S = PfAltq::Scheduler;
        const bool curves = q.scheduler == S::Hfsc || q.scheduler == S::Fairq;
        if (curves
            && (is(u"linkshare")
                || (q.scheduler == S::Hfsc && (is(u"realtime") || is(u"upperlimit"))))) {
            const QString name = current().text.toString();
            PfAltq::Curve &c = name == u"linkshare" ? q.linkshare
                : name == u"realtime"               ? q.realtime
                                                    : q.upperlimit;
            ++pos;
            if (c.used)
                return fail(name + u" already specified"_s);
            c.used = true;
            if (!accept(PfTokenKind::LeftParen))
                return bandwidthSpec(c.m2);
            qint64 d;
            if (!bandwidthSpec(c.m1))
                return false;
            if (q.scheduler == S::Fairq) {
                if (!number(d))
                    return false;
            } else {
                skipCommas();
                if (!anyNumber(d))
                    return false;
                if (d < 0 || d > std::numeric_limits<qint32>::max())
                    return failAt(pos - 1, u"timing in curve out of range"_s);
            }
            c.d = quint32(d);
            if (q.scheduler == S::Hfsc)
                skipCommas();
            return bandwidthSpec(c.m2) && expect(PfTokenKind::RightParen);
        }
        qint64 n;
        if (q.scheduler == S::Fairq && accept(u"hogs")) {
            PfAltq::Bandwidth hogs;
            return bandwidthSpec(hogs);
        }
        if (q.scheduler == S::Fairq && accept(u"buckets"))
            return number(n);
        if (q.scheduler == S::Codel && (is(u"interval") || is(u"target"))) {
            const bool interval = is(u"interval");
            ++pos;
            int &value = interval ? q.codelInterval : q.codelTarget;
            if (value)
                return fail(interval ? u"interval already specified"_s
                                     : u"target already specified"_s);
            if (!number(n, 0, std::numeric_limits<qint32>::max()))
                return false;
            value = int(n);
            return true;
        }
        static const QStringView keywords[] = {u"linkshare", u"realtime", u"upperlimit", u"hogs",
                                               u"buckets",   u"interval", u"target"};
        if (!isString()
            || std::any_of(std::begin(keywords), std::end(keywords),
                           [&](QStringView k) { return is(k); }))
            return fail();
        const QStringView word = current().text;
        if (q.scheduler == S::Codel) {
            if (word != u"ecn")
                return fail(u"unknown codel option \"%1\""_s.arg(word));
            q.codelEcn = true;
            ++pos;
            return true;
        }
        int flag = word == u"default" ? PfAltq::Default
            : word == u"red"          ? PfAltq::Red
            : word == u"ecn"          ? PfAltq::Red | PfAltq::Ecn
            : word == u"rio"          ? PfAltq::Rio
            : word == u"codel"        ? PfAltq::Codel
                                      : 0;
        if (word == u"borrow" && q.scheduler == S::Cbq)
            flag = PfAltq::Borrow;
        if (!flag)
            return fail(u"unknown %1 flag \"%2\""_s.arg(scheduler, word));
        q.flags |= flag;
        ++pos;
        return true;
    }

    // queue_opts: bandwidth, priority, qlimit, tbrsize and the scheduler, each once.
    bool queueOptions(PfAltq &q)
    {
        using S = PfAltq::Scheduler;
        bool bandwidth = false, priority = false, qlimit = false, scheduler = false,
             tbrsize = false;
        const auto once = [this](bool &seen, const QString &what) {
            if (seen)
                return fail(what + u" cannot be respecified"_s);
            seen = true;
            return true;
        };
        qint64 n;
        while (!atEnd()) {
            if (accept(u"bandwidth")) {
                if (!once(bandwidth, u"bandwidth"_s) || !bandwidthSpec(q.bandwidth))
                    return false;
            } else if (accept(u"priority")) {
                if (!once(priority, u"priority"_s) || !anyNumber(n))
                    return false;
                if (n < 0 || n > 255)
                    return failAt(pos - 1, u"priority out of range: max 255"_s);
                q.priority = int(n);
            } else if (accept(u"qlimit")) {
                if (!once(qlimit, u"qlimit"_s) || !anyNumber(n))
                    return false;
                if (n < 0 || n > 65535)
                    return failAt(pos - 1, u"qlimit out of range: max 65535"_s);
                q.qlimit = int(n);
            } else if (accept(u"tbrsize")) {
                if (!once(tbrsize, u"tbrsize"_s) || !anyNumber(n))
                    return false;
                if (n < 0 || n > std::numeric_limits<quint32>::max())
                    return failAt(pos - 1, u"tbrsize too big: max 4294967295"_s);
                q.tbrsize = quint32(n);
            } else if (is(u"cbq") || is(u"priq") || is(u"hfsc") || is(u"fairq") || is(u"codelq")) {
                if (!once(scheduler, u"scheduler"_s))
                    return false;
                const QStringView word = current().text;
                q.scheduler = word == u"cbq" ? S::Cbq
                    : word == u"priq"        ? S::Priq
                    : word == u"hfsc"        ? S::Hfsc
                    : word == u"fairq"       ? S::Fairq
                                             : S::Codel;
                const QString name = word == u"codelq" ? u"codel"_s : word.toString();
                ++pos;
                if (!accept(PfTokenKind::LeftParen))
                    continue;
                do {
                    if (!schedulerOption(q, name))
                        return false;
                    skipCommas();
                } while (!accept(PfTokenKind::RightParen));
            } else {
                return true;
            }
        }
        return true;
    }

    // qassign: nothing, a queue name or { names }.
    bool queueNames(QStringList &out)
    {
        const auto name = [&] {
            QString queue;
            if (!string(queue))
                return false;
            if (queue.size() >= 64)
                return failAt(pos - 1, u"queue name '%1' too long (max 63 chars)"_s.arg(queue));
            out.append(queue);
            return true;
        };
        if (atEnd())
            return true;
        return list(name);
    }

    // altq on IF queue_opts queue qassign
    bool altqStatement(PfAltq &a, QList<PfInterfaceSpec> &on)
    {
        pos = 1;
        if (accept(u"on") && !interfaceSpec(on))
            return false;
        if (!queueOptions(a) || !expect(u"queue") || !queueNames(a.children))
            return false;
        if (!atEnd())
            return fail();
        pos = 0;
        if (a.scheduler == PfAltq::Scheduler::None)
            return fail(u"no scheduler specified!"_s);
        if (a.children.isEmpty() && a.scheduler != PfAltq::Scheduler::Codel)
            return fail(u"no child queues specified"_s);
        return true;
    }

    // queue NAME [on IF] queue_opts qassign
    bool queueStatement(PfAltq &q, QList<PfInterfaceSpec> &on)
    {
        pos = 1;
        q.isQueue = true;
        if (!string(q.name))
            return false;
        if (q.name.size() >= 64)
            return failAt(1, u"queue name too long (max 63 chars)"_s);
        if (accept(u"on") && !interfaceSpec(on))
            return false;
        if (!queueOptions(q) || !queueNames(q.children))
            return false;
        if (!atEnd())
            return fail();
        if (q.tbrsize)
            return failAt(0, u"cannot specify tbrsize for queue"_s);
        return true;
    }

    // A limiter definition (parse.y statelim, sourcelim), with pfctl's messages.
    bool limiterDefinition(PfLimiter &l)
    {
        const bool state = is(u"state");
        l.kind = state ? PfLimiter::Kind::State : PfLimiter::Kind::Source;
        const QString what = state ? u"state limiter"_s : u"source limiter"_s;
        pos = 2;
        static const QStringView optionWords[] = {u"id",    u"limit", u"rate", u"entries",
                                                  u"table", u"inet",  u"inet6"};
        const auto isOptionWord = [&] {
            return std::any_of(std::begin(optionWords), std::end(optionWords),
                               [&](QStringView w) { return is(w); });
        };
        // The name is parse.y's `string`: words up to the first option keyword.
        QStringList name;
        while (isString() && !isOptionWord()) {
            name.append(current().text.toString());
            ++pos;
        }
        if (name.isEmpty())
            return fail();
        l.name = name.join(u' ');
        if (l.name.isEmpty())
            return fail(what + u" name is too short"_s);
        if (atEnd())
            return fail(what + u" missing options"_s);
        enum Seen { Id = 1, Limit = 2, Rate = 4, Entries = 8, Table = 16, Inet = 32, Inet6 = 64 };
        int seen = 0;
        const auto once = [&](Seen flag, const QString &message) {
            if (seen & flag)
                return fail(message);
            seen |= flag;
            return true;
        };
        qint64 n;
        while (!atEnd()) {
            if (accept(u"id")) {
                // pfctl's sourcelim_opt reuses the entries wording for a second id.
                if (!once(Id,
                          state ? u"id cannot be respecified"_s
                                : u"entries cannot be respecified"_s)
                    || !limiterId(what, n))
                    return false;
                l.id = quint32(n);
            } else if (accept(u"limit")) {
                if (!once(Limit,
                          state ? u"limit cannot be respecified"_s
                                : u"state limit cannot be respecified"_s)
                    || !anyNumber(n))
                    return false;
                if (state && (n < 1 || n > (1 << 24)))
                    return failAt(pos - 1, u"invalid state limiter limit"_s);
                l.limit = quint32(n);
            } else if (accept(u"rate")) {
                qint64 seconds;
                if (!once(Rate, u"rate cannot be respecified"_s) || !anyNumber(n)
                    || !expect(PfTokenKind::Slash) || !anyNumber(seconds))
                    return false;
                if (state && n < 1)
                    return failAt(pos - 3, u"invalid rate limit %1"_s.arg(n));
                if (state && seconds < 1)
                    return failAt(pos - 1, u"invalid rate seconds %1"_s.arg(seconds));
                l.rateLimit = quint32(n);
                l.rateSeconds = quint32(seconds);
            } else if (!state && accept(u"entries")) {
                if (!once(Entries, u"entries cannot be respecified"_s) || !anyNumber(n))
                    return false;
                l.entries = quint32(n);
            } else if (!state && accept(u"table")) {
                const qsizetype table = pos - 1;
                qint64 above, below = 0;
                // pfctl's sourcelim_opt reuses the rate wording for a second table.
                if (!once(Table, u"rate cannot be respecified"_s) || !expect(PfTokenKind::Less)
                    || !string(l.overloadTable) || !expect(PfTokenKind::Greater)
                    || !expect(u"above") || !anyNumber(above))
                    return false;
                if (accept(u"below")) {
                    if (!anyNumber(below))
                        return false;
                    if (below < 1)
                        return failAt(pos - 1, u"below limit is invalid"_s);
                }
                if (l.overloadTable.isEmpty() || l.overloadTable.size() >= 32)
                    return failAt(table, u"invalid table name"_s);
                if (above < 0)
                    return failAt(table, u"above limit is invalid"_s);
                if (below > above)
                    return failAt(table, u"below limit higher than above limit"_s);
                l.overloadAbove = quint32(above);
                l.overloadBelow = quint32(below);
            } else if (!state && (is(u"inet") || is(u"inet6")) && isAhead(1, u"mask")) {
                const bool inet = is(u"inet");
                pos += 2;
                if (!once(inet ? Inet : Inet6,
                          inet ? u"inet mask cannot be respecified"_s
                               : u"inet6 mask cannot be respecified"_s)
                    || !anyNumber(n))
                    return false;
                if (n < 1 || n > (inet ? 32 : 128))
                    return failAt(pos - 1,
                                  inet ? u"inet mask length out of range"_s
                                       : u"inet6 mask length out of range"_s);
                (inet ? l.inetMask : l.inet6Mask) = int(n);
            } else {
                return fail();
            }
        }
        pos = 0;
        if (!(seen & Id))
            return fail(u"id not specified"_s);
        if (!state && !(seen & Entries))
            return fail(u"entries not specified"_s);
        if (!(seen & Limit))
            return fail(state ? u"limit not specified"_s : u"state limit not specified"_s);
        return true;
    }

    bool filterOption(PfRule &r)
    {
        qint64 n;
        if (accept(u"user"))
            return list([&] { return idItem(r.users, false); });
        if (accept(u"group"))
            return list([&] { return idItem(r.groups, true); });
        if (accept(u"flags")) {
            r.flagsGiven = true;
            if (accept(u"any"))
                return true;
            auto flagBits = [this](quint8 &out) {
                if (!isString())
                    return true;
                const QStringView text = current().text;
                static const QStringView letters = u"FSRPAUEW";
                quint8 f = 0;
                for (QChar c : text) {
                    const qsizetype bit = letters.indexOf(c);
                    if (bit < 0)
                        return fail();
                    f |= quint8(1 << bit);
                }
                out = f;
                ++pos;
                return true;
            };
            if (!is(PfTokenKind::Slash) && !flagBits(r.flags))
                return false;
            if (!expect(PfTokenKind::Slash))
                return false;
            r.flagsMask = 0xff;
            return flagBits(r.flagsMask);
        }
        if (accept(u"icmp-type"))
            return icmpTypes(r, false);
        if (accept(u"icmp6-type"))
            return icmpTypes(r, true);
        if (accept(u"tos"))
            return tosValue(r.tos);
        if (accept(u"keep") || accept(u"modulate") || accept(u"synproxy")) {
            const QStringView mode = words[pos - 1].text;
            r.state = mode == u"keep" ? PfRule::StateMode::Keep
                : mode == u"modulate" ? PfRule::StateMode::Modulate
                                      : PfRule::StateMode::Synproxy;
            return expect(u"state") && stateOptions(r);
        }
        if (is(u"no") && isAhead(1, u"state")) {
            pos += 2;
            r.state = PfRule::StateMode::NoState;
            return true;
        }
        if (accept(u"fragment")) {
            r.fragment = true;
            return true;
        }
        if (accept(u"allow-opts")) {
            r.allowOpts = true;
            return true;
        }
        if (accept(u"label")) {
            QString label;
            if (!string(label))
                return false;
            r.labels.append(label);
            return true;
        }
        if (accept(u"tag"))
            return string(r.tag);
        if (is(PfTokenKind::Bang) && isAhead(1, u"tagged")) {
            pos += 2;
            r.taggedNegated = true;
            return string(r.tagged);
        }
        if (accept(u"tagged"))
            return string(r.tagged);
        if (accept(u"queue")) {
            if (accept(PfTokenKind::LeftParen)) {
                if (!string(r.queue))
                    return false;
                skipCommas();
                if (!is(PfTokenKind::RightParen) && !string(r.priorityQueue))
                    return false;
                return expect(PfTokenKind::RightParen);
            }
            return string(r.queue);
        }
        if (accept(u"probability")) {
            if (!isString())
                return fail();
            QStringView text = current().text;
            bool percent = false;
            if (text.endsWith(u'%')) {
                text.chop(1);
                percent = true;
            }
            bool ok = false;
            double p = text.toDouble(&ok);
            if (!ok)
                return fail();
            ++pos;
            if (!percent && accept(u"%"))
                percent = true;
            if (percent)
                p /= 100.0;
            if (p < 0.0 || p > 1.0)
                return fail(u"invalid probability: %1"_s.arg(text));
            r.probability = p;
            return true;
        }
        if (accept(u"rtable")) {
            if (!number(n, 0, 0xffff))
                return false;
            r.rtable = int(n);
            return true;
        }
        if (accept(u"divert-to")) {
            QList<PfAddress> target;
            if (!hostItem(target, false))
                return false;
            r.divertTo = target.value(0).address;
            if (accept(u"port")) {
                quint32 port;
                if (!isString() || !portValue(current().text, PfNames::Transport::Tcp, port))
                    return isString() ? false : fail();
                ++pos;
                r.divertPort = int(port);
            }
            return true;
        }
        if (accept(u"divert-reply")) {
            r.divertTo = u"reply"_s;
            return true;
        }
        if (accept(u"prio")) {
            if (!number(n, 0, 7))
                return false;
            r.prio = int(n);
            return true;
        }
        if (accept(u"set")) {
            if (accept(u"prio")) {
                if (accept(PfTokenKind::LeftParen)) {
                    qint64 a, b;
                    if (!number(a, 0, 7))
                        return false;
                    skipCommas();
                    if (!number(b, 0, 7) || !expect(PfTokenKind::RightParen))
                        return false;
                    r.setPrio = {int(a), int(b)};
                    return true;
                }
                if (!number(n, 0, 7))
                    return false;
                r.setPrio = {int(n)};
                return true;
            }
            if (accept(u"tos"))
                return tosValue(r.setTos);
            if (accept(u"queue")) {
                if (accept(PfTokenKind::LeftParen)) {
                    if (!string(r.queue))
                        return false;
                    skipCommas();
                    return string(r.priorityQueue) && expect(PfTokenKind::RightParen);
                }
                return string(r.queue);
            }
            return fail();
        }
        if (accept(u"once")) {
            r.once = true;
            return true;
        }
        if ((is(u"state") || is(u"source")) && isAhead(1, u"limiter"))
            return limiterOption(r);
        if (accept(u"max-pkt-rate")) {
            qint64 seconds;
            if (!number(n) || !expect(PfTokenKind::Slash) || !number(seconds))
                return false;
            r.maxPktRate = int(n);
            r.maxPktRateSeconds = int(seconds);
            return true;
        }
        if (accept(u"max-pkt-size")) {
            if (!number(n, 0, 65535))
                return false;
            r.maxPktSize = int(n);
            return true;
        }
        if (accept(u"received-on")) {
            r.receivedOnNegated = accept(PfTokenKind::Bang);
            return string(r.receivedOn);
        }
        if (accept(u"ridentifier")) {
            if (!number(n))
                return false;
            r.ridentifier = quint32(n);
            return true;
        }
        if (accept(u"af-to")) {
            if (accept(u"inet"))
                r.afTo = Family::Inet;
            else if (accept(u"inet6"))
                r.afTo = Family::Inet6;
            else
                return fail();
            if (!expect(u"from") || !redirection(r.pool))
                return false;
            if (accept(u"to"))
                return redirection(r.afToTo);
            return true;
        }
        if (accept(u"nat-to")) {
            if (r.translation == PfRule::TranslationKind::RdrTo)
                r.rdrPool = std::exchange(r.pool, {});
            r.translation = PfRule::TranslationKind::NatTo;
            return redirection(r.pool);
        }
        if (accept(u"rdr-to")) {
            if (r.translation == PfRule::TranslationKind::NatTo)
                return redirection(r.rdrPool);
            r.translation = PfRule::TranslationKind::RdrTo;
            return redirection(r.pool);
        }
        if (accept(u"binat-to")) {
            r.translation = PfRule::TranslationKind::BinatTo;
            return redirection(r.pool);
        }
        if (is(u"route-to") || is(u"reply-to") || is(u"dup-to"))
            return route(r);
        if (accept(u"scrub"))
            return scrubOptions(r);
        if (accept(u"min-ttl") || accept(u"max-mss") || accept(u"no-df") || accept(u"random-id")) {
            --pos;
            return scrubOption(r);
        }
        if (accept(u"dnpipe") || accept(u"dnqueue")) {
            if (accept(PfTokenKind::LeftParen)) {
                if (!number(n) || (skipCommas(), !number(n)) || !expect(PfTokenKind::RightParen))
                    return false;
                return true;
            }
            return number(n);
        }
        return fail();
    }

    // antispoof [log] [quick] for ifspec [af] [label]: pfctl makes block rules
    // from each interface's networks and, unless it is a loopback, addresses.
    bool antispoof(const PfRule &statementRule, QList<PfRule> &out)
    {
        PfRule base = statementRule;
        base.action = PfRule::Action::Block;
        base.direction = PfRule::Direction::In;
        ++pos;
        for (;;) {
            if (accept(u"log")) {
                if (!logOptions(base))
                    return false;
            } else if (accept(u"quick")) {
                base.quick = true;
            } else {
                break;
            }
        }
        QList<PfInterfaceSpec> ifaces;
        if (!expect(u"for") || !interfaceSpec(ifaces))
            return false;
        if (accept(u"inet"))
            base.family = Family::Inet;
        else if (accept(u"inet6"))
            base.family = Family::Inet6;
        while (accept(u"label")) {
            QString label;
            if (!string(label))
                return false;
            base.labels.append(label);
        }
        if (!atEnd())
            return fail();
        const auto addressesOf = [&](const QString &name, const QStringList &modifiers) {
            QList<PfAddress> found;
            const QString spec = modifiers.isEmpty() ? name : name + u':' + modifiers.join(u':');
            if (!interfaceAddresses(spec, found, false)) {
                PfAddress a;
                a.type = PfAddress::Type::Interface;
                a.address = name;
                a.modifiers = modifiers;
                found.append(a);
            }
            found.removeIf([&](const PfAddress &a) {
                return base.family != Family::Any && a.family != Family::Any
                    && a.family != base.family;
            });
            return found;
        };
        for (const PfInterfaceSpec &iface : std::as_const(ifaces)) {
            PfRule network = base;
            network.interfaces = {{iface.name, true}};
            network.from.hosts = addressesOf(iface.name, {u"network"_s});
            if (!network.from.hosts.isEmpty())
                out.append(network);
            if (iface.name.startsWith(u"lo"_s))
                continue;
            PfRule own = base;
            own.from.hosts = addressesOf(iface.name, {});
            if (!own.from.hosts.isEmpty())
                out.append(own);
        }
        return true;
    }

    // action dir logquick interface route af proto fromto filter_opts
    bool filterRule(PfRule &r)
    {
        if (accept(u"pass"))
            r.action = PfRule::Action::Pass;
        else if (accept(u"match"))
            r.action = PfRule::Action::Match;
        else if (accept(u"block")) {
            r.action = PfRule::Action::Block;
            if (!blockPolicy(r))
                return false;
        } else
            return fail();
        return ruleBody(r, false);
    }

    bool blockPolicy(PfRule &r)
    {
        if (accept(u"drop")) {
            r.blockPolicy = PfRule::BlockPolicy::Drop;
        } else if (accept(u"return")) {
            r.blockPolicy = PfRule::BlockPolicy::Return;
        } else if (accept(u"return-rst")) {
            r.blockPolicy = PfRule::BlockPolicy::ReturnRst;
            if (accept(PfTokenKind::LeftParen)) {
                qint64 ttl;
                if (!expect(u"ttl") || !number(ttl, 0, 255) || !expect(PfTokenKind::RightParen))
                    return false;
                r.returnTtl = int(ttl);
            }
        } else if (accept(u"return-icmp") || accept(u"return-icmp6")) {
            const bool six = words[pos - 1].text == u"return-icmp6";
            r.blockPolicy = PfRule::BlockPolicy::ReturnIcmp;
            if (accept(PfTokenKind::LeftParen)) {
                QString code;
                if (!string(code))
                    return false;
                (six ? r.returnIcmp6 : r.returnIcmp) = code;
                if (!six && accept(PfTokenKind::Comma)) {
                    if (!string(r.returnIcmp6))
                        return false;
                }
                if (!expect(PfTokenKind::RightParen))
                    return false;
            } else if (six) {
                r.returnIcmp6 = u"port-unr"_s;
            }
        }
        return true;
    }

    bool ruleBody(PfRule &r, bool scrub)
    {
        if (accept(u"in"))
            r.direction = PfRule::Direction::In;
        else if (accept(u"out"))
            r.direction = PfRule::Direction::Out;
        for (;;) {
            if (accept(u"log")) {
                if (!logOptions(r))
                    return false;
            } else if (accept(u"quick")) {
                r.quick = true;
            } else {
                break;
            }
        }
        if (accept(u"on")) {
            if (!interfaceSpec(r.interfaces))
                return false;
        }
        if (!route(r))
            return false;
        if (accept(u"inet"))
            r.family = Family::Inet;
        else if (accept(u"inet6"))
            r.family = Family::Inet6;
        if (accept(u"proto")) {
            if (!protocols(r.protocols))
                return false;
        }
        if (!fromTo(r))
            return false;
        return filterOptions(r, scrub);
    }

    bool natRule(PfRule &r, PfStatement::Kind kind)
    {
        const bool no = accept(u"no");
        using A = PfRule::Action;
        if (kind == PfStatement::Kind::Nat)
            r.action = no ? A::NoNat : A::Nat;
        else if (kind == PfStatement::Kind::Rdr)
            r.action = no ? A::NoRdr : A::Rdr;
        else
            r.action = no ? A::NoBinat : A::Binat;
        ++pos; // nat, rdr or binat
        if (!no && accept(u"pass")) {
            r.pass = true;
            if (accept(u"log") && !logOptions(r))
                return false;
        }
        if (accept(u"on")) {
            if (!interfaceSpec(r.interfaces))
                return false;
        }
        if (accept(u"inet"))
            r.family = Family::Inet;
        else if (accept(u"inet6"))
            r.family = Family::Inet6;
        if (accept(u"proto")) {
            if (!protocols(r.protocols))
                return false;
        }
        if (!fromTo(r))
            return false;
        for (;;) {
            if (accept(u"tag")) {
                if (!string(r.tag))
                    return false;
            } else if (is(PfTokenKind::Bang) && isAhead(1, u"tagged")) {
                pos += 2;
                r.taggedNegated = true;
                if (!string(r.tagged))
                    return false;
            } else if (accept(u"tagged")) {
                if (!string(r.tagged))
                    return false;
            } else if (accept(u"rtable")) {
                qint64 n;
                if (!number(n, 0, 0xffff))
                    return false;
                r.rtable = int(n);
            } else {
                break;
            }
        }
        if (no)
            return atEnd() || fail();
        if (!expect(PfTokenKind::Arrow))
            return false;
        if (!redirection(r.pool))
            return false;
        return atEnd() || fail();
    }

    bool anchorRule(PfRule &r, PfStatement::Kind kind, bool hasBody)
    {
        using A = PfRule::Action;
        r.action = kind == PfStatement::Kind::NatAnchor ? A::NatAnchor
            : kind == PfStatement::Kind::RdrAnchor      ? A::RdrAnchor
            : kind == PfStatement::Kind::BinatAnchor    ? A::BinatAnchor
                                                        : A::Anchor;
        ++pos;
        if (isString() && !is(u"in") && !is(u"out") && !is(u"on") && !is(u"all") && !is(u"from")
            && !is(u"to") && !is(u"inet") && !is(u"inet6") && !is(u"proto") && !is(u"quick")
            && !is(u"log")) {
            r.anchorName = current().text.toString();
            ++pos;
        }
        r.anchorInline = hasBody;
        return ruleBody(r, false);
    }
};

bool hasFamilyConflict(const PfPool &pool, Family family)
{
    if (family == Family::Any || pool.addresses.isEmpty())
        return false;
    for (const PfAddress &a : pool.addresses) {
        if (a.family == Family::Any || a.family == family)
            return false;
    }
    return true;
}

// The checks pfctl makes on a whole rule once it is read (parse.y, expand_rule).
bool validate(const PfRule &r, StatementParser &p)
{
    p.pos = 0;
    using A = PfRule::Action;
    if (r.action == A::Block && r.route != PfRule::RouteKind::None)
        return p.fail(u"route-to, reply-to and dup-to are not supported on block rules"_s);
    const bool rdr = r.action == A::Rdr || r.translation == PfRule::TranslationKind::RdrTo;
    const bool nat = r.action == A::Nat || r.translation == PfRule::TranslationKind::NatTo;
    const PfPool &pool = r.pool;
    if (rdr && pool.staticPort)
        return p.fail(u"the 'static-port' option is only valid with nat rules"_s);
    if (rdr && pool.mapEOffset >= 0)
        return p.fail(u"the 'map-e-portset' option is only valid with nat rules"_s);
    if (nat && pool.staticPort && pool.ports.op != PfRangeSpec::Op::None)
        return p.fail(u"the 'static-port' option can't be used when specifying a port range"_s);
    if (nat && pool.staticPort && pool.mapEOffset >= 0)
        return p.fail(u"the 'map-e-portset' option can't be used 'static-port'"_s);
    if (nat && pool.mapEOffset >= 0 && pool.ports.op != PfRangeSpec::Op::None)
        return p.fail(u"the 'map-e-portset' option can't be used when specifying a port range"_s);
    for (const PfPool *each : {&r.pool, &r.routePool}) {
        if (each->type == PfPool::Type::None || each->type == PfPool::Type::RoundRobin)
            continue;
        for (const PfAddress &a : each->addresses) {
            if (a.type == PfAddress::Type::Table)
                return p.fail(u"tables are not supported by pool type"_s);
            if (a.type == PfAddress::Type::Interface && a.dynamic)
                return p.fail(u"interface (%1) is not supported by pool type"_s.arg(a.address));
        }
        if (each->addresses.size() > 1)
            return p.fail(u"only round-robin valid for multiple redirection addresses"_s);
    }
    // route-to sends the translated packet on; reply-to answers the original sender.
    const Family routeFamily =
        r.afTo != Family::Any && r.route != PfRule::RouteKind::ReplyTo ? r.afTo : r.family;
    if (!r.routePool.preferIpv6Nexthop && hasFamilyConflict(r.routePool, routeFamily))
        return p.fail(u"no routing address with matching address family found."_s);
    return true;
}

bool macAddress(StatementParser &p, QString &out)
{
    if (p.accept(PfTokenKind::LeftBrace)) {
        QStringList items;
        while (!p.accept(PfTokenKind::RightBrace)) {
            QString item;
            if (p.atEnd() || !macAddress(p, item))
                return p.fail();
            items.append(item);
            p.skipCommas();
        }
        out = u"{ "_s + items.join(u", "_s) + u" }"_s;
        return true;
    }
    const bool negated = p.accept(PfTokenKind::Bang);
    QString text;
    if (!p.string(text))
        return false;
    if (p.accept(PfTokenKind::Slash)) {
        qint64 bits;
        if (!p.number(bits, 0, 48))
            return false;
        text += u'/' + QString::number(bits);
    }
    out = (negated ? u"! "_s : QString()) + text;
    return true;
}

QString addressText(const QList<PfAddress> &hosts)
{
    QStringList parts;
    for (const PfAddress &a : hosts) {
        QString t = a.negated ? u"! "_s : QString();
        if (a.type == PfAddress::Type::Table)
            t += u'<' + a.address + u'>';
        else if (a.type == PfAddress::Type::Any)
            t += u"any"_s;
        else
            t += a.address + (a.prefix >= 0 ? u'/' + QString::number(a.prefix) : QString());
        parts.append(t);
    }
    return parts.isEmpty() ? u"any"_s : parts.join(u", "_s);
}

// ether action dir quick interface bridge proto from to l3 opts
bool parseEther(StatementParser &p, PfEtherRule &r)
{
    p.pos = 1;
    if (p.accept(u"pass"))
        r.action = PfEtherRule::Action::Pass;
    else if (p.accept(u"block"))
        r.action = PfEtherRule::Action::Block;
    else
        return p.fail();
    if (p.accept(u"in"))
        r.direction = PfEtherRule::Direction::In;
    else if (p.accept(u"out"))
        r.direction = PfEtherRule::Direction::Out;
    r.quick = p.accept(u"quick");
    if (p.accept(u"on")) {
        r.interfaceNegated = p.accept(PfTokenKind::Bang);
        if (!p.string(r.interface))
            return false;
    }
    if (p.accept(u"bridge-to") && !p.string(r.bridgeTo))
        return false;
    if (p.accept(u"proto")) {
        if (!p.list([&] {
                QString type;
                if (!p.string(type))
                    return false;
                r.etherTypes.append(type);
                return true;
            }))
            return false;
    }
    if (p.accept(u"from") && !macAddress(p, r.fromMac))
        return false;
    if (p.accept(u"to") && !macAddress(p, r.toMac))
        return false;
    if (p.accept(u"l3")) {
        PfRule l3;
        if (!p.fromTo(l3))
            return false;
        if (!l3.all) {
            r.l3From = addressText(l3.from.hosts);
            r.l3To = addressText(l3.to.hosts);
        }
    }
    while (!p.atEnd()) {
        qint64 n;
        if (p.accept(u"label")) {
            QString label;
            if (!p.string(label))
                return false;
            r.labels.append(label);
        } else if (p.accept(u"ridentifier")) {
            if (!p.number(n))
                return false;
            r.ridentifier = quint32(n);
        } else if (p.accept(u"tag")) {
            if (!p.string(r.tag))
                return false;
        } else if (p.accept(u"queue")) {
            if (!p.string(r.queue))
                return false;
        } else if (p.accept(u"dnpipe")) {
            if (!p.string(r.dnpipe))
                return false;
        } else if (p.accept(u"dnqueue")) {
            if (!p.string(r.dnqueue))
                return false;
        } else {
            return p.fail();
        }
    }
    return true;
}

} // namespace

PfRulesetParser::PfRulesetParser(const PfRuleset::FileReader &reader,
                                 const PfRuleset::InterfaceAddresses &interfaces)
    : m_reader(reader)
    , m_interfaces(interfaces)
{ }

PfRuleset PfRulesetParser::parse(const PfDocument &document)
{
    m_ruleset = {};
    m_ruleset.diagnostics = document.diagnostics();
    parseDocument(document, 0);
    return std::move(m_ruleset);
}

void PfRulesetParser::error(qsizetype offset, const QString &message)
{
    const auto position = m_document->position(qMax<qsizetype>(0, offset));
    m_ruleset.diagnostics.append(
        {Diagnostic::Severity::Error, m_document->path(), position.line, position.column, message});
}

void PfRulesetParser::warning(qsizetype offset, const QString &message)
{
    const auto position = m_document->position(qMax<qsizetype>(0, offset));
    m_ruleset.diagnostics.append({Diagnostic::Severity::Warning, m_document->path(), position.line,
                                  position.column, message});
}

bool PfRulesetParser::appendWord(PfTokenKind kind, QStringView text, qsizetype offset)
{
    Word word {kind, text, offset, false};
    if (kind == PfTokenKind::Newline)
        return true;
    if (kind == PfTokenKind::Invalid) {
        error(offset, u"syntax error"_s);
        return false;
    }
    if (kind == PfTokenKind::QuotedString) {
        QStringView inner = text.mid(1);
        if (inner.endsWith(text.front()))
            inner.chop(1);
        if (inner.contains(u'\\')) {
            QString unescaped;
            for (qsizetype k = 0; k < inner.size(); ++k) {
                if (inner[k] == u'\\' && k + 1 < inner.size()) {
                    const QChar next = inner[k + 1];
                    if (next == u'\n') {
                        ++k;
                        continue;
                    }
                    if (next == text.front() || next == u' ' || next == u'\t') {
                        unescaped += next;
                        ++k;
                        continue;
                    }
                }
                unescaped += inner[k];
            }
            m_strings.push_back(unescaped);
            inner = m_strings.back();
        }
        word.text = inner;
        word.quoted = true;
    }
    m_words.append(word);
    return true;
}

// pfctl expands `$name` in its lexer by pushing the macro's text back into the
// input, so a value joins the characters around it ("$if:network"). Statements
// with macros are therefore expanded as text and lexed again.
bool PfRulesetParser::expand(const PfDocument &document, const PfStatement &statement)
{
    m_words.clear();
    m_strings.clear();
    m_words.reserve(statement.endToken - statement.firstToken);
    const QList<Token> &tokens = document.tokens();
    bool hasMacro = false;
    for (qsizetype i = statement.firstToken; i < statement.endToken && !hasMacro; ++i) {
        hasMacro = PfTokenKind(tokens[i].kind) == PfTokenKind::Word
            && document.textOf(tokens[i]).startsWith(u'$');
    }
    if (!hasMacro) {
        for (qsizetype i = statement.firstToken; i < statement.endToken; ++i) {
            const Token &token = tokens[i];
            if (!appendWord(PfTokenKind(token.kind), document.textOf(token), token.text.begin))
                return false;
        }
        return true;
    }
    struct Piece
    {
        qsizetype expanded;
        qsizetype original;
        bool macro;
    };
    QList<Piece> pieces;
    m_expanded.resize(0);
    const QStringView text = document.text();
    qsizetype cursor = tokens[statement.firstToken].text.begin;
    const auto copyUpTo = [&](qsizetype end) {
        if (end > cursor) {
            pieces.append({m_expanded.size(), cursor, false});
            m_expanded += text.mid(cursor, end - cursor);
        }
    };
    for (qsizetype i = statement.firstToken; i < statement.endToken; ++i) {
        const Token &token = tokens[i];
        const QStringView word = document.textOf(token);
        if (PfTokenKind(token.kind) != PfTokenKind::Word || !word.startsWith(u'$'))
            continue;
        qsizetype length = 1;
        while (length < word.size() && (word[length].isLetterOrNumber() || word[length] == u'_')
               && word[length].unicode() < 0x80)
            ++length;
        const QStringView name = word.mid(1, length - 1);
        const PfMacro *macro = m_ruleset.macro(name);
        if (!macro) {
            error(token.text.begin, u"macro '%1' not defined"_s.arg(name));
            return false;
        }
        copyUpTo(token.text.begin);
        pieces.append({m_expanded.size(), token.text.begin, true});
        m_expanded += macro->value;
        cursor = token.text.begin + length;
    }
    copyUpTo(tokens[statement.endToken - 1].text.end);
    const auto originalOffset = [&pieces](qsizetype position) {
        auto it =
            std::upper_bound(pieces.cbegin(), pieces.cend(), position,
                             [](qsizetype p, const Piece &piece) { return p < piece.expanded; });
        if (it == pieces.cbegin())
            return qsizetype(0);
        --it;
        return it->macro ? it->original : it->original + (position - it->expanded);
    };
    PfLexer lexer(m_expanded);
    Token token;
    while (lexer.next(token)) {
        const QStringView piece =
            QStringView(m_expanded).mid(token.text.begin, token.text.length());
        if (!appendWord(PfTokenKind(token.kind), piece, originalOffset(token.text.begin)))
            return false;
    }
    return true;
}

QList<PfRule> *PfRulesetParser::ruleListFor(int parentStatement)
{
    QList<PfRule> *list = &m_ruleset.rules;
    if (parentStatement < 0)
        return list;
    const QList<int> path = m_anchorPath.value(parentStatement);
    for (int index : path) {
        if (index < 0 || index >= list->size())
            return &m_ruleset.rules;
        list = &(*list)[index].anchorRules;
    }
    return list;
}

void PfRulesetParser::parseDocument(const PfDocument &document, int depth)
{
    const PfDocument *previousDocument = m_document;
    const auto previousPaths = m_anchorPath;
    m_document = &document;
    m_anchorPath.clear();
    const QList<PfStatement> &statements = document.statements();
    for (int s = 0; s < statements.size(); ++s) {
        const PfStatement &statement = statements[s];
        using Kind = PfStatement::Kind;
        if (statement.kind == Kind::AnchorEnd)
            continue;
        if (!expand(document, statement))
            continue;
        if (statement.kind == Kind::Invalid) {
            error(statement.span.begin, u"syntax error"_s);
            continue;
        }
        StatementParser p {m_words, m_interfaces, m_ruleset.limiters, 0, {}, -1};
        const int statementIndex = depth == 0 ? s : -1;
        const bool opensBody = !m_words.isEmpty() && m_words.last().kind == PfTokenKind::LeftBrace
            && (statement.kind == Kind::Anchor || statement.kind == Kind::NatAnchor
                || statement.kind == Kind::RdrAnchor || statement.kind == Kind::BinatAnchor)
            && s + 1 < statements.size() && statements[s + 1].parent == s;
        const bool bodyBraceEnd = opensBody
            || (!m_words.isEmpty() && m_words.last().kind == PfTokenKind::LeftBrace
                && statement.kind == Kind::Anchor);
        if (bodyBraceEnd)
            m_words.removeLast();

        switch (statement.kind) {
        case Kind::Macro: {
            PfMacro macro;
            macro.name = m_words.value(0).text.toString();
            QStringList parts;
            for (qsizetype i = 2; i < m_words.size(); ++i)
                parts.append(m_words[i].text.toString());
            if (parts.isEmpty()) {
                error(statement.span.begin, u"syntax error"_s);
                break;
            }
            macro.value = parts.join(u' ');
            macro.statement = statementIndex;
            macro.line = statement.line;
            macro.span = statement.span;
            m_ruleset.macros.removeIf([&](const PfMacro &m) { return m.name == macro.name; });
            m_ruleset.macros.append(macro);
            break;
        }
        case Kind::Table: {
            PfTable table;
            table.statement = statementIndex;
            table.line = statement.line;
            table.span = statement.span;
            p.pos = 1;
            if (!p.expect(PfTokenKind::Less) || !p.string(table.name)
                || !p.expect(PfTokenKind::Greater)) {
                error(p.errorOffset, p.message);
                break;
            }
            bool ok = true;
            while (ok && !p.atEnd()) {
                if (p.accept(u"persist"))
                    table.persist = true;
                else if (p.accept(u"const"))
                    table.constant = true;
                else if (p.accept(u"counters"))
                    table.counters = true;
                else if (p.accept(u"file")) {
                    QString file;
                    ok = p.string(file);
                    if (!ok)
                        break;
                    table.files.append(file);
                    table.sources.append({file, {}});
                    const auto content = m_reader ? m_reader(file) : std::nullopt;
                    if (!content) {
                        // The file usually lives on the host the ruleset is for.
                        if (m_reader)
                            warning(statement.span.begin,
                                    u"cannot load \"%1\": No such file or directory"_s.arg(file));
                        continue;
                    }
                    // The table file format: addresses separated by blanks; # and ; start comments.
                    for (QStringView line : QStringView(*content).split(u'\n')) {
                        qsizetype cut = line.size();
                        for (qsizetype k = 0; k < line.size(); ++k) {
                            if (line[k] == u'#' || line[k] == u';') {
                                cut = k;
                                break;
                            }
                        }
                        for (QStringView entry : line.left(cut).split(u' ', Qt::SkipEmptyParts)) {
                            entry = entry.trimmed();
                            bool negated = false;
                            while (entry.startsWith(u'!')) {
                                negated = !negated;
                                entry = entry.mid(1);
                            }
                            const qsizetype slash = entry.indexOf(u'/');
                            const int prefix = slash >= 0 ? entry.mid(slash + 1).toInt() : -1;
                            auto a = PfAddressParser::parse(slash >= 0 ? entry.left(slash) : entry,
                                                            prefix, nullptr);
                            if (a) {
                                a->negated = negated;
                                table.entries.append(*a);
                            }
                        }
                    }
                } else if (p.is(PfTokenKind::LeftBrace)) {
                    ++p.pos;
                    PfTableSource source;
                    source.entries.reserve(m_words.size() - p.pos);
                    while (ok && !p.accept(PfTokenKind::RightBrace)) {
                        if (p.atEnd()) {
                            ok = p.fail();
                            break;
                        }
                        ok = p.tableEntry(source.entries);
                        p.skipCommas();
                    }
                    if (table.entries.isEmpty())
                        table.entries = source.entries;
                    else
                        table.entries += source.entries;
                    table.sources.append(std::move(source));
                } else {
                    ok = p.fail();
                }
            }
            if (!ok) {
                error(p.errorOffset, p.message);
                break;
            }
            m_ruleset.tables.removeIf([&](const PfTable &t) { return t.name == table.name; });
            m_ruleset.tables.append(table);
            break;
        }
        case Kind::Option: {
            PfOption option;
            option.statement = statementIndex;
            option.line = statement.line;
            option.span = statement.span;
            p.pos = 1;
            QString name;
            if (!p.string(name)) {
                error(p.errorOffset, p.message);
                break;
            }
            option.name = name;
            bool ok = true;
            if (name == u"timeout" || name == u"limit") {
                ok = p.list([&] {
                    QString key;
                    qint64 value;
                    if (!p.string(key) || !p.number(value))
                        return false;
                    option.values.append(key + u' ' + QString::number(value));
                    return true;
                });
            } else if (name == u"skip") {
                ok = p.expect(u"on") && p.list([&] {
                    QString iface;
                    if (!p.string(iface))
                        return false;
                    option.values.append(iface);
                    return true;
                });
            } else if (name == u"ruleset-optimization" || name == u"optimization"
                       || name == u"block-policy" || name == u"state-policy"
                       || name == u"loginterface" || name == u"hostid" || name == u"debug"
                       || name == u"fingerprints" || name == u"keepcounters"
                       || name == u"syncookies" || name == u"require-order" || name == u"reassemble"
                       || name == u"fail-policy" || name == u"state-defaults" || name == u"prio") {
                while (!p.atEnd()) {
                    option.values.append(p.current().text.toString());
                    ++p.pos;
                }
                ok = !option.values.isEmpty() || p.fail();
                static const QStringView blockPolicies[] = {u"drop", u"return"};
                if (ok && name == u"block-policy"
                    && std::find(std::begin(blockPolicies), std::end(blockPolicies),
                                 QStringView(option.values.first()))
                        == std::end(blockPolicies)) {
                    p.pos = 2;
                    ok = p.fail();
                }
            } else {
                p.pos = 1;
                ok = p.fail();
            }
            if (!ok || (!p.atEnd() && p.fail())) {
                error(p.errorOffset, p.message);
                break;
            }
            m_ruleset.options.append(option);
            break;
        }
        case Kind::Limiter: {
            PfLimiter limiter;
            limiter.statement = statementIndex;
            limiter.line = statement.line;
            limiter.span = statement.span;
            // Limiters belong to the main ruleset: an anchor body has no place for them.
            if (statement.parent >= 0 || !p.limiterDefinition(limiter)) {
                if (p.errorOffset < 0)
                    p.fail();
                error(p.errorOffset, p.message);
                break;
            }
            const bool exists = std::any_of(
                m_ruleset.limiters.cbegin(), m_ruleset.limiters.cend(), [&](const PfLimiter &l) {
                    return l.kind == limiter.kind && (l.id == limiter.id || l.name == limiter.name);
                });
            if (exists) {
                error(statement.span.begin,
                      u"%1 limiter %2 id %3 already exists"_s
                          .arg(limiter.kind == PfLimiter::Kind::State ? u"state"_s : u"source"_s,
                               limiter.name)
                          .arg(limiter.id));
                break;
            }
            m_ruleset.limiters.append(limiter);
            break;
        }
        case Kind::Include: {
            p.pos = 1;
            QString file;
            if (!p.string(file) || !p.atEnd()) {
                if (p.errorOffset < 0)
                    p.fail();
                error(p.errorOffset, p.message);
                break;
            }
            if (depth >= maxIncludeDepth) {
                error(statement.span.begin, u"include depth exceeded"_s);
                break;
            }
            const auto content = m_reader ? m_reader(file) : std::nullopt;
            if (!content) {
                if (m_reader)
                    error(statement.span.begin, u"cannot open include file %1"_s.arg(file));
                break;
            }
            const PfDocument included = PfDocument::parse(*content, file);
            for (const Diagnostic &d : included.diagnostics())
                m_ruleset.diagnostics.append(d);
            parseDocument(included, depth + 1);
            m_document = &document;
            break;
        }
        case Kind::LoadAnchor: {
            PfOption option;
            option.name = u"load anchor"_s;
            option.statement = statementIndex;
            option.line = statement.line;
            option.span = statement.span;
            p.pos = 1;
            QString name, file;
            if (!p.expect(u"anchor") || !p.string(name) || !p.expect(u"from") || !p.string(file)
                || !p.atEnd()) {
                if (p.errorOffset < 0)
                    p.fail();
                error(p.errorOffset, p.message);
                break;
            }
            option.values = {name, file};
            m_ruleset.options.append(option);
            break;
        }
        case Kind::Queue: {
            PfAltq altq;
            altq.statement = statementIndex;
            altq.line = statement.line;
            altq.span = statement.span;
            QList<PfInterfaceSpec> on;
            const bool isAltq = statement.keyword == u"altq";
            // Queueing belongs to the main ruleset: an anchor body has no place for it.
            if (statement.parent >= 0
                || !(isAltq ? p.altqStatement(altq, on) : p.queueStatement(altq, on))) {
                if (p.errorOffset < 0)
                    p.fail();
                error(p.errorOffset, p.message);
                break;
            }
            const QString problem = isAltq ? m_altq.addAltq(altq, on, m_ruleset.altqs)
                                           : m_altq.addQueue(altq, on, m_ruleset.altqs);
            if (!problem.isEmpty())
                error(statement.span.begin, problem);
            break;
        }
        case Kind::Ether: {
            PfEtherRule rule;
            rule.statement = statementIndex;
            rule.line = statement.line;
            rule.span = statement.span;
            bool ok = parseEther(p, rule);
            if (!ok) {
                error(p.errorOffset, p.message);
                break;
            }
            m_ruleset.etherRules.append(rule);
            break;
        }
        default: {
            QList<PfRule> *list = ruleListFor(statement.parent);
            const qsizetype first = list->size();
            PfRule &rule = list->emplaceBack();
            rule.statement = statementIndex;
            rule.line = statement.line;
            rule.span = statement.span;
            bool ok = false;
            switch (statement.kind) {
            case Kind::Filter:
                if (statement.keyword == u"antispoof") {
                    QList<PfRule> produced;
                    ok = p.antispoof(rule, produced);
                    list->removeLast();
                    for (PfRule &each : produced)
                        list->append(std::move(each));
                } else {
                    ok = p.filterRule(rule);
                }
                break;
            case Kind::Scrub:
                rule.action = PfRule::Action::Scrub;
                ++p.pos;
                ok = p.ruleBody(rule, true);
                break;
            case Kind::Nat:
            case Kind::Rdr:
            case Kind::Binat:
                ok = p.natRule(rule, statement.kind);
                break;
            default:
                ok = p.anchorRule(rule, statement.kind, opensBody);
                break;
            }
            if (ok && !p.atEnd())
                ok = p.fail();
            if (ok && statement.keyword != u"antispoof")
                ok = validate(list->last(), p);
            if (!ok) {
                error(p.errorOffset, p.message);
                list->resize(first);
                if (opensBody)
                    m_anchorPath.insert(s, {-1});
                break;
            }
            for (qsizetype i = first; i < list->size(); ++i)
                (*list)[i].index = int(i);
            if (opensBody) {
                QList<int> path =
                    statement.parent >= 0 ? m_anchorPath.value(statement.parent) : QList<int>();
                path.append(int(list->size()) - 1);
                m_anchorPath.insert(s, path);
            }
            break;
        }
        }
    }
    m_document = previousDocument;
    m_anchorPath = previousPaths;
}
