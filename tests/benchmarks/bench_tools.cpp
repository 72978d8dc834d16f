// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the tool library's figures for a large library:
//  1. generation of 10,000 items and 200,000 past loans through the core
//     (members::add, tools::addItem, tools::checkout and tools::returnItem,
//     tools::openMaintenance/closeMaintenance, tools::placeHold), in one
//     transaction, in loans per second;
//  2. the desk's lookup of a scanned tag: tools::itemByTag, then
//     tools::availability and tools::openLoan;
//  3. the catalogue's search as it is typed, one keystroke at a time, with
//     and without filters;
//  4. a checkout and a return through the core, each its own transaction at
//     synchronous=FULL (as the vault runs), the log folded back between
//     them as the GUI does;
//  5. the other reads of the catalogue screens: categories, the statistics
//     strip, and an item page (item, loans, holds, maintenance, figures).
// Every figure is a median and p99 over many samples.
//
// Usage: bench_tools [--items N] [--loans N] [--members N] [--samples N] [--dir DIR]
//                    [--reuse] [--cache-kib N]
// Defaults: 10,000 items, 200,000 loans, 500 members, 1,000 samples. Files
// go to a temporary folder unless --dir is given (they are kept then);
// --reuse measures the library an earlier run left in --dir instead of
// generating one. --cache-kib sets SQLite's page cache of the connection
// (PRAGMA cache_size), which the vault leaves at SQLite's 2,000 KiB.
#include "common/clock.h"
#include "members/members.h"
#include "storage/database.h"
#include "tools/catalogue.h"
#include "tools/tools.h"
#include "vault/vault.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

using namespace mycelium;
using namespace mycelium::bench;

namespace {

// Milliseconds per sample, on the clock and of this thread's processor
// time: on a shared machine the first includes waiting for a core, the
// second only the work. The figures are order statistics.
class Timings
{
public:
    void add(qint64 wallNanoseconds, qint64 cpuNanoseconds)
    {
        m_wall.append(double(wallNanoseconds) / 1e6);
        m_cpu.append(double(cpuNanoseconds) / 1e6);
    }
    QString text(double target) const
    {
        if (m_wall.isEmpty())
            return QStringLiteral("no samples");
        const double p99 = quantile(m_wall, 0.99);
        const double cpuP99 = quantile(m_cpu, 0.99);
        return QStringLiteral("median %1 ms, p99 %2 ms, worst %3 ms; processor time median %4 ms, p99 %5 ms (n=%6)%7")
            .arg(quantile(m_wall, 0.5), 0, 'f', 3)
            .arg(p99, 0, 'f', 3)
            .arg(quantile(m_wall, 1.0), 0, 'f', 3)
            .arg(quantile(m_cpu, 0.5), 0, 'f', 3)
            .arg(cpuP99, 0, 'f', 3)
            .arg(m_wall.size())
            .arg(target > 0 ? QStringLiteral("; target < %1 ms: %2")
                                  .arg(target)
                                  .arg(p99 < target         ? QStringLiteral("met")
                                          : cpuP99 < target ? QStringLiteral("met in processor time")
                                                            : QStringLiteral("NOT MET"))
                            : QString());
    }

private:
    QList<double> m_wall;
    QList<double> m_cpu;
};

template<typename Work> void sample(Timings &timings, Work work)
{
    const qint64 cpu = threadCpuNanoseconds();
    QElapsedTimer timer;
    timer.start();
    work();
    timings.add(timer.nsecsElapsed(), threadCpuNanoseconds() - cpu);
}

// A deterministic dice, so that every run builds the same library.
class Dice
{
public:
    std::uint32_t roll(std::uint32_t sides)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % sides;
    }

private:
    std::uint32_t m_state = 2026;
};

struct Kind
{
    const char *name;
    const char *category;
    const char *tagPrefix;
    const char *description;
};

