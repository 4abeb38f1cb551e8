#pragma once

#include <QHash>
#include <QPointF>
#include <QString>

// Where the user dragged canvas cards, one small JSON file per host in the
// user's config folder (never among the host's own files). A file that is
// missing or unreadable simply means "no positions": the layout takes over.
class NodePositionStore
{
public:
    // `folder` defaults to <AppConfigLocation>/canvas-positions.
    explicit NodePositionStore(const QString &folder = QString());

    QString folder() const { return m_folder; }
    QString fileFor(const QString &hostId) const;
    QHash<QString, QPointF> load(const QString &hostId) const;
    bool save(const QString &hostId, const QHash<QString, QPointF> &positions) const;

private:
    QString m_folder;
};
