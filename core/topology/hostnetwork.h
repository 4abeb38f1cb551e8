#pragma once

#include "interfaceaddress.h"
#include "topologygraph.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct JailConfResolution;
struct JailConfResolvedJail;
class RcConfiguration;

// What a host's configuration says about its jail network, read the way the
// system would act on it: rc.conf(5) for the host's interfaces and bridges,
// jail(8)'s exec.* commands (ifconfig, route, jib) for the epairs it creates and
// the bridges it joins, vnet.interface for what moves into a jail, and the
// jail's own rc.conf or exec.start lines for its addresses and default route.
// Whatever is not understood is kept as a note, never guessed.
class HostNetwork
{
public:
    struct Address
    {
        InterfaceAddress address;
        QString interface;
        SourceLocation origin;
        friend bool operator==(const Address &, const Address &) = default;
    };

    // A host interface that is neither a bridge nor an epair: em0, igb1, vlan5.
    struct Uplink
    {
        QString name;
        QList<Address> addresses;
        SourceLocation origin;
        friend bool operator==(const Uplink &, const Uplink &) = default;
    };

    struct Bridge
    {
        struct Member
        {
            QString interface;
            SourceLocation origin;
            friend bool operator==(const Member &, const Member &) = default;
        };
        QString name;
        QList<Address> addresses;
        QList<Member> members; // every member but the jails' epairs
        SourceLocation origin;
        bool cloned = false; // in cloned_interfaces
        QString createdBy; // "jib" for bridges jib(8) makes on demand
        friend bool operator==(const Bridge &, const Bridge &) = default;
    };

    // An interface a VNET jail takes in (vnet.interface or `ifconfig X vnet NAME`).
    struct JailInterface
    {
        QString name; // inside the jail: epair10b, e0b_web
        QString hostEnd; // the other end of its epair: epair10a, e0a_web; empty if not an epair
        QString bridge; // the bridge the host end joins; empty if none was found
        SourceLocation origin; // where it is named
        SourceLocation bridgeOrigin; // the addm command
        friend bool operator==(const JailInterface &, const JailInterface &) = default;
    };

    // One thing a jail's host-side commands (exec.prestart, exec.created,
    // exec.poststart) do to the host's network, in the order they run.
    struct HostAction
    {
        enum class Kind {
            CreateInterface, // `interface` comes to exist (ifconfig create, jib, jng)
            AddMember, // `ifconfig bridge addm interface`
            JoinBridge, // the epair end `interface` that jib(8) puts on `bridge`
            CreateJibBridge, // jib(8) makes `bridge` on demand
        };
        Kind kind = Kind::CreateInterface;
        QString interface;
        QString bridge;
        SourceLocation origin;
        friend bool operator==(const HostAction &, const HostAction &) = default;
    };

    struct Jail
    {
        QString name;
        QString hostname;
        QString path;
        bool vnet = false;
        SourceLocation origin;
        QList<JailInterface> interfaces;
        QList<Address> addresses; // VNET: inside the jail; shared IP: on a host interface
        QString defaultRoute; // IPv4 gateway
        QString defaultRoute6;
        SourceLocation routeOrigin;
        QStringList notes; // what could not be understood, in words
        QList<HostAction> hostActions;
        QList<int> epairUnits; // every epair unit its parameters name, once
        friend bool operator==(const Jail &, const Jail &) = default;
    };

    QString hostname;
    QString defaultRouter;
    QString defaultRouter6;
    SourceLocation defaultRouterOrigin;
    QList<Uplink> uplinks;
    QList<Bridge> bridges;
    QList<Jail> jails;
    // Interfaces some command or rc.conf creates, with where (epair ends, jib ends).
    QHash<QString, SourceLocation> createdInterfaces;
    // Every epair unit named anywhere in the jails' parameters or rc.conf.
    QSet<int> epairUnits;

    // `jailRc` holds each jail's own rc.conf (by jail name) where it could be read.
    static HostNetwork derive(const JailConfResolution &resolution, const RcConfiguration &host,
                              const QHash<QString, RcConfiguration> &jailRc = {});
    // The two steps of derive(), so a caller that keeps the jails it read can
    // read again only the jails that changed. readJail() takes one jail's own
    // parameters (and its own rc.conf, if any) alone: its interfaces are not
    // matched with bridges yet. derive() then reads the host's rc.conf, runs
    // the jails' host actions in order and matches interfaces with bridges.
    static Jail readJail(const JailConfResolvedJail &jail, const RcConfiguration *jailRc);
    // readJail() for every jail of `resolution`, in its order.
    static QList<Jail> readJails(const JailConfResolution &resolution,
                                 const QHash<QString, RcConfiguration> &jailRc);
    static HostNetwork derive(const QList<Jail> &readJails, const RcConfiguration &host);

    // Each jail's own rc.conf files, read under `root` + the jail's path + "/etc"
    // (root "" for the live system, a folder for an offline copy of a host).
    static QHash<QString, RcConfiguration> readJailRc(const JailConfResolution &resolution,
                                                      const QString &root);

    const Bridge *bridge(const QString &name) const;
    const Uplink *uplink(const QString &name) const;
    const Jail *jail(const QString &name) const;
    // Every address a jail or host interface has, for allocation.
    QList<QHostAddress> usedAddresses() const;
    // The epair units of the jails on `bridge`.
    QSet<int> epairUnitsOn(const QString &bridge) const;

    // The other end of an epair(4) or jib(8) interface: epair3b <-> epair3a, e0b_x <-> e0a_x.
    static QString peerInterface(const QString &interface);
    static bool isEpairName(const QString &interface);

    friend bool operator==(const HostNetwork &, const HostNetwork &) = default;
};

// Hosts hold hundreds of these: let their lists grow by moving memory.
Q_DECLARE_TYPEINFO(HostNetwork::Address, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(HostNetwork::Bridge::Member, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(HostNetwork::JailInterface, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(HostNetwork::HostAction, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(HostNetwork::Jail, Q_RELOCATABLE_TYPE);
