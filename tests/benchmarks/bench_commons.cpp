// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the commons' figures for the large community: 20 resources,
// 15 indicators and 10 years of daily measurements (the dashboard figure),
// on a ledger demo of 200 members and 20,000 trades:
//  1. the ledger demo, then commons::generateDemo itself (once);
//  2. commons::status, every light as of today (the dashboard's strip);
//  3. indicators::series over the 10 years (a chart of ~500 points), for
//     every indicator;
//  4. reports::gatherAssemblyReport for the last full year (the data
//     gathering of the report);
//  5. reports::writeAssemblyReportPdf for that year (target < 3 s with the
//     gathering), and the whole report, gathering and drawing together.
// Every figure is a median over several runs, with processor time beside
// the clock's on a shared machine.
//
// Usage: bench_commons [--runs N] [--dir DIR]
// The PDF of the last run is kept in DIR when given (assembly-report.pdf).
#include "common/clock.h"
#include "commons/commons.h"
#include "commons/commonsdemo.h"
#include "commons/indicators.h"
#include "ledger/demo.h"
#include "reports/assemblyreport.h"
#include "reports/assemblyreportpdf.h"
#include "storage/database.h"
#include "vault/vault.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace mycelium;
using namespace mycelium::bench;

namespace {

// Milliseconds on the clock and in this thread's processor time.
class Timings
{
public:
    template<typename Work> void sample(Work work)
    {
        const qint64 cpu = threadCpuNanoseconds();
        QElapsedTimer timer;
        timer.start();
        work();
        m_wall.append(double(timer.nsecsElapsed()) / 1e6);
        m_cpu.append(double(threadCpuNanoseconds() - cpu) / 1e6);
    }
    QString text(double target = 0) const
    {
        const double median = quantile(m_wall, 0.5);
        return QStringLiteral("median %1 ms, worst %2 ms; processor time median %3 ms (n=%4)%5")
            .arg(median, 0, 'f', 1)
            .arg(quantile(m_wall, 1.0), 0, 'f', 1)
            .arg(quantile(m_cpu, 0.5), 0, 'f', 1)
            .arg(m_wall.size())
            .arg(target > 0 ? QStringLiteral("; target < %1 ms: %2").arg(target).arg(median < target ? QStringLiteral("met") : QStringLiteral("NOT MET"))
                            : QString());
    }

private:
    QList<double> m_wall;
    QList<double> m_cpu;
};

} // namespace

