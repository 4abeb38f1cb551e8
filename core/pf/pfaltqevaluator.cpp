#include "pfaltqevaluator.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

using Scheduler = PfAltq::Scheduler;

// The MTU FreeBSD's getifmtu() (pfctl_altq.c) falls back to.
constexpr quint64 assumedMtu = 1500;
// CBQ_MAXPRI (RM_MAXPRIO) and PRIQ_MAXPRI.
constexpr int cbqPriorities = 8;
constexpr int priqPriorities = 16;

bool hasRootQueue(Scheduler s)
{
    return s == Scheduler::Cbq || s == Scheduler::Hfsc || s == Scheduler::Fairq;
}

// pfctl_altq.c eval_bwspec().
quint64 evaluate(const PfAltq::Bandwidth &bw, quint64 reference)
{
    if (bw.absolute > 0)
        return std::min(bw.absolute, reference);
    if (bw.percent > 0)
        return reference / 100 * quint64(bw.percent);
    return 0;
}

// pfctl_altq.c eval_queue_opts(): the service curves relative to `reference`.
void evaluateCurves(PfAltq &q, quint64 reference)
{
    for (PfAltq::Curve *c : {&q.realtime, &q.linkshare, &q.upperlimit}) {
        if (!c->used)
            continue;
        c->m1Value = evaluate(c->m1, reference);
        c->m2Value = evaluate(c->m2, reference);
    }
}

} // namespace

QString PfAltqEvaluator::addAltq(const PfAltq &written, const QList<PfInterfaceSpec> &on,
                                 QList<PfAltq> &lines)
{
    for (const PfInterfaceSpec &spec : on.isEmpty() ? QList<PfInterfaceSpec> {{}} : on) {
        if (spec.negated)
            return u"altq on ! <interface> is not supported"_s;
        PfAltq a = written;
        a.interface = spec.name;
        if (a.bandwidth.absolute == 0)
            return u"interface %1 does not know its bandwidth, please specify an absolute "
                   "bandwidth"_s.arg(a.interface);
        a.interfaceBandwidth = a.bandwidth.absolute;
        if (a.scheduler != Scheduler::Hfsc)
            a.interfaceBandwidth =
                std::min<quint64>(a.interfaceBandwidth, std::numeric_limits<quint32>::max());
        evaluateCurves(a, a.interfaceBandwidth);
        if (a.tbrsize == 0) {
            // eval_pfaltq(): the token bucket holds this many packets.
            const quint64 rate = a.interfaceBandwidth;
            const quint64 packets = rate <= 1'000'000 ? 1
                : rate <= 10'000'000                  ? 4
                : rate <= 200'000'000                 ? 8
                : rate <= 2'500'000'000ULL            ? 24
                                                      : 128;
            a.tbrsize = quint32(packets * assumedMtu);
        }
        m_interfaces.append(a);
        lines.append(a);
        const QString rootName = u"root_"_s + a.interface;
        if (hasRootQueue(a.scheduler)) {
            PfAltq root = a;
            root.isQueue = true;
            root.name = rootName;
            root.children.clear();
            root.bandwidth = {a.interfaceBandwidth, 0};
            root.priority = 1;
            root.tbrsize = 0;
            if (QString error = evaluateQueue(root); !error.isEmpty())
                return error;
            m_queues.append(root);
        }
        for (const QString &child : a.children)
            m_pending.append({child, hasRootQueue(a.scheduler) ? rootName : QString(), a.interface,
                              a.scheduler});
    }
    return {};
}

QString PfAltqEvaluator::addQueue(const PfAltq &written, const QList<PfInterfaceSpec> &on,
                                  QList<PfAltq> &lines)
{
    if (m_pending.isEmpty())
        return u"queue %1 has no parent"_s.arg(written.name);
    int found = 0;
    for (const PfInterfaceSpec &spec : on.isEmpty() ? QList<PfInterfaceSpec> {{}} : on) {
        // Children appended below are visited too, as parse.y's list walk does.
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            const Pending pending = m_pending[i];
            if (pending.queue != written.name)
                continue;
            if (!spec.name.isEmpty() && (spec.name == pending.interface) == spec.negated)
                continue;
            ++found;
            PfAltq q = written;
            q.interface = pending.interface;
            q.parent = pending.parent;
            q.printInterface = !spec.name.isEmpty();
            if (q.scheduler != Scheduler::None && q.scheduler != pending.scheduler)
                return u"exactly one scheduler type per interface allowed"_s;
            q.scheduler = pending.scheduler;
            if (q.scheduler == Scheduler::Priq) {
                if (!q.children.isEmpty())
                    return u"priq queues cannot have child queues"_s;
                if (q.bandwidth.absolute > 0 || q.bandwidth.percent < 100)
                    return u"priq doesn't take bandwidth"_s;
            }
            if (QString error = evaluateQueue(q); !error.isEmpty())
                return error;
            m_queues.append(q);
            for (const QString &child : q.children) {
                if (child == q.name)
                    return u"queue cannot have itself as child"_s;
                m_pending.append({child, q.name, q.interface, q.scheduler});
            }
            if ((found == 1 && spec.name.isEmpty()) || !spec.name.isEmpty())
                lines.append(q);
        }
    }
    if (!found)
        return u"queue %1 has no parent"_s.arg(written.name);
    return {};
}

