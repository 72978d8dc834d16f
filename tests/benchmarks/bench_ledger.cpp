// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the ledger's figures for a large community:
//  1. bulk generation of a demo community (generateDemo, bulk writer) into a
//     fresh encrypted vault, in trades per second;
//  2. the same workload on an unencrypted SQLite file, and the ratio (the
//     cost of SQLCipher);
//  3. the same spec through the ledger's own calls and through CSV import
//     (both use ledger::recordTrade), on a smaller number of trades;
//  4. recording one trade with ledger::recordTrade at synchronous=FULL in the
//     large vault (median, p99);
//  5. reading: balances, balancesAt a past day, a member's statement, the
//     first page of the trade list, verify;
//  6. exportLedgerJournal and `ledger -f FILE balance` on the export.
//
// The unencrypted file: Database::open always keys SQLCipher, so the program
// opens an empty encrypted database and ATTACHes a second file with KEY ''
// (SQLCipher's documented way to a plaintext database). The ledger's tables
// live only in the attached file, and SQLite resolves unqualified table
// names through main and then the attached databases, so the same code runs
// unchanged against a plain file through the same SQLCipher library. The
// program checks that the file starts with "SQLite format 3".
//
// Usage: bench_ledger [--members N] [--trades N] [--years N] [--samples N]
//                     [--slow-trades N] [--no-plain] [--no-ledger-cli]
//                     [--generate-only] [--dir DIR]
// Defaults: 500 members, 1,000,000 trades, 10 years, 1,000 samples,
// 20,000 trades for the slow paths. Files go to a temporary folder unless
// --dir is given (they are kept then).
#include "common/clock.h"
#include "ledger/csv.h"
#include "ledger/demo.h"
#include "ledger/ledger.h"
#include "ledger/ledgerexport.h"
#include "ledger/signals.h"
#include "members/members.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mycelium;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString fromFile(const QString &path, const QString &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &row : f.readAll().split('\n')) {
        if (row.startsWith(key.toLatin1()))
            return QString::fromUtf8(row.mid(row.indexOf(':') + 1)).trimmed();
    }
    return {};
}

QString mib(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Samples {
    QList<double> values; // ms
    double at(double quantile) const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype i = std::min<qsizetype>(sorted.size() - 1, qsizetype(quantile * double(sorted.size())));
        return sorted.at(i);
    }
    QString summary() const
    {
        return QStringLiteral("median %1 ms, p99 %2 ms, min %3, max %4 (n=%5)")
            .arg(at(0.5), 0, 'f', 3)
            .arg(at(0.99), 0, 'f', 3)
            .arg(*std::min_element(values.cbegin(), values.cend()), 0, 'f', 3)
            .arg(*std::max_element(values.cbegin(), values.cend()), 0, 'f', 3)
            .arg(values.size());
    }
};

Samples timeRepeated(int runs, const std::function<bool()> &work)
{
    Samples s;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return s;
        s.values << ms(t.nsecsElapsed());
    }
    return s;
}

QByteArray headHash(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1"));
    return stmt && stmt->next() ? stmt->blob(0).toHex().left(16) : QByteArray("(none)");
}

std::unique_ptr<Vault> createVault(const QString &path, const Clock &clock)
{
    auto vault = Vault::create(path, QStringLiteral("Bench community"), kPassphrase, clock, KdfParams::fastForTests());
    if (!vault) {
        line(QStringLiteral("cannot create %1: %2").arg(path, vault.error().message));
        std::exit(1);
    }
    return std::move(*vault);
}

