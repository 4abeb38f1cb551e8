#include "benchmarkreport.h"
#include "jail/jailconfresolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A jail.conf with `count` VNET jails in the seeds' production style: global
// defaults, $bridge/$gateway/$netmask variables, one epair per jail made in
// exec.prestart and destroyed in exec.poststop.
QString productionStyle(int count)
{
    QString text = u"# /etc/jail.conf -- Production VNET Configuration\n"
                   "# Global settings\n"
                   "exec.start = \"/bin/sh /etc/rc\";\n"
                   "exec.stop = \"/bin/sh /etc/rc.shutdown jail\";\n"
                   "exec.clean;\n"
                   "mount.devfs;\n\n"
                   "# VNET defaults\n"
                   "$bridge = \"bridge0\";\n"
                   "$gateway = \"10.0.0.1\";\n"
                   "$netmask = \"16\";\n"_s;
    for (int i = 0; i < count; ++i) {
        const QString name = u"jail%1"_s.arg(i);
        const QString address = u"10.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 2);
        text += u"\n# Jail %1\n%1 {\n"
                "    host.hostname = \"%1.local\";\n"
                "    path = \"/jails/running/%1\";\n"
                "    vnet;\n"
                "    vnet.interface = \"epair%2b\";\n"
                "    $ip = \"%3\";\n"
                "    $epair = \"epair%2\";\n"
                "    exec.prestart = \"ifconfig $epair create up\";\n"
                "    exec.prestart += \"ifconfig $bridge addm ${epair}a up\";\n"
                "    exec.start += \"/sbin/ifconfig ${epair}b inet $ip/$netmask up\";\n"
                "    exec.start += \"/sbin/route add default $gateway\";\n"
                "    exec.poststop = \"ifconfig $bridge deletem ${epair}a\";\n"
                "    exec.poststop += \"ifconfig ${epair}a destroy\";\n"
                "    allow.raw_sockets;\n"
                "}\n"_s.arg(name)
                    .arg(i)
                    .arg(address);
    }
    return text;
}

} // namespace

class BenchJailConf : public QObject
{
    Q_OBJECT

private slots:
    void parseAndResolve1000()
    {
        const QString text = productionStyle(1000);
        JailConfResolution resolution;
        const double median = reportBenchmark("jailconf_parse_1000", "ms", [&] {
            const JailConfDocument document = JailConfDocument::parse(u"/etc/jail.conf"_s, text);
            resolution = JailConfResolver::resolve(document);
        });
        QVERIFY(median > 0);
        QCOMPARE(resolution.jails.size(), 1000);
        QVERIFY(resolution.diagnostics.isEmpty());
        QCOMPARE(resolution.jails.last().values(u"exec.start").last(),
                 u"/sbin/route add default 10.0.0.1"_s);
        QCOMPARE(resolution.jails[999].values(u"exec.prestart").last(),
                 u"ifconfig bridge0 addm epair999a up"_s);
    }
};

QTEST_GUILESS_MAIN(BenchJailConf)
#include "bench_jailconf.moc"
