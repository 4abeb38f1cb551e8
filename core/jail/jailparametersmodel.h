#pragma once

#include "jailconfresolvedjail.h"

#include <QAbstractTableModel>

// Every effective parameter of one jail with where it comes from (global,
// a wildcard section or the jail's own; file and line), for the jail pane.
class JailParametersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, Scope, Location, ColumnCount };
    enum Role { FileRole = Qt::UserRole + 1, LineRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setJail(const JailConfResolvedJail &jail);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString scopeText(const JailConfOrigin &origin);

private:
    QList<JailConfResolvedJail::Parameter> m_parameters;
};
