#pragma once

#include "text/sourcefile.h"

#include <QMap>
#include <QString>

// The configuration files of a host as read at one moment, keyed by their
// absolute path on the host ("/etc/jail.conf").
struct HostSnapshot
{
    QMap<QString, SourceFile> files;
};
