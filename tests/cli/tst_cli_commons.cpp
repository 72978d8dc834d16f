// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mycelium-cli on the commons' commands: resources and their
// permits (add, list, show, extract, regenerate), refusals and emergency
// overrides, the dynamic price through the ledger, the warning lights,
// indicators and their measurements (record, import, budget), trade
// impacts, the monthly ecological balance (balance, pledge, settle), the
// assembly report (read back with pdftotext) and the demo; what they print,
// their exit codes and what the vault holds afterwards.
#include "clifixture.h"
#include "pdfcheck.h"

#include "commons/indicators.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>
#include <QTest>

using namespace mycelium;
using namespace mycelium::test;

class TestCliCommons : public QObject, public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { startTest(); }
    void cleanup() { endTest(); }

    void addListAndShow();
    void extractionWithinPermitsAtTheDynamicPrice();
    void refusalSaysWhatIsLeftAndRecordsNothing();
    void emergencyOverrideIsRecordedAndShown();
    void permitsStartAfreshEachPeriod();
    void regenerationEarnsPermitsAndCredits();
    void statusShowsEveryLight();
    void bandsAndTheirBoundaries();
    void indicatorRecordAndList();
    void importMeasurements();
    void importMeasurementsRefusals_data();
    void importMeasurementsRefusals();
    void regionalBudgetNeedsNoVault();
    void tradeImpactsSetShownAndCleared();
    void tradeWithImpactsIsAllOrNothing();
    void balancePledgeAndSettle();
    void assemblyReport();
    void ecologicalRates();
    void demoWithCommons();
    void commonsDemoAloneOnAVaultWithMembers();
    void badArguments_data();
    void badArguments();
    void unknownNamesAreUsageErrors();
    void helpListsTheCommands();

