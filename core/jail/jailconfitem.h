#pragma once

// One top-level thing of a jail.conf file in file order: a statement outside
// any section (parameter, variable or .include) or a section.
struct JailConfItem
{
    enum class Kind { Statement, Section };
    Kind kind = Kind::Statement;
    int index = 0; // into JailConfDocument::statements() or sections()

    friend bool operator==(JailConfItem, JailConfItem) = default;
};
