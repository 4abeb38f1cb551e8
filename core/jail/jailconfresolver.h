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
    // The resolution of `set`, made from `previous`, the resolution of the set
    // before documents()[document] was edited as `change` describes. When the
    // edit replaced jail sections only, a jail's parameters cannot depend on it
    // unless its own section was replaced: the other jails are carried over
    // from `previous` (with their origins moved), the rest is resolved again.
    // Otherwise everything is. `carriedOver` gets, for each jail, the index in
    // previous.jails it was carried over from, or -1.
    static JailConfResolution resolve(const JailConfDocumentSet &set,
                                      const JailConfResolution &previous, int document,
                                      const JailConfDocumentChange &change,
                                      QList<int> *carriedOver = nullptr);

    // jail(8)'s equalopts(): the same parameter, with or without a "no" prefix on its last
    // components.
    static bool sameParameter(QStringView a, QStringView b);
};