private:
    // Runs a command that must succeed, and returns what it printed.
    QString ok(const QStringList &arguments, const QString &today = kDay1);
    QJsonObject json(const QStringList &arguments, const QString &today = kDay1) { return parseObject(ok(arguments + L({"--json"}), today)); }
    // The people vault with the forest: 100 t a year in 1,000 permits (one
    // permit is 0.1 t), a base price of 2 credits a permit at the
    // threshold (the yield) and elasticity 2; planting a tree earns 2.5
    // permits and 0.50 credits.
    void useForest();
    // Every account's balance from balance --json, by member number (0: the
    // commons fund), after checking that they sum to zero.
    QHash<int, QString> balances(const QString &today = kDay1);
    void verifyVault();
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestCliCommons::initTestCase()
{
    makeTemplates();
    const QString missing = missingPdfTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

QString TestCliCommons::ok(const QStringList &arguments, const QString &today)
{
    const CliRun result = run(arguments, today);
    if (result.exitCode != 0 || !result.err.isEmpty())
        qWarning("%s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode, qPrintable(result.err));
    return result.exitCode == 0 ? result.out : QString();
}

void TestCliCommons::useForest()
{
    useTemplate(QStringLiteral("people.vault"));
    const CliRun added = run(L({"commons", "add", "Forest", "--unit", "t", "--yield", "100", "--period", "year", "--permits", "1000", "--price", "2",
                                "--regen-unit", "trees", "--regen-permits", "2.5", "--regen-credits", "0.50", "--description", "The oak wood"}));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

QHash<int, QString> TestCliCommons::balances(const QString &today)
{
    const QJsonObject all = json(L({"balance"}), today);
    QHash<int, QString> result;
    if (all.value(QLatin1String("total")).toString() != QLatin1String("0.00")) {
        qWarning("the balances do not sum to zero: %s", qPrintable(all.value(QLatin1String("total")).toString()));
        return result;
    }
    for (const QJsonValue &account : all.value(QLatin1String("accounts")).toArray())
        result.insert(account.toObject().value(QLatin1String("number")).toInt(), account.toObject().value(QLatin1String("balance")).toString());
    return result;
}

void TestCliCommons::verifyVault()
{
    auto vault = openVault();
    QVERIFY(vault);
    const auto problems = vault->verify();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
}

void TestCliCommons::addListAndShow()
{
    useForest();
    const QJsonArray resources = json(L({"commons", "list"})).value(QLatin1String("resources")).toArray();
    QCOMPARE(resources.size(), 1);
    const QJsonObject forest = resources.first().toObject();
    QCOMPARE(forest.value(QLatin1String("name")).toString(), QStringLiteral("Forest"));
    QCOMPARE(forest.value(QLatin1String("unit")).toString(), QStringLiteral("t"));
    QCOMPARE(forest.value(QLatin1String("description")).toString(), QStringLiteral("The oak wood"));
    QCOMPARE(forest.value(QLatin1String("period")).toString(), QStringLiteral("year"));
    QCOMPARE(forest.value(QLatin1String("yield")).toString(), QStringLiteral("100"));
    QCOMPARE(forest.value(QLatin1String("permits")).toInt(), 1000);
    QCOMPARE(forest.value(QLatin1String("threshold")).toString(), QStringLiteral("100")); // the yield when not given
    QCOMPARE(forest.value(QLatin1String("basePrice")).toString(), QStringLiteral("2.00"));
    QCOMPARE(forest.value(QLatin1String("elasticity")).toInt(), 2);
    QCOMPARE(forest.value(QLatin1String("regenerationUnit")).toString(), QStringLiteral("trees"));
    QCOMPARE(forest.value(QLatin1String("regenerationPermits")).toString(), QStringLiteral("2.5"));
    QCOMPARE(forest.value(QLatin1String("regenerationCredits")).toString(), QStringLiteral("0.50"));
    QCOMPARE(forest.value(QLatin1String("amber")).toInt(), 70);
    QCOMPARE(forest.value(QLatin1String("red")).toInt(), 100);
    QVERIFY(forest.value(QLatin1String("stock")).isNull());
    QCOMPARE(forest.value(QLatin1String("createdOn")).toString(), kDay1);

    // A monthly well with a threshold, a stock, its own bands and no price.
    const QString well = ok(L({"commons", "add", "Well", "--unit", "m³", "--yield", "10", "--period", "month", "--permits", "10", "--threshold",
                               "8", "--stock", "250.5", "--amber", "50", "--red", "90"}));
    QVERIFY2(well.contains(QLatin1String("Well")) && well.contains(QLatin1String("10 permits")), qPrintable(well));
    const QString list = ok(L({"commons", "list"}));
    QVERIFY2(list.contains(QLatin1String("Forest")) && list.contains(QLatin1String("Well")) && list.contains(QLatin1String("month")), qPrintable(list));

    const QJsonObject shown = json(L({"commons", "show", "well"}));
    QCOMPARE(shown.value(QLatin1String("name")).toString(), QStringLiteral("Well"));
    QCOMPARE(shown.value(QLatin1String("stock")).toString(), QStringLiteral("250.5"));
    QCOMPARE(shown.value(QLatin1String("threshold")).toString(), QStringLiteral("8"));
    QCOMPARE(shown.value(QLatin1String("amber")).toInt(), 50);
    QCOMPARE(shown.value(QLatin1String("red")).toInt(), 90);
    QCOMPARE(shown.value(QLatin1String("basePrice")).toString(), QStringLiteral("0.00"));
    const QJsonObject account = shown.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("from")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(account.value(QLatin1String("to")).toString(), QStringLiteral("2026-01-31"));
    QCOMPARE(account.value(QLatin1String("permits")).toInt(), 10);
    QCOMPARE(account.value(QLatin1String("sharedLeft")).toInt(), 10);
    QVERIFY(shown.value(QLatin1String("member")).isNull());
    QCOMPARE(shown.value(QLatin1String("extractions")).toArray().size(), 0);
    QCOMPARE(shown.value(QLatin1String("light")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Well"));

    const QString text = ok(L({"commons", "show", "Forest"}));
    QVERIFY2(text.contains(QLatin1String("The oak wood")) && text.contains(QLatin1String("1000 permits"))
                 && text.contains(QLatin1String("2026-12-31")),
             qPrintable(text));

    // The same name again, whatever its case: refused, nothing added.
    const CliRun again = run(L({"commons", "add", "forest", "--unit", "t", "--yield", "5", "--period", "year", "--permits", "5"}));
    QCOMPARE(again.exitCode, 4);
    verifyOneLineError(again);
    QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
    QCOMPARE(json(L({"commons", "list"})).value(QLatin1String("resources")).toArray().size(), 2);
    verifyVault();
}

// The price, by the documented rule: ratio = floor(use × 10^6 / threshold),
// price = round half up(base × ratio^2 / 10^12), in minor units a permit.
void TestCliCommons::extractionWithinPermitsAtTheDynamicPrice()
{
    useForest();
    // 25 t: ceil(25 × 1000 / 100) = 250 permits. Use 25 t of 100 t: ratio
    // 250,000; price = 200 × 250,000² / 10^12 = 12.5, rounded half up to 13
    // minor units a permit; the charge 13 × 250 = 3,250: 32.50 credits.
    const QString first = ok(L({"commons", "extract", "Forest", "--member", "1", "--qty", "25"}));
    QVERIFY2(first.contains(QLatin1String("250 permits")) && first.contains(QLatin1String("Ada Lovelace (member 1)")), qPrintable(first));
    QVERIFY2(first.contains(QLatin1String("Charge: 32.50 (0.13 a permit)")), qPrintable(first));
    QVERIFY2(first.contains(QLatin1String("Permits left: 750")), qPrintable(first));
    QHash<int, QString> b = balances();
    QCOMPARE(b.value(1), QStringLiteral("-32.50"));
    QCOMPARE(b.value(0), QStringLiteral("32.50"));

    // 5 t more by Bob, dated: 50 permits at a use of 30 t: ratio 300,000,
    // price 200 × 0.09 = 18 exactly; the charge 18 × 50 = 900: 9.00.
    const QString second = ok(L({"commons", "extract", "forest", "--member", "2", "--qty", "5", "--date", "2026-01-01"}));
    QVERIFY2(second.contains(QLatin1String("50 permits")) && second.contains(QLatin1String("Charge: 9.00 (0.18 a permit)")), qPrintable(second));
    QVERIFY2(second.contains(QLatin1String("Permits left: 700")), qPrintable(second));
    b = balances();
    QCOMPARE(b.value(1), QStringLiteral("-32.50"));
    QCOMPARE(b.value(2), QStringLiteral("-9.00"));
    QCOMPARE(b.value(0), QStringLiteral("41.50"));

    // 0.05 t is half a permit: a whole one is taken.
    QVERIFY(ok(L({"commons", "extract", "Forest", "--member", "3", "--qty", "0.05"})).contains(QLatin1String("1 permits")));

    const QJsonObject shown = json(L({"commons", "show", "Forest"}));
    const QJsonObject account = shown.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("sharedUsed")).toInt(), 301);
    QCOMPARE(account.value(QLatin1String("sharedLeft")).toInt(), 699);
    QCOMPARE(account.value(QLatin1String("extracted")).toString(), QStringLiteral("30.05"));
    const QJsonArray extractions = shown.value(QLatin1String("extractions")).toArray();
    QCOMPARE(extractions.size(), 3);
    const QJsonObject ada = extractions.at(2).toObject(); // newest first
    QCOMPARE(ada.value(QLatin1String("member")).toInt(), 1);
    QCOMPARE(ada.value(QLatin1String("quantity")).toString(), QStringLiteral("25"));
    QCOMPARE(ada.value(QLatin1String("permits")).toInt(), 250);
    QCOMPARE(ada.value(QLatin1String("pricePerPermit")).toString(), QStringLiteral("0.13"));
    QCOMPARE(ada.value(QLatin1String("charge")).toString(), QStringLiteral("32.50"));
    QVERIFY(ada.value(QLatin1String("tradeId")).toInt() > 0);
    QVERIFY(ada.value(QLatin1String("override")).isNull());
    verifyVault();
}

void TestCliCommons::refusalSaysWhatIsLeftAndRecordsNothing()
{
    useForest();
    QVERIFY(!ok(L({"commons", "extract", "Forest", "--member", "1", "--qty", "30"})).isEmpty());
    const QHash<int, QString> before = balances();

    // 700 permits (70 t) are left; 71 t needs 710.
    const CliRun refused = run(L({"commons", "extract", "Forest", "--member", "2", "--qty", "71"}));
    QCOMPARE(refused.exitCode, 4);
    verifyOneLineError(refused);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(QLatin1String("Only 700 permits")) && refused.err.contains(QLatin1String("710 permits"))
                 && refused.err.contains(QLatin1String("Nothing was recorded")),
             qPrintable(refused.err));

    QCOMPARE(balances(), before);
    const QJsonObject shown = json(L({"commons", "show", "Forest"}));
    QCOMPARE(shown.value(QLatin1String("extractions")).toArray().size(), 1);
    QCOMPARE(shown.value(QLatin1String("account")).toObject().value(QLatin1String("sharedLeft")).toInt(), 700);

    // Within the permits but beyond Bob's credit line: 700 permits at 2.00
    // (use 100 t, the threshold) cost 1,400.00 credits. Nothing either.
    const CliRun unpaid = run(L({"commons", "extract", "Forest", "--member", "2", "--qty", "70"}));
    QCOMPARE(unpaid.exitCode, 4);
    verifyOneLineError(unpaid);
    QVERIFY2(unpaid.err.contains(QLatin1String("Bob")) && unpaid.err.contains(QLatin1String("Nothing was recorded")), qPrintable(unpaid.err));
    QCOMPARE(balances(), before);
    QCOMPARE(json(L({"commons", "show", "Forest"})).value(QLatin1String("extractions")).toArray().size(), 1);
    verifyVault();
}

void TestCliCommons::emergencyOverrideIsRecordedAndShown()
{
    useTemplate(QStringLiteral("people.vault"));
    QVERIFY(!ok(L({"commons", "add", "Well", "--unit", "m3", "--yield", "10", "--period", "month", "--permits", "10"})).isEmpty());
    QVERIFY(!ok(L({"commons", "extract", "Well", "--member", "1", "--qty", "8"})).isEmpty());
    const CliRun refused = run(L({"commons", "extract", "Well", "--member", "2", "--qty", "5"}));
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(QLatin1String("Only 2 permits")), qPrintable(refused.err));

    const CliRun empty = run(L({"commons", "extract", "Well", "--member", "2", "--qty", "5", "--override", " "}));
    verifyUsageError(empty, QStringLiteral("--override"));

    // Exactly what is left needs no override.
    QVERIFY(ok(L({"commons", "extract", "Well", "--member", "3", "--qty", "1"})).contains(QLatin1String("Permits left: 1 ")));
    const QString done = ok(L({"commons", "extract", "Well", "--member", "2", "--qty", "4", "--override", "drought:  the school garden"}));
    QVERIFY2(done.contains(QLatin1String("Emergency override: 3 permits beyond those left")) && done.contains(QLatin1String("drought: the school garden"))
                 && done.contains(QLatin1String("Charge: none")),
             qPrintable(done));

    const QJsonObject shown = json(L({"commons", "show", "Well"}));
    const QJsonArray overrides = shown.value(QLatin1String("overrides")).toArray();
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(overrides.first().toObject().value(QLatin1String("override")).toString(), QStringLiteral("drought: the school garden"));
    QCOMPARE(overrides.first().toObject().value(QLatin1String("permitsBeyond")).toInt(), 3);
    QCOMPARE(shown.value(QLatin1String("account")).toObject().value(QLatin1String("beyondPermits")).toInt(), 3);
    QCOMPARE(shown.value(QLatin1String("account")).toObject().value(QLatin1String("overrides")).toInt(), 1);
    const QString text = ok(L({"commons", "show", "Well"}));
    QVERIFY2(text.contains(QLatin1String("drought: the school garden")) && text.contains(QLatin1String("Emergency overrides")), qPrintable(text));

    // 13 m3 of a threshold of 10: red on the dashboard.
    const QJsonArray lights = json(L({"commons", "status"})).value(QLatin1String("lights")).toArray();
    QCOMPARE(lights.size(), 1);
    const QJsonObject light = lights.first().toObject();
    QCOMPARE(light.value(QLatin1String("state")).toString(), QStringLiteral("red"));
    QCOMPARE(light.value(QLatin1String("symbol")).toString(), QStringLiteral("✕"));
    QCOMPARE(light.value(QLatin1String("word")).toString(), QStringLiteral("Over the limit"));
    QCOMPARE(light.value(QLatin1String("value")).toString(), QStringLiteral("13"));
    QCOMPARE(light.value(QLatin1String("percent")).toInt(), 130);
    const QString status = ok(L({"commons", "status"}));
    QVERIFY2(status.contains(QStringLiteral("✕ Over the limit")) && status.contains(QLatin1String("Well")), qPrintable(status));
    verifyVault();
}

void TestCliCommons::permitsStartAfreshEachPeriod()
{
    useTemplate(QStringLiteral("people.vault"));
    QVERIFY(!ok(L({"commons", "add", "Well", "--unit", "m3", "--yield", "10", "--period", "month", "--permits", "10"})).isEmpty());
    QVERIFY(ok(L({"commons", "extract", "Well", "--member", "1", "--qty", "10"}), QStringLiteral("2026-01-20")).contains(QLatin1String("Permits left: 0")));

    const QString february = QStringLiteral("2026-02-01");
    // January is used up, even when recorded in February.
    const CliRun late = run(L({"commons", "extract", "Well", "--member", "2", "--qty", "1", "--date", "2026-01-31"}), february);
    QCOMPARE(late.exitCode, 4);
    QVERIFY2(late.err.contains(QLatin1String("Only 0 permits")), qPrintable(late.err));
    // February has its own ten.
    QVERIFY(ok(L({"commons", "extract", "Well", "--member", "2", "--qty", "4"}), february).contains(QLatin1String("Permits left: 6")));
    const QJsonObject account = json(L({"commons", "show", "Well"}), february).value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("from")).toString(), QStringLiteral("2026-02-01"));
    QCOMPARE(account.value(QLatin1String("to")).toString(), QStringLiteral("2026-02-28"));
    QCOMPARE(account.value(QLatin1String("sharedUsed")).toInt(), 4);
    QCOMPARE(account.value(QLatin1String("sharedLeft")).toInt(), 6);
    // A day in the future is refused.
    const CliRun future = run(L({"commons", "extract", "Well", "--member", "2", "--qty", "1", "--date", "2026-02-02"}), february);
    QCOMPARE(future.exitCode, 4);
    QVERIFY2(future.err.contains(QLatin1String("future")), qPrintable(future.err));
    verifyVault();
}

