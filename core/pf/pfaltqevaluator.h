#pragma once

#include "pfaltq.h"
#include "pfinterfacespec.h"

#include <QList>
#include <QString>

// pfctl's ALTQ evaluation (parse.y expand_altq, expand_queue; pfctl_altq.c
// eval_pfaltq, eval_pfqueue): each altq and queue statement, in file order,
// becomes the lines pfctl prints for it, or pfctl's error for it.
//
// What pfctl asks the kernel is not part of the model: an interface's link
// speed (so the interface bandwidth must be written as an absolute rate) and
// its MTU, taken as 1500, the value FreeBSD's getifmtu() uses for a missing
// interface. The service-curve admission control of hfsc and fairq and the
// per-interface default-queue checks are not made.
class PfAltqEvaluator
{
public:
    // `written`: the statement as written; `on`: its interfaces. The lines to
    // print are appended to `lines`; the result is the error, empty if none.
    QString addAltq(const PfAltq &written, const QList<PfInterfaceSpec> &on, QList<PfAltq> &lines);
    QString addQueue(const PfAltq &written, const QList<PfInterfaceSpec> &on, QList<PfAltq> &lines);

private:
    // parse.y's `queues`: a queue named in a child list, waiting for its definition.
    struct Pending
    {
        QString queue;
        QString parent;
        QString interface;
        PfAltq::Scheduler scheduler;
    };

    QString evaluateQueue(PfAltq &q);

    QList<PfAltq> m_interfaces; // the evaluated `altq on` of each interface
    QList<PfAltq> m_queues; // the evaluated queues, root queues included
    QList<Pending> m_pending;
};
