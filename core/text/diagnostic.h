#pragma once

#include <QString>

// A message about a place in a file, printed the way compilers print them so
// editors and CI logs can jump to it: "file:line:column: error: message".
struct Diagnostic
{
    enum class Severity { Error, Warning, Note };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

Q_DECLARE_TYPEINFO(Diagnostic, Q_RELOCATABLE_TYPE);
