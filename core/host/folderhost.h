#pragma once

#include "host.h"

// A host whose files live in a folder shaped like the host's file system: a
// config repository, a backup, or the bundled demo host (a Qt resource folder).
// It reads every file below a folder named "etc", at any depth, so a jail's own
// etc/ comes along with the host's.
class FolderHost : public Host
{
    Q_OBJECT

public:
    explicit FolderHost(QString folder, QObject *parent = nullptr);

    // The demo host bundled with the application.
    static QString demoFolder();

    QString folder() const { return m_folder; }
    QString id() const override;
    QString displayName() const override;
    bool isReadOnly() const override;
    void requestSnapshot() override;
    void writeFiles(const QMap<QString, QByteArray> &files) override;

private:
    QString m_folder;
};