void TestCliCommons::regenerationEarnsPermitsAndCredits()
{
    useForest();
    // 40 trees × 2.5 = 100 permits; 40 × 0.50 = 20.00 credits from the fund.
    const QString planted = ok(L({"commons", "regenerate", "Forest", "--member", "1", "--qty", "40", "--action", "planted 40 oaks"}));
    QVERIFY2(planted.contains(QLatin1String("Permits earned: 100")) && planted.contains(QLatin1String("Credits paid by the commons fund: 20.00"))
                 && planted.contains(QLatin1String("verified by coordinator")),
             qPrintable(planted));
    QHash<int, QString> b = balances();
    QCOMPARE(b.value(1), QStringLiteral("20.00"));
    QCOMPARE(b.value(0), QStringLiteral("-20.00"));

    QJsonObject shown = json(L({"commons", "show", "Forest", "--member", "1"}));
    QCOMPARE(shown.value(QLatin1String("member")).toObject().value(QLatin1String("drawingRights")).toInt(), 100);
    const QJsonObject regeneration = shown.value(QLatin1String("regenerations")).toArray().first().toObject();
    QCOMPARE(regeneration.value(QLatin1String("action")).toString(), QStringLiteral("planted 40 oaks"));
    QCOMPARE(regeneration.value(QLatin1String("verifiedBy")).toString(), QStringLiteral("coordinator"));
    QCOMPARE(regeneration.value(QLatin1String("quantity")).toString(), QStringLiteral("40"));
    QCOMPARE(regeneration.value(QLatin1String("permitsEarned")).toInt(), 100);
    QCOMPARE(regeneration.value(QLatin1String("credits")).toString(), QStringLiteral("20.00"));

    // 5 t (50 permits) come out of Ada's drawing rights first. At a use of
    // 5 t the price is 200 × 50,000² / 10^12 = 0.5, rounded half up to 1:
    // the charge 50 × 1 = 0.50 credits.
    const QString taken = ok(L({"commons", "extract", "Forest", "--member", "1", "--qty", "5"}));
    QVERIFY2(taken.contains(QLatin1String("50 from the member's drawing rights, 0 shared")) && taken.contains(QLatin1String("Charge: 0.50")),
             qPrintable(taken));
    shown = json(L({"commons", "show", "Forest", "--member", "1"}));
    QCOMPARE(shown.value(QLatin1String("member")).toObject().value(QLatin1String("drawingRights")).toInt(), 50);
    QCOMPARE(shown.value(QLatin1String("account")).toObject().value(QLatin1String("sharedLeft")).toInt(), 1000);
    b = balances();
    QCOMPARE(b.value(1), QStringLiteral("19.50"));
    QCOMPARE(b.value(0), QStringLiteral("-19.50"));

    // Verified by someone else; a quantity with decimals, floor for permits.
    const QString more = ok(L({"commons", "regenerate", "Forest", "--member", "2", "--qty", "0.5", "--action", "mulched saplings", "--verified-by",
                               "Dee Smith", "--date", "2026-01-01"}));
    QVERIFY2(more.contains(QLatin1String("Permits earned: 1 ")) && more.contains(QLatin1String("Dee Smith")) && more.contains(QLatin1String("0.25")),
             qPrintable(more));
    verifyVault();
}

