#pragma once

#include "jailconfresolvedjail.h"
#include "text/diagnostic.h"

#include <QList>
#include <QStringView>

// Every jail of a jail.conf (wildcards left out) in file order, and what jail(8)
// would complain about while collecting them (unknown variables, loops, ...).
struct JailConfResolution
{
    QList<JailConfResolvedJail> jails;
    QList<Diagnostic> diagnostics;

    // The last jail with that name, or nullptr.
    const JailConfResolvedJail *jail(QStringView name) const;
    bool hasErrors() const;
    friend bool operator==(const JailConfResolution &, const JailConfResolution &) = default;
};
