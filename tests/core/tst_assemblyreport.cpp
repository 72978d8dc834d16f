// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The assembly report, read back as a person's tools read it: pdfinfo counts
// the pages, pdftotext finds the names, the reasons and the words of the
// lights. The data comes by hand for the drawing, and from a vault filled by
// the commons demo for the gathering.
#include "common/clock.h"
#include "commons/commonsdemo.h"
#include "ledger/demo.h"
#include "pdfcheck.h"
#include "reports/assemblyreport.h"
#include "reports/assemblyreportpdf.h"
#include "storage/database.h"
#include "testvaults.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;
using namespace mycelium::test;

namespace {

CommonsLight light(CommonsLight::Subject subject, std::int64_t id, const QString &name, const QString &unit, LightState state,
                   std::optional<std::int64_t> value, std::int64_t threshold, Direction direction = Direction::LowerIsBetter)
{
    CommonsLight l;
    l.subject = subject;
    l.id = id;
    l.name = name;
    l.unit = unit;
    l.state = state;
    l.direction = direction;
    l.value = value;
    l.threshold = threshold;
    l.percent = value ? lights::percentOf(*value, threshold) : 0;
    l.trend = Trend::Steady;
    l.summary = QStringLiteral("A sentence about %1.").arg(name);
    return l;
}

AssemblyReportData::ResourceSection resource(std::int64_t id, const QString &name, const QString &unit, int months, QDate first)
{
    AssemblyReportData::ResourceSection section;
    section.resource.id = id;
    section.resource.name = name;
    section.resource.unit = unit;
    section.resource.period = CommonsResource::Period::Month;
    section.resource.yieldPerPeriod = 100'000;
    section.resource.permitsPerPeriod = 100;
    section.resource.threshold = 100'000;
    section.resource.regenerationUnit = QStringLiteral("trees");
    for (int i = 0; i < months; ++i) {
        CommonsPeriodUse use;
        use.period.first = first.addMonths(i);
        use.period.last = use.period.first.addMonths(1).addDays(-1);
        use.period.label = use.period.first.toString(QStringLiteral("MMMM yyyy"));
        use.extracted = 40'000 + (i * 17'000) % 90'000;
        use.regenerated = 3'000;
        use.permitsUsed = use.extracted / 1000;
        use.permitsEarned = 1;
        use.threshold = 100'000;
        section.periods.append(use);
    }
    section.permitsAtEnd.period = section.periods.isEmpty() ? CommonsPeriod{} : section.periods.last().period;
    section.permitsAtEnd.permits = 100;
    section.permitsAtEnd.sharedLeft = 12;
    return section;
}

AssemblyReportData::IndicatorSection indicator(std::int64_t id, const QString &name, const QString &unit, Direction direction, QDate from,
                                               QDate to)
{
    AssemblyReportData::IndicatorSection section;
    section.indicator.id = id;
    section.indicator.name = name;
    section.indicator.unit = unit;
    section.indicator.threshold = 50'000;
    section.indicator.direction = direction;
    for (QDate day = from; day <= to; day = day.addDays(3)) {
        const std::int64_t value = 30'000 + (day.dayOfYear() * 97) % 30'000;
        section.points.append({day, value});
        section.lowest = section.lowest ? std::min(*section.lowest, value) : value;
        section.highest = section.highest ? std::max(*section.highest, value) : value;
        section.latest = value;
        ++section.measurements;
    }
    return section;
}

