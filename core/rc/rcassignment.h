#pragma once

#include "text/span.h"

#include <QList>
#include <QString>

// One `name=value` assignment in an rc.conf(5) file, as sh(1) reads it.
struct RcAssignment
{
    // A piece of the value: literal text, or a `$name` / `${name}` reference that
    // takes the variable's value at this point of the files (sh expands in order).
    struct Part
    {
        QString text;
        bool variable = false;

        friend bool operator==(const Part &, const Part &) = default;
    };

    QString name;
    QList<Part> parts;
    Span nameSpan;
    Span valueSpan; // the value word as written, quotes included; empty for `name=`
    Span statementSpan; // `name=value`
    int line = 0;
    int column = 0;
    // The quote the value starts with ('"' or '\''), or a null QChar when unquoted.
    QChar quote;
    // False when the value uses command substitution or an expansion other than
    // plain `$name` / `${name}`: its value is then not known without running sh.
    bool understood = true;

    bool isLiteral() const
    {
        return understood && std::none_of(parts.cbegin(), parts.cend(), [](const Part &part) {
                   return part.variable;
               });
    }
    friend bool operator==(const RcAssignment &, const RcAssignment &) = default;
};
