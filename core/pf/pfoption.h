#pragma once

#include "text/span.h"

#include <QString>
#include <QStringList>

// A `set` option. `name` is the option keyword ("block-policy", "skip",
// "timeout", "limit", "state-policy", ...); `values` its arguments after
// macro expansion, each entry one setting ("on lo0" for skip: "lo0";
// timeout/limit: "tcp.first 120").
struct PfOption
{
    QString name;
    QStringList values;
    int statement = -1;
    int line = 0;
    Span span;
};
