#include "setjailparameteroperation.h"

#include "jail/jailconfeditor.h"

using namespace Qt::StringLiterals;

SetJailParameterOperation::SetJailParameterOperation(QString jail, QString name, QStringList values)
    : m_jail(std::move(jail))
    , m_name(std::move(name))
    , m_values(std::move(values))
{ }

OperationResult SetJailParameterOperation::compute(const HostConfiguration &host) const
{
    const JailConfResolvedJail *jail = host.resolution().jail(m_jail);
    if (!jail || jail->section < 0)
        return OperationResult::failure(u"there is no jail named %1"_s.arg(m_jail));
    if (m_name.isEmpty() || m_name.contains(u' ') || m_name.contains(u';'))
        return OperationResult::failure(u"\"%1\" is not a parameter name"_s.arg(m_name));
    const JailConfDocument &document = host.jailConf().documents()[jail->document];
    OperationResult result;
    result.add(
        {document.path(), JailConfEditor(document).setParameter(jail->section, m_name, m_values)});
    result.description = m_values.isEmpty()
        ? u"Set %1 for jail %2"_s.arg(m_name, m_jail)
        : u"Set %1 of jail %2 to %3"_s.arg(m_name, m_jail, m_values.join(u", "));
    return result;
}
