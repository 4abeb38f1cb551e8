#pragma once

#include "text/span.h"

#include <QString>
#include <QStringList>

// One ALTQ line as `pfctl -nv` prints it (pfctl_altq.c print_altq, print_queue):
// an `altq on IF` or one `queue` on one interface, with what is written and the
// values pfctl computes for it (bandwidths in bits per second).
struct PfAltq
{
    enum class Scheduler { None, Cbq, Priq, Hfsc, Fairq, Codel };
    // Scheduler flags, in the order pfctl prints them; `borrow` is cbq's only.
    enum Flag { Red = 0x1, Ecn = 0x2, Rio = 0x4, Codel = 0x8, Borrow = 0x10, Default = 0x20 };

    // A bandwidth as written: bits per second, or a percentage of the parent's.
    struct Bandwidth
    {
        quint64 absolute = 0;
        int percent = 0;
    };
    // An HFSC or FAIRQ service curve, `m2` or `(m1 d m2)`, and its evaluated rates.
    struct Curve
    {
        bool used = false;
        Bandwidth m1;
        quint32 d = 0;
        Bandwidth m2;
        quint64 m1Value = 0;
        quint64 m2Value = 0;
    };

    bool isQueue = false; // a `queue`, else `altq on`
    QString interface;
    QString name; // a queue's name
    bool printInterface = false; // the queue was written with `on IF`
    QString parent; // a queue's parent; root_IF above the top cbq/hfsc/fairq queues
    Scheduler scheduler = Scheduler::None;
    int flags = 0;
    Bandwidth bandwidth {0, 100}; // as written; 100% when not given
    quint64 bandwidthValue = 0; // a queue's bandwidth
    quint64 interfaceBandwidth = 0;
    int priority = 1;
    int qlimit = 50;
    quint32 tbrsize = 0;
    Curve realtime;
    Curve linkshare;
    Curve upperlimit;
    int codelTarget = 0;
    int codelInterval = 0;
    bool codelEcn = false;
    QStringList children;
    int statement = -1;
    int line = 0;
    Span span;
};
