#pragma once

#include "text/span.h"

#include <QString>

// A FreeBSD 15 limiter definition (parse.y `statelim` / `sourcelim`):
//   state limiter NAME id N limit N [rate N/S]
//   source limiter NAME id N entries N limit N [rate N/S]
//       [table <T> above N [below N]] [inet mask N] [inet6 mask N]
// Rules refer to one by name or by `id N` (PfRule::stateLimiter/sourceLimiter).
struct PfLimiter
{
    enum class Kind { State, Source };

    Kind kind = Kind::State;
    QString name;
    quint32 id = 0; // 1..255
    quint32 limit = 0; // states allowed (a source limiter: per source address)
    quint32 entries = 0; // a source limiter: source addresses tracked
    quint32 rateLimit = 0; // rate N/S: N new states ...
    quint32 rateSeconds = 0; // ... per S seconds; both 0 when no rate is given
    QString overloadTable; // a source limiter: table <T> above N below N
    quint32 overloadAbove = 0;
    quint32 overloadBelow = 0;
    int inetMask = 32; // a source limiter: prefix lengths that group source addresses
    int inet6Mask = 128;
    int statement = -1;
    int line = 0;
    Span span;
};
