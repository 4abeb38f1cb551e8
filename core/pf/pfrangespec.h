#pragma once

#include <QString>

// A number compared with an operator, as pf.conf uses it for ports, user ids
// and group ids: `= 80`, `!= 22`, `< 1024`, `1024:2048`, `21 >< 2048`,
// `1 <> 5`. Names (ssh, www, root) are resolved to numbers; `name` keeps the
// spelling from the file.
struct PfRangeSpec
{
    enum class Op {
        None, // no comparison (an unset spec)
        Equal, // =
        NotEqual, // !=
        Less, // <
        LessEqual, // <=
        Greater, // >
        GreaterEqual, // >=
        Range, // low:high, both included
        Inside, // low >< high, both excluded
        Outside, // low <> high
    };

    Op op = Op::None;
    quint32 low = 0;
    quint32 high = 0;
    QString name;

    bool contains(quint32 value) const;
    friend bool operator==(const PfRangeSpec &, const PfRangeSpec &) = default;
};

// Made of relocatable Qt types: lists of it may grow by moving memory.
Q_DECLARE_TYPEINFO(PfRangeSpec, Q_RELOCATABLE_TYPE);
