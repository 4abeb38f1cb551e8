#include "jail/jailconfeditor.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A small host in the seeds' style: globals, commented sections, += lines.
const QString base = u"# Global settings\n"
                     "exec.start = \"/bin/sh /etc/rc\";\n"
                     "exec.clean;\n"
                     "\n"
                     "# Web server\n"
                     "web {\n"
                     "    host.hostname = \"web.local\";\n"
                     "    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
                     "    exec.start += \"/sbin/route add default 10.0.0.1\";\n"
                     "    vnet;\n"
                     "}\n"
                     "\n"
                     "# Database\n"
                     "db {\n"
                     "    host.hostname = \"db.local\";\n"
                     "}\n"_s;

using Operation = std::function<QList<TextEdit>(const JailConfEditor &)>;

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestJailConfEditor : public QObject
{
    Q_OBJECT

private slots:
    // Each primitive on a realistic file, checked by the exact resulting text.
    void edits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("expected");

        QString expected = base;
        expected.replace(u"\"web.local\""_s, u"\"www.local\""_s);
        QTest::newRow("set replaces a value") << base << Operation([](const JailConfEditor &e) {
            return e.setParameter(0, u"host.hostname"_s, {u"www.local"_s});
        }) << expected;

        expected = base;
        expected.replace(u"    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
                         "    exec.start += \"/sbin/route add default 10.0.0.1\";\n"_s,
                         u"    exec.start = \"/bin/sh /etc/rc.local\";\n"_s);
        QTest::newRow("set rewrites the first += and drops the rest")
            << base << Operation([](const JailConfEditor &e) {
                   return e.setParameter(0, u"exec.start"_s, {u"/bin/sh /etc/rc.local"_s});
               })
            << expected;

        expected = base;
        expected.replace(u"    vnet;\n"_s, u"    vnet;\n    path = \"/jails/web\";\n"_s);
        QTest::newRow("set adds a missing parameter at the end of the section")
            << base << Operation([](const JailConfEditor &e) {
                   return e.setParameter(0, u"path"_s, {u"/jails/web"_s});
               })
            << expected;

        expected = base;
        expected.replace(u"    vnet;\n"_s, u"    vnet;\n    $ip = \"10.0.0.10\";\n"_s);
        QTest::newRow("set adds a variable") << base << Operation([](const JailConfEditor &e) {
            return e.setParameter(0, u"$ip"_s, {u"10.0.0.10"_s});
        }) << expected;

        expected = base;
        expected.replace(u"exec.clean;\n"_s, u"exec.clean;\nmount.devfs;\n"_s);
        QTest::newRow("set adds a global boolean")
            << base << Operation([](const JailConfEditor &e) {
                   return e.setParameter(-1, u"mount.devfs"_s, {});
               })
            << expected;

        expected = base;
        expected.replace(u"    vnet;\n"_s, u"    vnet = \"new\";\n"_s);
        QTest::newRow("set gives a boolean a value")
            << base << Operation([](const JailConfEditor &e) {
                   return e.setParameter(0, u"vnet"_s, {u"new"_s});
               })
            << expected;

        expected = base;
        expected.replace(u"    host.hostname = \"db.local\";\n"_s, u"    host.hostname;\n"_s);
        QTest::newRow("set without values makes a boolean")
            << base << Operation([](const JailConfEditor &e) {
                   return e.setParameter(1, u"host.hostname"_s, {});
               })
            << expected;

        expected = base;
        expected.replace(u"    exec.start += \"/sbin/route add default 10.0.0.1\";\n"_s,
                         u"    exec.start += \"/sbin/route add default 10.0.0.1\";\n"
                         "    exec.start += \"/usr/sbin/service sshd start\";\n"_s);
        QTest::newRow("append after the last += line")
            << base << Operation([](const JailConfEditor &e) {
                   return e.appendParameter(0, u"exec.start"_s,
                                            {u"/usr/sbin/service sshd start"_s});
               })
            << expected;

        expected = base;
        expected.replace(u"    host.hostname = \"db.local\";\n"_s,
                         u"    host.hostname = \"db.local\";\n    ip4.addr += \"10.0.0.2\";\n"
                         "    ip4.addr += \"10.0.0.3\";\n"_s);
        QTest::newRow("append two new lines") << base << Operation([](const JailConfEditor &e) {
            return e.appendParameter(1, u"ip4.addr"_s, {u"10.0.0.2"_s, u"10.0.0.3"_s});
        }) << expected;

        expected = base;
        expected.replace(u"    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
                         "    exec.start += \"/sbin/route add default 10.0.0.1\";\n"_s,
                         QString());
        QTest::newRow("remove every statement of a parameter")
            << base << Operation([](const JailConfEditor &e) {
                   return e.removeParameter(0, u"exec.start"_s);
               })
            << expected;

        expected = base;
        expected.replace(u"exec.clean;\n"_s, QString());
        QTest::newRow("remove a global statement")
            << base << Operation([](const JailConfEditor &e) { return e.removeStatement(1); })
            << expected;

        expected = base;
        expected.replace(
            u"}\n\n# Database\n"_s,
            u"}\n\n# App server\napp {\n    host.hostname = \"app.local\";\n    vnet;\n"
            "    exec.start += \"/sbin/ifconfig ${epair}b inet $ip/24 up\";\n}\n\n# Database\n"_s);
        QTest::newRow("add a section after another")
            << base << Operation([](const JailConfEditor &e) {
                   return e.addSection(
                       0, u"app"_s,
                       {{u"host.hostname"_s, JailConfStatement::Operator::Assign, {u"app.local"_s}},
                        {u"vnet"_s, JailConfStatement::Operator::None, {}},
                        {u"exec.start"_s,
                         JailConfStatement::Operator::Append,
                         {u"/sbin/ifconfig ${epair}b inet $ip/24 up"_s}}},
                       {u"App server"_s});
               })
            << expected;

        QTest::newRow("add a section at the end") << base << Operation([](const JailConfEditor &e) {
            return e.addSection(-1, u"cache"_s,
                                {{u"persist"_s, JailConfStatement::Operator::None, {}}});
        }) << base + u"\ncache {\n    persist;\n}\n"_s;

        expected = base;
        expected.replace(u"# Web server\nweb {\n"
                         "    host.hostname = \"web.local\";\n"
                         "    exec.start += \"/sbin/ifconfig epair0b inet 10.0.0.10/24 up\";\n"
                         "    exec.start += \"/sbin/route add default 10.0.0.1\";\n"
                         "    vnet;\n"
                         "}\n\n"_s,
                         QString());
        QTest::newRow("remove a section with its comment")
            << base << Operation([](const JailConfEditor &e) { return e.removeSection(0); })
            << expected;

        expected = base;
        expected.replace(u"\n\n# Database\ndb {\n    host.hostname = \"db.local\";\n}\n"_s,
                         u"\n"_s);
        QTest::newRow("remove the last section")
            << base << Operation([](const JailConfEditor &e) { return e.removeSection(1); })
            << expected;

        expected = base;
        expected.replace(u"db {"_s, u"database {"_s);
        QTest::newRow("rename a section") << base << Operation([](const JailConfEditor &e) {
            return e.renameSection(1, u"database"_s);
        }) << expected;

        QTest::newRow("rename to a name that needs quotes")
            << u"a { }\n"_s
            << Operation([](const JailConfEditor &e) { return e.renameSection(0, u"a b"_s); })
            << u"\"a b\" { }\n"_s;

        QTest::newRow("tight style without spaces, bare values")
            << u"a {\n\tx=1;\n}\n"_s << Operation([](const JailConfEditor &e) {
                   return e.setParameter(0, u"y"_s, {u"2"_s});
               })
            << u"a {\n\tx=1;\n\ty=2;\n}\n"_s;

        QTest::newRow("single-quoted style")
            << u"w {\n  exec.start = '/bin/sh /etc/rc';\n}\n"_s
            << Operation([](const JailConfEditor &e) {
                   return e.setParameter(0, u"exec.stop"_s, {u"/bin/sh /etc/rc.shutdown"_s});
               })
            << u"w {\n  exec.start = '/bin/sh /etc/rc';\n  exec.stop = '/bin/sh /etc/rc.shutdown';\n}\n"_s;

        QTest::newRow("a parameter into an empty one-line section")
            << u"a {\n    x;\n}\ne { }\n"_s << Operation([](const JailConfEditor &e) {
                   return e.setParameter(1, u"path"_s, {u"/j/e"_s});
               })
            << u"a {\n    x;\n}\ne {\n    path = \"/j/e\";\n}\n"_s;

        QTest::newRow("a list keeps its separator")
            << u"a {\n\tip4.addr = 10.0.0.1,10.0.0.2;\n}\n"_s
            << Operation([](const JailConfEditor &e) {
                   return e.replaceValues(0, {u"10.0.0.3"_s, u"10.0.0.4"_s, u"10.0.0.5"_s});
               })
            << u"a {\n\tip4.addr = 10.0.0.3,10.0.0.4,10.0.0.5;\n}\n"_s;

        QTest::newRow("remove a statement that shares its line")
            << u"a { x; y; }\n"_s
            << Operation([](const JailConfEditor &e) { return e.removeStatement(1); })
            << u"a { x; }\n"_s;

        QTest::newRow("trailing comment goes with the statement")
            << u"a {\n\tpersist;\t// needed\n\tx;\n}\n"_s
            << Operation([](const JailConfEditor &e) { return e.removeStatement(0); })
            << u"a {\n\tx;\n}\n"_s;

        QTest::newRow("CRLF file keeps CRLF")
            << u"a {\r\n    x;\r\n}\r\n"_s << Operation([](const JailConfEditor &e) {
                   return e.appendParameter(0, u"x"_s, {u"y"_s});
               })
            << u"a {\r\n    x;\r\n    x += \"y\";\r\n}\r\n"_s;
    }
    void edits()
    {
        QFETCH(QString, text);
        QFETCH(Operation, operation);
        QFETCH(QString, expected);
        const JailConfDocument document = JailConfDocument::parse(u"/etc/jail.conf"_s, text);
        QVERIFY(!document.hasErrors());
        const std::optional<QString> result =
            applyTextEdits(text, operation(JailConfEditor(document)));
        QVERIFY(result);
        QCOMPARE(*result, expected);
        QVERIFY(!JailConfDocument::parse(u"/etc/jail.conf"_s, *result).hasErrors());
    }

    void formatValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("quoted file") << base << u"x"_s << u"\"x\""_s;
        QTest::newRow("variables stay") << base << u"$ip/24"_s << u"\"$ip/24\""_s;
        QTest::newRow("escapes") << base << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
        QTest::newRow("bare file, plain value") << u"a = b;\n"_s << u"c.d"_s << u"c.d"_s;
        QTest::newRow("bare file, value with space") << u"a = b;\n"_s << u"c d"_s << u"\"c d\""_s;
        QTest::newRow("single-quoted file keeps $ in double quotes")
            << u"a = 'b c';\n"_s << u"$x"_s << u"\"$x\""_s;
    }
    void formatValue()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, formatted);
        const JailConfDocument document = JailConfDocument::parse(u"f"_s, text);
        QCOMPARE(JailConfEditor(document).formatValue(value), formatted);
    }
};

QTEST_GUILESS_MAIN(TestJailConfEditor)
#include "tst_jailconfeditor.moc"
