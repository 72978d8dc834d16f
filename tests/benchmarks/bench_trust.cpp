// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints trust's figures for a large community:
//  1. the data: the ledger demo (5,000 members, 300,000 trades over five
//     years, a few reversals), then completed skill sessions tied to
//     existing trades and vouches, written with plain inserts in one
//     transaction;
//  2. trust::profile for the 200 members with the longest histories
//     (median and worst; target under 20 ms);
//  3. trust::depthMetrics over twelve months;
//  4. trust::scanAlerts: the first scan, and a second one that adds nothing.
//
// Usage: bench_trust [--members N] [--trades N] [--sessions N] [--dir DIR]
#include "common/clock.h"
#include "ledger/demo.h"
#include "storage/database.h"
#include "trust/trust.h"
#include "vault/vault.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

using namespace mycelium;
using namespace mycelium::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members (5000)."), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption tradesOption(QStringLiteral("trades"), QStringLiteral("Trades (300000)."), QStringLiteral("n"), QStringLiteral("300000"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"), QStringLiteral("Completed sessions (50000)."), QStringLiteral("n"),
                                            QStringLiteral("50000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Keep the files in this folder."), QStringLiteral("path"));
    parser.addOptions({membersOption, tradesOption, sessionsOption, dirOption});
    parser.process(app);
    if (sodium_init() < 0)
        return 1;

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QDateTime now(QDate(2026, 11, 21), QTime(18, 0));
    FixedClock clock(now);
    const QDate today = now.date();

    sayMachine(QStringLiteral("bench_trust"));

    const QString path = QDir(dir).filePath(QStringLiteral("trust.vault"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".key"));
    auto vault = must(Vault::create(path, QStringLiteral("Bench trust"), QStringLiteral("correct horse battery staple"), clock,
                                    KdfParams::fastForTests()),
                      QStringLiteral("Vault::create"));
    Database &db = vault->database();

    // 1. The data.
    DemoSpec spec;
    spec.members = parser.value(membersOption).toInt();
    spec.trades = parser.value(tradesOption).toInt();
    spec.years = 5;
    const double demoMs = timed([&] { must(generateDemo(db, spec, now), QStringLiteral("ledger demo")); });
    say(QStringLiteral("ledger demo (%1 members, %2 trades, 5 years): %3 s").arg(spec.members).arg(spec.trades).arg(demoMs / 1000, 0, 'f', 1));

    const int sessions = parser.value(sessionsOption).toInt();
    const double skillsMs = timed([&] {
        Transaction tx(db);
        must(tx.began(), QStringLiteral("begin"));
        // Sessions paid by existing trades between members: the payee gave,
        // the payer received; one in five delivered late.
        must(db.exec(QStringLiteral(
                 "INSERT INTO skill_session (provider, receiver, description, minutes, rate, planned_on, state, completed_on, trade, created_on) "
                 "SELECT pe.member_id, pa.member_id, 'help', 60 + (t.id % 4) * 30, 1000, "
                 " CASE WHEN t.id % 5 = 0 THEN date(t.trade_date, '-2 days') ELSE t.trade_date END, 'completed', t.trade_date, t.id, "
                 " date(t.trade_date, '-7 days') "
                 "FROM trade t JOIN account pa ON pa.id = t.payer JOIN account pe ON pe.id = t.payee "
                 "WHERE pa.member_id IS NOT NULL AND pe.member_id IS NOT NULL AND t.reverses IS NULL AND t.id % 3 = 0 LIMIT %1")
                         .arg(sessions)),
             QStringLiteral("sessions"));
        must(db.exec(QStringLiteral("INSERT INTO skill_tag (name, created_on) VALUES ('welding', '2020-01-01'), ('childcare', '2020-01-01'), "
                                    "('tutoring', '2020-01-01'), ('bookkeeping', '2020-01-01')")),
             QStringLiteral("tags"));
        must(db.exec(QStringLiteral("INSERT OR IGNORE INTO skill_verification (member, tag, vouched_by, vouched_on) "
                                    "SELECT s.provider, 1 + s.id % 4, s.receiver, s.completed_on FROM skill_session s WHERE s.id % 4 = 0")),
             QStringLiteral("vouches"));
        must(tx.commit(), QStringLiteral("commit"));
    });
    say(QStringLiteral("sessions and vouches: %1 sessions, %2 vouches in %3 s")
            .arg(must(db.scalar(QStringLiteral("SELECT count(*) FROM skill_session")), QStringLiteral("count")))
            .arg(must(db.scalar(QStringLiteral("SELECT count(*) FROM skill_verification")), QStringLiteral("count")))
            .arg(skillsMs / 1000, 0, 'f', 1));
    must(db.checkpoint(), QStringLiteral("checkpoint"));

    // 2. Profiles of the members with the longest histories.
    auto stmt = must(db.prepare(QStringLiteral("SELECT m.number, count(*) AS n FROM posting p JOIN account a ON a.id = p.account "
                                               "JOIN member m ON m.id = a.member_id GROUP BY m.number ORDER BY n DESC LIMIT 200")),
                     QStringLiteral("busiest"));
    QList<std::pair<std::int64_t, std::int64_t>> busiest;
    while (stmt.next())
        busiest.append({stmt.int64(0), stmt.int64(1)});
    (void)stmt.reset();
    QList<double> times;
    QList<double> cpu;
    TrustProfile longest;
    for (const auto &[number, lines] : busiest) {
        const qint64 cpuStart = threadCpuNanoseconds();
        times.append(timed([&] { longest = must(trust::profile(db, number, today), QStringLiteral("trust::profile")); }));
        cpu.append(ms(threadCpuNanoseconds() - cpuStart));
    }
    say(QStringLiteral("trust::profile, 200 members with the longest histories (%1 to %2 ledger lines): median %3 ms, worst %4 ms; "
                       "processor time median %5 ms, worst %6 ms; target < 20 ms")
            .arg(busiest.isEmpty() ? 0 : busiest.last().second)
            .arg(busiest.isEmpty() ? 0 : busiest.first().second)
            .arg(quantile(times, 0.5), 0, 'f', 2)
            .arg(quantile(times, 1.0), 0, 'f', 2)
            .arg(quantile(cpu, 0.5), 0, 'f', 2)
            .arg(quantile(cpu, 1.0), 0, 'f', 2));
    say(QStringLiteral("  the last: %1 trades, %2 sessions delivered, %3 vouchers, score %4")
            .arg(longest.trades)
            .arg(longest.sessionsDelivered)
            .arg(longest.vouchers)
            .arg(longest.scorePermille.value_or(-1)));

    // 3. Depth.
    DepthMetrics depth;
    const double depthMs = median(3, [&] { depth = must(trust::depthMetrics(db, today), QStringLiteral("trust::depthMetrics")); });
    say(QStringLiteral("trust::depthMetrics (12 months): median of 3 %1 ms (%2 trading members, %3 pairs)")
            .arg(depthMs, 0, 'f', 1)
            .arg(depth.tradingMembers)
            .arg(depth.distinctPairs));

    // 4. Alerts.
    int added = 0;
    const double firstScan = timed([&] { added = must(trust::scanAlerts(db, today, now), QStringLiteral("trust::scanAlerts")); });
    say(QStringLiteral("trust::scanAlerts, first scan: %1 ms, %2 alerts raised").arg(firstScan, 0, 'f', 1).arg(added));
    auto kinds = must(db.prepare(QStringLiteral("SELECT kind, count(*) FROM trust_alert GROUP BY kind ORDER BY kind")), QStringLiteral("kinds"));
    while (kinds.next())
        say(QStringLiteral("  %1: %2").arg(kinds.text(0)).arg(kinds.int64(1)));
    (void)kinds.reset();
    const double secondScan = timed([&] { added = must(trust::scanAlerts(db, today, now), QStringLiteral("trust::scanAlerts")); });
    say(QStringLiteral("trust::scanAlerts, second scan: %1 ms, %2 alerts raised").arg(secondScan, 0, 'f', 1).arg(added));
    return 0;
}