void TestCliCommons::statusShowsEveryLight()
{
    useForest();
    QVERIFY(!ok(L({"indicator", "add", "Carbon", "--unit", "t CO2e", "--threshold", "100", "--boundary", "climate change"})).isEmpty());
    QVERIFY(!ok(L({"indicator", "add", "Bird species", "--unit", "species", "--threshold", "40", "--higher-is-better"})).isEmpty());
    QVERIFY(!ok(L({"indicator", "record", "Carbon", "--value", "40"})).isEmpty());
    QVERIFY(!ok(L({"commons", "extract", "Forest", "--member", "1", "--qty", "75"})).isEmpty());

    const QJsonObject status = json(L({"commons", "status"}));
    QCOMPARE(status.value(QLatin1String("asOf")).toString(), kDay1);
    const QJsonArray lights = status.value(QLatin1String("lights")).toArray();
    QCOMPARE(lights.size(), 3);
    // Worst first: amber, grey, green.
    const QJsonObject forest = lights.at(0).toObject();
    for (const char *key : {"state", "symbol", "word", "subject", "name", "unit", "value", "threshold", "percent", "trend", "asOf", "summary"})
        QVERIFY2(forest.contains(QLatin1String(key)), key);
    QCOMPARE(forest.value(QLatin1String("name")).toString(), QStringLiteral("Forest"));
    QCOMPARE(forest.value(QLatin1String("subject")).toString(), QStringLiteral("resource"));
    QCOMPARE(forest.value(QLatin1String("state")).toString(), QStringLiteral("amber"));
    QCOMPARE(forest.value(QLatin1String("symbol")).toString(), QStringLiteral("!"));
    QCOMPARE(forest.value(QLatin1String("word")).toString(), QStringLiteral("Near the limit"));
    QCOMPARE(forest.value(QLatin1String("value")).toString(), QStringLiteral("75"));
    QCOMPARE(forest.value(QLatin1String("threshold")).toString(), QStringLiteral("100"));
    QCOMPARE(forest.value(QLatin1String("percent")).toInt(), 75);
    QVERIFY(!forest.value(QLatin1String("summary")).toString().isEmpty());

    const QJsonObject birds = lights.at(1).toObject();
    QCOMPARE(birds.value(QLatin1String("name")).toString(), QStringLiteral("Bird species"));
    QCOMPARE(birds.value(QLatin1String("subject")).toString(), QStringLiteral("indicator"));
    QCOMPARE(birds.value(QLatin1String("state")).toString(), QStringLiteral("grey"));
    QCOMPARE(birds.value(QLatin1String("symbol")).toString(), QStringLiteral("?"));
    QCOMPARE(birds.value(QLatin1String("word")).toString(), QStringLiteral("No recent data"));
    QVERIFY(birds.value(QLatin1String("value")).isNull());

    const QJsonObject carbon = lights.at(2).toObject();
    QCOMPARE(carbon.value(QLatin1String("state")).toString(), QStringLiteral("green"));
    QCOMPARE(carbon.value(QLatin1String("symbol")).toString(), QStringLiteral("✓"));
    QCOMPARE(carbon.value(QLatin1String("value")).toString(), QStringLiteral("40"));
    QCOMPARE(carbon.value(QLatin1String("unit")).toString(), QStringLiteral("t CO2e"));
    QCOMPARE(carbon.value(QLatin1String("percent")).toInt(), 40);
    QCOMPARE(carbon.value(QLatin1String("asOf")).toString(), kDay1);

    // The table: every light with its symbol and its word, never colour alone.
    const QString text = ok(L({"commons", "status"}));
    for (const char *word : {"! Near the limit", "? No recent data", "✓ Within limits", "Forest", "Bird species", "Carbon", "75 %", "no data"})
        QVERIFY2(text.contains(QString::fromUtf8(word)), qPrintable(text));
}

// The default bands: green below 70 % of the threshold, amber from 70 % to
// 100 % (both included), red above; --amber and --red move them.
void TestCliCommons::bandsAndTheirBoundaries()
{
    useTemplate(QStringLiteral("people.vault"));
    QVERIFY(!ok(L({"indicator", "add", "Carbon", "--unit", "t", "--threshold", "100"})).isEmpty());
    QVERIFY(!ok(L({"indicator", "add", "Water", "--unit", "m3", "--threshold", "100", "--amber", "50", "--red", "80"})).isEmpty());
    const auto stateAt = [&](const char *indicator, const char *value) {
        if (ok(L({"indicator", "record", indicator, "--value", value})).isEmpty())
            return QStringLiteral("not recorded");
        const QJsonArray lights = json(L({"commons", "status"})).value(QLatin1String("lights")).toArray();
        for (const QJsonValue &light : lights) {
            if (light.toObject().value(QLatin1String("name")).toString() == QLatin1String(indicator))
                return light.toObject().value(QLatin1String("state")).toString();
        }
        return QString();
    };
    QCOMPARE(stateAt("Carbon", "69.999"), QStringLiteral("green"));
    QCOMPARE(stateAt("Carbon", "70"), QStringLiteral("amber"));
    QCOMPARE(stateAt("Carbon", "100"), QStringLiteral("amber"));
    QCOMPARE(stateAt("Carbon", "100.001"), QStringLiteral("red"));
    QCOMPARE(stateAt("Water", "49.999"), QStringLiteral("green"));
    QCOMPARE(stateAt("Water", "50"), QStringLiteral("amber"));
    QCOMPARE(stateAt("Water", "80"), QStringLiteral("amber"));
    QCOMPARE(stateAt("Water", "80.001"), QStringLiteral("red"));
    const QJsonArray indicators = json(L({"indicator", "list"})).value(QLatin1String("indicators")).toArray();
    QCOMPARE(indicators.at(1).toObject().value(QLatin1String("amber")).toInt(), 50);
    QCOMPARE(indicators.at(1).toObject().value(QLatin1String("red")).toInt(), 80);
}

