#include "topology/addressallocator.h"
#include "topology/interfaceaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<QHostAddress> addresses(const QStringList &texts)
{
    QList<QHostAddress> result;
    for (const QString &text : texts)
        result.append(QHostAddress(text));
    return result;
}

} // namespace

class TestAddressAllocator : public QObject
{
    Q_OBJECT

private slots:
    void fromCidr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized"); // empty: rejected
        QTest::addColumn<QString>("subnet");
        QTest::newRow("ipv4") << u"10.0.0.1/24"_s << u"10.0.0.1/24"_s << u"10.0.0.0/24"_s;
        QTest::newRow("ipv4 odd prefix")
            << u"192.168.7.130/26"_s << u"192.168.7.130/26"_s << u"192.168.7.128/26"_s;
        QTest::newRow("bare ipv4 stands alone")
            << u"10.0.0.9"_s << u"10.0.0.9/32"_s << u"10.0.0.9/32"_s;
        QTest::newRow("ipv6") << u"2001:db8:0:1::1/64"_s << u"2001:db8:0:1::1/64"_s
                              << u"2001:db8:0:1::/64"_s;
        QTest::newRow("bare ipv6") << u"fe80::1"_s << u"fe80::1/128"_s << u"fe80::1/128"_s;
        QTest::newRow("prefix too long") << u"10.0.0.1/33"_s << QString() << QString();
        QTest::newRow("not an address") << u"bridge0"_s << QString() << QString();
        QTest::newRow("empty prefix") << u"10.0.0.1/"_s << QString() << QString();
    }
    void fromCidr()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const auto address = InterfaceAddress::fromCidr(text);
        QCOMPARE(address.has_value(), !normalized.isEmpty());
        if (address) {
            QCOMPARE(address->toString(), normalized);
            QTEST(address->subnetText(), "subnet");
        }
    }

    // parseAddress() reads dotted IPv4 by hand: it must agree with QHostAddress,
    // on the forms it takes itself and on those it hands over.
    void parseAddress_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text :
             {u"10.0.0.1"_s, u"0.0.0.0"_s, u"255.255.255.255"_s, u"192.168.100.7"_s, u"256.1.1.1"_s,
              u"10.0.0"_s, u"10.0.0.1."_s, u"10..0.1"_s, u"010.0.0.1"_s, u"10.0.0.1 "_s,
              u"1.2.3.4.5"_s, u"1234.1.1.1"_s, u"10.0.0.x"_s, u""_s, u"2001:db8::1"_s,
              u"::ffff:10.0.0.1"_s, u"fe80::1%epair0b"_s})
            QTest::newRow(qPrintable(u'"' + text + u'"')) << text;
    }
    void parseAddress()
    {
        QFETCH(QString, text);
        const QHostAddress expected(text);
        const QHostAddress parsed = InterfaceAddress::parseAddress(text);
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.protocol(), expected.protocol());
        QCOMPARE(InterfaceAddress::addressText(parsed), expected.toString());
    }

    // The address forms ifconfig(8) accepts after "inet" / "inet6".
    void fromIfconfigWords_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("used");
        QTest::newRow("cidr") << u"inet 10.0.0.1/24 up"_s << u"10.0.0.1/24"_s << 2;
        QTest::newRow("dotted netmask")
            << u"inet 10.0.0.1 netmask 255.255.255.0 up"_s << u"10.0.0.1/24"_s << 4;
        QTest::newRow("hex netmask")
            << u"inet 172.16.0.1 netmask 0xfffff000"_s << u"172.16.0.1/20"_s << 4;
        QTest::newRow("prefixlen")
            << u"inet6 2001:db8::1 prefixlen 64 auto_linklocal"_s << u"2001:db8::1/64"_s << 4;
        QTest::newRow("inet6 cidr") << u"inet6 2001:db8::5/64"_s << u"2001:db8::5/64"_s << 2;
        QTest::newRow("family mismatch") << u"inet 2001:db8::1/64"_s << QString() << 0;
        QTest::newRow("dhcp is no address") << u"DHCP"_s << QString() << 0;
    }
    void fromIfconfigWords()
    {
        QFETCH(QString, words);
        QFETCH(QString, expected);
        qsizetype used = 0;
        const auto address = InterfaceAddress::fromIfconfigWords(words.split(u' '), &used);
        QCOMPARE(address.has_value(), !expected.isEmpty());
        if (address) {
            QCOMPARE(address->toString(), expected);
            QTEST(int(used), "used");
        }
    }

    void subnetArithmetic()
    {
        const auto bridge = *InterfaceAddress::fromCidr(u"10.0.1.1/24");
        QCOMPARE(bridge.network(), QHostAddress(u"10.0.1.0"_s));
        QCOMPARE(bridge.broadcast(), QHostAddress(u"10.0.1.255"_s));
        QVERIFY(bridge.contains(QHostAddress(u"10.0.1.200"_s)));
        QVERIFY(!bridge.contains(QHostAddress(u"10.0.0.200"_s)));
        const auto v6 = *InterfaceAddress::fromCidr(u"2001:db8::1/64");
        QVERIFY(v6.broadcast().isNull());
        QVERIFY(v6.contains(QHostAddress(u"2001:db8::ffff:1"_s)));
        QVERIFY(!v6.contains(QHostAddress(u"10.0.1.200"_s)));
    }

    void nextFreeAddress_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QStringList>("used");
        QTest::addColumn<QString>("expected"); // empty: none
        QTest::newRow("empty segment: after the gateway")
            << u"10.0.0.1/24"_s << QStringList() << u"10.0.0.2"_s;
        QTest::newRow("after the highest in use")
            << u"10.0.0.1/24"_s << QStringList {u"10.0.0.10"_s, u"10.0.0.12"_s, u"10.0.0.11"_s}
            << u"10.0.0.13"_s;
        QTest::newRow("addresses of other subnets do not count")
            << u"10.0.0.1/24"_s << QStringList {u"10.0.1.50"_s} << u"10.0.0.2"_s;
        QTest::newRow("broadcast is skipped, then the lowest free")
            << u"10.0.0.1/24"_s << QStringList {u"10.0.0.2"_s, u"10.0.0.254"_s} << u"10.0.0.3"_s;
        QTest::newRow("gateway at the top")
            << u"10.0.0.254/24"_s << QStringList {u"10.0.0.253"_s} << u"10.0.0.1"_s;
        QTest::newRow("full /30") << u"10.0.0.1/30"_s << QStringList {u"10.0.0.2"_s} << QString();
        QTest::newRow("/31 has no room beside the gateway")
            << u"10.0.0.0/31"_s << QStringList() << QString();
        QTest::newRow("ipv6") << u"2001:db8:0:1::1/64"_s << QStringList {u"2001:db8:0:1::a"_s}
                              << u"2001:db8:0:1::b"_s;
        QTest::newRow("ipv6 carries over a byte")
            << u"2001:db8::1/64"_s << QStringList {u"2001:db8::ff"_s} << u"2001:db8::100"_s;
        QTest::newRow("ipv6 empty") << u"fd00:10::1/64"_s << QStringList() << u"fd00:10::2"_s;
    }
    void nextFreeAddress()
    {
        QFETCH(QString, gateway);
        QFETCH(QStringList, used);
        QFETCH(QString, expected);
        const auto address = AddressAllocator::nextFreeAddress(*InterfaceAddress::fromCidr(gateway),
                                                               addresses(used));
        QCOMPARE(address.has_value(), !expected.isEmpty());
        if (address)
            QCOMPARE(*address, QHostAddress(expected));
    }

    void epairUnits_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("neighbours");
        QTest::addColumn<QList<int>>("used");
        QTest::addColumn<int>("next");
        QTest::newRow("none") << QStringList() << QList<int>() << QList<int>() << 0;
        QTest::newRow("production template")
            << QStringList {u"ifconfig epair10 create up"_s, u"ifconfig bridge0 addm epair11a up"_s,
                            u"epair12b"_s, u"epair20"_s}
            << QList<int> {10, 11, 12} << QList<int> {10, 11, 12, 20} << 13;
        QTest::newRow("next after the neighbours is taken: after the highest")
            << QStringList {u"epair0b epair1b"_s, u"epair3"_s} << QList<int> {0}
            << QList<int> {0, 1, 3} << 4;
        QTest::newRow("a bridge without jails: after the highest in use")
            << QStringList {u"epair3b"_s, u"epair7"_s} << QList<int>() << QList<int> {3, 7} << 8;
        QTest::newRow("only the lowest is free")
            << QStringList {u"epair1 epair2"_s, u"epair32767"_s} << QList<int> {1}
            << QList<int> {1, 2, 32767} << 0;
        QTest::newRow("not a unit") << QStringList {u"myepair2x"_s, u"epair"_s, u"e0b_web"_s}
                                    << QList<int>() << QList<int>() << 0;
    }
    void epairUnits()
    {
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, neighbours);
        QFETCH(QList<int>, used);
        const QSet<int> units = AddressAllocator::usedEpairUnits(texts);
        QCOMPARE(units, QSet<int>(used.cbegin(), used.cend()));
        QTEST(AddressAllocator::nextFreeEpairUnit(
                  units, QSet<int>(neighbours.cbegin(), neighbours.cend())),
              "next");
    }
};

QTEST_GUILESS_MAIN(TestAddressAllocator)
#include "tst_addressallocator.moc"
