#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <QtGlobal>

#include <algorithm>
#include <vector>

// Runs `work` a number of times and prints "BENCH <name> <median> <unit>", the
// line `tools/dev bench` collects. The run count comes from JAILWRIGHT_BENCH_RUNS
// (tools/dev bench sets it high; a plain test run keeps it small). `unit` is
// "ms" or "us". Returns the median so a test can also QVERIFY it is sane.
template<typename Work>
double reportBenchmark(const char *name, const char *unit, Work &&work)
{
    const int runs = qMax(1, qEnvironmentVariableIntValue("JAILWRIGHT_BENCH_RUNS"));
    const int count = qEnvironmentVariableIsSet("JAILWRIGHT_BENCH_RUNS") ? runs : 3;
    const double scale = qstrcmp(unit, "us") == 0 ? 1e-3 : 1e-6;
    std::vector<double> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) * scale);
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples[samples.size() / 2];
    QTextStream(stdout) << "BENCH " << name << ' ' << QString::number(median, 'f', 3) << ' ' << unit
                        << Qt::endl;
    return median;
}
