#include "jailconfsection.h"

// jail.c wild_jail_name(): a '*' that is a whole name component.
bool JailConfSection::isWildcard() const
{
    for (qsizetype at = name.indexOf(u'*'); at >= 0; at = name.indexOf(u'*', at + 1)) {
        const bool startsComponent = at == 0 || name[at - 1] == u'.';
        const bool endsComponent = at + 1 == name.size() || name[at + 1] == u'.';
        if (startsComponent && endsComponent)
            return true;
    }
    return false;
}

// jail.c wild_jail_match(): a non-final "*" component matches one jail name
// component, a final "*" matches one or more.
bool JailConfSection::wildcardMatches(QStringView wild, QStringView jail)
{
    while (true) {
        const qsizetype jailDot = jail.indexOf(u'.');
        const qsizetype wildDot = wild.indexOf(u'.');
        if (jailDot < 0 || wildDot < 0)
            break;
        // strncmp(jc, wc, jd - jc + 1): the component and its dot must agree.
        const bool same = jail.first(jailDot + 1) == wild.first(qMin(wild.size(), jailDot + 1));
        if (!same && !wild.startsWith(u"*."))
            return false;
        jail = jail.sliced(jailDot + 1);
        wild = wild.sliced(wildDot + 1);
    }
    return jail == wild || wild == u"*";
}
