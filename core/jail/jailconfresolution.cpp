#include "jailconfresolution.h"

const JailConfResolvedJail *JailConfResolution::jail(QStringView name) const
{
    for (auto it = jails.crbegin(); it != jails.crend(); ++it)
        if (it->name == name)
            return &*it;
    return nullptr;
}

bool JailConfResolution::hasErrors() const
{
    for (const Diagnostic &diagnostic : diagnostics)
        if (diagnostic.isError())
            return true;
    return false;
}