// Generates and prints the rate; returns seconds.
double generate(Database &db, const DemoSpec &spec, const QDateTime &now, const QString &label)
{
    QElapsedTimer t;
    t.start();
    int lastPercent = -10;
    const Status s = generateDemo(db, spec, now, [&](int done, int total) {
        const int percent = total ? int(qint64(done) * 100 / total) : 100;
        if (percent >= lastPercent + 10) {
            std::fprintf(stderr, "  %s: %d%% (%.1f s)\n", qPrintable(label), percent, double(t.elapsed()) / 1000.0);
            lastPercent = percent;
        }
        return true;
    });
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!s) {
        line(QStringLiteral("%1 failed: %2").arg(label, s.error().message));
        std::exit(1);
    }
    const auto entries = db.scalar(QStringLiteral("SELECT count(*) FROM journal"));
    line(QStringLiteral("%1: %2 trades, %3 journal entries in %4 s = %5 trades/s")
             .arg(label)
             .arg(spec.trades)
             .arg(entries ? *entries : -1)
             .arg(seconds, 0, 'f', 2)
             .arg(double(spec.trades) / seconds, 0, 'f', 0));
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members (500)."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption tradesOption(QStringLiteral("trades"), QStringLiteral("Trades (1000000)."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years (10)."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Trades recorded one by one (1000)."), QStringLiteral("n"),
                                           QStringLiteral("1000"));
    const QCommandLineOption slowOption(QStringLiteral("slow-trades"), QStringLiteral("Trades for the ledger-call and CSV paths (20000)."),
                                        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption noPlainOption(QStringLiteral("no-plain"), QStringLiteral("Skip the unencrypted comparison."));
    const QCommandLineOption noLedgerOption(QStringLiteral("no-ledger-cli"), QStringLiteral("Skip ledger-cli."));
    const QCommandLineOption generateOnlyOption(QStringLiteral("generate-only"), QStringLiteral("Stop after the encrypted bulk generation (for profiling)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Keep the files in this folder."), QStringLiteral("path"));
    parser.addOptions({membersOption, tradesOption, yearsOption, samplesOption, slowOption, noPlainOption, noLedgerOption, generateOnlyOption, dirOption});
    parser.process(app);

    DemoSpec spec;
    spec.members = parser.value(membersOption).toInt();
    spec.trades = parser.value(tradesOption).toInt();
    spec.years = parser.value(yearsOption).toInt();
    spec.seed = 2026;
    const int samples = parser.value(samplesOption).toInt();
    const int slowTrades = parser.value(slowOption).toInt();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QDateTime startedAt = QDateTime::currentDateTime();
    const QDateTime now(QDate(2026, 11, 21), QTime(18, 0));
    FixedClock clock(now);

    line(QStringLiteral("bench_ledger — %1").arg(startedAt.toString(Qt::ISODate)));
    line(QStringLiteral("machine: %1, kernel %2, %3, %4 cores, %5 RAM")
             .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(), fromFile(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")))
             .arg(QThread::idealThreadCount())
             .arg(fromFile(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))));
    const QStorageInfo storage(dir);
    line(QStringLiteral("Qt %1; files in %2 (%3 on %4)")
             .arg(QString::fromLatin1(qVersion()), dir, QString::fromLatin1(storage.fileSystemType()), QString::fromLatin1(storage.device())));
    // The machine may be shared: say how busy it was.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        line(QStringLiteral("load average at start: %1").arg(QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)));
    line(QStringLiteral("workload: %1 members, %2 trades over %3 years, seed %4, today %5")
             .arg(spec.members)
             .arg(spec.trades)
             .arg(spec.years)
             .arg(spec.seed)
             .arg(now.date().toString(Qt::ISODate)));
    line(QString());

    // 1. Bulk generation into an encrypted vault.
    const QString vaultPath = QDir(dir).filePath(QStringLiteral("bench.vault"));
    auto vault = createVault(vaultPath, clock);
    Database &db = vault->database();
    QString journalMode;
    if (auto stmt = db.prepare(QStringLiteral("PRAGMA journal_mode")); stmt && stmt->next())
        journalMode = stmt->text(0);
    line(QStringLiteral("SQLCipher %1, synchronous=%2 (2 = FULL), journal_mode=%3")
             .arg(Database::cipherVersion(db.handle()))
             .arg(*db.scalar(QStringLiteral("PRAGMA synchronous")))
             .arg(journalMode));
    const double encrypted = generate(db, spec, now, QStringLiteral("bulk, encrypted vault"));
    line(QStringLiteral("  vault file with WAL: %1; journal head %2").arg(mib(fileSize(vaultPath)), QString::fromLatin1(headHash(db))));
    if (parser.isSet(generateOnlyOption))
        return 0;

    // 2. The same workload on plain SQLite files: with SQLite's default page
    // (4 KiB), and with the vault's (SQLCipher 3 uses 1 KiB pages), which
    // separates the cost of encrypting from the cost of the smaller pages.
    if (!parser.isSet(noPlainOption)) {
        for (const int pageSize : {4096, 1024}) {
            const QString plainPath = QDir(dir).filePath(QStringLiteral("plain-%1.sqlite").arg(pageSize));
            {
                // The connection may not create files: make an empty one (an
                // empty file is an empty database), then export the schema
                // of a fresh vault into it (sqlcipher_export).
                QFile touch(plainPath);
                if (!touch.open(QIODevice::WriteOnly))
                    return 1;
                touch.close();
                auto schema = createVault(QDir(dir).filePath(QStringLiteral("schema-%1.vault").arg(pageSize)), clock);
                const Status exported = schema->database().exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''; PRAGMA plain.page_size = %2; "
                                                                               "SELECT sqlcipher_export('plain'); DETACH DATABASE plain;")
                                                                    .arg(plainPath)
                                                                    .arg(pageSize));
                if (!exported) {
                    line(QStringLiteral("cannot make the plain file: %1").arg(exported.error().message));
                    return 1;
                }
            }
            unsigned char key[32];
            randombytes_buf(key, sizeof key);
            auto front = Database::open(QDir(dir).filePath(QStringLiteral("front-%1.db").arg(pageSize)), key, true);
            if (!front) {
                line(front.error().message);
                return 1;
            }
            if (auto s = front->exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''; PRAGMA plain.journal_mode=WAL; PRAGMA plain.synchronous=FULL;")
                                         .arg(plainPath));
                !s) {
                line(s.error().message);
                return 1;
            }
            const double plain = generate(*front, spec, now, QStringLiteral("bulk, plain SQLite file, %1-byte pages").arg(pageSize));
            QFile header(plainPath);
            const bool isPlain = header.open(QIODevice::ReadOnly) && header.read(16) == QByteArray("SQLite format 3\0", 16);
            line(QStringLiteral("  plain file with WAL: %1; starts with \"SQLite format 3\": %2; journal head %3 (%4 the vault's)")
                     .arg(mib(fileSize(plainPath)), isPlain ? QStringLiteral("yes") : QStringLiteral("NO"), QString::fromLatin1(headHash(*front)),
                          headHash(*front) == headHash(db) ? QStringLiteral("same as") : QStringLiteral("DIFFERENT from")));
            line(QStringLiteral("  encrypted / plain (%1-byte pages) = %2x%3")
                     .arg(pageSize)
                     .arg(encrypted / plain, 0, 'f', 2)
                     .arg(pageSize == 4096 ? QStringLiteral("  <- SQLCipher's overhead as shipped; target at most 1.5x") : QString()));
            front->close();
            QFile::remove(plainPath);
            QFile::remove(plainPath + QStringLiteral("-wal"));
        }
    }

    // 3. The slow paths, on a smaller spec, against bulk on the same spec.
    if (slowTrades > 0) {
        DemoSpec small = spec;
        small.trades = slowTrades;
        auto a = createVault(QDir(dir).filePath(QStringLiteral("small-bulk.vault")), clock);
        const double bulkSmall = generate(a->database(), small, now, QStringLiteral("bulk, %1 trades").arg(slowTrades));
        small.writer = DemoSpec::Writer::LedgerCalls;
        auto b = createVault(QDir(dir).filePath(QStringLiteral("small-calls.vault")), clock);
        const double callsSmall = generate(b->database(), small, now, QStringLiteral("ledger calls, %1 trades").arg(slowTrades));
        line(QStringLiteral("  ledger calls / bulk = %1x; same journal head: %2")
                 .arg(callsSmall / bulkSmall, 0, 'f', 1)
                 .arg(headHash(a->database()) == headHash(b->database()) ? QStringLiteral("yes") : QStringLiteral("NO")));

        // CSV: export the small vault, import into a fresh one.
        const QString csvDir = QDir(dir).filePath(QStringLiteral("csv"));
        QElapsedTimer t;
        t.start();
        if (auto s = exportCsv(a->database(), csvDir); !s) {
            line(s.error().message);
            return 1;
        }
        line(QStringLiteral("exportCsv, %1 trades: %2 s").arg(slowTrades).arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 2));
        auto c = createVault(QDir(dir).filePath(QStringLiteral("imported.vault")), FixedClock(now.addYears(-spec.years - 1)));
        QFile membersCsv(QDir(csvDir).filePath(QStringLiteral("members.csv")));
        QFile tradesCsv(QDir(csvDir).filePath(QStringLiteral("trades.csv")));
        if (!membersCsv.open(QIODevice::ReadOnly) || !tradesCsv.open(QIODevice::ReadOnly))
            return 1;
        // Without the status column: a member who left could not have the
        // trades from before they left recorded. (No PIN column either, so
        // no Argon2 here.)
        QByteArray activeMembers;
        {
            const QByteArray bytes = membersCsv.readAll();
            csv::Reader reader(bytes);
            while (reader.next()) {
                QStringList fields = reader.fields();
                fields.removeAt(4); // number,name,contact,joined_on,status,...
                activeMembers += csv::record(fields);
            }
        }
        QBuffer membersBuffer(&activeMembers);
        membersBuffer.open(QIODevice::ReadOnly);
        t.restart();
        auto imported = importMembers(c->database(), membersBuffer, now);
        if (!imported) {
            line(imported.error().message);
            return 1;
        }
        // members.csv has the credit line but not the productive capacity it
        // comes from: carry it over, or bigger trades would be refused.
        for (const Member &m : *members::list(a->database())) {
            if (m.capacity != ProductiveCapacity())
                (void)members::setProductiveCapacity(c->database(), m.number, m.capacity, now);
        }
        // Rates as the demo set them, so that demurrage recomputes the same.
        auto rates = ledger::demurrageSchedule(a->database());
        for (const DemurrageRate &r : rates->rates())
            (void)ledger::setDemurrageRate(c->database(), r, r.effectiveFrom.startOfDay());
        line(QStringLiteral("importMembers, %1 members: %2 s").arg(*imported).arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 2));
        t.restart();
        auto importedTrades = importTrades(c->database(), tradesCsv, now);
        const double importSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!importedTrades) {
            line(QStringLiteral("importTrades failed: %1").arg(importedTrades.error().message));
        } else {
            line(QStringLiteral("importTrades (ledger::recordTrade in one transaction), %1 trades: %2 s = %3 trades/s")
                     .arg(*importedTrades)
                     .arg(importSeconds, 0, 'f', 2)
                     .arg(double(*importedTrades) / importSeconds, 0, 'f', 0));
        }
    }

    // 4. One trade at a time, each its own transaction, synchronous=FULL.
    {
        auto all = members::list(db);
        QList<std::int64_t> active;
        for (const Member &m : *all) {
            if (m.status == Member::Status::Active)
                active << m.number;
        }
        std::uint32_t pick = 1;
        // As the GUI does: the log is folded back into the vault between
        // trades (LedgerController::checkpointIfDue, untimed here), or, for
        // comparison, by SQLite inside every 1,000th page's commit.
        const auto recordSeries = [&](bool checkpointBetween) {
            Samples s;
            int refused = 0;
            for (int i = 0; i < samples && active.size() >= 2; ++i) {
                pick = pick * 1664525u + 1013904223u;
                TradeRequest request;
                request.payer = active.at(qsizetype(pick % quint32(active.size())));
                request.payee = active.at(qsizetype((pick / 7 + 1 + pick % quint32(active.size() - 1)) % quint32(active.size())));
                if (request.payee == request.payer)
                    request.payee = active.at((active.indexOf(request.payer) + 1) % active.size());
                request.amount = 500;
                request.memo = QStringLiteral("Bench trade");
                request.category = QStringLiteral("food");
                request.date = now.date();
                request.recordedBy = QStringLiteral("bench");
                QElapsedTimer t;
                t.start();
                auto recorded = ledger::recordTrade(db, request, now);
                const qint64 elapsed = t.nsecsElapsed();
                if (recorded)
                    s.values << ms(elapsed);
                else
                    ++refused;
                if (checkpointBetween && db.wantsCheckpoint())
                    (void)db.checkpoint();
            }
            line(QStringLiteral("ledger::recordTrade, one trade per transaction (fsync), %1: %2; refused %3; target p99 < 5 ms")
                     .arg(checkpointBetween ? QStringLiteral("checkpoint between trades") : QStringLiteral("SQLite's automatic checkpoint"))
                     .arg(s.values.isEmpty() ? QStringLiteral("-") : s.summary())
                     .arg(refused));
        };
        recordSeries(true);
        (void)db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
        recordSeries(false);
        (void)db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }

    // 5. Reading.
    {
        line(QStringLiteral("ledger::balances: %1; target < 20 ms").arg(timeRepeated(20, [&] { return ledger::balances(db).ok(); }).summary()));
        const QDate past = now.date().addYears(-1);
        line(QStringLiteral("ledger::balancesAt(%1): %2; target < 20 ms")
                 .arg(past.toString(Qt::ISODate))
                 .arg(timeRepeated(20, [&] { return ledger::balancesAt(db, past, now).ok(); }).summary()));
        std::int64_t busiest = 1;
        if (auto stmt = db.prepare(QStringLiteral("SELECT m.number FROM trade t JOIN account a ON a.id = t.payer JOIN member m ON m.id = a.member_id "
                                                  "GROUP BY t.payer ORDER BY count(*) DESC LIMIT 1"));
            stmt && stmt->next())
            busiest = stmt->int64(0);
        int statementLines = 0;
        const Samples statement = timeRepeated(20, [&] {
            auto lines = ledger::statementPage(db, busiest, 200);
            statementLines = lines ? int(lines->size()) : -1;
            return lines.ok();
        });
        auto length = ledger::statementLength(db, busiest);
        line(QStringLiteral("ledger::statementPage(member %1 of %2 lines, first page: %3 lines): %4; target < 20 ms")
                 .arg(busiest)
                 .arg(length ? *length : -1)
                 .arg(statementLines)
                 .arg(statement.summary()));
        line(QStringLiteral("ledger::statementLength(member %1): %2")
                 .arg(busiest)
                 .arg(timeRepeated(20, [&] { return ledger::statementLength(db, busiest).ok(); }).summary()));
        int points = 0;
        line(QStringLiteral("ledger::balanceHistory(member %1, for the chart): %2; %3 days")
                 .arg(busiest)
                 .arg(timeRepeated(10, [&] {
                          auto history = ledger::balanceHistory(db, busiest);
                          points = history ? int(history->size()) : -1;
                          return history.ok();
                      }).summary())
                 .arg(points));
        line(QStringLiteral("ledger::signals (12 months, for the Overview): %1")
                 .arg(timeRepeated(5, [&] { return ledger::signals(db, now.date(), 12).ok(); }).summary()));
        line(QStringLiteral("ledger::trades first page (50, everyone): %1")
                 .arg(timeRepeated(20, [&] { return ledger::trades(db, {}, 50).ok(); }).summary()));
        ledger::TradeFilter mine;
        mine.member = busiest;
        line(QStringLiteral("ledger::trades first page (50, member %1): %2")
                 .arg(busiest)
                 .arg(timeRepeated(20, [&] { return ledger::trades(db, mine, 50).ok(); }).summary()));
        QElapsedTimer t;
        t.start();
        const auto problems = vault->verify();
        line(QStringLiteral("Vault::verify: %1 s, %2 problems").arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 2).arg(problems.size()));
        for (const IntegrityProblem &p : problems)
            line(QStringLiteral("  %1: %2").arg(p.check, p.message));
    }

    // 6. ledger-cli on the exported journal.
    if (!parser.isSet(noLedgerOption)) {
        const QString journalPath = QDir(dir).filePath(QStringLiteral("export.journal"));
        QElapsedTimer t;
        t.start();
        {
            QFile out(journalPath);
            if (!out.open(QIODevice::WriteOnly) || !exportLedgerJournal(db, out).ok()) {
                line(QStringLiteral("exportLedgerJournal failed"));
                return 1;
            }
        }
        line(QStringLiteral("exportLedgerJournal: %1 s, %2").arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 2).arg(mib(QFileInfo(journalPath).size())));
        const QString program = QStandardPaths::findExecutable(QStringLiteral("ledger"));
        if (program.isEmpty()) {
            line(QStringLiteral("ledger-cli is not installed; skipped"));
        } else {
            QProcess ledgerCli;
            t.restart();
            ledgerCli.start(program, {QStringLiteral("-f"), journalPath, QStringLiteral("balance")});
            ledgerCli.waitForFinished(-1);
            line(QStringLiteral("`ledger -f export.journal balance`: %1 s (exit %2)")
                     .arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 2)
                     .arg(ledgerCli.exitCode()));
        }
    }
    if (QFile end(QStringLiteral("/proc/loadavg")); end.open(QIODevice::ReadOnly))
        line(QStringLiteral("load average at end: %1").arg(QString::fromLatin1(end.readAll()).section(QLatin1Char(' '), 0, 2)));
    line(QStringLiteral("total: %1 s").arg(double(startedAt.msecsTo(QDateTime::currentDateTime())) / 1000.0, 0, 'f', 1));
    return 0;
}
