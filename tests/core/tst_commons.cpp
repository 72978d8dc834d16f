// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "commons/commons.h"
#include "commons/lights.h"
#include "commons/quantity.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "storage/database.h"
#include "testvaults.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QTest>

using namespace mycelium;

namespace {

constexpr std::int64_t credits(std::int64_t whole)
{
    return whole * 100;
}

constexpr std::int64_t units(std::int64_t whole)
{
    return whole * quantity::kScale;
}

} // namespace

class TestCommons : public QObject
{
    Q_OBJECT
    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    test::TestVaults m_vaults{m_clock};
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    QDate today() const { return m_clock.today(); }

    Member addMember(const QString &name)
    {
        auto member = members::add(db(), {name, std::nullopt, {}, QDate(2020, 1, 1), {}}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    // The seed's forest: 100 t a year in 1,000 permits of 0.1 t.
    CommonsResource addForest(std::int64_t basePrice = 0, int elasticity = 2)
    {
        NewCommonsResource forest;
        forest.name = QStringLiteral("Oak forest");
        forest.unit = QStringLiteral("t");
        forest.period = CommonsResource::Period::Year;
        forest.yieldPerPeriod = units(100);
        forest.permitsPerPeriod = 1000;
        forest.basePrice = basePrice;
        forest.elasticity = elasticity;
        forest.regenerationUnit = QStringLiteral("trees");
        forest.permitsPerRegenerationUnit = 500; // half a permit per tree planted
        forest.creditsPerRegenerationUnit = credits(2);
        forest.createdOn = QDate(2024, 1, 1);
        auto added = commons::addResource(db(), forest, m_clock.now());
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return *added;
    }

    Result<Extraction> take(std::int64_t member, std::int64_t qty, QDate day = {}, const QString &overrideReason = {})
    {
        ExtractionRequest request;
        request.resource = QStringLiteral("oak FOREST");
        request.memberNumber = member;
        request.quantity = qty;
        request.date = day.isValid() ? day : today();
        request.recordedBy = QStringLiteral("test");
        request.overrideReason = overrideReason;
        return commons::extract(db(), request, m_clock.now());
    }

    Result<Regeneration> plant(std::int64_t member, std::int64_t trees, QDate day = {})
    {
        RegenerationRequest request;
        request.resource = QStringLiteral("Oak forest");
        request.memberNumber = member;
        request.quantity = units(trees);
        request.action = QStringLiteral("planted %1 oaks").arg(trees);
        request.verifiedBy = QStringLiteral("Ana");
        request.date = day.isValid() ? day : today();
        request.recordedBy = QStringLiteral("test");
        return commons::regenerate(db(), request, m_clock.now());
    }

    std::int64_t balanceOf(std::int64_t member)
    {
        auto b = ledger::balance(db(), member);
        return b ? *b : -1;
    }

    std::int64_t count(const char *table)
    {
        auto n = db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return n ? *n : -1;
    }

    void verifyClean()
    {
        const auto problems = runIntegrityChecks(db());
        for (const IntegrityProblem &p : problems)
            qWarning("%s: %s", qPrintable(p.check), qPrintable(p.message));
        QVERIFY(problems.isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = m_vaults.create();
        QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().message));
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    void quantitiesAreExactThousandths()
    {
        QCOMPARE(quantity::parse(QStringLiteral("12.5")), std::optional<std::int64_t>(12500));
        QCOMPARE(quantity::parse(QStringLiteral("1,000.125")), std::optional<std::int64_t>(1000125));
        QCOMPARE(quantity::parse(QStringLiteral(".5")), std::optional<std::int64_t>(500));
        QVERIFY(!quantity::parse(QStringLiteral("0.0001")));
        QVERIFY(!quantity::parse(QStringLiteral("-1")));
        QCOMPARE(quantity::parse(QStringLiteral("-1"), true), std::optional<std::int64_t>(-1000));
        QVERIFY(!quantity::parse(QStringLiteral("1e3")));
        QVERIFY(!quantity::parse(QStringLiteral("12 t")));
        QVERIFY(!quantity::parse(QString()));
        QVERIFY(!quantity::parse(QStringLiteral("5.")));
        QCOMPARE(quantity::toPlainString(12500), QStringLiteral("12.5"));
        QCOMPARE(quantity::toPlainString(-125), QStringLiteral("-0.125"));
        QCOMPARE(quantity::toPlainString(3000), QStringLiteral("3"));
    }

    void bandBoundaries()
    {
        const Bands bands;
        // Lower is better: exactly 70 % is amber, exactly 100 % still amber.
        QCOMPARE(lights::stateOf(69'999, 100'000, Direction::LowerIsBetter, bands), LightState::Green);
        QCOMPARE(lights::stateOf(70'000, 100'000, Direction::LowerIsBetter, bands), LightState::Amber);
        QCOMPARE(lights::stateOf(100'000, 100'000, Direction::LowerIsBetter, bands), LightState::Amber);
        QCOMPARE(lights::stateOf(100'001, 100'000, Direction::LowerIsBetter, bands), LightState::Red);
        // Higher is better mirrors on threshold / value.
        QCOMPARE(lights::stateOf(100'000, 100'000, Direction::HigherIsBetter, bands), LightState::Amber);
        QCOMPARE(lights::stateOf(99'999, 100'000, Direction::HigherIsBetter, bands), LightState::Red);
        QCOMPARE(lights::stateOf(142'857, 100'000, Direction::HigherIsBetter, bands), LightState::Amber); // 70.0001 %
        QCOMPARE(lights::stateOf(142'858, 100'000, Direction::HigherIsBetter, bands), LightState::Green);
        QCOMPARE(lights::stateOf(0, 100'000, Direction::HigherIsBetter, bands), LightState::Red);
        QCOMPARE(lights::stateOf(5, 0, Direction::LowerIsBetter, bands), LightState::Grey);
        // Configured bands.
        const Bands strict{50, 80};
        QCOMPARE(lights::stateOf(50, 100, Direction::LowerIsBetter, strict), LightState::Amber);
        QCOMPARE(lights::stateOf(81, 100, Direction::LowerIsBetter, strict), LightState::Red);
        QVERIFY(!Bands({80, 50}).isValid());
        // Words and symbols, never colour alone.
        QCOMPARE(lights::stateSymbol(LightState::Red), QStringLiteral("✕"));
        QCOMPARE(lights::stateWord(LightState::Grey), QStringLiteral("No recent data"));
        QVERIFY(lights::severityRank(LightState::Red) < lights::severityRank(LightState::Amber));
        QVERIFY(lights::severityRank(LightState::Grey) < lights::severityRank(LightState::Green));
    }

    void trends()
    {
        QCOMPARE(lights::trendOf({100}, Direction::LowerIsBetter), Trend::Unknown);
        QCOMPARE(lights::trendOf({100, 100, 100, 104}, Direction::LowerIsBetter), Trend::Steady);
        QCOMPARE(lights::trendOf({100, 100, 100, 120}, Direction::LowerIsBetter), Trend::Worsening);
        QCOMPARE(lights::trendOf({100, 100, 100, 120}, Direction::HigherIsBetter), Trend::Improving);
        QCOMPARE(lights::trendOf({999, 100, 100, 100, 80}, Direction::LowerIsBetter), Trend::Improving); // only three before count
        QCOMPARE(lights::trendOf({0, 0}, Direction::LowerIsBetter), Trend::Steady);
    }

    void priceFormulaAndRounding()
    {
        // Real_Price = Base × (use / threshold)^e, rounded half up.
        QCOMPARE(commons::pricePerPermit(1000, 2, 50'000, 100'000), std::int64_t(250)); // 10 × 0.5² = 2.50
        QCOMPARE(commons::pricePerPermit(1000, 2, 100'000, 100'000), std::int64_t(1000));
        QCOMPARE(commons::pricePerPermit(1000, 1, 33'333, 100'000), std::int64_t(333)); // 333.33 → 333
        QCOMPARE(commons::pricePerPermit(100, 2, 25'000, 100'000), std::int64_t(6)); // 6.25 → 6
        QCOMPARE(commons::pricePerPermit(10, 2, 50'000, 100'000), std::int64_t(3)); // 2.5 → 3 (half up)
        QCOMPARE(commons::pricePerPermit(1000, 3, 150'000, 100'000), std::int64_t(3375)); // 1.5³
        QCOMPARE(commons::pricePerPermit(1000, 0, 1, 100'000), std::int64_t(1000)); // no elasticity: the base price
        QCOMPARE(commons::pricePerPermit(1000, 2, 0, 100'000), std::int64_t(0));
        // Beyond ten times the threshold the price stops rising.
        QCOMPARE(commons::pricePerPermit(100, 2, 5'000'000, 100'000), std::int64_t(10'000));
        QCOMPARE(commons::pricePerPermit(0, 2, 50'000, 100'000), std::int64_t(0));

        QCOMPARE(commons::permitsFor(units(5), 1000, units(100)), std::int64_t(50));
        QCOMPARE(commons::permitsFor(101, 1000, units(100)), std::int64_t(2)); // 0.101 t takes two 0.1 t permits
        QCOMPARE(commons::permitsFor(100, 1000, units(100)), std::int64_t(1));
    }

    void resourceValidation()
    {
        NewCommonsResource r;
        r.name = QStringLiteral("Well");
        r.unit = QStringLiteral("m³");
        r.yieldPerPeriod = units(10);
        r.permitsPerPeriod = 10;
        r.createdOn = today();
        auto bad = r;
        bad.unit.clear();
        auto refused = commons::addResource(db(), bad, m_clock.now());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("unit")));
        bad = r;
        bad.permitsPerPeriod = 0;
        QVERIFY(!commons::addResource(db(), bad, m_clock.now()));
        bad = r;
        bad.elasticity = 5;
        QVERIFY(!commons::addResource(db(), bad, m_clock.now()));
        bad = r;
        bad.bands = {90, 80};
        QVERIFY(!commons::addResource(db(), bad, m_clock.now()));
        QCOMPARE(count("commons_resource"), 0);

        auto well = commons::addResource(db(), r, m_clock.now());
        QVERIFY2(well.ok(), well.ok() ? "" : qPrintable(well.error().message));
        QCOMPARE(well->threshold, units(10)); // the yield when not given
        auto again = r;
        again.name = QStringLiteral("WELL");
        auto twice = commons::addResource(db(), again, m_clock.now());
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("already exists")));

        auto edited = r;
        edited.threshold = units(8);
        edited.description = QStringLiteral("The village well");
        auto updated = commons::updateResource(db(), well->id, edited, m_clock.now());
        QVERIFY(updated.ok());
        QCOMPARE(updated->threshold, units(8));
        QCOMPARE(updated->description, QStringLiteral("The village well"));
        QVERIFY(!commons::resource(db(), QStringLiteral("Fishery")));
    }

    void permitsAcrossPeriods()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const CommonsResource forest = addForest();
        // 2025: 95 t of the 100 t.
        m_clock.set(QDateTime(QDate(2025, 12, 30), QTime(10, 0)));
        auto first = take(ana.number, units(95), QDate(2025, 3, 1));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->permitsShared, std::int64_t(950));
        auto account = commons::permitAccount(db(), forest.id, QDate(2025, 6, 1));
        QVERIFY(account.ok());
        QCOMPARE(account->sharedLeft, std::int64_t(50));
        QCOMPARE(account->extracted, units(95));
        QCOMPARE(account->period.label, QStringLiteral("2025"));

        // 6 t is more than the 5 t left: refused with the amount left, nothing recorded.
        const auto before = count("commons_extraction");
        auto refused = take(ana.number, units(6), QDate(2025, 12, 30));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Only 50 permits (5 t)")), qPrintable(refused.error().message));
        QCOMPARE(count("commons_extraction"), before);

        // A new year brings the period's permits back.
        m_clock.set(QDateTime(QDate(2026, 1, 2), QTime(10, 0)));
        auto next = take(ana.number, units(6), QDate(2026, 1, 2));
        QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));
        auto year = commons::permitAccount(db(), forest.id, QDate(2026, 1, 2));
        QCOMPARE(year->sharedLeft, std::int64_t(940));
        auto use = commons::useByPeriod(db(), forest.id, QDate(2024, 5, 1), QDate(2026, 1, 2));
        QVERIFY(use.ok());
        QCOMPARE(use->size(), 3);
        QCOMPARE(use->at(0).extracted, 0);
        QCOMPARE(use->at(1).extracted, units(95));
        QCOMPARE(use->at(1).permitsUsed, std::int64_t(950));
        QCOMPARE(use->at(2).extracted, units(6));
        verifyClean();
    }

