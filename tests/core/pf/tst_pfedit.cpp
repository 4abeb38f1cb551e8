#include "pf/pfdocument.h"
#include "pf/pfruleseteditor.h"
#include "text/textedit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using Field = PfRulesetEditor::Field;

namespace {

// "demo:" files are the bundled demo host, "corpus:" the shared real-world
// files, "data:" this suite's own.
QString resolve(const QString &file)
{
    if (file.startsWith("data:"_L1))
        return QStringLiteral(JAILWRIGHT_TEST_DATA) + u'/' + file.mid(5);
    if (file.startsWith("demo:"_L1))
        return QStringLiteral(JAILWRIGHT_SOURCE_DIR) + u"/resources/demo-host/"_s + file.mid(5);
    return QStringLiteral(JAILWRIGHT_SHARED_DIR) + u"/corpus/"_s + file.mid(7);
}

std::optional<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

// The statement that starts on `line`, -1 when none does.
int statementAt(const PfDocument &document, int line)
{
    const auto &statements = document.statements();
    for (int i = 0; i < statements.size(); ++i) {
        if (statements[i].line == line)
            return i;
    }
    return -1;
}

Field fieldNamed(const QString &name)
{
    static const QHash<QString, Field> fields = {
        {u"action"_s, Field::Action},
        {u"direction"_s, Field::Direction},
        {u"log"_s, Field::Log},
        {u"quick"_s, Field::Quick},
        {u"interface"_s, Field::Interface},
        {u"af"_s, Field::AddressFamily},
        {u"proto"_s, Field::Protocol},
        {u"from"_s, Field::Source},
        {u"from-port"_s, Field::SourcePort},
        {u"to"_s, Field::Destination},
        {u"to-port"_s, Field::DestinationPort},
        {u"flags"_s, Field::Flags},
        {u"icmp-type"_s, Field::IcmpType},
        {u"state"_s, Field::State},
        {u"label"_s, Field::Label},
        {u"tag"_s, Field::Tag},
        {u"target"_s, Field::TranslationTarget},
    };
    return fields.value(name);
}

PfRulesetEdit run(const PfRulesetEditor &editor, const QString &operation, int line, int target,
                  const QString &first, const QString &second)
{
    const PfDocument &document = editor.document();
    const int statement = statementAt(document, line);
    if (operation == "insert"_L1)
        return editor.insertRule(line == 0 ? -1 : statement, first);
    if (operation == "delete"_L1)
        return editor.deleteRule(statement);
    if (operation == "move-above"_L1)
        return editor.moveRule(statement, statementAt(document, target),
                               PfRulesetEditor::Placement::Above);
    if (operation == "move-below"_L1)
        return editor.moveRule(statement, statementAt(document, target),
                               PfRulesetEditor::Placement::Below);
    if (operation == "disable"_L1)
        return editor.disableRule(statement);
    if (operation == "enable"_L1)
        return editor.enableRule(line);
    if (operation == "set"_L1)
        return editor.setField(statement, fieldNamed(first), second);
    if (operation == "unset"_L1)
        return editor.setField(statement, fieldNamed(first), std::nullopt);
    if (operation == "add-macro"_L1)
        return editor.addMacro(first, second);
    if (operation == "remove-macro"_L1)
        return editor.removeMacro(first);
    if (operation == "add-macro-entry"_L1)
        return editor.addMacroEntry(first, second);
    if (operation == "remove-macro-entry"_L1)
        return editor.removeMacroEntry(first, second);
    if (operation == "add-table"_L1) {
        const QString options = second.section(u'|', 0, 0);
        const QString entries = second.section(u'|', 1);
        return editor.addTable(first, options, entries.split(u' ', Qt::SkipEmptyParts));
    }
    if (operation == "remove-table"_L1)
        return editor.removeTable(first);
    if (operation == "add-table-entry"_L1)
        return editor.addTableEntry(first, second);
    if (operation == "remove-table-entry"_L1)
        return editor.removeTableEntry(first, second);
    return PfRulesetEdit::failure(u"unknown operation in test: "_s + operation);
}

} // namespace

class TestPfEdit : public QObject
{
    Q_OBJECT

private slots:
    // Each row names a file, an operation and the exact change it must make:
    // pairs of (text, replacement) applied to the original, each text unique
    // there. An empty list means the text must stay as it is; `error` a failure.
    void operations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QStringList>("replacements");
        QTest::addColumn<QString>("error");

