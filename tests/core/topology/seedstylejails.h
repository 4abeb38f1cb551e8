#pragma once

#include <QString>

// The jails of the host in the seeds' style that tst_hostconfiguration and
// tst_hostmodel share: web, db and cache in /etc/jail.conf (cache sets $bridge
// and $gateway for bridge1; db's address is in its own rc.conf), mail in
// /etc/jail.conf.d/mail.conf, which /etc/jail.conf includes.
inline const QString seedStyleJailConf =
    QStringLiteral("exec.start = \"/bin/sh /etc/rc\";\n"
                   "$bridge = \"bridge0\";\n"
                   "$gateway = \"10.0.0.1\";\n"
                   ".include \"/etc/jail.conf.d/*.conf\";\n"
                   "\n"
                   "# jail web\n"
                   "web {\n"
                   "    vnet;\n"
                   "    vnet.interface = \"epair1b\";\n"
                   "    path = \"/jails/web\";\n"
                   "    exec.prestart = \"ifconfig epair1 create up\";\n"
                   "    exec.prestart += \"ifconfig $bridge addm epair1a up\";\n"
                   "    exec.start += \"/sbin/ifconfig epair1b inet 10.0.0.11/24 up\";\n"
                   "    exec.start += \"/sbin/route add default $gateway\";\n"
                   "}\n"
                   "\n"
                   "# jail db\n"
                   "db {\n"
                   "    vnet;\n"
                   "    vnet.interface = \"epair2b\";\n"
                   "    path = \"/jails/db\";\n"
                   "    exec.prestart = \"ifconfig epair2 create up\";\n"
                   "    exec.prestart += \"ifconfig $bridge addm epair2a up\";\n"
                   "}\n"
                   "\n"
                   "# jail cache\n"
                   "cache {\n"
                   "    vnet;\n"
                   "    vnet.interface = \"epair3b\";\n"
                   "    path = \"/jails/cache\";\n"
                   "    $bridge = \"bridge1\";\n"
                   "    $gateway = \"10.0.1.1\";\n"
                   "    exec.prestart = \"ifconfig epair3 create up\";\n"
                   "    exec.prestart += \"ifconfig $bridge addm epair3a up\";\n"
                   "    exec.start += \"/sbin/ifconfig epair3b inet 10.0.1.13/24 up\";\n"
                   "    exec.start += \"/sbin/route add default $gateway\";\n"
                   "}\n");

inline const QString seedStyleMailConf =
    QStringLiteral("mail {\n"
                   "    vnet;\n"
                   "    vnet.interface = \"epair4b\";\n"
                   "    path = \"/jails/mail\";\n"
                   "    exec.prestart = \"ifconfig epair4 create up\";\n"
                   "    exec.prestart += \"ifconfig $bridge addm epair4a up\";\n"
                   "    exec.start += \"/sbin/ifconfig epair4b inet 10.0.0.14/24 up\";\n"
                   "}\n");
