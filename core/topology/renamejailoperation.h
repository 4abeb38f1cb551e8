#pragma once

#include "hostconfiguration.h"
#include "operationresult.h"

// Renames a jail: its section, its entry in rc.conf's jail_list (keeping its place in the start
// order) and other jails' `depend` on it. Its path and host name stay: they name files and a host,
// not the jail.
class RenameJailOperation
{
public:
    RenameJailOperation(QString jail, QString newName);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_jail;
    QString m_newName;
};
