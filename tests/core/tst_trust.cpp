// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/commons.h"
#include "common/clock.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "skills/skills.h"
#include "storage/database.h"
#include "testvaults.h"
#include "tools/tools.h"
#include "trust/trust.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QTest>

using namespace mycelium;

class TestTrust : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    test::TestVaults m_vaults{m_clock};
    std::unique_ptr<Vault> m_vault;
    const QDate m_today{2026, 11, 21};

    Database &db() { return m_vault->database(); }
    std::int64_t count(const QString &sql) { return *db().scalar(sql); }
    std::int64_t journalOf(const QString &kind) { return count(QStringLiteral("SELECT count(*) FROM journal WHERE kind = '%1'").arg(kind)); }

    Member addMember(const QString &name, QDate joined = QDate(2026, 1, 1))
    {
        auto member = members::add(db(), {name, std::nullopt, {}, joined, {}}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    Result<Trade> tryPay(std::int64_t payer, std::int64_t payee, std::int64_t amount, QDate date)
    {
        TradeRequest request;
        request.payer = payer;
        request.payee = payee;
        request.amount = amount;
        request.memo = QStringLiteral("test");
        request.date = date;
        return ledger::recordTrade(db(), request, m_clock.now());
    }

    Trade pay(std::int64_t payer, std::int64_t payee, std::int64_t amount, QDate date)
    {
        auto trade = tryPay(payer, payee, amount, date);
        if (!trade)
            qFatal("%s", qPrintable(trade.error().message));
        return *trade;
    }

    void reverse(const Trade &trade, QDate date)
    {
        if (auto r = ledger::reverse(db(), trade.id, QStringLiteral("desk"), date, m_clock.now()); !r)
            qFatal("%s", qPrintable(r.error().message));
    }

    void addTool(const QString &tag, std::optional<std::int64_t> ownerId = std::nullopt)
    {
        NewToolItem item;
        item.assetTag = tag;
        item.name = QStringLiteral("Drill ") + tag;
        item.createdOn = QDate(2026, 1, 1);
        if (auto added = tools::addItem(db(), item, m_clock.now()); !added)
            qFatal("%s", qPrintable(added.error().message));
        if (ownerId)
            QVERIFY(db().exec(QStringLiteral("UPDATE tool_item SET owner = %1 WHERE asset_tag = '%2'").arg(*ownerId).arg(tag)));
    }

    Result<ToolLoan> checkout(const QString &tag, std::int64_t member, QDate day)
    {
        CheckoutRequest request;
        request.assetTag = tag;
        request.memberNumber = member;
        request.date = day;
        request.recordedBy = QStringLiteral("desk");
        return tools::checkout(db(), request, m_clock.now());
    }

    // A loan of seven days, returned `daysOut` days after it went out.
    void loan(const QString &tag, std::int64_t member, QDate out, int daysOut)
    {
        auto l = checkout(tag, member, out);
        if (!l)
            qFatal("%s", qPrintable(l.error().message));
        auto r = tools::returnItem(db(), tag, ToolItem::Condition::Good, out.addDays(daysOut), {}, m_clock.now());
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
    }

    // Sessions and vouches through the skills exchange.
    std::int64_t plannedSession(const Member &provider, const Member &receiver, int minutes, QDate planned)
    {
        NewSkillSession request;
        request.providerNumber = provider.number;
        request.receiverNumber = receiver.number;
        request.description = QStringLiteral("help");
        request.minutes = minutes;
        request.rate = 600; // 10 minor units a minute
        request.plannedOn = planned;
        request.createdOn = QDate(2026, 9, 1);
        auto added = skills::addSession(db(), request, m_clock.now());
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return added->id;
    }
    void session(const Member &provider, const Member &receiver, int minutes, QDate planned, QDate completed)
    {
        const std::int64_t id = plannedSession(provider, receiver, minutes, planned);
        auto done = skills::completeSession(db(), id, completed, QStringLiteral("desk"), m_clock.now());
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
    }
    void cancelledSession(const Member &provider, const Member &receiver, SkillSession::Party by)
    {
        const std::int64_t id = plannedSession(provider, receiver, 60, QDate(2026, 11, 1));
        if (auto s = skills::cancelSession(db(), id, by, QDate(2026, 10, 1), m_clock.now()); !s)
            qFatal("%s", qPrintable(s.error().message));
    }
    void vouch(const Member &member, const QString &tag, std::optional<Member> by)
    {
        auto done = skills::verify(db(), member.number, tag, by ? std::optional<std::int64_t>(by->number) : std::nullopt, QDate(2026, 6, 1),
                                   m_clock.now());
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
    }

    TrustProfile profileOf(const Member &m, QDate day = {})
    {
        auto p = trust::profile(db(), m.number, day.isValid() ? day : m_today);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

    QList<TrustAlert> openAlerts()
    {
        auto a = trust::alerts(db(), true);
        if (!a)
            qFatal("%s", qPrintable(a.error().message));
        return *a;
    }

    Result<SanctionStep> sanction(const Member &m, Member::Sanction level, QDate day, QDate review)
    {
        return trust::applySanction(db(), m.number, level, QStringLiteral("test reason"), review, QStringLiteral("Coordinator"), day,
                                    m_clock.now());
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = m_vaults.create();
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    void newMemberHasNoScore()
    {
        const Member a = addMember(QStringLiteral("Ana"), QDate(2026, 11, 1));
        const TrustProfile p = profileOf(a);
        QCOMPARE(p.name, QStringLiteral("Ana"));
        QCOMPARE(p.total, 0);
        QCOMPARE(p.successPermille, -1);
        QVERIFY(!p.scorePermille);
        QCOMPARE(p.reciprocityPermille, -1);
        QCOMPARE(p.ecologicalPermille, 1000);
        QCOMPARE(p.longevityPermille, 1000);
        QCOMPARE(p.vouchingPermille, 1000);
        QVERIFY(!p.ecologicalNetLast12Months);
        QVERIFY(!trust::profile(db(), 99, m_today));
    }

    void tradesCountWithReversalsAndTheFund()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        pay(a.number, b.number, 3000, QDate(2026, 11, 1));
        pay(b.number, a.number, 1000, QDate(2026, 11, 2));
        const Trade undone = pay(a.number, b.number, 500, QDate(2026, 11, 3));
        reverse(undone, QDate(2026, 11, 4));
        pay(kCommonsFund, a.number, 2000, QDate(2026, 11, 5));
        pay(a.number, b.number, 700, QDate(2026, 11, 21)); // after the day asked about below
        const TrustProfile p = profileOf(a, QDate(2026, 11, 20));
        QCOMPARE(p.trades, 4); // the reversal is not a trade; the fund's is
        QCOMPARE(p.tradesReversed, 1);
        QCOMPARE(p.creditsGiven, 3000);
        QCOMPARE(p.creditsReceived, 3000);
        QCOMPARE(p.creditsEarned, 3000);
        QCOMPARE(p.reciprocityPermille, 1000);
        QCOMPARE(p.successful, 3);
        QCOMPARE(p.total, 4);
        QCOMPARE(p.successPermille, 750);
        // Before the reversal, the trade was not yet reversed.
        const TrustProfile earlier = profileOf(a, QDate(2026, 11, 3));
        QCOMPARE(earlier.trades, 3);
        QCOMPARE(earlier.tradesReversed, 0);
        const TrustProfile ben = profileOf(b, QDate(2026, 11, 20));
        QCOMPARE(ben.trades, 3);
        QCOMPARE(ben.reciprocityPermille, 333); // paid 10, received 30
    }

    void sessionsLoansToolsAndRegeneration()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        session(a, b, 90, QDate(2026, 10, 1), QDate(2026, 10, 1)); // on time
        session(b, a, 30, QDate(2026, 10, 3), QDate(2026, 10, 3));
        session(a, b, 60, QDate(2026, 10, 2), QDate(2026, 10, 5)); // late
        cancelledSession(a, b, SkillSession::Party::Provider);
        cancelledSession(b, a, SkillSession::Party::Receiver);
        cancelledSession(a, b, SkillSession::Party::Receiver); // by Ben
        cancelledSession(a, b, SkillSession::Party::Coordinator); // by neither
        addTool(QStringLiteral("D1"));
        addTool(QStringLiteral("D2"), a.id);
        loan(QStringLiteral("D1"), a.number, QDate(2026, 10, 1), 7); // on time
        loan(QStringLiteral("D1"), a.number, QDate(2026, 10, 10), 9); // late
        loan(QStringLiteral("D2"), b.number, QDate(2026, 10, 1), 3); // Ana's tool lent
        NewCommonsResource forest;
        forest.name = QStringLiteral("Forest");
        forest.unit = QStringLiteral("t");
        forest.yieldPerPeriod = 100'000;
        forest.permitsPerPeriod = 1000;
        forest.regenerationUnit = QStringLiteral("trees");
        forest.permitsPerRegenerationUnit = 1000;
        forest.createdOn = QDate(2026, 1, 1);
        QVERIFY(commons::addResource(db(), forest, m_clock.now()));
        RegenerationRequest regen;
        regen.resource = QStringLiteral("Forest");
        regen.memberNumber = a.number;
        regen.quantity = 1000;
        regen.action = QStringLiteral("planted oaks");
        regen.verifiedBy = QStringLiteral("Ben");
        regen.date = QDate(2026, 10, 20);
        QVERIFY(commons::regenerate(db(), regen, m_clock.now()));

        const TrustProfile p = profileOf(a);
        QCOMPARE(p.sessionsGiven, 2);
        QCOMPARE(p.sessionsDelivered, 2);
        QCOMPARE(p.sessionsOnTime, 1);
        QCOMPARE(p.minutesGiven, 150);
        QCOMPARE(p.minutesReceived, 30);
        QCOMPARE(p.sessionsCancelledByThem, 2);
        QCOMPARE(p.loansReturned, 2);
        QCOMPARE(p.loansOnTime, 1);
        QCOMPARE(p.ownToolLoans, 1);
        QCOMPARE(p.regenerations, 1);
        QCOMPARE(p.trades, 3); // the sessions' trades
        // successful: 1 session + 1 loan + 3 trades; total: 2 + 2 cancelled + 2 loans + 3 trades
        QCOMPARE(p.successful, 5);
        QCOMPARE(p.total, 9);
        QCOMPARE(p.successPermille, 555);
        auto since = trust::contributionsSince(db(), a.number, QDate(2026, 10, 2));
        QVERIFY(since);
        QCOMPARE(*since, 3); // the late session, the regeneration and the loan of her tool
    }

    void vouchingEcologyAndLongevity()
    {
        const Member a = addMember(QStringLiteral("Ana"), QDate(2024, 5, 21));
        const Member b = addMember(QStringLiteral("Ben"));
        const Member c = addMember(QStringLiteral("Cleo"));
        vouch(a, QStringLiteral("welding"), b);
        vouch(a, QStringLiteral("welding"), c);
        vouch(a, QStringLiteral("sewing"), b);
        vouch(a, QStringLiteral("bookkeeping"), std::nullopt);
        vouch(b, QStringLiteral("welding"), a);
        ProductiveCapacity capacity;
        capacity.ecological = 120;
        QVERIFY(members::setProductiveCapacity(db(), a.number, capacity, m_clock.now()));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO eco_settlement (month, settled_at) VALUES ('2025-10-01', 'x'), ('2026-10-01', 'x')")));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO eco_settlement_line (month, member, net, credits, fee, pledged, multiplier) VALUES "
                                         "('2025-10-01', %1, -900, 0, 0, 0, 100), ('2026-10-01', %1, 250, 0, 0, 0, 100)")
                              .arg(a.id)));
        for (int i = 0; i < 9; ++i)
            pay(a.number, b.number, 100, QDate(2026, 11, 1));
        const Trade undone = pay(a.number, b.number, 100, QDate(2026, 11, 2));
        reverse(undone, QDate(2026, 11, 2));

        const TrustProfile p = profileOf(a);
        QCOMPARE(p.vouchers, 2);
        QCOMPARE(p.vouchesGiven, 1);
        QCOMPARE(p.verifiedSkills, 2); // welding by two members, bookkeeping by the coordinator
        QCOMPARE(p.ecologicalMultiplier, 120);
        QCOMPARE(p.ecologicalNetLast12Months.value_or(-1), 250); // October 2025 is 13 months back
        QCOMPARE(p.monthsMember, 30);
        // The worked example of docs/trust.md.
        QCOMPARE(p.successPermille, 900);
        QCOMPARE(p.ecologicalPermille, 1200);
        QCOMPARE(p.longevityPermille, 1250);
        QCOMPARE(p.vouchingPermille, 1200);
        QCOMPARE(p.scorePermille.value_or(-1), 1620);
    }

    void scoreBounds()
    {
        TrustProfile best;
        best.trades = 10;
        best.ecologicalMultiplier = 200; // beyond the bound: counted as 150
        best.monthsMember = 100;
        best.vouchers = 9;
        trust::computeScore(best);
        QCOMPARE(best.successPermille, 1000);
        QCOMPARE(best.ecologicalPermille, 1500);
        QCOMPARE(best.longevityPermille, 1500);
        QCOMPARE(best.vouchingPermille, 1500);
        QCOMPARE(best.scorePermille.value_or(-1), 3375);

        TrustProfile worst;
        worst.trades = 3;
        worst.tradesReversed = 3;
        worst.ecologicalMultiplier = 0; // counted as 50
        trust::computeScore(worst);
        QCOMPARE(worst.ecologicalPermille, 500);
        QCOMPARE(worst.scorePermille.value_or(-1), 0);

        TrustProfile low;
        low.trades = 1;
        low.ecologicalMultiplier = 50;
        trust::computeScore(low);
        QCOMPARE(low.scorePermille.value_or(-1), 500);

        TrustProfile none;
        trust::computeScore(none);
        QVERIFY(!none.scorePermille);
    }

    void flagsAreForCoordinators()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        const auto now = m_clock.now();
        QVERIFY(!trust::raiseFlag(db(), a.number, b.number, QStringLiteral("  "), m_today, now));
        QVERIFY(!trust::raiseFlag(db(), 99, b.number, QStringLiteral("why"), m_today, now));
        QVERIFY(!trust::raiseFlag(db(), a.number, 99, QStringLiteral("why"), m_today, now));
        QVERIFY(!trust::raiseFlag(db(), a.number, a.number, QStringLiteral("why"), m_today, now));
        auto flag = trust::raiseFlag(db(), a.number, b.number, QStringLiteral("Kept the ladder for weeks"), m_today, now);
        QVERIFY2(flag, flag ? "" : qPrintable(flag.error().message));
        QCOMPARE(flag->reporterNumber.value_or(-1), b.number);
        QCOMPARE(flag->reporterName, QStringLiteral("Ben"));
        auto byCoordinator = trust::raiseFlag(db(), a.number, std::nullopt, QStringLiteral("Rude at the hall"), m_today, now);
        QVERIFY(byCoordinator);
        QVERIFY(!byCoordinator->reporterNumber);
        QCOMPARE(journalOf(QStringLiteral("trust_flag")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE instr(body, CAST('ladder' AS BLOB)) > 0")), 0);
        QCOMPARE(profileOf(a).openFlags, 2);

        QVERIFY(!trust::resolveFlag(db(), flag->id, QString(), m_today, now));
        QVERIFY(!trust::resolveFlag(db(), 999, QStringLiteral("done"), m_today, now));
        QVERIFY(trust::resolveFlag(db(), flag->id, QStringLiteral("Returned after a talk"), m_today, now));
        QVERIFY(!trust::resolveFlag(db(), flag->id, QStringLiteral("again"), m_today, now));
        QCOMPARE(trust::flags(db(), true)->size(), 1);
        QCOMPARE(trust::flags(db(), false)->size(), 2);
        QCOMPARE(trust::flags(db(), false, b.number)->size(), 0);
        QCOMPARE(trust::flags(db(), false)->first().resolution, QStringLiteral("Returned after a talk"));
        QCOMPARE(profileOf(a).openFlags, 1);
    }

    void ringIsFlaggedBusyMemberIsNot()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        const Member busy = addMember(QStringLiteral("Busy"));
        const Member regular = addMember(QStringLiteral("Regular"));
        QList<Member> many;
        for (int i = 0; i < 10; ++i)
            many.append(addMember(QStringLiteral("Neighbour %1").arg(i)));
        // Ana and Ben: four payments each way, nothing else.
        for (int i = 0; i < 4; ++i) {
            pay(a.number, b.number, 1000, QDate(2026, 11, 1 + i));
            pay(b.number, a.number, 1000, QDate(2026, 11, 1 + i));
        }
        // Reversed trades and reversals do not make a ring.
        const Member c = addMember(QStringLiteral("Cleo"));
        const Member d = addMember(QStringLiteral("Dan"));
        for (int i = 0; i < 3; ++i) {
            reverse(pay(c.number, d.number, 100, QDate(2026, 11, 1)), QDate(2026, 11, 1));
            pay(d.number, c.number, 100, QDate(2026, 11, 1));
        }
        // A busy member: a regular partner three times each way, and two
        // trades with each of ten neighbours.
        for (int i = 0; i < 3; ++i) {
            pay(busy.number, regular.number, 500, QDate(2026, 11, 5 + i));
            pay(regular.number, busy.number, 500, QDate(2026, 11, 5 + i));
        }
        for (const Member &n : many) {
            pay(busy.number, n.number, 200, QDate(2026, 11, 8));
            pay(n.number, busy.number, 200, QDate(2026, 11, 8));
        }
        auto added = trust::scanAlerts(db(), m_today, m_clock.now());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QList<TrustAlert> rings;
        for (const TrustAlert &alert : openAlerts())
            if (alert.kind == TrustAlert::Kind::Ring)
                rings.append(alert);
        QCOMPARE(rings.size(), 1);
        QCOMPARE(rings.first().memberNumber, a.number);
        QCOMPARE(rings.first().otherNumber.value_or(-1), b.number);
        QVERIFY(rings.first().detail.contains(QStringLiteral("4 times")));
        QCOMPARE(journalOf(QStringLiteral("trust_alert")), std::int64_t(*added));

        // Scanning again adds nothing; a reviewed ring is not raised again
        // while its window lasts, even on a later day.
        QCOMPARE(*trust::scanAlerts(db(), m_today, m_clock.now()), 0);
        QVERIFY(!trust::reviewAlert(db(), rings.first().id, QString(), m_today, m_clock.now()));
        QVERIFY(trust::reviewAlert(db(), rings.first().id, QStringLiteral("Spoke to both: sharing a car"), m_today, m_clock.now()));
        QVERIFY(!trust::reviewAlert(db(), rings.first().id, QStringLiteral("again"), m_today, m_clock.now()));
        QCOMPARE(journalOf(QStringLiteral("trust_alert_reviewed")), 1);
        QCOMPARE(*trust::scanAlerts(db(), m_today.addDays(20), m_clock.now()), 0);
        QVERIFY(openAlerts().isEmpty() || openAlerts().first().kind != TrustAlert::Kind::Ring);
    }

    void nearFloor()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        const Member c = addMember(QStringLiteral("Cleo"));
        // The line is 1,000 credits: Ana from 0 to −950 in one trade.
        const Trade sudden = pay(a.number, b.number, 95000, QDate(2026, 11, 10));
        // Cleo walks down in small steps: no single trade is a quarter.
        for (int i = 0; i < 10; ++i)
            pay(c.number, b.number, 9500, QDate(2026, 11, 10));
        QVERIFY(trust::scanAlerts(db(), m_today, m_clock.now()));
        const QList<TrustAlert> found = openAlerts();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, TrustAlert::Kind::NearFloor);
        QCOMPARE(found.first().memberNumber, a.number);
        QVERIFY(found.first().detail.contains(QString::number(sudden.id)));
        QCOMPARE(*trust::scanAlerts(db(), m_today, m_clock.now()), 0);
    }

    void reversals()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        const Member c = addMember(QStringLiteral("Cleo"));
        reverse(pay(a.number, b.number, 100, QDate(2026, 10, 1)), QDate(2026, 10, 1));
        reverse(pay(a.number, c.number, 100, QDate(2026, 10, 10)), QDate(2026, 10, 10));
        reverse(pay(c.number, a.number, 100, QDate(2026, 11, 5)), QDate(2026, 11, 5)); // 35 days after the first
        QCOMPARE(*trust::scanAlerts(db(), m_today, m_clock.now()), 0);
        reverse(pay(a.number, b.number, 100, QDate(2026, 11, 6)), QDate(2026, 11, 6));
        QCOMPARE(*trust::scanAlerts(db(), m_today, m_clock.now()), 1);
        QList<TrustAlert> found = openAlerts();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, TrustAlert::Kind::Reversals);
        QCOMPARE(found.first().memberNumber, a.number);
        QCOMPARE(*trust::scanAlerts(db(), m_today, m_clock.now()), 0);
        QVERIFY(trust::reviewAlert(db(), found.first().id, QStringLiteral("Desk typos"), m_today, m_clock.now()));
        QCOMPARE(*trust::scanAlerts(db(), m_today, m_clock.now()), 0);
        // A new episode: three more, each with someone new.
        for (int i = 0; i < 3; ++i) {
            const Member other = addMember(QStringLiteral("Other %1").arg(i));
            reverse(pay(a.number, other.number, 100, QDate(2026, 11, 15 + i)), QDate(2026, 11, 15 + i));
        }
        QCOMPARE(*trust::scanAlerts(db(), m_today, m_clock.now()), 1);
        QCOMPARE(openAlerts().size(), 1);
    }

    void sanctionNeedsReasonReviewAndMember()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const auto now = m_clock.now();
        QVERIFY(!trust::applySanction(db(), a.number, Member::Sanction::Warning, QString(), m_today.addDays(30), {}, m_today, now));
        QVERIFY(!trust::applySanction(db(), a.number, Member::Sanction::Warning, QStringLiteral("r"), QDate(), {}, m_today, now));
        QVERIFY(!trust::applySanction(db(), a.number, Member::Sanction::Warning, QStringLiteral("r"), m_today, {}, m_today, now));
        QVERIFY(!trust::applySanction(db(), 99, Member::Sanction::Warning, QStringLiteral("r"), m_today.addDays(1), {}, m_today, now));
        QVERIFY(!trust::applySanction(db(), a.number, Member::Sanction::None, QStringLiteral("r"), {}, {}, m_today, now));
        auto step = sanction(a, Member::Sanction::Warning, m_today, m_today.addDays(30));
        QVERIFY2(step, step ? "" : qPrintable(step.error().message));
        QCOMPARE(step->previous, Member::Sanction::None);
        QCOMPARE(step->appliedBy, QStringLiteral("Coordinator"));
        QVERIFY(step->journalSeq > 0);
        QVERIFY(!sanction(a, Member::Sanction::Warning, m_today, m_today.addDays(30)));
        QCOMPARE(journalOf(QStringLiteral("sanction")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM member_sanction")), 1);
        QVERIFY(trust::checkSanctions(db()).isEmpty());
    }

    void reducedLineIsEnforced()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        QVERIFY(sanction(a, Member::Sanction::Reduced, QDate(2026, 11, 1), QDate(2026, 12, 1)));
        // The line is 1,000 credits; halved, 500.
        QVERIFY(!tryPay(a.number, b.number, 60000, QDate(2026, 11, 2)));
        QVERIFY(tryPay(a.number, b.number, 50000, QDate(2026, 11, 2)));
        QVERIFY(!tryPay(a.number, b.number, 1, QDate(2026, 11, 2)));
        QVERIFY(sanction(a, Member::Sanction::None, QDate(2026, 11, 3), {}));
        QVERIFY(tryPay(a.number, b.number, 40000, QDate(2026, 11, 3)));
    }

    void suspendedAndExcludedCannotTradeOrBorrow()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        addTool(QStringLiteral("D1"));
        for (Member::Sanction level : {Member::Sanction::Suspended, Member::Sanction::Excluded}) {
            QVERIFY(sanction(a, level, QDate(2026, 11, 1), QDate(2026, 12, 1)));
            QVERIFY(!tryPay(a.number, b.number, 100, QDate(2026, 11, 2)));
            QVERIFY(!tryPay(b.number, a.number, 100, QDate(2026, 11, 2)));
            QVERIFY(!checkout(QStringLiteral("D1"), a.number, QDate(2026, 11, 2)));
            QVERIFY(sanction(a, Member::Sanction::None, QDate(2026, 11, 3), {}));
            QVERIFY(tryPay(a.number, b.number, 100, QDate(2026, 11, 3)));
            QVERIFY(tryPay(b.number, a.number, 100, QDate(2026, 11, 3)));
        }
        QVERIFY(checkout(QStringLiteral("D1"), a.number, QDate(2026, 11, 4)));
        QCOMPARE(journalOf(QStringLiteral("sanction")), 4);
        auto history = trust::sanctionHistory(db(), a.number);
        QVERIFY(history);
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(1).level, Member::Sanction::None);
        QCOMPARE(history->at(1).previous, Member::Sanction::Suspended);
        QVERIFY(!history->at(1).reviewOn.isValid());
    }

    void redemption()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member s = addMember(QStringLiteral("Sam"));
        addTool(QStringLiteral("D1"));
        addTool(QStringLiteral("D2"));
        QVERIFY(sanction(a, Member::Sanction::Reduced, QDate(2026, 9, 1), QDate(2026, 10, 1)));
        QVERIFY(sanction(s, Member::Sanction::Suspended, QDate(2026, 9, 1), QDate(2026, 10, 1)));
        auto queue = trust::sanctionsUnderReview(db(), QDate(2026, 9, 20));
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
        QCOMPARE(queue->first().contributionsSince, 0);
        // Three loans returned on time by each.
        for (int i = 0; i < 3; ++i) {
            loan(QStringLiteral("D1"), a.number, QDate(2026, 9, 2 + 8 * i), 5);
        }
        // Sam cannot borrow while suspended, but gives a regeneration-free
        // contribution: his own tool lent to Ana, three times.
        QVERIFY(db().exec(QStringLiteral("UPDATE tool_item SET owner = %1 WHERE asset_tag = 'D2'").arg(s.id)));
        for (int i = 0; i < 3; ++i)
            loan(QStringLiteral("D2"), a.number, QDate(2026, 9, 3 + 8 * i), 2);
        QCOMPARE(*trust::contributionsSince(db(), a.number, QDate(2026, 9, 2)), 6);

        // Before the review date: nothing.
        auto before = trust::redeem(db(), QDate(2026, 9, 30), m_clock.now());
        QVERIFY(before);
        QVERIFY(before->isEmpty());
        queue = trust::sanctionsUnderReview(db(), QDate(2026, 10, 1));
        QVERIFY(queue->first().redemptionEarned);
        QVERIFY(!queue->last().redemptionEarned); // suspended: mediation, not redemption

        auto steps = trust::redeem(db(), QDate(2026, 10, 1), m_clock.now());
        QVERIFY2(steps, steps ? "" : qPrintable(steps.error().message));
        QCOMPARE(steps->size(), 1);
        QCOMPARE(steps->first().memberNumber, a.number);
        QCOMPARE(steps->first().level, Member::Sanction::Warning);
        QCOMPARE(steps->first().previous, Member::Sanction::Reduced);
        QCOMPARE(steps->first().appliedBy, QStringLiteral("redemption"));
        QCOMPARE(steps->first().reviewOn, QDate(2026, 10, 31));
        QCOMPARE(steps->first().reason, QStringLiteral("Redemption: 6 contributions since 2026-09-01"));
        QCOMPARE(members::byNumber(db(), a.number)->sanction, Member::Sanction::Warning);
        QCOMPARE(members::byNumber(db(), s.number)->sanction, Member::Sanction::Suspended);
        // The warning needs contributions of its own.
        QVERIFY(trust::redeem(db(), QDate(2026, 11, 5), m_clock.now())->isEmpty());
        for (int i = 0; i < 3; ++i)
            loan(QStringLiteral("D1"), a.number, QDate(2026, 10, 2 + 8 * i), 5);
        steps = trust::redeem(db(), QDate(2026, 11, 5), m_clock.now());
        QCOMPARE(steps->size(), 1);
        QCOMPARE(steps->first().level, Member::Sanction::None);
        QCOMPARE(members::byNumber(db(), a.number)->sanction, Member::Sanction::None);
        QCOMPARE(journalOf(QStringLiteral("sanction")), 4);
        QCOMPARE(trust::sanctionsUnderReview(db(), QDate(2026, 11, 5))->size(), 1);
        QVERIFY(trust::checkSanctions(db()).isEmpty());
    }

    void verifyCatchesATamperedSanction()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        QVERIFY(sanction(a, Member::Sanction::Warning, m_today, m_today.addDays(10)));
        QVERIFY(trust::checkSanctions(db()).isEmpty());
        QVERIFY(db().exec(QStringLiteral("UPDATE member SET sanction = 'none' WHERE id = %1").arg(a.id)));
        QVERIFY(db().exec(QStringLiteral("UPDATE member SET sanction = 'excluded' WHERE id = %1").arg(b.id)));
        const auto problems = trust::checkSanctions(db());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.first().check, QStringLiteral("trust.sanctions"));
        QVERIFY(problems.first().message.contains(QStringLiteral("Member 1")));
        bool inVerify = false;
        for (const auto &p : m_vault->verify())
            inVerify = inVerify || p.check == QStringLiteral("trust.sanctions");
        QVERIFY(inVerify);
    }

    void depth()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        const Member c = addMember(QStringLiteral("Cleo"));
        pay(a.number, c.number, 100, QDate(2026, 1, 15)); // before the window
        pay(a.number, b.number, 1000, QDate(2026, 10, 1));
        pay(b.number, a.number, 500, QDate(2026, 10, 2));
        pay(c.number, a.number, 300, QDate(2026, 11, 2));
        reverse(pay(c.number, b.number, 300, QDate(2026, 11, 2)), QDate(2026, 11, 2));
        pay(kCommonsFund, c.number, 300, QDate(2026, 11, 3));
        session(a, b, 60, QDate(2026, 11, 3), QDate(2026, 11, 3));
        QVERIFY(skills::leaveFeedback(db(), 1, b.number, QStringLiteral("Great"), QStringLiteral("Thank you!"), QDate(2026, 11, 4), m_clock.now()));
        QVERIFY(skills::leaveFeedback(db(), 1, a.number, QStringLiteral("Fine"), QString(), QDate(2026, 11, 4), m_clock.now()));
        QVERIFY(trust::raiseFlag(db(), a.number, std::nullopt, QStringLiteral("x"), QDate(2026, 10, 1), m_clock.now()));
        auto f = trust::raiseFlag(db(), b.number, std::nullopt, QStringLiteral("y"), QDate(2026, 10, 1), m_clock.now());
        QVERIFY(trust::resolveFlag(db(), f->id, QStringLiteral("talked"), QDate(2026, 10, 5), m_clock.now()));

        auto d = trust::depthMetrics(db(), m_today, 3);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->from, QDate(2026, 9, 1));
        QCOMPARE(d->to, m_today);
        QCOMPARE(d->tradingMembers, 3);
        // Ana paid 1,000 and got 1,400 (Ben's 500 and 600 for the session,
        // Cleo's 300) → 714; Ben paid 1,100 and got 1,000 → 909; Cleo paid
        // 300 and got 300 from the fund → 1000. Mean: 2,623 / 3 → 874.
        QCOMPARE(d->reciprocityPermille, 874);
        QCOMPARE(d->distinctPairs, 2); // Ana–Ben, Ana–Cleo; the reversed Cleo–Ben and the fund's do not count
        QCOMPARE(d->pairsPerMemberPermille, 666);
        QCOMPARE(d->concernsRaised, 2);
        QCOMPARE(d->concernsResolved, 1);
        QCOMPARE(d->resolutionPermille, 500);
        QCOMPARE(d->gratitude.size(), 3);
        QCOMPARE(d->gratitude.last().month, QDate(2026, 11, 1));
        QCOMPARE(d->gratitude.last().gratitudeNotes, 1);
        QCOMPARE(d->gratitude.first().gratitudeNotes, 0);
        QVERIFY(!trust::depthMetrics(db(), m_today, 0));
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
