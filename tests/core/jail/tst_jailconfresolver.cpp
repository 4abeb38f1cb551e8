#include "jail/jailconfresolver.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

JailConfResolution resolveText(const QString &text)
{
    return JailConfResolver::resolve(JailConfDocument::parse(u"/etc/jail.conf"_s, text));
}

// Globals before and after the jails, a wildcard, a jail jail(8) refuses (c).
const QString carriedBase = u"exec.start = \"/bin/sh /etc/rc\";\n"
                            "$bridge = \"bridge0\";\n"
                            "* { allow.raw_sockets; }\n"
                            "a {\n    path = \"/jails/a\";\n"
                            "    exec.prestart = \"ifconfig $bridge addm epair1a\";\n}\n"
                            "b {\n    path = \"/jails/b\";\n}\n"
                            "c {\n    path = \"/jails/$missing\";\n}\n"
                            "d {\n    path = \"/jails/d\";\n}\n"
                            "exec.stop = \"/bin/sh /etc/rc.shutdown\";\n"
                            "e {\n    path = \"/jails/e\";\n}\n"_s;

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestJailConfResolver : public QObject
{
    Q_OBJECT

private slots:
    // Each row: a jail.conf, a jail, a parameter and the values jail(8) gives it.
    // The row name cites the rule (jail.conf(5) section or config.c/jail.c function).
    void effectiveValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("jail");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("jail.conf(5) Wildcards: global before a jail, jail overrides")
            << u"exec.start = a;\nweb { exec.start = b; }\n"_s << u"web"_s << u"exec.start"_s
            << QStringList {u"b"_s};
        QTest::newRow("jail.conf(5) Wildcards: a wildcard section below a jail wins")
            << u"web { x = own; }\n* { x = late; }\n"_s << u"web"_s << u"x"_s
            << QStringList {u"late"_s};
        QTest::newRow("jailparse.y conf: parameters after a jail form a later wildcard")
            << u"web { x = own; }\nx = late;\n"_s << u"web"_s << u"x"_s << QStringList {u"late"_s};
        QTest::newRow("config.c load_config(): wildcards before apply before own parameters")
            << u"* { x = early; }\nweb { x += own; }\n"_s << u"web"_s << u"x"_s
            << QStringList {u"early"_s, u"own"_s};
        QTest::newRow("jail.conf(5) Parameters: += appends to a wildcard's list")
            << u"ip4.addr = 10.1.1.1;\nweb { ip4.addr += 10.1.1.2; ip4.addr += 10.1.1.3; }\n"_s
            << u"web"_s << u"ip4.addr"_s
            << QStringList {u"10.1.1.1"_s, u"10.1.1.2"_s, u"10.1.1.3"_s};
        QTest::newRow("config.c add_param(): = replaces a whole list")
            << u"x = a, b;\nweb { x = c; }\n"_s << u"web"_s << u"x"_s << QStringList {u"c"_s};
        QTest::newRow("config.c add_param(): a valueless statement clears the values")
            << u"x = a;\nweb { x; }\n"_s << u"web"_s << u"x"_s << QStringList {};
        QTest::newRow("jailparse.y param: name value without =")
            << u"web { path /jails/web; }\n"_s << u"web"_s << u"path"_s
            << QStringList {u"/jails/web"_s};
        QTest::newRow("jail.conf(5) Parameters: comma-separated list")
            << u"web { ip4.addr = 10.1.1.1, 10.1.1.2; }\n"_s << u"web"_s << u"ip4.addr"_s
            << QStringList {u"10.1.1.1"_s, u"10.1.1.2"_s};
        QTest::newRow("jail.conf(5) Wildcards: foo.* applies to foo.bar")
            << u"foo.* { x = w; }\nfoo.bar { y = own; }\n"_s << u"foo.bar"_s << u"x"_s
            << QStringList {u"w"_s};
        QTest::newRow("jail.conf(5) Wildcards: foo.* above foo.bar can be overridden")
            << u"foo.* { x = w; }\nfoo.bar { x = own; }\n"_s << u"foo.bar"_s << u"x"_s
            << QStringList {u"own"_s};
        QTest::newRow("jail.c wild_jail_match(): a final * matches several components")
            << u"foo.bar.baz { }\nfoo.* { x = w; }\n"_s << u"foo.bar.baz"_s << u"x"_s
            << QStringList {u"w"_s};
        QTest::newRow("jail.c wild_jail_match(): foo.* does not apply to foo")
            << u"foo { }\nfoo.* { x = w; }\n"_s << u"foo"_s << u"x"_s << QStringList {};
        QTest::newRow("config.c load_config(): the jail name implies its name")
            << u"web { }\n"_s << u"web"_s << u"name"_s << QStringList {u"web"_s};
        QTest::newRow("config.c load_config(): a numeric jail name sets jid")
            << u"5 { }\n"_s << u"5"_s << u"jid"_s << QStringList {u"5"_s};
        QTest::newRow("config.c load_config(): a numeric jail name sets no name")
            << u"5 { }\n"_s << u"5"_s << u"name"_s << QStringList {};
        QTest::newRow("config.c load_config(): 0 is not a jid (strtol() is 0)")
            << u"0 { }\n"_s << u"0"_s << u"name"_s << QStringList {u"0"_s};
        QTest::newRow("jail.conf(5) Variables: $name expands per jail")
            << u"path = \"/var/jail/$name\";\na { }\nb { }\n"_s << u"b"_s << u"path"_s
            << QStringList {u"/var/jail/b"_s};
        QTest::newRow("jail.conf(5) Variables: ${host.hostname}")
            << u"path = \"/var/jail/${host.hostname}\";\na { host.hostname = a.example; }\n"_s
            << u"a"_s << u"path"_s << QStringList {u"/var/jail/a.example"_s};
        QTest::newRow("jail.conf(5) Variables: $parentdir")
            << u"$parentdir = \"/var/jail\";\npath = \"$parentdir/$name\";\nweb { }\n"_s << u"web"_s
            << u"path"_s << QStringList {u"/var/jail/web"_s};
        QTest::newRow("config.c load_config(): variables expand after collection")
            << u"$ip = 0;\nip4.addr = \"10.0.0.$ip\";\nweb { $ip = 7; }\n"_s << u"web"_s
            << u"ip4.addr"_s << QStringList {u"10.0.0.7"_s};
        QTest::newRow("config.c load_config(): a list variable alone becomes the list")
            << u"$l = a, b;\nweb { ip4.addr = $l, c; }\n"_s << u"web"_s << u"ip4.addr"_s
            << QStringList {u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("config.c load_config(): variables inside variables")
            << u"$a = \"$b/x\";\n$b = \"$c/y\";\n$c = z;\nweb { p = $a; }\n"_s << u"web"_s << u"p"_s
            << QStringList {u"z/y/x"_s};
        QTest::newRow("jail.conf(5) Variables: no substitution in single quotes")
            << u"web { x = '$name'; }\n"_s << u"web"_s << u"x"_s << QStringList {u"$name"_s};
        QTest::newRow("jaillex.l: unquoted variables and adjacent strings join")
            << u"$e = epair3;\nweb { x = ${e}b; y = $e\"a\"'b'; }\n"_s << u"web"_s << u"y"_s
            << QStringList {u"epair3ab"_s};
        QTest::newRow("config.c add_param(): the last spelling of a no-prefixed name is kept")
            << u"mount.devfs;\nbar { mount.nodevfs; }\n"_s << u"bar"_s << u"mount.nodevfs"_s
            << QStringList {};
    }
    void effectiveValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, jail);
        QFETCH(QString, parameter);
        QFETCH(QStringList, values);
        const JailConfResolution resolution = resolveText(text);
        QVERIFY(resolution.diagnostics.isEmpty());
        const JailConfResolvedJail *found = resolution.jail(jail);
        QVERIFY(found);
        QCOMPARE(found->values(parameter), values);
    }

    // jail.conf(5) Parameters: "allow.mount = false" and "allow.nomount" are
    // equivalent; config.c bool_param() and jail.c equalopts().
    void booleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<bool>("isTrue");
        QTest::addColumn<QString>("storedName");
        QTest::newRow("valueless") << u"web { persist; }"_s << u"persist"_s << true << u"persist"_s;
        QTest::newRow("no prefix")
            << u"web { allow.nomount; }"_s << u"allow.mount"_s << false << u"allow.nomount"_s;
        QTest::newRow("false") << u"web { allow.mount = \"false\"; }"_s << u"allow.mount"_s << false
                               << u"allow.mount"_s;
        QTest::newRow("TRUE") << u"web { allow.mount = TRUE; }"_s << u"allow.mount"_s << true
                              << u"allow.mount"_s;
        QTest::newRow("number") << u"web { allow.mount = 1; }"_s << u"allow.mount"_s << true
                                << u"allow.mount"_s;
        QTest::newRow("no prefix overrides a wildcard")
            << u"allow.mount;\nweb { allow.nomount; }"_s << u"allow.mount"_s << false
            << u"allow.nomount"_s;
        QTest::newRow("later plain name overrides no prefix")
            << u"web { mount.nodevfs; }\nmount.devfs;"_s << u"mount.devfs"_s << true
            << u"mount.devfs"_s;
        QTest::newRow("unset") << u"web { }"_s << u"persist"_s << false << QString();
    }
    void booleans()
    {
        QFETCH(QString, text);
        QFETCH(QString, parameter);
        QFETCH(bool, isTrue);
        QFETCH(QString, storedName);
        const JailConfResolution resolution = resolveText(text);
        const JailConfResolvedJail *web = resolution.jail(u"web");
        QVERIFY(web);
        QCOMPARE(web->isTrue(parameter), isTrue);
        const JailConfResolvedJail::Parameter *found = web->parameter(parameter);
        QCOMPARE(found ? found->name : QString(), storedName);
    }

    // What jail(8) reports while collecting a jail (config.c load_config()/add_param()).
    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("variable not found")
            << u"web {\n x = $nope;\n}\n"_s << 2 << u"x: variable \"nope\" not found"_s;
        QTest::newRow("valueless variable is not found")
            << u"$v;\nweb {\n x = $v;\n}\n"_s << 3 << u"variable \"v\" not found"_s;
        QTest::newRow("variable loop")
            << u"$a = $b;\n$b = $a;\nweb { x = $a; }\n"_s << 2 << u"a: variable loop"_s;
        QTest::newRow("array inline") << u"$l = a, b;\nweb {\n x = \"pre$l\";\n}\n"_s << 3
                                      << u"x: array cannot be substituted inline"_s;
        QTest::newRow("array with a second variable")
            << u"$l = a, b;\nweb {\n x = $l$l;\n}\n"_s << 3
            << u"array cannot be substituted inline"_s;
        QTest::newRow("variable named like a parameter")
            << u"path = /j;\nweb {\n $path = x;\n}\n"_s << 3
            << u"cannot have the same name as a parameter"_s;
        QTest::newRow("name is immutable")
            << u"web {\n name = other;\n}\n"_s << 2 << u"cannot redefine parameter \"name\""_s;
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const JailConfResolution resolution = resolveText(text);
        QVERIFY(resolution.hasErrors());
        const Diagnostic &first = resolution.diagnostics.first();
        QCOMPARE(first.file, u"/etc/jail.conf"_s);
        QCOMPARE(first.line, line);
        QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
        QVERIFY(first.message.startsWith(u"jail \"web\": "));
        QVERIFY(resolution.jail(u"web")->failed);
    }

    // jail.conf(5) Variables: "variables are only used for substitution".
    void variablesAreNotParameters()
    {
        const JailConfResolution resolution = resolveText(u"$v = 1;\nweb { $w = \"$v$v\"; }\n"_s);
        const JailConfResolvedJail *web = resolution.jail(u"web");
        QVERIFY(web);
        QStringList names;
        for (const JailConfResolvedJail::Parameter &parameter : web->parameters)
            names.append(parameter.name);
        QCOMPARE(names, QStringList {u"name"_s});
        QVERIFY(web->variable(u"w"));
        QCOMPARE(web->variable(u"w")->texts(), QStringList {u"11"_s});
    }

    // Wildcard sections are not jails; config.c load_config() "Separate the wildcard jails".
    void wildcardsAreNotJails()
    {
        const JailConfResolution resolution =
            resolveText(u"x;\n* { y; }\nfoo.* { z; }\na { }\nb { }\n"_s);
        QCOMPARE(resolution.jails.size(), 2);
        QCOMPARE(resolution.jails[0].name, u"a"_s);
        QCOMPARE(resolution.jails[1].name, u"b"_s);
    }

    // Each value keeps the statement it comes from.
    void origins()
    {
        const JailConfResolution resolution = resolveText(
            u"exec.start = \"/bin/sh /etc/rc\";\n* {\n  persist;\n}\nweb {\n  exec.start += x;\n}\n"_s);
        const JailConfResolvedJail *web = resolution.jail(u"web");
        QVERIFY(web);
        QCOMPARE(web->origin.line, 5);
        QCOMPARE(web->origin.scope, JailConfOrigin::Scope::Jail);
        const JailConfResolvedJail::Parameter *start = web->parameter(u"exec.start");
        QVERIFY(start);
        QCOMPARE(start->values.size(), 2);
        const JailConfOrigin global = start->values[0].origin;
        QCOMPARE(global.scope, JailConfOrigin::Scope::Global);
        QCOMPARE(global.line, 1);
        QCOMPARE(global.statement, 0);
        QCOMPARE(global.value, 0);
        const JailConfOrigin own = start->values[1].origin;
        QCOMPARE(own.scope, JailConfOrigin::Scope::Jail);
        QCOMPARE(own.section, u"web"_s);
        QCOMPARE(own.line, 6);
        QCOMPARE(own.column, 3);
        QCOMPARE(start->statements.size(), 2);
        const JailConfResolvedJail::Parameter *persist = web->parameter(u"persist");
        QVERIFY(persist);
        QCOMPARE(persist->statements.first().scope, JailConfOrigin::Scope::Wildcard);
        QCOMPARE(persist->statements.first().section, u"*"_s);
        QCOMPARE(web->parameter(u"name")->values.first().origin.scope,
                 JailConfOrigin::Scope::Implicit);
    }

    // jail.conf(5) Includes: the included file stands where the directive is.
    void includesKeepFileOrder()
    {
        const QHash<QString, QString> files = {
            {u"/etc/jail.conf"_s, u"x = 1;\n.include \"jail.d/*.conf\";\nx = 3;\n"_s},
            {u"/etc/jail.d/a.conf"_s, u"a { x = 2; y = 2; }\n"_s},
        };
        const JailConfResolution resolution = JailConfResolver::resolve(
            JailConfDocumentSet::load(u"/etc/jail.conf"_s, JailConfReader::inMemory(files)));
        const JailConfResolvedJail *a = resolution.jail(u"a");
        QVERIFY(a);
        QCOMPARE(a->values(u"x"), QStringList {u"3"_s});
        QCOMPARE(a->parameter(u"x")->values.first().origin.file, u"/etc/jail.conf"_s);
        QCOMPARE(a->parameter(u"y")->values.first().origin.file, u"/etc/jail.d/a.conf"_s);
        QCOMPARE(a->origin.document, 1);
    }

    // The EXAMPLES of jail.conf(5), resolved by hand from the man page's rules.
    void manPageExample()
    {
        const QString text = readFile(
            QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus/freebsd-jail/jail.conf.5-EXAMPLES.conf"));
        if (text.isEmpty())
            QSKIP("the shared corpus (../shared/corpus/freebsd-jail) is missing");
        const JailConfResolution resolution = JailConfResolver::resolve(JailConfDocumentSet::load(
            u"/etc/jail.conf"_s, JailConfReader::inMemory({{u"/etc/jail.conf"_s, text}})));
        QVERIFY(resolution.diagnostics.isEmpty());
        QCOMPARE(resolution.jails.size(), 2);
        const JailConfResolvedJail *foo = resolution.jail(u"foo");
        QCOMPARE(foo->values(u"path"), QStringList {u"/var/jail/foo"_s});
        QCOMPARE(foo->values(u"ip4.addr"),
                 (QStringList {u"10.1.1.1"_s, u"10.1.1.2"_s, u"10.1.1.3"_s}));
        QCOMPARE(foo->values(u"exec.start"), QStringList {u"/bin/sh /etc/rc"_s});
        QVERIFY(foo->isTrue(u"mount.devfs"));
        const JailConfResolvedJail *bar = resolution.jail(u"bar");
        QCOMPARE(bar->values(u"exec.start"), QStringList {QString()});
        QCOMPARE(bar->values(u"path"), QStringList {u"/"_s});
        QVERIFY(!bar->isTrue(u"mount.devfs"));
        QVERIFY(bar->isTrue(u"persist"));
        QVERIFY(bar->isTrue(u"exec.clean"));
    }

    // The demo host in the seeds' production style (variables pattern).
    void demoHost()
    {
        const QString path =
            QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host/etc/jail.conf");
        const JailConfDocumentSet set = JailConfDocumentSet::load(path);
        QVERIFY(!set.hasErrors());
        const JailConfResolution resolution = JailConfResolver::resolve(set);
        QVERIFY(resolution.diagnostics.isEmpty());
        const JailConfResolvedJail *nginx = resolution.jail(u"nginx");
        QVERIFY(nginx);
        QCOMPARE(nginx->values(u"exec.prestart"),
                 (QStringList {u"ifconfig epair10 create up"_s,
                               u"ifconfig bridge0 addm epair10a up"_s}));
        QCOMPARE(
            nginx->values(u"exec.start"),
            (QStringList {u"/bin/sh /etc/rc"_s, u"/sbin/ifconfig epair10b inet 10.0.0.10/24 up"_s,
                          u"/sbin/route add default 10.0.0.1"_s}));
        QCOMPARE(
            nginx->values(u"exec.poststop"),
            (QStringList {u"ifconfig bridge0 deletem epair10a"_s, u"ifconfig epair10a destroy"_s}));
        QCOMPARE(nginx->variable(u"epair")->texts(), QStringList {u"epair10"_s});
        QVERIFY(nginx->isTrue(u"vnet"));
    }

    // jail.c equalopts()
    // Resolving after an edit of jail sections carries the other jails over
    // (with their origins moved) and gives what resolving anew gives.
    void carriedOver_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("carried");
        QTest::newRow("statement added to a section: the jails after it move")
            << u"    path = \"/jails/a\";\n"_s
            << u"    path = \"/jails/a\";\n    host.hostname = \"a\";\n"_s << 3;
        QTest::newRow("section added before another one") << u"e {"_s << u"f { vnet; }\ne {"_s << 3;
        QTest::newRow("section inserted where a statement outside sections starts: all again")
            << u"exec.stop"_s << u"f { vnet; }\nexec.stop"_s << 0;
        QTest::newRow("section removed")
            << u"b {\n    path = \"/jails/b\";\n}\n"_s << QString() << 3;
        QTest::newRow("section renamed") << u"b {"_s << u"bee {"_s << 3;
        QTest::newRow("refused jail fixed") << u"$missing"_s << u"c"_s << 4;
        QTest::newRow("variable outside sections edited: all again")
            << u"\"bridge0\""_s << u"\"bridge1\""_s << 0;
        QTest::newRow("wildcard edited: all again")
            << u"allow.raw_sockets"_s << u"allow.mount"_s << 0;
        QTest::newRow("statement after the jails edited: all again")
            << u"rc.shutdown"_s << u"rc.stop"_s << 0;
    }
    void carriedOver()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, carried);
        const JailConfDocumentSet set = JailConfDocumentSet::fromDocument(
            JailConfDocument::parse(u"/etc/jail.conf"_s, carriedBase),
            JailConfReader::inMemory({}));
        const JailConfResolution previous = JailConfResolver::resolve(set);
        QVERIFY(previous.hasErrors()); // jail c
        const qsizetype at = carriedBase.indexOf(from);
        std::optional<JailConfDocumentChange> change;
        const std::optional<JailConfDocument> edited =
            set.root().edited({{{at, at + from.size()}, to}}, &change);
        QVERIFY(edited && change);
        const JailConfDocumentSet next = set.withEditedDocument(0, *edited, *change);
        QList<int> carriedOver;
        const JailConfResolution resolution =
            JailConfResolver::resolve(next, previous, 0, *change, &carriedOver);
        QCOMPARE(resolution, JailConfResolver::resolve(next));
        QCOMPARE(carriedOver.size(), resolution.jails.size());
        QCOMPARE(carriedOver.size() - carriedOver.count(-1), carried);
        for (qsizetype i = 0; i < carriedOver.size(); ++i) {
            if (carriedOver[i] >= 0)
                QCOMPARE(previous.jails[carriedOver[i]].name, resolution.jails[i].name);
        }
    }

    void sameParameter_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("equal") << u"persist"_s << u"persist"_s << true;
        QTest::newRow("no prefix") << u"nopersist"_s << u"persist"_s << true;
        QTest::newRow("no prefix on the last component")
            << u"allow.mount"_s << u"allow.nomount"_s << true;
        QTest::newRow("no prefix on a middle component")
            << u"allow.mount.zfs"_s << u"allow.mount.nozfs"_s << true;
        QTest::newRow("different") << u"allow.mount"_s << u"allow.chflags"_s << false;
        QTest::newRow("different prefix") << u"a.mount"_s << u"b.nomount"_s << false;
    }
    void sameParameter()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(JailConfResolver::sameParameter(a, b), same);
        QCOMPARE(JailConfResolver::sameParameter(b, a), same);
    }
};

QTEST_GUILESS_MAIN(TestJailConfResolver)
#include "tst_jailconfresolver.moc"
