#pragma once

#include "jailconfvalue.h"
#include "text/span.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

// One `name [= | += value, ...];` statement of a jail.conf file: a parameter,
// a variable definition (`$name = ...;`) or an `.include "glob";` directive.
struct JailConfStatement
{
    enum class Kind { Parameter, Variable, Include };
    // None: `name;` (a boolean) or `name value;` without an operator.
    enum class Operator { None, Assign, Append };

    Kind kind = Kind::Parameter;
    QString name; // decoded; for a variable without '$' and braces
    Span nameSpan; // the raw name token
    Operator op = Operator::None;
    Span operatorSpan; // empty when there is no operator
    // Most statements have one value: kept inline, a statement costs no
    // allocation of its own.
    QVarLengthArray<JailConfValue, 1> values;
    Span span; // from the name through the ';' (or as far as it got)
    Span lineSpan; // whole lines it stands on, indentation, trailing comment and newline included
    int line = 0; // 1-based, of the name
    int column = 0;
    int section = -1; // index in JailConfDocument::sections(), -1 outside any section
    bool terminated = true; // false when the ';' is missing (a syntax error was reported)

    bool isInclude() const { return kind == Kind::Include; }
    bool isVariable() const { return kind == Kind::Variable; }
    friend bool operator==(const JailConfStatement &, const JailConfStatement &) = default;
};
