// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "members/members.h"
#include "storage/database.h"
#include "tools/desk.h"
#include "tools/tools.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr std::int64_t credits(std::int64_t whole)
{
    return whole * 100;
}
} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    int m_counter = 0;
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    QDate today() const { return m_clock.today(); }

    Member addMember(const QString &name, std::optional<std::int64_t> number = std::nullopt)
    {
        auto member = members::add(db(), {name, number, {}, today().addYears(-1), {}}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    ToolItem addItem(const QString &tag, const QString &name, std::int64_t lateFee = credits(2), int everyLoans = 0, int everyDays = 0,
                     ToolItem::Condition condition = ToolItem::Condition::Good)
    {
        NewToolItem item;
        item.assetTag = tag;
        item.name = name;
        item.category = QStringLiteral("Power tools");
        item.replacementValue = credits(120);
        item.loanDays = 7;
        item.lateFeePerDay = lateFee;
        item.maintenanceEveryLoans = everyLoans;
        item.maintenanceEveryDays = everyDays;
        item.condition = condition;
        item.createdOn = today().addDays(-200);
        auto added = tools::addItem(db(), item, m_clock.now());
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return *added;
    }

    void lend(const QString &tag, std::int64_t member, QDate date)
    {
        CheckoutRequest request;
        request.assetTag = tag;
        request.memberNumber = member;
        request.date = date;
        request.recordedBy = QStringLiteral("desk");
        auto loan = tools::checkout(db(), request, m_clock.now());
        if (!loan)
            qFatal("%s", qPrintable(loan.error().message));
    }

    void giveBack(const QString &tag, QDate date, ToolItem::Condition condition = ToolItem::Condition::Good)
    {
        auto loan = tools::returnItem(db(), tag, condition, date, {}, m_clock.now());
        if (!loan)
            qFatal("%s", qPrintable(loan.error().message));
    }

    std::int64_t journalEntries() { return *db().scalar(QStringLiteral("SELECT count(*) FROM journal")); }

    QStringList listedTags(const QList<MaintenanceEntry> &entries)
    {
        QStringList tags;
        for (const MaintenanceEntry &entry : entries)
            tags.append(entry.item.assetTag);
        return tags;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("d%1.vault").arg(++m_counter)), QStringLiteral("Riverside"), kPassphrase,
                                   m_clock, KdfParams::fastForTests());
        QVERIFY(vault);
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    void aScanIsAnItemThenAMemberThenNothing()
    {
        const Member ana = addMember(QStringLiteral("Ana Lima"), 12);
        addMember(QStringLiteral("Ben Okafor"), 42);
        addItem(QStringLiteral("DR-001"), QStringLiteral("Drill"));
        // A tag made of digits is the item's, even when a member has that number.
        addItem(QStringLiteral("42"), QStringLiteral("Ladder"));

        auto drill = desk::resolveScan(db(), QStringLiteral("  dr-001 "));
        QVERIFY(drill);
        QCOMPARE(drill->kind, DeskScan::Kind::Item);
        QCOMPARE(drill->item.assetTag, QStringLiteral("DR-001"));
        QCOMPARE(drill->item.name, QStringLiteral("Drill"));

        QCOMPARE(desk::resolveScan(db(), QStringLiteral("42"))->kind, DeskScan::Kind::Item);
        QCOMPARE(desk::resolveScan(db(), QStringLiteral("42"))->item.name, QStringLiteral("Ladder"));

        for (const QString &card : {QStringLiteral("12"), QStringLiteral("#12"), QStringLiteral("0012"), QStringLiteral(" 12\t")}) {
            auto member = desk::resolveScan(db(), card);
            QVERIFY(member);
            QCOMPARE(member->kind, DeskScan::Kind::Member);
            QCOMPARE(member->member.id, ana.id);
            QCOMPARE(member->member.name, QStringLiteral("Ana Lima"));
        }

        for (const QString &unknown : {QString(), QStringLiteral("   "), QStringLiteral("DR-002"), QStringLiteral("13"), QStringLiteral("0"),
                                       QStringLiteral("12a"), QStringLiteral("99999999999999999999")}) {
            auto nothing = desk::resolveScan(db(), unknown);
            QVERIFY2(nothing, qPrintable(unknown));
            QCOMPARE(nothing->kind, DeskScan::Kind::Nothing);
        }
    }

    void latenessCountsWholeDaysAcrossMonthEnds()
    {
        QCOMPARE(*tools::lateness(QDate(2026, 1, 30), QDate(2026, 1, 29), credits(2)), (std::pair<int, std::int64_t>{0, 0}));
        QCOMPARE(*tools::lateness(QDate(2026, 1, 30), QDate(2026, 1, 30), credits(2)), (std::pair<int, std::int64_t>{0, 0}));
        // 30 Jan to 2 Mar 2026: 1 + 28 + 2 days.
        QCOMPARE(*tools::lateness(QDate(2026, 1, 30), QDate(2026, 3, 2), credits(2)), (std::pair<int, std::int64_t>{31, credits(62)}));
        // 2028 is a leap year.
        QCOMPARE(tools::lateness(QDate(2028, 2, 28), QDate(2028, 3, 1), 150)->first, 2);
        QCOMPARE(tools::lateness(QDate(2028, 2, 28), QDate(2028, 3, 1), 150)->second, 300);
        QVERIFY(!tools::lateness(QDate(2026, 1, 1), QDate(2026, 1, 3), std::numeric_limits<std::int64_t>::max() / 2 + 1));
    }

    void anItemAtTheDeskShowsItsLoanFeeAndHold()
    {
        addMember(QStringLiteral("Ana Lima"), 12);
        addMember(QStringLiteral("Ben Okafor"), 2);
        addItem(QStringLiteral("DR-001"), QStringLiteral("Drill"), credits(2));

        auto in = desk::itemAtDesk(db(), QStringLiteral("dr-001"), today());
        QVERIFY(in);
        QVERIFY(in->availability.lendable);
        QVERIFY(!in->loan);
        QCOMPARE(in->daysLate, 0);
        QVERIFY(in->queue.isEmpty());
        QVERIFY(!in->heldUntil.isValid());

        lend(QStringLiteral("DR-001"), 12, today().addDays(-10)); // due three days ago
        auto out = desk::itemAtDesk(db(), QStringLiteral("DR-001"), today());
        QVERIFY(out);
        QVERIFY(!out->availability.lendable);
        QVERIFY2(out->availability.reason.contains(QLatin1String("Ana Lima")), qPrintable(out->availability.reason));
        QVERIFY(out->loan);
        QCOMPARE(out->loan->memberNumber, 12);
        QCOMPARE(out->loan->dueOn, today().addDays(-3));
        QCOMPARE(out->daysLate, 3);
        QCOMPARE(out->feeSoFar, credits(6));
        // A day later the fee has grown by one day's rate.
        QCOMPARE(desk::itemAtDesk(db(), QStringLiteral("DR-001"), today().addDays(1))->feeSoFar, credits(8));

        // Ben queues; while it is out nobody is held for.
        QVERIFY(tools::placeHold(db(), QStringLiteral("DR-001"), 2, m_clock.now()));
        out = desk::itemAtDesk(db(), QStringLiteral("DR-001"), today());
        QCOMPARE(out->queue.size(), 1);
        QCOMPARE(out->queue.constFirst().memberName, QStringLiteral("Ben Okafor"));
        QVERIFY(!out->heldUntil.isValid());

        // Back today: kept for Ben for hold_days days, today the first of them.
        giveBack(QStringLiteral("DR-001"), today());
        QVERIFY(tools::setHoldDays(db(), 4, m_clock.now()));
        auto held = desk::itemAtDesk(db(), QStringLiteral("DR-001"), today());
        QVERIFY(held);
        QVERIFY(!held->loan);
        QCOMPARE(held->daysLate, 0);
        QCOMPARE(held->heldUntil, today().addDays(3));
        // The last held day is the last day the hold does not expire on.
        QVERIFY(tools::expireHolds(db(), QStringLiteral("DR-001"), held->heldUntil, m_clock.now()));
        QCOMPARE(tools::holdQueue(db(), QStringLiteral("DR-001"))->size(), 1);
        QVERIFY(tools::expireHolds(db(), QStringLiteral("DR-001"), held->heldUntil.addDays(1), m_clock.now()));
        QVERIFY(tools::holdQueue(db(), QStringLiteral("DR-001"))->isEmpty());

        QVERIFY(!desk::itemAtDesk(db(), QStringLiteral("NOPE"), today()));
    }

    void aMembersLoansOpenFirstWithOverdueMarked()
    {
        addMember(QStringLiteral("Ana Lima"), 12);
        addItem(QStringLiteral("DR-001"), QStringLiteral("Drill"), credits(2));
        addItem(QStringLiteral("LD-002"), QStringLiteral("Ladder"), 50);
        addItem(QStringLiteral("SW-003"), QStringLiteral("Saw"), credits(1));
        // The saw went out and came back two days late.
        lend(QStringLiteral("SW-003"), 12, today().addDays(-30));
        giveBack(QStringLiteral("SW-003"), today().addDays(-21));
        lend(QStringLiteral("DR-001"), 12, today().addDays(-2)); // due in five days
        lend(QStringLiteral("LD-002"), 12, today().addDays(-12)); // five days late

        auto loans = desk::memberLoans(db(), 12, today());
        QVERIFY(loans);
        QCOMPARE(loans->size(), 3);
        // Open ones first, the earliest due first.
        QCOMPARE(loans->at(0).loan.assetTag, QStringLiteral("LD-002"));
        QVERIFY(loans->at(0).overdue());
        QCOMPARE(loans->at(0).daysLate, 5);
        QCOMPARE(loans->at(0).fee, 250);
        QCOMPARE(loans->at(1).loan.assetTag, QStringLiteral("DR-001"));
        QVERIFY(!loans->at(1).overdue());
        QCOMPARE(loans->at(1).fee, 0);
        QCOMPARE(loans->at(2).loan.assetTag, QStringLiteral("SW-003"));
        QVERIFY(!loans->at(2).loan.isOpen());
        QVERIFY(!loans->at(2).overdue());
        QCOMPARE(loans->at(2).daysLate, 2);
        QCOMPARE(loans->at(2).fee, credits(2));

        QVERIFY(!desk::memberLoans(db(), 99, today()));

        // The counts agree with the list, without reading it.
        auto atDesk = desk::memberAtDesk(db(), 12, today());
        QVERIFY(atDesk);
        QCOMPARE(atDesk->member.name, QStringLiteral("Ana Lima"));
        QCOMPARE(atDesk->openLoans, 2);
        QCOMPARE(atDesk->overdueLoans, 1);
        // Six days on, the drill is late too; the day the ladder was due, nothing was.
        QCOMPARE(desk::memberAtDesk(db(), 12, today().addDays(6))->overdueLoans, 2);
        QCOMPARE(desk::memberAtDesk(db(), 12, today().addDays(-7))->overdueLoans, 0);
        QVERIFY(!desk::memberAtDesk(db(), 99, today()));
    }

    void theMaintenanceListHasOpenRecordsThenDueItems()
    {
        addMember(QStringLiteral("Ana Lima"), 12);
        addItem(QStringLiteral("AA-001"), QStringLiteral("Drill"));
        addItem(QStringLiteral("BB-002"), QStringLiteral("Hedge trimmer"), 0, 2); // every 2 loans
        addItem(QStringLiteral("CC-003"), QStringLiteral("Mower"), 0, 0, 90); // every 90 days, added 200 days ago
        addItem(QStringLiteral("DD-004"), QStringLiteral("Sander"), 0, 0, 0, ToolItem::Condition::NeedsRepair);
        addItem(QStringLiteral("EE-005"), QStringLiteral("Old jigsaw"), 0, 0, 0, ToolItem::Condition::Retired);
        addItem(QStringLiteral("FF-006"), QStringLiteral("Washer"));
        addItem(QStringLiteral("GG-007"), QStringLiteral("Tile cutter"), 0, 3); // every 3 loans, lent twice
        addItem(QStringLiteral("HH-008"), QStringLiteral("Steamer"), 0, 1); // every loan; out now

        lend(QStringLiteral("BB-002"), 12, today().addDays(-40));
        giveBack(QStringLiteral("BB-002"), today().addDays(-35));
        lend(QStringLiteral("BB-002"), 12, today().addDays(-30));
        giveBack(QStringLiteral("BB-002"), today().addDays(-25));
        lend(QStringLiteral("GG-007"), 12, today().addDays(-20));
        giveBack(QStringLiteral("GG-007"), today().addDays(-15));
        lend(QStringLiteral("GG-007"), 12, today().addDays(-14));
        giveBack(QStringLiteral("GG-007"), today().addDays(-10));
        lend(QStringLiteral("HH-008"), 12, today().addDays(-1));
        // The drill came back broken (a record opens), the washer went in by hand, earlier.
        lend(QStringLiteral("AA-001"), 12, today().addDays(-9));
        giveBack(QStringLiteral("AA-001"), today().addDays(-2), ToolItem::Condition::NeedsRepair);
        QVERIFY(tools::openMaintenance(db(), QStringLiteral("FF-006"), today().addDays(-5), QStringLiteral("Leaking hose"), m_clock.now()));

        auto list = desk::maintenanceList(db(), today());
        QVERIFY(list);
        QCOMPARE(listedTags(*list), (QStringList{QStringLiteral("FF-006"), QStringLiteral("AA-001"), QStringLiteral("BB-002"),
                                                 QStringLiteral("CC-003"), QStringLiteral("DD-004"), QStringLiteral("HH-008")}));
        QCOMPARE(list->at(0).state, MaintenanceEntry::State::Open);
        QCOMPARE(list->at(0).since, today().addDays(-5));
        QCOMPARE(list->at(0).reason, QStringLiteral("Leaking hose"));
        QCOMPARE(list->at(1).state, MaintenanceEntry::State::Open);
        QCOMPARE(list->at(1).item.name, QStringLiteral("Drill"));
        QCOMPARE(list->at(2).state, MaintenanceEntry::State::Due);
        QVERIFY2(list->at(2).reason.contains(QLatin1String("every 2 loans")), qPrintable(list->at(2).reason));
        QVERIFY2(list->at(3).reason.contains(QLatin1String("200 days")), qPrintable(list->at(3).reason));
        QCOMPARE(list->at(3).since, today().addDays(-200));
        QCOMPARE(list->at(4).item.condition, ToolItem::Condition::NeedsRepair);
        QVERIFY(!list->at(4).loan);
        QVERIFY(list->at(5).loan);
        QCOMPARE(list->at(5).loan->memberNumber, 12);
        QCOMPARE(list->at(5).loan->memberName, QStringLiteral("Ana Lima"));
        QCOMPARE(list->at(5).loan->itemName, QStringLiteral("Steamer"));
        QCOMPARE(list->at(5).loan->dueOn, today().addDays(6));
        QVERIFY(list->at(5).loan->isOpen());
        QCOMPARE(list->at(5).loan->id, tools::openLoan(db(), QStringLiteral("HH-008"))->value().id);

        // The list and the desk agree: every listed item that is in is
        // refused, every other item that is in and not retired is lent.
        const QStringList listed = listedTags(*list);
        for (const ToolItem &item : *tools::items(db())) {
            auto availability = tools::availability(db(), item.assetTag, today());
            QVERIFY(availability);
            if (item.condition == ToolItem::Condition::Retired || *tools::openLoan(db(), item.assetTag))
                continue;
            QCOMPARE(availability->lendable, !listed.contains(item.assetTag));
        }
    }

    void recordingWorkOnADueItemOpensAndClosesOneRecord()
    {
        addMember(QStringLiteral("Ana Lima"), 12);
        addItem(QStringLiteral("BB-002"), QStringLiteral("Hedge trimmer"), 0, 1);
        lend(QStringLiteral("BB-002"), 12, today().addDays(-9));
        // Out: the work waits until it is back.
        auto early = desk::recordMaintenance(db(), QStringLiteral("BB-002"), today(), QStringLiteral("Sharpened"), 0, QStringLiteral("Hugo"),
                                             {}, m_clock.now());
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QLatin1String("on loan to Ana Lima")), qPrintable(early.error().message));
        giveBack(QStringLiteral("BB-002"), today().addDays(-2));
        const QString due = desk::maintenanceList(db(), today())->constFirst().reason;
        QVERIFY(!tools::availability(db(), QStringLiteral("BB-002"), today())->lendable);

        // Nothing half-applied: no work said, no record opened either.
        const std::int64_t before = journalEntries();
        QVERIFY(!desk::recordMaintenance(db(), QStringLiteral("BB-002"), today(), QStringLiteral("  "), 0, QStringLiteral("Hugo"), due,
                                         m_clock.now()));
        QVERIFY(tools::maintenanceLog(db(), QStringLiteral("BB-002"))->isEmpty());
        QCOMPARE(journalEntries(), before);
        QVERIFY(!desk::recordMaintenance(db(), QStringLiteral("BB-002"), today(), QStringLiteral("Sharpened"), -1, QStringLiteral("Hugo"),
                                         due, m_clock.now()));
        QVERIFY(tools::maintenanceLog(db(), QStringLiteral("BB-002"))->isEmpty());

        auto record = desk::recordMaintenance(db(), QStringLiteral("bb-002"), today(), QStringLiteral("Sharpened the blades"), credits(15),
                                              QStringLiteral("Hugo"), due, m_clock.now());
        QVERIFY2(record, record ? "" : qPrintable(record.error().message));
        QCOMPARE(record->closedOn, today());
        QCOMPARE(record->cost, credits(15));
        const auto log = *tools::maintenanceLog(db(), QStringLiteral("BB-002"));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().reason, due);
        QCOMPARE(log.constFirst().workDone, QStringLiteral("Sharpened the blades"));
        QCOMPARE(log.constFirst().doneBy, QStringLiteral("Hugo"));
        QVERIFY(tools::availability(db(), QStringLiteral("BB-002"), today())->lendable);
        QVERIFY(desk::maintenanceList(db(), today())->isEmpty());
        QVERIFY(m_vault->verify().isEmpty());
    }

    void recordingWorkClosesTheOpenRecord()
    {
        addItem(QStringLiteral("FF-006"), QStringLiteral("Washer"), 0, 0, 0, ToolItem::Condition::NeedsRepair);
        QVERIFY(tools::openMaintenance(db(), QStringLiteral("FF-006"), today().addDays(-5), QStringLiteral("Leaking hose"), m_clock.now()));
        // Not before the record was opened.
        QVERIFY(!desk::recordMaintenance(db(), QStringLiteral("FF-006"), today().addDays(-6), QStringLiteral("New hose"), 0, {}, {},
                                         m_clock.now()));
        auto record = desk::recordMaintenance(db(), QStringLiteral("FF-006"), today(), QStringLiteral("New hose"), credits(8),
                                              QStringLiteral("Hugo"), QStringLiteral("ignored: the record has its reason"), m_clock.now());
        QVERIFY(record);
        QCOMPARE(record->openedOn, today().addDays(-5));
        QCOMPARE(record->reason, QStringLiteral("Leaking hose"));
        QCOMPARE(tools::maintenanceLog(db(), QStringLiteral("FF-006"))->size(), 1);
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("FF-006"))->condition, ToolItem::Condition::Good);
        QVERIFY(desk::maintenanceList(db(), today())->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
