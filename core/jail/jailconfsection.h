#pragma once

#include "text/span.h"

#include <QString>
#include <QStringView>

// A `name { ... }` jail definition. `*` and names like `foo.*` are wildcards.
struct JailConfSection
{
    QString name; // decoded
    Span nameSpan; // the raw name token
    Span openBrace;
    Span closeBrace; // empty when the '}' is missing
    Span body; // between the braces
    Span span; // from the name through the '}'
    Span lineSpan; // whole lines, from the indentation of the name through the newline after '}'
    Span leadingComments; // the comment lines directly above the name (no blank line between), may
                          // be empty
    int line = 0; // 1-based, of the name
    int column = 0;
    int firstStatement =
        0; // its statements are statements()[firstStatement, firstStatement + statementCount)
    int statementCount = 0;
    QString indentation; // what the statements inside are indented with ("    ", "\t"); empty if
                         // unknown

    // The rule of jail(8)'s wild_jail_name(): a '*' component ("*", "foo.*", "*.bar").
    bool isWildcard() const;
    // jail(8)'s wild_jail_match(): does this (wildcard) section apply to `jailName`?
    bool matches(const QString &jailName) const { return wildcardMatches(name, jailName); }
    static bool wildcardMatches(QStringView wildcard, QStringView jailName);
    friend bool operator==(const JailConfSection &, const JailConfSection &) = default;
};

Q_DECLARE_TYPEINFO(JailConfSection, Q_RELOCATABLE_TYPE);
