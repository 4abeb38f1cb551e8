#include "removejailparameteroperation.h"

#include "jail/jailconfeditor.h"

using namespace Qt::StringLiterals;

RemoveJailParameterOperation::RemoveJailParameterOperation(QString jail, QString name)
    : m_jail(std::move(jail))
    , m_name(std::move(name))
{ }

OperationResult RemoveJailParameterOperation::compute(const HostConfiguration &host) const
{
    const JailConfResolvedJail *jail = host.resolution().jail(m_jail);
    if (!jail || jail->section < 0)
        return OperationResult::failure(u"there is no jail named %1"_s.arg(m_jail));
    const bool variable = m_name.startsWith(u'$');
    const QString bare = variable ? m_name.sliced(1) : m_name;
    const JailConfDocument &document = host.jailConf().documents()[jail->document];
    bool inSection = false;
    for (int index : document.statementsNamed(jail->section, bare))
        inSection = inSection || document.statements()[index].isVariable() == variable;
    if (!inSection) {
        const JailConfResolvedJail::Parameter *parameter =
            variable ? jail->variable(bare) : jail->parameter(bare);
        if (parameter && !parameter->statements.isEmpty()) {
            const JailConfOrigin &origin = parameter->statements.last();
            return OperationResult::failure(
                u"%1 of jail %2 is set for other jails too, at %3:%4; it is not in %2's own section"_s
                    .arg(m_name, m_jail, origin.file)
                    .arg(origin.line));
        }
        return OperationResult::failure(u"jail %1 has no parameter %2"_s.arg(m_jail, m_name));
    }
    OperationResult result;
    result.add({document.path(), JailConfEditor(document).removeParameter(jail->section, m_name)});
    result.description = u"Remove %1 from jail %2"_s.arg(m_name, m_jail);
    return result;
}
