#include "jailconfresolvedjail.h"

#include "jailconfresolver.h"

QStringList JailConfResolvedJail::Parameter::texts() const
{
    QStringList result;
    result.reserve(values.size());
    for (const Value &value : values)
        result.append(value.text);
    return result;
}

const JailConfResolvedJail::Parameter *JailConfResolvedJail::parameter(QStringView name) const
{
    for (const Parameter &parameter : parameters)
        if (parameter.name == name)
            return &parameter;
    for (const Parameter &parameter : parameters)
        if (JailConfResolver::sameParameter(parameter.name, name))
            return &parameter;
    return nullptr;
}

const JailConfResolvedJail::Parameter *JailConfResolvedJail::variable(QStringView name) const
{
    for (const Parameter &variable : variables)
        if (variable.name == name)
            return &variable;
    return nullptr;
}

QStringList JailConfResolvedJail::values(QStringView name) const
{
    const Parameter *found = parameter(name);
    return found ? found->texts() : QStringList();
}

QString JailConfResolvedJail::value(QStringView name) const
{
    const Parameter *found = parameter(name);
    return found && !found->values.isEmpty() ? found->values.last().text : QString();
}

// config.c bool_param()
bool JailConfResolvedJail::isTrue(QStringView name) const
{
    const Parameter *found = parameter(name);
    if (!found)
        return false;
    const qsizetype dot = found->name.lastIndexOf(u'.');
    const bool negated = QStringView(found->name).sliced(dot + 1).startsWith(u"no");
    bool truthy = found->values.isEmpty();
    if (!truthy) {
        const QString &last = found->values.last().text;
        truthy = last.compare(u"true", Qt::CaseInsensitive) == 0;
        if (!truthy) {
            // strtol(): leading blanks, a sign, then digits; anything after is ignored.
            const QStringView digits = QStringView(last).trimmed();
            qsizetype end = digits.startsWith(u'-') || digits.startsWith(u'+') ? 1 : 0;
            while (end < digits.size() && digits[end].isDigit())
                ++end;
            truthy = digits.first(end).toLongLong() != 0;
        }
    }
    return negated != truthy;
}
