// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the figures of the ecological balance screens on ten years of
// commons data (commons::generateDemo: resources, ten indicators with a
// daily measurement), so that "ten years stay smooth" is a measurement:
//  1. EcoBalanceController: reading ten years of months, then switching the
//     chart's range 1 → 5 → 10 years (cutting the months and refilling the
//     stacked series from C++);
//  2. AssemblyController: reading the assembly's pages for ten years, then
//     paging through every chart page (filling its series from C++).
// Not part of ctest; run by hand and record the results in
// docs/benchmarks.md:
//   bench_ecobalancescreens [--years N] [--indicators N]
#include "testenvironment.h"

#include "commons/assemblycontroller.h"
#include "commons/commonsdemo.h"
#include "commons/ecobalancecontroller.h"
#include "ledger/demo.h"
#include "ledger/ledgercontroller.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "vault/vault.h"

#include "benchscreens.h"
#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mycelium;
using namespace mycelium::bench;

namespace {

struct Figures {
    QList<double> runs;
    void add(double ms) { runs.append(ms); }
    void print(const char *what) const
    {
        QList<double> sorted = runs;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return;
        std::printf("  %-52s median %8.3f ms, worst %8.3f ms (%lld runs)\n", what, sorted.at(sorted.size() / 2), sorted.constLast(),
                    qlonglong(sorted.size()));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("years"), QStringLiteral("Years of data (10)."), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("indicators"), QStringLiteral("Indicators (10)."), QStringLiteral("N"), QStringLiteral("10")});
    parser.process(app);
    const int years = parser.value(QStringLiteral("years")).toInt();
    const int indicatorCount = parser.value(QStringLiteral("indicators")).toInt();

    QTemporaryDir settings;
    TestEnvironment::isolateSettings(settings.path());
    TestEnvironment env;
    if (!unlockNewVault(env, [&](const QString &passphrase) { return env.createLedgerVault(QStringLiteral("Benchmark Commons"), passphrase, 60); }))
        return 1;
    Database &db = env.session()->vault()->database();
    LedgerController *ledger = env.ledger();
    CommonsDemoSpec spec;
    spec.years = years;
    spec.indicators = indicatorCount;
    const double generating = timed([&] {
        if (const Status s = commons::generateDemo(db, spec, ledger->today(), env.clock().now()); !s)
            std::fprintf(stderr, "generateDemo: %s\n", qPrintable(s.error().message));
    });
    std::printf("Ecological balance screens: %d years, %d resources, %d indicators with a daily measurement (generated in %.0f ms)\n", years,
                spec.resources, indicatorCount, generating);

    // 1. The Balance page.
    EcoBalanceController balance;
    const double reading = timed([&] {
        balance.setLedger(ledger);
        (void)QTest::qWaitFor([&] { return balance.loaded() || !balance.error().isEmpty(); }, 120000);
    });
    if (!balance.error().isEmpty())
        std::fprintf(stderr, "balance: %s\n", qPrintable(balance.error()));
    std::printf("  %-52s %8.1f ms\n", "read ten years of months (worker)", reading);
    QAreaSeries regeneration(new QLineSeries, new QLineSeries), extraction(new QLineSeries, new QLineSeries),
        impacts(new QLineSeries, new QLineSeries);
    QLineSeries net;
    Figures switching;
    for (int round = 0; round < 20; ++round) {
        for (int range : {1, 5, 10}) {
            switching.add(timed([&] {
                balance.setRangeYears(range);
                balance.plotMonths(&regeneration, &extraction, &impacts, &net);
                (void)balance.trendFigures();
                (void)balance.chartSummary();
            }));
        }
    }
    switching.print("switch the range and refill the chart");

    // 2. The assembly view.
    AssemblyController assembly;
    assembly.setLedger(ledger);
    const QDate today = ledger->today();
    const double gathering = timed([&] {
        assembly.start(today.addYears(-years).addDays(1).toString(Qt::ISODate), today.toString(Qt::ISODate));
        (void)QTest::qWaitFor([&] { return assembly.loaded() || !assembly.error().isEmpty(); }, 300000);
    });
    if (!assembly.error().isEmpty())
        std::fprintf(stderr, "assembly: %s\n", qPrintable(assembly.error()));
    std::printf("  %-52s %8.1f ms (%d pages)\n", "read the assembly's pages (worker)", gathering, assembly.count());
    QLineSeries measure;
    Figures paging;
    int points = 0;
    for (int round = 0; round < 5; ++round) {
        assembly.first();
        for (int page = 0; page < assembly.count(); ++page) {
            paging.add(timed([&] {
                const QVariantMap current = assembly.current();
                const QString kind = current.value(QStringLiteral("kind")).toString();
                if (kind == QLatin1String("resourceChart"))
                    points = std::max(points, assembly.plotResource(&measure, current.value(QStringLiteral("subjectId")).toLongLong())
                                                  .value(QStringLiteral("points")).toInt());
                else if (kind == QLatin1String("indicatorChart"))
                    points = std::max(points, assembly.plotIndicator(&measure, current.value(QStringLiteral("subjectId")).toLongLong())
                                                  .value(QStringLiteral("points")).toInt());
                else if (kind == QLatin1String("balance"))
                    assembly.plotBalance(&regeneration, &extraction, &impacts, &net);
                assembly.next();
            }));
        }
    }
    paging.print("move to a page and fill its chart");
    std::printf("  the largest chart drew %d points\n", points);
    return 0;
}
