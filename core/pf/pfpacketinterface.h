#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// An interface of the host a ruleset runs on, as far as pf cares: its name,
// the interface groups it belongs to and its addresses with prefix lengths.
// The tracer needs them for `self`, `($if)`, `$if:network` and `on group`; the
// linter to check that nat/rdr name interfaces and addresses the host has.
struct PfPacketInterface
{
    QString name;
    QStringList groups; // set with `ifconfig NAME group G`; the driver group is implied
    QList<QPair<QHostAddress, int>> addresses;

    // The groups FreeBSD puts the interface in by itself: "all", and for cloned
    // interfaces the cloner's name (bridge0 -> bridge, epair3a -> epair, lo0 -> lo).
    QStringList impliedGroups() const;
    bool isInGroup(QStringView group) const;
    friend bool operator==(const PfPacketInterface &, const PfPacketInterface &) = default;
};
