// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/indicators.h"
#include "common/clock.h"
#include "storage/database.h"
#include "testvaults.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QTest>

using namespace mycelium;

class TestIndicatorImport : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    test::TestVaults m_vaults{m_clock};
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    std::int64_t count(const char *sql) { return *db().scalar(QLatin1String(sql)); }

    Result<int> import(const QByteArray &csv, const QString &source = QStringLiteral("station.csv"))
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        return indicators::importMeasurements(db(), buffer, source, m_clock.now());
    }

    void addIndicator(const QString &name)
    {
        NewIndicator i;
        i.name = name;
        i.unit = QStringLiteral("ppm");
        i.threshold = 500'000;
        i.createdOn = m_clock.today();
        auto added = indicators::add(db(), i, m_clock.now());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }

private Q_SLOTS:
    void init()
    {
        auto vault = m_vaults.create();
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        m_vault = std::move(*vault);
        addIndicator(QStringLiteral("Atmospheric CO2"));
        addIndicator(QStringLiteral("PM2.5"));
    }

    void cleanup() { m_vault.reset(); }

    void importsAGoodFile()
    {
        QCOMPARE(indicators::importColumns(), (QStringList{QStringLiteral("indicator"), QStringLiteral("date"), QStringLiteral("value"),
                                                           QStringLiteral("source")}));
        // A sensor's export: byte order mark, CRLF, columns in another order.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "date,value,indicator,source\r\n"
                               "2026-11-18,412.5,Atmospheric CO2,\r\n"
                               "2026-11-19,\"1,413.125\",atmospheric co2,satellite\r\n"
                               "2026-11-19,-3,PM2.5,\r\n";
        const std::int64_t entries = count("SELECT count(*) FROM journal");
        auto recorded = import(csv);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
        QCOMPARE(*recorded, 3);
        QCOMPARE(count("SELECT count(*) FROM eco_measurement"), 3);
        QCOMPARE(count("SELECT value FROM eco_measurement WHERE day = '2026-11-18'"), 412'500);
        QCOMPARE(count("SELECT value FROM eco_measurement e JOIN eco_indicator i ON i.id = e.indicator "
                       "WHERE day = '2026-11-19' AND i.name = 'Atmospheric CO2'"),
                 1'413'125);
        QCOMPARE(count("SELECT count(*) FROM eco_measurement WHERE source = 'station.csv'"), 2);
        QCOMPARE(count("SELECT count(*) FROM eco_measurement WHERE source = 'satellite'"), 1);
        // One journal entry for the file.
        QCOMPARE(count("SELECT count(*) FROM journal"), entries + 1);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'measurements_imported'"), 1);
        QVERIFY(m_vault->verify().isEmpty());

        // The same file again records nothing new, and writes nothing.
        auto again = import(csv);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(*again, 0);
        QCOMPARE(count("SELECT count(*) FROM eco_measurement"), 3);
        QCOMPARE(count("SELECT count(*) FROM journal"), entries + 1);

        // The header alone is no error.
        auto none = import("indicator,date,value\n");
        QVERIFY(none);
        QCOMPARE(*none, 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        const QByteArray header = "indicator,date,value\n";
        const QByteArray good = "PM2.5,2026-11-01,12\n";
        QTest::newRow("unknown indicator") << header + good + "Methane,2026-11-01,1\n" << QStringLiteral("line 3, field indicator")
                                           << QStringLiteral("Methane");
        QTest::newRow("no indicator") << header + good + ",2026-11-01,1\n" << QStringLiteral("line 3, field indicator") << QStringLiteral("no indicator");
        QTest::newRow("bad date") << header + good + "PM2.5,01/11/2026,1\n" << QStringLiteral("line 3, field date") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("no such day") << header + good + "PM2.5,2026-02-30,1\n" << QStringLiteral("line 3, field date") << QStringLiteral("2026-02-30");
        QTest::newRow("future date") << header + good + "PM2.5,2026-11-22,1\n" << QStringLiteral("line 3, field date") << QStringLiteral("future");
        QTest::newRow("bad value") << header + good + "PM2.5,2026-11-02,12 ppm\n" << QStringLiteral("line 3, field value")
                                   << QStringLiteral("not a number");
        QTest::newRow("empty value") << header + good + "PM2.5,2026-11-02,\n" << QStringLiteral("line 3, field value")
                                     << QStringLiteral("not a number");
        QTest::newRow("exponent") << header + good + "PM2.5,2026-11-02,1e3\n" << QStringLiteral("line 3, field value") << QStringLiteral("not a number");
        QTest::newRow("too many decimals") << header + good + "PM2.5,2026-11-02,1.2345\n" << QStringLiteral("line 3, field value")
                                           << QStringLiteral("three decimals");
        QTest::newRow("duplicate day") << header + good + "Atmospheric CO2,2026-11-01,400\npm2.5,2026-11-01,12\n"
                                       << QStringLiteral("line 4, field date") << QStringLiteral("line 2");
        QTest::newRow("conflicting stored value") << header + good + "Atmospheric CO2,2026-11-10,401\n" << QStringLiteral("line 3, field value")
                                                  << QStringLiteral("400");
        QTest::newRow("missing column") << QByteArray("indicator,value\nPM2.5,1\n") << QStringLiteral("line 1") << QStringLiteral("\"date\" is missing");
        QTest::newRow("unknown column") << QByteArray("indicator,date,value,unit\nPM2.5,2026-11-01,1,ppm\n")
                                        << QStringLiteral("line 1, field unit") << QStringLiteral("not a column");
        QTest::newRow("field count") << header + good + "PM2.5,2026-11-03\n" << QStringLiteral("line 3") << QString();
        QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("empty");
    }

    void refusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        QFETCH(QString, what);
        // A value already stored, for the conflict.
        QVERIFY(indicators::record(db(), QStringLiteral("Atmospheric CO2"), QDate(2026, 11, 10), 400'000, {}, m_clock.now()));
        const std::int64_t rows = count("SELECT count(*) FROM eco_measurement");
        const std::int64_t entries = count("SELECT count(*) FROM journal");
        auto result = import(csv);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        const QString message = result.error().message;
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(what), qPrintable(message));
        // Nothing changed: the good first row is not recorded either.
        QCOMPARE(count("SELECT count(*) FROM eco_measurement"), rows);
        QCOMPARE(count("SELECT count(*) FROM journal"), entries);
    }

    void sameValueStoredIsSkipped()
    {
        QVERIFY(indicators::record(db(), QStringLiteral("PM2.5"), QDate(2026, 11, 1), 12'000, {}, m_clock.now()));
        auto recorded = import("indicator,date,value\nPM2.5,2026-11-01,12.000\nPM2.5,2026-11-02,13\n");
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
        QCOMPARE(*recorded, 1);
        QCOMPARE(count("SELECT count(*) FROM eco_measurement"), 2);
        // The hand-entered value keeps its source.
        QCOMPARE(count("SELECT count(*) FROM eco_measurement WHERE source = 'hand'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorImport)
#include "tst_indicatorimport.moc"
