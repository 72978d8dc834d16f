// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What several benchmark programs share: printing, stopping on an error,
// reading /proc, and timing work on the clock and in processor time.
#pragma once

#include "common/result.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QDateTime>
#include <QString>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>

namespace mycelium::bench {

inline void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] inline void fail(const QString &what, const Error &error)
{
    say(QStringLiteral("%1 failed: %2").arg(what, error.message));
    std::exit(1);
}

template<typename T> T must(Result<T> result, const QString &what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

inline void must(const Status &status, const QString &what)
{
    if (!status)
        fail(what, status.error());
}

// The value after `key:` in a /proc file, or its first line for no key.
inline QString procLine(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> rows = file.readAll().split('\n');
    for (const QByteArray &row : rows) {
        if (key.isEmpty() || row.startsWith(key.toLatin1()))
            return QString::fromUtf8(key.isEmpty() ? row : row.mid(row.indexOf(':') + 1)).trimmed();
    }
    return {};
}

// The heading of a benchmark's output: its name and the time, the machine,
// and the load when it starts.
inline void sayMachine(const QString &program)
{
    say(QStringLiteral("%1 — %2").arg(program, QDateTime::currentDateTime().toString(Qt::ISODate)));
    say(QStringLiteral("machine: %1, kernel %2, %3, %4 cores, %5 RAM")
            .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(), procLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")))
            .arg(QThread::idealThreadCount())
            .arg(procLine(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))));
    say(QStringLiteral("load average at start: %1").arg(procLine(QStringLiteral("/proc/loadavg"), {}).section(QLatin1Char(' '), 0, 2)));
}

inline qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The order statistic at `q` (0.5 the median, 1.0 the worst); 0 for none.
inline double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size()))));
}

inline double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// Milliseconds on the clock that `work` takes.
inline double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return ms(timer.nsecsElapsed());
}

inline double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Median of a few runs of something quick.
inline double median(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(timed(work));
    return median(times);
}

// One row of a Markdown table: | what | value unit |
inline void row(const char *what, double value, const char *unit = "ms")
{
    std::printf("| %s | %.2f %s |\n", what, value, unit);
    std::fflush(stdout);
}

} // namespace mycelium::bench
