#pragma once

#include <QString>
#include <QStringList>

// One address of a from/to clause, a translation target or a table entry, after
// macro expansion. Addresses keep the spelling pfctl prints them in.
struct PfAddress
{
    enum class Type {
        Any, // any
        Host, // address with an optional /prefix (a hostname stays unresolved)
        Range, // address - address
        Table, // <name>
        Interface, // an interface name or group, `(name)` when dynamic
        Self, // self
        NoRoute, // no-route
        UrpfFailed, // urpf-failed
        Route, // route label
    };
    enum class Family { Any, Inet, Inet6 };

    Type type = Type::Any;
    Family family = Family::Any;
    bool negated = false;
    QString address; // Host/Range: the first address; Table/Interface/Route: the name
    QString rangeEnd; // Range: the last address
    int prefix = -1; // Host: prefix length as written, -1 when none
    bool dynamic = false; // Interface: written in parentheses, follows the interface's addresses
    QStringList modifiers; // Interface: network, broadcast, peer, 0
    QString routeInterface; // route-to/reply-to/dup-to target: the interface to leave through

    friend bool operator==(const PfAddress &, const PfAddress &) = default;
};

// Made of relocatable Qt types: lists of it may grow by moving memory.
Q_DECLARE_TYPEINFO(PfAddress, Q_RELOCATABLE_TYPE);
