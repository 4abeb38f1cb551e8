#pragma once

#include "jail/jailconfdocumentset.h"
#include "jail/jailconfresolver.h"
#include "rc/rcconfiguration.h"
#include "topology/hostnetwork.h"

#include <QHash>
#include <QString>

using namespace Qt::StringLiterals;

// A host made from texts in memory: /etc/jail.conf, /etc/rc.conf and jails' own rc.conf.
struct TestHost
{
    JailConfDocumentSet jailConf;
    JailConfResolution resolution;
    RcConfiguration rc;
    QHash<QString, RcConfiguration> jailRc;
    HostNetwork network;

    static TestHost fromTexts(const QString &jailConf, const QString &rcConf,
                              const QHash<QString, QString> &jailRcTexts = {})
    {
        TestHost host;
        host.jailConf = JailConfDocumentSet::fromDocument(
            JailConfDocument::parse(u"/etc/jail.conf"_s, jailConf), JailConfReader::inMemory({}));
        host.resolution = JailConfResolver::resolve(host.jailConf);
        host.rc = RcConfiguration({RcConfDocument::fromText(u"/etc/rc.conf"_s, rcConf)});
        for (auto it = jailRcTexts.cbegin(); it != jailRcTexts.cend(); ++it)
            host.jailRc.insert(it.key(),
                               RcConfiguration({RcConfDocument::fromText(
                                   u"/jails/%1/etc/rc.conf"_s.arg(it.key()), it.value())}));
        host.network = HostNetwork::derive(host.resolution, host.rc, host.jailRc);
        return host;
    }

    // The demo host shipped in resources/demo-host.
    static TestHost demo()
    {
        const QString root = QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host");
        TestHost host;
        host.jailConf = JailConfDocumentSet::load(root + u"/etc/jail.conf"_s);
        host.resolution = JailConfResolver::resolve(host.jailConf);
        host.rc = RcConfiguration::load(root + u"/etc"_s);
        host.jailRc = HostNetwork::readJailRc(host.resolution, root);
        host.network = HostNetwork::derive(host.resolution, host.rc, host.jailRc);
        return host;
    }
};
