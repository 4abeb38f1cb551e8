// startup_demo: from starting the jailwright process to its window, with the
// demo host read, derived and laid out, painted. Measured from outside as the
// wall time of `jailwright --demo --screenshot FILE`, which paints the whole
// window into an image as soon as the host is loaded and then quits; so the
// figure also holds writing the PNG and process exit, an upper bound.
#include "benchmarkreport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void startupDemo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString shot = dir.filePath(u"startup.png"_s);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A fresh configuration folder: no remembered geometry or card positions.
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        QString failure;
        const double median = reportBenchmark("startup_demo", "ms", [&] {
            QProcess jailwright;
            jailwright.setProcessEnvironment(environment);
            jailwright.start(QStringLiteral(JAILWRIGHT_GUI),
                             {u"--demo"_s, u"--screenshot"_s, shot});
            if (!jailwright.waitForFinished(30000)
                || jailwright.exitStatus() != QProcess::NormalExit || jailwright.exitCode() != 0)
                failure = QString::fromLocal8Bit(jailwright.readAllStandardError());
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(median > 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