        const QString demo = u"demo:etc/pf.conf"_s;
        const QString jail = u"demo:jails/running/postgres/etc/pf.conf"_s;
        const QString anchors = u"corpus:real-pf-conf/027.conf"_s;
        const QString continued = u"corpus:real-pf-conf/011.conf"_s;
        const QString aligned = u"corpus:real-pf-conf/002.conf"_s;
        const QString martians = u"corpus:real-pf-conf/021.conf"_s;
        const auto row = [](const char *name, const QString &file, const QString &operation,
                            int line, int target, const QString &first, const QString &second,
                            const QStringList &replacements, const QString &error = {}) {
            QTest::newRow(name) << file << operation << line << target << first << second
                                << replacements << error;
        };

        // Insert
        row("insert before a rule", demo, u"insert"_s, 24, 0,
            u"pass in on bridge0 proto tcp from $app_ip to $db_ip port 5432"_s, {},
            {u"block in all\n"_s,
             u"pass in on bridge0 proto tcp from $app_ip to $db_ip port 5432\nblock in all\n"_s});
        row("insert above a rule's comment", demo, u"insert"_s, 30, 0,
            u"pass in on $ext_if proto tcp to ($ext_if) port 443"_s, {},
            {u"# Admin access to the host\n"_s,
             u"pass in on $ext_if proto tcp to ($ext_if) port 443\n# Admin access to the host\n"_s});
        row("append a rule", demo, u"insert"_s, 0, 0,
            u"  block in log on $ext_if proto tcp to any port 3306 "_s, {},
            {u"block in on $ext_if to $db_ip\n"_s,
             u"block in on $ext_if to $db_ip\nblock in log on $ext_if proto tcp to any port 3306\n"_s});
        row("append a long rule where rules are continued", continued, u"insert"_s, 0, 0,
            u"pass inet proto tcp from any to $if port 443 flags S/SA keep state "
            u"(max-src-conn 50, max-src-conn-rate 4/60, overload <bruteforce> flush global)"_s,
            {},
            {u"from $ntp_abuse_networks\n"_s,
             u"from $ntp_abuse_networks\npass inet proto tcp from any to $if port 443 \\\n    "
             u"flags S/SA \\\n"
             u"    keep state (max-src-conn 50, max-src-conn-rate 4/60, overload <bruteforce> flush global)\n"_s});
        row("insert into a nested anchor", anchors, u"insert"_s, 11, 0,
            u"pass in on $if inet proto tcp from <Trusted> to any port ssh"_s, {},
            {u"        block in on $if"_s,
             u"        pass in on $if inet proto tcp from <Trusted> to any port ssh\n        block in on $if"_s});
        row("insert at the end of an anchor body", anchors, u"insert"_s, 12, 0,
            u"pass in on $if proto tcp to any port 22"_s, {},
            {u"port ssh\n    }\n"_s,
             u"port ssh\n        pass in on $if proto tcp to any port 22\n    }\n"_s});
        row("insert refuses an option", demo, u"insert"_s, 24, 0, u"set skip on lo0"_s, {}, {},
            u"not a single pf rule"_s);
        row("insert refuses two rules", demo, u"insert"_s, 24, 0, u"pass all\nblock all"_s, {}, {},
            u"not a single pf rule"_s);

        const QString crlf = u"data:pfedit-crlf.conf"_s;
        row("insert into a CRLF file", crlf, u"insert"_s, 5, 0, u"pass out proto udp"_s, {},
            {u"\r\npass out all"_s, u"\r\npass out proto udp\r\npass out all"_s});
        row("append to a CRLF file", crlf, u"insert"_s, 0, 0, u"pass in proto icmp"_s, {},
            {u"port 22\r\n"_s, u"port 22\r\npass in proto icmp\r\n"_s});
        row("add a macro to a CRLF file", crlf, u"add-macro"_s, 0, 0, u"int_if"_s, u"em1"_s,
            {u"\"em0\"\r\n"_s, u"\"em0\"\r\nint_if = \"em1\"\r\n"_s});

