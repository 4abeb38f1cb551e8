#pragma once

#include "pfaddress.h"

#include <QList>
#include <QString>

// One clause of a table definition that adds addresses: `file "path"` or an
// inline `{ ... }` list, kept in file order because pfctl prints them so.
struct PfTableSource
{
    QString file; // empty for an inline list
    QList<PfAddress> entries; // the inline entries (a file's entries are only in PfTable::entries)
};
