#include "pendingchangesmodel.h"

#include "hostsession.h"
#include "text/unifieddiff.h"

using namespace Qt::StringLiterals;

void PendingChangesModel::setSession(HostSession *session)
{
    disconnect(m_changed);
    disconnect(m_saved);
    m_session = session;
    if (session) {
        m_changed =
            connect(session, &HostSession::documentsChanged, this, &PendingChangesModel::refresh);
        m_saved = connect(session, &HostSession::saved, this, &PendingChangesModel::refresh);
    }
    refresh();
}

void PendingChangesModel::refresh()
{
    beginResetModel();
    m_paths = m_session ? m_session->modifiedPaths() : QStringList();
    endResetModel();
}

int PendingChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || index.row() < 0 || index.row() >= m_paths.size())
        return {};
    const QString &path = m_paths[index.row()];
    const auto diff = [&] {
        return unifiedDiff(path, m_session->original(path).text(), m_session->text(path));
    };
    switch (role) {
    case Qt::DisplayRole: {
        int added = 0;
        int removed = 0;
        const QString text = diff();
        for (QStringView line : QStringView(text).split(u'\n')) {
            if (line.startsWith(u'+') && !line.startsWith(u"+++"))
                ++added;
            else if (line.startsWith(u'-') && !line.startsWith(u"---"))
                ++removed;
        }
        return u"%1  (+%2 −%3)"_s.arg(path).arg(added).arg(removed);
    }
    case PathRole:
    case Qt::ToolTipRole:
        return path;
    case DiffRole:
        return diff();
    default:
        return {};
    }
}