void TestCliCommons::indicatorRecordAndList()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString added = ok(L({"indicator", "add", "Groundwater", "--unit", "m", "--threshold", "12", "--higher-is-better", "--boundary",
                                "freshwater  use", "--stale-days", "10"}));
    QVERIFY2(added.contains(QLatin1String("Groundwater")) && added.contains(QLatin1String("higher is better")), qPrintable(added));
    // Negative values are allowed, also written --value=-X.
    const QString recorded = ok(L({"indicator", "record", "groundwater", "--value", "-1.5", "--date", "2025-12-20"}));
    QVERIFY2(recorded.contains(QLatin1String("2025-12-20")) && recorded.contains(QLatin1String("-1.5")), qPrintable(recorded));
    QVERIFY(!ok(L({"indicator", "record", "Groundwater", "--value=-2.25", "--date", "2025-12-21"})).isEmpty());

    QJsonObject indicator = json(L({"indicator", "list"})).value(QLatin1String("indicators")).toArray().first().toObject();
    QCOMPARE(indicator.value(QLatin1String("name")).toString(), QStringLiteral("Groundwater"));
    QCOMPARE(indicator.value(QLatin1String("unit")).toString(), QStringLiteral("m"));
    QCOMPARE(indicator.value(QLatin1String("boundary")).toString(), QStringLiteral("freshwater use"));
    QCOMPARE(indicator.value(QLatin1String("threshold")).toString(), QStringLiteral("12"));
    QCOMPARE(indicator.value(QLatin1String("direction")).toString(), QStringLiteral("higher-is-better"));
    QCOMPARE(indicator.value(QLatin1String("staleDays")).toInt(), 10);
    QCOMPARE(indicator.value(QLatin1String("latest")).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2025-12-21"));
    QCOMPARE(indicator.value(QLatin1String("latest")).toObject().value(QLatin1String("value")).toString(), QStringLiteral("-2.25"));
    // Eleven days old with --stale-days 10: grey.
    const QJsonObject light = json(L({"commons", "status"})).value(QLatin1String("lights")).toArray().first().toObject();
    QCOMPARE(light.value(QLatin1String("state")).toString(), QStringLiteral("grey"));

    // A day in the future is refused; nothing is recorded.
    const CliRun future = run(L({"indicator", "record", "Groundwater", "--value", "3", "--date", "2026-01-02"}));
    QCOMPARE(future.exitCode, 4);
    verifyOneLineError(future);
    indicator = json(L({"indicator", "list"})).value(QLatin1String("indicators")).toArray().first().toObject();
    QCOMPARE(indicator.value(QLatin1String("latest")).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2025-12-21"));
    QVERIFY(ok(L({"indicator", "list"})).contains(QLatin1String("Groundwater")));
}

void TestCliCommons::importMeasurements()
{
    useTemplate(QStringLiteral("people.vault"));
    QVERIFY(!ok(L({"indicator", "add", "Carbon", "--unit", "t CO2e", "--threshold", "100"})).isEmpty());
    QVERIFY(!ok(L({"indicator", "add", "Nitrogen", "--unit", "kg", "--threshold", "50"})).isEmpty());
    const QString file = writeFile(QStringLiteral("sensor.csv"), "\xEF\xBB\xBF"
                                                                 "date,indicator,value,source\r\n"
                                                                 "2025-12-01,Carbon,30.5,\r\n"
                                                                 "2025-12-02,carbon,-1.25,satellite\r\n"
                                                                 "2025-12-01,Nitrogen,12,\r\n");
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("measurements"), file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("Recorded 3 measurements from %1.\n").arg(file));

    auto vault = openVault();
    QVERIFY(vault);
    auto carbon = indicators::byName(vault->database(), QStringLiteral("Carbon"));
    QVERIFY(carbon);
    auto values = indicators::measurements(vault->database(), carbon->id, {}, {});
    QVERIFY(values);
    QCOMPARE(values->size(), 2);
    QCOMPARE(values->at(0).value, 30'500);
    QCOMPARE(values->at(0).source, QStringLiteral("sensor.csv"));
    QCOMPARE(values->at(1).value, -1'250);
    QCOMPARE(values->at(1).source, QStringLiteral("satellite"));
}

void TestCliCommons::importMeasurementsRefusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("named");
    QTest::newRow("value not a number") << QByteArray("indicator,date,value\nCarbon,2025-12-03,12\nCarbon,2025-12-04,abc\n")
                                        << QStringLiteral("line 3, field value");
    QTest::newRow("unknown indicator") << QByteArray("indicator,date,value\nCarbon,2025-12-03,12\nMethane,2025-12-04,1\n")
                                       << QStringLiteral("line 3, field indicator");
    QTest::newRow("bad date") << QByteArray("indicator,date,value\nCarbon,2025-02-30,12\n") << QStringLiteral("line 2, field date");
    QTest::newRow("day in the future") << QByteArray("indicator,date,value\nCarbon,2026-01-02,12\n") << QStringLiteral("line 2, field date");
    QTest::newRow("four decimals") << QByteArray("indicator,date,value\r\nCarbon,2025-12-03,1.2345\r\n") << QStringLiteral("line 2, field value");
    QTest::newRow("day twice") << QByteArray("indicator,date,value\nCarbon,2025-12-03,1\ncarbon,2025-12-03,2\n") << QStringLiteral("line 3");
    QTest::newRow("no value column") << QByteArray("indicator,date\nCarbon,2025-12-03\n") << QStringLiteral("value");
}

void TestCliCommons::importMeasurementsRefusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, named);
    useTemplate(QStringLiteral("people.vault"));
    QVERIFY(!ok(L({"indicator", "add", "Carbon", "--unit", "t CO2e", "--threshold", "100"})).isEmpty());
    const QString file = writeFile(QStringLiteral("bad.csv"), csv);
    const CliRun result = run({QStringLiteral("import"), QStringLiteral("measurements"), file});
    QCOMPARE(result.exitCode, 4);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(file) && result.err.contains(named) && result.err.contains(QLatin1String("Nothing was imported")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // Nothing at all, not even the good first line.
    QVERIFY(json(L({"indicator", "list"})).value(QLatin1String("indicators")).toArray().first().toObject().value(QLatin1String("latest")).isNull());

    const CliRun missing = run({QStringLiteral("import"), QStringLiteral("measurements"), path(QStringLiteral("none.csv"))});
    verifyUsageError(missing, QStringLiteral("none.csv"));
}