// pfctl_altq.c eval_pfqueue() and the scheduler's eval_pfqueue_*().
QString PfAltqEvaluator::evaluateQueue(PfAltq &q)
{
    const auto altq = std::find_if(m_interfaces.cbegin(), m_interfaces.cend(),
                                   [&](const PfAltq &a) { return a.interface == q.interface; });
    if (altq == m_interfaces.cend())
        return u"altq not defined on %1"_s.arg(q.interface);
    q.interfaceBandwidth = altq->interfaceBandwidth;
    q.scheduler = altq->scheduler;
    const auto sameQueue = [&](const QString &name) {
        return std::find_if(m_queues.cbegin(), m_queues.cend(), [&](const PfAltq &other) {
            return other.name == name && other.interface == q.interface;
        });
    };
    if (sameQueue(q.name) != m_queues.cend())
        return u"queue %1 already exists on interface %2"_s.arg(q.name, q.interface);
    const PfAltq *parent = nullptr;
    if (!q.parent.isEmpty()) {
        const auto it = sameQueue(q.parent);
        if (it == m_queues.cend())
            return u"parent %1 not found for %2"_s.arg(q.parent, q.name);
        parent = &*it;
    }
    if (q.qlimit == 0)
        q.qlimit = 50;
    const quint64 reference = parent ? parent->bandwidthValue : q.interfaceBandwidth;
    if (hasRootQueue(q.scheduler)) {
        q.bandwidthValue = evaluate(q.bandwidth, reference);
        if (q.bandwidthValue > q.interfaceBandwidth)
            return u"bandwidth for %1 higher than interface"_s.arg(q.name);
        if (parent && q.scheduler != Scheduler::Hfsc && q.bandwidthValue > parent->bandwidthValue)
            return u"bandwidth for %1 higher than parent"_s.arg(q.name);
    }
    evaluateCurves(q, reference);
    switch (q.scheduler) {
    case Scheduler::Cbq:
        if (q.priority >= cbqPriorities)
            return u"priority out of range: max %1"_s.arg(cbqPriorities - 1);
        break;
    case Scheduler::Priq: {
        if (q.priority >= priqPriorities)
            return u"priority out of range: max %1"_s.arg(priqPriorities - 1);
        const bool taken = std::any_of(m_queues.cbegin(), m_queues.cend(), [&](const PfAltq &o) {
            return o.interface == q.interface && o.priority == q.priority;
        });
        if (taken)
            return u"%1 does not have a unique priority on interface %2"_s.arg(q.name, q.interface);
        break;
    }
    case Scheduler::Hfsc:
    case Scheduler::Fairq: {
        if (!parent) {
            q.linkshare.m1Value = q.linkshare.m2Value = q.interfaceBandwidth;
            q.linkshare.d = 0;
            break;
        }
        if (parent->flags & PfAltq::Default)
            return u"adding %1 would make default queue %2 not a leaf"_s.arg(q.name, q.parent);
        if (q.linkshare.m2Value == 0)
            q.linkshare.m2Value = q.bandwidthValue;
        if (q.scheduler == Scheduler::Fairq)
            break;
        for (const PfAltq::Curve *c : {&q.realtime, &q.linkshare, &q.upperlimit}) {
            if (c->m1Value > 0 && c->m2Value == 0)
                return u"m2 is zero for %1"_s.arg(q.name);
        }
        for (const PfAltq::Curve *c : {&q.realtime, &q.linkshare, &q.upperlimit}) {
            if (c->m1Value < c->m2Value && c->m1Value != 0)
                return u"m1 must be zero for convex curve: %1"_s.arg(q.name);
        }
        if (q.upperlimit.m2Value != 0) {
            if (q.upperlimit.m1Value > q.interfaceBandwidth
                || q.upperlimit.m2Value > q.interfaceBandwidth)
                return u"upper-limit larger than interface bandwidth"_s;
            if (q.realtime.m2Value != 0 && q.realtime.m2Value > q.upperlimit.m2Value)
                return u"upper-limit sc smaller than real-time sc"_s;
        }
        break;
    }
    default:
        break;
    }
    return {};
}