const std::array<Kind, 24> kKinds { {
    { "Cordless drill", "Power tools", "PT",
        "18 V with two batteries and a charger in the case; bits for wood, metal and masonry." },
    { "Hammer drill", "Power tools", "PT", "SDS-plus chuck for concrete and brick; wear ear protection." },
    { "Drill press", "Power tools", "PT", "Bench model with a vice; bolt it down before use." },
    { "Circular saw", "Power tools", "PT", "190 mm blade, guide rail included; for sheet material and boards." },
    { "Jigsaw", "Power tools", "PT", "Pendulum action, blades for wood and laminate in the box." },
    { "Angle grinder", "Power tools", "PT", "125 mm discs for cutting and grinding steel and stone." },
    { "Orbital sander", "Power tools", "PT", "Dust bag and a pack of sanding sheets, grits 80 to 240." },
    { "Ladder 3 m", "Ladders", "LA", "Aluminium step ladder, three sections; check the feet before use." },
    { "Extension ladder 6 m", "Ladders", "LA", "Two sections, needs two people to carry and set up." },
    { "Pressure washer", "Cleaning", "CL", "130 bar with a patio cleaner and a lance for cars and paving." },
    { "Carpet cleaner", "Cleaning", "CL", "Wet vacuum with shampoo tank; empty and dry it before returning." },
    { "Lawn mower", "Garden", "GA", "Petrol, 46 cm cut, grass box; bring it back with an empty tank." },
    { "Hedge trimmer", "Garden", "GA", "Battery, 55 cm blade; wear gloves and glasses." },
    { "Chainsaw", "Garden", "GA", "35 cm bar, chain oil included; only with the safety sign-off." },
    { "Wheelbarrow", "Garden", "GA", "90 litre tub, pneumatic tyre." },
    { "Sewing machine", "Sewing", "SE", "Straight and zigzag stitch, buttonhole foot, spare needles." },
    { "Overlocker", "Sewing", "SE", "Four threads; threading diagram inside the cover." },
    { "Tent for four", "Camping", "CA", "Two rooms, pegs and mallet in the bag; dry it before returning." },
    { "Camping stove", "Camping", "CA", "Two burners, gas cartridge not included." },
    { "Pasta machine", "Kitchen", "KI", "Hand crank with cutters for tagliatelle and spaghetti." },
    { "Food dehydrator", "Kitchen", "KI", "Five trays, timer and thermostat." },
    { "Bike repair stand", "Bicycle", "BI", "Clamp stand with a truing gauge and a tool tray." },
    { "Multimeter", "Electronics", "EL", "Auto-ranging; test leads and a thermocouple." },
    { "Wheelchair", "Medical", "ME", "Folding, self-propelled, with footrests and a cushion." },
} };

const std::array<const char *, 12> kMakers { { "Bosch", "Makita", "DeWalt", "Ryobi", "Festool", "Metabo", "Stihl",
    "Husqvarna", "Kärcher", "Singer", "Einhell", "Brother" } };

struct Library
{
    QStringList tags;
    QList<std::int64_t> members;
};