    void monthlyPeriods()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        NewCommonsResource well;
        well.name = QStringLiteral("Well");
        well.unit = QStringLiteral("m³");
        well.period = CommonsResource::Period::Month;
        well.yieldPerPeriod = units(30);
        well.permitsPerPeriod = 30;
        well.createdOn = QDate(2026, 1, 1);
        QVERIFY(commons::addResource(db(), well, m_clock.now()).ok());
        ExtractionRequest r{QStringLiteral("Well"), ana.number, units(30), QDate(2026, 10, 31), QStringLiteral("test"), {}};
        auto whole = commons::extract(db(), r, m_clock.now());
        QVERIFY2(whole.ok(), whole.ok() ? "" : qPrintable(whole.error().message));
        r.quantity = 1;
        QVERIFY(!commons::extract(db(), r, m_clock.now()));
        r.date = QDate(2026, 11, 1);
        QVERIFY(commons::extract(db(), r, m_clock.now()).ok());
        QCOMPARE(commons::periodContaining(CommonsResource::Period::Month, QDate(2024, 2, 10)).last, QDate(2024, 2, 29));
    }

    void overrideBeyondPermits()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const CommonsResource forest = addForest();
        QVERIFY(take(ana.number, units(99)).ok());
        auto refused = take(ana.number, units(3));
        QVERIFY(!refused);
        auto blank = take(ana.number, units(3), {}, QStringLiteral("   "));
        QVERIFY(!blank);
        auto forced = take(ana.number, units(3), {}, QStringLiteral("Storm damage: fallen trees block the road"));
        QVERIFY2(forced.ok(), forced.ok() ? "" : qPrintable(forced.error().message));
        QCOMPARE(forced->permitsShared, std::int64_t(10));
        QCOMPARE(forced->permitsBeyond, std::int64_t(20));
        QCOMPARE(forced->overrideReason, QStringLiteral("Storm damage: fallen trees block the road"));
        auto logged = commons::overrides(db(), QDate(2026, 1, 1), today());
        QVERIFY(logged.ok());
        QCOMPARE(logged->size(), 1);
        QCOMPARE(logged->first().resourceName, forest.name);
        auto account = commons::permitAccount(db(), forest.id, today());
        QCOMPARE(account->overrides, 1);
        QCOMPARE(account->beyondPermits, std::int64_t(20));
        // Over the threshold: the light is red and says how much was used.
        auto light = commons::resourceLight(db(), forest.id, today());
        QVERIFY(light.ok());
        QCOMPARE(light->state, LightState::Red);
        QCOMPARE(light->percent, 102);
        QVERIFY2(light->summary.contains(QStringLiteral("102 t of 100 t")), qPrintable(light->summary));
    }

    void regenerationEarnsRightsAndCredits()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const CommonsResource forest = addForest();
        QVERIFY(take(ben.number, units(100)).ok());
        QVERIFY(!take(ana.number, units(1)));

        // 40 trees: 20 permits (half each) and 80 credits from the commons fund.
        auto planted = plant(ana.number, 40);
        QVERIFY2(planted.ok(), planted.ok() ? "" : qPrintable(planted.error().message));
        QCOMPARE(planted->permitsEarned, std::int64_t(20));
        QCOMPARE(planted->credits, credits(80));
        QCOMPARE(balanceOf(ana.number), credits(80));
        QCOMPARE(balanceOf(kCommonsFund), -credits(80));
        QCOMPARE(*commons::drawingRights(db(), forest.id, ana.number), std::int64_t(20));
        QCOMPARE(*commons::drawingRights(db(), forest.id, ben.number), std::int64_t(0));

        // The shared permits are gone, but Ana may draw on her own rights, and only Ana.
        QVERIFY(!take(ben.number, units(1)));
        auto drawn = take(ana.number, units(2));
        QVERIFY2(drawn.ok(), drawn.ok() ? "" : qPrintable(drawn.error().message));
        QCOMPARE(drawn->permitsEarned, std::int64_t(20));
        QCOMPARE(drawn->permitsShared, std::int64_t(0));
        QVERIFY(!take(ana.number, 1));
        auto account = commons::permitAccount(db(), forest.id, today());
        QCOMPARE(account->earnedInPeriod, std::int64_t(20));
        QCOMPARE(account->earnedUsed, std::int64_t(20));
        QCOMPARE(account->drawingRightsLeft, std::int64_t(0));

        // Bad regenerations change nothing.
        RegenerationRequest unverified{QStringLiteral("Oak forest"), ana.number, units(1), QStringLiteral("planted"), QString(), today(), {}};
        QVERIFY(!commons::regenerate(db(), unverified, m_clock.now()));
        RegenerationRequest future{QStringLiteral("Oak forest"), ana.number, units(1), QStringLiteral("planted"), QStringLiteral("Ana"),
                                   today().addDays(1), {}};
        QVERIFY(!commons::regenerate(db(), future, m_clock.now()));
        QCOMPARE(count("commons_regeneration"), 1);
        auto top = commons::topRegenerations(db(), QDate(2026, 1, 1), today(), 10);
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->first().action, QStringLiteral("planted 40 oaks"));
        verifyClean();
    }

    void extractionPriceChargedAndZeroSum()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const CommonsResource forest = addForest(credits(4), 2);
        // Use after the extraction is 50 t of 100 t: 4 × 0.5² = 1.00 credit a permit, × 500 permits.
        auto quote = commons::quoteExtraction(db(), {forest.name, ana.number, units(50), today(), {}, {}});
        QVERIFY(quote.ok());
        QCOMPARE(quote->pricePerPermit, std::int64_t(100));
        QCOMPARE(quote->charge, credits(500));
        QCOMPARE(count("commons_extraction"), 0); // a quote records nothing
        auto taken = take(ana.number, units(50));
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().message));
        QCOMPARE(taken->charge, credits(500));
        QVERIFY(taken->tradeId > 0);
        QCOMPARE(balanceOf(ana.number), -credits(500));
        QCOMPARE(balanceOf(kCommonsFund), credits(500));
        // The next 25 t is dearer: use 75 t → 4 × 0.75² = 2.25 a permit, 562.50 for 250
        // permits, more than the 500 credits Ana can still spend.
        auto dearer = commons::quoteExtraction(db(), {forest.name, ana.number, units(25), today(), {}, {}});
        QCOMPARE(dearer->pricePerPermit, std::int64_t(225));
        QCOMPARE(dearer->charge, std::int64_t(56250));
        // Beyond the credit line the extraction is refused and nothing is recorded.
        auto tooDear = take(ana.number, units(25));
        QVERIFY(!tooDear);
        QCOMPARE(count("commons_extraction"), 1);
        auto all = ledger::balances(db());
        std::int64_t sum = 0;
        for (const AccountBalance &b : *all)
            sum += b.balance;
        QCOMPARE(sum, 0);
        verifyClean();
    }

    void suspendedMembersCannotExtract()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addForest();
        QVERIFY(members::setStatus(db(), ana.number, Member::Status::Suspended, QStringLiteral("test"), m_clock.now()).ok());
        auto refused = take(ana.number, units(1));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("suspended")));
        QVERIFY(!take(999, units(1)));
        QVERIFY(!take(ana.number, units(1), today().addDays(1)));
    }

    void statusIsWorstFirstAndGreyWithoutData()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        addForest();
        NewCommonsResource well;
        well.name = QStringLiteral("A well");
        well.unit = QStringLiteral("m³");
        well.yieldPerPeriod = units(10);
        well.permitsPerPeriod = 10;
        well.createdOn = QDate(2026, 1, 1);
        QVERIFY(commons::addResource(db(), well, m_clock.now()).ok());
        NewCommonsResource soil = well;
        soil.name = QStringLiteral("Soil");
        QVERIFY(commons::addResource(db(), soil, m_clock.now()).ok());
        QVERIFY(take(ana.number, units(80)).ok()); // forest at 80 %: amber
        ExtractionRequest r{QStringLiteral("Soil"), ana.number, units(1), today(), {}, {}};
        QVERIFY(commons::extract(db(), r, m_clock.now()).ok()); // soil at 10 %: green
        auto lights = commons::status(db(), today());
        QVERIFY2(lights.ok(), lights.ok() ? "" : qPrintable(lights.error().message));
        QCOMPARE(lights->size(), 3);
        QCOMPARE(lights->at(0).name, QStringLiteral("Oak forest"));
        QCOMPARE(lights->at(0).state, LightState::Amber);
        QCOMPARE(lights->at(1).name, QStringLiteral("A well"));
        QCOMPARE(lights->at(1).state, LightState::Grey);
        QVERIFY(!lights->at(1).value);
        QCOMPARE(lights->at(2).state, LightState::Green);
        QCOMPARE(lights->at(2).percent, 10);
    }
};

QTEST_GUILESS_MAIN(TestCommons)
#include "tst_commons.moc"
