// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "storage/database.h"
#include "tools/tools.h"
#include "vault/integrity.h"
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

class TestTools : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    int m_counter = 0;
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    QDate today() const { return m_clock.today(); }

    Member addMember(const QString &name)
    {
        auto member = members::add(db(), {name, std::nullopt, {}, today(), {}}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    ToolItem addDrill(const QString &tag = QStringLiteral("D-001"), int loanDays = 7, std::int64_t lateFee = credits(2))
    {
        NewToolItem item;
        item.assetTag = tag;
        item.name = QStringLiteral("Cordless drill");
        item.category = QStringLiteral("Power tools");
        item.replacementValue = credits(120);
        item.deposit = credits(20);
        item.loanDays = loanDays;
        item.lateFeePerDay = lateFee;
        item.createdOn = today();
        auto added = tools::addItem(db(), item, m_clock.now());
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return *added;
    }

    // The desk records what happens today: the clock moves on to the day.
    void reach(QDate date)
    {
        if (date > today())
            m_clock.set(QDateTime(date, QTime(10, 0)));
    }

    Result<ToolLoan> lend(const QString &tag, std::int64_t member, QDate date = {})
    {
        reach(date);
        CheckoutRequest request;
        request.assetTag = tag;
        request.memberNumber = member;
        request.date = date.isValid() ? date : today();
        request.recordedBy = QStringLiteral("desk");
        return tools::checkout(db(), request, m_clock.now());
    }

    Result<ToolLoan> giveBack(const QString &tag, ToolItem::Condition condition, QDate date, const QString &notes)
    {
        reach(date);
        return tools::returnItem(db(), tag, condition, date, notes, m_clock.now());
    }

    std::int64_t journalEntries() { return *db().scalar(QStringLiteral("SELECT count(*) FROM journal")); }
    QString lastJournalKind()
    {
        auto last = db().prepare(QStringLiteral("SELECT kind FROM journal ORDER BY seq DESC LIMIT 1"));
        return last->next() ? last->text(0) : QString();
    }
    bool verifies() { return m_vault->verify().isEmpty(); }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("t%1.vault").arg(++m_counter)), QStringLiteral("Riverside"), kPassphrase,
                                   m_clock, KdfParams::fastForTests());
        QVERIFY(vault);
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    void itemsAreAddedAndValidated()
    {
        const std::int64_t before = journalEntries();
        const ToolItem drill = addDrill();
        QCOMPARE(drill.assetTag, QStringLiteral("D-001"));
        QCOMPARE(drill.deposit, credits(20));
        QCOMPARE(drill.condition, ToolItem::Condition::Good);
        QCOMPARE(journalEntries(), before + 1);
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_added"));

        // The tag is found as scanned, whatever its case and surrounding spaces.
        QCOMPARE(tools::itemByTag(db(), QStringLiteral(" d-001 "))->id, drill.id);
        QVERIFY(!tools::itemByTag(db(), QStringLiteral("D-002")));

        NewToolItem again;
        again.assetTag = QStringLiteral("d-001");
        again.name = QStringLiteral("Ladder");
        again.createdOn = today();
        auto duplicate = tools::addItem(db(), again, m_clock.now());
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(duplicate.error().message.contains(QLatin1String("D-001")), qPrintable(duplicate.error().message));
        QVERIFY(duplicate.error().message.contains(QLatin1String("Cordless drill")));

        NewToolItem bad = again;
        bad.assetTag = QStringLiteral("   ");
        QVERIFY(!tools::addItem(db(), bad, m_clock.now()));
        bad.assetTag = QStringLiteral("L-1");
        bad.loanDays = 0;
        QVERIFY(tools::addItem(db(), bad, m_clock.now()).error().message.contains(QLatin1String("one day")));
        bad.loanDays = 3;
        bad.deposit = -1;
        QVERIFY(!tools::addItem(db(), bad, m_clock.now()));
        bad.deposit = 0;
        bad.lateFeePerDay = -5;
        QVERIFY(!tools::addItem(db(), bad, m_clock.now()));
        bad.lateFeePerDay = 0;
        bad.replacementValue = -100;
        QVERIFY(!tools::addItem(db(), bad, m_clock.now()));
        QCOMPARE(tools::items(db())->size(), 1);
        QCOMPARE(journalEntries(), before + 1);

        // The database itself refuses an empty tag and a bad condition.
        QVERIFY(!db().exec(QStringLiteral("INSERT INTO tool_item (asset_tag, name, created_on) VALUES ('  ', 'x', '2026-11-21')")));
        QVERIFY(!db().exec(QStringLiteral("INSERT INTO tool_item (asset_tag, name, condition, created_on) VALUES ('Q', 'x', 'broken', '2026-11-21')")));
        QVERIFY(!db().exec(QStringLiteral("INSERT INTO tool_item (asset_tag, name, loan_days, created_on) VALUES ('Q', 'x', 0, '2026-11-21')")));
        QVERIFY(verifies());
    }

    void checkoutAndReturn()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addDrill(QStringLiteral("D-001"), 14);
        auto loan = lend(QStringLiteral("D-001"), ana.number);
        QVERIFY2(loan, loan ? "" : qPrintable(loan.error().message));
        QCOMPARE(loan->dueOn, QDate(2026, 12, 5));
        QCOMPARE(loan->memberNumber, ana.number);
        QVERIFY(loan->isOpen());
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_checkout"));
        QVERIFY(tools::openLoan(db(), QStringLiteral("D-001"))->has_value());
        QVERIFY(!tools::availability(db(), QStringLiteral("D-001"), today())->lendable);

        // Returned on time: no fee.
        auto back = giveBack(QStringLiteral("D-001"), ToolItem::Condition::Worn, QDate(2026, 12, 1), QStringLiteral("chuck a bit loose"));
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->returnedOn, QDate(2026, 12, 1));
        QCOMPARE(back->returnCondition, ToolItem::Condition::Worn);
        QCOMPARE(back->daysLate, 0);
        QCOMPARE(back->lateFee, 0);
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_return"));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("D-001"))->condition, ToolItem::Condition::Worn);
        QVERIFY(!tools::openLoan(db(), QStringLiteral("D-001"))->has_value());
        QVERIFY(tools::availability(db(), QStringLiteral("D-001"), today())->lendable);
        // Returning again is refused.
        QVERIFY(!giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, QDate(2026, 12, 2), {}));

        // Lent again, returned late across the month end: 2 Dec + 14 = 16 Dec; back 3 Jan = 18 days × 2 credits.
        QVERIFY(lend(QStringLiteral("D-001"), ana.number, QDate(2026, 12, 2)));
        auto late = giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, QDate(2027, 1, 3), {});
        QVERIFY(late);
        QCOMPARE(late->daysLate, 18);
        QCOMPARE(late->lateFee, credits(36));
        QCOMPARE(tools::loanHistory(db(), QStringLiteral("D-001"))->size(), 2);
        QCOMPARE(tools::loanHistory(db(), QStringLiteral("D-001"))->first().outOn, QDate(2026, 12, 2));
        QVERIFY(verifies());
    }

    void checkoutRefusalsSayWhy()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        addDrill();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        const std::int64_t before = journalEntries();
        auto taken = lend(QStringLiteral("D-001"), ben.number);
        QVERIFY(!taken);
        QVERIFY2(taken.error().message.contains(QLatin1String("Ana")), qPrintable(taken.error().message));
        QVERIFY(taken.error().message.contains(QLatin1String("2026-11-28")));
        QCOMPARE(journalEntries(), before);

        // Suspended and departed members cannot borrow.
        NewToolItem ladder;
        ladder.assetTag = QStringLiteral("L-1");
        ladder.name = QStringLiteral("Ladder");
        ladder.createdOn = today();
        QVERIFY(tools::addItem(db(), ladder, m_clock.now()));
        QVERIFY(members::setStatus(db(), ben.number, Member::Status::Suspended, QStringLiteral("unpaid"), m_clock.now()));
        auto suspended = lend(QStringLiteral("L-1"), ben.number);
        QVERIFY(!suspended);
        QVERIFY(suspended.error().message.contains(QLatin1String("suspended")));
        QVERIFY(members::setStatus(db(), ben.number, Member::Status::Left, {}, m_clock.now()));
        QVERIFY(lend(QStringLiteral("L-1"), ben.number).error().message.contains(QLatin1String("left")));
        QVERIFY(!lend(QStringLiteral("L-1"), 99));
        QVERIFY(!lend(QStringLiteral("NOPE"), ana.number));

        // Retired items are not lent.
        ladder.assetTag = QStringLiteral("L-2");
        ladder.condition = ToolItem::Condition::Retired;
        QVERIFY(tools::addItem(db(), ladder, m_clock.now()));
        QVERIFY(lend(QStringLiteral("L-2"), ana.number).error().message.contains(QLatin1String("retired")));
    }

    void memberWithAnOverdueItemIsRefusedUnlessTheDeskGivesAReason()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addDrill(QStringLiteral("D-001"), 7);
        addDrill(QStringLiteral("D-002"), 7);
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        // Due 28 Nov: on the due day itself nothing is overdue yet.
        QVERIFY(tools::overdue(db(), QDate(2026, 11, 28))->isEmpty());
        auto refused = lend(QStringLiteral("D-002"), ana.number, QDate(2026, 11, 29));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("overdue")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("D-001")));

        CheckoutRequest request;
        request.assetTag = QStringLiteral("D-002");
        request.memberNumber = ana.number;
        request.date = QDate(2026, 11, 29);
        request.overdueOverrideReason = QStringLiteral("returning it tomorrow, drill needed for the school roof");
        auto anyway = tools::checkout(db(), request, m_clock.now());
        QVERIFY(anyway);
        QVERIFY(anyway->notes.contains(QLatin1String("school roof")));
        QVERIFY(verifies());
    }

    void theDatabaseRefusesASecondOpenLoan()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const ToolItem drill = addDrill();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        // Bypassing the core: the partial unique index still says no.
        const QString second = QStringLiteral("INSERT INTO tool_loan (item, member, out_on, due_on) VALUES (%1, %2, '2026-11-21', '2026-11-30')")
                                   .arg(drill.id)
                                   .arg(ben.id);
        const Status refused = db().exec(second);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive), qPrintable(refused.error().message));
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM tool_loan WHERE returned_on IS NULL")), 1);
        // Once returned, a new loan is fine, and the returned one is history.
        QVERIFY(giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, today(), {}));
        QVERIFY(db().exec(second));
        QVERIFY(!db().exec(QStringLiteral("UPDATE tool_loan SET returned_on = '2026-11-25' WHERE returned_on IS NOT NULL")));
        QVERIFY(!db().exec(QStringLiteral("UPDATE tool_loan SET notes = 'x' WHERE returned_on IS NOT NULL")));
        QVERIFY(!db().exec(QStringLiteral("DELETE FROM tool_loan")));
        QVERIFY(!db().exec(QStringLiteral("UPDATE tool_loan SET member = %1 WHERE returned_on IS NULL").arg(ana.id)));
        // A loan must be due after it goes out, and returned with a condition.
        QVERIFY(!db().exec(QStringLiteral("UPDATE tool_loan SET due_on = '2026-11-20' WHERE returned_on IS NULL")));
        QVERIFY(!db().exec(QStringLiteral("UPDATE tool_loan SET returned_on = '2026-11-22' WHERE returned_on IS NULL")));
    }

    void needsRepairBlocksLendingUntilMaintenanceCloses()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        addDrill();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        QVERIFY(giveBack(QStringLiteral("D-001"), ToolItem::Condition::NeedsRepair, QDate(2026, 11, 23),
                                  QStringLiteral("battery does not charge")));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("D-001"))->condition, ToolItem::Condition::NeedsRepair);
        auto log = tools::maintenanceLog(db(), QStringLiteral("D-001"));
        QCOMPARE(log->size(), 1);
        QVERIFY(!log->first().closedOn.isValid());
        QCOMPARE(log->first().reason, QStringLiteral("battery does not charge"));

        auto blocked = lend(QStringLiteral("D-001"), ben.number, QDate(2026, 11, 24));
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(QLatin1String("maintenance")), qPrintable(blocked.error().message));

        QVERIFY(!tools::closeMaintenance(db(), QStringLiteral("D-001"), QDate(2026, 11, 22), QStringLiteral("new battery"), credits(35),
                                         QStringLiteral("Chen"), m_clock.now()));
        auto closed = tools::closeMaintenance(db(), QStringLiteral("D-001"), QDate(2026, 11, 25), QStringLiteral("new battery"), credits(35),
                                              QStringLiteral("Chen"), m_clock.now());
        QVERIFY(closed);
        QCOMPARE(closed->closedOn, QDate(2026, 11, 25));
        QCOMPARE(closed->cost, credits(35));
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_maintenance_closed"));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("D-001"))->condition, ToolItem::Condition::Good);
        QVERIFY(lend(QStringLiteral("D-001"), ben.number, QDate(2026, 11, 25)));
        // A closed record is history.
        QVERIFY(!db().exec(QStringLiteral("UPDATE tool_maintenance SET cost = 1")));
        QVERIFY(!db().exec(QStringLiteral("DELETE FROM tool_maintenance")));
        QVERIFY(verifies());
    }

    void maintenanceIntervalInLoansBlocksLending()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        NewToolItem saw;
        saw.assetTag = QStringLiteral("S-1");
        saw.name = QStringLiteral("Chainsaw");
        saw.loanDays = 2;
        saw.maintenanceEveryLoans = 2;
        saw.createdOn = today();
        QVERIFY(tools::addItem(db(), saw, m_clock.now()));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(lend(QStringLiteral("S-1"), ana.number, today().addDays(i)));
            QVERIFY(giveBack(QStringLiteral("S-1"), ToolItem::Condition::Good, today().addDays(i), {}));
        }
        auto due = lend(QStringLiteral("S-1"), ana.number, today().addDays(3));
        QVERIFY(!due);
        QVERIFY2(due.error().message.contains(QLatin1String("due for maintenance")), qPrintable(due.error().message));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("S-1"))->loansSinceMaintenance, 2);
        QVERIFY(tools::closeMaintenance(db(), QStringLiteral("S-1"), today().addDays(3), QStringLiteral("chain sharpened"), 0, {}, m_clock.now()));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("S-1"))->loansSinceMaintenance, 0);
        QVERIFY(lend(QStringLiteral("S-1"), ana.number, today().addDays(4)));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("S-1"))->loansSinceMaintenance, 1);
    }

    void trainingIsRequiredWhereTheItemSaysSo()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        NewToolItem saw;
        saw.assetTag = QStringLiteral("S-1");
        saw.name = QStringLiteral("Chainsaw");
        saw.category = QStringLiteral("Chainsaws");
        saw.needsTraining = true;
        saw.createdOn = today();
        QVERIFY(tools::addItem(db(), saw, m_clock.now()));
        auto untrained = lend(QStringLiteral("S-1"), ana.number);
        QVERIFY(!untrained);
        QVERIFY(untrained.error().message.contains(QLatin1String("training")));
        QVERIFY(tools::signOffTraining(db(), ana.number, QStringLiteral("chainsaws"), today(), QStringLiteral("Chen"), m_clock.now()));
        QVERIFY(lend(QStringLiteral("S-1"), ana.number));
    }

    void holdsQueueFirstComeFirstServed()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member chen = addMember(QStringLiteral("Chen"));
        addDrill();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), chen.number, m_clock.now()));
        m_clock.advanceDays(1);
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), ben.number, m_clock.now()));
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_hold"));
        QVERIFY(!tools::placeHold(db(), QStringLiteral("D-001"), ben.number, m_clock.now()));
        QVERIFY(!tools::placeHold(db(), QStringLiteral("D-001"), ana.number, m_clock.now())); // she has it
        auto queue = tools::holdQueue(db(), QStringLiteral("D-001"));
        QCOMPARE(queue->size(), 2);
        QCOMPARE(queue->at(0).memberNumber, chen.number);
        QCOMPARE(queue->at(1).memberNumber, ben.number);

        // Nobody may renew while someone waits.
        auto renew = tools::renew(db(), QStringLiteral("D-001"), today(), m_clock.now());
        QVERIFY(!renew);
        QVERIFY2(renew.error().message.contains(QLatin1String("Chen")), qPrintable(renew.error().message));

        QVERIFY(giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, today(), {}));
        // Held for Chen, first in the queue: Ben is refused and told why.
        auto notYours = lend(QStringLiteral("D-001"), ben.number);
        QVERIFY(!notYours);
        QVERIFY2(notYours.error().message.contains(QLatin1String("held for Chen")), qPrintable(notYours.error().message));
        QVERIFY(lend(QStringLiteral("D-001"), chen.number));
        queue = tools::holdQueue(db(), QStringLiteral("D-001"));
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().memberNumber, ben.number);
        // A fulfilled hold is history.
        QVERIFY(!db().exec(QStringLiteral("UPDATE tool_hold SET state = 'waiting' WHERE state = 'fulfilled'")));
        QVERIFY(verifies());
    }

    void aHoldPassesToTheNextMemberAfterTheHoldDays()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member chen = addMember(QStringLiteral("Chen"));
        const Member dora = addMember(QStringLiteral("Dora"));
        addDrill();
        QCOMPARE(*tools::holdDays(db()), 3);
        QVERIFY(!tools::setHoldDays(db(), 0, m_clock.now()));
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), chen.number, m_clock.now()));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), ben.number, m_clock.now()));
        QVERIFY(!tools::holdQueue(db(), QStringLiteral("D-001"))->first().readyOn.isValid()); // still out
        QVERIFY(giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, QDate(2026, 11, 30), {}));
        QCOMPARE(tools::holdQueue(db(), QStringLiteral("D-001"))->first().readyOn, QDate(2026, 11, 30));
        // Held for Chen on 30 Nov, 1 and 2 Dec.
        auto notYet = lend(QStringLiteral("D-001"), ben.number, QDate(2026, 12, 2));
        QVERIFY(!notYet);
        QVERIFY2(notYet.error().message.contains(QLatin1String("Chen")), qPrintable(notYet.error().message));
        QVERIFY(!lend(QStringLiteral("D-001"), dora.number, QDate(2026, 12, 3))); // now held for Ben
        auto queue = tools::holdQueue(db(), QStringLiteral("D-001"));
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().memberNumber, ben.number);
        QCOMPARE(queue->first().readyOn, QDate(2026, 12, 3));
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'tool_hold_expired'")), 1);
        QVERIFY(lend(QStringLiteral("D-001"), ben.number, QDate(2026, 12, 5)));
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM tool_hold WHERE state = 'expired'")), 1);
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM tool_hold WHERE state = 'fulfilled'")), 1);

        // On an item that is in, a hold is ready at once; a longer hold period counts from then.
        addDrill(QStringLiteral("D-002"));
        QVERIFY(tools::setHoldDays(db(), 5, m_clock.now()));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-002"), dora.number, m_clock.now()));
        QCOMPARE(tools::holdQueue(db(), QStringLiteral("D-002"))->first().readyOn, today());
        QVERIFY(!lend(QStringLiteral("D-002"), chen.number, today().addDays(4)));
        QVERIFY(lend(QStringLiteral("D-002"), chen.number, today().addDays(5)));
        QVERIFY(verifies());
    }

    void statisticsForTheAssembly()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QCOMPARE(tools::statistics(db())->loans, 0);
        addDrill(QStringLiteral("D-001")); // 120 credits
        addDrill(QStringLiteral("D-002"));
        NewToolItem ladder;
        ladder.assetTag = QStringLiteral("L-1");
        ladder.name = QStringLiteral("Ladder");
        ladder.replacementValue = credits(80);
        ladder.createdOn = today();
        QVERIFY(tools::addItem(db(), ladder, m_clock.now()));
        ladder.assetTag = QStringLiteral("L-0");
        ladder.condition = ToolItem::Condition::Retired;
        QVERIFY(tools::addItem(db(), ladder, m_clock.now()));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(lend(QStringLiteral("L-1"), ana.number, today().addDays(i)));
            QVERIFY(giveBack(QStringLiteral("L-1"), ToolItem::Condition::Good, today().addDays(i), {}));
        }
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), ben.number, m_clock.now()));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-002"), ben.number, m_clock.now()));
        auto stats = tools::statistics(db());
        QVERIFY(stats);
        QCOMPARE(stats->items, 3);
        QCOMPARE(stats->loans, 3);
        QCOMPARE(stats->avoidedSpending, credits(80) * 2 + credits(120));
        QCOMPARE(stats->neverBorrowed, QStringList{QStringLiteral("D-002")});
        QCOMPARE(stats->mostRequested.size(), 3);
        QCOMPARE(stats->mostRequested.at(0), std::make_pair(QStringLiteral("D-001"), 2));
        QCOMPARE(stats->mostRequested.at(1), std::make_pair(QStringLiteral("L-1"), 2));
        QCOMPARE(stats->mostRequested.at(2), std::make_pair(QStringLiteral("D-002"), 1));
    }

    void aHoldCanBeCancelled()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member chen = addMember(QStringLiteral("Chen"));
        addDrill();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), ben.number, m_clock.now()));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), chen.number, m_clock.now()));
        QVERIFY(tools::cancelHold(db(), QStringLiteral("D-001"), ben.number, QStringLiteral("bought one"), m_clock.now()));
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_hold_cancelled"));
        QVERIFY(!tools::cancelHold(db(), QStringLiteral("D-001"), ben.number, {}, m_clock.now()));
        auto queue = tools::holdQueue(db(), QStringLiteral("D-001"));
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().memberNumber, chen.number);
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM tool_hold WHERE state = 'cancelled'")), 1);
        // Ben may queue again, at the back.
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), ben.number, m_clock.now()));
        QCOMPARE(tools::holdQueue(db(), QStringLiteral("D-001"))->last().memberNumber, ben.number);
    }

    void aMembersLoansOpenFirst()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addDrill(QStringLiteral("D-001"), 7);
        addDrill(QStringLiteral("D-002"), 3);
        addDrill(QStringLiteral("D-003"), 5);
        QVERIFY(lend(QStringLiteral("D-003"), ana.number));
        QVERIFY(giveBack(QStringLiteral("D-003"), ToolItem::Condition::Good, QDate(2026, 11, 22), {}));
        QVERIFY(lend(QStringLiteral("D-001"), ana.number, QDate(2026, 11, 22))); // due 29 Nov
        QVERIFY(lend(QStringLiteral("D-002"), ana.number, QDate(2026, 11, 22))); // due 25 Nov
        auto loans = tools::memberLoans(db(), ana.number);
        QVERIFY(loans);
        QCOMPARE(loans->size(), 3);
        QCOMPARE(loans->at(0).assetTag, QStringLiteral("D-002"));
        QCOMPARE(loans->at(1).assetTag, QStringLiteral("D-001"));
        QCOMPARE(loans->at(2).assetTag, QStringLiteral("D-003"));
        QVERIFY(!loans->at(2).isOpen());
        QVERIFY(!tools::memberLoans(db(), 42));
    }

    void renewExtendsFromTheDueDate()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addDrill(QStringLiteral("D-001"), 7);
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        auto renewed = tools::renew(db(), QStringLiteral("D-001"), QDate(2026, 11, 27), m_clock.now());
        QVERIFY(renewed);
        QCOMPARE(renewed->dueOn, QDate(2026, 12, 5));
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_renew"));
        // Renewed after the due date: from that day.
        renewed = tools::renew(db(), QStringLiteral("D-001"), QDate(2026, 12, 10), m_clock.now());
        QCOMPARE(renewed->dueOn, QDate(2026, 12, 17));
        addDrill(QStringLiteral("D-002"));
        QVERIFY(!tools::renew(db(), QStringLiteral("D-002"), today(), m_clock.now()));
    }

    void overdueListCountsDaysAndFeesAcrossMonthEnds()
    {
        m_clock.set(QDateTime(QDate(2026, 1, 20), QTime(10, 0)));
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(members::update(db(), ben.number, QStringLiteral("Ben"), QStringLiteral("ben@example.org"), m_clock.now()));
        addDrill(QStringLiteral("D-001"), 10, 150); // 1.50 credits a day
        addDrill(QStringLiteral("D-002"), 3, credits(1));
        QVERIFY(lend(QStringLiteral("D-001"), ana.number, QDate(2026, 1, 25))); // due 4 Feb
        QVERIFY(lend(QStringLiteral("D-002"), ben.number, QDate(2026, 2, 26))); // due 1 Mar (2026 is no leap year)
        const QDate day(2026, 3, 2);
        auto late = tools::overdue(db(), day);
        QVERIFY(late);
        QCOMPARE(late->size(), 2);
        QCOMPARE(late->at(0).loan.assetTag, QStringLiteral("D-001"));
        QCOMPARE(late->at(0).daysLate, 26); // 4 Feb → 2 Mar
        QCOMPARE(late->at(0).feeSoFar, 26 * 150);
        QCOMPARE(late->at(1).loan.dueOn, QDate(2026, 3, 1));
        QCOMPARE(late->at(1).daysLate, 1);
        QCOMPARE(late->at(1).feeSoFar, credits(1));
        QCOMPARE(late->at(1).contact, QStringLiteral("ben@example.org"));
        // Across a year end and a leap day.
        QVERIFY(giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, day, {}));
        QVERIFY(lend(QStringLiteral("D-001"), ana.number, QDate(2027, 12, 30))); // due 9 Jan 2028
        late = tools::overdue(db(), QDate(2028, 3, 1));
        QCOMPARE(late->size(), 2);
        QCOMPARE(late->at(1).loan.assetTag, QStringLiteral("D-001"));
        QCOMPARE(late->at(1).daysLate, 22 + 29 + 1); // rest of January, leap February, 1 March
        QCOMPARE(late->at(1).feeSoFar, std::int64_t(52) * 150);
    }
    void aDepositIsHeldOnTheBorrowersCreditWhileTheItemIsOut()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(ledger::setStarterLine(db(), credits(100), m_clock.now()));
        addDrill(); // deposit 20
        auto spendable = ledger::availableToSpend(db(), ana.number);
        QVERIFY2(spendable, qPrintable(spendable ? QString() : spendable.error().message));
        QCOMPARE(*spendable, credits(100));
        auto loan = lend(QStringLiteral("D-001"), ana.number);
        QVERIFY2(loan, qPrintable(loan ? QString() : loan.error().message));
        QCOMPARE(loan->deposit, credits(20));
        QVERIFY(loan->depositHoldId != 0);
        QCOMPARE(*ledger::availableToSpend(db(), ana.number), credits(80));
        QCOMPARE(*ledger::balance(db(), ana.number), 0); // held, not spent

        // A trade past what is left is refused, and says why.
        TradeRequest trade{ana.number, ben.number, credits(81), QStringLiteral("bread"), {}, today(), QStringLiteral("desk")};
        auto refused = ledger::recordTrade(db(), trade, m_clock.now());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("20.00 held for deposits")), qPrintable(refused.error().message));
        trade.amount = credits(80);
        QVERIFY(ledger::recordTrade(db(), trade, m_clock.now()));

        // Back on time: the hold is released, nothing is charged.
        auto back = giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, today(), {});
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QVERIFY(!back->depositCharged);
        QCOMPARE(back->lateFeeCharged, 0);
        QCOMPARE(*ledger::availableToSpend(db(), ana.number), credits(20));
        QCOMPARE(ledger::creditHold(db(), loan->depositHoldId)->settledOn, today());
        QVERIFY(ledger::creditHolds(db(), ana.number)->isEmpty());
        QVERIFY(!ledger::releaseCreditHold(db(), loan->depositHoldId, today(), m_clock.now())); // once only

        // Now Ana cannot cover the deposit: the checkout is refused whole.
        trade.amount = credits(5);
        QVERIFY(ledger::recordTrade(db(), trade, m_clock.now()));
        const std::int64_t loans = *db().scalar(QStringLiteral("SELECT count(*) FROM tool_loan"));
        auto tooPoor = lend(QStringLiteral("D-001"), ana.number);
        QVERIFY(!tooPoor);
        QVERIFY2(tooPoor.error().message.contains(QLatin1String("deposit of 20.00")), qPrintable(tooPoor.error().message));
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM tool_loan")), loans);
        QVERIFY(!tools::openLoan(db(), QStringLiteral("D-001")).value());
        QVERIFY(verifies());
    }

    void lateFeesAreChargedToTheCommonsFundUnlessWaived()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addDrill(QStringLiteral("D-001"), 7, 150); // 1.50 a day
        addDrill(QStringLiteral("D-002"), 7, 150);
        QVERIFY(lend(QStringLiteral("D-001"), ana.number, QDate(2026, 11, 25))); // due 2 Dec
        QVERIFY(lend(QStringLiteral("D-002"), ana.number, QDate(2026, 11, 25)));
        const std::int64_t fundBefore = ledger::balances(db())->first().balance;

        // The return screen's figures, across the month end.
        auto quote = tools::returnQuote(db(), QStringLiteral("D-001"), QDate(2026, 12, 5));
        QVERIFY(quote);
        QCOMPARE(quote->daysLate, 3);
        QCOMPARE(quote->lateFee, 450);
        QCOMPARE(quote->deposit, credits(20));

        reach(QDate(2026, 12, 5));
        ReturnRequest back;
        back.assetTag = QStringLiteral("D-001");
        back.date = QDate(2026, 12, 5);
        back.recordedBy = QStringLiteral("desk");
        auto charged = tools::returnItem(db(), back, m_clock.now());
        QVERIFY2(charged, qPrintable(charged ? QString() : charged.error().message));
        QCOMPARE(charged->lateFeeCharged, 450);
        QVERIFY(charged->feeTradeId != 0);
        const Trade fee = *ledger::trade(db(), charged->feeTradeId);
        QCOMPARE(fee.payer, ana.number);
        QCOMPARE(fee.payee, kCommonsFund);
        QCOMPARE(fee.amount, 450);
        QVERIFY(fee.memo.contains(QLatin1String("D-001")));
        QCOMPARE(*ledger::balance(db(), ana.number), -450);
        QCOMPARE(ledger::balances(db())->first().balance, fundBefore + 450);

        // Waived with a reason: recorded, nothing charged.
        back.assetTag = QStringLiteral("D-002");
        back.lateFeeWaiverReason = QStringLiteral("  first time, the bus was cancelled ");
        auto waived = tools::returnItem(db(), back, m_clock.now());
        QVERIFY(waived);
        QCOMPARE(waived->lateFeeCharged, 0);
        QCOMPARE(waived->lateFeeWaived, 450);
        QCOMPARE(waived->waiverReason, QStringLiteral("first time, the bus was cancelled"));
        QCOMPARE(waived->feeTradeId, 0);
        QCOMPARE(*ledger::balance(db(), ana.number), -450);
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_return"));
        QVERIFY(verifies());

        // verify notices a fee that no longer matches its trade.
        QVERIFY(db().exec(QStringLiteral("DROP TRIGGER tool_loan_returned_is_history")));
        QVERIFY(db().exec(QStringLiteral("UPDATE tool_loan SET late_fee_charged = 400 WHERE fee_trade IS NOT NULL")));
        const QList<IntegrityProblem> problems = m_vault->verify();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().check, QStringLiteral("tools.loans"));
    }

    void aLateFeeIsChargedEvenPastTheCreditLine()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(ledger::setStarterLine(db(), credits(50), m_clock.now()));
        addDrill(QStringLiteral("D-001"), 7, credits(2));
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        TradeRequest spend{ana.number, ben.number, credits(30), QStringLiteral("seedlings"), {}, today(), QString()};
        QVERIFY(ledger::recordTrade(db(), spend, m_clock.now())); // 30 spent + 20 held = the whole line
        QVERIFY(members::setStatus(db(), ana.number, Member::Status::Suspended, QStringLiteral("review"), m_clock.now()));
        // Ten days late, suspended and at the floor: the return still goes through.
        auto back = giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, today().addDays(17), {});
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->lateFeeCharged, credits(20));
        QCOMPARE(*ledger::balance(db(), ana.number), -credits(50));
        QVERIFY(verifies());
    }

    void aDamagedItemsDepositIsChargedOnlyWithTheCoordinatorsConfirmation()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addDrill();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        ReturnRequest back;
        back.assetTag = QStringLiteral("D-001");
        back.condition = ToolItem::Condition::NeedsRepair;
        back.date = today();
        back.notes = QStringLiteral("gearbox cracked");
        back.chargeDeposit = true;
        const std::int64_t entries = journalEntries();
        auto unconfirmed = tools::returnItem(db(), back, m_clock.now());
        QVERIFY(!unconfirmed);
        QVERIFY(unconfirmed.error().message.contains(QLatin1String("coordinator")));
        QCOMPARE(journalEntries(), entries);
        QVERIFY(tools::openLoan(db(), QStringLiteral("D-001")).value());

        back.coordinatorConfirmed = true;
        auto charged = tools::returnItem(db(), back, m_clock.now());
        QVERIFY2(charged, qPrintable(charged ? QString() : charged.error().message));
        QVERIFY(charged->depositCharged);
        QCOMPARE(*ledger::balance(db(), ana.number), -credits(20));
        QCOMPARE(*ledger::availableToSpend(db(), ana.number), ledger::kDefaultStarterLine - credits(20));
        const ledger::CreditHold hold = *ledger::creditHold(db(), charged->depositHoldId);
        QVERIFY(hold.charged);
        QCOMPARE(ledger::trade(db(), hold.tradeId)->confirmation, TradeRequest::Confirmation::Coordinator);
        // The repair keeps it in.
        QVERIFY(!tools::availability(db(), QStringLiteral("D-001"), today())->lendable);
        QVERIFY(verifies());
    }

    void aLostItemKeepsItsDepositAndIsRetired()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        addDrill();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), ben.number, m_clock.now()));
        LostReport lost;
        lost.assetTag = QStringLiteral("D-001");
        lost.date = today().addDays(3);
        lost.notes = QStringLiteral("left on the train");
        reach(lost.date);
        QVERIFY(!tools::reportLost(db(), lost, m_clock.now()));
        lost.coordinatorConfirmed = true;
        auto closed = tools::reportLost(db(), lost, m_clock.now());
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        QVERIFY(closed->lost);
        QVERIFY(closed->depositCharged);
        QCOMPARE(closed->lateFeeCharged, 0);
        QCOMPARE(*ledger::balance(db(), ana.number), -credits(20));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("D-001"))->condition, ToolItem::Condition::Retired);
        QVERIFY(tools::holdQueue(db(), QStringLiteral("D-001"))->isEmpty());
        QVERIFY(!tools::openLoan(db(), QStringLiteral("D-001")).value());
        QVERIFY(!tools::reportLost(db(), lost, m_clock.now())); // not on loan any more
        QVERIFY(verifies());
    }

    void aBookingBlocksCheckoutsThatWouldOverlapIt()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        addDrill(QStringLiteral("D-001"), 7);
        // Ben books it for a weekend in December.
        auto booked = tools::reserve(db(), QStringLiteral("D-001"), ben.number, QDate(2026, 12, 5), QDate(2026, 12, 6), QStringLiteral("shed"),
                                     today(), m_clock.now());
        QVERIFY2(booked, qPrintable(booked ? QString() : booked.error().message));
        QCOMPARE(tools::reservations(db(), QStringLiteral("D-001"))->size(), 1);
        // Overlapping bookings and bookings in the past are refused.
        QVERIFY(!tools::reserve(db(), QStringLiteral("D-001"), ana.number, QDate(2026, 12, 6), QDate(2026, 12, 8), {}, today(), m_clock.now()));
        QVERIFY(!tools::reserve(db(), QStringLiteral("D-001"), ana.number, QDate(2026, 11, 20), QDate(2026, 11, 22), {}, today(), m_clock.now()));
        QVERIFY(!tools::reserve(db(), QStringLiteral("D-001"), ana.number, QDate(2026, 12, 9), QDate(2026, 12, 8), {}, today(), m_clock.now()));

        // A week from 29 Nov would run into Ben's weekend (due 6 Dec).
        auto overlap = lend(QStringLiteral("D-001"), ana.number, QDate(2026, 11, 29));
        QVERIFY(!overlap);
        QVERIFY2(overlap.error().message.contains(QLatin1String("2026-12-05")), qPrintable(overlap.error().message));
        // From 28 Nov it is due back on 5 Dec, the morning Ben's booking starts.
        QVERIFY(lend(QStringLiteral("D-001"), ana.number, QDate(2026, 11, 28)));
        // Renewing would overlap.
        auto renewed = tools::renew(db(), QStringLiteral("D-001"), today(), m_clock.now());
        QVERIFY(!renewed);
        QVERIFY(renewed.error().message.contains(QLatin1String("booked")));
        QVERIFY(giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, QDate(2026, 12, 5), {}));
        // Ben's own checkout takes up his booking.
        QVERIFY(lend(QStringLiteral("D-001"), ben.number, QDate(2026, 12, 5)));
        QVERIFY(tools::reservations(db(), QStringLiteral("D-001"))->isEmpty());

        // Cancelled bookings stop blocking.
        auto later = tools::reserve(db(), QStringLiteral("D-001"), ben.number, QDate(2027, 1, 10), QDate(2027, 1, 12), {}, today(), m_clock.now());
        QVERIFY(later);
        QVERIFY(tools::cancelReservation(db(), later->id, QStringLiteral("plans changed"), m_clock.now()));
        QVERIFY(!tools::cancelReservation(db(), later->id, {}, m_clock.now()));
        QVERIFY(tools::reservations(db(), QStringLiteral("D-001"))->isEmpty());
    }

    void aKitsComponentsAreCheckedOutAndIn()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        NewToolItem kit;
        kit.assetTag = QStringLiteral("K-1");
        kit.name = QStringLiteral("Tile cutter kit");
        kit.createdOn = today();
        kit.components = {QStringLiteral("Cutter"), QStringLiteral(" Spare wheel "), QStringLiteral("Case")};
        { auto added = tools::addItem(db(), kit, m_clock.now()); QVERIFY2(added, qPrintable(added ? QString() : added.error().message)); }
        QCOMPARE(*tools::components(db(), QStringLiteral("k-1")), (QStringList{"Cutter", "Spare wheel", "Case"}));
        kit.assetTag = QStringLiteral("K-2");
        kit.components = {QStringLiteral("Case"), QStringLiteral("case")};
        QVERIFY(!tools::addItem(db(), kit, m_clock.now())); // twice
        QVERIFY(!tools::itemByTag(db(), QStringLiteral("K-2")));

        CheckoutRequest out;
        out.assetTag = QStringLiteral("K-1");
        out.memberNumber = ana.number;
        out.date = today();
        out.missingComponents = {QStringLiteral("Hammer")};
        auto unknown = tools::checkout(db(), out, m_clock.now());
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("Cutter, Spare wheel, Case")), qPrintable(unknown.error().message));
        out.missingComponents = {QStringLiteral("spare wheel")};
        auto loan = tools::checkout(db(), out, m_clock.now());
        QVERIFY(loan);
        QCOMPARE(loan->missingOut, QStringList{QStringLiteral("Spare wheel")});

        ReturnRequest back;
        back.assetTag = QStringLiteral("K-1");
        back.date = today();
        back.missingComponents = {QStringLiteral("Case")};
        auto returned = tools::returnItem(db(), back, m_clock.now());
        QVERIFY(returned);
        QCOMPARE(returned->missingIn, QStringList{QStringLiteral("Case")});
        // A missing part keeps the kit in until maintenance restocks it.
        const Availability a = *tools::availability(db(), QStringLiteral("K-1"), today());
        QVERIFY(!a.lendable);
        QCOMPARE(tools::maintenanceLog(db(), QStringLiteral("K-1"))->last().reason, QStringLiteral("Missing: Case"));

        QVERIFY(tools::setComponents(db(), QStringLiteral("K-1"), {QStringLiteral("Cutter")}, m_clock.now()));
        QCOMPARE(*tools::components(db(), QStringLiteral("K-1")), QStringList{QStringLiteral("Cutter")});
        QCOMPARE(tools::loanHistory(db(), QStringLiteral("K-1"))->first().missingOut, QStringList{QStringLiteral("Spare wheel")});
    }

    void utilisationCountsTheDaysOnLoan()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addDrill(QStringLiteral("D-001"));
        addDrill(QStringLiteral("D-002"));
        const QDate first = today();
        QVERIFY(lend(QStringLiteral("D-001"), ana.number, first)); // out 21 Nov
        QVERIFY(giveBack(QStringLiteral("D-001"), ToolItem::Condition::Good, first.addDays(5), {})); // 5 days
        QVERIFY(lend(QStringLiteral("D-002"), ana.number, first.addDays(8))); // still out: 2 of the 10 days
        // 2 items × 10 days; 7 of them on loan.
        QCOMPARE(*tools::utilisation(db(), first, first.addDays(9)), 35.0);
        QCOMPARE(*tools::utilisation(db(), first.addDays(6), first.addDays(7)), 0.0);
        QVERIFY(!tools::utilisation(db(), first, first.addDays(-1)));
    }

    void aPhotoIsKeptInTheVault()
    {
        addDrill();
        QVERIFY(!tools::photo(db(), QStringLiteral("D-001")).value());
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(100, 'x');
        QVERIFY(tools::setPhoto(db(), QStringLiteral("D-001"), {png, {}}, m_clock.now()));
        auto stored = tools::photo(db(), QStringLiteral("D-001"));
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->bytes, png);
        QCOMPARE((*stored)->mediaType, QStringLiteral("image/png"));
        QVERIFY(*tools::hasPhoto(db(), QStringLiteral("d-001")));
        QCOMPARE(lastJournalKind(), QStringLiteral("tool_photo"));
        // Not an image, or too large: refused, the old photo stays.
        QVERIFY(!tools::setPhoto(db(), QStringLiteral("D-001"), {QByteArray("GIF89a...."), {}}, m_clock.now()));
        QByteArray huge = QByteArray("\xFF\xD8\xFF", 3) + QByteArray(tools::kMaximumPhotoBytes, '\0');
        auto tooBig = tools::setPhoto(db(), QStringLiteral("D-001"), {huge, {}}, m_clock.now());
        QVERIFY(!tooBig);
        QVERIFY(tooBig.error().message.contains(QLatin1String("KiB")));
        QCOMPARE((*tools::photo(db(), QStringLiteral("D-001")))->bytes, png);
        QVERIFY(tools::removePhoto(db(), QStringLiteral("D-001"), m_clock.now()));
        QVERIFY(!tools::photo(db(), QStringLiteral("D-001")).value());
    }
};

QTEST_GUILESS_MAIN(TestTools)
#include "tst_tools.moc"