// Two resources, three indicators, a year, one override and a few
// regenerations: every section on one page.
AssemblyReportData handMade()
{
    AssemblyReportData data;
    data.communityName = QStringLiteral("Riverside Commons");
    data.from = QDate(2026, 1, 1);
    data.to = QDate(2026, 12, 31);
    data.resources = {resource(1, QStringLiteral("Village well"), QStringLiteral("m³"), 12, data.from),
                      resource(2, QStringLiteral("River fishery"), QStringLiteral("kg"), 12, data.from)};
    data.indicators = {indicator(1, QStringLiteral("Carbon footprint"), QStringLiteral("t CO2e"), Direction::LowerIsBetter, data.from, data.to),
                       indicator(2, QStringLiteral("Groundwater level"), QStringLiteral("m"), Direction::HigherIsBetter, data.from, data.to),
                       indicator(3, QStringLiteral("Nitrate in the brook"), QStringLiteral("mg/L"), Direction::LowerIsBetter, data.from,
                                 data.to.addMonths(-4))};
    using S = CommonsLight::Subject;
    data.lights = {light(S::Resource, 2, QStringLiteral("River fishery"), QStringLiteral("kg"), LightState::Red, 120'000, 100'000),
                   light(S::Indicator, 1, QStringLiteral("Carbon footprint"), QStringLiteral("t CO2e"), LightState::Amber, 41'000, 50'000),
                   light(S::Indicator, 3, QStringLiteral("Nitrate in the brook"), QStringLiteral("mg/L"), LightState::Grey, std::nullopt, 50'000),
                   light(S::Resource, 1, QStringLiteral("Village well"), QStringLiteral("m³"), LightState::Green, 20'000, 100'000),
                   light(S::Indicator, 2, QStringLiteral("Groundwater level"), QStringLiteral("m"), LightState::Green, 90'000, 50'000,
                         Direction::HigherIsBetter)};
    for (int m = 1; m <= 12; ++m) {
        EcoBalance month;
        month.month = QDate(2026, m, 1);
        month.regeneration = 5'000 * m;
        month.extraction = 30'000 - 1'000 * m;
        month.impacts = 2'500;
        data.communityMonths.append(month);
    }
    Extraction e;
    e.date = QDate(2026, 8, 14);
    e.resourceName = QStringLiteral("Village well");
    e.unit = QStringLiteral("m³");
    e.memberNumber = 7;
    e.memberName = QStringLiteral("Ana Lima");
    e.quantity = 12'000;
    e.permitsBeyond = 12;
    e.overrideReason = QStringLiteral("Drought: the school garden needed water");
    data.overrides = {e};
    for (int i = 0; i < 3; ++i) {
        Regeneration r;
        r.date = QDate(2026, 3 + i, 10);
        r.resourceName = QStringLiteral("Oak forest");
        r.unit = QStringLiteral("trees");
        r.memberNumber = 3 + i;
        r.memberName = QStringLiteral("Member %1").arg(3 + i);
        r.quantity = 40'000 - i * 5'000;
        r.action = QStringLiteral("planted %1 oaks").arg(40 - i * 5);
        r.verifiedBy = QStringLiteral("Bea");
        r.permitsEarned = 20;
        r.credits = 8000;
        data.topRegenerations.append(r);
    }
    return data;
}

} // namespace

class TestAssemblyReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aPagePerSection();
    void everyNameAndWordIsText();
    void longTablesContinue();
    void manyLightsContinueTheCover();
    void progressCountsPages();
    void cancelledWritesNothing();
    void badPeriodWritesNothing();
    void emptyReportSaysSo();
    // From a vault.
    void demoNeedsMembers();
    void demoEndsWithEveryLight();
    void demoIsDeterministic();
    void gatheredReportHasEverySection();
    void gatherRefusesABackwardPeriod();
    void emptyVaultStillReports();

private:
    std::unique_ptr<Vault> demoVault(quint64 seed = 7);
    QStringList commonsRows(Database &db);

    QString pdfPath(const QString &name = QStringLiteral("report.pdf")) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    TestVaults m_vaults{m_clock};
};

std::unique_ptr<Vault> TestAssemblyReport::demoVault(quint64 seed)
{
    auto vault = m_vaults.create();
    if (!vault)
        qFatal("%s", qPrintable(vault.error().message));
    DemoSpec ledger;
    ledger.members = 30;
    ledger.trades = 600;
    ledger.years = 2;
    ledger.seed = seed;
    if (auto s = generateDemo((*vault)->database(), ledger, m_clock.now()); !s)
        qFatal("%s", qPrintable(s.error().message));
    CommonsDemoSpec commons; // six resources, eight indicators, three years
    commons.seed = seed;
    if (auto s = commons::generateDemo((*vault)->database(), commons, m_clock.today(), m_clock.now()); !s)
        qFatal("%s", qPrintable(s.error().message));
    return std::move(*vault);
}

