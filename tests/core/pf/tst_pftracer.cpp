#include "pf/pfdocument.h"
#include "pf/pfpacket.h"
#include "pf/pfpacketinterface.h"
#include "pf/pfruleset.h"
#include "pf/pftracer.h"

#include "check/checkcommand.h"
#include "text/sourcefile.h"

#include <QBuffer>

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A host shaped like the demo host: an uplink, two jail bridges and loopback.
QList<PfPacketInterface> hostInterfaces()
{
    // The interface's own address with its prefix (QHostAddress::parseSubnet would
    // clear the host bits).
    auto subnet = [](const QString &cidr) {
        return qMakePair(QHostAddress(cidr.section(u'/', 0, 0)), cidr.section(u'/', 1).toInt());
    };
    return {
        {u"em0"_s, {}, {subnet(u"198.51.100.20/24"_s), subnet(u"2001:db8::20/64"_s)}},
        {u"bridge0"_s, {}, {subnet(u"10.0.0.1/24"_s)}},
        {u"bridge1"_s, {}, {subnet(u"10.0.1.1/24"_s)}},
        {u"epair0a"_s, {u"jails"_s}, {}},
        {u"lo0"_s, {}, {subnet(u"127.0.0.1/8"_s), subnet(u"::1/128"_s)}},
    };
}

PfRuleset::InterfaceAddresses addressMap(const QList<PfPacketInterface> &interfaces)
{
    PfRuleset::InterfaceAddresses map;
    for (const PfPacketInterface &interface : interfaces) {
        for (const auto &[address, prefix] : interface.addresses)
            map[interface.name].append(address.toString() + u'/' + QString::number(prefix));
    }
    return map;
}

// The 1-based line of the first line of `text` that contains `needle`, 0 if none.
int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

QList<int> lines(const QList<const PfRule *> &rules)
{
    QList<int> result;
    for (const PfRule *rule : rules)
        result.append(rule->line);
    return result;
}

// The parser's messages, for a failing check.
QString errorsOf(const PfRuleset &ruleset)
{
    QStringList messages;
    for (const Diagnostic &diagnostic : ruleset.diagnostics)
        messages.append(diagnostic.toString());
    return messages.join(u'\n');
}

} // namespace

