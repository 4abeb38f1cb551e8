#include "nodepositionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

NodePositionStore::NodePositionStore(const QString &folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                       + u"/canvas-positions"_s
                   : folder)
{ }

QString NodePositionStore::fileFor(const QString &hostId) const
{
    // Host ids hold characters no file name should ("user@host:22", paths).
    const QByteArray digest =
        QCryptographicHash::hash(hostId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_folder + u'/' + QString::fromLatin1(digest) + u".json"_s;
}

QHash<QString, QPointF> NodePositionStore::load(const QString &hostId) const
{
    QHash<QString, QPointF> positions;
    QFile file(fileFor(hostId));
    if (!file.open(QIODevice::ReadOnly))
        return positions;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"host"_s).toString() != hostId)
        return positions;
    const QJsonObject nodes = root.value(u"positions"_s).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        if (xy.size() == 2 && xy[0].isDouble() && xy[1].isDouble())
            positions.insert(it.key(), QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return positions;
}

bool NodePositionStore::save(const QString &hostId, const QHash<QString, QPointF> &positions) const
{
    if (!QDir().mkpath(m_folder))
        return false;
    QJsonObject nodes;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        nodes.insert(it.key(), QJsonArray {it.value().x(), it.value().y()});
    const QJsonObject root {{u"host"_s, hostId}, {u"positions"_s, nodes}};
    QSaveFile file(fileFor(hostId));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson());
    return file.commit();
}
