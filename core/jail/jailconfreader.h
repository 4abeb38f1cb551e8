#pragma once

#include "text/sourcefile.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Where a jail.conf and the files it includes come from: the local file
// system, a Qt resource folder (":/..."), a host snapshot held in memory.
struct JailConfReader
{
    // The file at `path`, or nullopt when it cannot be read.
    std::function<std::optional<SourceFile>(const QString &path)> read;
    // The existing files matching an absolute glob(3) pattern, sorted like glob(3) does.
    std::function<QStringList(const QString &pattern)> glob;

    // Reads files with QFile and expands patterns with QDir, so it serves the
    // local file system and Qt resources alike.
    static JailConfReader fileSystem();
    // Serves the given files only (path -> text); for snapshots and tests.
    static JailConfReader inMemory(const QHash<QString, QString> &files);
};
