// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/securebytes.h"
#include "storage/database.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const SecureBytes m_key = SecureBytes::random(32);

    Database openNew(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), m_key.span(), true);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(*db);
    }

private Q_SLOTS:
    void runsSqlCipher()
    {
        Database db = openNew(QStringLiteral("a.db"));
        QVERIFY(Database::cipherVersion(db.handle()).startsWith(QLatin1String("3.4.1")));
        auto mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        QCOMPARE(*db.scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(*db.scalar(QStringLiteral("PRAGMA secure_delete")), 1);
        QCOMPARE(*db.scalar(QStringLiteral("PRAGMA synchronous")), 2); // FULL
        QCOMPARE(*db.scalar(QStringLiteral("PRAGMA temp_store")), 2); // MEMORY
    }

    void bindsAndReads()
    {
        Database db = openNew(QStringLiteral("b.db"));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER, s TEXT, b BLOB)")).ok());
        auto insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
        QVERIFY(insert);
        QVERIFY(insert->bind(1, std::int64_t(9007199254740993)).bind(2, QStringLiteral("Zoë ✓")).bind(3, QByteArray("\0\1\2", 3)).exec().ok());
        QVERIFY(insert->reset().ok());
        QVERIFY(insert->bind(1, 2).bindNull(2).bind(3, QByteArray()).exec().ok());
        auto select = db.prepare(QStringLiteral("SELECT i, s, b FROM t ORDER BY i DESC"));
        QVERIFY(select->next());
        QCOMPARE(select->int64(0), std::int64_t(9007199254740993));
        QCOMPARE(select->text(1), QStringLiteral("Zoë ✓"));
        QCOMPARE(select->blob(2), QByteArray("\0\1\2", 3));
        QVERIFY(select->next());
        QVERIFY(select->isNull(1));
        QVERIFY(!select->next());
        QVERIFY(!select->error());
    }

    // prepare() hands back kept statements: one must come back with no
    // bindings and no half-read rows, and two live copies of one query must
    // not share state.
    void reusedStatementsStartClean()
    {
        Database db = openNew(QStringLiteral("reuse.db"));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER); INSERT INTO t VALUES (1), (2), (3)")).ok());
        const QString sql = QStringLiteral("SELECT i FROM t WHERE i >= coalesce(?, 0) ORDER BY i");
        {
            auto first = db.prepare(sql);
            QVERIFY(first);
            first->bind(1, 2);
            QVERIFY(first->next());
            QCOMPARE(first->int64(0), 2);
            auto second = db.prepare(sql); // while the first is still in use
            QVERIFY(second);
            QVERIFY(second->next());
            QCOMPARE(second->int64(0), 1);
            QVERIFY(first->next());
            QCOMPARE(first->int64(0), 3);
        } // both go back; the first one abandoned nothing mid-read
        auto again = db.prepare(sql);
        QVERIFY(again->next());
        QCOMPARE(again->int64(0), 1); // the binding of 2 did not survive
        // A write after the kept reads is not blocked by a stale read lock.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (4)")).ok());
    }

    // The log is folded back into the file when the program asks, not inside
    // a commit (the slow trade at the 99th percentile).
    void checkpointsOnlyWhenAsked()
    {
        Database db = openNew(QStringLiteral("wal.db"));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (b BLOB)")).ok());
        auto insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))"));
        QVERIFY(insert);
        for (int i = 0; i < 400; ++i) {
            QVERIFY(insert->exec().ok());
            QVERIFY(insert->reset().ok());
        }
        QVERIFY2(db.walPages() >= Database::kCheckpointPages, qPrintable(QString::number(db.walPages())));
        QVERIFY(db.wantsCheckpoint());
        QVERIFY(db.checkpoint().ok());
        QCOMPARE(db.walPages(), 0);
        QVERIFY(!db.wantsCheckpoint());
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = openNew(QStringLiteral("c.db"));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER PRIMARY KEY)")).ok());
        {
            Transaction tx(db);
            QVERIFY(tx.began().ok());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        }
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM t")), 0);
        {
            Transaction tx(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            QVERIFY(tx.commit().ok());
            QVERIFY(!tx.commit().ok());
        }
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM t")), 1);
        const Status duplicate = db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::IntegrityViolation);
    }

    void nestedTransactionsAreSavepoints()
    {
        Database db = openNew(QStringLiteral("n.db"));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER PRIMARY KEY)")).ok());
        {
            Transaction outer(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            {
                Transaction inner(db);
                QVERIFY(inner.began().ok());
                QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")).ok());
            } // rolled back alone
            {
                Transaction inner(db);
                QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (3)")).ok());
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(*db.scalar(QStringLiteral("SELECT sum(i) FROM t")), 4); // 1 and 3
        } // the outer one rolls back everything
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM t")), 0);
        {
            Transaction outer(db);
            {
                Transaction inner(db);
                QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (5)")).ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(*db.scalar(QStringLiteral("SELECT sum(i) FROM t")), 5);
        QVERIFY(!db.inTransaction());
    }

    void badSqlIsAnError()
    {
        Database db = openNew(QStringLiteral("d.db"));
        auto stmt = db.prepare(QStringLiteral("SELEKT nothing"));
        QVERIFY(!stmt);
        QVERIFY(stmt.error().message.contains(QLatin1String("syntax")));
    }

    void wrongKeyIsRefused()
    {
        {
            Database db = openNew(QStringLiteral("e.db"));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (i)")).ok());
        }
        const SecureBytes other = SecureBytes::random(32);
        auto db = Database::open(m_dir.filePath(QStringLiteral("e.db")), other.span(), false);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(Database::open(m_dir.filePath(QStringLiteral("e.db")), m_key.span(), false).ok());
    }

    void notADatabase()
    {
        test::writeFile(m_dir.filePath(QStringLiteral("junk.db")), QByteArray(4096, 'j'));
        auto db = Database::open(m_dir.filePath(QStringLiteral("junk.db")), m_key.span(), false);
        QVERIFY(!db);
        auto missing = Database::open(m_dir.filePath(QStringLiteral("none.db")), m_key.span(), false);
        QCOMPARE(missing.error().code, ErrorCode::VaultMissing);
        auto exists = Database::open(m_dir.filePath(QStringLiteral("junk.db")), m_key.span(), true);
        QCOMPARE(exists.error().code, ErrorCode::VaultExists);
    }

    void rekeyKeepsData()
    {
        const SecureBytes next = SecureBytes::random(32);
        {
            Database db = openNew(QStringLiteral("f.db"));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (i); INSERT INTO t VALUES (42);")).ok());
            QVERIFY(db.rekey(next.span()).ok());
            QCOMPARE(*db.scalar(QStringLiteral("SELECT i FROM t")), 42);
            auto mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
            QVERIFY(mode->next());
            QCOMPARE(mode->text(0), QStringLiteral("wal"));
        }
        QCOMPARE(Database::open(m_dir.filePath(QStringLiteral("f.db")), m_key.span(), false).error().code, ErrorCode::WrongPassphrase);
        auto db = Database::open(m_dir.filePath(QStringLiteral("f.db")), next.span(), false);
        QVERIFY(db);
        QCOMPARE(*db->scalar(QStringLiteral("SELECT i FROM t")), 42);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
