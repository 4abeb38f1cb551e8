#include "pfnames.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

struct Service
{
    const char16_t *name;
    quint16 port;
    bool tcp;
    bool udp;
};

// FreeBSD's /etc/services, the entries rulesets use (first name of each port).
const Service services[] = {
    {u"tcpmux", 1, true, true},
    {u"echo", 7, true, true},
    {u"discard", 9, true, true},
    {u"daytime", 13, true, true},
    {u"qotd", 17, true, true},
    {u"chargen", 19, true, true},
    {u"ftp-data", 20, true, true},
    {u"ftp", 21, true, true},
    {u"ssh", 22, true, true},
    {u"telnet", 23, true, true},
    {u"smtp", 25, true, true},
    {u"time", 37, true, true},
    {u"nicname", 43, true, true},
    {u"domain", 53, true, true},
    {u"bootps", 67, true, true},
    {u"bootpc", 68, true, true},
    {u"tftp", 69, true, true},
    {u"gopher", 70, true, true},
    {u"finger", 79, true, true},
    {u"http", 80, true, true},
    {u"kerberos-sec", 88, true, true},
    {u"pop3", 110, true, true},
    {u"sunrpc", 111, true, true},
    {u"auth", 113, true, true},
    {u"nntp", 119, true, true},
    {u"ntp", 123, true, true},
    {u"epmap", 135, true, true},
    {u"netbios-ns", 137, true, true},
    {u"netbios-dgm", 138, true, true},
    {u"netbios-ssn", 139, true, true},
    {u"imap", 143, true, true},
    {u"snmp", 161, true, true},
    {u"snmptrap", 162, true, true},
    {u"bgp", 179, true, true},
    {u"irc", 194, true, true},
    {u"ldap", 389, true, true},
    {u"https", 443, true, true},
    {u"microsoft-ds", 445, true, true},
    {u"kpasswd", 464, true, true},
    {u"isakmp", 500, true, true},
    {u"exec", 512, true, false},
    {u"biff", 512, false, true},
    {u"login", 513, true, false},
    {u"who", 513, false, true},
    {u"shell", 514, true, false},
    {u"syslog", 514, false, true},
    {u"printer", 515, true, true},
    {u"talk", 517, true, true},
    {u"ntalk", 518, true, true},
    {u"route", 520, true, true},
    {u"submission", 587, true, true},
    {u"ipp", 631, true, true},
    {u"ldaps", 636, true, true},
    {u"rsync", 873, true, true},
    {u"ftps-data", 989, true, true},
    {u"ftps", 990, true, true},
    {u"imaps", 993, true, true},
    {u"pop3s", 995, true, true},
    {u"socks", 1080, true, true},
    {u"openvpn", 1194, true, true},
    {u"pip", 1321, true, true},
    {u"ms-sql-s", 1433, true, true},
    {u"l2tp", 1701, true, true},
    {u"pptp", 1723, true, true},
    {u"radius", 1812, true, true},
    {u"radius-acct", 1813, true, true},
    {u"nfsd", 2049, true, true},
    {u"mysql", 3306, true, true},
    {u"ms-wbt-server", 3389, true, true},
    {u"svn", 3690, true, true},
    {u"sip", 5060, true, true},
    {u"xmpp-client", 5222, true, true},
    {u"postgresql", 5432, true, true},
    {u"personal-agent", 5555, true, true},
    {u"x11", 6000, true, true},
    {u"ircd", 6667, true, false},
    {u"http-alt", 8080, true, true},
    {u"sieve", 4190, true, false},
    {u"memcache", 11211, true, true},
};

struct Alias
{
    const char16_t *name;
    quint16 port;
};

const Alias serviceAliases[] = {
    {u"www", 80},          {u"www-http", 80},   {u"kerberos", 88}, {u"pop-3", 110},
    {u"postgres", 5432},   {u"nfs", 2049},      {u"imap4", 143},   {u"smtps", 465},
    {u"submissions", 465}, {u"webcache", 8080}, {u"imap2", 143},   {u"whois", 43},
};