QStringList TestAssemblyReport::commonsRows(Database &db)
{
    QStringList out;
    for (const char *sql : {"SELECT resource || '|' || member || '|' || day || '|' || quantity || '|' || charge || '|' || override_reason "
                            "FROM commons_extraction ORDER BY id",
                            "SELECT resource || '|' || member || '|' || day || '|' || quantity || '|' || action || '|' || verified_by "
                            "FROM commons_regeneration ORDER BY id",
                            "SELECT indicator || '|' || day || '|' || value FROM eco_measurement ORDER BY indicator, day",
                            "SELECT trade || '|' || kind || '|' || quantity FROM trade_impact ORDER BY trade, kind"}) {
        auto stmt = db.prepare(QString::fromLatin1(sql));
        if (!stmt)
            return {stmt.error().message};
        while (stmt->next())
            out << stmt->text(0);
    }
    return out;
}

void TestAssemblyReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = missingPdfTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestAssemblyReport::aPagePerSection()
{
    const AssemblyReportData data = handMade();
    const QString path = pdfPath();
    const Status written = reports::writeAssemblyReportPdf(data, path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    // Cover, a page per resource and per indicator, balance, overrides, top regenerations.
    QCOMPARE(pdfPageCount(path), 1 + 2 + 3 + 3);
}

void TestAssemblyReport::everyNameAndWordIsText()
{
    const AssemblyReportData data = handMade();
    const QString path = pdfPath();
    QVERIFY(reports::writeAssemblyReportPdf(data, path));
    const QString text = pdfText(path);
    for (const QString &expected :
         {QStringLiteral("Riverside Commons"), QStringLiteral("Assembly report"), QStringLiteral("Village well"), QStringLiteral("River fishery"),
          QStringLiteral("Carbon footprint"), QStringLiteral("Groundwater level"), QStringLiteral("Nitrate in the brook"),
          QStringLiteral("Drought: the school garden needed water"), QStringLiteral("planted 40 oaks"), QStringLiteral("Within limits"),
          QStringLiteral("Near the limit"), QStringLiteral("Over the limit"), QStringLiteral("No recent data"), QStringLiteral("Ecological balance"),
          QStringLiteral("Emergency overrides"), QStringLiteral("Top regeneration actions"), QStringLiteral("✓"), QStringLiteral("✕")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(!text.contains(QStringLiteral("None in this period.")));
}

void TestAssemblyReport::longTablesContinue()
{
    AssemblyReportData data = handMade();
    // Ten years of a monthly resource: 120 rows do not fit below the chart.
    data.from = QDate(2017, 1, 1);
    data.resources = {resource(1, QStringLiteral("Village well"), QStringLiteral("m³"), 120, data.from)};
    data.indicators.clear();
    const QString path = pdfPath();
    QVERIFY(reports::writeAssemblyReportPdf(data, path));
    const int pages = pdfPageCount(path);
    QVERIFY2(pages >= 1 + 1 + 3 + 2, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Village well (continued)")));
    // Every period is there, the first and the last.
    QVERIFY(text.contains(QStringLiteral("January 2017")));
    QVERIFY(text.contains(QStringLiteral("December 2026")));
}

void TestAssemblyReport::manyLightsContinueTheCover()
{
    AssemblyReportData data = handMade();
    for (int i = 0; i < 60; ++i)
        data.lights.append(light(CommonsLight::Subject::Indicator, 100 + i, QStringLiteral("Extra indicator %1").arg(i), QStringLiteral("kg"),
                                 LightState::Green, 1'000, 50'000));
    const QString path = pdfPath();
    QVERIFY(reports::writeAssemblyReportPdf(data, path));
    QVERIFY(pdfPageCount(path) > 1 + 2 + 3 + 3);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Assembly report (continued)")));
    QVERIFY(text.contains(QStringLiteral("Extra indicator 59")));
}

void TestAssemblyReport::progressCountsPages()
{
    QList<std::pair<int, int>> calls;
    QVERIFY(reports::writeAssemblyReportPdf(handMade(), pdfPath(), [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    }));
    QCOMPARE(calls.size(), 9);
    for (int i = 0; i < calls.size(); ++i)
        QCOMPARE(calls.at(i), std::make_pair(i + 1, 9));
}

void TestAssemblyReport::cancelledWritesNothing()
{
    const QString path = pdfPath(QStringLiteral("cancelled.pdf"));
    const Status written = reports::writeAssemblyReportPdf(handMade(), path, [](int done, int) { return done < 3; });
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(path));
    // An existing file is left as it was.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(!reports::writeAssemblyReportPdf(handMade(), path, [](int, int) { return false; }));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
}

void TestAssemblyReport::badPeriodWritesNothing()
{
    AssemblyReportData data = handMade();
    data.from = QDate(2027, 1, 1);
    const QString path = pdfPath(QStringLiteral("backwards.pdf"));
    const Status written = reports::writeAssemblyReportPdf(data, path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(path));
}

void TestAssemblyReport::emptyReportSaysSo()
{
    AssemblyReportData data;
    data.communityName = QStringLiteral("New Commons");
    data.from = QDate(2026, 10, 1);
    data.to = QDate(2026, 10, 31);
    const QString path = pdfPath(QStringLiteral("empty.pdf"));
    QVERIFY(reports::writeAssemblyReportPdf(data, path));
    QCOMPARE(pdfPageCount(path), 4);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("there is no light to show")));
    QCOMPARE(text.count(QStringLiteral("None in this period.")), 2);
}

void TestAssemblyReport::demoNeedsMembers()
{
    auto vault = m_vaults.create();
    QVERIFY(vault);
    const Status s = commons::generateDemo((*vault)->database(), {}, m_clock.today(), m_clock.now());
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QStringLiteral("ledger demo")), qPrintable(s.error().message));
    auto none = commons::resources((*vault)->database());
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestAssemblyReport::demoEndsWithEveryLight()
{
    auto vault = demoVault();
    Database &db = vault->database();
    auto resources = commons::resources(db);
    QVERIFY(resources);
    QCOMPARE(resources->size(), 6);
    QVERIFY(resources->at(0).name.size() > 0);
    auto indicators = indicators::list(db);
    QVERIFY(indicators);
    QCOMPARE(indicators->size(), 8);
    auto lights = commons::status(db, m_clock.today());
    QVERIFY(lights);
    QMap<LightState, QStringList> byState;
    for (const CommonsLight &l : *lights)
        byState[l.state].append(l.name);
    const QString seen = QStringLiteral("red %1; amber %2; grey %3; green %4")
                             .arg(byState[LightState::Red].join(QStringLiteral(", ")), byState[LightState::Amber].join(QStringLiteral(", ")),
                                  byState[LightState::Grey].join(QStringLiteral(", ")), byState[LightState::Green].join(QStringLiteral(", ")));
    QVERIFY2(byState[LightState::Red].size() >= 1, qPrintable(seen));
    QVERIFY2(byState[LightState::Amber].size() >= 2, qPrintable(seen));
    QVERIFY2(byState[LightState::Grey].size() == 1, qPrintable(seen));
    QVERIFY2(byState[LightState::Green].size() >= 4, qPrintable(seen));
    // Three years of daily measurements, the stale one three months short.
    auto measured = db.scalar(QStringLiteral("SELECT count(*) FROM eco_measurement"));
    QVERIFY(measured);
    QVERIFY2(*measured > 8 * 1000, qPrintable(QString::number(*measured)));
    auto overrides = commons::overrides(db, {}, {});
    QVERIFY(overrides);
    QCOMPARE(overrides->size(), 1);
    QVERIFY(overrides->first().overrideReason.startsWith(QStringLiteral("Drought")));
    QVERIFY(overrides->first().permitsBeyond > 0);
    auto impacts = db.scalar(QStringLiteral("SELECT count(*) FROM trade_impact"));
    QVERIFY(impacts && *impacts > 0);
    const QList<IntegrityProblem> problems = runIntegrityChecks(db);
    for (const IntegrityProblem &p : problems)
        qWarning("%s: %s", qPrintable(p.check), qPrintable(p.message));
    QVERIFY(problems.isEmpty());
}

