#pragma once

#include <QAbstractListModel>

class HostSession;

// The open hosts, for the hosts list. Owns the sessions.
class HostListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void addSession(HostSession *session);
    // Takes the session out of the list and deletes it with everything it owns.
    void removeSession(HostSession *session);
    HostSession *session(int row) const { return m_sessions.value(row); }
    int rowOf(const HostSession *session) const;
    const QList<HostSession *> &sessions() const { return m_sessions; }

private:
    void sessionChanged(HostSession *session);

    QList<HostSession *> m_sessions;
};
