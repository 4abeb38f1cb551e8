#pragma once

#include "pfaddress.h"

#include <QString>
#include <QStringView>

#include <optional>

// Reads one address as pfctl's host() does: IPv4 (inet_pton, or
// inet_net_pton with a prefix), IPv6, or else a name (interface or host). The
// address bits outside the prefix are cleared, as set_ipmask() does.
class PfAddressParser
{
public:
    // `prefix` is -1 when none was written. Fills `error` with pfctl's wording.
    static std::optional<PfAddress> parse(QStringView text, int prefix, QString *error);
    static bool isIpv4(QStringView text);
    static bool isIpv6(QStringView text);
};