// Regional_Budget = Global_Safe_Space × (Population_Share +
// Ecosystem_Service_Share) / 2, rounded half up to thousandths.
void TestCliCommons::regionalBudgetNeedsNoVault()
{
    // No vault here at all: the command never opens one.
    const QString nowhere = path(QStringLiteral("nowhere.vault"));
    const auto budget = [&](const QStringList &arguments) { return runOn(nowhere, L({"indicator", "budget"}) + arguments, kDay1); };
    // 1000 × (0.0000375 + 0.00005) / 2 = 0.04375: 0.044.
    CliRun result = budget(L({"--global", "1000", "--population-share", "0.0000375", "--ecosystem-share", "0.00005"}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("0.044\n"));
    // 2.5 × (50 % + 1/4) / 2 = 0.9375: 0.938.
    result = budget(L({"--global", "2.5", "--population-share", "50%", "--ecosystem-share", "1/4"}));
    QCOMPARE(result.out, QStringLiteral("0.938\n"));
    // 4,000,000 × (100 / 8,000,000,000 + 0.0000001) / 2 = 0.225.
    result = budget(L({"--global", "4000000", "--population-share", "100/8000000000", "--ecosystem-share", "0.0000001"}));
    QCOMPARE(result.out, QStringLiteral("0.225\n"));

    verifyUsageError(budget(L({"--global", "1000", "--population-share", "1.5", "--ecosystem-share", "0"})),
                     QStringLiteral("--population-share"));
    verifyUsageError(budget(L({"--global", "1000", "--population-share", "0.1"})), QStringLiteral("--ecosystem-share"));
    verifyUsageError(budget(L({"--global", "lots", "--population-share", "0.1", "--ecosystem-share", "0.1"})),
                     QStringLiteral("--global"));
    QVERIFY(!QFile::exists(nowhere));
}

void TestCliCommons::tradeImpactsSetShownAndCleared()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString id = ok(L({"trade", "--from", "1", "--to", "2", "--amount", "10", "--memo", "firewood"})).trimmed();
    QVERIFY(!id.isEmpty());
    QCOMPARE(ok({QStringLiteral("impact"), id}), QStringLiteral("Trade %1 carries no ecological impacts.\n").arg(id));
    QCOMPARE(ok({QStringLiteral("impact"), id, QStringLiteral("carbon=12.5"), QStringLiteral("water=300")}),
             QStringLiteral("Trade %1 carries: carbon 12.5 kg CO2e, water 300 L.\n").arg(id));
    QCOMPARE(ok({QStringLiteral("impact"), id}), QStringLiteral("Trade %1 carries: carbon 12.5 kg CO2e, water 300 L.\n").arg(id));
    // Replacing, not adding.
    const QString replaced = ok({QStringLiteral("impact"), id, QStringLiteral("land=20")});
    QVERIFY2(replaced.contains(QStringLiteral("land 20 m²")) && !replaced.contains(QLatin1String("carbon")), qPrintable(replaced));
    QCOMPARE(ok({QStringLiteral("impact"), id, QStringLiteral("--clear")}), QStringLiteral("Trade %1 carries no ecological impacts.\n").arg(id));

    verifyUsageError(run({QStringLiteral("impact"), id, QStringLiteral("heat=3")}), QStringLiteral("heat=3"));
    verifyUsageError(run({QStringLiteral("impact"), id, QStringLiteral("carbon=1"), QStringLiteral("carbon=2")}), QStringLiteral("twice"));
    verifyUsageError(run({QStringLiteral("impact"), id, QStringLiteral("carbon=0")}), QStringLiteral("carbon"));
    verifyUsageError(run({QStringLiteral("impact"), id, QStringLiteral("carbon=1"), QStringLiteral("--clear")}), QStringLiteral("--clear"));
    verifyUsageError(run(L({"impact", "99"})), QStringLiteral("no trade 99"));
    verifyUsageError(run(L({"impact", "x"})), QStringLiteral("'x'"));
    verifyVault();
}

void TestCliCommons::tradeWithImpactsIsAllOrNothing()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString id = ok(L({"trade", "--from", "1", "--to", "2", "--amount", "10", "--memo", "a lift to town", "--impact", "carbon=5,land=20"})).trimmed();
    QVERIFY(!id.isEmpty());
    const QString shown = ok({QStringLiteral("impact"), id});
    QVERIFY2(shown.contains(QLatin1String("carbon 5 kg CO2e")) && shown.contains(QLatin1String("land 20")), qPrintable(shown));

    // Over Bob's credit line (1,000 credits): neither the trade nor its impacts.
    const QHash<int, QString> before = balances();
    const CliRun refused = run(L({"trade", "--from", "2", "--to", "3", "--amount", "5000", "--memo", "a tractor", "--impact", "pollution=4"}));
    QCOMPARE(refused.exitCode, 4);
    verifyOneLineError(refused);
    QCOMPARE(balances(), before);
    verifyUsageError(run({QStringLiteral("impact"), QString::number(id.toInt() + 1)}), QStringLiteral("no trade"));

    // The impacts are borne by the payer in the month's ecological balance.
    const QJsonObject balance = json(L({"commons", "balance", "--member", "1"}));
    QCOMPARE(balance.value(QLatin1String("month")).toString(), QStringLiteral("2026-01"));
    const QJsonObject ada = balance.value(QLatin1String("members")).toArray().first().toObject();
    QCOMPARE(ada.value(QLatin1String("number")).toInt(), 1);
    // carbon 5 × 0.1 + land 20 × 0.01 points, at the default weights.
    QCOMPARE(ada.value(QLatin1String("impacts")).toString(), QStringLiteral("0.7"));
    QCOMPARE(ada.value(QLatin1String("net")).toString(), QStringLiteral("-0.7"));

    verifyUsageError(run(L({"trade", "--from", "1", "--to", "2", "--amount", "1", "--memo", "x", "--impact", "carbon"})), QStringLiteral("--impact"));
    verifyUsageError(run(L({"trade", "--from", "1", "--to", "2", "--amount", "1", "--memo", "x", "--impact", "carbon=1,carbon=2"})),
                     QStringLiteral("twice"));
    verifyVault();
}

// January: Ada plants (earning points), Bob and Cleo extract (losing
// points); Cleo pledges work instead of the fee. Settled in February.
void TestCliCommons::balancePledgeAndSettle()
{
    useTemplate(QStringLiteral("people.vault"));
    QVERIFY(!ok(L({"commons", "add", "Orchard", "--unit", "t", "--yield", "100", "--period", "year", "--permits", "1000", "--regen-unit", "trees",
                   "--regen-permits", "2.5"}))
                 .isEmpty());
    // 4 trees × 2.5: 10 permits, +10 points. 1 t: 10 permits, −10 points.
    // 0.5 t: 5 permits, −5 points.
    QVERIFY(!ok(L({"commons", "regenerate", "Orchard", "--member", "1", "--qty", "4", "--action", "planted apple trees"}), QStringLiteral("2026-01-10"))
                 .isEmpty());
    QVERIFY(!ok(L({"commons", "extract", "Orchard", "--member", "2", "--qty", "1"}), QStringLiteral("2026-01-11")).isEmpty());
    QVERIFY(!ok(L({"commons", "extract", "Orchard", "--member", "3", "--qty", "0.5"}), QStringLiteral("2026-01-12")).isEmpty());

    const QString january = QStringLiteral("2026-01-31");
    QJsonObject balance = json(L({"commons", "balance"}), january);
    QCOMPARE(balance.value(QLatin1String("month")).toString(), QStringLiteral("2026-01"));
    QCOMPARE(balance.value(QLatin1String("settled")).toBool(), false);
    const QJsonObject community = balance.value(QLatin1String("community")).toObject();
    QCOMPARE(community.value(QLatin1String("regeneration")).toString(), QStringLiteral("10"));
    QCOMPARE(community.value(QLatin1String("extraction")).toString(), QStringLiteral("15"));
    QCOMPARE(community.value(QLatin1String("net")).toString(), QStringLiteral("-5"));
    const QJsonArray members = balance.value(QLatin1String("members")).toArray();
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).toObject().value(QLatin1String("net")).toString(), QStringLiteral("10"));
    QCOMPARE(members.at(1).toObject().value(QLatin1String("net")).toString(), QStringLiteral("-10"));
    QCOMPARE(members.at(2).toObject().value(QLatin1String("net")).toString(), QStringLiteral("-5"));
    const QString text = ok(L({"commons", "balance", "--month", "2026-01"}), january);
    QVERIFY2(text.contains(QLatin1String("Community")) && text.contains(QLatin1String("Cleo")) && text.contains(QLatin1String("not settled")),
             qPrintable(text));

    // Not before the month has ended.
    const CliRun early = run(L({"commons", "settle", "--month", "2026-01"}), january);
    QCOMPARE(early.exitCode, 4);
    verifyOneLineError(early);

    const QString pledged = ok(L({"commons", "pledge", "--member", "3", "--month", "2026-01", "--work", "two Saturdays at the wetland"}), january);
    QVERIFY2(pledged.contains(QLatin1String("Cleo (member 3)")) && pledged.contains(QLatin1String("two Saturdays at the wetland")), qPrintable(pledged));

    // At the default rules: 1.00 credit a point paid, 1.00 a point charged.
    const QString february = QStringLiteral("2026-02-01");
    const QString settled = ok(L({"commons", "settle", "--month", "2026-01"}), february);
    QVERIFY2(settled.contains(QLatin1String("Settled 2026-01: 3 members")) && settled.contains(QLatin1String("pledged work"))
                 && settled.contains(QLatin1String("10.00 paid")) && settled.contains(QLatin1String("10.00 charged")),
             qPrintable(settled));
    const QHash<int, QString> b = balances(february);
    QCOMPARE(b.value(1), QStringLiteral("10.00"));
    QCOMPARE(b.value(2), QStringLiteral("-10.00"));
    QCOMPARE(b.value(3), QStringLiteral("0.00"));
    QCOMPARE(b.value(0), QStringLiteral("0.00"));
    QCOMPARE(json(L({"commons", "balance", "--month", "2026-01"}), february).value(QLatin1String("settled")).toBool(), true);

    // Once only.
    const CliRun again = run(L({"commons", "settle", "--month", "2026-01"}), february);
    QCOMPARE(again.exitCode, 4);
    verifyOneLineError(again);
    QVERIFY2(again.err.contains(QLatin1String("Nothing was recorded")), qPrintable(again.err));
    QCOMPARE(balances(february), b);
    verifyVault();
}

