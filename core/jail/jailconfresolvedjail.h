#pragma once

#include "jailconforigin.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

// One jail's effective parameters as jail(8) computes them (config.c,
// load_config() and add_param()), variables expanded.
struct JailConfResolvedJail
{
    struct Value
    {
        QString text; // after variable expansion
        JailConfOrigin origin;
        friend bool operator==(const Value &, const Value &) = default;
    };

    struct Parameter
    {
        QString name; // as jail(8) stores it: the last spelling wins ("allow.nomount" after
                      // "allow.mount")
        // Most parameters have one value from one statement: stored inline,
        // they need no allocation of their own.
        QVarLengthArray<Value, 1> values; // empty for a valueless boolean
        QVarLengthArray<JailConfOrigin, 1> statements; // every statement that set or appended it,
                                                       // in order
        bool failed = false; // a variable in it could not be expanded

        QStringList texts() const;
        friend bool operator==(const Parameter &, const Parameter &) = default;
    };

    QString name;
    JailConfOrigin origin; // the section header
    int document = -1;
    int section = -1;
    QList<Parameter> parameters; // in jail(8)'s order, variables left out
    QList<Parameter> variables; // `$name` definitions, expanded, without '$'
    bool failed = false; // jail(8) would refuse this jail (see JailConfResolution::diagnostics)

    // The parameter jail(8) would match for `name` (equalopts(): "allow.mount"
    // also finds "allow.nomount"), or nullptr.
    const Parameter *parameter(QStringView name) const;
    const Parameter *variable(QStringView name) const;
    // Its expanded values; empty when unset.
    QStringList values(QStringView name) const;
    // The last value, as string_param() reads a scalar; empty when unset.
    QString value(QStringView name) const;
    // bool_param(): set and true, honouring a "no" prefix ("allow.nomount;" is false for
    // allow.mount).
    bool isTrue(QStringView name) const;
    bool isSet(QStringView name) const { return parameter(name) != nullptr; }
    friend bool operator==(const JailConfResolvedJail &, const JailConfResolvedJail &) = default;
};

Q_DECLARE_TYPEINFO(JailConfResolvedJail::Value, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(JailConfResolvedJail, Q_RELOCATABLE_TYPE);