        // Delete
        row("delete a rule", demo, u"delete"_s, 24, 0, {}, {},
            {u"\nblock in all\npass out"_s, u"\npass out"_s});
        row("delete a rule between blank lines", demo, u"delete"_s, 27, 0, {}, {},
            {u"keep state\n\nblock in quick from <bruteforce>\n\n# Admin"_s,
             u"keep state\n\n# Admin"_s});
        row("delete a continued rule with its comment", demo, u"delete"_s, 30, 0, {}, {},
            {u"<bruteforce>\n\n# Admin access to the host\npass in on $ext_if proto tcp to "
             u"($ext_if) port 22 \\\n"
             u"    keep state (max-src-conn 10, max-src-conn-rate 5/30, overload <bruteforce> "
             u"flush global)\n"
             u"\n# Allow forwarded"_s,
             u"<bruteforce>\n\n# Allow forwarded"_s});
        row("delete an anchor with its body", anchors, u"delete"_s, 9, 0, {}, {},
            {u"anchor \"blacklistd\" {\n    anchor \"22\" {\n        block in on $if inet proto "
             u"tcp from <port22> to "
             u"any port ssh\n    }\n}\n\n"_s,
             {}});
        row("delete refuses a macro", demo, u"delete"_s, 3, 0, {}, {}, {}, u"is not a rule"_s);

        // Move
        row("move a rule with its comment up", demo, u"move-above"_s, 44, 24, {}, {},
            {u"\nblock in all\n"_s,
             u"\n# Block database from external access\nblock in on $ext_if to $db_ip\nblock in all\n"_s,
             u"$jail_net\n\n# Block database from external access\nblock in on $ext_if to $db_ip\n"_s,
             u"$jail_net\n\n"_s});
        row("move a rule down", demo, u"move-below"_s, 25, 27, {}, {},
            {u"block in all\npass out all keep state\n\nblock in quick from <bruteforce>\n"_s,
             u"block in all\n\nblock in quick from <bruteforce>\npass out all keep state\n"_s});
        row("move to where it already is", demo, u"move-above"_s, 24, 25, {}, {}, {});
        row("move out of an anchor body", anchors, u"move-below"_s, 11, 16, {}, {},
            {u"    anchor \"22\" {\n        block in on $if inet proto tcp from <port22> to any port ssh\n"_s,
             u"    anchor \"22\" {\n"_s,
             u"pass on $if inet proto icmp from <Trusted> icmp-type $icmp_types\n"_s,
             u"pass on $if inet proto icmp from <Trusted> icmp-type $icmp_types\n"
             u"block in on $if inet proto tcp from <port22> to any port ssh\n"_s});
        row("move a rule above an anchor", anchors, u"move-above"_s, 15, 9, {}, {},
            {u"\n\nanchor \"blacklistd\""_s,
             u"\n\nblock on $if inet proto icmp\nanchor \"blacklistd\""_s,
             u"}\n\nblock on $if inet proto icmp\npass"_s, u"}\n\npass"_s});
        row("move into itself", anchors, u"move-above"_s, 9, 11, {}, {}, {},
            u"inside the one to move"_s);

        // Disable and enable
        row("disable a rule", demo, u"disable"_s, 37, 0, {}, {},
            {u"\npass on bridge0\n"_s, u"\n# pass on bridge0\n"_s});
        row("disable a continued rule", demo, u"disable"_s, 30, 0, {}, {},
            {u"pass in on $ext_if proto tcp to ($ext_if) port 22 \\\n    keep state"_s,
             u"# pass in on $ext_if proto tcp to ($ext_if) port 22 \\\n    # keep state"_s});
        row("disable an anchor with its body", anchors, u"disable"_s, 10, 0, {}, {},
            {u"    anchor \"22\" {\n        block in on $if inet proto tcp from <port22> to any port ssh\n    }\n"_s,
             u"    # anchor \"22\" {\n        # block in on $if inet proto tcp from <port22> to "
             u"any port ssh\n"
             u"    # }\n"_s});
        row("enable refuses a plain comment", demo, u"enable"_s, 18, 0, {}, {}, {},
            u"not a commented-out rule"_s);
        row("enable refuses a rule", demo, u"enable"_s, 24, 0, {}, {}, {},
            u"not a commented-out rule"_s);

