#pragma once

#include "text/span.h"

#include <QList>
#include <QString>
#include <QStringView>

// One value of a jail.conf statement as jail(8)'s lexer assembles it: adjacent
// unquoted runs, quoted strings and variable references with nothing between
// them form one value ("${epair}a" and '/jails/'$name are single values).
struct JailConfValue
{
    // A literal part (escapes already decoded) or a variable reference.
    struct Part
    {
        enum class Kind { Text, Variable };
        Kind kind = Kind::Text;
        QString text; // decoded text, or the variable's name without '$' and braces
        friend bool operator==(const Part &, const Part &) = default;
    };

    enum class Quoting { None, Single, Double, Mixed };

    Span span; // the raw source, quotes included (JailConfDocument::textOf)
    Quoting quoting = Quoting::None;
    QList<Part> parts;

    bool hasVariables() const
    {
        for (const Part &part : parts)
            if (part.kind == Part::Kind::Variable)
                return true;
        return false;
    }
    // The value with its quotes removed and escapes decoded; variables are
    // written back as ${name} so the result is unambiguous.
    QString unquoted() const
    {
        if (parts.size() == 1 && parts.first().kind == Part::Kind::Text)
            return parts.first().text;
        QString result;
        for (const Part &part : parts) {
            if (part.kind == Part::Kind::Text)
                result += part.text;
            else {
                result += QStringView(u"${");
                result += part.text;
                result += u'}';
            }
        }
        return result;
    }
    // A character jaillex.l reads as part of an unquoted value. Inline: the
    // lexer asks it for every character of every word.
    static bool isBareChar(QChar c)
    {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            return true;
        switch (u) {
        case '_':
        case '!':
        case '%':
        case '&':
        case '(':
        case ')':
        case '-':
        case '.':
        case ':':
        case '<':
        case '>':
        case '?':
        case '@':
        case '[':
        case ']':
        case '^':
        case '`':
        case '|':
        case '~':
        case '/':
            return true;
        default:
            return false;
        }
    }
    // A value jaillex.l reads back unchanged without quotes.
    static bool isBare(QStringView text);

    friend bool operator==(const JailConfValue &, const JailConfValue &) = default;
};

// Documents hold these in large lists: let them grow by moving memory.
Q_DECLARE_TYPEINFO(JailConfValue::Part, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(JailConfValue, Q_RELOCATABLE_TYPE);