int main(int argc, char *argv[])
{
    // Drawing the PDF needs fonts, hence a QGuiApplication (offscreen is fine).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (5)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Keep the files in this folder."), QStringLiteral("path"));
    parser.addOptions({runsOption, dirOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (sodium_init() < 0)
        return 1;

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QDateTime now(QDate(2026, 11, 21), QTime(18, 0));
    FixedClock clock(now);
    const QDate today = now.date();

    sayMachine(QStringLiteral("bench_commons"));

    const QString path = QDir(dir).filePath(QStringLiteral("commons.vault"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".key"));
    auto vault = must(Vault::create(path, QStringLiteral("Bench commons"), QStringLiteral("correct horse battery staple"), clock,
                                    KdfParams::fastForTests()),
                      QStringLiteral("Vault::create"));
    Database &db = vault->database();

    // 1. The data.
    DemoSpec ledger;
    ledger.members = 200;
    ledger.trades = 20000;
    ledger.years = 10;
    Timings ledgerTime;
    ledgerTime.sample([&] { must(generateDemo(db, ledger, now), QStringLiteral("ledger demo")); });
    say(QStringLiteral("ledger demo (200 members, 20,000 trades, 10 years): %1").arg(ledgerTime.text()));
    CommonsDemoSpec spec;
    spec.resources = 20;
    spec.indicators = 15;
    spec.years = 10;
    Timings demoTime;
    demoTime.sample([&] { must(commons::generateDemo(db, spec, today, now), QStringLiteral("commons::generateDemo")); });
    say(QStringLiteral("commons::generateDemo (20 resources, 15 indicators, 10 years): %1").arg(demoTime.text()));
    must(db.checkpoint(), QStringLiteral("checkpoint"));
    say(QStringLiteral("  %1 extractions, %2 regenerations, %3 measurements, %4 trade impacts; vault %5 MiB")
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM commons_extraction")))
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM commons_regeneration")))
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM eco_measurement")))
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM trade_impact")))
            .arg(double(QFileInfo(path).size()) / (1 << 20), 0, 'f', 1));

    // 2. The dashboard's lights.
    Timings statusTime;
    int lightCount = 0;
    for (int i = 0; i < runs; ++i)
        statusTime.sample([&] { lightCount = int(must(commons::status(db, today), QStringLiteral("status")).size()); });
    say(QStringLiteral("commons::status (%1 lights): %2").arg(lightCount).arg(statusTime.text()));

    // 3. Ten years of every indicator as chart points.
    const auto all = must(indicators::list(db), QStringLiteral("indicators::list"));
    Timings seriesTime;
    qsizetype points = 0;
    for (int i = 0; i < runs; ++i) {
        seriesTime.sample([&] {
            points = 0;
            for (const Indicator &indicator : all)
                points += must(indicators::series(db, indicator.id, today.addYears(-10), today, 500), QStringLiteral("series")).size();
        });
    }
    say(QStringLiteral("indicators::series, 10 years of all %1 indicators (%2 points): %3").arg(all.size()).arg(points).arg(seriesTime.text()));

    // 4. and 5. The report for the last full year.
    const QDate to(today.year(), today.month(), 1);
    const QDate from = to.addYears(-1);
    const QDate last = to.addDays(-1);
    Timings gatherTime;
    AssemblyReportData data;
    for (int i = 0; i < runs; ++i)
        gatherTime.sample([&] { data = must(reports::gatherAssemblyReport(db, from, last), QStringLiteral("gather")); });
    say(QStringLiteral("reports::gatherAssemblyReport %1 – %2 (data gathering): %3")
            .arg(from.toString(Qt::ISODate), last.toString(Qt::ISODate), gatherTime.text()));
    const QString pdf = QDir(dir).filePath(QStringLiteral("assembly-report.pdf"));
    Timings drawTime;
    int pages = 0;
    for (int i = 0; i < runs; ++i)
        drawTime.sample([&] {
            must(reports::writeAssemblyReportPdf(data, pdf, [&pages](int, int total) {
                     pages = total;
                     return true;
                 }),
                 QStringLiteral("writeAssemblyReportPdf"));
        });
    say(QStringLiteral("reports::writeAssemblyReportPdf, one year (%1 pages, %2 KiB): %3")
            .arg(pages)
            .arg(QFileInfo(pdf).size() / 1024)
            .arg(drawTime.text()));
    Timings wholeTime;
    for (int i = 0; i < runs; ++i)
        wholeTime.sample([&] {
            const auto gathered = must(reports::gatherAssemblyReport(db, from, last), QStringLiteral("gather"));
            must(reports::writeAssemblyReportPdf(gathered, pdf), QStringLiteral("writeAssemblyReportPdf"));
        });
    say(QStringLiteral("assembly report for one year, gathering and drawing: %1").arg(wholeTime.text(3000)));
    // A whole ten years, for scale: tables continue over many pages.
    Timings decadeTime;
    decadeTime.sample([&] {
        const auto gathered = must(reports::gatherAssemblyReport(db, today.addYears(-10).addDays(1), today), QStringLiteral("gather"));
        must(reports::writeAssemblyReportPdf(gathered, QDir(dir).filePath(QStringLiteral("assembly-report-10-years.pdf")),
                                             [&pages](int, int total) {
                                                 pages = total;
                                                 return true;
                                             }),
             QStringLiteral("writeAssemblyReportPdf"));
    });
    say(QStringLiteral("assembly report for ten years (%1 pages), gathering and drawing: %2").arg(pages).arg(decadeTime.text()));
    return 0;
}
