#pragma once

#include "hostconfiguration.h"
#include "interfaceaddress.h"
#include "operationresult.h"

// The edits that replace one address of a jail by another where the host's
// files write it: in the jail's own section, else in its own rc.conf.
class JailAddressEdits
{
public:
    // False when the old address is written in neither place.
    static bool add(const HostConfiguration &host, const JailConfResolvedJail &jail,
                    const InterfaceAddress &from, const InterfaceAddress &to,
                    OperationResult &result);
};
