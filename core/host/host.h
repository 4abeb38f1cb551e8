#pragma once

#include "hostsnapshot.h"

#include <QMap>
#include <QObject>

// Where a host's configuration comes from and goes back to: an offline folder,
// or a machine reached through the privileged helper. Every call answers with a
// signal, so remote hosts can do their work without blocking the UI.
class Host : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Stable across runs; per-host user settings (canvas positions) use it.
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual bool isReadOnly() const = 0;

    virtual void requestSnapshot() = 0;
    // Writes whole files, each atomically; answers with filesWritten or writeFailed.
    virtual void writeFiles(const QMap<QString, QByteArray> &files) = 0;

signals:
    void snapshotReady(const HostSnapshot &snapshot);
    void snapshotFailed(const QString &message);
    void filesWritten(const QStringList &paths);
    void writeFailed(const QString &message);
};