void TestCliCommons::ecologicalRates()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString shown = ok(L({"commons", "rates"}));
    QVERIFY2(shown.contains(QStringLiteral("paid 1.00 a point")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("fee of 1.00 a point")), qPrintable(shown));
    const QString saved = ok(L({"commons", "rates", "--fee-per-point", "2.50", "--weight", "carbon=0.5,water=0"}));
    QVERIFY2(saved.contains(QStringLiteral("fee of 2.50 a point")), qPrintable(saved));
    const QJsonObject rates = QJsonDocument::fromJson(ok(L({"commons", "rates", "--json"})).toUtf8()).object();
    QCOMPARE(rates.value(QStringLiteral("creditsPerPoint")).toString(), QStringLiteral("1.00"));
    QCOMPARE(rates.value(QStringLiteral("feePerPoint")).toString(), QStringLiteral("2.50"));
    const QJsonObject perUnit = rates.value(QStringLiteral("pointsPerUnit")).toObject();
    QCOMPARE(perUnit.value(QStringLiteral("carbon")).toString(), QStringLiteral("0.5"));
    QCOMPARE(perUnit.value(QStringLiteral("water")).toString(), QStringLiteral("0"));
    QCOMPARE(perUnit.value(QStringLiteral("land")).toString(), QStringLiteral("0.01"));
    // Bad rates are refused by name, and nothing changes.
    verifyUsageError(run(L({"commons", "rates", "--weight", "noise=1"})), QStringLiteral("--weight"));
    verifyUsageError(run(L({"commons", "rates", "--credits-per-point", "-1"})), QStringLiteral("--credits-per-point"));
    const QJsonObject after = QJsonDocument::fromJson(ok(L({"commons", "rates", "--json"})).toUtf8()).object();
    QCOMPARE(after, rates);
}

