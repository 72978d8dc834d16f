// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The commons screens' C++ side against a real vault with
// TestEnvironment::commonsSeed's resources and indicators: CommonsLightsModel
// (worst first, words and symbols), the detail objects and their lists,
// CommonsController's operations with their refusals, and CommonsChartData
// filling a series in one go. Every model runs under QAbstractItemModelTester.
#include "testenvironment.h"

#include "commons/commons.h"
#include "commons/commonschartdata.h"
#include "commons/commonscontroller.h"
#include "commons/commonsdetails.h"
#include "commons/commonslightsmodel.h"
#include "commons/indicators.h"
#include "ledger/ledgercontroller.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QLineSeries>

using namespace mycelium;

namespace {
constexpr int kTimeout = 15000;

QString valueOf(const QVariantList &facts, const QString &label)
{
    for (const QVariant &fact : facts) {
        const QVariantMap map = fact.toMap();
        if (map.value(QStringLiteral("label")).toString() == label)
            return map.value(QStringLiteral("value")).toString();
    }
    return QStringLiteral("(no %1)").arg(label);
}
} // namespace

class TestCommonsModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<CommonsController> m_commons;

    Database &db() { return m_env->session()->vault()->database(); }

    qint64 resourceId(const QString &name) { return commons::resource(db(), name)->id; }
    qint64 indicatorId(const QString &name) { return indicators::byName(db(), name)->id; }

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
        QCOMPARE(m_env->commonsSeed(), 7);
        m_commons = std::make_unique<CommonsController>();
        m_commons->setLedger(m_env->ledger());
        QVERIFY(m_commons->ready());
    }

    void cleanup()
    {
        if (m_env->session()->vault())
            QVERIFY(m_env->session()->vault()->verify().isEmpty());
        m_commons.reset();
        m_env->session()->lock();
        m_env->resetClock();
    }

    void cleanupTestCase() { m_env.reset(); }

    void lightsAreWorstFirstWithWordsAndSymbols()
    {
        CommonsLightsModel lights;
        QAbstractItemModelTester tester(&lights, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lights.setCommons(m_commons.get());
        QCOMPARE(lights.count(), 7);
        QCOMPARE(column(lights, CommonsLightsModel::NameRole),
                 (QStringList{QStringLiteral("Carbon emissions"), QStringLiteral("Village well"), QStringLiteral("Bird species"),
                              QStringLiteral("Village forest"), QStringLiteral("Air quality"), QStringLiteral("Groundwater level"),
                              QStringLiteral("Solar array")}));
        QCOMPARE(column(lights, CommonsLightsModel::StateRole),
                 (QStringList{QStringLiteral("red"), QStringLiteral("red"), QStringLiteral("amber"), QStringLiteral("amber"),
                              QStringLiteral("grey"), QStringLiteral("grey"), QStringLiteral("green")}));
        QCOMPARE(column(lights, CommonsLightsModel::SymbolRole),
                 (QStringList{QStringLiteral("✕"), QStringLiteral("✕"), QStringLiteral("!"), QStringLiteral("!"), QStringLiteral("?"),
                              QStringLiteral("?"), QStringLiteral("✓")}));
        QCOMPARE(lights.redCount(), 2);
        QCOMPARE(lights.amberCount(), 2);
        QCOMPARE(lights.greyCount(), 2);
        QCOMPARE(lights.greenCount(), 1);
        const QVariantMap well = lights.get(1);
        QCOMPARE(well.value(QStringLiteral("subject")).toString(), QStringLiteral("resource"));
        QCOMPARE(well.value(QStringLiteral("word")).toString(), QStringLiteral("Over the limit"));
        QCOMPARE(well.value(QStringLiteral("valueText")).toString(), QStringLiteral("250 m³"));
        QCOMPARE(well.value(QStringLiteral("thresholdText")).toString(), QStringLiteral("200 m³"));
        QCOMPARE(well.value(QStringLiteral("percent")).toInt(), 125);
        QVERIFY2(well.value(QStringLiteral("accessibleText")).toString().startsWith(QLatin1String("Village well: Over the limit.")),
                 qPrintable(well.value(QStringLiteral("accessibleText")).toString()));
        QCOMPARE(lights.get(5).value(QStringLiteral("valueText")).toString(), QStringLiteral("No data"));
        QCOMPARE(lights.rowOf(QStringLiteral("resource"), resourceId(QStringLiteral("Solar array"))), 6);
        QCOMPARE(lights.rowOf(QStringLiteral("indicator"), resourceId(QStringLiteral("Solar array")) + 1000), -1);
        QVERIFY(lights.get(99).isEmpty());
        // Locked: no lights; unlocked again: back.
        m_env->session()->lock();
        QTRY_COMPARE(lights.count(), 0);
    }

    void aResourcesPermitsAndHistory()
    {
        CommonsResourceDetails details;
        QAbstractItemModelTester extractions(details.extractions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester regenerations(details.regenerations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setCommons(m_commons.get());
        details.setResourceId(resourceId(QStringLiteral("Village forest")));
        QVERIFY2(details.exists(), qPrintable(details.error()));
        QCOMPARE(details.name(), QStringLiteral("Village forest"));
        QCOMPARE(details.lightState(), QStringLiteral("amber"));
        QCOMPARE(details.word(), QStringLiteral("Near the limit"));
        QCOMPARE(details.periodLabel(), QStringLiteral("2026"));
        QCOMPARE(details.permits(), 1000);
        QCOMPARE(details.used(), 800);
        QCOMPARE(details.left(), 200);
        QCOMPARE(details.drawingRights(), 20); // four trees at 5 permits
        QCOMPARE(details.threshold(), 100.0);
        QCOMPARE(details.regenerationUnit(), QStringLiteral("trees"));
        QVERIFY2(details.priceNowText().endsWith(QLatin1String(" per permit")), qPrintable(details.priceNowText()));
        QCOMPARE(valueOf(details.facts(), QStringLiteral("Warning bands")), QStringLiteral("amber from 70 %, red above 100 %"));
        QCOMPARE(details.extractions()->rowCount(), 8);
        QCOMPARE(details.regenerations()->rowCount(), 1);
        const QString planted = details.regenerations()->data(details.regenerations()->index(0), CommonsHistoryModel::TextRole).toString();
        QVERIFY2(planted.contains(QStringLiteral("planted 4 oaks by the stream, verified by Ingrid Sørensen")), qPrintable(planted));
        details.setRecentLimit(3);
        QCOMPARE(details.extractions()->rowCount(), 3);
        details.setResourceId(999);
        QVERIFY(!details.exists());
        QVERIFY(!details.error().isEmpty());
        QCOMPARE(details.extractions()->rowCount(), 0);
    }

    void anIndicatorsLatestAndCount()
    {
        CommonsIndicatorDetails details;
        details.setCommons(m_commons.get());
        details.setIndicatorId(indicatorId(QStringLiteral("Bird species")));
        QVERIFY2(details.exists(), qPrintable(details.error()));
        QVERIFY(details.higherIsBetter());
        QCOMPARE(details.lightState(), QStringLiteral("amber"));
        QCOMPARE(details.latestText(), QStringLiteral("50 species"));
        QCOMPARE(details.measurementCount(), 7);
        QCOMPARE(valueOf(details.facts(), QStringLiteral("Planetary boundary")), QStringLiteral("biosphere integrity"));
        details.setIndicatorId(indicatorId(QStringLiteral("Groundwater level")));
        QCOMPARE(details.latestText(), QStringLiteral("No measurement yet"));
        QCOMPARE(details.lightState(), QStringLiteral("grey"));
    }

    void anExtractionIsQuotedRefusedAndOverridden()
    {
        const qint64 well = resourceId(QStringLiteral("Village well"));
        QVariantMap quote = m_commons->quoteExtraction(well, 4, QStringLiteral("60"), QString(), QString());
        QCOMPARE(quote.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(quote.value(QStringLiteral("refusal")).toString().contains(QLatin1String("50")),
                 qPrintable(quote.value(QStringLiteral("refusal")).toString()));
        QCOMPARE(quote.value(QStringLiteral("permitsLeft")).toLongLong(), 50);
        // Typing problems are not refusals.
        quote = m_commons->quoteExtraction(well, 4, QStringLiteral("sixty"), QString(), QString());
        QVERIFY(quote.value(QStringLiteral("refusal")).toString().isEmpty());
        QVERIFY(!quote.value(QStringLiteral("error")).toString().isEmpty());
        quote = m_commons->quoteExtraction(well, -1, QStringLiteral("6"), QString(), QString());
        QCOMPARE(quote.value(QStringLiteral("error")).toString(), QStringLiteral("Choose the member who takes it."));
        quote = m_commons->quoteExtraction(well, 4, QStringLiteral("6"), QString(), QString());
        QVERIFY2(quote.value(QStringLiteral("ok")).toBool(), qPrintable(quote.value(QStringLiteral("error")).toString()));
        QCOMPARE(quote.value(QStringLiteral("permitsNeeded")).toLongLong(), 6);

        const int before = m_env->commonsExtractionCount(QStringLiteral("Village well"));
        QSignalSpy answers(m_commons.get(), &CommonsController::operationFinished);
        QVERIFY(!m_commons->extract(well, 4, QStringLiteral("60"), QString(), QString()));
        QCOMPARE(answers.last().at(0).toString(), QStringLiteral("extract"));
        QVERIFY(m_commons->lastError().contains(QLatin1String("50")));
        QCOMPARE(m_env->commonsExtractionCount(QStringLiteral("Village well")), before);
        QVERIFY(!m_commons->extractWithOverride(well, 4, QStringLiteral("60"), QString(), QStringLiteral("  ")));
        QCOMPARE(m_env->commonsExtractionCount(QStringLiteral("Village well")), before);
        QVERIFY(m_commons->currentOverrides().isEmpty());
        QVERIFY(m_commons->extractWithOverride(well, 4, QStringLiteral("60"), QString(), QStringLiteral("Fire brigade")));
        QCOMPARE(answers.last().at(0).toString(), QStringLiteral("override"));
        QCOMPARE(answers.last().at(1).toBool(), true);
        QCOMPARE(m_env->commonsExtractionCount(QStringLiteral("Village well")), before + 1);
        QCOMPARE(m_commons->currentOverrides().size(), 1);
        const QVariantMap shown = m_commons->currentOverrides().constFirst().toMap();
        QCOMPARE(shown.value(QStringLiteral("reason")).toString(), QStringLiteral("Fire brigade"));
        QCOMPARE(shown.value(QStringLiteral("resource")).toString(), QStringLiteral("Village well"));
        QCOMPARE(m_commons->overridesPeriodText(), QStringLiteral("March 2026"));
    }

    void regenerationEarnsDrawingRights()
    {
        const qint64 forest = resourceId(QStringLiteral("Village forest"));
        QVERIFY(!m_commons->regenerate(forest, 5, QStringLiteral("2"), QString(), QStringLiteral("Ingrid"), QString()));
        QVERIFY(!m_commons->lastError().isEmpty());
        QVERIFY2(m_commons->regenerate(forest, 5, QStringLiteral("2"), QStringLiteral("planted 2 beeches"), QStringLiteral("Ingrid"), QString()),
                 qPrintable(m_commons->lastError()));
        QCOMPARE(*commons::drawingRights(db(), forest, 5), 10);
    }

    void aMeasurementUpdatesTheLight()
    {
        CommonsLightsModel lights;
        QAbstractItemModelTester tester(&lights, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lights.setCommons(m_commons.get());
        const qint64 air = indicatorId(QStringLiteral("Air quality"));
        QCOMPARE(lights.get(lights.rowOf(QStringLiteral("indicator"), air)).value(QStringLiteral("state")).toString(), QStringLiteral("grey"));
        QVERIFY(!m_commons->recordMeasurement(air, QString(), QStringLiteral("thirty")));
        QVERIFY(!m_commons->recordMeasurement(air, QStringLiteral("2027-01-01"), QStringLiteral("30")));
        QVERIFY2(m_commons->recordMeasurement(air, QString(), QStringLiteral("30")), qPrintable(m_commons->lastError()));
        QCOMPARE(lights.get(lights.rowOf(QStringLiteral("indicator"), air)).value(QStringLiteral("state")).toString(), QStringLiteral("red"));
    }

    void anImportIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sensor.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("indicator,date,value\nAir quality,2026-03-10,20\nAir quality,2026-03-11,twenty\n");
        file.close();
        QVERIFY(!m_commons->importMeasurements(QUrl::fromLocalFile(path)));
        QVERIFY2(m_commons->lastError().contains(QLatin1String("line 3")), qPrintable(m_commons->lastError()));
        QVERIFY2(m_commons->lastError().contains(QLatin1String("value")), qPrintable(m_commons->lastError()));
        QCOMPARE(indicators::measurements(db(), indicatorId(QStringLiteral("Air quality")), {}, {})->size(), 1);
        QVERIFY(!m_commons->importMeasurements(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.csv")))));
    }

    void resourcesAndIndicatorsAreAddedFromTheirForms()
    {
        QVariantMap fields = m_commons->resourceFields(0);
        QCOMPARE(fields.value(QStringLiteral("elasticity")).toInt(), 2);
        fields.insert(QStringLiteral("name"), QStringLiteral("Fishery"));
        fields.insert(QStringLiteral("unit"), QStringLiteral("kg"));
        fields.insert(QStringLiteral("yield"), QStringLiteral("1,200.5"));
        fields.insert(QStringLiteral("permits"), QStringLiteral("120"));
        fields.insert(QStringLiteral("basePrice"), QStringLiteral("0.50"));
        QVERIFY2(m_commons->saveResource(0, fields), qPrintable(m_commons->lastError()));
        const CommonsResource fishery = *commons::resource(db(), QStringLiteral("Fishery"));
        QCOMPARE(fishery.yieldPerPeriod, 1200500);
        QCOMPARE(fishery.basePrice, 50);
        QCOMPARE(m_commons->resourceFields(fishery.id).value(QStringLiteral("yield")).toString(), QStringLiteral("1200.5"));
        fields.insert(QStringLiteral("permits"), QStringLiteral("many"));
        QVERIFY(!m_commons->saveResource(fishery.id, fields));
        QVERIFY(m_commons->lastError().contains(QLatin1String("Permits per period")));

        QVariantMap indicator = m_commons->indicatorFields(0);
        indicator.insert(QStringLiteral("name"), QStringLiteral("Nitrogen"));
        indicator.insert(QStringLiteral("unit"), QStringLiteral("kg/ha"));
        indicator.insert(QStringLiteral("threshold"), QStringLiteral("62.5"));
        QVERIFY2(m_commons->saveIndicator(0, indicator), qPrintable(m_commons->lastError()));
        QCOMPARE(indicators::byName(db(), QStringLiteral("Nitrogen"))->threshold, 62500);
        QCOMPARE(m_commons->indicatorOptions().size(), 5);
    }

    void aChartIsFilledInOneGo()
    {
        CommonsChartData chart;
        chart.setCommons(m_commons.get());
        QLineSeries series;
        const qint64 carbon = indicatorId(QStringLiteral("Carbon emissions"));
        QVariantMap answer = chart.plotIndicator(&series, carbon, QStringLiteral("1y"));
        QCOMPARE(answer.value(QStringLiteral("points")).toInt(), series.count());
        QVERIFY(series.count() >= 52);
        QCOMPARE(answer.value(QStringLiteral("maximum")).toDouble(), 12.0);
        QCOMPARE(answer.value(QStringLiteral("to")).toDateTime().date(), TestEnvironment::today());
        QCOMPARE(answer.value(QStringLiteral("from")).toDateTime().date(), TestEnvironment::today().addYears(-1).addDays(1));
        chart.setMaxPoints(10);
        answer = chart.plotIndicator(&series, carbon, QStringLiteral("all"));
        QVERIFY(series.count() <= 10);
        QVERIFY(series.count() > 0);
        answer = chart.plotResource(&series, resourceId(QStringLiteral("Village well")), QStringLiteral("1y"));
        QVERIFY(series.count() > 0);
        QCOMPARE(answer.value(QStringLiteral("maximum")).toDouble(), 250.0);
        // Not a series: nothing drawn, no crash.
        QTest::ignoreMessage(QtWarningMsg, "CommonsChartData::plotIndicator needs a LineSeries, not QObject");
        QObject notASeries;
        chart.plotIndicator(&notASeries, carbon, QStringLiteral("1y"));
    }
};

int main(int argc, char *argv[])
{
    // Qt Charts' series need a QApplication.
    QApplication app(argc, argv);
    TestCommonsModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_commonsmodels.moc"
