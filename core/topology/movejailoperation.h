#pragma once

#include "hostconfiguration.h"
#include "operationresult.h"

// Moves a VNET jail to another bridge: its epair joins the new bridge, it gets
// a free address in that bridge's subnet and the bridge's address as its
// default route. Values written in the jail's section are rewritten in place;
// variables it takes from the global parameters ($bridge, $gateway, ...) are
// set in its own section instead, so other jails keep theirs.
class MoveJailOperation
{
public:
    MoveJailOperation(QString jail, QString bridge);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_jail;
    QString m_bridge;
};
