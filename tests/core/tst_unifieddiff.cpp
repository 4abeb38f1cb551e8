#include "text/unifieddiff.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Compares unifiedDiff() with GNU diff -u, the format's reference, on edits
// whose shortest script is unique (so both must agree line for line).
class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void matchesGnuDiff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString jail =
            u"# jails\nexec.clean;\nmount.devfs;\n\nweb {\n    host.hostname = \"web\";\n"
            "    vnet;\n    vnet.interface = \"epair0b\";\n}\n"_s;
        QTest::newRow("change one line")
            << jail << QString(jail).replace(u"epair0b"_s, u"epair1b"_s);
        QTest::newRow("append section")
            << jail << jail + u"\ndb {\n    host.hostname = \"db\";\n}\n"_s;
        QTest::newRow("delete first line") << jail << jail.mid(jail.indexOf(u'\n') + 1);
        QTest::newRow("from empty") << QString() << u"a\nb\n"_s;
        QTest::newRow("to empty") << u"a\nb\n"_s << QString();
        QTest::newRow("no final newline") << u"a\nb"_s << u"a\nc"_s;
        QTest::newRow("add final newline") << u"a\nb"_s << u"a\nb\n"_s;
        QString longText;
        for (int i = 1; i <= 40; ++i)
            longText += u"line %1\n"_s.arg(i);
        QTest::newRow("two distant hunks") << longText
                                           << QString(longText)
                                                  .replace(u"line 5\n"_s, u"five\n"_s)
                                                  .replace(u"line 30\n"_s, QString());
        QTest::newRow("two near hunks merge") << longText
                                              << QString(longText)
                                                     .replace(u"line 5\n"_s, u"five\n"_s)
                                                     .replace(u"line 10\n"_s, u"ten\n"_s);
    }
    void matchesGnuDiff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString diff = QStandardPaths::findExecutable(u"diff"_s);
        if (diff.isEmpty())
            QSKIP("GNU diff is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QString &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        };
        write(u"a"_s, before);
        write(u"b"_s, after);
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(diff,
                      {u"-u"_s, u"--label"_s, u"a/etc/x.conf"_s, u"--label"_s, u"b/etc/x.conf"_s,
                       u"a"_s, u"b"_s});
        QVERIFY(process.waitForFinished());
        QCOMPARE(unifiedDiff(u"/etc/x.conf"_s, before, after),
                 QString::fromUtf8(process.readAllStandardOutput()));
    }

    void equalTextsGiveNothing()
    {
        QVERIFY(unifiedDiff(u"/etc/x"_s, u"same\n"_s, u"same\n"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
