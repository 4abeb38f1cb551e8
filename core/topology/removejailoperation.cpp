#include "removejailoperation.h"

#include "jail/jailconfeditor.h"

using namespace Qt::StringLiterals;

RemoveJailOperation::RemoveJailOperation(QString jail)
    : m_jail(std::move(jail))
{ }

OperationResult RemoveJailOperation::compute(const HostConfiguration &host) const
{
    const JailConfResolvedJail *jail = host.resolution().jail(m_jail);
    if (!jail || jail->section < 0)
        return OperationResult::failure(u"there is no jail named %1"_s.arg(m_jail));
    QStringList dependants;
    for (const JailConfResolvedJail &other : host.resolution().jails) {
        if (other.name != m_jail && other.values(u"depend").contains(m_jail))
            dependants.append(other.name);
    }
    if (!dependants.isEmpty()) {
        return OperationResult::failure(u"%1 cannot go: %2 depend%3 on it"_s.arg(
            m_jail, dependants.join(u", "), dependants.size() == 1 ? u"s"_s : QString()));
    }
    OperationResult result;
    const JailConfDocument &document = host.jailConf().documents()[jail->document];
    result.add({document.path(), JailConfEditor(document).removeSection(jail->section)});
    if (const auto edit = host.rc().removeWord(u"jail_list"_s, m_jail))
        result.add(*edit);
    const QString path = jail->value(u"path");
    result.description = path.isEmpty()
        ? u"Remove jail %1"_s.arg(m_jail)
        : u"Remove jail %1 (its files in %2 stay)"_s.arg(m_jail, path);
    return result;
}
