#pragma once

#include "hostconfiguration.h"
#include "operationresult.h"

// Removes a jail's section (with its comment) and its jail_list entry. Refused while other jails
// depend on it. Its files stay on disk.
class RemoveJailOperation
{
public:
    explicit RemoveJailOperation(QString jail);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_jail;
};
