// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The skills screens' C++ side against a real vault with
// TestEnvironment::skillsSeed's listings and sessions: the board's search
// per keystroke and its filters, the match view's order and reasons,
// sessions planned and completed through SkillsController (one trade),
// the gratitude wall and a member's skills. Every model runs under
// QAbstractItemModelTester.
#include "testenvironment.h"

#include "ledger/ledgercontroller.h"
#include "session/vaultsession.h"
#include "skills/sessionmodel.h"
#include "skills/skillboardmodel.h"
#include "skills/skilllistingdetails.h"
#include "skills/skills.h"
#include "skills/skillscontroller.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
constexpr int kTimeout = 15000;
} // namespace

class TestSkillsModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<SkillsController> m_skills;

    Database &db() { return m_env->session()->vault()->database(); }

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.data(model.index(row, 0), role).toString());
        return values;
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
        QVERIFY(m_env->createLedgerVault(QStringLiteral("Riverside Commons"), QStringLiteral("correct horse battery staple"), 10));
        m_env->session()->unlock(QStringLiteral("correct horse battery staple"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->session()->state(), VaultSession::State::Unlocked, kTimeout);
        QCOMPARE(m_env->skillsSeed(), 10);
        m_skills = std::make_unique<SkillsController>();
        m_skills->setLedger(m_env->ledger());
        QVERIFY(m_skills->ready());
    }

    void cleanup()
    {
        if (m_env->session()->vault())
            QVERIFY(m_env->session()->vault()->verify().isEmpty());
        m_skills.reset();
        m_env->session()->lock();
        m_env->resetClock();
    }

    void cleanupTestCase() { m_env.reset(); }

    void vocabularyAndCompletion()
    {
        QVERIFY(m_skills->tagNames().contains(QStringLiteral("welding")));
        QVERIFY(m_skills->tagNames().contains(QStringLiteral("bike repair")));
        // A synonym completes to its tag; tags already typed are not offered again.
        QCOMPARE(m_skills->completeTag(QStringLiteral("metal")), QStringList { QStringLiteral("welding") });
        QCOMPARE(m_skills->completeTag(QStringLiteral("welding, b")),
            QStringList({ QStringLiteral("bike repair"), QStringLiteral("bookkeeping") }));
        QCOMPARE(m_skills->completeTag(QString()), QStringList());
        QCOMPARE(SkillsController::acceptTag(QStringLiteral("welding, bi"), QStringLiteral("bike repair")),
            QStringLiteral("welding, bike repair, "));
        QCOMPARE(SkillsController::parseMinutes(QStringLiteral("1.5")), 90);
        QCOMPARE(SkillsController::parseMinutes(QStringLiteral("1:30")), 90);
        QCOMPARE(SkillsController::parseMinutes(QStringLiteral("two")), 0);
    }

    void boardSearchesPerKeystroke()
    {
        SkillBoardModel board;
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setSkills(m_skills.get());
        QCOMPARE(board.count(), 10);
        QCOMPARE(board.matches(), 10);
        QVERIFY(!board.filtered());

        // Each key narrows at once: no timer, no waiting.
        const QString typed = QStringLiteral("weld");
        QList<int> counts;
        for (int i = 1; i <= typed.size(); ++i) {
            board.setSearchText(typed.left(i));
            counts.append(board.count());
        }
        QVERIFY(board.filtered());
        // From two letters on each key narrows (one letter is a whole word to the core).
        for (int i = 2; i < counts.size(); ++i)
            QVERIFY2(counts.at(i) <= counts.at(i - 1), qPrintable(QString::number(i)));
        const QStringList members = column(board, SkillBoardModel::MemberNumberRole);
        QVERIFY(members.contains(QStringLiteral("1")));
        QVERIFY(members.contains(QStringLiteral("7")));
        for (const QString &tags : column(board, SkillBoardModel::TagsTextRole))
            QVERIFY2(tags.contains(QStringLiteral("welding")) || tags.contains(QStringLiteral("bike")), qPrintable(tags));

        board.setKind(QStringLiteral("want"));
        QCOMPARE(column(board, SkillBoardModel::DescriptionRole), QStringList { QStringLiteral("Fix the garden gate's hinge") });
        QCOMPARE(board.get(0).value(QStringLiteral("kindText")).toString(), QStringLiteral("Want"));
        QCOMPARE(board.get(0).value(QStringLiteral("availabilityText")).toString(), weekdays::text(weekdays::bitOf(1)));

        board.clearFilters();
        QCOMPARE(board.count(), 10);
        board.setMentoringOnly(true);
        QCOMPARE(board.count(), 4);
        board.setKind(QStringLiteral("offer"));
        QCOMPARE(board.count(), 2);
        board.clearFilters();
        board.setTag(QStringLiteral("guitar"));
        QCOMPARE(board.count(), 2);
        board.clearFilters();
        // Wednesday: Ana (Mon, Wed), Chloé (Mon-Fri) and everyone available any day; not Fatima (Mon).
        board.setWeekday(3);
        QVERIFY(!column(board, SkillBoardModel::MemberNumberRole).contains(QStringLiteral("7")));
        QVERIFY(column(board, SkillBoardModel::MemberNumberRole).contains(QStringLiteral("1")));

        // A member's own listings.
        SkillBoardModel own;
        own.setSkills(m_skills.get());
        own.setMemberNumber(2);
        QCOMPARE(own.count(), 1);
        QCOMPARE(own.get(0).value(QStringLiteral("tagsText")).toString(), QStringLiteral("bike repair, welding"));
    }

    void matchesComeInOrderWithReasons()
    {
        SkillListingDetails details;
        QAbstractItemModelTester tester(details.matches(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setSkills(m_skills.get());
        details.setListingId(m_env->skillsListingId(QStringLiteral("Fix the garden gate's hinge")));
        QVERIFY(details.exists());
        QVERIFY(details.active());
        QCOMPARE(details.kind(), QStringLiteral("want"));
        QCOMPARE(details.title(), QStringLiteral("Want: welding"));
        QCOMPARE(details.memberText(), QStringLiteral("Fatima Zahra (7)"));

        // The core's order, each with its reason.
        auto expected = skills::match(db(), details.listingId(), m_skills->today(), 20);
        QVERIFY(expected);
        SkillMatchModel *matches = details.matches();
        QCOMPARE(matches->count(), int(expected->size()));
        QVERIFY(matches->count() >= 2);
        for (int row = 0; row < matches->count(); ++row) {
            QCOMPARE(matches->idAt(row), expected->at(row).listing.id);
            const QVariantMap map = matches->get(row);
            QCOMPARE(map.value(QStringLiteral("rank")).toInt(), row + 1);
            QCOMPARE(map.value(QStringLiteral("reason")).toString(), expected->at(row).reason);
            QVERIFY(!map.value(QStringLiteral("reason")).toString().isEmpty());
        }
        QCOMPARE(matches->get(0).value(QStringLiteral("memberNumber")).toLongLong(), 1);
        QVERIFY(matches->get(0).value(QStringLiteral("reason")).toString().contains(QStringLiteral("welding")));

        // Withdrawn: no matches any more.
        QVERIFY(m_skills->withdrawListing(details.listingId()));
        QVERIFY(!details.active());
        QCOMPARE(details.matches()->count(), 0);
        QVERIFY(details.statusText().startsWith(QStringLiteral("Withdrawn")));
    }

    void aSessionPlannedFromAMatchAndCompletedRecordsOneTrade()
    {
        const qint64 want = m_env->skillsListingId(QStringLiteral("Fix the garden gate's hinge"));
        const qint64 offer = m_env->skillsListingId(QStringLiteral("Welding and small metal repairs"));
        const QVariantMap draft = m_skills->sessionDraft(want, offer);
        QCOMPARE(draft.value(QStringLiteral("provider")).toLongLong(), 1);
        QCOMPARE(draft.value(QStringLiteral("receiver")).toLongLong(), 7);
        QCOMPARE(draft.value(QStringLiteral("listingId")).toLongLong(), offer);
        const QVariantMap quote = m_skills->quoteSession(offer, QStringLiteral("1.5"));
        QVERIFY(quote.value(QStringLiteral("ok")).toBool());
        QCOMPARE(quote.value(QStringLiteral("amountText")).toString(), m_skills->formatMoney(1800)); // 1.5 h at 12.00

        SessionModel planned;
        QAbstractItemModelTester tester(&planned, QAbstractItemModelTester::FailureReportingMode::QtTest);
        planned.setSkills(m_skills.get());
        planned.setState(QStringLiteral("planned"));
        QCOMPARE(planned.count(), 2);

        QSignalSpy finished(m_skills.get(), &SkillsController::operationFinished);
        QVERIFY(!m_skills->planSession(1, 7, offer, QStringLiteral("Gate"), QStringLiteral("zero"), QString(), false));
        QCOMPARE(finished.takeLast().at(1).toBool(), false);
        QVERIFY(m_skills->planSession(1, 7, offer, draft.value(QStringLiteral("description")).toString(), QStringLiteral("1.5"),
            QString(), false));
        const qint64 id = finished.takeLast().at(3).toLongLong();
        QCOMPARE(planned.count(), 3);
        QVERIFY(planned.rowOf(id) >= 0);
        QCOMPARE(planned.get(planned.rowOf(id)).value(QStringLiteral("amountText")).toString(), m_skills->formatMoney(1800));
        QVERIFY(m_skills->sessionFields(id).value(QStringLiteral("confirmText")).toString().startsWith(QStringLiteral("Fatima Zahra (7) pays Ana Benítez (1)")));

        const int tradesBefore = m_env->skillsTradeCount();
        QVERIFY(m_skills->completeSession(id, QString()));
        QCOMPARE(m_env->skillsTradeCount(), tradesBefore + 1);
        QCOMPARE(planned.count(), 2);
        // Completing twice records nothing more.
        QVERIFY(!m_skills->completeSession(id, QString()));
        QCOMPARE(m_env->skillsTradeCount(), tradesBefore + 1);

        SessionModel done;
        done.setSkills(m_skills.get());
        done.setState(QStringLiteral("completed"));
        QCOMPARE(done.count(), 3);

        // Feedback with a thank-you note lands on the wall, newest first.
        GratitudeModel wall;
        QAbstractItemModelTester wallTester(&wall, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wall.setSkills(m_skills.get());
        QCOMPARE(wall.count(), 2);
        QVERIFY(!m_skills->leaveFeedback(id, 7, QString(), QString()));
        QVERIFY(m_skills->leaveFeedback(id, 7, QStringLiteral("Fine work"), QStringLiteral("The gate shuts at last!")));
        QCOMPARE(wall.count(), 3);
        QCOMPARE(wall.get(0).value(QStringLiteral("noteText")).toString(), QStringLiteral("The gate shuts at last!"));
        QCOMPARE(wall.get(0).value(QStringLiteral("fromText")).toString(), QStringLiteral("Fatima Zahra (7)"));
        QCOMPARE(wall.get(0).value(QStringLiteral("toText")).toString(), QStringLiteral("Ana Benítez (1)"));
    }

    void cancellingSaysByWhom()
    {
        SessionModel all;
        all.setSkills(m_skills.get());
        all.setState(QStringLiteral("planned"));
        const qint64 id = all.idAt(0);
        QVERIFY(!m_skills->cancelSession(id, QStringLiteral("nobody")));
        QVERIFY(m_skills->cancelSession(id, QStringLiteral("receiver")));
        all.setState(QStringLiteral("cancelled"));
        QCOMPARE(all.count(), 1);
        QCOMPARE(all.get(0).value(QStringLiteral("detailText")).toString(), QStringLiteral("cancelled by the receiver"));
    }

    void memberSkillsShowWhoConfirmed()
    {
        MemberSkills ben;
        ben.setSkills(m_skills.get());
        ben.setMemberNumber(2);
        QCOMPARE(ben.verifiedCount(), 0);
        QCOMPARE(ben.verifications().size(), 1);
        QVERIFY(ben.verifications().at(0).toMap().value(QStringLiteral("text")).toString().contains(QStringLiteral("Hugo")));
        QVERIFY(ben.unverifiedTags().contains(QStringLiteral("bike repair")));

        // A second vouch verifies it; vouching for oneself is refused.
        QVERIFY(!m_skills->verifySkill(2, QStringLiteral("bike repair"), 2));
        QVERIFY(m_skills->verifySkill(2, QStringLiteral("bike repair"), 4));
        QCOMPARE(ben.verifiedCount(), 1);
        QVERIFY(ben.verifications().at(0).toMap().value(QStringLiteral("verified")).toBool());

        MemberSkills ana;
        ana.setSkills(m_skills.get());
        ana.setMemberNumber(1);
        QCOMPARE(ana.verifiedCount(), 1);
        QVERIFY(ana.verifications().at(0).toMap().value(QStringLiteral("text")).toString().contains(QStringLiteral("coordinator")));
    }

    void addingAListingChecksItsFields()
    {
        QVERIFY(!m_skills->addListing({ { QStringLiteral("kind"), QStringLiteral("offer") }, { QStringLiteral("member"), 5 } }));
        QVERIFY(m_skills->lastError().contains(QStringLiteral("tag")));
        QVERIFY(!m_skills->addListing({ { QStringLiteral("kind"), QStringLiteral("offer") }, { QStringLiteral("member"), 5 },
            { QStringLiteral("tags"), QStringLiteral("sewing") }, { QStringLiteral("description"), QStringLiteral("Hems") },
            { QStringLiteral("rate"), QStringLiteral("lots") } }));
        QVERIFY(m_skills->addListing({ { QStringLiteral("kind"), QStringLiteral("offer") }, { QStringLiteral("member"), 5 },
            { QStringLiteral("tags"), QStringLiteral("sewing, metalwork") }, { QStringLiteral("description"), QStringLiteral("Hems and patches") },
            { QStringLiteral("days"), weekdays::bitOf(6) }, { QStringLiteral("rate"), QStringLiteral("8") } }));
        QVERIFY(m_skills->lastError().isEmpty());
        SkillBoardModel board;
        board.setSkills(m_skills.get());
        board.setSearchText(QStringLiteral("hems"));
        QCOMPARE(board.count(), 1);
        QCOMPARE(board.get(0).value(QStringLiteral("tagsText")).toString(), QStringLiteral("sewing, welding"));
        QCOMPARE(board.get(0).value(QStringLiteral("rateText")).toString(), QStringLiteral("%1 an hour").arg(m_skills->formatMoney(800)));
        QVERIFY(m_skills->tagNames().contains(QStringLiteral("sewing")));
    }
};

QTEST_GUILESS_MAIN(TestSkillsModels)
#include "tst_skillsmodels.moc"
