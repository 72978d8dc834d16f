// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/database.h"
#include "testvaults.h"
#include "tools/toolimport.h"
#include "tools/tools.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QTest>

using namespace mycelium;

namespace {

Result<int> importText(Database &db, const QByteArray &csv, const QDateTime &now)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return tools::importItems(db, buffer, now);
}

} // namespace

class TestToolImport : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    test::TestVaults m_vaults{m_clock};
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    std::int64_t count(const char *sql) { return *db().scalar(QLatin1String(sql)); }
    Result<int> import(const QByteArray &csv) { return importText(db(), csv, m_clock.now()); }

private Q_SLOTS:
    void init()
    {
        auto vault = m_vaults.create();
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    // A spreadsheet's export: byte order mark, CRLF, the columns in another
    // order, quoted fields with commas, quotes and a line break.
    void importsEveryColumn()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "name,tag,category,description,condition,location,value,deposit,loan_days,late_fee,safety_notes,needs_training,"
                               "maintenance_every_loans,maintenance_every_days\r\n"
                               "Cordless drill,D-001,Power tools,\"18 V, two batteries\",worn,Shelf A3,120,20,14,1.50,\"Wear \"\"safety\"\" glasses\","
                               "no,10,\r\n"
                               "Chainsaw,CS-1,Chainsaws,\"Petrol;\r\nspare chain\",new,Cage,450.5,100,3,12.50,Helmet and trousers,yes,5,90\r\n";
        auto added = import(csv);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(*added, 2);

        auto drill = tools::itemByTag(db(), QStringLiteral("D-001"));
        QVERIFY(drill);
        QCOMPARE(drill->name, QStringLiteral("Cordless drill"));
        QCOMPARE(drill->category, QStringLiteral("Power tools"));
        QCOMPARE(drill->description, QStringLiteral("18 V, two batteries"));
        QCOMPARE(drill->condition, ToolItem::Condition::Worn);
        QCOMPARE(drill->location, QStringLiteral("Shelf A3"));
        QCOMPARE(drill->replacementValue, 12000);
        QCOMPARE(drill->deposit, 2000);
        QCOMPARE(drill->loanDays, 14);
        QCOMPARE(drill->lateFeePerDay, 150);
        QCOMPARE(drill->safetyNotes, QStringLiteral("Wear \"safety\" glasses"));
        QCOMPARE(drill->needsTraining, false);
        QCOMPARE(drill->maintenanceEveryLoans, 10);
        QCOMPARE(drill->maintenanceEveryDays, 0);
        QCOMPARE(drill->createdOn, QDate(2026, 11, 21));

        auto saw = tools::itemByTag(db(), QStringLiteral("cs-1"));
        QVERIFY(saw);
        QCOMPARE(saw->description, QStringLiteral("Petrol;\nspare chain"));
        QCOMPARE(saw->condition, ToolItem::Condition::New);
        QCOMPARE(saw->replacementValue, 45050);
        QCOMPARE(saw->lateFeePerDay, 1250);
        QCOMPARE(saw->loanDays, 3);
        QCOMPARE(saw->needsTraining, true);
        QCOMPARE(saw->maintenanceEveryLoans, 5);
        QCOMPARE(saw->maintenanceEveryDays, 90);
        // One journal entry per item, and the chain still verifies.
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'tool_added'"), 2);
        QVERIFY(m_vault->verify().isEmpty());
    }

    void emptyFieldsTakeTheDefaults()
    {
        auto added = import("tag,name,value,loan_days,needs_training,condition\nL-1,  Aluminium   ladder ,,,,\n");
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        auto ladder = tools::itemByTag(db(), QStringLiteral("L-1"));
        QVERIFY(ladder);
        QCOMPARE(ladder->name, QStringLiteral("Aluminium ladder"));
        QCOMPARE(ladder->condition, ToolItem::Condition::Good);
        QCOMPARE(ladder->replacementValue, 0);
        QCOMPARE(ladder->loanDays, 7);
        QCOMPARE(ladder->needsTraining, false);
        QCOMPARE(ladder->maintenanceEveryLoans, 0);

        // A header alone adds nothing, and is no error.
        auto none = import("tag,name\n");
        QVERIFY(none);
        QCOMPARE(*none, 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("named");
        const QByteArray header = "tag,name,value,deposit,late_fee,loan_days,condition,needs_training,maintenance_every_days\n";
        const QByteArray good = "A-1,Drill,,,,,,,\n";
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("no name column") << QByteArray("tag,category\nA-1,Drills\n") << QStringLiteral("\"name\" is missing");
        QTest::newRow("unknown column") << QByteArray("tag,name,colour\nA-1,Drill,red\n") << QStringLiteral("line 1, field colour");
        QTest::newRow("late fee not an amount") << header + good + "B-2,Saw,,,abc,,,,\n" << QStringLiteral("line 3, field late_fee: \"abc\" is not an amount");
        QTest::newRow("amount with a comma") << header + "B-2,Saw,\"12,50\",,,,,,\n" << QStringLiteral("line 2, field value");
        QTest::newRow("negative deposit") << header + "B-2,Saw,,-5,,,,,\n" << QStringLiteral("line 2, field deposit");
        QTest::newRow("too many decimals") << header + "B-2,Saw,1.005,,,,,,\n" << QStringLiteral("line 2, field value");
        QTest::newRow("zero loan days") << header + "B-2,Saw,,,,0,,,\n" << QStringLiteral("line 2, field loan_days");
        QTest::newRow("loan days in words") << header + "B-2,Saw,,,,a week,,,\n" << QStringLiteral("line 2, field loan_days");
        QTest::newRow("unknown condition") << header + "B-2,Saw,,,,,broken,,\n" << QStringLiteral("line 2, field condition: \"broken\"");
        QTest::newRow("training neither yes nor no") << header + "B-2,Saw,,,,,,maybe,\n" << QStringLiteral("line 2, field needs_training");
        QTest::newRow("negative interval") << header + "B-2,Saw,,,,,,,-30\n" << QStringLiteral("line 2, field maintenance_every_days");
        QTest::newRow("no tag") << header + good + "  ,Saw,,,,,,,\n" << QStringLiteral("line 3, field tag");
        QTest::newRow("no name") << header + "B-2,,,,,,,,\n" << QStringLiteral("line 2, field name");
        QTest::newRow("tag twice in the file") << header + good + "\n" + "a-1,Other drill,,,,,,,\n" << QStringLiteral("line 4, field tag");
        QTest::newRow("too few fields") << header + "B-2,Saw\n" << QStringLiteral("line 2: 2 fields");
        QTest::newRow("quote not closed") << header + good + "B-2,\"Saw,,,,,,,\n" << QStringLiteral("line 3");
        QTest::newRow("not UTF-8") << header + "B-2,S\xE4ge,,,,,,,\n" << QStringLiteral("line 2");
    }

    // Nothing is added when any row is wrong, and the error says where.
    void refusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, named);
        auto added = import(csv);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(added.error().message.contains(named), qPrintable(added.error().message));
        QCOMPARE(count("SELECT count(*) FROM tool_item"), 0);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'tool_added'"), 0);
    }

    void tagTwiceInTheFileNamesBothLines()
    {
        auto added = import("tag,name\nA-1,Drill\nB-1,Saw\na-1,Other drill\n");
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QLatin1String("line 4, field tag")) && added.error().message.contains(QLatin1String("line 2")),
                 qPrintable(added.error().message));
    }

    void tagAlreadyInTheVault()
    {
        QVERIFY(import("tag,name\nD-001,Cordless drill\n"));
        auto again = import("tag,name\nL-1,Ladder\nd-001,Another drill\n");
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("line 3, field tag")) && again.error().message.contains(QLatin1String("Cordless drill")),
                 qPrintable(again.error().message));
        QCOMPARE(count("SELECT count(*) FROM tool_item"), 1);
        QVERIFY(!tools::itemByTag(db(), QStringLiteral("L-1")));
    }

    // A large file with one bad row at its very end: none of it is added.
    void allOrNothing()
    {
        QByteArray csv = "tag,name,value\n";
        for (int i = 1; i <= 2000; ++i)
            csv += QStringLiteral("T-%1,Tool %1,%2\n").arg(i).arg(i % 50).toUtf8();
        auto added = import(csv + "T-2001,Last tool,lots\n");
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QLatin1String("line 2002, field value")), qPrintable(added.error().message));
        QCOMPARE(count("SELECT count(*) FROM tool_item"), 0);
        added = import(csv);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(*added, 2000);
        QCOMPARE(count("SELECT count(*) FROM tool_item"), 2000);
        QCOMPARE(count("SELECT sum(replacement_value) FROM tool_item"), 40 * (0 + 49) * 50 / 2 * 100);
    }

    void columnsAreListed()
    {
        const QStringList columns = tools::importColumns();
        QCOMPARE(columns.mid(0, 2), (QStringList{QStringLiteral("tag"), QStringLiteral("name")}));
        QCOMPARE(columns.size(), 15);
        QVERIFY(columns.contains(QStringLiteral("maintenance_every_days")));
        QVERIFY(columns.contains(QStringLiteral("owner")));
    }
};

QTEST_GUILESS_MAIN(TestToolImport)
#include "tst_toolimport.moc"