// Members, items and their past loans, in one transaction, through the core.
Library generate(Database &db, int memberCount, int itemCount, int loanCount, FixedClock &clock)
{
    Dice dice;
    Library library;
    const QDate today = clock.today();
    const QDate opened = today.addYears(-5);
    const QDateTime openedAt(opened, QTime(9, 0));
    Transaction tx(db);
    must(tx.began(), QStringLiteral("begin"));

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < memberCount; ++i) {
        NewMember member;
        member.name = QStringLiteral("Member %1").arg(i + 1);
        member.joinedOn = opened;
        library.members.append(must(members::add(db, member, openedAt), QStringLiteral("members::add")).number);
    }
    for (int i = 0; i < itemCount; ++i) {
        const Kind &kind = kKinds[std::size_t(i) % kKinds.size()];
        const char *maker = kMakers[dice.roll(std::uint32_t(kMakers.size()))];
        NewToolItem item;
        item.assetTag = QStringLiteral("%1-%2").arg(QLatin1String(kind.tagPrefix)).arg(i + 1, 5, 10, QLatin1Char('0'));
        item.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(kind.name), QString::fromUtf8(maker));
        item.category = QString::fromUtf8(kind.category);
        item.description = QString::fromUtf8(kind.description);
        item.location = QStringLiteral("Shelf %1%2").arg(QChar(u'A' + dice.roll(8))).arg(1 + dice.roll(20));
        item.replacementValue = std::int64_t(20 + dice.roll(400)) * 100;
        item.deposit = item.replacementValue / 5;
        item.loanDays = 7;
        item.lateFeePerDay = 100;
        // Intervals too long to come round here, but read by every check.
        if (i % 10 == 0)
            item.maintenanceEveryLoans = 1000;
        item.condition = i % 97 == 0 ? ToolItem::Condition::Retired : ToolItem::Condition::Good;
        item.createdOn = opened;
        library.tags.append(must(tools::addItem(db, item, openedAt), QStringLiteral("tools::addItem")).assetTag);
    }
    const double itemSeconds = double(timer.nsecsElapsed()) / 1e9;
    say(QStringLiteral("generated %1 members and %2 items in %3 s")
            .arg(memberCount)
            .arg(itemCount)
            .arg(itemSeconds, 0, 'f', 2));

    // Past loans: spread over five years, item by item, each returned
    // before the next goes out. One in a hundred comes back needing repair
    // and is mended (a maintenance record).
    timer.restart();
    QStringList lendable;
    for (int i = 0; i < itemCount; ++i) {
        if (i % 97 != 0)
            lendable.append(library.tags.at(i));
    }
    const int openLoans = std::min<int>(int(lendable.size()) / 12, loanCount / 20);
    const int pastLoans = loanCount - openLoans;
    const int perItem = std::max(1, pastLoans / int(lendable.size()));
    const int span = int(opened.daysTo(today.addDays(-30)));
    const int gap = std::max(2, span / (perItem + 1));
    int made = 0;
    int lastPercent = -10;
    for (int k = 0; k < perItem + 1 && made < pastLoans; ++k) {
        for (const QString &tag : std::as_const(lendable)) {
            if (made >= pastLoans)
                break;
            CheckoutRequest request;
            request.assetTag = tag;
            request.memberNumber = library.members.at(qsizetype(dice.roll(std::uint32_t(library.members.size()))));
            request.date = opened.addDays(qint64(k) * gap + dice.roll(std::uint32_t(gap / 3)) + 1);
            request.recordedBy = QStringLiteral("desk");
            // Recorded as if today: members' loans interleave, so a return
            // may fall on a day already settled for its borrower (the late
            // fee is then dated the first open day).
            const QDateTime at(today, QTime(10, 0));
            must(tools::checkout(db, request, at), QStringLiteral("tools::checkout %1").arg(tag));
            const QDate back = request.date.addDays(1 + dice.roll(12));
            const bool broken = dice.roll(100) == 0;
            must(tools::returnItem(db, tag, broken ? ToolItem::Condition::NeedsRepair : ToolItem::Condition::Good, back,
                     {}, at),
                QStringLiteral("tools::returnItem %1").arg(tag));
            if (broken)
                must(tools::closeMaintenance(db, tag, back.addDays(2), QStringLiteral("Replaced the switch"), 1500,
                         QStringLiteral("Repair café"), at),
                    QStringLiteral("tools::closeMaintenance"));
            ++made;
            const int percent = int(qint64(made) * 100 / std::max(1, pastLoans));
            if (percent >= lastPercent + 10) {
                std::fprintf(stderr, "  loans: %d%% (%.1f s)\n", percent, double(timer.elapsed()) / 1000.0);
                lastPercent = percent;
            }
        }
    }
    // Out now: one item in twelve, some of them overdue, a few with a queue.
    for (int i = 0; i < openLoans; ++i) {
        CheckoutRequest request;
        request.assetTag = lendable.at(qsizetype(i) * 12 + 5);
        request.memberNumber = library.members.at(qsizetype(dice.roll(std::uint32_t(library.members.size()))));
        request.date = today.addDays(-qint64(dice.roll(12)));
        request.recordedBy = QStringLiteral("desk");
        request.overdueOverrideReason = QStringLiteral("generated");
        must(tools::checkout(db, request, QDateTime(request.date, QTime(11, 0))),
            QStringLiteral("tools::checkout (open)"));
        ++made;
        if (i % 10 == 0) {
            std::int64_t waiting = library.members.at(qsizetype(dice.roll(std::uint32_t(library.members.size()))));
            if (waiting != request.memberNumber)
                must(tools::placeHold(db, request.assetTag, waiting, clock.now()), QStringLiteral("tools::placeHold"));
        }
    }
    // Under maintenance now: one item in two hundred.
    for (qsizetype i = 7; i < lendable.size(); i += 200) {
        if (!tools::openLoan(db, lendable.at(i))->has_value())
            must(tools::openMaintenance(db, lendable.at(i), today, QStringLiteral("Blade blunt"), clock.now()),
                QStringLiteral("tools::openMaintenance"));
    }
    must(tx.commit(), QStringLiteral("commit"));
    const double loanSeconds = double(timer.nsecsElapsed()) / 1e9;
    say(QStringLiteral(
        "generated %1 loans (%2 out now) through tools::checkout and tools::returnItem in %3 s = %4 loans/s")
            .arg(made)
            .arg(openLoans)
            .arg(loanSeconds, 0, 'f', 1)
            .arg(double(made) / loanSeconds, 0, 'f', 0));
    return library;
}

