#include "check/checkcommand.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// jailwright-check on pf.conf files: compiler-style diagnostics, and --print
// giving what `pfctl -o none -nvf FILE` gives (rules on stdout; for a rejected
// file pfctl's wording on stderr and exit status 1).
class TestPfConfChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return file.fileName();
    }

    static int run(const QStringList &arguments, QByteArray &out, QByteArray &err)
    {
        QBuffer outBuffer(&out);
        QBuffer errBuffer(&err);
        outBuffer.open(QIODevice::WriteOnly);
        errBuffer.open(QIODevice::WriteOnly);
        return CheckCommand().run(QStringList {u"jailwright-check"_s} + arguments, outBuffer,
                                  errBuffer);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsRules()
    {
        const QString path = write(u"pf.conf"_s,
                                   "ext_if = \"em0\"\n"
                                   "pass in on $ext_if proto tcp to port { 22 80 }\n");
        QByteArray out, err;
        QCOMPARE(run({u"--print"_s, path}, out, err), 0);
        QCOMPARE(out,
                 QByteArray("ext_if = \"em0\"\n"
                            "pass in on em0 proto tcp from any to any port = ssh flags S/SA "
                            "keep state\n"
                            "pass in on em0 proto tcp from any to any port = http flags S/SA "
                            "keep state\n"));
        QVERIFY(err.isEmpty());
    }

    void printRejectsLikePfctl()
    {
        const QString path = write(u"bad.conf"_s,
                                   "pass\nrdr on em0 proto tcp to 192.0.2.2 -> "
                                   "192.0.2.3 static-port\n");
        QByteArray out, err;
        QCOMPARE(run({u"--kind"_s, u"pf"_s, u"--print"_s, path}, out, err), 1);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.contains(path.toUtf8()
                              + ":2: the 'static-port' option is only valid with "
                                "nat rules\n"),
                 err.constData());
    }

    void diagnostics()
    {
        const QString path = write(u"pf.conf"_s, "block all\npass on $lan\n");
        QByteArray out, err;
        QCOMPARE(run({path}, out, err), 1);
        // Lint warnings may come with it.
        QVERIFY2(err.contains(path.toUtf8() + ":2:9: error: macro 'lan' not defined\n"),
                 err.constData());
    }

    void echoIsByteExact()
    {
        const QByteArray text = "# comment\r\nset skip on lo0   # trailing\n\tpass \\\n out\n";
        const QString path = write(u"pf.conf"_s, text);
        QByteArray out, err;
        run({u"--kind"_s, u"pf"_s, u"--echo"_s, path}, out, err);
        QCOMPARE(out, text);
    }
};

QTEST_GUILESS_MAIN(TestPfConfChecker)
#include "tst_pfconfchecker.moc"
