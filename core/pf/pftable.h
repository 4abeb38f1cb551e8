#pragma once

#include "pfaddress.h"
#include "pftablesource.h"

#include "text/span.h"

#include <QList>
#include <QString>
#include <QStringList>

// `table <name> [persist] [const] [counters] [file "path"] [{ entries }]`.
struct PfTable
{
    QString name;
    bool persist = false;
    bool constant = false;
    bool counters = false;
    QList<PfAddress> entries; // inline entries and those read from files
    QStringList files; // file "path" clauses, as written
    QList<PfTableSource> sources; // the file and inline clauses in file order
    int statement = -1;
    int line = 0;
    Span span;
};