// Every prefix of `text`, as typed one character at a time.
QStringList keystrokes(const QString &text)
{
    QStringList typed;
    for (qsizetype i = 1; i <= text.size(); ++i)
        typed.append(text.left(i));
    return typed;
}

// As the catalogue screen asks (CatalogueModel::kCountUpTo): "more than
// 500 items match" is enough.
constexpr int kCountUpTo = 500;

struct SearchRun
{
    QString label;
    CatalogueQuery filters;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    // Counts, each with its default.
    const auto count = [&parser](const char *name, const char *what, int byDefault) {
        QCommandLineOption option(QString::fromLatin1(name),
            QStringLiteral("%1 (%2).").arg(QLatin1String(what)).arg(byDefault), QStringLiteral("n"),
            QString::number(byDefault));
        parser.addOption(option);
        return option;
    };
    const QCommandLineOption itemsOption = count("items", "Items", 10000);
    const QCommandLineOption loansOption = count("loans", "Loans", 200000);
    const QCommandLineOption membersOption = count("members", "Members", 500);
    const QCommandLineOption samplesOption = count("samples", "Samples per figure", 1000);
    const QCommandLineOption cacheOption = count("cache-kib", "SQLite's page cache in KiB", 2000);
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Keep the files in this folder."), QStringLiteral("path"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"), QStringLiteral("Measure the library left in --dir by an earlier run."));
    parser.addOptions({ dirOption, reuseOption });
    parser.process(app);
    const int itemCount = std::max(100, parser.value(itemsOption).toInt());
    const int loanCount = std::max(1000, parser.value(loansOption).toInt());
    const int memberCount = std::max(10, parser.value(membersOption).toInt());
    const int samples = std::max(10, parser.value(samplesOption).toInt());
    if (sodium_init() < 0)
        return 1;

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QDateTime now(QDate(2026, 11, 21), QTime(18, 0));
    FixedClock clock(now);
    const QDate today = now.date();

    sayMachine(QStringLiteral("bench_tools"));
    say(QStringLiteral("workload: %1 items, %2 loans, %3 members, %4 samples per figure, today %5")
            .arg(itemCount)
            .arg(loanCount)
            .arg(memberCount)
            .arg(samples)
            .arg(today.toString(Qt::ISODate)));

    // 1. The library.
    const QString path = QDir(dir).filePath(QStringLiteral("tools.vault"));
    const QString passphrase = QStringLiteral("correct horse battery staple");
    const bool reuse = parser.isSet(reuseOption) && parser.isSet(dirOption);
    auto vault = reuse
        ? must(Vault::openWithPassphrase(path, passphrase, clock), QStringLiteral("Vault::openWithPassphrase"))
        : must(Vault::create(path, QStringLiteral("Bench library"), passphrase, clock, KdfParams::fastForTests()),
            QStringLiteral("Vault::create"));
    Database &db = vault->database();
    if (parser.isSet(cacheOption))
        must(db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(parser.value(cacheOption).toInt())),
            QStringLiteral("cache_size"));
    say(QStringLiteral("SQLCipher %1, synchronous=%2 (2 = FULL), cache_size=%3%4")
            .arg(Database::cipherVersion(db.handle()))
            .arg(*db.scalar(QStringLiteral("PRAGMA synchronous")))
            .arg(*db.scalar(QStringLiteral("PRAGMA cache_size")))
            .arg(parser.isSet(cacheOption) ? QStringLiteral(" (set by --cache-kib, not what the vault uses)")
                                           : QString()));
    Library library;
    if (reuse) {
        for (const ToolItem &item : must(tools::items(db), QStringLiteral("tools::items")))
            library.tags.append(item.assetTag);
        for (const Member &member : must(members::list(db), QStringLiteral("members::list")))
            library.members.append(member.number);
        say(QStringLiteral("reusing %1: %2 items, %3 members")
                .arg(path)
                .arg(library.tags.size())
                .arg(library.members.size()));
    } else {
        library = generate(db, memberCount, itemCount, loanCount, clock);
    }
    must(db.checkpoint(), QStringLiteral("checkpoint"));
    say(QStringLiteral("vault: %1 MiB; %2 loans, %3 open, %4 waiting holds, %5 open maintenance records")
            .arg(double(QFile(path).size()) / (1024.0 * 1024.0), 0, 'f', 1)
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM tool_loan")))
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM tool_loan WHERE returned_on IS NULL")))
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM tool_hold WHERE state = 'waiting'")))
            .arg(*db.scalar(QStringLiteral("SELECT count(*) FROM tool_maintenance WHERE closed_on IS NULL"))));
    say(QString());

    Dice dice;
    // 2. The desk: a scanned tag.
    {
        Timings lookup;
        int lendable = 0;
        for (int i = 0; i < samples; ++i) {
            const QString tag = library.tags.at(qsizetype(dice.roll(std::uint32_t(library.tags.size()))));
            sample(lookup, [&] {
                const ToolItem item = must(tools::itemByTag(db, tag), QStringLiteral("itemByTag"));
                lendable += must(tools::availability(db, item.assetTag, today), QStringLiteral("availability")).lendable
                    ? 1
                    : 0;
                (void)must(tools::openLoan(db, item.assetTag), QStringLiteral("openLoan"));
            });
        }
        say(QStringLiteral("desk lookup (itemByTag + availability + openLoan): %1; %2 of them lendable")
                .arg(lookup.text(5))
                .arg(lendable));
    }

    // 3. The catalogue, as typed.
    {
        const QStringList typed = keystrokes(QStringLiteral("cordless drill"))
            + keystrokes(QStringLiteral("kärcher washer")) + keystrokes(QStringLiteral("PT-0123"))
            + keystrokes(QStringLiteral("hedge trimmer"));
        QList<SearchRun> runs;
        runs.append({ QStringLiteral("no filter"), {} });
        CatalogueQuery category;
        category.category = QStringLiteral("power tools");
        runs.append({ QStringLiteral("category Power tools"), category });
        CatalogueQuery in;
        in.state = CatalogueEntry::State::In;
        runs.append({ QStringLiteral("availability in"), in });
        CatalogueQuery onLoan;
        onLoan.state = CatalogueEntry::State::OnLoan;
        runs.append({ QStringLiteral("availability on loan"), onLoan });
        CatalogueQuery all = in;
        all.category = QStringLiteral("Power tools");
        all.condition = ToolItem::Condition::Good;
        runs.append({ QStringLiteral("category + in + good"), all });
        for (const SearchRun &run : std::as_const(runs)) {
            Timings keystroke;
            int matchesOfLast = 0;
            for (int i = 0; i < samples; ++i) {
                CatalogueQuery query = run.filters;
                query.text = typed.at(i % typed.size());
                query.today = today;
                query.countUpTo = kCountUpTo;
                sample(keystroke, [&] {
                    const CatalogueResult result = must(tools::search(db, query), QStringLiteral("search"));
                    if (query.text == QLatin1String("cordless drill"))
                        matchesOfLast = result.matches;
                });
            }
            say(QStringLiteral("catalogue search per keystroke, %1 (first page of 50, counted up to 500): %2; "
                               "\"cordless drill\" matches %3")
                    .arg(run.label, keystroke.text(10))
                    .arg(matchesOfLast));
        }
        Timings opening;
        for (int i = 0; i < samples / 10; ++i) {
            CatalogueQuery query;
            query.today = today;
            query.countUpTo = kCountUpTo;
            sample(opening, [&] { (void)must(tools::search(db, query), QStringLiteral("search")); });
        }
        say(QStringLiteral("catalogue opening (no words, first page of 50 and the count): %1").arg(opening.text(10)));
    }

    // 4. Checkout and return, one transaction each, at synchronous=FULL.
    {
        CatalogueQuery inQuery;
        inQuery.state = CatalogueEntry::State::In;
        inQuery.today = today;
        inQuery.limit = 0;
        const QList<CatalogueEntry> in = must(tools::search(db, inQuery), QStringLiteral("search in")).entries;
        Timings checkout;
        Timings giveBack;
        for (int i = 0; i < samples && i < in.size(); ++i) {
            CheckoutRequest request;
            request.assetTag = in.at(qsizetype(dice.roll(std::uint32_t(in.size())))).assetTag;
            request.memberNumber = library.members.at(qsizetype(dice.roll(std::uint32_t(library.members.size()))));
            request.date = today;
            request.recordedBy = QStringLiteral("desk");
            request.overdueOverrideReason = QStringLiteral("bench");
            if (tools::openLoan(db, request.assetTag)->has_value())
                continue;
            sample(checkout, [&] {
                (void)must(tools::checkout(db, request, now), QStringLiteral("checkout %1").arg(request.assetTag));
            });
            if (db.wantsCheckpoint())
                must(db.checkpoint(), QStringLiteral("checkpoint"));
            sample(giveBack, [&] {
                (void)must(tools::returnItem(db, request.assetTag, ToolItem::Condition::Good, today, {}, now),
                    QStringLiteral("return"));
            });
            if (db.wantsCheckpoint())
                must(db.checkpoint(), QStringLiteral("checkpoint"));
        }
        say(QStringLiteral("tools::checkout, one transaction each (fsync): %1").arg(checkout.text(10)));
        say(QStringLiteral("tools::returnItem, one transaction each (fsync): %1").arg(giveBack.text(10)));
    }

    // 5. The rest of the catalogue screens.
    {
        Timings categories;
        for (int i = 0; i < samples / 10; ++i)
            sample(categories, [&] { (void)must(tools::categories(db), QStringLiteral("categories")); });
        say(QStringLiteral("tools::categories (the filter's list): %1").arg(categories.text(0)));
        Timings statistics;
        for (int i = 0; i < 10; ++i)
            sample(statistics, [&] { (void)must(tools::statistics(db), QStringLiteral("statistics")); });
        say(QStringLiteral("tools::statistics (the strip, on the worker thread): %1").arg(statistics.text(0)));
        Timings page;
        for (int i = 0; i < samples / 10; ++i) {
            const QString tag = library.tags.at(qsizetype(dice.roll(std::uint32_t(library.tags.size()))));
            sample(page, [&] {
                (void)must(tools::itemByTag(db, tag), QStringLiteral("itemByTag"));
                (void)must(tools::openLoan(db, tag), QStringLiteral("openLoan"));
                (void)must(tools::loanHistory(db, tag), QStringLiteral("loanHistory"));
                (void)must(tools::holdQueue(db, tag), QStringLiteral("holdQueue"));
                (void)must(tools::maintenanceLog(db, tag), QStringLiteral("maintenanceLog"));
                (void)must(tools::itemStatistics(db, tag, today), QStringLiteral("itemStatistics"));
            });
        }
        say(QStringLiteral("item page (item, open loan, loan history, holds, maintenance log, figures): %1")
                .arg(page.text(0)));
    }
    say(QStringLiteral("load average at end: %1")
            .arg(procLine(QStringLiteral("/proc/loadavg"), {}).section(QLatin1Char(' '), 0, 2)));
    return 0;
}
