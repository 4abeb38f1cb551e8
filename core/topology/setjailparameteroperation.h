#pragma once

#include "hostconfiguration.h"
#include "operationresult.h"

// Sets a parameter of one jail in its own section (the first statement of that name is rewritten,
// its += lines go; without one a statement is added), in the file's quoting.
class SetJailParameterOperation
{
public:
    SetJailParameterOperation(QString jail, QString name, QStringList values);

    OperationResult compute(const HostConfiguration &host) const;

private:
    QString m_jail;
    QString m_name;
    QStringList m_values;
};
