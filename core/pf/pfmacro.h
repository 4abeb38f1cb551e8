#pragma once

#include "text/span.h"

#include <QString>

// `name = value`: value is the macro's text with quotes removed and nested
// macros expanded, exactly what pfctl substitutes for `$name`.
struct PfMacro
{
    QString name;
    QString value;
    int statement = -1;
    int line = 0;
    Span span;
};
