#pragma once

#include <QString>

// One entry of a rule's `on` clause: an interface, an interface group or `any`.
struct PfInterfaceSpec
{
    QString name;
    bool negated = false;

    friend bool operator==(const PfInterfaceSpec &, const PfInterfaceSpec &) = default;
};

// Made of relocatable Qt types: lists of it may grow by moving memory.
Q_DECLARE_TYPEINFO(PfInterfaceSpec, Q_RELOCATABLE_TYPE);
