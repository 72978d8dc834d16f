// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The models and controllers of the ledger screens against a real vault:
// MemberSearch's ranking, MemberListModel, TradeListModel's paging,
// StatementModel and its chart, MemberDetails, LedgerSignalsModel (the
// overview's signals, target and suggested rate), TradeRecorder (preview,
// hall-mode confirmations, PIN on the worker, undo within a minute) and
// LedgerController's member operations. Every model runs under
// QAbstractItemModelTester.
#include "testenvironment.h"

#include "ledger/ledger.h"
#include "ledger/ledgercontroller.h"
#include "ledger/ledgersignalsmodel.h"
#include "ledger/money.h"
#include "ledger/signals.h"
#include "ledger/statementmodel.h"
#include "ledger/tradelistmodel.h"
#include "ledger/traderecorder.h"
#include "members/memberdetails.h"
#include "members/memberlistmodel.h"
#include "members/membersearch.h"
#include "members/pinattempts.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>

using namespace mycelium;

namespace {
const QString kCommunity = QStringLiteral("Riverside Commons");
const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr int kTimeout = 15000;
constexpr int kDays = 40;

QString money(std::int64_t minor)
{
    return Money::fromMinor(minor).toString(QLocale());
}
} // namespace

class TestLedgerModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TestEnvironment> m_env;

    LedgerController *ledger() { return m_env->ledger(); }
    Database &db() { return m_env->session()->vault()->database(); }
    std::int64_t balanceOf(std::int64_t number) { return *ledger::balance(db(), number); }

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
        QVERIFY(m_env->createLedgerVault(kCommunity, kPassphrase, kDays));
        m_env->session()->unlock(kPassphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->session()->state(), VaultSession::State::Unlocked, kTimeout);
        QVERIFY(ledger()->ready());
        ledger()->setHallMode(true);
    }

    void cleanup()
    {
        // Mutual credit sums to zero after everything a test did.
        if (m_env->session()->vault())
            QVERIFY(ledger::checkZeroSum(db()).isEmpty());
        m_env->session()->lock();
        m_env->resetClock();
    }

    void cleanupTestCase() { m_env.reset(); }

    // --- MemberSearch -----------------------------------------------------

    void foldForgetsCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accent") << QStringLiteral("Émile Benítez") << QStringLiteral("emile benitez");
        QTest::newRow("slashed o") << QStringLiteral("Bjørn Ødegaard") << QStringLiteral("bjorn odegaard");
        QTest::newRow("umlaut") << QStringLiteral("Hugo Schäfer") << QStringLiteral("hugo schafer");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("ligature") << QStringLiteral("Æsa Cœur") << QStringLiteral("aesa coeur");
        QTest::newRow("polish l") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
    }

    void foldForgetsCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(MemberSearch::fold(text), folded);
    }

    void rankingPutsTheLikeliestFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<std::int64_t>>("expected");
        QTest::newRow("exact number first") << QStringLiteral("1") << QList<std::int64_t>{1, 10, 11, 12};
        QTest::newRow("number prefix") << QStringLiteral("12") << QList<std::int64_t>{12, 120};
        QTest::newRow("hash number") << QStringLiteral("#7") << QList<std::int64_t>{7};
        QTest::newRow("name start, word start, then a part") << QStringLiteral("ma") << QList<std::int64_t>{7, 3, 11};
        QTest::newRow("without accents") << QStringLiteral("benitez") << QList<std::int64_t>{1};
        QTest::newRow("slashed o typed as o") << QStringLiteral("odeg") << QList<std::int64_t>{5};
        QTest::newRow("two words") << QStringLiteral("ana ben") << QList<std::int64_t>{1};
        QTest::newRow("initials") << QStringLiteral("ab") << QList<std::int64_t>{1};
        QTest::newRow("substring") << QStringLiteral("ren") << QList<std::int64_t>{10};
        QTest::newRow("subsequence") << QStringLiteral("chmrt") << QList<std::int64_t>{3};
        QTest::newRow("suspended last on a tie") << QStringLiteral("k") << QList<std::int64_t>{4, 12};
        QTest::newRow("no match") << QStringLiteral("zzz") << QList<std::int64_t>{};
    }

    void rankingPutsTheLikeliestFirst()
    {
        QFETCH(QString, query);
        QFETCH(QList<std::int64_t>, expected);
        const QList<MemberSearch::Candidate> candidates{
            {1, QStringLiteral("Ana Benítez"), true},      {3, QStringLiteral("Chloé Martin"), true},
            {4, QStringLiteral("Kai Dario"), true},        {5, QStringLiteral("Bjørn Ødegaard"), true},
            {7, QStringLiteral("Maya Zahra"), true},       {10, QStringLiteral("Ingrid Sørensen"), true},
            {11, QStringLiteral("Jamal Carter"), true},    {12, QStringLiteral("Kim Nguyen"), false},
            {120, QStringLiteral("Olu Adeyemi"), true},
        };
        QList<std::int64_t> numbers;
        for (int i : MemberSearch::rank(candidates, query))
            numbers.append(candidates.at(i).number);
        if (query == QLatin1String("1"))
            numbers.removeAll(120); // 120 starts with 1 too; the order of the others is what counts here
        QCOMPARE(numbers, expected);
        QVERIFY(MemberSearch::rank(candidates, query, 1).size() <= 1);
    }

    // --- MemberListModel --------------------------------------------------

    void memberListShowsBalancesAndFilters()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(ledger());
        QCOMPARE(model.count(), 12);
        QCOMPARE(model.memberCount(), 12);
        for (int row = 0; row < model.count(); ++row) {
            const QModelIndex index = model.index(row);
            const qint64 number = model.data(index, MemberListModel::NumberRole).toLongLong();
            QCOMPARE(number, row + 1);
            QCOMPARE(model.data(index, MemberListModel::BalanceRole).toLongLong(), balanceOf(number));
            QCOMPARE(model.data(index, MemberListModel::BalanceTextRole).toString(), money(balanceOf(number)));
        }
        QCOMPARE(model.data(model.index(11), MemberListModel::StatusRole).toString(), QStringLiteral("suspended"));
        QCOMPARE(model.data(model.index(11), MemberListModel::ActiveRole).toBool(), false);
        QCOMPARE(model.data(model.index(0), MemberListModel::HasPinRole).toBool(), true);

        model.setFilter(QStringLiteral("sor"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.numberAt(0), 10);
        QCOMPARE(model.memberCount(), 12);
        model.setFilter(QStringLiteral("1"));
        model.setLimit(2);
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.numberAt(0), 1);
        model.setLimit(0);
        model.setFilter({});

        model.setIncludeCommonsFund(true);
        QCOMPARE(model.count(), 13);
        QCOMPARE(model.numberAt(0), kCommonsFund);
        QCOMPARE(model.data(model.index(0), MemberListModel::BalanceRole).toLongLong(), balanceOf(kCommonsFund));
        QCOMPARE(model.rowOfNumber(5), 5);

        // Locking empties it.
        m_env->session()->lock();
        QCOMPARE(model.count(), 0);
    }

    // --- TradeListModel ---------------------------------------------------

    void tradeListPagesThroughEveryTradeNewestFirst()
    {
        auto all = ledger::trades(db(), {}, 1000000);
        QVERIFY(all);
        QVERIFY2(all->size() > 100, "the seed has enough trades for three pages");

        TradeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setLedger(ledger());
        QCOMPARE(model.count(), 50);
        QVERIFY(model.canFetchMore({}));
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(all->size()), kTimeout);
        // (The tester asks for more after every change too.)
        int fetches = 0;
        while (model.canFetchMore({}) && fetches < 100) {
            const int before = model.count();
            model.fetchMore({});
            QVERIFY(model.count() > before);
            QCOMPARE(model.count() % 50, model.canFetchMore({}) ? 0 : int(all->size() % 50));
            ++fetches;
        }
        QCOMPARE(model.count(), int(all->size()));
        for (int row = 0; row < model.count(); ++row)
            QCOMPARE(model.tradeIdAt(row), all->at(row).id);
        const QVariantMap first = model.get(0);
        QCOMPARE(first.value(QStringLiteral("amountText")).toString(), money(all->at(0).amount));
        QCOMPARE(first.value(QStringLiteral("payer")).toLongLong(), all->at(0).payer);

        // A new trade: the list starts again, with it on top.
        QCOMPARE(m_env->addTrades(1), 1);
        QCOMPARE(model.count(), 50);
        QVERIFY(model.tradeIdAt(0) > all->at(0).id);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(all->size() + 1), kTimeout);
    }

    // Scrolled far, the list keeps only keys and a few blocks of rows: rows
    // scrolled past come back, read again, exactly as they were.
    void tradeListRereadsRowsScrolledPast()
    {
        QVERIFY(m_env->addTrades(5200) > 5000);
        auto all = ledger::trades(db(), {}, 1000000);
        QVERIFY(all->size() > 5000);
        TradeListModel model;
        model.setLedger(ledger());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.count(), int(all->size()));
        // From the oldest up to the newest, as a user scrolling back.
        for (int row = model.count() - 1; row >= 0; row -= 7) {
            const Trade &t = all->at(row);
            QCOMPARE(model.data(model.index(row), TradeListModel::TradeIdRole).toLongLong(), t.id);
            QCOMPARE(model.data(model.index(row), TradeListModel::AmountRole).toLongLong(), t.amount);
            QCOMPARE(model.data(model.index(row), TradeListModel::MemoRole).toString(), t.memo);
            QCOMPARE(model.data(model.index(row), TradeListModel::PayeeRole).toLongLong(), t.payee);
        }
        QCOMPARE(model.data(model.index(0), TradeListModel::MemoRole).toString(), all->at(0).memo);
    }

    void tradeListFilters()
    {
        TradeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(ledger());
        QVERIFY(!model.filtered());

        model.setMember(1);
        QVERIFY(model.filtered());
        ledger::TradeFilter filter;
        filter.member = 1;
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), *ledger::countTrades(db(), filter), kTimeout);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.count(), int(model.totalCount()));
        for (int row = 0; row < model.count(); ++row) {
            const QVariantMap t = model.get(row);
            QVERIFY(t.value(QStringLiteral("payer")).toLongLong() == 1 || t.value(QStringLiteral("payee")).toLongLong() == 1);
        }

        model.clearFilter();
        model.setCategory(QStringLiteral("Food"));
        QVERIFY(model.count() > 0);
        for (int row = 0; row < model.count(); ++row)
            QCOMPARE(model.get(row).value(QStringLiteral("category")).toString(), QStringLiteral("Food"));

        // Dates as typed: ISO or the locale's short format.
        model.clearFilter();
        const QDate today = TestEnvironment::today();
        model.setFromText(today.addDays(-2).toString(Qt::ISODate));
        model.setToText(QLocale().toString(today.addDays(-1), QLocale::ShortFormat));
        QCOMPARE(model.from(), today.addDays(-2));
        QCOMPARE(model.to(), today.addDays(-1));
        QVERIFY(model.dateError().isEmpty());
        QVERIFY(model.count() > 0);
        for (int row = 0; row < model.count(); ++row) {
            const QDate day = model.get(row).value(QStringLiteral("date")).toDate();
            QVERIFY(day >= today.addDays(-2) && day <= today.addDays(-1));
        }
        // Not a date: the filter stays, and the model says why.
        model.setToText(QStringLiteral("next Tuesday"));
        QCOMPARE(model.to(), today.addDays(-1));
        QVERIFY(model.dateError().contains(QStringLiteral("is not a date")));
        model.setToText({});
        QVERIFY(!model.to().isValid());
        QVERIFY(model.dateError().isEmpty());
        model.setFromText(today.toString(Qt::ISODate));
        model.setToText(today.addDays(-3).toString(Qt::ISODate));
        QVERIFY(model.dateError().contains(QStringLiteral("after the last day")));
        QCOMPARE(model.count(), 0);
    }

    // --- StatementModel ---------------------------------------------------

    void statementHasRunningBalancesAndAChart()
    {
        auto lines = ledger::statement(db(), 1);
        QVERIFY(lines);
        QVERIFY(lines->size() > 5);

        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(ledger());
        model.setMemberNumber(1);
        QCOMPARE(model.count(), int(lines->size()));
        QCOMPARE(model.rowCount(), int(lines->size())); // fewer than a page
        // Newest first; the newest line's balance is the balance now.
        QCOMPARE(model.data(model.index(0), StatementModel::BalanceAfterRole).toLongLong(), balanceOf(1));
        QCOMPARE(model.data(model.index(model.count() - 1), StatementModel::DateRole).toDate(), lines->constFirst().date);
        for (int row = 0; row + 1 < model.count(); ++row) {
            const qint64 after = model.data(model.index(row), StatementModel::BalanceAfterRole).toLongLong();
            const qint64 amount = model.data(model.index(row), StatementModel::AmountRole).toLongLong();
            const qint64 before = model.data(model.index(row + 1), StatementModel::BalanceAfterRole).toLongLong();
            QCOMPARE(before + amount, after);
            const QString description = model.data(model.index(row), StatementModel::DescriptionRole).toString();
            QVERIFY2(description.startsWith(amount < 0 ? QStringLiteral("To ") : QStringLiteral("From ")) || description.contains(QStringLiteral("emurrage"))
                         || description.startsWith(QStringLiteral("Reversal")),
                     qPrintable(description));
        }

        const QList<QPointF> points = model.balancePoints();
        QVERIFY(points.size() >= 2);
        QCOMPARE(points.constLast().y(), double(balanceOf(1)) / 100.0);
        QCOMPARE(points.constLast().x(), double(TestEnvironment::today().startOfDay().toMSecsSinceEpoch()));
        QCOMPARE(model.chartStart(), lines->constFirst().date.startOfDay());
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY2(points.at(i).x() >= points.at(i - 1).x(), "the steps go forward in time");
        for (const QPointF &p : points)
            QVERIFY(p.y() >= model.chartMinimum() && p.y() <= model.chartMaximum());

        QLineSeries series;
        model.plot(&series);
        QCOMPARE(series.count(), points.size());

        model.setMemberNumber(kCommonsFund);
        QVERIFY(model.error().isEmpty());
        model.setMemberNumber(999);
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.error().isEmpty());
    }

    // --- MemberDetails ----------------------------------------------------

    void memberDetailsExplainTheCreditLine()
    {
        MemberDetails details;
        details.setLedger(ledger());
        details.setNumber(1);
        QVERIFY(details.exists());
        QCOMPARE(details.name(), QStringLiteral("Ana Benítez"));
        QCOMPARE(details.balance(), balanceOf(1));
        QCOMPARE(details.creditLineText(), money(ledger::kDefaultStarterLine));
        QCOMPARE(details.availableText(), money(std::max<std::int64_t>(0, balanceOf(1) + ledger::kDefaultStarterLine)));
        QVERIFY(details.creditExplanation().contains(QStringLiteral("starter line")));
        QVERIFY(details.creditExplanation().contains(money(ledger::kDefaultStarterLine)));
        QVERIFY(details.hasPin());

        QSignalSpy changed(&details, &MemberDetails::changed);
        details.setNumber(12);
        QVERIFY(details.suspended());
        QCOMPARE(details.statusText(), QStringLiteral("Suspended"));
        QVERIFY(details.creditExplanation().contains(QStringLiteral("cannot trade")));
        QVERIFY(!changed.isEmpty());

        details.setNumber(404);
        QVERIFY(!details.exists());
        QVERIFY(!details.error().isEmpty());
    }

    // --- LedgerSignalsModel -----------------------------------------------

    void signalsModelShowsTheCoresSignals()
    {
        LedgerSignalsModel model;
        model.setLedger(ledger());
        // Read on the worker.
        QVERIFY(model.loading());
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QVERIFY(!model.loading());
        QVERIFY(model.error().isEmpty());
        auto expected = ledger::signals(db(), TestEnvironment::today());
        QVERIFY(expected);
        QCOMPARE(model.circulation(), expected->circulation);
        QCOMPARE(model.circulationText(), money(expected->circulation));
        QCOMPARE(model.commonsFundText(), money(expected->commonsFund));
        QCOMPARE(model.activeMembers(), 11);
        QCOMPARE(model.nearFloor(), expected->nearFloor);
        QVERIFY(model.nearFloorDetail().contains(QStringLiteral("of 11 active members")));
        QVERIFY(!model.hasCeiling());
        QCOMPARE(model.nearCeilingShareText(), QStringLiteral("–"));
        QCOMPARE(model.velocityPermille(), expected->velocityPermille);
        QCOMPARE(model.monthLabels().size(), 12);
        QCOMPARE(model.monthLabels().constLast(), QStringLiteral("Mar"));
        QVERIFY(model.periodText().startsWith(QStringLiteral("April 2025 to March 2026")));
        QVERIFY(model.hasActivity());
        QVERIFY(!model.hasTarget());
        QCOMPARE(model.targetText(), QStringLiteral("No target set"));
        QVERIFY(!model.hasSuggestion());

        QBarSet volume(QStringLiteral("volume"));
        model.plotVolume(&volume);
        QCOMPARE(volume.count(), 12);
        double highest = 0;
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(volume.at(i), double(expected->months.at(i).volume) / 100.0);
            highest = std::max(highest, volume.at(i));
        }
        QCOMPARE(model.volumeMaximum(), highest);
        QLineSeries velocity;
        model.plotVelocity(&velocity);
        QCOMPARE(velocity.count(), 12);
        QCOMPARE(velocity.at(10).y(), double(expected->months.at(10).velocityPermille) / 1000.0);
        QVERIFY(model.volumeSummary().contains(QStringLiteral("February 2026: ")));

        // Locked: nothing stays.
        m_env->session()->lock();
        QVERIFY(!model.loaded());
        QVERIFY(model.circulationText().isEmpty());
    }

    void signalsModelReadsOnlyWhileActive()
    {
        LedgerSignalsModel model;
        model.setActive(false);
        model.setLedger(ledger());
        QVERIFY(!model.loading());
        QVERIFY(!model.loaded());
        model.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QVERIFY(model.hasActivity());
        QSignalSpy changed(&model, &LedgerSignalsModel::changed);
        model.setActive(false);
        QVERIFY(m_env->addTrades(5) > 0);
        QTest::qWait(200);
        QVERIFY(!model.loading());
        QCOMPARE(changed.size(), 0);
        // Shown again: read again, with the new trades.
        model.setActive(true);
        QVERIFY(model.loading());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kTimeout);
        QCOMPARE(model.circulation(), ledger::signals(db(), TestEnvironment::today())->circulation);
    }

    void circulationTargetIsValidated()
    {
        LedgerSignalsModel model;
        model.setLedger(ledger());
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        QSignalSpy finished(ledger(), &LedgerController::operationFinished);
        const auto refusedWith = [&](const QString &low, const QString &high, const QString &words) {
            if (ledger()->setCirculationTarget(low, high))
                return false;
            const QString message = finished.last().at(2).toString();
            if (!message.contains(words))
                qWarning("%s", qPrintable(message));
            return finished.last().at(0).toString() == QStringLiteral("circulationTarget") && message.contains(words);
        };
        QVERIFY(refusedWith(QStringLiteral("100"), QString(), QStringLiteral("both")));
        QVERIFY(refusedWith(QStringLiteral("abc"), QStringLiteral("200"), QStringLiteral("low end")));
        QVERIFY(refusedWith(QStringLiteral("100"), QStringLiteral("1.2.3"), QStringLiteral("high end")));
        QVERIFY(refusedWith(QStringLiteral("-1"), QStringLiteral("200"), QStringLiteral("below zero")));
        QVERIFY(refusedWith(QStringLiteral("200"), QStringLiteral("200"), QStringLiteral("more than the low end")));
        QVERIFY(!ledger::signals(db(), TestEnvironment::today())->targetLow);

        // As people write amounts here: grouping and a decimal point.
        QVERIFY(ledger()->setCirculationTarget(QStringLiteral("1,000"), QStringLiteral(" 2,500.50 ")));
        QCOMPARE(finished.last().at(1).toBool(), true);
        auto s = ledger::signals(db(), TestEnvironment::today());
        QCOMPARE(*s->targetLow, 100000);
        QCOMPARE(*s->targetHigh, 250050);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasTarget(), kTimeout);
        QCOMPARE(model.targetText(), QStringLiteral("1,000.00 to 2,500.50 credits"));
        QCOMPARE(model.targetLowInput(), QStringLiteral("1,000.00"));
        QVERIFY(!model.targetStatusText().isEmpty());

        QVERIFY(ledger()->setCirculationTarget(QString(), QStringLiteral(" ")));
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasTarget(), kTimeout);
    }

    void suggestedRateIsRecordedOnlyWhenAccepted()
    {
        LedgerSignalsModel model;
        model.setLedger(ledger());
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kTimeout);
        const std::int64_t circulation = model.circulation();
        // A band far below today's circulation: the rate should go up.
        QVERIFY(ledger()->setCirculationTarget(ledger()->formatMoney(circulation / 4), ledger()->formatMoney(circulation / 2)));
        QTRY_VERIFY_WITH_TIMEOUT(model.hasSuggestion(), kTimeout);
        QCOMPARE(model.currentPpm(), kDefaultDemurragePpmPerDay);
        QCOMPARE(model.suggestedPpm(), 2 * kDefaultDemurragePpmPerDay);
        QVERIFY(model.suggestionText().startsWith(QStringLiteral("Raise the demurrage rate from 1,000 to 2,000")));
        QVERIFY(model.suggestionDetail().contains(QStringLiteral("about 52 % a year")));
        QCOMPARE(model.suggestionEffectiveFrom(), TestEnvironment::today().addDays(1));
        QVERIFY(model.confirmationText().contains(ledger()->formatDate(TestEnvironment::today().addDays(1))));
        QVERIFY(ledger::demurrageSchedule(db())->rates().isEmpty());

        // Rejected: hidden, nothing recorded; a new session shows it again.
        model.reject();
        QVERIFY(!model.hasSuggestion());
        QVERIFY(ledger::demurrageSchedule(db())->rates().isEmpty());
        ledger()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kTimeout);
        QVERIFY(!model.hasSuggestion());
        LedgerSignalsModel nextSession;
        nextSession.setLedger(ledger());
        QTRY_VERIFY_WITH_TIMEOUT(nextSession.hasSuggestion(), kTimeout);

        // Accepted: recorded from tomorrow, keeping the exemption; then
        // shown as scheduled instead of suggested.
        QVERIFY(ledger::setDemurrageRate(db(), {TestEnvironment::today(), 1000, 2500}, ledger()->now()));
        ledger()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(nextSession.hasSuggestion() && !nextSession.loading(), kTimeout);
        QSignalSpy finished(ledger(), &LedgerController::operationFinished);
        QVERIFY(nextSession.accept());
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("demurrageRate"));
        QCOMPARE(finished.last().at(1).toBool(), true);
        const DemurrageRate recorded = ledger::demurrageSchedule(db())->rateOn(TestEnvironment::today().addDays(1));
        QCOMPARE(recorded, (DemurrageRate{TestEnvironment::today().addDays(1), 2000, 2500}));
        QTRY_VERIFY_WITH_TIMEOUT(!nextSession.hasSuggestion() && !nextSession.scheduledRateText().isEmpty(), kTimeout);
        QVERIFY(!nextSession.accept());
        QVERIFY(!ledger()->setDemurrageRate(1500, TestEnvironment::today().addDays(-1)));
        QVERIFY(m_env->session()->vault()->verify().isEmpty());
    }

    // --- TradeRecorder ----------------------------------------------------

    void recorderPreviewsBothSides()
    {
        TradeRecorder recorder;
        recorder.setLedger(ledger());
        recorder.setPayer(1);
        recorder.setPayee(2);
        recorder.setAmountText(QStringLiteral("12.50"));
        QVERIFY(recorder.amountValid());
        const std::int64_t payer = balanceOf(1), payee = balanceOf(2);
        const QVariantMap p = recorder.payerPreview();
        QCOMPARE(p.value(QStringLiteral("balanceText")).toString(), money(payer));
        QCOMPARE(p.value(QStringLiteral("balanceAfterText")).toString(), money(payer - 1250));
        QCOMPARE(p.value(QStringLiteral("availableText")).toString(), money(payer + ledger::kDefaultStarterLine));
        QCOMPARE(p.value(QStringLiteral("availableAfterText")).toString(), money(payer - 1250 + ledger::kDefaultStarterLine));
        const QVariantMap q = recorder.payeePreview();
        QCOMPARE(q.value(QStringLiteral("balanceAfterText")).toString(), money(payee + 1250));
        QCOMPARE(q.value(QStringLiteral("availableAfterText")).toString(), money(payee + 1250 + ledger::kDefaultStarterLine));
        QVERIFY(recorder.warning().isEmpty());
        QCOMPARE(recorder.confirmation(), TradeRecorder::PinConfirmation);
        QVERIFY(!recorder.complete());
        recorder.setPin(QStringLiteral("2468"));
        QVERIFY(recorder.complete());

        // The locale's way of writing amounts.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        recorder.setAmountText(QStringLiteral("1.234,5"));
        QVERIFY(recorder.amountValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        recorder.setAmountText(QStringLiteral("0"));
        QVERIFY(!recorder.amountValid());
        QVERIFY(recorder.amountError().contains(QStringLiteral("more than zero")));
        recorder.setAmountText(QStringLiteral("12,5,3"));
        QVERIFY(recorder.amountError().contains(QStringLiteral("is not an amount")));

        recorder.setAmountText(QStringLiteral("999999"));
        QVERIFY(recorder.payerPreview().value(QStringLiteral("overLimit")).toBool());
        QVERIFY(recorder.warning().contains(QStringLiteral("can spend at most")));
        recorder.setPayee(1);
        QVERIFY(recorder.warning().contains(QStringLiteral("the same")));
        recorder.setPayee(12);
        QVERIFY(recorder.warning().contains(QStringLiteral("suspended")));
        // A new payer drops the PIN typed for the old one.
        recorder.setPayer(3);
        QVERIFY(recorder.pin().isEmpty());
        QCOMPARE(recorder.confirmation(), TradeRecorder::CoordinatorConfirmation);
        recorder.setPayer(kCommonsFund);
        QCOMPARE(recorder.confirmation(), TradeRecorder::CoordinatorConfirmation);
        QCOMPARE(recorder.payerPreview().value(QStringLiteral("availableText")).toString(), QStringLiteral("no limit"));
        ledger()->setHallMode(false);
        QCOMPARE(recorder.confirmation(), TradeRecorder::NoConfirmation);
    }

    void recorderChecksThePinOnTheWorkerThenRecords()
    {
        TradeRecorder recorder;
        recorder.setLedger(ledger());
        QSignalSpy recorded(&recorder, &TradeRecorder::recorded);
        QSignalSpy refused(&recorder, &TradeRecorder::refused);
        const std::int64_t payer = balanceOf(1), payee = balanceOf(2);
        recorder.setPayer(1);
        recorder.setPayee(2);
        recorder.setAmountText(QStringLiteral("7.25"));
        recorder.setMemo(QStringLiteral("  Bread "));
        recorder.setCategory(QStringLiteral("Food"));

        QVERIFY(!recorder.record());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(1).value<TradeRecorder::Field>(), TradeRecorder::PinField);

        recorder.setPin(QStringLiteral("1111"));
        QVERIFY(recorder.record());
        QVERIFY(recorder.busy());
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, kTimeout);
        QVERIFY(recorder.error().contains(QStringLiteral("PIN is wrong")));
        QVERIFY(recorder.pin().isEmpty());
        QVERIFY(!recorder.busy());
        QCOMPARE(balanceOf(1), payer);

        recorder.setPin(QStringLiteral("2468"));
        QVERIFY(recorder.record());
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kTimeout);
        QCOMPARE(balanceOf(1), payer - 725);
        QCOMPARE(balanceOf(2), payee + 725);
        const qint64 id = recorded.at(0).at(0).toLongLong();
        auto trade = ledger::trade(db(), id);
        QVERIFY(trade);
        QCOMPARE(trade->confirmation, TradeRequest::Confirmation::Pin);
        QCOMPARE(trade->memo, QStringLiteral("Bread"));
        QCOMPARE(trade->category, QStringLiteral("Food"));
        QCOMPARE(trade->date, TestEnvironment::today());
        QCOMPARE(trade->recordedBy, LedgerController::kRecordedBy);

        const QVariantMap receipt = recorder.receipt();
        QCOMPARE(receipt.value(QStringLiteral("tradeId")).toLongLong(), id);
        QCOMPARE(receipt.value(QStringLiteral("payerBalanceBeforeText")).toString(), money(payer));
        QCOMPARE(receipt.value(QStringLiteral("payerBalanceAfterText")).toString(), money(payer - 725));
        QCOMPARE(receipt.value(QStringLiteral("payeeBalanceAfterText")).toString(), money(payee + 725));
        // The form is empty for the next trade.
        QCOMPARE(recorder.payer(), -1);
        QVERIFY(recorder.amountText().isEmpty());
        QVERIFY(recorder.pin().isEmpty());
    }

    void recorderPausesAPinAfterFiveWrongOnes()
    {
        TradeRecorder recorder;
        recorder.setLedger(ledger());
        QSignalSpy recorded(&recorder, &TradeRecorder::recorded);
        QSignalSpy refused(&recorder, &TradeRecorder::refused);
        const auto fillIn = [&recorder] {
            recorder.setPayer(5); // Bjørn Ødegaard, PIN 9999
            recorder.setPayee(1);
            recorder.setAmountText(QStringLiteral("1"));
        };
        fillIn();
        for (int i = 1; i <= PinAttempts::kWrongInARow; ++i) {
            recorder.setPin(QStringLiteral("0000"));
            QVERIFY(recorder.record());
            QTRY_COMPARE_WITH_TIMEOUT(refused.size(), i, kTimeout);
            QCOMPARE(refused.last().at(1).value<TradeRecorder::Field>(), TradeRecorder::PinField);
            if (i == PinAttempts::kWrongInARow - 1)
                QVERIFY2(recorder.error().contains(QStringLiteral("One more wrong PIN")), qPrintable(recorder.error()));
            else if (i < PinAttempts::kWrongInARow)
                QVERIFY2(recorder.error().contains(QStringLiteral("After %1 more wrong PINs").arg(PinAttempts::kWrongInARow - i)),
                         qPrintable(recorder.error()));
        }
        QVERIFY2(recorder.error().contains(QStringLiteral("Bjørn Ødegaard (member 5) was wrong 5 times in a row")), qPrintable(recorder.error()));
        QVERIFY(recorder.error().contains(QStringLiteral("Try again in 5 minutes")));
        QCOMPARE(recorder.pinLockedSeconds(), PinAttempts::kPauseSeconds);

        // The right PIN is refused at once, without a check, while paused;
        // typing does not hide the countdown.
        recorder.setPin(QStringLiteral("9999"));
        QVERIFY(recorder.error().contains(QStringLiteral("Try again")));
        QVERIFY(!recorder.record());
        QVERIFY(!recorder.busy());
        QVERIFY(recorder.pin().isEmpty());
        QCOMPARE(refused.size(), PinAttempts::kWrongInARow + 1);

        // Locking and unlocking does not end the pause.
        m_env->session()->lock();
        m_env->session()->unlock(kPassphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->session()->state(), VaultSession::State::Unlocked, kTimeout);
        fillIn();
        QCOMPARE(recorder.pinLockedSeconds(), PinAttempts::kPauseSeconds);
        recorder.setPin(QStringLiteral("9999"));
        QVERIFY(!recorder.record());

        // The countdown follows the clock, in words.
        m_env->advanceClock(4 * 60 + 30);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.error().contains(QStringLiteral("Try again in 30 seconds")), 3000);
        m_env->advanceClock(30);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.error().isEmpty(), 3000);
        QCOMPARE(recorder.pinLockedSeconds(), 0);
        recorder.setPin(QStringLiteral("9999"));
        QVERIFY(recorder.record());
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kTimeout);
        QCOMPARE(ledger()->pinAttempts().triesLeft(5, ledger()->now()), PinAttempts::kWrongInARow);
    }

    void aNewPinFromTheCoordinatorEndsThePause()
    {
        const QDateTime now = ledger()->now();
        for (int i = 0; i < PinAttempts::kWrongInARow; ++i)
            QVERIFY(!ledger()->pinAttempts().check(db(), 2, QStringLiteral("0000"), now));
        QVERIFY(ledger()->pinAttempts().secondsLocked(2, now) > 0);
        QVERIFY(ledger()->setPin(2, QStringLiteral("8642"), QStringLiteral("8642")));
        QTRY_VERIFY_WITH_TIMEOUT(!ledger()->busy(), kTimeout);
        QCOMPARE(ledger()->pinAttempts().secondsLocked(2, now), 0);
    }

    void recorderAsksTheCoordinatorWhenThereIsNoPin()
    {
        TradeRecorder recorder;
        recorder.setLedger(ledger());
        QSignalSpy refused(&recorder, &TradeRecorder::refused);
        recorder.setPayer(3);
        recorder.setPayee(4);
        recorder.setAmountText(QStringLiteral("3"));
        QVERIFY(!recorder.record());
        QCOMPARE(refused.last().at(1).value<TradeRecorder::Field>(), TradeRecorder::CoordinatorField);
        QVERIFY(recorder.error().contains(QStringLiteral("Confirmed by the coordinator")));
        recorder.setCoordinatorConfirmed(true);
        QVERIFY(recorder.error().isEmpty());
        QVERIFY(recorder.record());
        QVERIFY(recorder.hasReceipt());
        QCOMPARE(ledger::trade(db(), recorder.receipt().value(QStringLiteral("tradeId")).toLongLong())->confirmation,
                 TradeRequest::Confirmation::Coordinator);

        // Hall mode off: nothing asked, recorded as unconfirmed.
        ledger()->setHallMode(false);
        recorder.startNew();
        QVERIFY(!recorder.hasReceipt());
        recorder.setPayer(1);
        recorder.setPayee(3);
        recorder.setAmountText(QStringLiteral("1"));
        QVERIFY(recorder.record());
        QCOMPARE(ledger::trade(db(), recorder.receipt().value(QStringLiteral("tradeId")).toLongLong())->confirmation,
                 TradeRequest::Confirmation::None);
        QCOMPARE(QSettings().value(LedgerController::kHallModeKey).toBool(), false);
    }

    void recorderRefusalsComeFromTheCoreInWords()
    {
        TradeRecorder recorder;
        recorder.setLedger(ledger());
        ledger()->setHallMode(false);
        QSignalSpy refused(&recorder, &TradeRecorder::refused);
        QVERIFY(!recorder.record());
        QCOMPARE(refused.last().at(1).value<TradeRecorder::Field>(), TradeRecorder::PayerField);
        recorder.setPayer(4);
        QVERIFY(!recorder.record());
        QCOMPARE(refused.last().at(1).value<TradeRecorder::Field>(), TradeRecorder::PayeeField);
        recorder.setPayee(5);
        QVERIFY(!recorder.record());
        QCOMPARE(refused.last().at(1).value<TradeRecorder::Field>(), TradeRecorder::AmountField);
        recorder.setAmountText(QStringLiteral("50000"));
        QVERIFY(!recorder.record());
        QCOMPARE(refused.last().at(1).value<TradeRecorder::Field>(), TradeRecorder::AmountField);
        QVERIFY2(recorder.error().contains(QStringLiteral("can spend at most")), qPrintable(recorder.error()));
        recorder.setPayer(12);
        recorder.setAmountText(QStringLiteral("1"));
        QVERIFY(!recorder.record());
        QCOMPARE(refused.last().at(1).value<TradeRecorder::Field>(), TradeRecorder::PayerField);
        QVERIFY(recorder.error().contains(QStringLiteral("suspended")));
        QVERIFY(!recorder.hasReceipt());
    }

    void undoWorksForAMinute()
    {
        TradeRecorder recorder;
        recorder.setLedger(ledger());
        ledger()->setHallMode(false);
        const std::int64_t payer = balanceOf(1), payee = balanceOf(2);
        recorder.setPayer(1);
        recorder.setPayee(2);
        recorder.setAmountText(QStringLiteral("10"));
        QVERIFY(recorder.record());
        QVERIFY(recorder.canUndo());
        QCOMPARE(recorder.undoSecondsLeft(), TradeRecorder::kUndoSeconds);
        m_env->advanceClock(59);
        QCOMPARE(recorder.undoSecondsLeft(), 1);
        QSignalSpy undone(&recorder, &TradeRecorder::undoneTrade);
        QVERIFY(recorder.undo());
        QCOMPARE(undone.size(), 1);
        QVERIFY(recorder.undone());
        QVERIFY(!recorder.canUndo());
        auto reversal = ledger::trade(db(), undone.at(0).at(0).toLongLong());
        QVERIFY(reversal);
        QCOMPARE(reversal->reverses, recorder.receipt().value(QStringLiteral("tradeId")).toLongLong());
        QCOMPARE(balanceOf(1), payer);
        QCOMPARE(balanceOf(2), payee);
        QVERIFY(!recorder.undo());

        // A minute later it is too late.
        recorder.startNew();
        recorder.setPayer(1);
        recorder.setPayee(2);
        recorder.setAmountText(QStringLiteral("10"));
        QVERIFY(recorder.record());
        m_env->advanceClock(60);
        QVERIFY(!recorder.canUndo());
        QVERIFY(!recorder.undo());
        QVERIFY(recorder.error().contains(QStringLiteral("has passed")));
        QCOMPARE(balanceOf(1), payer - 1000);
    }

    void lockingDuringAPinCheckDropsTheAnswer()
    {
        TradeRecorder recorder;
        recorder.setLedger(ledger());
        QSignalSpy recorded(&recorder, &TradeRecorder::recorded);
        QSignalSpy refused(&recorder, &TradeRecorder::refused);
        recorder.setPayer(2);
        recorder.setPayee(1);
        recorder.setAmountText(QStringLiteral("5"));
        recorder.setPin(QStringLiteral("1357"));
        QVERIFY(recorder.record());
        m_env->session()->lock();
        QVERIFY(!recorder.busy());
        QTest::qWait(800);
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(refused.size(), 0);
        QCOMPARE(recorder.payer(), -1);
        // Unlocked again, nothing was recorded.
        m_env->session()->unlock(kPassphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->session()->state(), VaultSession::State::Unlocked, kTimeout);
        auto latest = ledger::trades(db(), {}, 1);
        QVERIFY(latest);
        QVERIFY(latest->constFirst().date < TestEnvironment::today() || latest->constFirst().amount != 500 || latest->constFirst().payer != 2);
    }

    // --- LedgerController -------------------------------------------------

    void memberOperations()
    {
        QSignalSpy finished(ledger(), &LedgerController::operationFinished);
        QVERIFY(!ledger()->addMember(QStringLiteral(" "), {}, {}, {}, {}));
        QVERIFY(finished.last().at(2).toString().contains(QStringLiteral("name")));
        QVERIFY(!ledger()->addMember(QStringLiteral("Lena"), {}, QStringLiteral("x1"), {}, {}));
        QVERIFY(!ledger()->addMember(QStringLiteral("Lena"), {}, {}, QStringLiteral("12"), QStringLiteral("12")));
        QVERIFY(finished.last().at(2).toString().contains(QStringLiteral("at least")));

        QVERIFY(ledger()->addMember(QStringLiteral("Lena Vogel"), QStringLiteral("lena@example.org"), {}, QStringLiteral("4321"), QStringLiteral("4321")));
        QVERIFY(ledger()->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!ledger()->busy(), kTimeout);
        QCOMPARE(finished.last().at(1).toBool(), true);
        QCOMPARE(finished.last().at(3).toLongLong(), 13);
        auto lena = members::byNumber(db(), 13);
        QVERIFY(lena);
        QVERIFY(lena->hasPin);
        QVERIFY(members::checkPin(db(), 13, QStringLiteral("4321")));

        // The core refuses a number in use; the answer comes back in words.
        QVERIFY(ledger()->addMember(QStringLiteral("Ana again"), {}, QStringLiteral("1"), {}, {}));
        QTRY_VERIFY_WITH_TIMEOUT(!ledger()->busy(), kTimeout);
        QCOMPARE(finished.last().at(1).toBool(), false);
        QVERIFY(finished.last().at(2).toString().contains(QStringLiteral("taken")));

        QVERIFY(!ledger()->setSuspended(13, true, QStringLiteral("  ")));
        QVERIFY(ledger()->setSuspended(13, true, QStringLiteral("Moved away for a year")));
        QCOMPARE(members::byNumber(db(), 13)->status, Member::Status::Suspended);
        QVERIFY(ledger()->setSuspended(13, false, {}));
        QCOMPARE(members::byNumber(db(), 13)->status, Member::Status::Active);

        QVERIFY(!ledger()->editMember(13, QStringLiteral("  "), QStringLiteral("lena@example.org")));
        QVERIFY(finished.last().at(2).toString().contains(QStringLiteral("name")));
        QVERIFY(ledger()->editMember(13, QStringLiteral("Lena  Vogel-Berg "), QString()));
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("editMember"));
        QVERIFY(finished.last().at(2).toString().contains(QStringLiteral("is now called Lena Vogel-Berg")));
        QCOMPARE(members::byNumber(db(), 13)->name, QStringLiteral("Lena Vogel-Berg"));
        QVERIFY(members::byNumber(db(), 13)->contact.isEmpty());
        QVERIFY(ledger()->editMember(13, QStringLiteral("Lena Vogel-Berg"), QString()));
        QVERIFY(finished.last().at(2).toString().startsWith(QStringLiteral("Nothing changed")));
        QVERIFY(!ledger()->editMember(404, QStringLiteral("Nobody"), QString()));

        QVERIFY(!ledger()->setPin(13, QStringLiteral("5555"), QStringLiteral("5556")));
        QVERIFY(ledger()->setPin(13, QStringLiteral("5555"), QStringLiteral("5555")));
        QTRY_VERIFY_WITH_TIMEOUT(!ledger()->busy(), kTimeout);
        QVERIFY(members::checkPin(db(), 13, QStringLiteral("5555")));
        QVERIFY(ledger()->setPin(13, {}, {}));
        QTRY_VERIFY_WITH_TIMEOUT(!ledger()->busy(), kTimeout);
        QVERIFY(!members::byNumber(db(), 13)->hasPin);
        QVERIFY(m_env->session()->vault()->verify().isEmpty());
    }

    // A long statement arrives a page at a time, and the running balance
    // runs on across the pages.
    void longStatementPages()
    {
        for (int i = 0; i < StatementModel::kPageSize + 60; ++i) {
            TradeRequest r;
            r.payer = i % 2 ? 4 : 5;
            r.payee = i % 2 ? 5 : 4;
            r.amount = 100 + i;
            r.date = TestEnvironment::today();
            QVERIFY(ledger::recordTrade(db(), r, QDateTime(TestEnvironment::today(), QTime(12, 0))).ok());
        }
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLedger(ledger());
        model.setMemberNumber(4);
        const int total = model.count();
        QVERIFY(total > StatementModel::kPageSize);
        QCOMPARE(model.rowCount(), StatementModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        for (int row = 0; row + 1 < model.rowCount(); ++row) {
            const qint64 after = model.data(model.index(row), StatementModel::BalanceAfterRole).toLongLong();
            const qint64 amount = model.data(model.index(row), StatementModel::AmountRole).toLongLong();
            const qint64 before = model.data(model.index(row + 1), StatementModel::BalanceAfterRole).toLongLong();
            QCOMPARE(before + amount, after);
        }
        QCOMPARE(model.data(model.index(0), StatementModel::BalanceAfterRole).toLongLong(), balanceOf(4));
    }

    void aTradeReloadsOnlyWhatItTouches()
    {
        StatementModel ana, ben;
        ana.setLedger(ledger());
        ana.setMemberNumber(1);
        ben.setLedger(ledger());
        ben.setMemberNumber(2);
        QSignalSpy anaReset(&ana, &QAbstractItemModel::modelReset);
        QSignalSpy benReset(&ben, &QAbstractItemModel::modelReset);
        QSignalSpy categories(ledger(), &LedgerController::categoriesChanged);
        const int benLines = ben.count();

        TradeRecorder recorder;
        recorder.setLedger(ledger());
        ledger()->setHallMode(false);
        recorder.setPayer(2);
        recorder.setPayee(3);
        recorder.setAmountText(QStringLiteral("2"));
        recorder.setCategory(QStringLiteral("Bicycle repair"));
        QVERIFY(recorder.record());
        QCOMPARE(anaReset.size(), 0);
        QCOMPARE(benReset.size(), 1);
        QVERIFY(ben.count() > benLines);
        QCOMPARE(categories.size(), 1);
        QVERIFY(ledger()->categories().contains(QStringLiteral("Bicycle repair")));
        QCOMPARE(ledger()->categories(), ledger::categories(db()));
    }

    void aNewDaySettlesDemurrage()
    {
        // Someone with credit to spare pays demurrage for each day that ends.
        std::int64_t rich = -1;
        for (std::int64_t number = 1; number <= 11; ++number) {
            if (balanceOf(number) > 10000)
                rich = number;
        }
        QVERIFY(rich > 0);
        MemberDetails details;
        details.setLedger(ledger());
        details.setNumber(rich);
        const qint64 before = details.balance();
        QSignalSpy changed(ledger(), &LedgerController::ledgerChanged);
        m_env->advanceClock(24 * 60 * 60);
        ledger()->refresh();
        QVERIFY(!changed.isEmpty());
        QVERIFY2(details.balance() < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(details.balance())));
        QCOMPARE(ledger()->today(), TestEnvironment::today().addDays(1));
    }

    void datesAreReadAsPeopleWriteThem()
    {
        QCOMPARE(ledger()->parseDate(QStringLiteral("2026-03-14")), QDate(2026, 3, 14));
        QCOMPARE(ledger()->parseDate(QStringLiteral(" 14/03/2026 ")), QDate(2026, 3, 14));
        QVERIFY(!ledger()->parseDate(QStringLiteral("31/31/2026")).isValid());
        QVERIFY(!ledger()->parseDate({}).isValid());
        QCOMPARE(ledger()->formatDate(QDate(2026, 3, 14)), QStringLiteral("14/03/2026"));
    }
};

QTEST_MAIN(TestLedgerModels)

#include "tst_ledgermodels.moc"