        // Fields
        row("add a direction", demo, u"set"_s, 37, 0, u"direction"_s, u"in"_s,
            {u"\npass on bridge0\n"_s, u"\npass in on bridge0\n"_s});
        row("add quick", demo, u"set"_s, 34, 0, u"quick"_s, u"quick"_s,
            {u"pass in on $ext_if proto tcp to $nginx_ip"_s,
             u"pass in quick on $ext_if proto tcp to $nginx_ip"_s});
        row("change the destination ports", demo, u"set"_s, 34, 0, u"to-port"_s,
            u"{ 80, 443, 8443 }"_s,
            {u"to $nginx_ip port { 80, 443 }"_s, u"to $nginx_ip port { 80, 443, 8443 }"_s});
        row("change the port before a state limiter", u"corpus:pfctl-tests/pf1076.in"_s, u"set"_s,
            2, 0, u"to-port"_s, u"https"_s, {u"to port domain state"_s, u"to port https state"_s});
        row("change the state of a rule with a source limiter", u"corpus:pfctl-tests/pf1077.ok"_s,
            u"set"_s, 2, 0, u"state"_s, u"modulate state"_s,
            {u"S/SA keep state source"_s, u"S/SA modulate state source"_s});
        row("change the source", demo, u"set"_s, 40, 0, u"from"_s, u"$app_ip"_s,
            {u"from $db_ip to $backup_ip"_s, u"from $app_ip to $backup_ip"_s});
        row("change the action with a policy", demo, u"set"_s, 41, 0, u"action"_s,
            u"block return"_s, {u"block in on bridge1"_s, u"block return in on bridge1"_s});
        row("change block to pass", demo, u"set"_s, 24, 0, u"action"_s, u"pass"_s,
            {u"block in all\n"_s, u"pass in all\n"_s});
        row("change the interface", demo, u"set"_s, 44, 0, u"interface"_s, u"em1"_s,
            {u"block in on $ext_if to $db_ip"_s, u"block in on em1 to $db_ip"_s});
        row("remove the interface", demo, u"unset"_s, 41, 0, u"interface"_s, {},
            {u"block in on bridge1 from"_s, u"block in from"_s});
        row("add log before quick", demo, u"set"_s, 27, 0, u"log"_s, u""_s,
            {u"block in quick from <bruteforce>"_s, u"block in log quick from <bruteforce>"_s});
        row("add log with options", demo, u"set"_s, 44, 0, u"log"_s, u"all"_s,
            {u"block in on $ext_if to $db_ip"_s, u"block in log (all) on $ext_if to $db_ip"_s});
        row("add a protocol", demo, u"set"_s, 37, 0, u"proto"_s, u"udp"_s,
            {u"\npass on bridge0\n"_s, u"\npass on bridge0 proto udp\n"_s});
        row("add an address family", demo, u"set"_s, 37, 0, u"af"_s, u"inet6"_s,
            {u"\npass on bridge0\n"_s, u"\npass on bridge0 inet6\n"_s});
        row("add a label", demo, u"set"_s, 37, 0, u"label"_s, u"inter-jail"_s,
            {u"\npass on bridge0\n"_s, u"\npass on bridge0 label \"inter-jail\"\n"_s});
        row("change state on a continued line", demo, u"set"_s, 30, 0, u"state"_s,
            u"modulate state"_s,
            {u"    keep state (max-src-conn 10, max-src-conn-rate 5/30, overload <bruteforce> flush global)"_s,
             u"    modulate state"_s});
        row("remove the state", demo, u"unset"_s, 25, 0, u"state"_s, {},
            {u"pass out all keep state\n"_s, u"pass out all\n"_s});
        row("a source replaces all", demo, u"set"_s, 24, 0, u"from"_s, u"<bruteforce>"_s,
            {u"block in all\n"_s, u"block in from <bruteforce>\n"_s});
        row("a port replaces all", demo, u"set"_s, 24, 0, u"to-port"_s, u"22"_s,
            {u"block in all\n"_s, u"block in to any port 22\n"_s});
        row("add a source port", demo, u"set"_s, 40, 0, u"from-port"_s, u"1024:65535"_s,
            {u"from $db_ip to $backup_ip"_s, u"from $db_ip port 1024:65535 to $backup_ip"_s});
        row("remove a destination that has a port", demo, u"unset"_s, 40, 0, u"to"_s, {},
            {u"to $backup_ip port 22"_s, u"to any port 22"_s});
        row("remove the source", demo, u"unset"_s, 40, 0, u"from"_s, {},
            {u"proto tcp from $db_ip to $backup_ip"_s, u"proto tcp to $backup_ip"_s});
        row("change the rdr target", demo, u"set"_s, 22, 0, u"target"_s, u"$app_ip"_s,
            {u"} -> $nginx_ip"_s, u"} -> $app_ip"_s});
        row("tag goes before the rdr target", demo, u"set"_s, 22, 0, u"tag"_s, u"FWD"_s,
            {u"port { 80, 443 } -> $nginx_ip"_s, u"port { 80, 443 } tag FWD -> $nginx_ip"_s});
        row("add flags at the end", demo, u"set"_s, 34, 0, u"flags"_s, u"S/SA"_s,
            {u"to $nginx_ip port { 80, 443 }\n"_s,
             u"to $nginx_ip port { 80, 443 } flags S/SA\n"_s});
        row("change icmp types", jail, u"set"_s, 13, 0, u"icmp-type"_s, u"{ echoreq, unreach }"_s,
            {u"icmp-type echoreq"_s, u"icmp-type { echoreq, unreach }"_s});
        row("label an anchor with a body", anchors, u"set"_s, 10, 0, u"label"_s, u"ssh"_s,
            {u"    anchor \"22\" {\n"_s, u"    anchor \"22\" label \"ssh\" {\n"_s});
        row("interface of an anchor with a body", anchors, u"set"_s, 9, 0, u"interface"_s, u"$if"_s,
            {u"anchor \"blacklistd\" {\n"_s, u"anchor \"blacklistd\" on $if {\n"_s});
        row("unchanged value", demo, u"set"_s, 37, 0, u"interface"_s, u"bridge0"_s, {});
        row("the action stays", demo, u"unset"_s, 37, 0, u"action"_s, {}, {}, u"needs an action"_s);

