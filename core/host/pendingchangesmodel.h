#pragma once

#include <QAbstractListModel>
#include <QPointer>

class HostSession;

// The files of a host session that differ from what was read, with the size
// of each change; the pending-changes dock lists them before anything is saved.
class PendingChangesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, DiffRole };

    using QAbstractListModel::QAbstractListModel;

    void setSession(HostSession *session);
    HostSession *session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void refresh();

    QPointer<HostSession> m_session;
    QStringList m_paths;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_saved;
};
