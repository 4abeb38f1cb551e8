#pragma once

#include <QString>
#include <QStringList>

// A big host in the seeds' production template (freebsd-vnet-jails-guide.txt),
// shared by the jail.conf, topology and host model benchmarks: `jailCount`
// VNET jails spread over `bridgeCount` bridges, jail i on bridge
// i % bridgeCount with epair unit 100 + i. Global defaults are for bridge0;
// jails on other bridges set $bridge and $gateway.
inline QString generatedJailConf(int jailCount, int bridgeCount)
{
    using namespace Qt::StringLiterals;
    QString text =
        u"# /etc/jail.conf -- Production VNET Configuration\n"
        "exec.start = \"/bin/sh /etc/rc\";\n"
        "exec.stop = \"/bin/sh /etc/rc.shutdown jail\";\n"
        "exec.clean;\nmount.devfs;\n\n"
        "# VNET defaults\n$bridge = \"bridge0\";\n$gateway = \"10.0.0.1\";\n$netmask = \"24\";\n"_s;
    for (int i = 0; i < jailCount; ++i) {
        const int bridge = i % bridgeCount;
        const int host = 10 + i / bridgeCount;
        const int unit = 100 + i;
        text +=
            u"\n# jail %1\njail%1 {\n    host.hostname = \"jail%1.local\";\n"
            "    path = \"/jails/running/jail%1\";\n    vnet;\n    vnet.interface = \"epair%2b\";\n"_s
                .arg(i)
                .arg(unit);
        if (bridge != 0) {
            text += u"    $bridge = \"bridge%1\";\n    $gateway = \"10.0.%1.1\";\n"_s.arg(bridge);
        }
        text += u"    $ip = \"10.0.%1.%2\";\n    $epair = \"epair%3\";\n"
                "    exec.prestart = \"ifconfig $epair create up\";\n"
                "    exec.prestart += \"ifconfig $bridge addm ${epair}a up\";\n"
                "    exec.start += \"/sbin/ifconfig ${epair}b inet $ip/$netmask up\";\n"
                "    exec.start += \"/sbin/route add default $gateway\";\n"
                "    exec.poststop = \"ifconfig $bridge deletem ${epair}a\";\n"
                "    exec.poststop += \"ifconfig ${epair}a destroy\";\n"
                "    allow.raw_sockets;\n}\n"_s.arg(bridge)
                    .arg(host)
                    .arg(unit);
    }
    return text;
}

// The host's rc.conf for generatedJailConf(): the uplink, every bridge with
// its gateway address, and every jail in jail_list.
inline QString generatedRcConf(int jailCount, int bridgeCount)
{
    using namespace Qt::StringLiterals;
    QStringList bridges;
    QStringList jails;
    QString text = u"hostname=\"bench.example.org\"\nifconfig_em0=\"inet 198.51.100.20/24\"\n"
                   "defaultrouter=\"198.51.100.1\"\n"_s;
    for (int b = 0; b < bridgeCount; ++b) {
        bridges.append(u"bridge%1"_s.arg(b));
        text += u"ifconfig_bridge%1=\"inet 10.0.%1.1/24 up\"\n"_s.arg(b);
    }
    for (int i = 0; i < jailCount; ++i)
        jails.append(u"jail%1"_s.arg(i));
    text += u"cloned_interfaces=\"%1\"\nkld_list=\"if_bridge if_epair\"\ngateway_enable=\"YES\"\n"
            "pf_enable=\"YES\"\njail_enable=\"YES\"\njail_list=\"%2\"\n"_s.arg(bridges.join(u' '),
                                                                               jails.join(u' '));
    return text;
}
