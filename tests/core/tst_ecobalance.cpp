// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/commons.h"
#include "commons/ecobalance.h"
#include "common/clock.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "storage/database.h"
#include "testvaults.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QTest>

using namespace mycelium;

class TestEcoBalance : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    test::TestVaults m_vaults{m_clock};
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    std::int64_t count(const QString &sql) { return *db().scalar(sql); }
    std::int64_t journalEntries() { return count(QStringLiteral("SELECT count(*) FROM journal")); }

    Member addMember(const QString &name)
    {
        auto member = members::add(db(), {name, std::nullopt, {}, QDate(2026, 9, 1), {}}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    Trade pay(std::int64_t payer, std::int64_t payee, std::int64_t amount, QDate date)
    {
        TradeRequest request;
        request.payer = payer;
        request.payee = payee;
        request.amount = amount;
        request.memo = QStringLiteral("test");
        request.date = date;
        auto trade = ledger::recordTrade(db(), request, m_clock.now());
        if (!trade)
            qFatal("%s", qPrintable(trade.error().message));
        return *trade;
    }

    // One permit is 0.1 t of wood (100 thousandths); a tree planted earns one.
    void extraction(const Member &m, QDate day, std::int64_t permits)
    {
        ExtractionRequest request;
        request.resource = QStringLiteral("Forest");
        request.memberNumber = m.number;
        request.quantity = permits * 100;
        request.date = day;
        request.recordedBy = QStringLiteral("desk");
        auto done = commons::extract(db(), request, m_clock.now());
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    }

    void regeneration(const Member &m, QDate day, std::int64_t trees)
    {
        RegenerationRequest request;
        request.resource = QStringLiteral("Forest");
        request.memberNumber = m.number;
        request.quantity = trees * 1000;
        request.action = QStringLiteral("planted oaks");
        request.verifiedBy = QStringLiteral("Ana");
        request.date = day;
        request.recordedBy = QStringLiteral("desk");
        auto done = commons::regenerate(db(), request, m_clock.now());
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->permitsEarned, trees);
    }

    bool zeroSum() { return ledger::checkZeroSum(db()).isEmpty(); }
    bool verifies()
    {
        const auto problems = m_vault->verify();
        for (const auto &p : problems)
            qWarning("%s: %s", qPrintable(p.check), qPrintable(p.message));
        return problems.isEmpty();
    }

    // Members 1–3 and an October of activity:
    //   1 extracts 3 shared permits and 1 of the drawing rights earned in
    //     September (−4 points) and pays a trade carrying 12.345 kg CO2e
    //     (−1.235) and 1,234 L of water (−1.234);
    //   2 regenerates 5 permits (+5) and spends 1 of them (−1);
    //   3 extracts 2 permits (−2);
    // a trade from the commons fund carries 10 kg CO2e (community only);
    // a reversed trade's impacts do not count; November's do not either.
    struct October {
        Member a, b, c;
        Trade impacted, reversed, fromFund;
    };
    October october()
    {
        October o;
        o.a = addMember(QStringLiteral("Ana"));
        o.b = addMember(QStringLiteral("Ben"));
        o.c = addMember(QStringLiteral("Cleo"));
        regeneration(o.a, QDate(2026, 9, 15), 1);
        extraction(o.a, QDate(2026, 10, 3), 4);
        regeneration(o.b, QDate(2026, 10, 1), 5);
        extraction(o.b, QDate(2026, 10, 4), 1);
        extraction(o.c, QDate(2026, 10, 31), 2);
        extraction(o.a, QDate(2026, 11, 5), 1);
        o.impacted = pay(o.a.number, o.b.number, 1000, QDate(2026, 10, 10));
        const auto now = m_clock.now();
        if (!ecobalance::setImpacts(db(), o.impacted.id, {{ImpactKind::Carbon, 12'345}, {ImpactKind::Water, 1'234'000}}, now))
            qFatal("impacts");
        o.reversed = pay(o.b.number, o.a.number, 300, QDate(2026, 10, 11));
        if (!ecobalance::setImpacts(db(), o.reversed.id, {{ImpactKind::Biodiversity, 1000}}, now))
            qFatal("impacts");
        if (!ledger::reverse(db(), o.reversed.id, QStringLiteral("desk"), QDate(2026, 10, 11), now))
            qFatal("reverse");
        o.fromFund = pay(kCommonsFund, o.b.number, 500, QDate(2026, 10, 12));
        if (!ecobalance::setImpacts(db(), o.fromFund.id, {{ImpactKind::Carbon, 10'000}}, now))
            qFatal("impacts");
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = m_vaults.create();
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        m_vault = std::move(*vault);
        NewCommonsResource forest;
        forest.name = QStringLiteral("Forest");
        forest.unit = QStringLiteral("t");
        forest.yieldPerPeriod = 100'000; // 100 t a year in 1,000 permits
        forest.permitsPerPeriod = 1000;
        forest.regenerationUnit = QStringLiteral("trees");
        forest.permitsPerRegenerationUnit = 1000;
        forest.createdOn = QDate(2026, 1, 1);
        auto added = commons::addResource(db(), forest, m_clock.now());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }

    void cleanup() { m_vault.reset(); }

    void kindsHaveNamesAndUnits()
    {
        for (int i = 0; i < kImpactKinds; ++i) {
            const auto kind = ImpactKind(i);
            QCOMPARE(ecobalance::kindFromName(ecobalance::kindName(kind)), std::optional<ImpactKind>(kind));
            QVERIFY(!ecobalance::kindUnit(kind).isEmpty());
        }
        QCOMPARE(ecobalance::kindName(ImpactKind::Biodiversity), QStringLiteral("biodiversity"));
        QCOMPARE(ecobalance::kindUnit(ImpactKind::Carbon), QStringLiteral("kg CO2e"));
        QVERIFY(!ecobalance::kindFromName(QStringLiteral("noise")));
    }

    void weightsAndRules()
    {
        auto defaults = ecobalance::weights(db());
        QVERIFY(defaults);
        QCOMPARE(defaults->pointsPerUnit, ImpactWeights{}.pointsPerUnit);
        ImpactWeights w;
        w.pointsPerUnit = {200, 2, 20, 2000, 0};
        const std::int64_t entries = journalEntries();
        QVERIFY(ecobalance::setWeights(db(), w, m_clock.now()));
        QCOMPARE(ecobalance::weights(db())->pointsPerUnit, w.pointsPerUnit);
        QCOMPARE(journalEntries(), entries + 1);
        w.pointsPerUnit[1] = -1;
        auto refused = ecobalance::setWeights(db(), w, m_clock.now());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("water")));
        QCOMPARE(ecobalance::weights(db())->pointsPerUnit[1], 2);

        QCOMPARE(ecobalance::settlementRules(db())->creditsPerPoint, 100);
        QVERIFY(ecobalance::setSettlementRules(db(), {250, 50}, m_clock.now()));
        QCOMPARE(ecobalance::settlementRules(db())->creditsPerPoint, 250);
        QCOMPARE(ecobalance::settlementRules(db())->feePerPoint, 50);
        QVERIFY(!ecobalance::setSettlementRules(db(), {-1, 50}, m_clock.now()));
        QCOMPARE(journalEntries(), entries + 2);
        QVERIFY(verifies());
    }

    void impactsOnTrades()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        const Member b = addMember(QStringLiteral("Ben"));
        const Trade t = pay(a.number, b.number, 1000, QDate(2026, 11, 20));
        QVERIFY(ecobalance::setImpacts(db(), t.id, {{ImpactKind::Water, 5000}, {ImpactKind::Carbon, 1500}}, m_clock.now()));
        auto read = ecobalance::impacts(db(), t.id);
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).kind, ImpactKind::Carbon);
        QCOMPARE(read->at(0).quantity, 1500);
        QCOMPARE(read->at(1).kind, ImpactKind::Water);

        // Replace, then remove.
        QVERIFY(ecobalance::setImpacts(db(), t.id, {{ImpactKind::Land, 7}}, m_clock.now()));
        QCOMPARE(ecobalance::impacts(db(), t.id)->size(), 1);
        QCOMPARE(ecobalance::impacts(db(), t.id)->at(0).kind, ImpactKind::Land);
        QVERIFY(ecobalance::setImpacts(db(), t.id, {}, m_clock.now()));
        QCOMPARE(ecobalance::impacts(db(), t.id)->size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'trade_impacts'")), 3);

        auto twice = ecobalance::setImpacts(db(), t.id, {{ImpactKind::Land, 7}, {ImpactKind::Land, 8}}, m_clock.now());
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QLatin1String("land")));
        QVERIFY(!ecobalance::setImpacts(db(), t.id, {{ImpactKind::Land, 0}}, m_clock.now()));
        auto unknown = ecobalance::setImpacts(db(), 999, {{ImpactKind::Land, 7}}, m_clock.now());
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("999")), qPrintable(unknown.error().message));
        auto reversal = ledger::reverse(db(), t.id, QStringLiteral("desk"), QDate(2026, 11, 21), m_clock.now());
        QVERIFY(reversal);
        auto refused = ecobalance::setImpacts(db(), reversal->id, {{ImpactKind::Land, 7}}, m_clock.now());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("reversal")), qPrintable(refused.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'trade_impacts'")), 3);
        QCOMPARE(ecobalance::impacts(db(), t.id)->size(), 0);
    }

    void balancesFromConstructedHistory()
    {
        const October o = october();
        auto members = ecobalance::memberBalances(db(), QDate(2026, 10, 17));
        QVERIFY2(members, members ? "" : qPrintable(members.error().message));
        QCOMPARE(members->size(), 3);
        const EcoBalance &a = members->at(0);
        QCOMPARE(a.memberNumber, o.a.number);
        QCOMPARE(a.memberName, QStringLiteral("Ana"));
        QCOMPARE(a.month, QDate(2026, 10, 1));
        QCOMPARE(a.extraction, 4000);
        QCOMPARE(a.regeneration, 0);
        // 12.345 kg × 0.1 pt = 1.2345 → 1.235 (half up); 1,234 L × 0.001 = 1.234.
        QCOMPARE(a.impacts, 1235 + 1234);
        QCOMPARE(a.net(), -6469);
        const EcoBalance &b = members->at(1);
        QCOMPARE(b.regeneration, 5000);
        QCOMPARE(b.extraction, 1000);
        QCOMPARE(b.impacts, 0); // the reversed trade's impacts do not count
        QCOMPARE(b.net(), 4000);
        QCOMPARE(members->at(2).net(), -2000);

        auto community = ecobalance::communityBalance(db(), QDate(2026, 10, 1));
        QVERIFY(community);
        QCOMPARE(community->memberNumber, -1);
        QCOMPARE(community->regeneration, 5000);
        QCOMPARE(community->extraction, 7000);
        QCOMPARE(community->impacts, 2469 + 1000); // the fund's trade counts here
        QCOMPARE(community->net(), -5469);

        auto history = ecobalance::communityHistory(db(), QDate(2026, 8, 15), QDate(2026, 11, 2));
        QVERIFY(history);
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(0).month, QDate(2026, 8, 1));
        QCOMPARE(history->at(0).net(), 0);
        QCOMPARE(history->at(2).net(), -5469);
        QCOMPARE(history->at(3).extraction, 1000);

        auto ana = ecobalance::memberHistory(db(), o.a.number, QDate(2026, 10, 1), QDate(2026, 11, 1));
        QVERIFY(ana);
        QCOMPARE(ana->size(), 2);
        QCOMPARE(ana->at(0).net(), -6469);
        QCOMPARE(ana->at(1).net(), -1000);
        QCOMPARE(ana->at(1).memberName, QStringLiteral("Ana"));
        QVERIFY(!ecobalance::memberHistory(db(), 99, QDate(2026, 10, 1), QDate(2026, 11, 1)));

        // Three bands from −6.469 to 4: 3.49 points wide, one member in each.
        auto bins = ecobalance::distribution(db(), QDate(2026, 10, 1), 3);
        QVERIFY(bins);
        QCOMPARE(bins->size(), 3);
        QCOMPARE(bins->at(0).from, -6469);
        QCOMPARE(bins->at(0).to, -6469 + 3490);
        QCOMPARE(bins->at(2).to, -6469 + 3 * 3490);
        for (const BalanceBin &bin : std::as_const(*bins))
            QCOMPARE(bin.members, 1);
        auto one = ecobalance::distribution(db(), QDate(2026, 10, 1), 1);
        QCOMPARE(one->at(0).members, 3);
        QCOMPARE(ecobalance::distribution(db(), QDate(2026, 1, 1), 5)->size(), 0);
        QVERIFY(!ecobalance::distribution(db(), QDate(2026, 10, 1), 0));
    }

    void pledges()
    {
        const Member a = addMember(QStringLiteral("Ana"));
        auto p = ecobalance::pledge(db(), a.number, QDate(2026, 10, 20), QStringLiteral("  two Saturdays at the wetland "), m_clock.now());
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->month, QDate(2026, 10, 1));
        QCOMPARE(p->work, QStringLiteral("two Saturdays at the wetland"));
        QCOMPARE(p->pledgedOn, QDate(2026, 11, 21));
        QVERIFY(!p->fulfilled);
        auto again = ecobalance::pledge(db(), a.number, QDate(2026, 10, 1), QStringLiteral("more"), m_clock.now());
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("already")));
        QVERIFY(!ecobalance::pledge(db(), a.number, QDate(2026, 9, 1), QStringLiteral("  "), m_clock.now()));
        QVERIFY(!ecobalance::pledge(db(), 42, QDate(2026, 9, 1), QStringLiteral("work"), m_clock.now()));
        QCOMPARE(ecobalance::pledges(db(), true)->size(), 1);
        QVERIFY(ecobalance::fulfilPledge(db(), p->id, m_clock.now()));
        QVERIFY(!ecobalance::fulfilPledge(db(), p->id, m_clock.now()));
        QVERIFY(!ecobalance::fulfilPledge(db(), 999, m_clock.now()));
        QCOMPARE(ecobalance::pledges(db(), true)->size(), 0);
        QCOMPARE(ecobalance::pledges(db(), false)->size(), 1);
        QVERIFY(ecobalance::pledges(db(), false)->at(0).fulfilled);
        QVERIFY(verifies());
    }

    void settlementPaysChargesAndSetsMultipliers()
    {
        const October o = october();
        // Ana's other factors stay as they are.
        ProductiveCapacity capacity;
        capacity.skills = 50;
        capacity.time = 60;
        capacity.tools = 70;
        capacity.resources = 80;
        QVERIFY(members::setProductiveCapacity(db(), o.a.number, capacity, m_clock.now()));
        QVERIFY(ecobalance::pledge(db(), o.c.number, QDate(2026, 10, 1), QStringLiteral("hedge planting"), m_clock.now()));
        const std::int64_t cleoBefore = *ledger::balance(db(), o.c.number);

        QCOMPARE(*ecobalance::isSettled(db(), QDate(2026, 10, 1)), false);
        auto lines = ecobalance::settleMonth(db(), QDate(2026, 10, 9), m_clock.now());
        QVERIFY2(lines, lines ? "" : qPrintable(lines.error().message));
        QCOMPARE(lines->size(), 3);
        QCOMPARE(*ecobalance::isSettled(db(), QDate(2026, 10, 31)), true);

        // Ana: −6.469 points → a fee of round half up(646.9) = 647 minor units.
        const EcoSettlementLine &ana = lines->at(0);
        QCOMPARE(ana.memberNumber, o.a.number);
        QCOMPARE(ana.net, -6469);
        QCOMPARE(ana.fee, 647);
        QCOMPARE(ana.credits, 0);
        QVERIFY(!ana.pledged);
        QCOMPARE(ana.multiplier, 94); // 100 − 6 (whole points toward zero)
        auto fee = ledger::trade(db(), ana.tradeId);
        QVERIFY(fee);
        QCOMPARE(fee->payer, o.a.number);
        QCOMPARE(fee->payee, kCommonsFund);
        QCOMPARE(fee->amount, 647);
        QVERIFY(fee->date >= QDate(2026, 10, 31) && fee->date <= QDate(2026, 11, 21));

        // Ben: +4 points → 4 credits from the commons fund, dated today.
        const EcoSettlementLine &ben = lines->at(1);
        QCOMPARE(ben.net, 4000);
        QCOMPARE(ben.credits, 400);
        QCOMPARE(ben.multiplier, 104);
        auto paid = ledger::trade(db(), ben.tradeId);
        QVERIFY(paid);
        QCOMPARE(paid->payer, kCommonsFund);
        QCOMPARE(paid->payee, o.b.number);
        QCOMPARE(paid->amount, 400);
        QCOMPARE(paid->date, QDate(2026, 11, 21));

        // Cleo pledged work: no fee, no trade.
        const EcoSettlementLine &cleo = lines->at(2);
        QVERIFY(cleo.pledged);
        QCOMPARE(cleo.fee, 0);
        QCOMPARE(cleo.tradeId, 0);
        QCOMPARE(cleo.multiplier, 98);

        // (Ana's and Ben's balances also move by demurrage realized on the way.)
        QCOMPARE(*ledger::balance(db(), o.c.number), cleoBefore);
        QVERIFY(zeroSum());

        auto anaNow = members::byNumber(db(), o.a.number);
        QCOMPARE(anaNow->capacity.ecological, 94);
        QCOMPARE(anaNow->capacity.skills, 50);
        QCOMPARE(anaNow->capacity.resources, 80);
        QCOMPARE(members::byNumber(db(), o.b.number)->capacity.ecological, 104);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM eco_settlement_line")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'eco_settlement'")), 1);
        QVERIFY(ecobalance::checkSettlements(db()).isEmpty());
        QVERIFY(verifies());

        // Once only; the current and future months not at all.
        const std::int64_t entries = journalEntries();
        auto twice = ecobalance::settleMonth(db(), QDate(2026, 10, 1), m_clock.now());
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QLatin1String("settled already")), qPrintable(twice.error().message));
        auto current = ecobalance::settleMonth(db(), QDate(2026, 11, 1), m_clock.now());
        QVERIFY(!current);
        QVERIFY2(current.error().message.contains(QLatin1String("2026-12-01")), qPrintable(current.error().message));
        QVERIFY(!ecobalance::settleMonth(db(), QDate(2027, 1, 1), m_clock.now()));
        QCOMPARE(journalEntries(), entries);

        // A settled month is closed: its trades' impacts and pledges stay.
        QVERIFY(!ecobalance::setImpacts(db(), o.impacted.id, {}, m_clock.now()));
        QVERIFY(!ecobalance::pledge(db(), o.a.number, QDate(2026, 10, 1), QStringLiteral("late"), m_clock.now()));

        // November: Ana's −1 point adds to October's −6.469 over the twelve months.
        m_clock.set(QDateTime(QDate(2026, 12, 2), QTime(9, 0)));
        auto november = ecobalance::settleMonth(db(), QDate(2026, 11, 1), m_clock.now());
        QVERIFY2(november, november ? "" : qPrintable(november.error().message));
        QCOMPARE(november->size(), 1);
        QCOMPARE(november->at(0).net, -1000);
        QCOMPARE(november->at(0).fee, 100);
        QCOMPARE(november->at(0).multiplier, 93); // 100 + trunc(−7.469)
        QCOMPARE(members::byNumber(db(), o.a.number)->capacity.ecological, 93);
        QVERIFY(zeroSum());
        QVERIFY(verifies());

        // An empty month settles with no lines.
        auto empty = ecobalance::settleMonth(db(), QDate(2026, 8, 1), m_clock.now());
        QVERIFY(empty);
        QCOMPARE(empty->size(), 0);
    }

    void multiplierIsBounded()
    {
        const Member green = addMember(QStringLiteral("Gaia"));
        const Member heavy = addMember(QStringLiteral("Hal"));
        regeneration(green, QDate(2026, 10, 2), 80);
        extraction(heavy, QDate(2026, 10, 2), 70);
        auto lines = ecobalance::settleMonth(db(), QDate(2026, 10, 1), m_clock.now());
        QVERIFY2(lines, lines ? "" : qPrintable(lines.error().message));
        QCOMPARE(lines->size(), 2);
        QCOMPARE(lines->at(0).multiplier, 150);
        QCOMPARE(lines->at(0).credits, 8000);
        QCOMPARE(lines->at(1).multiplier, 50);
        QCOMPARE(lines->at(1).fee, 7000);
        QCOMPARE(members::byNumber(db(), green.number)->capacity.ecological, 150);
        QCOMPARE(members::byNumber(db(), heavy.number)->capacity.ecological, 50);
        QVERIFY(zeroSum());
        QVERIFY(verifies());
    }

    void checkSettlementsFindsAMismatch()
    {
        const Member green = addMember(QStringLiteral("Gaia"));
        regeneration(green, QDate(2026, 10, 2), 3);
        QVERIFY(ecobalance::settleMonth(db(), QDate(2026, 10, 1), m_clock.now()));
        QVERIFY(ecobalance::checkSettlements(db()).isEmpty());
        // Lines are append-only; a forged one beside it is caught.
        const Member other = addMember(QStringLiteral("Olaf"));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO eco_settlement_line (month, member, net, credits, fee, pledged, trade, multiplier) "
                                         "VALUES ('2026-10-01', %1, 2000, 200, 0, 0, NULL, 102)")
                              .arg(other.id)));
        const auto problems = ecobalance::checkSettlements(db());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).check, QStringLiteral("commons.eco_settlements"));
        QVERIFY(problems.at(0).message.contains(QLatin1String("missing its trade")));
    }
};

QTEST_GUILESS_MAIN(TestEcoBalance)
#include "tst_ecobalance.moc"
