#include "pfpacketinterface.h"

using namespace Qt::StringLiterals;

QStringList PfPacketInterface::impliedGroups() const
{
    // if_clone(9) adds each cloned interface to the group named after its cloner.
    static const QStringList cloners {u"bridge"_s, u"epair"_s, u"lo"_s,     u"vlan"_s, u"tap"_s,
                                      u"tun"_s,    u"gif"_s,   u"gre"_s,    u"lagg"_s, u"wg"_s,
                                      u"vxlan"_s,  u"pflog"_s, u"pfsync"_s, u"enc"_s,  u"ovpn"_s};
    QStringList result {u"all"_s};
    qsizetype end = name.size();
    if (name.startsWith(u"epair"_s) && end > 0 && (name.back() == u'a' || name.back() == u'b'))
        --end;
    while (end > 0 && name.at(end - 1).isDigit())
        --end;
    if (end < name.size()) {
        const QString driver = name.left(end);
        if (cloners.contains(driver))
            result.append(driver);
    }
    return result;
}

bool PfPacketInterface::isInGroup(QStringView group) const
{
    return groups.contains(group) || impliedGroups().contains(group);
}
