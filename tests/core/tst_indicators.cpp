// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/indicators.h"
#include "common/clock.h"
#include "commons/quantity.h"
#include "storage/database.h"
#include "testvaults.h"
#include "vault/vault.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mycelium;

class TestIndicators : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    test::TestVaults m_vaults{m_clock};
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    QDate today() const { return m_clock.today(); }
    std::int64_t count(const char *sql) { return *db().scalar(QLatin1String(sql)); }

    NewIndicator carbon(std::int64_t threshold = 500'000)
    {
        NewIndicator i;
        i.name = QStringLiteral("Atmospheric CO2");
        i.unit = QStringLiteral("ppm");
        i.boundary = QStringLiteral("climate change");
        i.threshold = threshold;
        i.createdOn = today();
        return i;
    }

    Indicator add(const NewIndicator &request)
    {
        auto added = indicators::add(db(), request, m_clock.now());
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return *added;
    }

    void put(const QString &name, QDate day, std::int64_t value)
    {
        auto recorded = indicators::record(db(), name, day, value, {}, m_clock.now());
        if (!recorded)
            qFatal("%s", qPrintable(recorded.error().message));
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

    void addAndUpdateValidate()
    {
        const std::int64_t entries = count("SELECT count(*) FROM journal");
        const Indicator co2 = add(carbon());
        QCOMPARE(co2.name, QStringLiteral("Atmospheric CO2"));
        QCOMPARE(co2.threshold, 500'000);
        QCOMPARE(co2.staleAfterDays, 45);
        QCOMPARE(co2.bands, Bands{});
        QCOMPARE(count("SELECT count(*) FROM journal"), entries + 1);
        QCOMPARE(indicators::byName(db(), QStringLiteral(" atmospheric  co2 "))->id, co2.id);
        QVERIFY(!indicators::byName(db(), QStringLiteral("Nitrogen")));

        // Unique without case, also for letters beyond ASCII.
        NewIndicator again = carbon();
        again.name = QStringLiteral("ATMOSPHERIC co2");
        auto clash = indicators::add(db(), again, m_clock.now());
        QVERIFY(!clash);
        QVERIFY2(clash.error().message.contains(QLatin1String("Atmospheric CO2")), qPrintable(clash.error().message));
        NewIndicator water = carbon();
        water.name = QStringLiteral("Grundwasser Äcker");
        add(water);
        water.name = QStringLiteral("grundwasser äcker");
        QVERIFY(!indicators::add(db(), water, m_clock.now()));
        QCOMPARE(indicators::byName(db(), QStringLiteral("GRUNDWASSER ÄCKER"))->name, QStringLiteral("Grundwasser Äcker"));

        struct Bad {
            const char *field;
            std::function<void(NewIndicator &)> spoil;
        };
        const QList<Bad> bad = {
            {"name", [](NewIndicator &i) { i.name = QStringLiteral("  "); }},
            {"unit", [](NewIndicator &i) { i.unit = QString(); }},
            {"threshold", [](NewIndicator &i) { i.threshold = 0; }},
            {"bands", [](NewIndicator &i) { i.bands = {80, 70}; }},
            {"stale", [](NewIndicator &i) { i.staleAfterDays = 0; }},
            {"date", [](NewIndicator &i) { i.createdOn = QDate(); }},
        };
        for (const Bad &b : bad) {
            NewIndicator i = carbon();
            i.name = QStringLiteral("Nitrogen");
            b.spoil(i);
            auto refused = indicators::add(db(), i, m_clock.now());
            QVERIFY2(!refused, b.field);
            QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(refused.error().message.contains(QLatin1String(b.field)), qPrintable(refused.error().message));
        }
        QCOMPARE(count("SELECT count(*) FROM eco_indicator"), 2);

        NewIndicator changed = carbon(450'000);
        changed.name = QStringLiteral("CO2");
        changed.direction = Direction::LowerIsBetter;
        changed.staleAfterDays = 10;
        auto updated = indicators::update(db(), co2.id, changed, m_clock.now());
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated->name, QStringLiteral("CO2"));
        QCOMPARE(updated->threshold, 450'000);
        QCOMPARE(updated->staleAfterDays, 10);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'indicator_updated'"), 1);
        changed.name = QStringLiteral("grundwasser ÄCKER");
        QVERIFY(!indicators::update(db(), co2.id, changed, m_clock.now()));
        QVERIFY(!indicators::update(db(), 999, carbon(), m_clock.now()));

        auto all = indicators::list(db());
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("CO2"));
        QVERIFY(m_vault->verify().isEmpty());
    }

    void recordReplacesADay()
    {
        add(carbon());
        const QDate day(2026, 11, 20);
        auto first = indicators::record(db(), QStringLiteral("atmospheric co2"), day, 412'500, {}, m_clock.now());
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->value, 412'500);
        QCOMPARE(first->source, QStringLiteral("hand"));
        const std::int64_t entries = count("SELECT count(*) FROM journal");

        // The same value again writes nothing.
        QVERIFY(indicators::record(db(), QStringLiteral("Atmospheric CO2"), day, 412'500, {}, m_clock.now()));
        QCOMPARE(count("SELECT count(*) FROM journal"), entries);

        auto second = indicators::record(db(), QStringLiteral("Atmospheric CO2"), day, 413'000, QStringLiteral("station 4"), m_clock.now());
        QVERIFY(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->value, 413'000);
        QCOMPARE(second->source, QStringLiteral("station 4"));
        QCOMPARE(count("SELECT count(*) FROM eco_measurement"), 1);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'measurement_replaced'"), 1);
        // The journal keeps the old and the new value.
        auto body = db().prepare(QStringLiteral("SELECT body FROM journal WHERE kind = 'measurement_replaced'"));
        QVERIFY(body && body->next());
        QVERIFY(body->blob(0).contains("412500"));
        QVERIFY(body->blob(0).contains("413000"));

        auto future = indicators::record(db(), QStringLiteral("Atmospheric CO2"), today().addDays(1), 1, {}, m_clock.now());
        QVERIFY(!future);
        QVERIFY(future.error().message.contains(QLatin1String("future")));
        auto unknown = indicators::record(db(), QStringLiteral("Methane"), day, 1, {}, m_clock.now());
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QLatin1String("Methane")));
        QCOMPARE(count("SELECT count(*) FROM eco_measurement"), 1);

        auto latest = indicators::latest(db(), first->indicatorId);
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->value, 413'000);
        QVERIFY(m_vault->verify().isEmpty());
    }

    void seriesDownsamplesToExactMeans()
    {
        const Indicator co2 = add(carbon());
        const QDate start(2026, 11, 1);
        // Ten days 1, 2, ..., 10 (thousandths) and a negative run.
        for (int i = 0; i < 10; ++i)
            put(co2.name, start.addDays(i), i + 1);

        auto all = indicators::series(db(), co2.id, start, start.addDays(9), 10);
        QVERIFY(all);
        QCOMPARE(all->size(), 10);
        QCOMPARE(all->at(3).day, start.addDays(3));
        QCOMPARE(all->at(3).value, 4);

        // Four points over ten days: runs of three days (1,2,3 | 4,5,6 | 7,8,9 | 10).
        auto four = indicators::series(db(), co2.id, start, start.addDays(9), 4);
        QVERIFY(four);
        QCOMPARE(four->size(), 4);
        QCOMPARE(four->at(0).day, start);
        QCOMPARE(four->at(0).value, 2);
        QCOMPARE(four->at(1).day, start.addDays(3));
        QCOMPARE(four->at(1).value, 5);
        QCOMPARE(four->at(3).value, 10);

        // Runs of two: 1.5 → 2, 3.5 → 4 (half away from zero).
        auto five = indicators::series(db(), co2.id, start, start.addDays(9), 5);
        QVERIFY(five);
        QCOMPARE(five->size(), 5);
        QCOMPARE(five->at(0).value, 2);
        QCOMPARE(five->at(1).value, 4);

        // Negative means round away from zero too: −1, −2 → −1.5 → −2.
        const Indicator soil = add([&] {
            NewIndicator i = carbon();
            i.name = QStringLiteral("Soil balance");
            return i;
        }());
        put(soil.name, start, -1);
        put(soil.name, start.addDays(1), -2);
        put(soil.name, start.addDays(2), -4);
        auto negative = indicators::series(db(), soil.id, {}, {}, 2);
        QVERIFY(negative);
        QCOMPARE(negative->size(), 2);
        QCOMPARE(negative->at(0).value, -2);
        QCOMPARE(negative->at(1).value, -4);

        QVERIFY(!indicators::series(db(), co2.id, {}, {}, 0));
        QCOMPARE(indicators::series(db(), co2.id, QDate(2020, 1, 1), QDate(2020, 2, 1), 10)->size(), 0);
    }

    void tenYearsOfDailyDataStayFast()
    {
        const Indicator co2 = add(carbon());
        // Written straight into the table: the journal is not what is measured here.
        Transaction tx(db());
        auto insert = db().prepare(QStringLiteral("INSERT INTO eco_measurement (indicator, day, value, source) VALUES (?, ?, ?, 'test')"));
        QVERIFY(insert);
        const QDate first = today().addYears(-10);
        std::int64_t days = 0;
        for (QDate d = first; d <= today(); d = d.addDays(1), ++days) {
            QVERIFY(insert->bind(1, co2.id).bind(2, d.toString(Qt::ISODate)).bind(3, std::int64_t(400'000 + days)).exec());
            (void)insert->reset();
        }
        QVERIFY(tx.commit());

        QElapsedTimer timer;
        timer.start();
        auto chart = indicators::series(db(), co2.id, first, today(), 500);
        const qint64 ms = timer.elapsed();
        QVERIFY(chart);
        QVERIFY(chart->size() <= 500);
        QVERIFY(chart->size() >= 450);
        // The first run's mean: days 0..run−1 of 400,000 + day.
        const std::int64_t run = (days + 499) / 500;
        QCOMPARE(chart->at(0).value, 400'000 + (run - 1) / 2 + ((run - 1) % 2 ? 1 : 0));
        qInfo("series of %lld days into %lld points: %lld ms", qlonglong(days), qlonglong(chart->size()), qlonglong(ms));
        auto months = indicators::monthlyMeans(db(), co2.id, {}, {});
        QVERIFY(months);
        QCOMPARE(months->size(), 121);
    }

    void monthlyMeans()
    {
        const Indicator co2 = add(carbon());
        put(co2.name, QDate(2026, 9, 30), 100);
        put(co2.name, QDate(2026, 10, 1), 10);
        put(co2.name, QDate(2026, 10, 31), 21);
        put(co2.name, QDate(2026, 11, 2), 7);
        auto means = indicators::monthlyMeans(db(), co2.id, QDate(2026, 10, 1), QDate(2026, 11, 30));
        QVERIFY(means);
        QCOMPARE(means->size(), 2);
        QCOMPARE(means->at(0).day, QDate(2026, 10, 1));
        QCOMPARE(means->at(0).value, 16); // 15.5 rounds up
        QCOMPARE(means->at(1).day, QDate(2026, 11, 1));
        QCOMPARE(means->at(1).value, 7);
        auto all = indicators::measurements(db(), co2.id, {}, QDate(2026, 10, 1));
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).day, QDate(2026, 9, 30));
    }

    void lightBands_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("state");
        // Threshold 500 units (500,000 thousandths).
        const int lower = int(Direction::LowerIsBetter);
        const int higher = int(Direction::HigherIsBetter);
        QTest::newRow("just below 70 %") << lower << qint64(349'999) << int(LightState::Green);
        QTest::newRow("exactly 70 %") << lower << qint64(350'000) << int(LightState::Amber);
        QTest::newRow("exactly 100 %") << lower << qint64(500'000) << int(LightState::Amber);
        QTest::newRow("just above 100 %") << lower << qint64(500'001) << int(LightState::Red);
        QTest::newRow("zero") << lower << qint64(0) << int(LightState::Green);
        // Higher is better reads threshold / value.
        QTest::newRow("higher: at the threshold") << higher << qint64(500'000) << int(LightState::Amber);
        QTest::newRow("higher: just below") << higher << qint64(499'999) << int(LightState::Red);
        // 500 / 0.7 = 714.2857...: the last amber and the first green thousandth.
        QTest::newRow("higher: just below 1/70 %") << higher << qint64(714'285) << int(LightState::Amber);
        QTest::newRow("higher: just above 1/70 %") << higher << qint64(714'286) << int(LightState::Green);
        QTest::newRow("higher: zero") << higher << qint64(0) << int(LightState::Red);
    }

    void lightBands()
    {
        QFETCH(int, direction);
        QFETCH(qint64, value);
        QFETCH(int, state);
        NewIndicator request = carbon();
        request.direction = Direction(direction);
        const Indicator co2 = add(request);
        put(co2.name, QDate(2026, 11, 20), value);
        auto light = indicators::light(db(), co2.id, today());
        QVERIFY2(light, light ? "" : qPrintable(light.error().message));
        QCOMPARE(int(light->state), state);
        QCOMPARE(light->subject, CommonsLight::Subject::Indicator);
        QCOMPARE(light->value, std::optional<std::int64_t>(value));
        QCOMPARE(light->asOf, QDate(2026, 11, 20));
        QCOMPARE(light->periodLabel, QStringLiteral("November 2026"));
        QCOMPARE(light->percent, lights::percentOf(value, 500'000));
    }

    void lightSummaryStaleAndMissing()
    {
        const Indicator co2 = add(carbon());
        auto none = indicators::light(db(), co2.id, today());
        QVERIFY(none);
        QCOMPARE(none->state, LightState::Grey);
        QVERIFY(!none->value);
        QCOMPARE(none->summary, QStringLiteral("No measurement yet."));

        put(co2.name, QDate(2026, 11, 20), 412'500);
        auto fresh = indicators::light(db(), co2.id, today());
        QVERIFY(fresh);
        QCOMPARE(fresh->state, LightState::Amber);
        QCOMPARE(fresh->percent, 82);
        QCOMPARE(fresh->summary, QStringLiteral("Latest 412.5 ppm on 2026-11-20, 82 % of the threshold 500 ppm."));

        // 45 days old is still fresh; 46 is stale.
        auto edge = indicators::light(db(), co2.id, QDate(2026, 11, 20).addDays(45));
        QCOMPARE(edge->state, LightState::Amber);
        auto stale = indicators::light(db(), co2.id, QDate(2026, 11, 20).addDays(46));
        QVERIFY(stale);
        QCOMPARE(stale->state, LightState::Grey);
        QCOMPARE(stale->value, std::optional<std::int64_t>(412'500));
        QCOMPARE(stale->summary, QStringLiteral("No measurement since 2026-11-20."));

        // As of a day before the first measurement there is none.
        QCOMPARE(indicators::light(db(), co2.id, QDate(2026, 11, 1))->state, LightState::Grey);
        QVERIFY(!indicators::light(db(), 999, today()));
    }

    void lightTrend()
    {
        const Indicator co2 = add(carbon());
        // Monthly means 400, 400, 400, then 300: lower is better, so improving.
        for (int m = 0; m < 4; ++m)
            put(co2.name, QDate(2026, 8 + m, 10), m < 3 ? 400'000 : 300'000);
        auto light = indicators::light(db(), co2.id, today());
        QVERIFY(light);
        QCOMPARE(light->recent, (QList<std::int64_t>{400'000, 400'000, 400'000, 300'000}));
        QCOMPARE(light->trend, Trend::Improving);
        put(co2.name, QDate(2026, 11, 20), 700'000); // November's mean: 500
        light = indicators::light(db(), co2.id, today());
        QCOMPARE(light->recent.last(), 500'000);
        QCOMPARE(light->trend, Trend::Worsening);
        QCOMPARE(light->state, LightState::Red);

        // Only the last six months count.
        put(co2.name, QDate(2026, 1, 10), 1);
        light = indicators::light(db(), co2.id, today());
        QCOMPARE(light->recent.size(), 4);

        const Indicator single = add([&] {
            NewIndicator i = carbon();
            i.name = QStringLiteral("Nitrate");
            return i;
        }());
        put(single.name, QDate(2026, 11, 1), 5);
        QCOMPARE(indicators::light(db(), single.id, today())->trend, Trend::Unknown);
    }

    void regionalBudget()
    {
        using indicators::kShareScale;
        // 1,000 t × (0.1 + 0.3) / 2 = 200 t.
        QCOMPARE(indicators::regionalBudget(1'000'000, kShareScale / 10, 3 * kShareScale / 10), 200'000);
        // Half up: 1 thousandth × (1/2 + 0) / 2 = 0.25 → 0; 3 × 1/2 / 2 = 0.75 → 1; 0.5 → 1.
        QCOMPARE(indicators::regionalBudget(1, kShareScale / 2, 0), 0);
        QCOMPARE(indicators::regionalBudget(3, kShareScale / 2, 0), 1);
        QCOMPARE(indicators::regionalBudget(1, kShareScale, 0), 1);
        // The largest figure with whole shares stays exact.
        QCOMPARE(indicators::regionalBudget(quantity::kMaximum, kShareScale, kShareScale), quantity::kMaximum);
        // A village of 300 in 8 billion people, with 0.0000375 % of ecosystem services,
        // of a 1,000 Gt CO2 budget (in t: 10^12 t, thousandths 10^15).
        const auto population = indicators::parseShare(QStringLiteral("300/8000000000"));
        const auto ecosystem = indicators::parseShare(QStringLiteral("0.0000375%"));
        QVERIFY(population && ecosystem);
        QCOMPARE(*population, 37'500);
        QCOMPARE(*ecosystem, 375'000);
        // 10^15 × 412,500 / (2 × 10^12) = 206,250,000 thousandths: 206,250 t.
        QCOMPARE(indicators::regionalBudget(quantity::kMaximum, *population, *ecosystem), 206'250'000);
        // 7 × 1/3 share... of the scale: 7 × 333,333,333,333 / (2 × 10^12) = 1.1666 → 1.
        QCOMPARE(indicators::regionalBudget(7, *indicators::parseShare(QStringLiteral("1/3")), 0), 1);
    }

    void parseShareForms()
    {
        using indicators::parseShare;
        QCOMPARE(parseShare(QStringLiteral("0.0000375")), std::optional<std::int64_t>(37'500'000));
        QCOMPARE(parseShare(QStringLiteral("37.5%")), std::optional<std::int64_t>(375'000'000'000));
        QCOMPARE(parseShare(QStringLiteral(" 37.5 % ")), std::optional<std::int64_t>(375'000'000'000));
        QCOMPARE(parseShare(QStringLiteral("1")), std::optional<std::int64_t>(indicators::kShareScale));
        QCOMPARE(parseShare(QStringLiteral("100%")), std::optional<std::int64_t>(indicators::kShareScale));
        QCOMPARE(parseShare(QStringLiteral("0")), std::optional<std::int64_t>(0));
        QCOMPARE(parseShare(QStringLiteral(".5")), std::optional<std::int64_t>(500'000'000'000));
        QCOMPARE(parseShare(QStringLiteral("1/3")), std::optional<std::int64_t>(333'333'333'333));
        QCOMPARE(parseShare(QStringLiteral("2/3")), std::optional<std::int64_t>(666'666'666'667));
        QCOMPARE(parseShare(QStringLiteral("0.0000000000005")), std::optional<std::int64_t>(1)); // half up
        QCOMPARE(parseShare(QStringLiteral("0.0000000000004")), std::optional<std::int64_t>(0));
        for (const char *bad : {"", "abc", "1.5", "101%", "3/2", "1/0", "-0.1", "1e-3", "0.5.5", "1/", "/3", "5.", "%"})
            QVERIFY2(!parseShare(QLatin1String(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
