#include "renamejailoperation.h"

#include "jail/jailconfeditor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

RenameJailOperation::RenameJailOperation(QString jail, QString newName)
    : m_jail(std::move(jail))
    , m_newName(std::move(newName))
{ }

OperationResult RenameJailOperation::compute(const HostConfiguration &host) const
{
    static const QRegularExpression validName(u"^[A-Za-z0-9_][A-Za-z0-9_-]*$"_s);
    const JailConfResolvedJail *jail = host.resolution().jail(m_jail);
    if (!jail || jail->section < 0)
        return OperationResult::failure(u"there is no jail named %1"_s.arg(m_jail));
    if (!validName.match(m_newName).hasMatch()) {
        return OperationResult::failure(
            u"\"%1\" is not a jail name this tool writes: use letters, digits, '_' and '-'"_s.arg(
                m_newName));
    }
    if (host.resolution().jail(m_newName))
        return OperationResult::failure(u"there is already a jail named %1"_s.arg(m_newName));

    OperationResult result;
    const JailConfDocument &document = host.jailConf().documents()[jail->document];
    result.add({document.path(), JailConfEditor(document).renameSection(jail->section, m_newName)});
    // Other jails that depend on it, where their own section says so.
    for (const JailConfResolvedJail &other : host.resolution().jails) {
        const JailConfResolvedJail::Parameter *depend = other.parameter(u"depend");
        if (other.name == m_jail || !depend)
            continue;
        for (const JailConfOrigin &origin : depend->statements) {
            if (origin.scope != JailConfOrigin::Scope::Jail || origin.statement < 0)
                continue;
            const JailConfDocument &holder = host.jailConf().documents()[origin.document];
            const JailConfStatement &statement = holder.statements()[origin.statement];
            QStringList values;
            bool changed = false;
            for (const JailConfValue &value : statement.values) {
                const bool match = value.unquoted() == m_jail;
                values.append(match ? m_newName : value.unquoted());
                changed = changed || match;
            }
            if (changed)
                result.add({holder.path(),
                            JailConfEditor(holder).replaceValues(origin.statement, values)});
        }
    }
    QStringList list = host.rc().words(u"jail_list"_s);
    if (const qsizetype at = list.indexOf(m_jail); at >= 0) {
        list[at] = m_newName;
        if (const auto edit = host.rc().setValue(u"jail_list"_s, list.join(u' ')))
            result.add(*edit);
    }
    result.description = u"Rename jail %1 to %2"_s.arg(m_jail, m_newName);
    return result;
}
