#include "hostlistmodel.h"

#include "hostsession.h"

using namespace Qt::StringLiterals;

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    const HostSession *session = m_sessions.value(index.row());
    if (!session)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = session->host()->displayName();
        return session->modifiedPaths().isEmpty() ? name : name + u" *"_s;
    }
    case Qt::ToolTipRole: {
        QString tip = session->host()->id();
        if (session->host()->isReadOnly())
            tip += u"\n"_s + tr("read-only");
        const int modified = int(session->modifiedPaths().size());
        if (modified > 0)
            tip += u"\n"_s + tr("%n file(s) changed", nullptr, modified);
        return tip;
    }
    default:
        return {};
    }
}

void HostListModel::addSession(HostSession *session)
{
    beginInsertRows({}, int(m_sessions.size()), int(m_sessions.size()));
    session->setParent(this);
    m_sessions.append(session);
    endInsertRows();
    connect(session, &HostSession::documentsChanged, this,
            [this, session] { sessionChanged(session); });
    connect(session, &HostSession::saved, this, [this, session] { sessionChanged(session); });
}

void HostListModel::removeSession(HostSession *session)
{
    const int row = rowOf(session);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
    delete session;
}

int HostListModel::rowOf(const HostSession *session) const
{
    return int(m_sessions.indexOf(session));
}

void HostListModel::sessionChanged(HostSession *session)
{
    const QModelIndex changed = index(rowOf(session));
    emit dataChanged(changed, changed);
}
