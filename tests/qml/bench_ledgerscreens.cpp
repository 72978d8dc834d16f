// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the figures of the ledger screens' models on a large community, so
// that "scrolls smoothly through a million trades" is a measurement:
//  1. TradeListModel: the first page, then every further page (fetchMore,
//     as a scrolling ListView asks) to the last trade: median, p99, worst,
//     and the memory the loaded rows take;
//  2. the count of all trades and of filtered trades (on the worker thread);
//  3. the first page with a member, a category and a date-range filter;
//  4. MemberListModel (reload, a search), StatementModel for the busiest
//     member (reload and chart), the trade form's preview and recording.
// Not part of ctest; run by hand and record the results in
// docs/benchmarks.md:
//   bench_ledgerscreens [--trades N] [--members N] [--years N]
// Defaults: 1,000,000 trades, 500 members, 10 years.
#include "testenvironment.h"

#include "ledger/demo.h"
#include "ledger/ledger.h"
#include "ledger/ledgercontroller.h"
#include "ledger/statementmodel.h"
#include "ledger/tradelistmodel.h"
#include "ledger/traderecorder.h"
#include "members/memberlistmodel.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "vault/vault.h"

#include "benchscreens.h"
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mycelium;
using namespace mycelium::bench;

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tradesOption(QStringLiteral("trades"), QStringLiteral("Trades to generate."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members to generate."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years of trading."), QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({tradesOption, membersOption, yearsOption});
    parser.process(app);

    QTemporaryDir settings;
    TestEnvironment::isolateSettings(settings.path());
    TestEnvironment env;
    if (!unlockNewVault(env, [&](const QString &passphrase) { return env.createVault(QStringLiteral("Benchmark Commons"), passphrase); }))
        return 1;
    Database &db = env.session()->vault()->database();
    LedgerController *ledger = env.ledger();

    DemoSpec spec;
    spec.trades = parser.value(tradesOption).toInt();
    spec.members = parser.value(membersOption).toInt();
    spec.years = parser.value(yearsOption).toInt();
    std::printf("# bench_ledgerscreens: %d members, %d trades over %d years; %s, %s, %d cores\n\n", spec.members, spec.trades, spec.years,
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()), QThread::idealThreadCount());
    std::printf("| figure | value |\n|---|---|\n");
    const double generated = timed([&] {
        if (const Status s = generateDemo(db, spec, env.clock().now()); !s) {
            std::fprintf(stderr, "generateDemo: %s\n", qPrintable(s.error().message));
            std::exit(1);
        }
    });
    row("generate the community (generateDemo, bulk)", generated / 1000.0, "s");
    ledger->notifyChanged();
    const long rssBefore = residentKiB();

    // 1. The trade list, page by page to the end.
    {
        TradeListModel trades;
        const double first = timed([&] { trades.setLedger(ledger); });
        row("ledger: first page of 200 (setLedger, with the member names)", first);
        QList<double> pages;
        pages.reserve(spec.trades / TradeListModel::kDefaultPageSize + 1);
        QElapsedTimer all;
        all.start();
        while (trades.canFetchMore({})) {
            QElapsedTimer page;
            page.start();
            trades.fetchMore({});
            pages.append(ms(page.nsecsElapsed()));
        }
        const double total = ms(all.nsecsElapsed());
        std::sort(pages.begin(), pages.end());
        row("ledger: fetchMore, one page of 200, median", pages.at(pages.size() / 2));
        row("ledger: fetchMore, p99", pages.at(std::min<qsizetype>(pages.size() - 1, pages.size() * 99 / 100)));
        row("ledger: fetchMore, worst", pages.constLast());
        row("ledger: every page to the last trade", total / 1000.0, "s");
        row("ledger: rows loaded", trades.count(), "trades");
        row("ledger: memory of all loaded rows (RSS growth)", double(residentKiB() - rssBefore) / 1024.0, "MiB");

        // 2. Counting, on the worker.
        QElapsedTimer counting;
        counting.start();
        trades.reload();
        (void)QTest::qWaitFor([&] { return trades.totalCount() >= 0; }, 600000);
        row("ledger: count all trades (worker thread)", ms(counting.nsecsElapsed()));

        // 3. Filters: the first page, then the count.
        const auto filtered = [&](const char *what, const std::function<void()> &set) {
            QElapsedTimer timer;
            timer.start();
            set();
            const double page = ms(timer.nsecsElapsed());
            (void)QTest::qWaitFor([&] { return trades.totalCount() >= 0; }, 600000);
            std::printf("| ledger: %s, first page | %.2f ms (count %lld after %.2f ms) |\n", what, page, static_cast<long long>(trades.totalCount()),
                        ms(timer.nsecsElapsed()));
        };
        filtered("one member", [&] { trades.setMember(1); });
        trades.clearFilter();
        filtered("one category", [&] { trades.setCategory(ledger->categories().value(0)); });
        trades.clearFilter();
        const QDate today = env.clock().today();
        filtered("one month, five years ago", [&] {
            trades.setFromText(today.addYears(-5).toString(Qt::ISODate));
            trades.setToText(today.addYears(-5).addMonths(1).toString(Qt::ISODate));
        });
        trades.clearFilter();
    }

    // 4. Members, statement, the trade form.
    {
        MemberListModel members;
        row("members: load all with balances", timed([&] { members.setLedger(ledger); }));
        row("members: search \"ana\" (median)", median(21, [&] {
                members.setFilter(QStringLiteral("ana"));
                members.setFilter({});
            }) / 2);

        std::int64_t busiest = 1;
        {
            std::int64_t most = -1;
            for (std::int64_t number = 1; number <= std::min<std::int64_t>(spec.members, 40); ++number) {
                ledger::TradeFilter filter;
                filter.member = number;
                const auto n = ledger::countTrades(db, filter);
                if (n && *n > most) {
                    most = *n;
                    busiest = number;
                }
            }
        }
        StatementModel statement;
        statement.setLedger(ledger);
        row("statement: the busiest of the first 40 members, with the chart", timed([&] { statement.setMemberNumber(busiest); }));
        std::printf("| statement: lines, chart points | %d, %lld |\n", statement.count(), static_cast<long long>(statement.balancePoints().size()));

        TradeRecorder recorder;
        recorder.setLedger(ledger);
        ledger->setHallMode(false);
        row("trade form: choose payer and payee, type the amount (preview)", median(21, [&] {
                recorder.setPayer(-1);
                recorder.setPayee(-1);
                recorder.setAmountText({});
                recorder.setPayer(2);
                recorder.setPayee(3);
                recorder.setAmountText(QStringLiteral("1.50"));
            }));
        QList<double> records;
        for (int i = 0; i < 21; ++i) {
            recorder.startNew();
            recorder.setPayer(2 + (i % 2));
            recorder.setPayee(3 - (i % 2));
            recorder.setAmountText(QStringLiteral("1.50"));
            records.append(timed([&] { recorder.record(); }));
        }
        std::sort(records.begin(), records.end());
        row("trade form: record (recordTrade, receipt, every model told), median", records.at(records.size() / 2));
    }
    return 0;
}
