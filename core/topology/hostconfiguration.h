#pragma once

#include "hostnetwork.h"
#include "jail/jailconfdocumentset.h"
#include "jail/jailconfresolution.h"
#include "rc/rcconfiguration.h"
#include "text/documentedit.h"

#include <optional>
#include <QHash>
#include <QList>

// A host's jail network configuration as documents plus what is derived from
// them (resolved jails, the understood network). Operations read it; applying
// their edits gives the next one, derived again from the edited texts.
class HostConfiguration
{
public:
    HostConfiguration() = default;
    HostConfiguration(JailConfDocumentSet jailConf, RcConfiguration rc,
                      QHash<QString, RcConfiguration> jailRc = {});
    // For a caller that resolved jailConf already (to find the jails' own
    // rc.conf): `resolution` must be JailConfResolver::resolve(jailConf).
    HostConfiguration(JailConfDocumentSet jailConf, JailConfResolution resolution,
                      RcConfiguration rc, QHash<QString, RcConfiguration> jailRc);

    const JailConfDocumentSet &jailConf() const { return m_jailConf; }
    const JailConfResolution &resolution() const { return m_resolution; }
    const RcConfiguration &rc() const { return m_rc; }
    const QHash<QString, RcConfiguration> &jailRc() const { return m_jailRc; }
    const HostNetwork &network() const { return m_network; }

    // The configuration after `edits`; nullopt with `error` set when an edit
    // does not fit its document or names a file this host does not have.
    // When the edits of jail.conf files stay inside jail sections of one file
    // (the usual operation), only the sections they touch are parsed, resolved
    // and read again; the result is the same as deriving everything anew.
    // When the jail.conf files are read again whole (an .include added, say),
    // the includes come from `files` if given (the host's files with the edits
    // applied), else from the files this configuration holds.
    std::optional<HostConfiguration> applied(const QList<DocumentEdit> &edits,
                                             QString *error = nullptr,
                                             const JailConfReader *files = nullptr) const;

private:
    HostConfiguration(JailConfDocumentSet jailConf, JailConfResolution resolution,
                      RcConfiguration rc, QHash<QString, RcConfiguration> jailRc,
                      QList<HostNetwork::Jail> readJails);

    JailConfDocumentSet m_jailConf;
    JailConfResolution m_resolution;
    RcConfiguration m_rc;
    QHash<QString, RcConfiguration> m_jailRc;
    // Each jail as HostNetwork::readJail() gave it, kept so that applied()
    // reads again only the jails an edit changed.
    QList<HostNetwork::Jail> m_readJails;
    HostNetwork m_network;
};
