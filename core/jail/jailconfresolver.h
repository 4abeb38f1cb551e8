#pragma once

#include "jailconfdocumentset.h"
#include "jailconfresolution.h"

// Gives every jail its effective parameters exactly as jail(8) does (config.c
// load_config()): files are read in order with includes spliced in where they
// stand; parameters outside any section form a wildcard section at that point;
// a jail collects the wildcard sections before it, then its own parameters,
// then the wildcard sections after it, so later ones win; `=` replaces and `+=`
// appends; a numeric name sets jid instead of name; variables are expanded per
// jail after collection.
class JailConfResolver
{
public:
    static JailConfResolution resolve(const JailConfDocumentSet &set);
    static JailConfResolution resolve(const JailConfDocument &document);

    // jail(8)'s equalopts(): the same parameter, with or without a "no" prefix on its last
    // components.
    static bool sameParameter(QStringView a, QStringView b);
};