struct Protocol
{
    const char16_t *name;
    int number;
};

// FreeBSD's /etc/protocols (first name per number, then aliases).
const Protocol protocols[] = {
    {u"ip", 0},          {u"icmp", 1},
    {u"igmp", 2},        {u"ggp", 3},
    {u"ipencap", 4},     {u"st2", 5},
    {u"tcp", 6},         {u"egp", 8},
    {u"igp", 9},         {u"pup", 12},
    {u"udp", 17},        {u"hmp", 20},
    {u"xns-idp", 22},    {u"rdp", 27},
    {u"iso-tp4", 29},    {u"xtp", 36},
    {u"ddp", 37},        {u"idpr-cmtp", 38},
    {u"ipv6", 41},       {u"ipv6-route", 43},
    {u"ipv6-frag", 44},  {u"idrp", 45},
    {u"rsvp", 46},       {u"gre", 47},
    {u"esp", 50},        {u"ah", 51},
    {u"skip", 57},       {u"ipv6-icmp", 58},
    {u"ipv6-nonxt", 59}, {u"ipv6-opts", 60},
    {u"rspf", 73},       {u"vmtp", 81},
    {u"eigrp", 88},      {u"ospf", 89},
    {u"ax.25", 93},      {u"ipip", 94},
    {u"etherip", 97},    {u"encap", 98},
    {u"pim", 103},       {u"ipcomp", 108},
    {u"vrrp", 112},      {u"l2tp", 115},
    {u"isis", 124},      {u"sctp", 132},
    {u"fc", 133},        {u"mobility-header", 135},
    {u"udplite", 136},   {u"mpls-in-ip", 137},
    {u"hip", 139},       {u"shim6", 140},
    {u"wesp", 141},      {u"rohc", 142},
    {u"pfsync", 240},    {u"divert", 258},
    {u"icmp6", 58},      {u"carp", 112},
    {u"ipv4", 4},
};

struct IcmpType
{
    const char16_t *name;
    int type;
};

const IcmpType icmpTypes[] = {
    {u"echoreq", 8},    {u"echorep", 0},    {u"unreach", 3},    {u"squench", 4},
    {u"redir", 5},      {u"althost", 6},    {u"routeradv", 9},  {u"routersol", 10},
    {u"timex", 11},     {u"paramprob", 12}, {u"timereq", 13},   {u"timerep", 14},
    {u"inforeq", 15},   {u"inforep", 16},   {u"maskreq", 17},   {u"maskrep", 18},
    {u"trace", 30},     {u"dataconv", 31},  {u"mobredir", 32},  {u"ipv6-where", 33},
    {u"ipv6-here", 34}, {u"mobregreq", 35}, {u"mobregrep", 36}, {u"skip", 39},
    {u"photuris", 40},
};

const IcmpType icmp6Types[] = {
    {u"unreach", 1},      {u"toobig", 2},       {u"timex", 3},        {u"paramprob", 4},
    {u"echoreq", 128},    {u"echorep", 129},    {u"groupqry", 130},   {u"listqry", 130},
    {u"grouprep", 131},   {u"listenrep", 131},  {u"groupterm", 132},  {u"listendone", 132},
    {u"routersol", 133},  {u"routeradv", 134},  {u"neighbrsol", 135}, {u"neighbradv", 136},
    {u"redir", 137},      {u"routrrenum", 138}, {u"wrureq", 139},     {u"wrurep", 140},
    {u"fqdnreq", 139},    {u"fqdnrep", 140},    {u"niqry", 139},      {u"nirep", 140},
    {u"mtraceresp", 200}, {u"mtrace", 201},
};

struct IcmpCode
{
    const char16_t *name;
    int type;
    int code;
};

