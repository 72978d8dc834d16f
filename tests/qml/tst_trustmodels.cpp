// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trust screens' models and controller against a real vault: the
// profile's rows follow a constructed history, the review queue's lists
// (flags, alerts, sanctions and a member's steps), the controller's
// refusals in words, a sanction changing what the ledger allows, and the
// depth metrics. Every list model runs under QAbstractItemModelTester.
#include "testenvironment.h"

#include "ledger/ledger.h"
#include "ledger/ledgercontroller.h"
#include "members/memberdetails.h"
#include "members/members.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "trust/depthmetricsmodel.h"
#include "trust/reviewmodels.h"
#include "trust/trust.h"
#include "trust/trustcontroller.h"
#include "trust/trustprofiledetails.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarSet>

using namespace mycelium;

namespace {
const QString kCommunity = QStringLiteral("Riverside Commons");
const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr int kTimeout = 15000;
constexpr int kDays = 20;
} // namespace

class TestTrustModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TestEnvironment> m_env;

    LedgerController *ledger() { return m_env->ledger(); }
    Database &db() { return m_env->session()->vault()->database(); }

    // The row of a profile's dimension.
    static QString summaryOf(const TrustProfileDetails &profile, const QString &key)
    {
        for (int row = 0; row < profile.rowCount(); ++row) {
            const QModelIndex index = profile.index(row);
            if (profile.data(index, TrustProfileDetails::KeyRole).toString() == key)
                return profile.data(index, TrustProfileDetails::SummaryRole).toString();
        }
        return {};
    }

    TradeRequest trade(std::int64_t payer, std::int64_t payee, std::int64_t amount)
    {
        TradeRequest request;
        request.payer = payer;
        request.payee = payee;
        request.amount = amount;
        request.category = QStringLiteral("Repairs");
        request.date = m_env->clock().today();
        request.recordedBy = QStringLiteral("coordinator");
        request.confirmation = TradeRequest::Confirmation::Coordinator;
        return request;
    }

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
    }

    void cleanup()
    {
        if (m_env->session()->vault())
            QVERIFY(ledger::checkZeroSum(db()).isEmpty());
        m_env->session()->lock();
        m_env->resetClock();
    }

    void cleanupTestCase() { m_env.reset(); }

    // --- TrustProfileDetails ----------------------------------------------

    void profileWithoutHistorySaysSo()
    {
        // The ring's members join with no trades of their own yet.
        NewMember member;
        member.name = QStringLiteral("Nadia Haddad");
        member.number = 20;
        member.joinedOn = QDate(2025, 3, 14);
        QVERIFY(members::add(db(), member, m_env->clock().now()));

        TrustProfileDetails profile;
        QAbstractItemModelTester tester(&profile, QAbstractItemModelTester::FailureReportingMode::QtTest);
        profile.setLedger(ledger());
        profile.setNumber(20);
        QVERIFY2(profile.exists(), qPrintable(profile.error()));
        QVERIFY(!profile.hasHistory());
        QCOMPARE(profile.rowCount(), 6);
        QCOMPARE(profile.scoreText(), QString());
        QVERIFY(profile.formulaText().startsWith(QStringLiteral("No history yet")));
        QCOMPARE(summaryOf(profile, QStringLiteral("reliability")),
                 QStringLiteral("no sessions yet, no loans returned yet, no trades yet"));
        QCOMPARE(summaryOf(profile, QStringLiteral("reciprocity")), QStringLiteral("no trades yet"));
        // A year a member: 12 whole months, 1000 + 500 × 12 / 60 = 1100 ‰.
        QCOMPARE(profile.longevityText(), QStringLiteral("1.100"));
        QVERIFY2(summaryOf(profile, QStringLiteral("longevity")).contains(QStringLiteral(": 12 whole months")), qPrintable(summaryOf(profile, QStringLiteral("longevity"))));
        QCOMPARE(profile.sanction(), QStringLiteral("none"));
        QCOMPARE(profile.openFlags(), 0);
    }

    void profileRowsFollowTheHistory()
    {
        QVERIFY(m_env->trustSeedRing());
        // Luz (13): four trades paid, four received, one reversed.
        auto paid = ledger::recordTrade(db(), trade(13, 14, 500), m_env->clock().now());
        QVERIFY(paid);
        QVERIFY(ledger::reverse(db(), paid->id, QStringLiteral("coordinator"), m_env->clock().today(), m_env->clock().now()));

        TrustProfileDetails profile;
        QAbstractItemModelTester tester(&profile, QAbstractItemModelTester::FailureReportingMode::QtTest);
        profile.setLedger(ledger());
        profile.setNumber(13);
        QVERIFY2(profile.exists(), qPrintable(profile.error()));
        QVERIFY(profile.hasHistory());
        const TrustProfile p = *trust::profile(db(), 13, m_env->clock().today());
        // The words carry the core's counts.
        QVERIFY2(summaryOf(profile, QStringLiteral("reliability")).contains(QStringLiteral("%1 of %2 trades reversed").arg(p.tradesReversed).arg(p.trades)),
                 qPrintable(summaryOf(profile, QStringLiteral("reliability"))));
        QVERIFY(p.tradesReversed >= 1);
        QVERIFY(summaryOf(profile, QStringLiteral("reciprocity")).contains(QStringLiteral("% in balance")));
        // The score shows with every part, and the product is the core's.
        QCOMPARE(profile.successText(), TrustProfileDetails::permilleText(p.successPermille));
        QCOMPARE(profile.scoreText(), TrustProfileDetails::permilleText(*p.scorePermille));
        QVERIFY2(profile.formulaText().contains(QStringLiteral("× ecological %1 × longevity %2 × vouching %3 = score %4")
                                                    .arg(profile.ecologicalText(), profile.longevityText(), profile.vouchingText(), profile.scoreText())),
                 qPrintable(profile.formulaText()));
        QVERIFY(profile.successDetail().contains(QStringLiteral("of %1 kept").arg(p.total)));
    }

    // --- Flags ------------------------------------------------------------

    void flagRaisedAndResolvedThroughTheController()
    {
        TrustController trust;
        trust.setLedger(ledger());
        FlagModel flags;
        QAbstractItemModelTester tester(&flags, QAbstractItemModelTester::FailureReportingMode::QtTest);
        flags.setLedger(ledger());
        TrustProfileDetails profile;
        profile.setLedger(ledger());
        profile.setNumber(4);
        QCOMPARE(flags.count(), 0);
        QSignalSpy finished(&trust, &TrustController::operationFinished);

        // Refusals in words, before anything is written.
        QVERIFY(!trust.raiseFlag(4, 2, QStringLiteral("  ")));
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("Say what the concern is."));
        QVERIFY(!trust.raiseFlag(4, 4, QStringLiteral("Myself")));

        QVERIFY(trust.raiseFlag(4, 2, QStringLiteral("Asked to be paid twice")));
        QVERIFY(finished.last().at(1).toBool());
        QVERIFY(trust.raiseFlag(4, -1, QStringLiteral("Tools came back broken")));
        QCOMPARE(flags.count(), 2);
        QCOMPARE(profile.openFlags(), 2);
        QCOMPARE(profile.openFlagsText(), QStringLiteral("2 open concerns for review"));
        const QVariantMap first = flags.get(0);
        QCOMPARE(first.value(QStringLiteral("memberText")).toString(), QStringLiteral("4 · Dario Rossi"));
        QCOMPARE(first.value(QStringLiteral("reporterText")).toString(), QStringLiteral("2 · Ben Okafor"));
        QCOMPARE(flags.get(1).value(QStringLiteral("reporterText")).toString(), QStringLiteral("the coordinator"));

        QVERIFY(!trust.resolveFlag(first.value(QStringLiteral("flagId")).toLongLong(), QString()));
        QVERIFY(trust.resolveFlag(first.value(QStringLiteral("flagId")).toLongLong(), QStringLiteral("Talked it through")));
        QCOMPARE(flags.count(), 1);
        QCOMPARE(profile.openFlags(), 1);
        flags.setOpenOnly(false);
        QCOMPARE(flags.count(), 2);
        flags.setMemberNumber(6);
        QCOMPARE(flags.count(), 0);
    }

    // --- Alerts -----------------------------------------------------------

    void scanFindsTheRingAndReviewClosesIt()
    {
        QVERIFY(m_env->trustSeedRing());
        TrustController trust;
        trust.setLedger(ledger());
        AlertModel alerts;
        QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        alerts.setLedger(ledger());
        QSignalSpy finished(&trust, &TrustController::operationFinished);
        QVERIFY(trust.scanAlerts());
        int ring = -1;
        for (int row = 0; row < alerts.count(); ++row) {
            if (alerts.get(row).value(QStringLiteral("kind")).toString() == QLatin1String("ring"))
                ring = row;
        }
        QVERIFY2(ring >= 0, qPrintable(finished.last().at(2).toString()));
        const QVariantMap alert = alerts.get(ring);
        QCOMPARE(alert.value(QStringLiteral("kindText")).toString(), QStringLiteral("Trading back and forth"));
        QVERIFY(alert.value(QStringLiteral("memberText")).toString().contains(QStringLiteral("Luz Moreno")));
        QVERIFY(alert.value(QStringLiteral("memberText")).toString().contains(QStringLiteral("Mateo Silva")));
        const int before = alerts.count();
        QVERIFY(trust.reviewAlert(alert.value(QStringLiteral("alertId")).toLongLong(), QStringLiteral("Housemates; nothing wrong")));
        QCOMPARE(alerts.count(), before - 1);
        // A reviewed pattern is not raised again.
        QVERIFY(trust.scanAlerts());
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("No new patterns found."));
        QCOMPARE(alerts.count(), before - 1);
    }

    // --- Sanctions --------------------------------------------------------

    void sanctionChangesWhatTheLedgerAllows()
    {
        TrustController trust;
        trust.setLedger(ledger());
        SanctionModel sanctions;
        QAbstractItemModelTester tester(&sanctions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sanctions.setLedger(ledger());
        SanctionHistoryModel history;
        QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setLedger(ledger());
        history.setMemberNumber(3);
        MemberDetails details;
        details.setLedger(ledger());
        details.setNumber(3);
        TrustProfileDetails profile;
        profile.setLedger(ledger());
        profile.setNumber(3);
        QSignalSpy finished(&trust, &TrustController::operationFinished);
        const QString lineBefore = details.creditLineText();

        // Refused: no reason, no review date, a review date that is not after today.
        QVERIFY(!trust.applySanction(3, QStringLiteral("reduced"), QString(), QStringLiteral("2026-04-13")));
        QVERIFY(!trust.applySanction(3, QStringLiteral("reduced"), QStringLiteral("Reason"), QString()));
        QVERIFY(!trust.applySanction(3, QStringLiteral("reduced"), QStringLiteral("Reason"), QStringLiteral("2026-03-14")));
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("The review date must be after today."));
        QCOMPARE(sanctions.count(), 0);

        // Reduced: the credit line is halved, and the lists know.
        QVERIFY(trust.applySanction(3, QStringLiteral("reduced"), QStringLiteral("Broken tools not reported"), QStringLiteral("2026-04-13")));
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("Chloé Martin: Reduced credit line until the review on 13/04/2026."));
        const Member chloe = *members::byNumber(db(), 3);
        QCOMPARE(chloe.sanction, Member::Sanction::Reduced);
        QVERIFY(details.creditLineText() != lineBefore);
        QVERIFY2(details.creditExplanation().contains(QStringLiteral("under a reduced-line sanction")), qPrintable(details.creditExplanation()));
        QCOMPARE(profile.sanction(), QStringLiteral("reduced"));
        QCOMPARE(profile.sanctionEffect(), QStringLiteral("Halves the credit line until the sanction steps down."));
        QCOMPARE(sanctions.count(), 1);
        QCOMPARE(sanctions.get(0).value(QStringLiteral("levelText")).toString(), QStringLiteral("Reduced credit line"));
        QCOMPARE(sanctions.get(0).value(QStringLiteral("reviewText")).toString(), QStringLiteral("13/04/2026"));
        QCOMPARE(sanctions.rowOf(3), 0);

        // Suspended: no trade either way.
        QVERIFY(trust.applySanction(3, QStringLiteral("suspended"), QStringLiteral("Threatened a member"), QStringLiteral("2026-04-30")));
        auto refused = ledger::recordTrade(db(), trade(3, 1, 100), m_env->clock().now());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("suspended until mediation")), qPrintable(refused.error().message));
        QVERIFY(!ledger::recordTrade(db(), trade(1, 3, 100), m_env->clock().now()));

        // Lifting needs no review date; the history shows every step.
        QVERIFY(trust.applySanction(3, QStringLiteral("none"), QStringLiteral("Mediation concluded"), QString()));
        QVERIFY(ledger::recordTrade(db(), trade(3, 1, 100), m_env->clock().now()));
        QCOMPARE(sanctions.count(), 0);
        QCOMPARE(history.count(), 3);
        QCOMPARE(history.get(0).value(QStringLiteral("stepText")).toString(), QStringLiteral("No sanction → Reduced credit line"));
        QCOMPARE(history.get(2).value(QStringLiteral("stepText")).toString(), QStringLiteral("Suspended → No sanction"));
        QVERIFY(history.get(2).value(QStringLiteral("lifting")).toBool());
    }

    void redemptionWithNothingEarnedSaysSo()
    {
        TrustController trust;
        trust.setLedger(ledger());
        QSignalSpy finished(&trust, &TrustController::operationFinished);
        QVERIFY(trust.redeem());
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("No redemption is earned yet."));
    }

    void levelOptionsSayWhatTheyDo()
    {
        const QVariantList options = TrustController::levelOptions();
        QCOMPARE(options.size(), 5);
        QCOMPARE(options.constFirst().toMap().value(QStringLiteral("value")).toString(), QStringLiteral("warning"));
        QCOMPARE(options.constLast().toMap().value(QStringLiteral("value")).toString(), QStringLiteral("none"));
        QCOMPARE(TrustController::levelEffectOf(QStringLiteral("suspended")),
                 QStringLiteral("Cannot trade or borrow; mediation required before a coordinator lifts it."));
    }

    // --- Depth ------------------------------------------------------------

    void depthMetricsReadOnTheWorker()
    {
        TrustController trust;
        trust.setLedger(ledger());
        QVERIFY(trust.raiseFlag(4, 2, QStringLiteral("Asked to be paid twice")));
        DepthMetricsModel depth;
        depth.setLedger(ledger());
        QTRY_VERIFY_WITH_TIMEOUT(depth.loaded(), kTimeout);
        QVERIFY(depth.tradingMembers() >= 10);
        QVERIFY(!depth.reciprocityText().isEmpty());
        QVERIFY(depth.pairsDetail().contains(QStringLiteral("distinct pairs")));
        QCOMPARE(depth.resolutionText(), QStringLiteral("0 %"));
        QCOMPARE(depth.resolutionDetail(), QStringLiteral("0 of 1 concern raised was resolved."));
        QCOMPARE(depth.monthLabels().size(), 12);
        QBarSet set(QStringLiteral("Notes"));
        depth.plotGratitude(&set);
        QCOMPARE(set.count(), 12);

        // Resolving it shows at once (it marks the figures stale).
        const qint64 id = trust::flags(db(), true)->constFirst().id;
        QVERIFY(trust.resolveFlag(id, QStringLiteral("Settled")));
        QTRY_COMPARE_WITH_TIMEOUT(depth.resolutionText(), QStringLiteral("100 %"), kTimeout);
    }
};

QTEST_MAIN(TestTrustModels)

#include "tst_trustmodels.moc"
