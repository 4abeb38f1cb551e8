#include "jailparametersmodel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

void JailParametersModel::setJail(const JailConfResolvedJail &jail)
{
    beginResetModel();
    m_parameters = jail.parameters;
    endResetModel();
}

void JailParametersModel::clear()
{
    beginResetModel();
    m_parameters.clear();
    endResetModel();
}

int JailParametersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parameters.size());
}

int JailParametersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JailParametersModel::scopeText(const JailConfOrigin &origin)
{
    switch (origin.scope) {
    case JailConfOrigin::Scope::Global:
        return tr("global");
    case JailConfOrigin::Scope::Wildcard:
        return tr("wildcard %1").arg(origin.section);
    case JailConfOrigin::Scope::Jail:
        return tr("own");
    case JailConfOrigin::Scope::Implicit:
        return tr("section name");
    }
    return {};
}

QVariant JailParametersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_parameters.size())
        return {};
    const JailConfResolvedJail::Parameter &parameter = m_parameters[index.row()];
    // The statement that set it last decides where it shows as coming from.
    const JailConfOrigin origin =
        parameter.statements.isEmpty() ? JailConfOrigin() : parameter.statements.last();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return parameter.name;
        case Value:
            return parameter.values.isEmpty() ? tr("(set)") : parameter.texts().join(u"\n"_s);
        case Scope: {
            QStringList scopes;
            for (const JailConfOrigin &statement : parameter.statements) {
                const QString text = scopeText(statement);
                if (!scopes.contains(text))
                    scopes.append(text);
            }
            return scopes.join(u" + "_s);
        }
        case Location:
            return origin.line > 0
                ? u"%1:%2"_s.arg(QFileInfo(origin.file).fileName()).arg(origin.line)
                : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Location || index.column() == Scope) {
            QStringList lines;
            for (const JailConfOrigin &statement : parameter.statements)
                lines.append(u"%1:%2 (%3)"_s.arg(statement.file)
                                 .arg(statement.line)
                                 .arg(scopeText(statement)));
            return lines.join(u'\n');
        }
        if (parameter.failed)
            return tr("A variable in this value is not defined.");
        return {};
    case FileRole:
        return origin.file;
    case LineRole:
        return origin.line;
    default:
        break;
    }
    return {};
}

QVariant JailParametersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Parameter");
    case Value:
        return tr("Value");
    case Scope:
        return tr("Set by");
    case Location:
        return tr("Where");
    }
    return {};
}
