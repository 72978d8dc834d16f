// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "ledger/journal.h"
#include "ledger/ledger.h"
#include "ledger/ledgerexport.h"
#include "ledger/signals.h"
#include "storage/database.h"
#include "members/members.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
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

class TestLedger : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    int m_counter = 0;
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }

    Member addMember(const QString &name, const QString &pin = {})
    {
        auto member = members::add(db(), {name, std::nullopt, {}, m_clock.today(), pin}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    Result<Trade> pay(std::int64_t from, std::int64_t to, std::int64_t amount)
    {
        TradeRequest request;
        request.payer = from;
        request.payee = to;
        request.amount = amount;
        request.memo = QStringLiteral("3 hours of carpentry");
        request.date = m_clock.today();
        request.recordedBy = QStringLiteral("coordinator");
        return ledger::recordTrade(db(), request, m_clock.now());
    }

    bool verifies() { return m_vault->verify().isEmpty(); }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("l%1.vault").arg(++m_counter)), QStringLiteral("Riverside"), kPassphrase,
                                   m_clock, KdfParams::fastForTests());
        QVERIFY(vault);
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    void membersGetNumbersAndAccounts()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("  Ben   Okafor "));
        QCOMPARE(ana.number, 1);
        QCOMPARE(ben.number, 2);
        QCOMPARE(ben.name, QStringLiteral("Ben Okafor"));
        auto chosen = members::add(db(), {QStringLiteral("Chen"), 17, {}, m_clock.today(), {}}, m_clock.now());
        QVERIFY(chosen);
        QCOMPARE(chosen->number, 17);
        auto taken = members::add(db(), {QStringLiteral("Dora"), 17, {}, m_clock.today(), {}}, m_clock.now());
        QVERIFY(!taken);
        QVERIFY(taken.error().message.contains(QLatin1String("17")));
        QCOMPARE(addMember(QStringLiteral("Eve")).number, 18);
        QCOMPARE(members::list(db())->size(), 4);
        QVERIFY(!members::add(db(), {QStringLiteral(" "), std::nullopt, {}, m_clock.today(), {}}, m_clock.now()));
        QVERIFY(verifies());
    }

    void pinsAreHashedAndChecked()
    {
        const Member ana = addMember(QStringLiteral("Ana"), QStringLiteral("4711"));
        QVERIFY(ana.hasPin);
        QVERIFY(members::checkPin(db(), ana.number, QStringLiteral("4711")).ok());
        QCOMPARE(members::checkPin(db(), ana.number, QStringLiteral("4712")).error().code, ErrorCode::WrongPassphrase);
        auto stored = db().prepare(QStringLiteral("SELECT pin_hash FROM member"));
        QVERIFY(stored->next());
        QVERIFY(stored->text(0).startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!members::setPin(db(), ana.number, QStringLiteral("12"), m_clock.now()).ok());
        QVERIFY(members::setPin(db(), ana.number, {}, m_clock.now()).ok());
        QVERIFY(!members::byNumber(db(), ana.number)->hasPin);
    }

    void nameAndContactCanBeChanged()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(20)).ok());
        const auto journalEntries = [this] { return *db().scalar(QStringLiteral("SELECT count(*) FROM journal")); };
        const std::int64_t before = journalEntries();

        auto changed = members::update(db(), ana.number, QStringLiteral("  Ana   Benítez "), QStringLiteral(" ana@example.org "), m_clock.now());
        QVERIFY(changed);
        QCOMPARE(changed->name, QStringLiteral("Ana Benítez"));
        QCOMPARE(changed->contact, QStringLiteral("ana@example.org"));
        QCOMPARE(members::byNumber(db(), ana.number)->name, QStringLiteral("Ana Benítez"));
        QCOMPARE(journalEntries(), before + 1);
        // The journal has the new name, not the contact.
        auto last = db().prepare(QStringLiteral("SELECT kind, body FROM journal ORDER BY seq DESC LIMIT 1"));
        QVERIFY(last->next());
        QCOMPARE(last->text(0), QStringLiteral("member_details"));
        QVERIFY(last->blob(1).contains("Ana Ben\xc3\xadtez"));
        QVERIFY(last->blob(1).contains("contact changed"));
        QVERIFY(!last->blob(1).contains("ana@example.org"));

        // The same again changes nothing and writes nothing.
        QVERIFY(members::update(db(), ana.number, QStringLiteral("Ana Benítez"), QStringLiteral("ana@example.org"), m_clock.now()));
        QCOMPARE(journalEntries(), before + 1);
        // An empty contact removes it.
        QCOMPARE(members::update(db(), ana.number, QStringLiteral("Ana Benítez"), QStringLiteral("  "), m_clock.now())->contact, QString());

        const auto refused = members::update(db(), ben.number, QStringLiteral(" \t "), {}, m_clock.now());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().message.contains(QLatin1String("name")));
        QCOMPARE(members::byNumber(db(), ben.number)->name, QStringLiteral("Ben"));
        QVERIFY(!members::update(db(), 99, QStringLiteral("Nobody"), {}, m_clock.now()));
        // Trades name members by number: they still verify after a rename.
        QVERIFY(verifies());
    }

    void tradeMovesCreditAndSumsToZero()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        auto t = pay(ana.number, ben.number, credits(40));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        QCOMPARE(*ledger::balance(db(), ana.number), -credits(40));
        QCOMPARE(*ledger::balance(db(), ben.number), credits(40));
        QCOMPARE(*ledger::balance(db(), kCommonsFund), 0);
        QCOMPARE(ledger::trade(db(), t->id)->memo, QStringLiteral("3 hours of carpentry"));
        QVERIFY(verifies());
    }

    void refusesBadTrades()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(!pay(ana.number, ben.number, 0));
        QVERIFY(!pay(ana.number, ben.number, -5));
        QVERIFY(!pay(ana.number, ana.number, 5));
        QVERIFY(!pay(ana.number, 99, 5));
        QVERIFY(members::setStatus(db(), ben.number, Member::Status::Suspended, QStringLiteral("mediation"), m_clock.now()).ok());
        auto suspended = pay(ana.number, ben.number, 5);
        QVERIFY(!suspended);
        QVERIFY(suspended.error().message.contains(QLatin1String("suspended")));
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM trade")), 0);
        QVERIFY(verifies());
    }

    void creditLineIsEnforcedWithTheAmountLeft()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(990)).ok());
        auto refused = pay(ana.number, ben.number, credits(11));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("10.00")), qPrintable(refused.error().message));
        QCOMPARE(*ledger::balance(db(), ana.number), -credits(990));
        QVERIFY(pay(ana.number, ben.number, credits(10)).ok()); // exactly to the floor
        QVERIFY(!pay(ana.number, ben.number, 1));
        // The commons fund has no floor.
        QVERIFY(pay(kCommonsFund, ben.number, credits(5000)).ok());
        QVERIFY(verifies());
    }

    void productiveCapacityExtendsTheLine()
    {
        QCOMPARE((ProductiveCapacity{100, 100, 100, 100, 100}.extension()), credits(5000));
        QCOMPARE((ProductiveCapacity{100, 100, 100, 100, 200}.extension()), credits(5000)); // capped
        QCOMPARE((ProductiveCapacity{80, 60, 100, 50, 100}.extension()), credits(1200)); // 0.8 × 0.6 × 0.5 × 5,000
        QCOMPARE((ProductiveCapacity{80, 60, 100, 50, 150}.extension()), credits(1800));
        QCOMPARE((ProductiveCapacity{33, 33, 33, 33, 100}.extension()), 5929); // floor(500,000 × 33^4 / 10^8) = floor(5929.605)
        QCOMPARE((ProductiveCapacity{0, 100, 100, 100, 100}.extension()), 0);
        QVERIFY(!(ProductiveCapacity{101, 0, 0, 0, 100}.isValid()));

        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(!members::setProductiveCapacity(db(), ana.number, {100, 100, 100, 100, 201}, m_clock.now()).ok());
        QVERIFY(members::setProductiveCapacity(db(), ana.number, {80, 60, 100, 50, 100}, m_clock.now()).ok());
        auto line = ledger::creditLine(db(), *members::byNumber(db(), ana.number));
        QCOMPARE(line->total(), credits(1000 + 1200));
        QVERIFY(pay(ana.number, ben.number, credits(2200)).ok());
        QVERIFY(!pay(ana.number, ben.number, 1));
        QVERIFY(verifies());
    }

    void ceilingAndStarterLineAreSettings()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(ledger::setAccumulationCeiling(db(), credits(300), m_clock.now()).ok());
        QVERIFY(pay(ana.number, ben.number, credits(250)).ok());
        auto refused = pay(ana.number, ben.number, credits(51));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("50.00")), qPrintable(refused.error().message));
        QVERIFY(ledger::setAccumulationCeiling(db(), std::nullopt, m_clock.now()).ok());
        QVERIFY(pay(ana.number, ben.number, credits(51)).ok());
        QVERIFY(!ledger::setStarterLine(db(), -1, m_clock.now()).ok());
        QVERIFY(ledger::setStarterLine(db(), credits(200), m_clock.now()).ok());
        QCOMPARE(*ledger::starterLine(db()), credits(200));
        QVERIFY(!pay(ana.number, ben.number, 1)); // Ana is at -301, below the new line
        QVERIFY(verifies());
    }

    void signalsDescribeTheEconomy()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member chen = addMember(QStringLiteral("Chen"));
        QVERIFY(pay(ana.number, ben.number, credits(950)).ok()); // Ana near her floor
        QVERIFY(pay(chen.number, ben.number, credits(50)).ok());
        auto s = ledger::signals(db(), m_clock.today());
        QVERIFY(s);
        QCOMPARE(s->circulation, credits(1000));
        QCOMPARE(s->activeMembers, 3);
        QCOMPARE(s->nearFloor, 1);
        QCOMPARE(s->months.size(), 12);
        QCOMPARE(s->months.last().trades, 2);
        QCOMPARE(s->months.last().volume, credits(1000));
        QVERIFY(!s->suggestion);
        QVERIFY(!ledger::setCirculationTarget(db(), credits(10), std::nullopt, m_clock.now()).ok());
        QVERIFY(ledger::setCirculationTarget(db(), credits(200), credits(600), m_clock.now()).ok());
        s = ledger::signals(db(), m_clock.today());
        QVERIFY(s->suggestion);
        QCOMPARE(s->suggestion->currentPpm, 1000);
        QCOMPARE(s->suggestion->suggestedPpm, 2000); // 1000 × 1000 / 400 = 2500, kept at double
        QCOMPARE(ledger::demurrageSchedule(db())->rateOn(m_clock.today()).ppmPerDay, 1000); // only a suggestion
    }

    void signalsFollowCirculationMonthByMonth()
    {
        const auto at = [this](QDate day) { m_clock.set(QDateTime(day, QTime(10, 0))); };
        at(QDate(2026, 9, 10));
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member chen = addMember(QStringLiteral("Chen"));
        QVERIFY(pay(ana.number, ben.number, credits(300)).ok());
        // The commons fund below zero: demurrage paid into it leaves circulation.
        QVERIFY(pay(kCommonsFund, chen.number, credits(500)).ok());
        at(QDate(2026, 10, 2));
        QVERIFY(pay(ben.number, chen.number, credits(100)).ok());
        at(QDate(2026, 10, 15));
        QVERIFY(pay(chen.number, ana.number, credits(40)).ok());
        const auto mistake = pay(chen.number, ana.number, credits(5));
        QVERIFY(mistake.ok());
        QVERIFY(ledger::reverse(db(), mistake->id, QStringLiteral("coordinator"), m_clock.today(), m_clock.now()).ok());
        at(QDate(2026, 11, 2));
        QVERIFY(pay(ana.number, chen.number, credits(10)).ok());
        QVERIFY(ledger::settleDemurrage(db(), m_clock.today().addDays(-1), m_clock.now()).ok());
        QVERIFY(*db().scalar(QStringLiteral("SELECT count(*) FROM demurrage_charge WHERE substr(first_day, 1, 7) <> substr(last_day, 1, 7)")) >= 2);

        auto s = ledger::signals(db(), m_clock.today());
        QVERIFY(s);
        QCOMPARE(s->months.size(), 12);
        const MonthActivity &september = s->months.at(9);
        const MonthActivity &october = s->months.at(10);
        const MonthActivity &november = s->months.at(11);
        QCOMPARE(september.month, 9);
        QCOMPARE(october.trades, 3); // reversals are not counted
        QCOMPARE(october.volume, credits(145));
        QCOMPARE(november.circulation, s->circulation);
        // Each month's end as balancesAt sees it (no trade is dated on a 1st),
        // although Ben's first demurrage charge runs from September into
        // October and Chen's from October into November.
        const auto circulationAt = [this](QDate day) {
            std::int64_t positive = 0;
            for (const AccountBalance &b : *ledger::balancesAt(db(), day, m_clock.now()))
                positive += std::max<std::int64_t>(0, b.balance);
            return positive;
        };
        QCOMPARE(september.circulation, circulationAt(QDate(2026, 10, 1)));
        QCOMPARE(october.circulation, circulationAt(QDate(2026, 11, 1)));
        QVERIFY(september.circulation < credits(800)); // Ben's 300 and Chen's 500 less demurrage
        for (int i = 0; i < 9; ++i)
            QCOMPARE(s->months.at(i).circulation, 0);
        QCOMPARE(october.velocityPermille, credits(145) * 1000 / october.circulation);
        QCOMPARE(s->velocityPermille, october.velocityPermille);
        QCOMPARE(s->months.at(0).velocityPermille, 0);
        QVERIFY(verifies());
    }

    void aScheduledRateWithholdsTheSuggestion()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(1000)).ok());
        // Barely outside the band: the rate would round to today's, so no suggestion.
        QVERIFY(ledger::setCirculationTarget(db(), credits(995), 99990, m_clock.now()).ok());
        auto s = ledger::signals(db(), m_clock.today());
        QCOMPARE(*s->targetHigh, 99990);
        QVERIFY(!s->suggestion);

        QVERIFY(ledger::setCirculationTarget(db(), credits(200), credits(600), m_clock.now()).ok());
        s = ledger::signals(db(), m_clock.today());
        QVERIFY(s->suggestion);
        QVERIFY(!s->scheduledRate);
        const DemurrageRate accepted{m_clock.today().addDays(1), s->suggestion->suggestedPpm, 0};
        QVERIFY(ledger::setDemurrageRate(db(), accepted, m_clock.now()).ok());
        s = ledger::signals(db(), m_clock.today());
        QVERIFY(!s->suggestion);
        QVERIFY(s->scheduledRate);
        QCOMPARE(*s->scheduledRate, accepted);

        // From tomorrow the new rate is today's, and the signals speak again.
        m_clock.set(m_clock.now().addDays(1));
        QVERIFY(ledger::settleDemurrage(db(), m_clock.today().addDays(-1), m_clock.now()).ok());
        s = ledger::signals(db(), m_clock.today());
        QVERIFY(!s->scheduledRate);
        QVERIFY(s->suggestion);
        QCOMPARE(s->suggestion->currentPpm, accepted.ppmPerDay);
        QVERIFY(!ledger::setCirculationTarget(db(), credits(600), credits(600), m_clock.now()).ok());
        QVERIFY(ledger::setCirculationTarget(db(), std::nullopt, std::nullopt, m_clock.now()).ok());
        s = ledger::signals(db(), m_clock.today());
        QVERIFY(!s->targetLow && !s->targetHigh && !s->suggestion);
    }

    void reversalMirrorsOnce()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        auto t = pay(ana.number, ben.number, credits(40));
        auto undo = ledger::reverse(db(), t->id, QStringLiteral("coordinator"), m_clock.today(), m_clock.now());
        QVERIFY(undo);
        QCOMPARE(undo->reverses, t->id);
        QCOMPARE(undo->payer, ben.number);
        QCOMPARE(*ledger::balance(db(), ana.number), 0);
        QCOMPARE(*ledger::balance(db(), ben.number), 0);
        auto twice = ledger::reverse(db(), t->id, QStringLiteral("coordinator"), m_clock.today(), m_clock.now());
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QLatin1String("already reversed")));
        QVERIFY(!ledger::reverse(db(), undo->id, QStringLiteral("coordinator"), m_clock.today(), m_clock.now()));
        QVERIFY(verifies());
    }

    void tradesCannotBeEditedOrDeleted()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(40)).ok());
        QVERIFY(!db().exec(QStringLiteral("UPDATE trade SET amount = 1")).ok());
        QVERIFY(!db().exec(QStringLiteral("DELETE FROM trade")).ok());
        QVERIFY(!db().exec(QStringLiteral("DELETE FROM journal")).ok());
        QVERIFY(!db().exec(QStringLiteral("UPDATE posting SET amount = 1")).ok());
    }

    void verifyFindsTampering()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(pay(ana.number, ben.number, credits(10 + i)).ok());
        QVERIFY(verifies());
        // Someone with the key drops the guards and edits a trade.
        QVERIFY(db().exec(QStringLiteral("DROP TRIGGER trade_immutable_update; UPDATE trade SET amount = 1 WHERE id = 3;")).ok());
        auto problems = m_vault->verify();
        QStringList found;
        for (const IntegrityProblem &p : problems)
            found << p.check + QLatin1Char(':') + p.message;
        // The trade no longer matches its entry, nor its two postings.
        QVERIFY2(found.filter(QRegularExpression(QStringLiteral("^ledger.trades:.*Trade 3"))).size() == 1, qPrintable(found.join(u'\n')));
        QCOMPARE(found.filter(QRegularExpression(QStringLiteral("^ledger.balances:.*does not explain"))).size(), 2);
        QCOMPARE(problems.size(), 3);
    }

    void verifyFindsTheFirstAlteredEntry()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(pay(ana.number, ben.number, credits(10 + i)).ok());
        QVERIFY(db().exec(QStringLiteral("DROP TRIGGER journal_append_only_update; UPDATE journal SET body = body || x'00' WHERE seq = 4;")).ok());
        auto problems = m_vault->verify();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().check, QStringLiteral("ledger.journal_chain"));
        QVERIFY2(problems.first().message.contains(QLatin1String("entry 4")), qPrintable(problems.first().message));
    }

    void verifyFindsBrokenZeroSum()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(10)).ok());
        QVERIFY(db().exec(QStringLiteral("UPDATE account SET balance = balance + 1 WHERE id = 2")).ok());
        auto problems = m_vault->verify();
        QStringList checks;
        for (const auto &p : problems)
            checks << p.check;
        QVERIFY(checks.contains(QStringLiteral("ledger.zero_sum")));
        QVERIFY(checks.contains(QStringLiteral("ledger.balances")));
    }

    void demurrageIsRealizedBeforeATrade()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(1000)).ok()); // day 0
        m_clock.advanceDays(3);
        // Ben's days 0, 1 and 2 at 1,000 ppm: 100, 99 and 99 minor units.
        QVERIFY(pay(ben.number, ana.number, credits(1)).ok());
        QCOMPARE(*ledger::balance(db(), kCommonsFund), 298);
        QCOMPARE(*ledger::balance(db(), ben.number), credits(1000) - 298 - credits(1));
        QCOMPARE(*ledger::balance(db(), ana.number), -credits(1000) + credits(1)); // debts pay nothing
        auto entries = db().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'demurrage'"));
        QCOMPARE(*entries, 1); // one entry for the three days
        QVERIFY(verifies());
    }

    void settledDaysAreClosed()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(100)).ok());
        m_clock.advanceDays(5);
        QVERIFY(ledger::settleDemurrage(db(), m_clock.today().addDays(-1), m_clock.now()).ok());
        TradeRequest late;
        late.payer = ana.number;
        late.payee = ben.number;
        late.amount = credits(1);
        late.date = m_clock.today().addDays(-2);
        auto refused = ledger::recordTrade(db(), late, m_clock.now());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(m_clock.today().toString(Qt::ISODate)), qPrintable(refused.error().message));
        late.date = m_clock.today().addDays(1);
        QVERIFY(!ledger::recordTrade(db(), late, m_clock.now()));
        late.date = m_clock.today();
        QVERIFY(ledger::recordTrade(db(), late, m_clock.now()).ok());
        // Settling twice changes nothing.
        const auto before = *db().scalar(QStringLiteral("SELECT count(*) FROM journal"));
        QVERIFY(ledger::settleDemurrage(db(), m_clock.today().addDays(-1), m_clock.now()).ok());
        QCOMPARE(*db().scalar(QStringLiteral("SELECT count(*) FROM journal")), before);
        QVERIFY(verifies());
    }

    void rateChangesApplyFromTheirDay()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(1000)).ok());
        QVERIFY(!ledger::setDemurrageRate(db(), {m_clock.today().addDays(-1), 2000, 0}, m_clock.now()).ok());
        QVERIFY(!ledger::setDemurrageRate(db(), {m_clock.today().addDays(1), 2000000, 0}, m_clock.now()).ok());
        QVERIFY(ledger::setDemurrageRate(db(), {m_clock.today().addDays(1), 0, 0}, m_clock.now()).ok());
        m_clock.advanceDays(10);
        QVERIFY(ledger::settleDemurrage(db(), m_clock.today().addDays(-1), m_clock.now()).ok());
        QCOMPARE(*ledger::balance(db(), kCommonsFund), 100); // only day 0 at 1,000 ppm; then none
        QVERIFY(verifies());
        // A charge that does not follow the rule is found.
        QVERIFY(db().exec(QStringLiteral("DROP TRIGGER demurrage_append_only_update; UPDATE demurrage_charge SET amount = amount + 1;")).ok());
        bool found = false;
        for (const auto &p : m_vault->verify())
            found = found || p.check == QLatin1String("ledger.demurrage");
        QVERIFY(found);
    }

    void statementRunsTheBalance()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(1000)).ok()); // 2026-11-21
        m_clock.advanceDays(3);
        QVERIFY(pay(ben.number, ana.number, credits(1)).ok()); // settles Ben's three days: 298
        auto lines = ledger::statement(db(), ben.number);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 3);
        QCOMPARE(lines->at(0).amount, credits(1000));
        QCOMPARE(lines->at(0).counterparty, ana.number);
        QCOMPARE(lines->at(1).kind, ledger::StatementLine::Kind::Demurrage);
        QCOMPARE(lines->at(1).amount, -298);
        QCOMPARE(lines->at(1).date, QDate(2026, 11, 23));
        QCOMPARE(lines->at(2).amount, -credits(1));
        QCOMPARE(lines->at(2).balanceAfter, *ledger::balance(db(), ben.number));
        // A window keeps the running balance from before it.
        auto window = ledger::statement(db(), ben.number, QDate(2026, 11, 24));
        QCOMPARE(window->size(), 1);
        QCOMPARE(window->first().balanceAfter, lines->at(2).balanceAfter);
        // The commons fund's statement shows what it received.
        auto commons = ledger::statement(db(), kCommonsFund);
        QCOMPARE(commons->size(), 1);
        QCOMPARE(commons->first().amount, 298);
        QCOMPARE(commons->first().counterparty, ben.number);
    }

    void tradesPageNewestFirst()
    {
        QList<Member> people;
        for (int i = 0; i < 4; ++i)
            people << addMember(QStringLiteral("M%1").arg(i));
        for (int day = 0; day < 5; ++day) {
            for (int i = 0; i < 7; ++i) {
                TradeRequest r;
                r.payer = people.at(i % 4).number;
                r.payee = people.at((i + 1) % 4).number;
                r.amount = credits(1 + i);
                r.category = i % 2 ? QStringLiteral("food") : QStringLiteral("repairs");
                r.date = m_clock.today();
                QVERIFY(ledger::recordTrade(db(), r, m_clock.now()).ok());
            }
            m_clock.advanceDays(1);
        }
        QCOMPARE(*ledger::countTrades(db(), {}), 35);
        QList<std::int64_t> seen;
        ledger::TradeCursor cursor;
        for (;;) {
            auto page = ledger::trades(db(), {}, 8, cursor);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const Trade &t : *page)
                seen << t.id;
            cursor = {page->last().date, page->last().id};
        }
        QCOMPARE(seen.size(), 35);
        QCOMPARE(seen.first(), 35);
        QCOMPARE(seen.last(), 1);
        ledger::TradeFilter food;
        food.category = QStringLiteral("food");
        food.member = people.at(1).number;
        food.from = QDate(2026, 11, 22);
        QCOMPARE(*ledger::countTrades(db(), food), 8); // i = 1 and 3 touch member 1: 2 a day over 4 days
        QCOMPARE(ledger::categories(db()), (QStringList{QStringLiteral("food"), QStringLiteral("repairs")}));
    }

    void balancesAtAPastDay()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(pay(ana.number, ben.number, credits(1000)).ok()); // day 0
        m_clock.advanceDays(10);
        QVERIFY(pay(kCommonsFund, ben.number, credits(5)).ok()); // day 10, settles Ben's days 0..9 in one entry
        auto atDay3 = ledger::balancesAt(db(), QDate(2026, 11, 24), m_clock.now());
        QVERIFY(atDay3);
        std::int64_t sum = 0;
        for (const AccountBalance &b : *atDay3) {
            sum += b.balance;
            if (b.number == ben.number)
                QCOMPARE(b.balance, credits(1000) - 298); // days 0, 1, 2 of the 10-day entry
            if (b.number == kCommonsFund)
                QCOMPARE(b.balance, 298);
        }
        QCOMPARE(sum, 0);
        auto today = ledger::balancesAt(db(), m_clock.today(), m_clock.now());
        for (const AccountBalance &b : *today)
            QCOMPARE(b.balance, *ledger::balance(db(), b.number));
        QVERIFY(!ledger::balancesAt(db(), m_clock.today().addDays(1), m_clock.now()));
    }

    // The real ledger-cli reads the export and finds our balances.
    void exportReadsBackInLedgerCli()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("ledger"));
        if (program.isEmpty())
            QSKIP("ledger is not installed");
        QRandomGenerator random(7);
        for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben: the (odd) one; really"), QStringLiteral("Chen  Li"),
                                    QStringLiteral("Dörte Ünal")})
            addMember(name);
        for (int i = 0; i < 200; ++i) {
            auto t = pay(random.bounded(5), random.bounded(5), random.bounded(1, 30000));
            if (t && random.bounded(10) == 0)
                QVERIFY(ledger::reverse(db(), t->id, QStringLiteral("c"), m_clock.today(), m_clock.now()).ok());
        }
        const QString file = m_dir.filePath(QStringLiteral("export%1.journal").arg(m_counter));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(exportLedgerJournal(db(), out).ok());
        }
        QProcess ledgerCli;
        ledgerCli.start(program, {QStringLiteral("-f"), file, QStringLiteral("balance"), QStringLiteral("--flat"), QStringLiteral("--no-total"),
                                  QStringLiteral("--empty")});
        QVERIFY(ledgerCli.waitForFinished(30000));
        QCOMPARE(ledgerCli.exitCode(), 0);
        QHash<QString, std::int64_t> reported;
        static const QRegularExpression line(QStringLiteral("^\\s*(-?[0-9,]+)\\.([0-9]{2}) CR  (.+)$"));
        for (const QString &row : QString::fromUtf8(ledgerCli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto match = line.match(row);
            QVERIFY2(match.hasMatch(), qPrintable(row));
            const QString whole = match.captured(1).remove(QLatin1Char(','));
            const std::int64_t minor = whole.toLongLong() * 100 + (whole.startsWith(QLatin1Char('-')) ? -1 : 1) * match.captured(2).toLongLong();
            reported.insert(match.captured(3), minor);
        }
        int compared = 0;
        const auto ours = ledger::balances(db());
        QVERIFY(ours);
        for (const AccountBalance &b : *ours) {
            const QString account = ledgerAccountName(b.number, b.name);
            if (b.balance == 0 && !reported.contains(account))
                continue;
            QVERIFY2(reported.contains(account), qPrintable(account + QStringLiteral(" not in: ") + QStringList(reported.keys()).join(QLatin1Char('|'))));
            QCOMPARE(reported.value(account), b.balance);
            ++compared;
        }
        QVERIFY(compared >= 4);
    }

    // Balances at every past day, against a day-by-day replay of the rule
    // from the trade table alone; statement pages against the whole
    // statement; a member's trade pages against a filter on all trades.
    // Random back-dated trades, reversals, rate changes and long gaps.
    void pastBalancesAndPagesMatchAReplay()
    {
        QRandomGenerator random(777);
        QList<Member> people;
        for (int i = 0; i < 6; ++i)
            people.append(addMember(QStringLiteral("P%1").arg(i + 1)));
        const QDate start = m_clock.today();
        QList<std::int64_t> tradeIds;
        for (int step = 0; step < 300; ++step) {
            const int action = random.bounded(20);
            if (action < 14) {
                TradeRequest r;
                r.payer = random.bounded(7);
                r.payee = random.bounded(7);
                r.amount = random.bounded(1, 40000);
                // Sometimes back-dated by a few days; refused when that day is settled.
                r.date = m_clock.today().addDays(-random.bounded(0, 4));
                if (r.date < start)
                    r.date = start;
                if (auto t = ledger::recordTrade(db(), r, m_clock.now()))
                    tradeIds << t->id;
            } else if (action < 16 && !tradeIds.isEmpty()) {
                (void)ledger::reverse(db(), tradeIds.at(random.bounded(int(tradeIds.size()))), QStringLiteral("c"), m_clock.today(), m_clock.now());
            } else if (action < 19) {
                m_clock.advanceDays(random.bounded(1, action == 18 ? 90 : 4));
            } else {
                DemurrageRate rate{m_clock.today().addDays(random.bounded(0, 10)), random.bounded(0, 5000), random.bounded(0, 2) * credits(50)};
                QVERIFY(ledger::setDemurrageRate(db(), rate, m_clock.now()).ok());
            }
        }
        m_clock.advanceDays(3);
        const QDate today = m_clock.today();

        // The replay: trades by date, and at the end of each day the rule's
        // charge on every member's balance.
        auto schedule = ledger::demurrageSchedule(db());
        QVERIFY(schedule);
        QHash<std::int64_t, std::int64_t> balance; // member number -> balance
        QMap<QDate, QList<Trade>> byDay;
        for (std::int64_t id = 1;; ++id) {
            auto t = ledger::trade(db(), id);
            if (!t)
                break;
            byDay[t->date].append(*t);
        }
        QVERIFY(byDay.size() > 10);
        int daysChecked = 0;
        for (QDate day = start; day <= today; day = day.addDays(1)) {
            for (const Trade &t : byDay.value(day)) {
                balance[t.payer] -= t.amount;
                balance[t.payee] += t.amount;
            }
            // Balances "at day": this day's trades, demurrage for days before.
            if (day.day() % 3 == 0 || day == today) {
                auto at = ledger::balancesAt(db(), day, m_clock.now());
                QVERIFY2(at, qPrintable(at ? QString() : at.error().message));
                std::int64_t members = 0;
                for (const AccountBalance &b : *at) {
                    if (b.number == kCommonsFund)
                        continue;
                    QVERIFY2(b.balance == balance.value(b.number),
                             qPrintable(QStringLiteral("member %1 on %2: %3, replay %4")
                                            .arg(b.number)
                                            .arg(day.toString(Qt::ISODate))
                                            .arg(b.balance)
                                            .arg(balance.value(b.number))));
                    members += b.balance;
                }
                QCOMPARE(at->first().number, kCommonsFund);
                QCOMPARE(at->first().balance, -members);
                QCOMPARE(at->first().balance, balance.value(kCommonsFund));
                ++daysChecked;
            }
            // The end of the day: every member's charge goes to the fund.
            for (const Member &m : people) {
                const std::int64_t charge = dailyCharge(balance.value(m.number), schedule->rateOn(day));
                balance[m.number] -= charge;
                balance[kCommonsFund] += charge;
            }
        }
        QVERIFY(daysChecked > 20);
        QVERIFY(*db().scalar(QStringLiteral("SELECT count(*) FROM demurrage_charge")) > 10);
        QVERIFY(verifies());

        for (const std::int64_t number : {people.at(0).number, people.at(3).number, kCommonsFund}) {
            // Statement pages, newest first, put together equal the statement.
            auto whole = ledger::statement(db(), number);
            QVERIFY(whole);
            QVERIFY(whole->size() > 10);
            QList<ledger::StatementLine> paged;
            std::int64_t before = 0;
            for (;;) {
                auto page = ledger::statementPage(db(), number, 7, before);
                QVERIFY(page);
                if (page->isEmpty())
                    break;
                paged += *page;
                before = page->last().journalSeq;
            }
            std::reverse(paged.begin(), paged.end());
            QCOMPARE(paged.size(), whole->size());
            for (qsizetype i = 0; i < paged.size(); ++i) {
                QCOMPARE(paged.at(i).journalSeq, whole->at(i).journalSeq);
                QCOMPARE(paged.at(i).balanceAfter, whole->at(i).balanceAfter);
                QCOMPARE(paged.at(i).counterparty, whole->at(i).counterparty);
            }
            QCOMPARE(paged.last().balanceAfter, *ledger::balance(db(), number));

            // A member's trades, page by page, are the trades that name them,
            // newest first by date.
            if (number == kCommonsFund)
                continue;
            ledger::TradeFilter mine;
            mine.member = number;
            QList<std::int64_t> expected;
            for (auto it = byDay.constEnd(); it != byDay.constBegin();) {
                --it;
                QList<Trade> sameDay = it.value();
                std::sort(sameDay.begin(), sameDay.end(), [](const Trade &a, const Trade &b) { return a.id > b.id; });
                for (const Trade &t : sameDay) {
                    if (t.payer == number || t.payee == number)
                        expected << t.id;
                }
            }
            QList<std::int64_t> seen;
            ledger::TradeCursor cursor;
            for (;;) {
                auto page = ledger::trades(db(), mine, 5, cursor);
                QVERIFY(page);
                if (page->isEmpty())
                    break;
                for (const Trade &t : *page)
                    seen << t.id;
                cursor = {page->last().date, page->last().id};
            }
            QCOMPARE(seen, expected);
            QCOMPARE(*ledger::countTrades(db(), mine), expected.size());
        }
    }

    // Long random sequences of trades, reversals, refusals and limit changes:
    // the zero sum and the chain hold after every step.
    void randomSequencesKeepTheInvariants()
    {
        QRandomGenerator random(20261121);
        QList<Member> people;
        for (int i = 0; i < 12; ++i)
            people.append(addMember(QStringLiteral("Member %1").arg(i + 1)));
        QList<std::int64_t> trades;
        for (int step = 0; step < 600; ++step) {
            const int action = random.bounded(10);
            if (action < 7) {
                const std::int64_t from = random.bounded(13); // 0 is the commons fund
                const std::int64_t to = random.bounded(13);
                auto t = pay(from, to, random.bounded(1, 60000));
                if (t)
                    trades.append(t->id);
            } else if (action < 9 && !trades.isEmpty()) {
                (void)ledger::reverse(db(), trades.at(random.bounded(int(trades.size()))), QStringLiteral("c"), m_clock.today(), m_clock.now());
            } else if (action == 9 && random.bounded(2) == 0) {
                m_clock.advanceDays(random.bounded(1, 40));
                if (random.bounded(2) == 0)
                    QVERIFY(ledger::settleDemurrage(db(), m_clock.today().addDays(-1), m_clock.now()).ok());
            } else {
                const std::int64_t number = random.bounded(1, 13);
                const ProductiveCapacity capacity{random.bounded(101), random.bounded(101), random.bounded(101), random.bounded(101),
                                                  random.bounded(201)};
                QVERIFY(members::setProductiveCapacity(db(), number, capacity, m_clock.now()).ok());
            }
            QCOMPARE(*db().scalar(QStringLiteral("SELECT sum(balance) FROM account")), 0);
            for (const Member &m : people) {
                auto line = ledger::creditLine(db(), *members::byNumber(db(), m.number));
                QVERIFY(*ledger::balance(db(), m.number) >= -line->total() - credits(6000)); // reversals may overshoot
            }
            if (step % 50 == 0)
                QVERIFY(verifies());
        }
        QVERIFY(verifies());
        QVERIFY(!trades.isEmpty());
        QVERIFY(*db().scalar(QStringLiteral("SELECT count(*) FROM demurrage_charge")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