        // Macros
        row("add a macro", demo, u"add-macro"_s, 0, 0, u"mail_ip"_s, u"10.0.0.13"_s,
            {u"backup_ip = \"10.0.1.10\"\n"_s,
             u"backup_ip = \"10.0.1.10\"\nmail_ip = \"10.0.0.13\"\n"_s});
        row("add a macro where = lines up", aligned, u"add-macro"_s, 0, 0, u"wan_gw"_s,
            u"192.168.178.1"_s,
            {u"lan_net = \"192.168.178.0/24\"\n"_s,
             u"lan_net = \"192.168.178.0/24\"\nwan_gw  = \"192.168.178.1\"\n"_s});
        row("add a macro without blanks", continued, u"add-macro"_s, 0, 0, u"lan"_s,
            u"10.0.0.0/8"_s,
            {u"41.140.164.0/24}\"\n"_s, u"41.140.164.0/24}\"\nlan=\"10.0.0.0/8\"\n"_s});
        row("add a macro twice", demo, u"add-macro"_s, 0, 0, u"ext_if"_s, u"em1"_s, {},
            u"already defined"_s);
        row("remove an unused macro", demo, u"remove-macro"_s, 0, 0, u"app_ip"_s, {},
            {u"app_ip = \"10.0.0.11\"\n"_s, {}});
        row("remove a used macro", demo, u"remove-macro"_s, 0, 0, u"backup_ip"_s, {}, {},
            u"still used on line 40"_s);
        row("remove a macro used in a macro", continued, u"remove-macro"_s, 0, 0, u"if"_s, {}, {},
            u"still used on line 9"_s);
        row("add a macro entry", anchors, u"add-macro-entry"_s, 0, 0, u"www_services"_s, u"8080"_s,
            {u"{ http, https }"_s, u"{ http, https, 8080 }"_s});
        row("add a macro entry without blanks", continued, u"add-macro-entry"_s, 0, 0,
            u"ntp_abuse_networks"_s, u"5.6.0.0/16"_s,
            {u"41.140.164.0/24}"_s, u"41.140.164.0/24, 5.6.0.0/16}"_s});
        row("a single value becomes a list", demo, u"add-macro-entry"_s, 0, 0, u"ext_if"_s,
            u"em1"_s, {u"ext_if = \"em0\""_s, u"ext_if = \"{ em0, em1 }\""_s});
        row("remove the first macro entry", anchors, u"remove-macro-entry"_s, 0, 0,
            u"www_services"_s, u"http"_s, {u"{ http, https }"_s, u"{ https }"_s});
        row("remove the last macro entry", continued, u"remove-macro-entry"_s, 0, 0,
            u"ntp_abuse_networks"_s, u"41.140.164.0/24"_s, {u", 41.140.164.0/24}"_s, u"}"_s});
        row("remove a missing macro entry", anchors, u"remove-macro-entry"_s, 0, 0,
            u"www_services"_s, u"ftp"_s, {}, u"is not in macro"_s);

