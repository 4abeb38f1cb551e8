#pragma once

#include "pfaddress.h"
#include "pfrangespec.h"

#include <QList>

// The source or destination of a rule: hosts (any of them matches; empty means
// any), ports (any of them matches; empty means any) and an OS fingerprint.
struct PfEndpoint
{
    QList<PfAddress> hosts;
    QList<PfRangeSpec> ports;
    QString os;

    bool isAny() const { return hosts.isEmpty() && ports.isEmpty() && os.isEmpty(); }
    friend bool operator==(const PfEndpoint &, const PfEndpoint &) = default;
};
