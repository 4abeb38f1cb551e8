#pragma once

#include <QString>

// The statement a resolved value comes from, so the UI can jump to it and an
// operation can edit it.
struct JailConfOrigin
{
    enum class Scope { Global, Wildcard, Jail, Implicit };

    QString file;
    int line = 0;
    int column = 0;
    Scope scope = Scope::Implicit; // Implicit: the name/jid jail(8) derives from the section name
    QString section; // the section's name; empty for Global
    int document = -1; // index in JailConfDocumentSet::documents()
    int statement = -1; // index in that document's statements(); -1 for Implicit
    int value = -1; // index in the statement's values; -1 for a valueless boolean

    friend bool operator==(const JailConfOrigin &, const JailConfOrigin &) = default;
};

Q_DECLARE_TYPEINFO(JailConfOrigin, Q_RELOCATABLE_TYPE);
