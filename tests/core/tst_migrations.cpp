// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
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
        QCOMPARE(info.community.name, QStringLiteral("Schema One Commons"));
        QCOMPARE(info.community.createdOn, QDate(2026, 1, 15));
        QVERIFY((*vault)->verify().isEmpty());
        auto upgraded = (*vault)->database().scalar(QStringLiteral("SELECT count(*) FROM security_event WHERE kind = 'upgraded'"));
        QCOMPARE(*upgraded, 1);
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