void TestCliCommons::assemblyReport()
{
    useForest();
    QVERIFY(!ok(L({"indicator", "add", "Carbon emissions", "--unit", "t CO2e", "--threshold", "100"})).isEmpty());
    QVERIFY(!ok(L({"indicator", "add", "Bird species", "--unit", "species", "--threshold", "40", "--higher-is-better"})).isEmpty());
    QVERIFY(!ok(L({"indicator", "record", "Carbon emissions", "--value", "80", "--date", "2026-01-10"}), QStringLiteral("2026-01-20")).isEmpty());
    QVERIFY(!ok(L({"commons", "extract", "Forest", "--member", "1", "--qty", "20", "--date", "2026-01-12"}), QStringLiteral("2026-01-20")).isEmpty());
    QVERIFY(!ok(L({"commons", "regenerate", "Forest", "--member", "2", "--qty", "10", "--action", "planted hazel", "--date", "2026-01-15"}),
                QStringLiteral("2026-01-20"))
                 .isEmpty());

    const QString pdf = path(QStringLiteral("assembly.pdf"));
    const CliRun result = run({QStringLiteral("report"), QStringLiteral("assembly"), pdf, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2026-01-31")},
                              QStringLiteral("2026-02-01"));
    QCOMPARE(result.exitCode, 0);
    // Standard error is not a terminal here: no progress on it.
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const int pages = pdfPageCount(pdf);
    // A cover, then a page per section: at least the forest and both indicators.
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    QCOMPARE(result.out, QStringLiteral("The assembly report from 2026-01-01 to 2026-01-31 (pages: %1) written to %2.\n").arg(pages).arg(pdf));
    const QString text = pdfText(pdf);
    for (const char *word : {"Carbon emissions", "Bird species", "Forest", "planted hazel"})
        QVERIFY2(text.contains(QLatin1String(word)), word);
    // Made "today" as --today says, like every date the CLI writes.
    const QString generated = QLocale().toString(QDate(2026, 2, 1), QStringLiteral("d MMMM yyyy"));
    QVERIFY2(text.contains(QStringLiteral("Generated by Mycelium on %1").arg(generated)), qPrintable(text.left(400)));

    // Not a PDF name, or backwards: usage errors, no file.
    verifyUsageError(run({QStringLiteral("report"), QStringLiteral("assembly"), path(QStringLiteral("report.txt")), QStringLiteral("--from"),
                          QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")}),
                     QStringLiteral(".pdf"));
    verifyUsageError(run({QStringLiteral("report"), QStringLiteral("assembly"), path(QStringLiteral("back.pdf")), QStringLiteral("--from"),
                          QStringLiteral("2026-01-31"), QStringLiteral("--to"), QStringLiteral("2026-01-01")}),
                     QStringLiteral("--from"));
    verifyUsageError(run({QStringLiteral("report"), QStringLiteral("assembly"), path(QStringLiteral("open.pdf")), QStringLiteral("--from"),
                          QStringLiteral("2026-01-01")}),
                     QStringLiteral("--to"));
    QVERIFY(!QFile::exists(path(QStringLiteral("back.pdf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("open.pdf"))));
}

void TestCliCommons::demoWithCommons()
{
    useTemplate(QStringLiteral("empty.vault"));
    const CliRun made = run(L({"demo", "--members", "12", "--trades", "200", "--years", "1", "--commons"}));
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.contains(QLatin1String("12 members")) && made.out.contains(QLatin1String("commons demo")), qPrintable(made.out));
    QVERIFY(!json(L({"commons", "list"})).value(QLatin1String("resources")).toArray().isEmpty());
    QVERIFY(!json(L({"indicator", "list"})).value(QLatin1String("indicators")).toArray().isEmpty());
    QVERIFY(!json(L({"commons", "status"})).value(QLatin1String("lights")).toArray().isEmpty());
    verifyVault();
}

// A vault with members already: the commons demo alone.
void TestCliCommons::commonsDemoAloneOnAVaultWithMembers()
{
    useTemplate(QStringLiteral("people.vault"));
    const CliRun alone = run(L({"demo", "--commons"}));
    QCOMPARE(alone.exitCode, 0);
    QVERIFY2(alone.out.contains(QLatin1String("commons demo")) && !alone.out.contains(QLatin1String("members and")), qPrintable(alone.out));
    QVERIFY(!json(L({"commons", "list"})).value(QLatin1String("resources")).toArray().isEmpty());
    verifyVault();
}

void TestCliCommons::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const auto add = [](std::initializer_list<const char *> more) {
        return L({"commons", "add", "Forest"}) + L(more);
    };
    QTest::newRow("unknown period") << add({"--unit", "t", "--yield", "100", "--period", "week", "--permits", "10"}) << QStringLiteral("--period");
    QTest::newRow("bad quantity") << add({"--unit", "t", "--yield", "1.2345", "--period", "year", "--permits", "10"}) << QStringLiteral("--yield");
    QTest::newRow("quantity not a number") << add({"--unit", "t", "--yield", "lots", "--period", "year", "--permits", "10"}) << QStringLiteral("'lots'");
    QTest::newRow("missing --unit") << add({"--yield", "100", "--period", "year", "--permits", "10"}) << QStringLiteral("--unit");
    QTest::newRow("missing --permits") << add({"--unit", "t", "--yield", "100", "--period", "year"}) << QStringLiteral("--permits");
    QTest::newRow("zero permits") << add({"--unit", "t", "--yield", "100", "--period", "year", "--permits", "0"}) << QStringLiteral("--permits");
    QTest::newRow("elasticity 5") << add({"--unit", "t", "--yield", "100", "--period", "year", "--permits", "10", "--elasticity", "5"})
                                  << QStringLiteral("--elasticity");
    QTest::newRow("price with a comma") << add({"--unit", "t", "--yield", "100", "--period", "year", "--permits", "10", "--price", "2,5"})
                                        << QStringLiteral("--price");
    QTest::newRow("amber above red") << add({"--unit", "t", "--yield", "100", "--period", "year", "--permits", "10", "--amber", "90", "--red", "80"})
                                     << QStringLiteral("--amber");
    QTest::newRow("empty name") << L({"commons", "add", " ", "--unit", "t", "--yield", "1", "--period", "year", "--permits", "1"})
                                << QStringLiteral("name");
    QTest::newRow("extract zero") << L({"commons", "extract", "Forest", "--member", "1", "--qty", "0"}) << QStringLiteral("--qty");
    QTest::newRow("extract no member") << L({"commons", "extract", "Forest", "--qty", "1"}) << QStringLiteral("--member");
    QTest::newRow("extract negative") << L({"commons", "extract", "Forest", "--member", "1", "--qty", "-1"}) << QStringLiteral("--qty");
    QTest::newRow("regenerate no action") << L({"commons", "regenerate", "Forest", "--member", "1", "--qty", "1"}) << QStringLiteral("--action");
    QTest::newRow("settle bad month") << L({"commons", "settle", "--month", "2026-13"}) << QStringLiteral("--month");
    QTest::newRow("settle no month") << L({"commons", "settle"}) << QStringLiteral("--month");
    QTest::newRow("pledge no work") << L({"commons", "pledge", "--member", "1", "--month", "2026-01"}) << QStringLiteral("--work");
    QTest::newRow("unknown subcommand") << L({"commons", "burn"}) << QStringLiteral("commons burn");
    QTest::newRow("report without its kind") << L({"report"}) << QStringLiteral("needs one of assembly after it");
    QTest::newRow("indicator without threshold") << L({"indicator", "add", "Carbon", "--unit", "t"}) << QStringLiteral("--threshold");
    QTest::newRow("indicator stale days") << L({"indicator", "add", "Carbon", "--unit", "t", "--threshold", "1", "--stale-days", "0"})
                                          << QStringLiteral("--stale-days");
    QTest::newRow("record without value") << L({"indicator", "record", "Carbon"}) << QStringLiteral("--value");
    QTest::newRow("record bad value") << L({"indicator", "record", "Carbon", "--value", "12.5.1"}) << QStringLiteral("--value");
    QTest::newRow("option of another command") << L({"commons", "list", "--qty", "1"}) << QStringLiteral("--qty");
}

void TestCliCommons::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    useTemplate(QStringLiteral("people.vault"));
    verifyUsageError(run(arguments), named);
    QCOMPARE(json(L({"commons", "list"})).value(QLatin1String("resources")).toArray().size(), 0);
}

void TestCliCommons::unknownNamesAreUsageErrors()
{
    useForest();
    verifyUsageError(run(L({"commons", "extract", "Lake", "--member", "1", "--qty", "1"})), QStringLiteral("no resource named Lake"));
    verifyUsageError(run(L({"commons", "show", "Lake"})), QStringLiteral("Lake"));
    verifyUsageError(run(L({"commons", "extract", "Forest", "--member", "9", "--qty", "1"})), QStringLiteral("no member number 9"));
    verifyUsageError(run(L({"commons", "regenerate", "Forest", "--member", "9", "--qty", "1", "--action", "x"})), QStringLiteral("member number 9"));
    verifyUsageError(run(L({"commons", "balance", "--member", "9"})), QStringLiteral("member number 9"));
    verifyUsageError(run(L({"indicator", "record", "Carbon", "--value", "1"})), QStringLiteral("no indicator named Carbon"));
    QCOMPARE(json(L({"commons", "show", "Forest"})).value(QLatin1String("extractions")).toArray().size(), 0);
}

void TestCliCommons::helpListsTheCommands()
{
    const CliRun help = run(L({"--help"}));
    QCOMPARE(help.exitCode, 0);
    for (const char *line : {"commons add NAME --unit U --yield X --period month|year --permits N", "commons list [--json]", "commons show NAME",
                             "commons extract NAME --member N --qty X", "commons regenerate NAME --member N --qty X --action TEXT",
                             "commons status [--json]", "commons balance [--month YYYY-MM]", "commons settle --month YYYY-MM",
                             "commons pledge --member N --month YYYY-MM --work TEXT", "indicator add NAME --unit U --threshold X",
                             "indicator list [--json]", "indicator record NAME --value X", "indicator budget --global X",
                             "import measurements FILE", "impact TRADE_ID [KIND=QTY ...] [--clear]",
                             "report assembly FILE.pdf --from YYYY-MM-DD --to YYYY-MM-DD", "--impact KIND=QTY", "[--commons]"})
        QVERIFY2(help.out.contains(QLatin1String(line)), line);
}

QTEST_GUILESS_MAIN(TestCliCommons)
#include "tst_cli_commons.moc"