// The packet tracer: each semantic point of pf's rule evaluation on a small
// ruleset, then the demo host's pf.conf end to end.
class TestPfTracer : public QObject
{
    Q_OBJECT

private slots:
    void packetSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("tcp")
            << u"on bridge0 in tcp from 10.0.0.10 port 40000 to 10.0.1.12 port 5432"_s
            << u"on bridge0 in inet tcp from 10.0.0.10 port 40000 to 10.0.1.12 port 5432 flags S"_s;
        QTest::newRow("proto keyword, flags")
            << u"on em0 out proto tcp from 10.0.0.1 port 1 to 10.0.0.2 port 2 flags SA"_s
            << u"on em0 out inet tcp from 10.0.0.1 port 1 to 10.0.0.2 port 2 flags SA"_s;
        QTest::newRow("inet6 udp")
            << u"on em0 in inet6 udp from 2001:db8::1 port 53 to 2001:db8::2 port 5353"_s
            << u"on em0 in inet6 udp from 2001:db8::1 port 53 to 2001:db8::2 port 5353"_s;
        QTest::newRow("icmp echo")
            << u"on em0 in icmp from 192.0.2.1 to 198.51.100.20"_s
            << u"on em0 in inet icmp from 192.0.2.1 to 198.51.100.20 icmp-type 8"_s;
        QTest::newRow("icmp with code")
            << u"in on em0 icmp from 192.0.2.1 to 192.0.2.2 icmp-type 3 code 1"_s
            << u"on em0 in inet icmp from 192.0.2.1 to 192.0.2.2 icmp-type 3 code 1"_s;
        QTest::newRow("port name")
            << u"on em0 in tcp from 192.0.2.1 port 1025 to 192.0.2.2 port ssh"_s
            << u"on em0 in inet tcp from 192.0.2.1 port 1025 to 192.0.2.2 port 22 flags S"_s;
    }

    void packetSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, normalised);
        QString error;
        const std::optional<PfPacket> packet = PfPacket::fromSpec(spec, &error);
        QVERIFY2(packet, qPrintable(error));
        QCOMPARE(packet->toSpec(), normalised);
        QCOMPARE(PfPacket::fromSpec(packet->toSpec())->toSpec(), normalised);
    }

    void badPacketSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("no interface") << u"in tcp from 10.0.0.1 to 10.0.0.2"_s << u"interface"_s;
        QTest::newRow("no direction")
            << u"on em0 tcp from 10.0.0.1 to 10.0.0.2"_s << u"direction"_s;
        QTest::newRow("host name")
            << u"on em0 in tcp from www.example.org to 10.0.0.2"_s << u"column 20"_s;
        QTest::newRow("mixed families")
            << u"on em0 in tcp from 10.0.0.1 to 2001:db8::1"_s << u"families"_s;
        QTest::newRow("family disagrees")
            << u"on em0 in inet6 tcp from 10.0.0.1 to 10.0.0.2"_s << u"family"_s;
        QTest::newRow("bad flag") << u"on em0 in tcp from 10.0.0.1 to 10.0.0.2 flags SX"_s
                                  << u"FSRPAUEW"_s;
        QTest::newRow("stray word")
            << u"on em0 in tcp from 10.0.0.1 to 10.0.0.2 quickly"_s << u"'quickly'"_s;
    }

    void badPacketSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!PfPacket::fromSpec(spec, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void trace_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("packet");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QList<int>>("matched");

        const QString tcp22 = u"on em0 in tcp from 192.0.2.1 port 40000 to 198.51.100.20 port 22"_s;
        QTest::newRow("last match wins: pass after block")
            << u"block in all\npass in proto tcp to port 22\n"_s << tcp22 << u"pass 2"_s
            << QList<int> {1, 2};
        QTest::newRow("last match wins: block after pass")
            << u"pass in all\nblock in proto tcp to port 22\npass in proto udp\n"_s << tcp22
            << u"block 2"_s << QList<int> {1, 2};
        QTest::newRow("quick stops the walk")
            << u"block in quick proto tcp to port 22\npass in all\n"_s << tcp22 << u"block 1"_s
            << QList<int> {1};
        QTest::newRow("quick that does not match") << u"block in quick proto udp\npass in all\n"_s
                                                   << tcp22 << u"pass 2"_s << QList<int> {2};
        QTest::newRow("no rule matches: default pass")
            << u"pass out all\nblock in proto udp\n"_s << tcp22 << u"pass default"_s
            << QList<int> {};
        QTest::newRow("match rules do not decide")
            << u"match in all tag seen\nblock in all\npass in tagged seen\n"_s << tcp22
            << u"pass 3"_s << QList<int> {1, 2, 3};

        const QString tableRules =
            u"table <bad> { 192.0.2.0/24, !192.0.2.7, 2001:db8:bad::/48 }\npass in all\nblock in from <bad>\n"_s;
        QTest::newRow("table: network entry")
            << tableRules << tcp22 << u"block 3"_s << QList<int> {2, 3};
        QTest::newRow("table: negated entry wins as the longer prefix")
            << tableRules << u"on em0 in tcp from 192.0.2.7 port 1 to 198.51.100.20 port 22"_s
            << u"pass 2"_s << QList<int> {2};
        QTest::newRow("table: address outside")
            << tableRules << u"on em0 in tcp from 203.0.113.1 port 1 to 198.51.100.20 port 22"_s
            << u"pass 2"_s << QList<int> {2};
        QTest::newRow("table: inet6 entry")
            << tableRules << u"on em0 in tcp from 2001:db8:bad::9 port 1 to 2001:db8::20 port 22"_s
            << u"block 3"_s << QList<int> {2, 3};
        QTest::newRow("table: negated table reference")
            << u"table <ok> { 192.0.2.1 }\nblock in all\npass in from ! <ok>\n"_s << tcp22
            << u"block 2"_s << QList<int> {2};

        QTest::newRow("negated network: inside")
            << u"block in all\npass in from ! 10.0.0.0/8\n"_s
            << u"on em0 in tcp from 10.1.2.3 port 1 to 198.51.100.20 port 22"_s << u"block 1"_s
            << QList<int> {1};
        QTest::newRow("negated network: outside") << u"block in all\npass in from ! 10.0.0.0/8\n"_s
                                                  << tcp22 << u"pass 2"_s << QList<int> {1, 2};

        QTest::newRow("self: an address of the host")
            << u"block in all\npass in proto tcp to self port 22\n"_s
            << u"on bridge0 in tcp from 10.0.0.10 port 1 to 10.0.0.1 port 22"_s << u"pass 2"_s
            << QList<int> {1, 2};
        QTest::newRow("self: another address")
            << u"block in all\npass in proto tcp to self port 22\n"_s
            << u"on bridge0 in tcp from 10.0.0.10 port 1 to 10.0.0.99 port 22"_s << u"block 1"_s
            << QList<int> {1};
        QTest::newRow("dynamic interface address")
            << u"block in all\npass in proto tcp to (em0) port 22\n"_s << tcp22 << u"pass 2"_s
            << QList<int> {1, 2};
        QTest::newRow("interface network")
            << u"block in all\npass in from bridge1:network\n"_s
            << u"on bridge1 in tcp from 10.0.1.77 port 1 to 10.0.0.12 port 5432"_s << u"pass 2"_s
            << QList<int> {1, 2};

        QTest::newRow("interface group of the driver")
            << u"block in all\npass in on bridge\n"_s
            << u"on bridge1 in udp from 10.0.1.10 port 1 to 10.0.0.12 port 53"_s << u"pass 2"_s
            << QList<int> {1, 2};
        QTest::newRow("interface group not matching")
            << u"block in all\npass in on bridge\n"_s << tcp22 << u"block 1"_s << QList<int> {1};
        QTest::newRow("interface group set with ifconfig")
            << u"block in all\npass in on jails\n"_s
            << u"on epair0a in udp from 10.0.0.10 port 1 to 10.0.0.1 port 53"_s << u"pass 2"_s
            << QList<int> {1, 2};
        QTest::newRow("negated interface")
            << u"block in all\npass in on ! em0\n"_s
            << u"on bridge0 in udp from 10.0.0.10 port 1 to 10.0.0.1 port 53"_s << u"pass 2"_s
            << QList<int> {1, 2};
        QTest::newRow("direction")
            << u"block out all\npass in all\n"_s << tcp22 << u"pass 2"_s << QList<int> {2};

        const QString anchor =
            u"block in all\nanchor \"jails\" in on bridge0 {\n  pass in proto tcp to port 80\n}\n"_s;
        QTest::newRow("anchor entered where it stands")
            << anchor << u"on bridge0 in tcp from 10.0.0.10 port 1 to 10.0.1.10 port 80"_s
            << u"pass 3"_s << QList<int> {1, 2, 3};
        QTest::newRow("anchor whose conditions do not match")
            << anchor << u"on em0 in tcp from 192.0.2.1 port 1 to 10.0.1.10 port 80"_s
            << u"block 1"_s << QList<int> {1};
        QTest::newRow("quick inside an anchor ends the whole walk")
            << u"anchor \"a\" {\n  pass in quick proto tcp\n}\nblock in all\n"_s << tcp22
            << u"pass 2"_s << QList<int> {1, 2};
        QTest::newRow("quick anchor stops after a match inside")
            << u"anchor \"a\" quick {\n  pass in proto tcp\n}\nblock in all\n"_s << tcp22
            << u"pass 2"_s << QList<int> {1, 2};
        QTest::newRow("quick anchor without a match inside")
            << u"anchor \"a\" quick {\n  pass in proto udp\n}\nblock in all\n"_s << tcp22
            << u"block 4"_s << QList<int> {1, 4};
        QTest::newRow("anchor: the last match inside is overridden after it")
            << u"anchor \"a\" {\n  pass in proto tcp\n}\nblock in all\n"_s << tcp22 << u"block 4"_s
            << QList<int> {1, 2, 4};

        const QString rdr =
            u"rdr on em0 proto tcp from any to (em0) port 80 -> 10.0.0.10 port 8080\nblock in all\npass in on em0 proto tcp to 10.0.0.10 port 8080\n"_s;
        QTest::newRow("rdr then filter on the new destination")
            << rdr << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 80"_s
            << u"pass 3"_s << QList<int> {1, 2, 3};
        QTest::newRow("rdr not applying")
            << rdr << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 81"_s
            << u"block 2"_s << QList<int> {2};
        QTest::newRow("rdr pass skips the filter rules")
            << u"rdr pass on em0 proto tcp to port 80 -> 10.0.0.10\nblock in all\n"_s
            << u"on em0 in tcp from 203.0.113.5 port 1 to 198.51.100.20 port 80"_s << u"pass 1"_s
            << QList<int> {1};
        QTest::newRow("no rdr: the first matching translation rule wins")
            << u"no rdr on em0 proto tcp from 203.0.113.5\nrdr on em0 proto tcp to port 80 -> 10.0.0.10\nblock in all\npass in proto tcp to 10.0.0.10\n"_s
            << u"on em0 in tcp from 203.0.113.5 port 1 to 198.51.100.20 port 80"_s << u"block 3"_s
            << QList<int> {1, 3};
        QTest::newRow("first rdr wins")
            << u"rdr on em0 proto tcp to port 80 -> 10.0.0.10\nrdr on em0 proto tcp to port 80 -> 10.0.0.11\nblock in all\npass in proto tcp to 10.0.0.10\n"_s
            << u"on em0 in tcp from 203.0.113.5 port 1 to 198.51.100.20 port 80"_s << u"pass 4"_s
            << QList<int> {1, 3, 4};
        QTest::newRow("nat then filter on the new source")
            << u"nat on em0 from 10.0.0.0/24 to any -> (em0)\nblock out all\npass out on em0 from 198.51.100.20\n"_s
            << u"on em0 out tcp from 10.0.0.10 port 40000 to 203.0.113.5 port 443"_s << u"pass 3"_s
            << QList<int> {1, 2, 3};
        QTest::newRow("binat inbound")
            << u"binat on em0 from 10.0.0.10 to any -> 198.51.100.30\nblock in all\npass in to 10.0.0.10\n"_s
            << u"on em0 in tcp from 203.0.113.5 port 1 to 198.51.100.30 port 25"_s << u"pass 3"_s
            << QList<int> {1, 2, 3};

        QTest::newRow("address family: inet6 rule, inet packet")
            << u"block in all\npass in inet6 all\n"_s << tcp22 << u"block 1"_s << QList<int> {1};
        QTest::newRow("address family: inet6 rule, inet6 packet")
            << u"block in all\npass in inet6 all\n"_s
            << u"on em0 in inet6 tcp from 2001:db8::5 port 1 to 2001:db8::20 port 22"_s
            << u"pass 2"_s << QList<int> {1, 2};
        QTest::newRow("address family from the address")
            << u"block in all\npass in to 198.51.100.20\n"_s
            << u"on em0 in tcp from 2001:db8::5 port 1 to 2001:db8::20 port 22"_s << u"block 1"_s
            << QList<int> {1};

        struct PortCase
        {
            const char *name;
            const char *spec;
            int port;
            bool pass;
        };
        const PortCase ports[] = {
            {"port =", "= 22", 22, true},
            {"port !=", "!= 22", 22, false},
            {"port <", "< 1024", 1023, true},
            {"port < at the bound", "< 1024", 1024, false},
            {"port <=", "<= 1024", 1024, true},
            {"port >", "> 1024", 1024, false},
            {"port >=", ">= 1024", 1024, true},
            {"port range :", "1000:2000", 2000, true},
            {"port range : outside", "1000:2000", 2001, false},
            {"port >< excludes its ends", "1000 >< 2000", 1000, false},
            {"port >< inside", "1000 >< 2000", 1500, true},
            {"port <> outside", "1000 <> 2000", 999, true},
            {"port <> excludes the range", "1000 <> 2000", 1500, false},
            {"port <> keeps its ends out", "1000 <> 2000", 2000, false},
            {"port list", "{ 22, 80, 443 }", 443, true},
        };
        for (const PortCase &c : ports) {
            QTest::newRow(c.name)
                << u"block in all\npass in proto tcp to port %1\n"_s.arg(QLatin1StringView(c.spec))
                << u"on em0 in tcp from 192.0.2.1 port 40000 to 198.51.100.20 port %1"_s.arg(c.port)
                << (c.pass ? u"pass 2"_s : u"block 1"_s)
                << (c.pass ? QList<int> {1, 2} : QList<int> {1});
        }
        QTest::newRow("source port")
            << u"block in all\npass in proto udp from port 53\n"_s
            << u"on em0 in udp from 192.0.2.1 port 53 to 198.51.100.20 port 40000"_s << u"pass 2"_s
            << QList<int> {1, 2};

        QTest::newRow("flags S/SA by default: SYN passes")
            << u"block in all\npass in proto tcp\n"_s << tcp22 << u"pass 2"_s << QList<int> {1, 2};
        QTest::newRow("flags S/SA by default: ACK without state is blocked")
            << u"block in all\npass in proto tcp\n"_s << tcp22 + u" flags A"_s << u"block 1"_s
            << QList<int> {1};
        QTest::newRow("no state: no default flags")
            << u"block in all\npass in proto tcp no state\n"_s << tcp22 + u" flags A"_s
            << u"pass 2"_s << QList<int> {1, 2};
        QTest::newRow("flags any") << u"block in all\npass in proto tcp flags any\n"_s
                                   << tcp22 + u" flags PA"_s << u"pass 2"_s << QList<int> {1, 2};
        QTest::newRow("flags written out")
            << u"block in all\npass in proto tcp flags S/SAFR\n"_s << tcp22 + u" flags SF"_s
            << u"block 1"_s << QList<int> {1};
        QTest::newRow("block rules have no default flags")
            << u"pass in all\nblock in proto tcp\n"_s << tcp22 + u" flags A"_s << u"block 2"_s
            << QList<int> {2};

        QTest::newRow("icmp type") << u"block in all\npass in inet proto icmp icmp-type echoreq\n"_s
                                   << u"on em0 in icmp from 192.0.2.1 to 198.51.100.20"_s
                                   << u"pass 2"_s << QList<int> {1, 2};
        QTest::newRow("icmp type not matching")
            << u"block in all\npass in inet proto icmp icmp-type echoreq\n"_s
            << u"on em0 in icmp from 192.0.2.1 to 198.51.100.20 icmp-type 13"_s << u"block 1"_s
            << QList<int> {1};
        QTest::newRow("protocol list")
            << u"block in all\npass in proto { tcp, udp } to port 53\n"_s
            << u"on em0 in udp from 192.0.2.1 port 1 to 198.51.100.20 port 53"_s << u"pass 2"_s
            << QList<int> {1, 2};
        QTest::newRow("set skip") << u"set skip on lo\nblock all\n"_s
                                  << u"on lo0 in tcp from 127.0.0.1 port 1 to 127.0.0.1 port 22"_s
                                  << u"pass default"_s << QList<int> {};
        QTest::newRow("macros and lists")
            << u"ext_if = \"em0\"\nok = \"{ 192.0.2.1, 192.0.2.9 }\"\nblock in all\npass in on $ext_if from $ok\n"_s
            << tcp22 << u"pass 4"_s << QList<int> {3, 4};
    }

    void trace()
    {
        QFETCH(QString, rules);
        QFETCH(QString, packet);
        QFETCH(QString, summary);
        QFETCH(QList<int>, matched);
        const QList<PfPacketInterface> interfaces = hostInterfaces();
        const PfDocument document = PfDocument::parse(rules, u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document, {}, addressMap(interfaces));
        QVERIFY2(!ruleset.hasErrors(), qPrintable(errorsOf(ruleset)));
        QString error;
        const std::optional<PfPacket> parsed = PfPacket::fromSpec(packet, &error);
        QVERIFY2(parsed, qPrintable(error));
        const PfTracer tracer(ruleset, interfaces);
        const PfTracer::Result result = tracer.trace(*parsed);
        QCOMPARE(result.summary(), summary);
        QCOMPARE(lines(result.matched), matched);
    }

    void translation_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("packet");
        QTest::addColumn<QString>("translated");
        QTest::newRow("rdr with a port")
            << u"rdr on em0 proto tcp to port 80 -> 10.0.0.10 port 8080\n"_s
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 80"_s
            << u"on em0 in inet tcp from 203.0.113.5 port 40000 to 10.0.0.10 port 8080 flags S"_s;
        QTest::newRow("rdr keeps the offset into a port range")
            << u"rdr on em0 proto tcp to port 8000:8010 -> 10.0.0.10 port 9000:*\n"_s
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 8004"_s
            << u"on em0 in inet tcp from 203.0.113.5 port 40000 to 10.0.0.10 port 9004 flags S"_s;
        QTest::newRow("nat to the interface address, static port")
            << u"nat on em0 from 10.0.0.0/24 to any -> (em0) static-port\n"_s
            << u"on em0 out tcp from 10.0.0.10 port 40000 to 203.0.113.5 port 443"_s
            << u"on em0 out inet tcp from 198.51.100.20 port 40000 to 203.0.113.5 port 443 flags S"_s;
        QTest::newRow("binat outbound")
            << u"binat on em0 from 10.0.0.10 to any -> 198.51.100.30\n"_s
            << u"on em0 out udp from 10.0.0.10 port 5000 to 203.0.113.5 port 53"_s
            << u"on em0 out inet udp from 198.51.100.30 port 5000 to 203.0.113.5 port 53"_s;
        QTest::newRow("binat of a network keeps the host bits")
            << u"binat on em0 from 10.0.0.0/24 to any -> 198.51.100.0/24\n"_s
            << u"on em0 in udp from 203.0.113.5 port 5000 to 198.51.100.77 port 53"_s
            << u"on em0 in inet udp from 203.0.113.5 port 5000 to 10.0.0.77 port 53"_s;
        QTest::newRow("nat in an anchor")
            << u"nat-anchor \"jails\" on em0 {\n  nat from 10.0.1.0/24 to any -> 198.51.100.20\n}\n"_s
            << u"on em0 out udp from 10.0.1.10 port 5000 to 203.0.113.5 port 53"_s
            << u"on em0 out inet udp from 198.51.100.20 port 5000 to 203.0.113.5 port 53"_s;
    }

    void translation()
    {
        QFETCH(QString, rules);
        QFETCH(QString, packet);
        QFETCH(QString, translated);
        const QList<PfPacketInterface> interfaces = hostInterfaces();
        const PfDocument document = PfDocument::parse(rules, u"pf.conf"_s);
        const PfRuleset ruleset = PfRuleset::fromDocument(document, {}, addressMap(interfaces));
        QVERIFY2(!ruleset.hasErrors(), qPrintable(errorsOf(ruleset)));
        const PfTracer tracer(ruleset, interfaces);
        const PfTracer::Result result = tracer.trace(*PfPacket::fromSpec(packet));
        QVERIFY(result.translationRule);
        QCOMPARE(result.translated.toSpec(), translated);
    }

    // The demo host's own pf.conf: what happens to typical packets, with the
    // deciding line found by the rule's text so that the file may change.
    void demoHost_data()
    {
        QTest::addColumn<QString>("packet");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("decidingText");
        QTest::addColumn<QString>("translated");
        QTest::newRow("web from the internet is redirected to nginx")
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 80"_s << u"pass"_s
            << u"pass in on $ext_if proto tcp to $nginx_ip port"_s
            << u"on em0 in inet tcp from 203.0.113.5 port 40000 to 10.0.0.10 port 80 flags S"_s;
        QTest::newRow("https too")
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 443"_s << u"pass"_s
            << u"pass in on $ext_if proto tcp to $nginx_ip port"_s
            << u"on em0 in inet tcp from 203.0.113.5 port 40000 to 10.0.0.10 port 443 flags S"_s;
        QTest::newRow("ssh to the host")
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 22"_s << u"pass"_s
            << u"pass in on $ext_if proto tcp to ($ext_if) port 22"_s << QString();
        QTest::newRow("telnet is blocked by the default block")
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 23"_s << u"block"_s
            << u"block in all"_s << QString();
        QTest::newRow("postgres to the backup jail over ssh")
            << u"on bridge0 in tcp from 10.0.0.12 port 40000 to 10.0.1.10 port 22"_s << u"pass"_s
            << u"pass in on bridge0 proto tcp from $db_ip to $backup_ip port 22"_s << QString();
        QTest::newRow("backup segment may not reach the jails")
            << u"on bridge1 in tcp from 10.0.1.10 port 40000 to 10.0.0.12 port 5432"_s << u"block"_s
            << u"block in on bridge1 from $backup_net to $jail_net"_s << QString();
        QTest::newRow("jail traffic leaves through NAT")
            << u"on em0 out tcp from 10.0.0.11 port 40000 to 203.0.113.5 port 443"_s << u"pass"_s
            << u"pass out all keep state"_s
            << u"on em0 out inet tcp from 198.51.100.20 port 40000 to 203.0.113.5 port 443 flags S"_s;
        QTest::newRow("loopback is skipped")
            << u"on lo0 in tcp from 127.0.0.1 port 40000 to 127.0.0.1 port 5432"_s << u"pass"_s
            << QString() << QString();
    }

    void demoHost()
    {
        QFETCH(QString, packet);
        QFETCH(QString, verdict);
        QFETCH(QString, decidingText);
        QFETCH(QString, translated);
        const QString path =
            QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host/etc/pf.conf");
        if (!QFileInfo::exists(path))
            QSKIP("resources/demo-host/etc/pf.conf is missing");
        const std::optional<SourceFile> source = SourceFile::read(path);
        QVERIFY(source);
        // The demo host's rc.conf: em0 198.51.100.20/24, bridge0 10.0.0.1/24, bridge1 10.0.1.1/24.
        const QList<PfPacketInterface> interfaces = hostInterfaces();
        const PfDocument document = PfDocument::parse(source->text(), path);
        const PfRuleset ruleset = PfRuleset::fromDocument(document, {}, addressMap(interfaces));
        QVERIFY(!ruleset.hasErrors());
        const PfTracer tracer(ruleset, interfaces);
        const PfTracer::Result result = tracer.trace(*PfPacket::fromSpec(packet));
        if (decidingText.isEmpty()) {
            QCOMPARE(result.summary(), verdict + u" default"_s);
            QVERIFY(result.skippedBy);
        } else {
            const int line = lineOf(source->text(), decidingText);
            QVERIFY(line > 0);
            QCOMPARE(result.summary(), verdict + u' ' + QString::number(line));
            QVERIFY(result.matched.contains(result.decidingRule));
        }
        if (!translated.isEmpty())
            QCOMPARE(result.translated.toSpec(), translated);
        else
            QVERIFY(!result.translationRule);
    }

    // jailwright-check --trace: the verdict first, then each rule that matched.
    void checkTrace()
    {
        const QString path =
            QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host/etc/pf.conf");
        if (!QFileInfo::exists(path))
            QSKIP("resources/demo-host/etc/pf.conf is missing");
        const QString text = SourceFile::read(path)->text();
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const int status = CheckCommand().run(
            {u"jailwright-check"_s, u"--trace"_s,
             u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 443"_s, path},
            out, err);
        QCOMPARE(status, 0);
        const QStringList lines = QString::fromUtf8(out.data()).split(u'\n', Qt::SkipEmptyParts);
        const int deciding = lineOf(text, u"pass in on $ext_if proto tcp to $nginx_ip port"_s);
        QCOMPARE(lines.value(0), u"pass %1"_s.arg(deciding));
        QCOMPARE(
            lines.value(1).trimmed(),
            u"match %1: rdr on $ext_if proto tcp from any to ($ext_if) port { 80, 443 } -> $nginx_ip"_s
                .arg(lineOf(text, u"rdr on $ext_if"_s)));
        QVERIFY(lines.contains(u"  match %1: block in all"_s.arg(lineOf(text, u"block in all"_s))));
        QVERIFY(lines.contains(
            u"  translated: on em0 in inet tcp from 203.0.113.5 port 40000 to 10.0.0.10 port 443 flags S"_s));

        QBuffer badOut;
        QBuffer badErr;
        badOut.open(QIODevice::WriteOnly);
        badErr.open(QIODevice::WriteOnly);
        QCOMPARE(CheckCommand().run({u"jailwright-check"_s, u"--trace"_s, u"on em0 in tcp"_s, path},
                                    badOut, badErr),
                 2);
        QVERIFY(badErr.data().startsWith("jailwright-check: --trace: "));
    }
};

QTEST_GUILESS_MAIN(TestPfTracer)
#include "tst_pftracer.moc"
