// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the cost of realizing demurrage after a long gap: 500 accounts, ten
// years without an entry, five rate changes in between. Compares chargeDays
// with the naive loop (one day at a time, rate looked up each day) and with a
// day-by-day loop that looks the rate up once per period, to show where the
// time goes. Results must be identical; the program says so.
// Usage: bench_demurrage [--runs N]. Medians and ranges over N runs (default 15).
#include "ledger/demurrage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace mycelium;

namespace {

constexpr int kAccounts = 500;
const QDate kFirst(2026, 1, 1);
const QDate kLast(2035, 12, 31); // 3,652 days

DemurrageCharge naive(std::int64_t balance, QDate first, QDate last, const DemurrageSchedule &schedule)
{
    DemurrageCharge out{0, balance};
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const std::int64_t c = dailyCharge(out.balanceAfter, schedule.rateOn(day));
        out.balanceAfter -= c;
        out.total += c;
    }
    return out;
}

// Day by day, but with the rate looked up once per period.
DemurrageCharge dayByDayPerPeriod(std::int64_t balance, QDate first, QDate last, const DemurrageSchedule &schedule)
{
    DemurrageCharge out{0, balance};
    QList<QDate> bounds{first};
    for (const DemurrageRate &r : schedule.rates()) {
        if (r.effectiveFrom > first && r.effectiveFrom <= last)
            bounds.append(r.effectiveFrom);
    }
    bounds.append(last.addDays(1));
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const DemurrageRate rate = schedule.rateOn(bounds.at(i));
        for (qint64 n = bounds.at(i).daysTo(bounds.at(i + 1)); n > 0; --n) {
            const std::int64_t c = dailyCharge(out.balanceAfter, rate);
            out.balanceAfter -= c;
            out.total += c;
        }
    }
    return out;
}

struct Figures {
    QList<double> us;
    double median() const
    {
        QList<double> sorted = us;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }
    void print(const char *what) const
    {
        const double lo = *std::min_element(us.cbegin(), us.cend());
        const double hi = *std::max_element(us.cbegin(), us.cend());
        std::printf("%-34s median %10.1f us per %d accounts = %8.3f us/account  (min %.1f, max %.1f, n=%lld)\n", what,
                    median(), kAccounts, median() / kAccounts, lo, hi, static_cast<long long>(us.size()));
    }
};

using Method = std::function<DemurrageCharge(std::int64_t, QDate, QDate, const DemurrageSchedule &)>;

Figures measure(const Method &method, const QList<std::int64_t> &balances, const DemurrageSchedule &schedule, int runs,
                QList<DemurrageCharge> &results)
{
    Figures figures;
    for (int run = 0; run < runs; ++run) {
        results.clear();
        results.reserve(balances.size());
        QElapsedTimer timer;
        timer.start();
        for (const std::int64_t balance : balances)
            results.append(method(balance, kFirst, kLast, schedule));
        figures.us.append(double(timer.nsecsElapsed()) / 1e3);
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    std::printf("machine: %s, %d cores, Qt %s, %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
                qVersion(), qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));

    // Five changes in the gap, including a suspension (0 ppm) and exemptions.
    DemurrageSchedule schedule;
    const DemurrageRate changes[] = {
        {QDate(2027, 4, 1), 1'500, 0},
        {QDate(2028, 7, 1), 800, 10'000},
        {QDate(2030, 1, 1), 0, 0},
        {QDate(2031, 1, 1), 1'000, 0},
        {QDate(2033, 6, 1), 2'000, 50'000},
    };
    for (const DemurrageRate &r : changes) {
        if (!schedule.add(r).ok())
            return 1;
    }

    // Debtors pay nothing and would flatter us, so every balance is positive.
    // First balances of every magnitude from 1 to 100 million credits
    // (log-uniform): above about 10,000 credits the charge changes every day
    // and chargeDays takes one step per day. Then everyday balances of 1 to
    // 10,000 credits, where runs of equal charges are skipped.
    QRandomGenerator rng(42);
    QList<std::int64_t> everyMagnitude, everyday;
    for (int i = 0; i < kAccounts; ++i) {
        everyMagnitude.append(static_cast<std::int64_t>(std::pow(10.0, 2.0 + rng.bounded(8.0))));
        everyday.append(static_cast<std::int64_t>(std::pow(10.0, 2.0 + rng.bounded(4.0))));
    }
    std::printf("%d accounts, %s .. %s (%lld days), %lld rate changes, %d runs\n", kAccounts,
                qPrintable(kFirst.toString(Qt::ISODate)), qPrintable(kLast.toString(Qt::ISODate)),
                static_cast<long long>(kFirst.daysTo(kLast) + 1), static_cast<long long>(schedule.rates().size()), runs);

    bool same = true;
    const auto scenario = [&](const char *title, const QList<std::int64_t> &balances) {
        std::printf("\n%s\n", title);
        QList<DemurrageCharge> fast, slow, middle;
        const Figures chargeFigures = measure(chargeDays, balances, schedule, runs, fast);
        const Figures naiveFigures = measure(naive, balances, schedule, runs, slow);
        const Figures middleFigures = measure(dayByDayPerPeriod, balances, schedule, runs, middle);
        std::int64_t charged = 0;
        for (qsizetype i = 0; i < balances.size(); ++i) {
            same = same && fast.at(i).total == slow.at(i).total && fast.at(i).balanceAfter == slow.at(i).balanceAfter
                && middle.at(i).total == slow.at(i).total;
            charged += fast.at(i).total;
        }
        chargeFigures.print("chargeDays");
        naiveFigures.print("naive day loop (rateOn each day)");
        middleFigures.print("day loop, rate once per period");
        std::printf("ratio naive / chargeDays: %.1fx; day loop per period / chargeDays: %.1fx; charged %lld minor units\n",
                    naiveFigures.median() / chargeFigures.median(), middleFigures.median() / chargeFigures.median(),
                    static_cast<long long>(charged));
    };
    scenario("balances 1 .. 10^8 credits (log-uniform)", everyMagnitude);
    scenario("everyday balances 1 .. 10,000 credits (log-uniform)", everyday);

    // The worst single account of the first set: charged every one of the days.
    const QList<std::int64_t> richest(kAccounts, std::int64_t(10'000'000'000));
    scenario("one account of 10^8 credits, repeated 500 times (the worst case)", richest);

    std::printf("\nresults identical to the naive loop: %s\n", same ? "yes" : "NO");
    return same ? 0 : 1;
}