void TestAssemblyReport::demoIsDeterministic()
{
    auto first = demoVault(11);
    auto second = demoVault(11);
    const QStringList a = commonsRows(first->database());
    QVERIFY(a.size() > 1000);
    QCOMPARE(commonsRows(second->database()), a);
}

void TestAssemblyReport::gatheredReportHasEverySection()
{
    auto vault = demoVault();
    Database &db = vault->database();
    // The last twelve full months, with the override two months before today.
    const QDate to(2026, 10, 31);
    const QDate from(2025, 11, 1);
    auto data = reports::gatherAssemblyReport(db, from, to);
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    QCOMPARE(data->resources.size(), 6);
    QCOMPARE(data->indicators.size(), 8);
    QCOMPARE(data->lights.size(), 14);
    QCOMPARE(data->communityMonths.size(), 12);
    QCOMPARE(data->overrides.size(), 1);
    QCOMPARE(data->topRegenerations.size(), 10);
    for (const auto &section : std::as_const(data->indicators)) {
        QVERIFY(section.points.size() <= 400);
        QVERIFY(section.measurements > 0);
        QVERIFY(*section.lowest <= *section.latest && *section.latest <= *section.highest);
    }
    // MYCELIUM_KEEP_REPORT=FILE keeps the PDF to look at.
    const QString path = qEnvironmentVariableIsSet("MYCELIUM_KEEP_REPORT") ? qEnvironmentVariable("MYCELIUM_KEEP_REPORT")
                                                                           : pdfPath(QStringLiteral("gathered.pdf"));
    const Status written = reports::writeAssemblyReportPdf(*data, path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(pdfPageCount(path), 1 + 6 + 8 + 3);
    const QString text = pdfText(path);
    for (const auto &section : std::as_const(data->resources))
        QVERIFY2(text.contains(section.resource.name), qPrintable(section.resource.name));
    for (const auto &section : std::as_const(data->indicators))
        QVERIFY2(text.contains(section.indicator.name), qPrintable(section.indicator.name));
    QVERIFY(text.contains(data->overrides.first().overrideReason));
    QVERIFY(text.contains(data->topRegenerations.first().action));
    QVERIFY(!text.contains(QStringLiteral("None in this period.")));
}

void TestAssemblyReport::gatherRefusesABackwardPeriod()
{
    auto vault = m_vaults.create();
    QVERIFY(vault);
    auto data = reports::gatherAssemblyReport((*vault)->database(), QDate(2026, 5, 1), QDate(2026, 4, 30));
    QVERIFY(!data);
    QCOMPARE(data.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(data.error().message.contains(QStringLiteral("2026-05-01")) && data.error().message.contains(QStringLiteral("after")),
             qPrintable(data.error().message));
}

void TestAssemblyReport::emptyVaultStillReports()
{
    auto vault = m_vaults.create();
    QVERIFY(vault);
    auto data = reports::gatherAssemblyReport((*vault)->database(), QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY(data);
    QVERIFY(data->lights.isEmpty());
    const QString path = pdfPath(QStringLiteral("emptyvault.pdf"));
    QVERIFY(reports::writeAssemblyReportPdf(*data, path));
    QCOMPARE(pdfPageCount(path), 4);
    const QString text = pdfText(path);
    QVERIFY(text.contains(data->communityName));
    QVERIFY(text.contains(QStringLiteral("there is no light to show")));
    QVERIFY(text.contains(QStringLiteral("Nothing was extracted, regenerated or impacted in this period.")));
    QCOMPARE(text.count(QStringLiteral("None in this period.")), 2);
}

QTEST_MAIN(TestAssemblyReport)
#include "tst_assemblyreport.moc"