const IcmpCode icmpCodes[] = {
    {u"net-unr", 3, 0},        {u"host-unr", 3, 1},       {u"proto-unr", 3, 2},
    {u"port-unr", 3, 3},       {u"needfrag", 3, 4},       {u"srcfail", 3, 5},
    {u"net-unk", 3, 6},        {u"host-unk", 3, 7},       {u"isolate", 3, 8},
    {u"net-prohib", 3, 9},     {u"host-prohib", 3, 10},   {u"net-tos", 3, 11},
    {u"host-tos", 3, 12},      {u"filter-prohib", 3, 13}, {u"host-preced", 3, 14},
    {u"cutoff-preced", 3, 15}, {u"redir-net", 5, 0},      {u"redir-host", 5, 1},
    {u"redir-tos-net", 5, 2},  {u"redir-tos-host", 5, 3}, {u"normal-adv", 9, 0},
    {u"common-adv", 9, 16},    {u"transit", 11, 0},       {u"reassemb", 11, 1},
    {u"badhead", 12, 0},       {u"optmiss", 12, 1},       {u"badlen", 12, 2},
    {u"unknown-ind", 40, 1},   {u"auth-fail", 40, 2},     {u"decrypt-fail", 40, 3},
};

const IcmpCode icmp6Codes[] = {
    {u"admin-unr", 1, 1},  {u"noroute-unr", 1, 0},   {u"notnbr-unr", 1, 2},
    {u"beyond-unr", 1, 2}, {u"addr-unr", 1, 3},      {u"port-unr", 1, 4},
    {u"transit", 3, 0},    {u"reassemb", 3, 1},      {u"badhead", 4, 0},
    {u"nxthdr", 4, 1},     {u"redironlink", 137, 0}, {u"redirrouter", 137, 1},
};

bool serves(const Service &s, PfNames::Transport t)
{
    return t == PfNames::Transport::Tcp ? s.tcp : s.udp;
}

} // namespace

std::optional<quint16> PfNames::portNumber(QStringView name, Transport transport)
{
    for (const Service &s : services) {
        if (serves(s, transport) && name == QStringView(s.name))
            return s.port;
    }
    for (const Alias &a : serviceAliases) {
        if (name == QStringView(a.name))
            return a.port;
    }
    return std::nullopt;
}

QString PfNames::portName(quint16 port, Transport transport)
{
    for (const Service &s : services) {
        if (s.port == port && serves(s, transport))
            return QString::fromUtf16(s.name);
    }
    return {};
}

std::optional<int> PfNames::protocolNumber(QStringView name)
{
    for (const Protocol &p : protocols) {
        if (name == QStringView(p.name))
            return p.number;
    }
    return std::nullopt;
}

QString PfNames::protocolName(int number)
{
    for (const Protocol &p : protocols) {
        if (p.number == number)
            return QString::fromUtf16(p.name);
    }
    return QString::number(number);
}

std::optional<int> PfNames::icmpType(QStringView name, bool icmp6)
{
    const auto search = [name](const auto &table) -> std::optional<int> {
        for (const IcmpType &t : table) {
            if (name == QStringView(t.name))
                return t.type;
        }
        return std::nullopt;
    };
    return icmp6 ? search(icmp6Types) : search(icmpTypes);
}

QString PfNames::icmpTypeName(int type, bool icmp6)
{
    const auto search = [type](const auto &table) {
        for (const IcmpType &t : table) {
            if (t.type == type)
                return QString::fromUtf16(t.name);
        }
        return QString::number(type);
    };
    return icmp6 ? search(icmp6Types) : search(icmpTypes);
}

std::optional<int> PfNames::icmpCode(int type, QStringView name, bool icmp6)
{
    const auto search = [type, name](const auto &table) -> std::optional<int> {
        for (const IcmpCode &c : table) {
            if (c.type == type && name == QStringView(c.name))
                return c.code;
        }
        return std::nullopt;
    };
    return icmp6 ? search(icmp6Codes) : search(icmpCodes);
}

QString PfNames::icmpCodeName(int type, int code, bool icmp6)
{
    const auto search = [type, code](const auto &table) {
        for (const IcmpCode &c : table) {
            if (c.type == type && c.code == code)
                return QString::fromUtf16(c.name);
        }
        return QString::number(code);
    };
    return icmp6 ? search(icmp6Codes) : search(icmpCodes);
}
