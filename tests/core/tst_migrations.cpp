// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "ledger/ledger.h"
#include "security/keyfile.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {

QStringList schemaOf(Database &db)
{
    QStringList schema;
    auto stmt = db.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (stmt->next())
        schema << stmt->text(0) + QLatin1Char(' ') + stmt->text(1) + QLatin1Char(' ') + stmt->text(2).simplified();
    return schema;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const SecureBytes m_key = SecureBytes::random(32);
    const FixedClock m_clock{QDate(2026, 11, 21)};

private Q_SLOTS:
    void versionsAreConsecutive()
    {
        int expected = 1;
        for (const Migration &step : schemaMigrations())
            QCOMPARE(step.version, expected++);
        QCOMPARE(latestSchemaVersion(), expected - 1);
    }

    // A vault stopped at every earlier version upgrades to exactly the schema
    // of a new vault, keeping its data.
    void upgradesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void upgradesEveryEarlierVersion()
    {
        QFETCH(int, from);
        QStringList fresh;
        {
            auto db = Database::open(m_dir.filePath(QStringLiteral("fresh%1.db").arg(from)), m_key.span(), true);
            QVERIFY(migrate(*db).ok());
            fresh = schemaOf(*db);
        }
        const QString path = m_dir.filePath(QStringLiteral("old%1.db").arg(from));
        {
            auto db = Database::open(path, m_key.span(), true);
            QVERIFY(migrate(*db, from).ok());
            QCOMPARE(db->userVersion(), from);
            if (from >= 1)
                QVERIFY(insertCommunityProfile(*db, {QStringLiteral("Old Mill"), QDate(2025, 1, 2)}).ok());
        }
        auto db = Database::open(path, m_key.span(), false);
        QVERIFY(db);
        QVERIFY(migrate(*db).ok());
        QCOMPARE(db->userVersion(), latestSchemaVersion());
        QCOMPARE(schemaOf(*db), fresh);
        if (from >= 1)
            QCOMPARE(loadCommunityProfile(*db)->name, QStringLiteral("Old Mill"));
    }

    // A vault file written by the first release, kept in the repository, opens
    // through the normal path and is upgraded in place.
    void opensShippedVersion1Vault()
    {
        const QString source = QStringLiteral(MYCELIUM_TEST_DATA "/vaults/schema-v1.vault");
        QVERIFY2(QFile::exists(source), qPrintable(source));
        const QString path = m_dir.filePath(QStringLiteral("shipped.vault"));
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + QStringLiteral(".key"), path + QStringLiteral(".key")));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto vault = Vault::openWithPassphrase(path, QStringLiteral("fixture passphrase for schema one"), m_clock);
        QVERIFY2(vault.ok(), qPrintable(vault ? QString() : vault.error().message));
        const VaultInfo info = (*vault)->info();
        QCOMPARE(info.schemaVersion, latestSchemaVersion());
        QCOMPARE(info.cipherPageSize, Database::kLegacyCipherPageSize); // made before 4 KiB pages; still opens
        QCOMPARE(info.community.name, QStringLiteral("Schema One Commons"));
        QCOMPARE(info.community.createdOn, QDate(2026, 1, 15));
        QVERIFY((*vault)->verify().isEmpty());
        auto upgraded = (*vault)->database().scalar(QStringLiteral("SELECT count(*) FROM security_event WHERE kind = 'upgraded'"));
        QCOMPARE(*upgraded, 1);
    }

    // Version 4 gives every posting its day and running balance, computed
    // from the trades and charges already in a version-3 vault.
    void runningBalancesFromVersion3()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("v3-ledger.db")), m_key.span(), true);
        QVERIFY(migrate(*db, 3).ok());
        QVERIFY(db->exec(QStringLiteral(R"sql(
            INSERT INTO member (id, number, name, joined_on) VALUES (1, 1, 'Ana', '2026-01-01'), (2, 2, 'Ben', '2026-01-01');
            INSERT INTO account (id, kind, member_id, balance, demurrage_through) VALUES
                (2, 'member', 1, -900, '2026-01-06'), (3, 'member', 2, 898, '2026-01-06');
            UPDATE account SET balance = 2 WHERE id = 1;
            INSERT INTO journal (seq, at, kind, body, prev_hash, hash) VALUES
                (1, '2026-01-05T10:00:00', 'trade', x'01', x'00', x'11'),
                (2, '2026-01-07T10:00:00', 'demurrage', x'02', x'11', x'22'),
                (3, '2026-01-07T10:00:00', 'trade', x'03', x'22', x'33');
            INSERT INTO posting (journal_seq, account, amount) VALUES
                (1, 2, -1000), (1, 3, 1000), (2, 3, -2), (2, 1, 2), (3, 3, -100), (3, 2, 100);
            INSERT INTO trade (id, journal_seq, payer, payee, amount, trade_date, confirmation) VALUES
                (1, 1, 2, 3, 1000, '2026-01-05', 'none'), (2, 3, 3, 2, 100, '2026-01-07', 'none');
            INSERT INTO demurrage_charge (journal_seq, account, first_day, last_day, balance_before, amount) VALUES
                (2, 3, '2026-01-05', '2026-01-06', 1000, 2);
        )sql")).ok());
        QVERIFY(migrate(*db).ok());
        QStringList rows;
        auto stmt = db->prepare(QStringLiteral("SELECT account, journal_seq, day, amount, balance_after FROM posting ORDER BY account, journal_seq"));
        while (stmt->next())
            rows << QStringLiteral("%1 %2 %3 %4 %5").arg(stmt->int64(0)).arg(stmt->int64(1)).arg(stmt->text(2)).arg(stmt->int64(3)).arg(stmt->int64(4));
        QCOMPARE(rows, (QStringList{
                           QStringLiteral("1 2 2026-01-07 2 2"),
                           QStringLiteral("2 1 2026-01-05 -1000 -1000"),
                           QStringLiteral("2 3 2026-01-07 100 -900"),
                           QStringLiteral("3 1 2026-01-05 1000 1000"),
                           QStringLiteral("3 2 2026-01-07 -2 998"),
                           QStringLiteral("3 3 2026-01-07 -100 898"),
                       }));
        QVERIFY(ledger::checkPostings(*db).isEmpty());
        // Postings stay append-only under the new table.
        QVERIFY(!db->exec(QStringLiteral("UPDATE posting SET amount = 5 WHERE journal_seq = 1 AND account = 2")));
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM posting")));
    }

    // Version 7 keeps each item's loans since its last maintenance, counted
    // from the loans already in a version-6 vault.
    void loansSinceMaintenanceFromVersion6()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("v6-tools.db")), m_key.span(), true);
        QVERIFY(migrate(*db, 6).ok());
        QVERIFY(db->exec(QStringLiteral(R"sql(
            INSERT INTO member (id, number, name, joined_on) VALUES (1, 1, 'Ana', '2026-01-01');
            INSERT INTO tool_item (id, asset_tag, name, maintenance_every_loans, created_on) VALUES
                (1, 'D-1', 'Drill', 3, '2026-01-01'), (2, 'S-1', 'Saw', NULL, '2026-01-01');
            INSERT INTO tool_loan (item, member, out_on, due_on, returned_on, return_condition) VALUES
                (1, 1, '2026-01-02', '2026-01-09', '2026-01-03', 'good'),
                (1, 1, '2026-01-05', '2026-01-12', '2026-01-06', 'good'),
                (1, 1, '2026-01-10', '2026-01-17', '2026-01-11', 'good'),
                (2, 1, '2026-01-02', '2026-01-09', '2026-01-03', 'good');
            INSERT INTO tool_maintenance (item, opened_on, closed_on, reason, work_done) VALUES
                (1, '2026-01-07', '2026-01-07', 'Due', 'Oiled');
        )sql")).ok());
        QVERIFY(migrate(*db).ok());
        QCOMPARE(*db->scalar(QStringLiteral("SELECT loans_since_maintenance FROM tool_item WHERE id = 1")), 1); // after the 7th
        QCOMPARE(*db->scalar(QStringLiteral("SELECT loans_since_maintenance FROM tool_item WHERE id = 2")), 1);
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.db"));
        auto db = Database::open(path, m_key.span(), true);
        QVERIFY(migrate(*db).ok());
        QVERIFY(db->setUserVersion(latestSchemaVersion() + 1).ok());
        const Status status = migrate(*db);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::SchemaTooNew);
        QCOMPARE(db->userVersion(), latestSchemaVersion() + 1);
    }

    // Regenerates tests/data/vaults/schema-v1.vault: run by hand only, with
    // MYCELIUM_WRITE_FIXTURES=<folder>, when the fixture must be rebuilt.
    void writeFixtures()
    {
        const QString folder = qEnvironmentVariable("MYCELIUM_WRITE_FIXTURES");
        if (folder.isEmpty())
            QSKIP("fixture generation runs only when asked");
        const QString path = QDir(folder).filePath(QStringLiteral("schema-v1.vault"));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".key"));
        const SecureBytes key = SecureBytes::random(KeyFile::kVaultKeySize);
        {
            auto db = Database::open(path, key.span(), true);
            QVERIFY(db);
            QVERIFY(migrate(*db, 1).ok());
            QVERIFY(insertCommunityProfile(*db, {QStringLiteral("Schema One Commons"), QDate(2026, 1, 15)}).ok());
        }
        QByteArray id(16, '\0');
        id[0] = 1;
        auto keyFile = KeyFile::seal(key, QStringLiteral("fixture passphrase for schema one"), KdfParams::fastForTests(), id);
        QVERIFY(keyFile->save(path + QStringLiteral(".key")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