        // Tables
        row("add a table", demo, u"add-table"_s, 0, 0, u"blocklist"_s, u"persist|"_s,
            {u"table <bruteforce> persist\n"_s,
             u"table <bruteforce> persist\ntable <blocklist> persist\n"_s});
        row("add a table with entries", anchors, u"add-table"_s, 0, 0, u"Admins"_s,
            u"|10.113.18.5 10.113.18.6"_s,
            {u"10.113.18.2 }\n"_s,
             u"10.113.18.2 }\ntable <Admins> { 10.113.18.5, 10.113.18.6 }\n"_s});
        row("remove a table", demo, u"remove-table"_s, 0, 0, u"bruteforce"_s, {},
            {u"\n\ntable <bruteforce> persist\n\nset skip"_s, u"\n\nset skip"_s});
        row("first entry of a table", demo, u"add-table-entry"_s, 0, 0, u"bruteforce"_s,
            u"192.0.2.1"_s,
            {u"table <bruteforce> persist\n"_s, u"table <bruteforce> persist { 192.0.2.1 }\n"_s});
        row("add a table entry", anchors, u"add-table-entry"_s, 0, 0, u"Trusted"_s,
            u"10.113.18.3"_s,
            {u"{ 10.113.18.254, 10.113.18.2 }"_s,
             u"{ 10.113.18.254, 10.113.18.2, 10.113.18.3 }"_s});
        row("add to a continued table", martians, u"add-table-entry"_s, 0, 0, u"martians"_s,
            u"192.88.99.0/24"_s, {u"    ff00::/8 "_s, u"    ff00::/8, 192.88.99.0/24 "_s});
        row("remove a table entry", anchors, u"remove-table-entry"_s, 0, 0, u"Trusted"_s,
            u"10.113.18.254"_s, {u"{ 10.113.18.254, 10.113.18.2 }"_s, u"{ 10.113.18.2 }"_s});
        row("remove the only table entry", anchors, u"remove-table-entry"_s, 0, 0, u"LAN"_s,
            u"10.113.18.0/24"_s, {u"table <LAN> { 10.113.18.0/24 }\n"_s, u"table <LAN>\n"_s});
        row("remove an entry before a continuation", martians, u"remove-table-entry"_s, 0, 0,
            u"martians"_s, u"::1/128"_s,
            {u"::/128,             ::1/128,            \\"_s, u"::/128,             \\"_s});
        row("remove the first entry of a line", martians, u"remove-table-entry"_s, 0, 0,
            u"martians"_s, u"240.0.0.0/4"_s,
            {u"    240.0.0.0/4,        ::/128,"_s, u"    ::/128,"_s});
        row("add a table entry twice", anchors, u"add-table-entry"_s, 0, 0, u"LAN"_s,
            u"10.113.18.0/24"_s, {}, u"already in table"_s);
    }
    void operations()
    {
        QFETCH(QString, file);
        QFETCH(QString, operation);
        QFETCH(int, line);
        QFETCH(int, target);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QStringList, replacements);
        QFETCH(QString, error);

        const auto original = readText(resolve(file));
        if (!original)
            QSKIP(qPrintable(u"missing test file: "_s + resolve(file)));
        const PfRulesetEditor editor(PfDocument::parse(*original, file));
        const PfRulesetEdit edit = run(editor, operation, line, target, first, second);
        if (!error.isEmpty()) {
            QVERIFY2(!edit.isValid(), qPrintable(edit.description));
            QVERIFY2(edit.error.contains(error), qPrintable(edit.error));
            QVERIFY(edit.edits.isEmpty());
            return;
        }
        QVERIFY2(edit.isValid(), qPrintable(edit.error));
        QVERIFY(!edit.description.isEmpty());

        QString expected = *original;
        for (qsizetype i = 0; i + 1 < replacements.size(); i += 2) {
            QVERIFY2(expected.count(replacements[i]) == 1,
                     qPrintable(u"not unique: "_s + replacements[i]));
            expected.replace(replacements[i], replacements[i + 1]);
        }
        const auto edited = applyTextEdits(*original, edit.edits);
        QVERIFY(edited.has_value());
        QCOMPARE(*edited, expected);

        // Undo gives back every byte.
        const auto undone = applyTextEdits(*edited, invertTextEdits(*original, edit.edits));
        QVERIFY(undone.has_value());
        QCOMPARE(*undone, *original);

        // The result is still a file the lexer and statement splitter accept.
        const PfDocument before = PfDocument::parse(*original);
        const PfDocument after = PfDocument::parse(*edited);
        QCOMPARE(after.diagnostics().size(), before.diagnostics().size());
    }

    void fieldValues_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("action") << 41 << u"action"_s << u"block"_s;
        QTest::newRow("direction") << 41 << u"direction"_s << u"in"_s;
        QTest::newRow("interface") << 30 << u"interface"_s << u"$ext_if"_s;
        QTest::newRow("protocol") << 30 << u"proto"_s << u"tcp"_s;
        QTest::newRow("dynamic destination") << 30 << u"to"_s << u"($ext_if)"_s;
        QTest::newRow("destination port") << 30 << u"to-port"_s << u"22"_s;
        QTest::newRow("state on a continued line")
            << 30 << u"state"_s
            << u"keep state (max-src-conn 10, max-src-conn-rate 5/30, overload <bruteforce> flush global)"_s;
        QTest::newRow("port list") << 22 << u"to-port"_s << u"{ 80, 443 }"_s;
        QTest::newRow("rdr target") << 22 << u"target"_s << u"$nginx_ip"_s;
        QTest::newRow("quick") << 27 << u"quick"_s << u"quick"_s;
        QTest::newRow("source list") << 19 << u"from"_s << u"{ $jail_net, $backup_net }"_s;
        QTest::newRow("absent part") << 37 << u"from"_s << QString();
    }
    void fieldValues()
    {
        QFETCH(int, line);
        QFETCH(QString, field);
        const auto text = readText(resolve(u"demo:etc/pf.conf"_s));
        QVERIFY(text.has_value());
        const PfRulesetEditor editor(PfDocument::parse(*text));
        const int statement = statementAt(editor.document(), line);
        QVERIFY(statement >= 0);
        QTEST(editor.fieldValues(statement).value(fieldNamed(field)), "value");
    }

    // Disabling any rule and enabling it again gives the original file, and
    // the disabled rule is listed where the pane looks for it.
    void disableThenEnable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rule");
        const QStringList files = {u"demo:etc/pf.conf"_s,
                                   u"demo:jails/running/postgres/etc/pf.conf"_s,
                                   u"corpus:real-pf-conf/011.conf"_s,
                                   u"corpus:real-pf-conf/021.conf"_s,
                                   u"corpus:real-pf-conf/027.conf"_s,
                                   u"corpus:real-pf-conf/023.conf"_s};
        for (const QString &file : files) {
            const auto text = readText(resolve(file));
            if (!text)
                continue;
            const PfRulesetEditor editor(PfDocument::parse(*text));
            for (int statement : editor.ruleStatements())
                QTest::addRow("%s line %d", qPrintable(file),
                              editor.document().statements()[statement].line)
                    << file << statement;
        }
    }
    void disableThenEnable()
    {
        QFETCH(QString, file);
        QFETCH(int, rule);
        const auto original = readText(resolve(file));
        QVERIFY(original.has_value());
        const PfRulesetEditor editor(PfDocument::parse(*original));
        const PfRulesetEdit disable = editor.disableRule(rule);
        if (!disable.isValid()) {
            // Only a rule that shares its line with another statement may refuse.
            QVERIFY2(disable.error.contains("shares its line"_L1), qPrintable(disable.error));
            return;
        }
        const auto disabled = applyTextEdits(*original, disable.edits);
        QVERIFY(disabled.has_value());
        const PfRulesetEditor disabledEditor(PfDocument::parse(*disabled));
        // The rule goes, and with an anchor every rule of its body.
        const auto &statements = editor.document().statements();
        const auto inside = [&](int s) {
            for (int p = s; p >= 0; p = statements[p].parent) {
                if (p == rule)
                    return true;
            }
            return false;
        };
        const auto rules = editor.ruleStatements();
        QCOMPARE(disabledEditor.ruleStatements().size(),
                 rules.size() - std::count_if(rules.cbegin(), rules.cend(), inside));
        const int line = editor.document().statements()[rule].line;
        QVERIFY(disabledEditor.disabledRuleLines().contains(line));
        const PfRulesetEdit enable = disabledEditor.enableRule(line);
        QVERIFY2(enable.isValid(), qPrintable(enable.error));
        QCOMPARE(applyTextEdits(*disabled, enable.edits), original);
    }

    // Every rule of every real file can be deleted, moved to the top and
    // labelled; each result keeps the other rules and undoes to the same bytes.
    void everyRuleOfRealFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QString folder = QStringLiteral(JAILWRIGHT_SHARED_DIR) + u"/corpus/real-pf-conf"_s;
        const auto entries = QDir(folder).entryList({u"*.conf"_s}, QDir::Files, QDir::Name);
        if (entries.isEmpty())
            QSKIP("the shared corpus (real-pf-conf) is missing");
        for (const QString &entry : entries)
            QTest::newRow(qPrintable(entry)) << folder + u'/' + entry;
        QTest::newRow("demo") << resolve(u"demo:etc/pf.conf"_s);
    }
    void everyRuleOfRealFiles()
    {
        QFETCH(QString, path);
        const auto original = readText(path);
        QVERIFY(original.has_value());
        const PfRulesetEditor editor(PfDocument::parse(*original));
        const auto &statements = editor.document().statements();
        const QList<int> rules = editor.ruleStatements();
        const auto rulesAfter = [](const QString &text) {
            return PfRulesetEditor(PfDocument::parse(text)).ruleStatements().size();
        };
        const auto check = [&](const PfRulesetEdit &edit, qsizetype expectedRules) {
            const auto edited = applyTextEdits(*original, edit.edits);
            QVERIFY(edited.has_value());
            QCOMPARE(rulesAfter(*edited), expectedRules);
            QCOMPARE(applyTextEdits(*edited, invertTextEdits(*original, edit.edits)), original);
        };
        for (int rule : rules) {
            const auto inside = [&](int s) {
                for (int p = s; p >= 0; p = statements[p].parent) {
                    if (p == rule)
                        return true;
                }
                return false;
            };
            const PfRulesetEdit deletion = editor.deleteRule(rule);
            if (!deletion.isValid()) {
                QVERIFY2(deletion.error.contains("shares its line"_L1), qPrintable(deletion.error));
                continue;
            }
            check(deletion, rules.size() - std::count_if(rules.cbegin(), rules.cend(), inside));

            const PfRulesetEdit move =
                editor.moveRule(rule, rules.first(), PfRulesetEditor::Placement::Above);
            if (rule != rules.first() && move.isValid())
                check(move, rules.size());

            // Writing back what fieldValues() reads changes no part of the rule.
            const auto values = editor.fieldValues(rule);
            QVERIFY(values.contains(Field::Action));
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const PfRulesetEdit same = editor.setField(rule, it.key(), it.value());
                QVERIFY2(same.isValid(), qPrintable(same.error));
                if (same.edits.isEmpty())
                    continue;
                const auto rewritten = applyTextEdits(*original, same.edits);
                QVERIFY(rewritten.has_value());
                QCOMPARE(PfRulesetEditor(PfDocument::parse(*rewritten)).fieldValues(rule), values);
            }

            if (statements[rule].kind == PfStatement::Kind::Filter) {
                const PfRulesetEdit label = editor.setField(rule, Field::Label, u"jailwright"_s);
                QVERIFY2(label.isValid(), qPrintable(label.error));
                check(label, rules.size());
                QVERIFY(
                    applyTextEdits(*original, label.edits)->contains(u"label \"jailwright\""_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPfEdit)
#include "tst_pfedit.moc"
