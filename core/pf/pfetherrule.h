#pragma once

#include "text/span.h"

#include <QString>
#include <QStringList>

// A layer-2 rule (`ether pass|block ...`, FreeBSD 14+).
struct PfEtherRule
{
    enum class Action { Pass, Block };
    enum class Direction { Any, In, Out };

    Action action = Action::Pass;
    Direction direction = Direction::Any;
    bool quick = false;
    QString interface;
    bool interfaceNegated = false;
    QString bridgeTo;
    QStringList etherTypes; // l2 protocols as written (numbers or names)
    QString fromMac; // address[/mask] or `{ list }` as normalised text
    QString toMac;
    QString l3From; // l3 from/to, as printed
    QString l3To;
    QStringList labels;
    quint32 ridentifier = 0;
    QString tag;
    QString queue;
    QString dnpipe;
    QString dnqueue;

    int statement = -1;
    int line = 0;
    Span span;
};
