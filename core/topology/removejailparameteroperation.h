#pragma once

#include "hostconfiguration.h"
#include "operationresult.h"

// Removes a parameter from one jail's own section, every statement of that name with its line. A
// value the jail takes from the global parameters or a wildcard section is not touched: that would
// change every jail, so it is refused with where it comes from.
class RemoveJailParameterOperation
{
public:
    RemoveJailParameterOperation(QString jail, QString name);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_jail;
    QString m_name;
};
