// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tool library's desk, overdue and maintenance screens below QML:
// DeskController's steps (lend, take back with the fee, refusals, the
// overdue override, a scanned member's loans, holds, renewals),
// DeskLoanModel, OverdueModel, MaintenanceModel and MaintenanceController,
// against TestEnvironment::seedToolLibrary's library. Every model runs under
// QAbstractItemModelTester.
#include "testenvironment.h"

#include "ledger/ledgercontroller.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "tools/deskcontroller.h"
#include "tools/deskloanmodel.h"
#include "tools/maintenancecontroller.h"
#include "tools/maintenancemodel.h"
#include "tools/overduemodel.h"
#include "tools/tools.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
const QString kCommunity = QStringLiteral("Riverside Commons");
const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr int kTimeout = 15000;

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, 0), role).toString());
    return values;
}
} // namespace

class TestDeskModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<DeskController> m_desk;

    LedgerController *ledger() { return m_env->ledger(); }
    Database &db() { return m_env->session()->vault()->database(); }
    DeskController &desk() { return *m_desk; }
    std::optional<ToolLoan> openLoan(const QString &tag) { return *tools::openLoan(db(), tag); }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<QTemporaryDir>();
        TestEnvironment::isolateSettings(m_settings->path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_env = std::make_unique<TestEnvironment>();
    }

    void init()
    {
        QVERIFY(m_env->createLedgerVault(kCommunity, kPassphrase, 60));
        m_env->session()->unlock(kPassphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->session()->state(), VaultSession::State::Unlocked, kTimeout);
        QVERIFY(m_env->seedToolLibrary());
        m_desk = std::make_unique<DeskController>();
        m_desk->setLedger(ledger());
        new QAbstractItemModelTester(m_desk->loans(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_desk.get());
    }

    void cleanup()
    {
        m_desk.reset();
        m_env->session()->lock();
        m_env->resetClock();
    }

    void cleanupTestCase() { m_env.reset(); }

    void scanNumberEnterEnterLendsTheItem()
    {
        QCOMPARE(desk().mode(), DeskController::Scan);
        QVERIFY(desk().submit(QStringLiteral("dr-001")));
        QCOMPARE(desk().mode(), DeskController::ChooseMember);
        QCOMPARE(desk().purpose(), DeskController::Checkout);
        QCOMPARE(desk().item().value(QStringLiteral("label")).toString(), QStringLiteral("Cordless drill (DR-001)"));
        QVERIFY(desk().item().value(QStringLiteral("lendable")).toBool());
        QCOMPARE(desk().item().value(QStringLiteral("dueIfLentText")).toString(), QStringLiteral("21 Mar 2026"));
        QVERIFY2(desk().prompt().contains(QLatin1String("Cordless drill (DR-001)")), qPrintable(desk().prompt()));

        QVERIFY(desk().submit(QStringLiteral("1")));
        QCOMPARE(desk().mode(), DeskController::Confirm);
        QCOMPARE(desk().member().value(QStringLiteral("label")).toString(), QStringLiteral("Ana Benítez (1)"));
        QVERIFY2(!openLoan(QStringLiteral("DR-001")), "nothing is lent before the second Enter");

        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::Scan);
        QCOMPARE(desk().message(), QStringLiteral("Cordless drill (DR-001) lent to Ana Benítez (1) until 21 Mar 2026."));
        QVERIFY(desk().error().isEmpty());
        QVERIFY(!desk().item().value(QStringLiteral("known")).toBool());
        const auto loan = openLoan(QStringLiteral("DR-001"));
        QVERIFY(loan);
        QCOMPARE(loan->memberNumber, 1);
        QCOMPARE(loan->dueOn, QDate(2026, 3, 21));
        QCOMPARE(loan->recordedBy, LedgerController::kRecordedBy);
    }

    void aNameTakesTheSuggestionButANumberIsTakenAsTyped()
    {
        QVERIFY(desk().submit(QStringLiteral("DR-001")));
        // A name without a suggestion is not found.
        QVERIFY(!desk().submit(QStringLiteral("nobody")));
        QCOMPARE(desk().error(), QStringLiteral("No member matches “nobody”."));
        QCOMPARE(desk().mode(), DeskController::ChooseMember);
        // A number that is nobody's is refused, whatever is suggested.
        QVERIFY(!desk().submit(QStringLiteral("99"), 1));
        QVERIFY2(desk().error().contains(QLatin1String("99")), qPrintable(desk().error()));
        QCOMPARE(desk().mode(), DeskController::ChooseMember);
        QVERIFY(desk().submit(QStringLiteral("grace"), 8));
        QVERIFY(desk().error().isEmpty());
        QCOMPARE(desk().member().value(QStringLiteral("number")).toLongLong(), 8);
        // Typing in the confirmation chooses someone else.
        QVERIFY(desk().submit(QStringLiteral("#9")));
        QCOMPARE(desk().mode(), DeskController::Confirm);
        QCOMPARE(desk().member().value(QStringLiteral("name")).toString(), QStringLiteral("Hugo Schäfer"));
    }

    void takingBackShowsTheDaysLateAndTheFee()
    {
        QVERIFY(desk().submit(QStringLiteral("LD-002")));
        QCOMPARE(desk().mode(), DeskController::Return);
        const QVariantMap item = desk().item();
        QCOMPARE(item.value(QStringLiteral("borrowerLabel")).toString(), QStringLiteral("Ben Okafor (2)"));
        QCOMPARE(item.value(QStringLiteral("dueText")).toString(), QStringLiteral("11 Mar 2026"));
        QVERIFY(item.value(QStringLiteral("overdue")).toBool());
        QCOMPARE(item.value(QStringLiteral("daysLate")).toInt(), 3);
        QCOMPARE(item.value(QStringLiteral("daysLateText")).toString(), QStringLiteral("3 days late"));
        QCOMPARE(item.value(QStringLiteral("lateFeePerDayText")).toString(), QStringLiteral("1.50"));
        QCOMPARE(item.value(QStringLiteral("feeText")).toString(), QStringLiteral("4.50"));
        QCOMPARE(desk().returnCondition(), QStringLiteral("good"));

        desk().setReturnCondition(QStringLiteral("worn"));
        desk().setReturnCondition(QStringLiteral("no such condition"));
        QCOMPARE(desk().returnCondition(), QStringLiteral("worn"));
        desk().setReturnNotes(QStringLiteral("One rubber foot missing"));
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::Scan);
        QCOMPARE(desk().message(), QStringLiteral("Step ladder (LD-002) returned by Ben Okafor (2), 3 days late: late fee 4.50 charged to the commons fund."));
        QVERIFY(!openLoan(QStringLiteral("LD-002")));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("LD-002"))->condition, ToolItem::Condition::Worn);
        const ToolLoan returned = tools::loanHistory(db(), QStringLiteral("LD-002"))->constFirst();
        QCOMPARE(returned.notes, QStringLiteral("One rubber foot missing"));
        QCOMPARE(returned.lateFee, 450);
        QCOMPARE(returned.lateFeeCharged, 450);
        QVERIFY(returned.feeTradeId != 0);
        // The form starts afresh for the next return.
        QCOMPARE(desk().returnCondition(), QStringLiteral("good"));
        QVERIFY(desk().returnNotes().isEmpty());
    }

    void aReturnNeedingRepairAndAWaitingMemberAreSaid()
    {
        QVERIFY(tools::placeHold(db(), QStringLiteral("SM-004"), 5, ledger()->now()));
        QVERIFY(desk().submit(QStringLiteral("SM-004")));
        QCOMPARE(desk().item().value(QStringLiteral("holdText")).toString(), QStringLiteral("Bjørn Ødegaard (5) is waiting for it."));
        QVERIFY(!desk().item().value(QStringLiteral("overdue")).toBool());
        desk().setReturnCondition(QStringLiteral("needs_repair"));
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().message(), QStringLiteral("Sewing machine (SM-004) returned by Chloé Martin (3) on time. It waits for maintenance before it "
                                                  "is lent again. Put it aside for Bjørn Ødegaard (5), first in the queue."));
        QVERIFY(desk().submit(QStringLiteral("SM-004")));
        QCOMPARE(desk().mode(), DeskController::Unavailable);
        QVERIFY2(desk().item().value(QStringLiteral("reason")).toString().contains(QLatin1String("under maintenance")),
                 qPrintable(desk().item().value(QStringLiteral("reason")).toString()));
    }

    void refusalsAreTheCoresSentences()
    {
        // Suspended: refused at the second Enter, and nothing is lent.
        QVERIFY(desk().submit(QStringLiteral("DR-001")));
        QVERIFY(desk().submit(QStringLiteral("12")));
        QVERIFY(!desk().member().value(QStringLiteral("active")).toBool());
        QVERIFY(!desk().submit(QString()));
        QCOMPARE(desk().error(), QStringLiteral("Kim Nguyen (member 12) is suspended and cannot borrow."));
        QCOMPARE(desk().mode(), DeskController::Confirm);
        QVERIFY(!desk().canOverride());
        QVERIFY(!openLoan(QStringLiteral("DR-001")));

        // Training.
        desk().reset();
        QVERIFY(desk().error().isEmpty());
        QVERIFY(desk().submit(QStringLiteral("CS-005")));
        QVERIFY(desk().submit(QStringLiteral("1")));
        QVERIFY(!desk().submit(QString()));
        QVERIFY2(desk().error().contains(QLatin1String("training sign-off for Chainsaws")), qPrintable(desk().error()));

        // Held for someone else.
        QVERIFY(desk().submit(QStringLiteral("TC-009")));
        QCOMPARE(desk().mode(), DeskController::ChooseMember);
        QCOMPARE(desk().item().value(QStringLiteral("holdText")).toString(), QStringLiteral("Held for Fatima Zahra (7) until 16 Mar 2026."));
        QVERIFY(desk().submit(QStringLiteral("1")));
        QVERIFY(!desk().submit(QString()));
        QVERIFY2(desk().error().contains(QLatin1String("held for Fatima Zahra")), qPrintable(desk().error()));
        QVERIFY(desk().submit(QStringLiteral("7")));
        QVERIFY(desk().submit(QString()));
        QCOMPARE(openLoan(QStringLiteral("TC-009"))->memberNumber, 7);

        // Not lendable at all: the reason, no member asked for.
        for (const auto &[tag, words] : {std::pair{QStringLiteral("PW-003"), QLatin1String("under maintenance since 2026-03-10")},
                                         std::pair{QStringLiteral("JS-006"), QLatin1String("retired")},
                                         std::pair{QStringLiteral("HT-007"), QLatin1String("due for maintenance")}}) {
            QVERIFY(desk().submit(tag));
            QCOMPARE(desk().mode(), DeskController::Unavailable);
            const QString reason = desk().item().value(QStringLiteral("reason")).toString();
            QVERIFY2(reason.contains(words), qPrintable(reason));
            QVERIFY(!desk().item().value(QStringLiteral("lendable")).toBool());
        }
        // Empty Enter puts it away.
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::Scan);
        QVERIFY(!desk().item().value(QStringLiteral("known")).toBool());

        QVERIFY(!desk().submit(QStringLiteral("XX-999")));
        QCOMPARE(desk().error(), QStringLiteral("No item or member “XX-999”."));
        QVERIFY(!desk().submit(QStringLiteral("77")));
        QCOMPARE(desk().error(), QStringLiteral("No item or member “77”."));
        desk().reset();
        QVERIFY(desk().error().isEmpty());
    }

    void aMemberWithOverdueItemsBorrowsOnlyWithAReason()
    {
        QVERIFY(desk().submit(QStringLiteral("DR-001")));
        QVERIFY(desk().submit(QStringLiteral("2")));
        QCOMPARE(desk().member().value(QStringLiteral("overdueLoans")).toInt(), 1);
        QVERIFY(!desk().canOverride());
        QVERIFY(!desk().submit(QString()));
        QVERIFY2(desk().error().contains(QLatin1String("has an overdue item: Step ladder (LD-002)")), qPrintable(desk().error()));
        QVERIFY(desk().canOverride());
        // An empty reason is no reason.
        QVERIFY(!desk().submit(QString()));
        QVERIFY(!openLoan(QStringLiteral("DR-001")));
        desk().setOverrideReason(QStringLiteral("Repairs the school roof this week"));
        QVERIFY(desk().submit(QString()));
        QVERIFY(desk().error().isEmpty());
        const auto loan = openLoan(QStringLiteral("DR-001"));
        QVERIFY(loan);
        QCOMPARE(loan->memberNumber, 2);
        QVERIFY2(loan->notes.contains(QLatin1String("Repairs the school roof this week")), qPrintable(loan->notes));
        QVERIFY(desk().overrideReason().isEmpty());
        QVERIFY(!desk().canOverride());
    }

    void aScannedCardShowsTheLoansAndLendsTheNextItems()
    {
        QVERIFY(m_env->lendTool(QStringLiteral("DR-001"), 2, 30)); // long ago: due 23 days ago
        QVERIFY(desk().submit(QStringLiteral("0002")));
        QCOMPARE(desk().mode(), DeskController::MemberLoans);
        QCOMPARE(desk().cardholder().value(QStringLiteral("label")).toString(), QStringLiteral("Ben Okafor (2)"));
        QCOMPARE(desk().cardholder().value(QStringLiteral("contact")).toString(), QStringLiteral("0171 555 0102"));
        DeskLoanModel *loans = desk().loans();
        QCOMPARE(loans->count(), 2);
        QCOMPARE(loans->openCount(), 2);
        QCOMPARE(loans->overdueCount(), 2);
        // Earliest due first.
        QCOMPARE(column(*loans, DeskLoanModel::AssetTagRole), (QStringList{QStringLiteral("DR-001"), QStringLiteral("LD-002")}));
        QCOMPARE(loans->data(loans->index(0), DeskLoanModel::StateTextRole).toString(),
                 QStringLiteral("23 days late since 19 Feb 2026 · fee so far 46.00"));
        QCOMPARE(desk().loanIndex(), 0);

        // Down to the ladder, Enter shows its return, Enter takes it back.
        desk().setLoanIndex(1);
        desk().setLoanIndex(5);
        QCOMPARE(desk().loanIndex(), 1);
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::Return);
        QCOMPARE(desk().item().value(QStringLiteral("assetTag")).toString(), QStringLiteral("LD-002"));
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::MemberLoans);
        QVERIFY2(desk().message().startsWith(QLatin1String("Step ladder (LD-002) returned by Ben Okafor (2)")), qPrintable(desk().message()));
        QCOMPARE(loans->openCount(), 1);
        QCOMPARE(loans->count(), 2);
        QVERIFY(!loans->data(loans->index(1), DeskLoanModel::OpenRole).toBool());
        QCOMPARE(loans->data(loans->index(1), DeskLoanModel::StateTextRole).toString(),
                 QStringLiteral("Returned 14 Mar 2026, 3 days late · fee 4.50"));
        QCOMPARE(desk().cardholder().value(QStringLiteral("openLoans")).toInt(), 1);
        // A returned loan is not taken back again.
        QVERIFY(!desk().takeBackLoan(1));
        QVERIFY(desk().error().contains(QLatin1String("still out")));

        // An item on loan to someone else is refused with whom and until when.
        QVERIFY(desk().submit(QStringLiteral("SM-004")));
        QCOMPARE(desk().mode(), DeskController::Unavailable);
        QVERIFY2(desk().item().value(QStringLiteral("reason")).toString().contains(QStringLiteral("on loan to Chloé Martin")),
                 qPrintable(desk().item().value(QStringLiteral("reason")).toString()));
        QVERIFY(desk().cardholder().value(QStringLiteral("known")).toBool());

        // An item that is in goes straight to Ben's confirmation; his
        // overdue drill needs a reason, then Enter takes the drill back.
        QVERIFY(desk().submit(QStringLiteral("HT-007")) && desk().mode() == DeskController::Unavailable);
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::MemberLoans);
        QVERIFY(desk().submit(QStringLiteral("DR-001")));
        QCOMPARE(desk().mode(), DeskController::Return);
        QVERIFY(desk().submit(QString()));
        QCOMPARE(loans->openCount(), 0);
        QVERIFY(!desk().submit(QString()));
        QCOMPARE(desk().error(), QStringLiteral("Ben Okafor (2) has nothing on loan."));
        QVERIFY(desk().submit(QStringLiteral("dr-001")));
        QCOMPARE(desk().mode(), DeskController::Confirm);
        QCOMPARE(desk().member().value(QStringLiteral("number")).toLongLong(), 2);
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::MemberLoans);
        QCOMPARE(desk().message(), QStringLiteral("Cordless drill (DR-001) lent to Ben Okafor (2) until 21 Mar 2026."));
        QCOMPARE(loans->openCount(), 1);

        // Escape: nobody at the desk any more.
        desk().reset();
        QCOMPARE(desk().mode(), DeskController::Scan);
        QVERIFY(!desk().cardholder().value(QStringLiteral("known")).toBool());
        QCOMPARE(loans->count(), 0);
        QVERIFY(desk().message().isEmpty());
    }

    void holdsAndRenewals()
    {
        QVERIFY(desk().submit(QStringLiteral("SM-004")));
        QVERIFY(desk().renew());
        QCOMPARE(desk().message(), QStringLiteral("Sewing machine (SM-004) renewed for Chloé Martin (3) until 27 Mar 2026."));
        QCOMPARE(openLoan(QStringLiteral("SM-004"))->dueOn, QDate(2026, 3, 27));
        QVERIFY(!desk().renew()); // nothing on screen

        QVERIFY(desk().submit(QStringLiteral("SM-004")));
        QVERIFY(desk().startHold());
        QCOMPARE(desk().mode(), DeskController::ChooseMember);
        QCOMPARE(desk().purpose(), DeskController::Hold);
        QVERIFY(desk().submit(QStringLiteral("1")));
        QCOMPARE(desk().mode(), DeskController::Confirm);
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().message(), QStringLiteral("Ana Benítez (1) is number 1 in the queue for Sewing machine (SM-004)."));
        QCOMPARE(tools::holdQueue(db(), QStringLiteral("SM-004"))->constFirst().memberNumber, 1);

        // Now someone waits: no renewal, in the core's words.
        QVERIFY(desk().submit(QStringLiteral("SM-004")));
        QVERIFY(!desk().renew());
        QVERIFY2(desk().error().contains(QStringLiteral("Ana Benítez (member 1) is waiting")), qPrintable(desk().error()));
        QCOMPARE(desk().mode(), DeskController::Return);

        // A retired item takes no hold.
        QVERIFY(desk().submit(QStringLiteral("JS-006")));
        QVERIFY(!desk().startHold());
        QVERIFY(desk().error().contains(QLatin1String("retired")));

        // With a card scanned, the hold is for that member at once.
        QVERIFY(desk().submit(QStringLiteral("5")));
        QVERIFY(desk().submit(QStringLiteral("LD-002")));
        QCOMPARE(desk().mode(), DeskController::Unavailable);
        QVERIFY(desk().startHold());
        QCOMPARE(desk().mode(), DeskController::Confirm);
        QCOMPARE(desk().member().value(QStringLiteral("number")).toLongLong(), 5);
        QVERIFY(desk().submit(QString()));
        QCOMPARE(desk().mode(), DeskController::MemberLoans);
        QCOMPARE(tools::holdQueue(db(), QStringLiteral("LD-002"))->size(), 1);
    }

    void lockingClearsTheDesk()
    {
        QVERIFY(desk().submit(QStringLiteral("2")));
        QCOMPARE(desk().loans()->count(), 1);
        QSignalSpy state(&desk(), &DeskController::stateChanged);
        m_env->session()->lock();
        QVERIFY(state.count() > 0);
        QCOMPARE(desk().mode(), DeskController::Scan);
        QVERIFY(!desk().cardholder().value(QStringLiteral("known")).toBool());
        QCOMPARE(desk().loans()->count(), 0);
        QVERIFY(!desk().submit(QStringLiteral("DR-001")));
        QCOMPARE(desk().error(), QStringLiteral("The vault is locked."));
    }

    void theOverdueListIsMostLateFirst()
    {
        OverdueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 0);
        model.setLedger(ledger());
        QCOMPARE(model.count(), 2);
        QCOMPARE(column(model, OverdueModel::AssetTagRole), (QStringList{QStringLiteral("WS-008"), QStringLiteral("LD-002")}));
        QCOMPARE(column(model, OverdueModel::MemberLabelRole), (QStringList{QStringLiteral("Dario Rossi (4)"), QStringLiteral("Ben Okafor (2)")}));
        QCOMPARE(column(model, OverdueModel::DaysLateRole), (QStringList{QStringLiteral("15"), QStringLiteral("3")}));
        QCOMPARE(column(model, OverdueModel::FeeTextRole), (QStringList{QStringLiteral("7.50"), QStringLiteral("4.50")}));
        QCOMPARE(column(model, OverdueModel::DueTextRole), (QStringList{QStringLiteral("27 Feb 2026"), QStringLiteral("11 Mar 2026")}));
        QCOMPARE(column(model, OverdueModel::ContactRole), (QStringList{QString(), QStringLiteral("0171 555 0102")}));
        QCOMPARE(model.totalFeeText(), QStringLiteral("12.00"));
        QVERIFY2(model.data(model.index(0), OverdueModel::AccessibleTextRole).toString().contains(QLatin1String("no contact")),
                 qPrintable(model.data(model.index(0), OverdueModel::AccessibleTextRole).toString()));

        // A day later every fee has grown; a return takes its row away.
        m_env->advanceClock(24 * 3600);
        model.reload();
        QCOMPARE(column(model, OverdueModel::FeeTextRole), (QStringList{QStringLiteral("8.00"), QStringLiteral("6.00")}));
        QVERIFY(tools::returnItem(db(), QStringLiteral("WS-008"), ToolItem::Condition::Good, ledger()->today(), {}, ledger()->now()));
        model.reload();
        QCOMPARE(column(model, OverdueModel::AssetTagRole), QStringList{QStringLiteral("LD-002")});
        m_env->session()->lock();
        QCOMPARE(model.count(), 0);
    }

    void theMaintenanceListAndItsRecords()
    {
        MaintenanceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(ledger());
        QCOMPARE(column(model, MaintenanceModel::AssetTagRole), (QStringList{QStringLiteral("PW-003"), QStringLiteral("HT-007")}));
        QCOMPARE(column(model, MaintenanceModel::StateRole), (QStringList{QStringLiteral("open"), QStringLiteral("due")}));
        QCOMPARE(model.openCount(), 1);
        QCOMPARE(model.dueCount(), 1);
        QCOMPARE(model.data(model.index(0), MaintenanceModel::ReasonRole).toString(), QStringLiteral("Leaking hose"));
        QCOMPARE(model.data(model.index(0), MaintenanceModel::SinceTextRole).toString(), QStringLiteral("Since 10 Mar 2026"));
        const QString due = model.data(model.index(1), MaintenanceModel::ReasonRole).toString();
        QVERIFY2(due.contains(QLatin1String("every 2 loans")), qPrintable(due));
        QCOMPARE(model.rowOfTag(QStringLiteral("ht-007")), 1);

        MaintenanceController controller;
        controller.setLedger(ledger());
        QSignalSpy changed(&controller, &MaintenanceController::changed);
        // Refusals name the field and change nothing.
        QVERIFY(!controller.recordWork(QStringLiteral("HT-007"), QStringLiteral("31/02/2026"), QStringLiteral("Sharpened"), {}, {}, due));
        QVERIFY2(controller.error().contains(QStringLiteral("The date of the work, “31/02/2026”")), qPrintable(controller.error()));
        QVERIFY(!controller.recordWork(QStringLiteral("HT-007"), QStringLiteral("15/03/2026"), QStringLiteral("Sharpened"), {}, {}, due));
        QVERIFY2(controller.error().contains(QLatin1String("after today")), qPrintable(controller.error()));
        QVERIFY(!controller.recordWork(QStringLiteral("HT-007"), QStringLiteral("14/03/2026"), QStringLiteral("Sharpened"), QStringLiteral("12,5,0"),
                                       {}, due));
        QVERIFY2(controller.error().startsWith(QStringLiteral("The cost, “12,5,0”")), qPrintable(controller.error()));
        QVERIFY(!controller.recordWork(QStringLiteral("HT-007"), QStringLiteral("14/03/2026"), QString(), {}, {}, due));
        QVERIFY2(controller.error().contains(QLatin1String("what work was done")), qPrintable(controller.error()));
        QVERIFY(tools::maintenanceLog(db(), QStringLiteral("HT-007"))->isEmpty());
        QCOMPARE(changed.count(), 0);

        QVERIFY(controller.recordWork(QStringLiteral("HT-007"), QStringLiteral("2026-03-14"), QStringLiteral("Sharpened the blades"),
                                      QStringLiteral("12.50"), QStringLiteral("Hugo"), due));
        QVERIFY(controller.error().isEmpty());
        QCOMPARE(controller.message(), QStringLiteral("Maintenance of Hedge trimmer (HT-007) recorded; it can be lent again."));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("HT-007"));
        const auto log = *tools::maintenanceLog(db(), QStringLiteral("HT-007"));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().reason, due);
        QCOMPARE(log.constFirst().cost, 1250);
        QCOMPARE(log.constFirst().doneBy, QStringLiteral("Hugo"));
        model.reload();
        QCOMPARE(column(model, MaintenanceModel::AssetTagRole), QStringList{QStringLiteral("PW-003")});

        // Any item by its tag, from today.
        QVERIFY(!controller.openRecord(QStringLiteral("  "), {}));
        QVERIFY(controller.error().contains(QLatin1String("asset tag")));
        QVERIFY(!controller.openRecord(QStringLiteral("XX-1"), {}));
        QVERIFY2(controller.error().contains(QLatin1String("XX-1")), qPrintable(controller.error()));
        QVERIFY(!controller.openRecord(QStringLiteral("PW-003"), {}));
        QVERIFY(controller.error().contains(QLatin1String("already under maintenance")));
        QVERIFY(controller.openRecord(QStringLiteral("dr-001"), QStringLiteral("Chuck slips")));
        model.reload();
        QCOMPARE(column(model, MaintenanceModel::AssetTagRole), (QStringList{QStringLiteral("PW-003"), QStringLiteral("DR-001")}));
        QCOMPARE(model.data(model.index(1), MaintenanceModel::ReasonRole).toString(), QStringLiteral("Chuck slips"));
        QVERIFY(!tools::availability(db(), QStringLiteral("DR-001"), ledger()->today())->lendable);

        // An item out is listed with its loan; its work waits until it is back.
        QVERIFY(m_env->addToolItem(QStringLiteral("SW-010"), QStringLiteral("Mitre saw"), 7, 100));
        QVERIFY(m_env->lendTool(QStringLiteral("SW-010"), 1, 2));
        QVERIFY(controller.openRecord(QStringLiteral("SW-010"), QStringLiteral("Blade guard loose")));
        model.reload();
        const int saw = model.rowOfTag(QStringLiteral("SW-010"));
        QVERIFY(model.data(model.index(saw), MaintenanceModel::OnLoanRole).toBool());
        QCOMPARE(model.data(model.index(saw), MaintenanceModel::LoanTextRole).toString(), QStringLiteral("On loan to Ana Benítez (1) until 19 Mar 2026"));
        QVERIFY(!controller.recordWork(QStringLiteral("SW-010"), QStringLiteral("14/03/2026"), QStringLiteral("Tightened"), {}, {}, {}));
        QVERIFY2(controller.error().contains(QStringLiteral("on loan to Ana Benítez")), qPrintable(controller.error()));
    }
};

QTEST_MAIN(TestDeskModels)
#include "tst_deskmodels.moc"
