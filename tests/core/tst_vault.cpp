// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "storage/migrations.h"
#include "testfiles.h"
#include "vault/vault.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace mycelium;
using namespace mycelium::test;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kOtherPassphrase = QStringLiteral("seven lanterns over the millpond");
// A string that must never appear in clear in any file of the vault.
const QString kMarker = QStringLiteral("MARKER-7f3c9a-plaintext-must-not-leak");
} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 11, 21)};
    QString path(const QString &name = QStringLiteral("c.vault")) const { return m_dir.filePath(name); }

    std::unique_ptr<Vault> createVault(const QString &name = QStringLiteral("c.vault"), const QString &community = QStringLiteral("Riverside"))
    {
        auto vault = Vault::create(path(name), community, kPassphrase, m_clock, KdfParams::fastForTests());
        if (!vault)
            qWarning() << vault.error().message;
        return vault ? std::move(*vault) : nullptr;
    }

private Q_SLOTS:
    void createdVaultIsEncryptedAndPrivate()
    {
        auto vault = createVault(QStringLiteral("enc.vault"), kMarker);
        QVERIFY(vault);
        const VaultPaths paths{path(QStringLiteral("enc.vault"))};
        // Force data into the WAL while the vault is open.
        for (int i = 0; i < 50; ++i)
            QVERIFY(vault->recordSecurityEvent(QStringLiteral("created"), kMarker).ok());
        QVERIFY(QFile::exists(paths.wal()));
        QVERIFY(readFile(paths.wal()).size() > 0);
        QVERIFY(!readFile(paths.wal()).contains(kMarker.toUtf8()));
        QVERIFY(!readFile(paths.vault).contains(kMarker.toUtf8()));
        QCOMPARE(fileMode(paths.vault), 0600);
        QCOMPARE(fileMode(paths.wal()), 0600);
        QCOMPARE(fileMode(paths.keyFile()), 0600);
        vault.reset();

        const QByteArray bytes = readFile(paths.vault);
        QVERIFY(bytes.size() > 1024);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(kMarker.toUtf8()));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(!QFile::exists(paths.lockFile()) || !QLockFile(paths.lockFile()).isLocked());
    }

    void opensWithTheStandardSqlcipherShell()
    {
        // No lock-in: given the raw key, the stock sqlcipher tool reads the vault.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        auto vault = createVault(QStringLiteral("shell.vault"), QStringLiteral("Shell Commons"));
        QVERIFY(vault);
        const SecureBytes key = vault->copyKey();
        vault.reset();
        const QByteArray hex = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex();
        QProcess sqlite;
        sqlite.start(shell, {path(QStringLiteral("shell.vault"))});
        QVERIFY(sqlite.waitForStarted());
        sqlite.write("PRAGMA key = \"x'" + hex + "'\";\nPRAGMA cipher_page_size = 4096;\nSELECT name FROM community;\n.quit\n");
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished(10000));
        QVERIFY2(sqlite.readAllStandardOutput().contains("Shell Commons"), sqlite.readAllStandardError().constData());
    }

    void reopensWithPassphrase()
    {
        QVERIFY(createVault(QStringLiteral("open.vault")));
        auto vault = Vault::openWithPassphrase(path(QStringLiteral("open.vault")), kPassphrase, m_clock);
        QVERIFY2(vault.ok(), qPrintable(vault ? QString() : vault.error().message));
        const VaultInfo info = (*vault)->info();
        QCOMPARE(info.community.name, QStringLiteral("Riverside"));
        QCOMPARE(info.community.createdOn, QDate(2026, 11, 21));
        QCOMPARE(info.schemaVersion, latestSchemaVersion());
        QVERIFY(info.cipherVersion.startsWith(QLatin1String("3.4")));
        QVERIFY((*vault)->verify().isEmpty());
    }

    void wrongPassphraseChangesNothing()
    {
        QVERIFY(createVault(QStringLiteral("wrong.vault")));
        const VaultPaths paths{path(QStringLiteral("wrong.vault"))};
        const QByteArray vaultBefore = readFile(paths.vault);
        const QByteArray keyBefore = readFile(paths.keyFile());
        auto vault = Vault::openWithPassphrase(paths.vault, QStringLiteral("not the passphrase at all"), m_clock);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!vault.error().message.isEmpty());
        QCOMPARE(readFile(paths.vault), vaultBefore);
        QCOMPARE(readFile(paths.keyFile()), keyBefore);
        QVERIFY(!QFile::exists(paths.wal()));
    }

    void refusesToOverwrite()
    {
        QVERIFY(createVault(QStringLiteral("twice.vault")));
        const QByteArray before = readFile(path(QStringLiteral("twice.vault")));
        auto again = Vault::create(path(QStringLiteral("twice.vault")), QStringLiteral("Other"), kPassphrase, m_clock, KdfParams::fastForTests());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::VaultExists);
        QCOMPARE(readFile(path(QStringLiteral("twice.vault"))), before);
    }

    void refusesBadInputWithoutLeavingFiles()
    {
        auto weak = Vault::create(path(QStringLiteral("weak.vault")), QStringLiteral("Riverside"), QStringLiteral("secret"), m_clock,
                                  KdfParams::fastForTests());
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, ErrorCode::InvalidArgument);
        auto unnamed = Vault::create(path(QStringLiteral("weak.vault")), QStringLiteral("   "), kPassphrase, m_clock, KdfParams::fastForTests());
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!Vault::exists(path(QStringLiteral("weak.vault"))));
    }

    void secondOpenIsBusy()
    {
        auto first = createVault(QStringLiteral("busy.vault"));
        QVERIFY(first);
        auto second = Vault::claim(path(QStringLiteral("busy.vault")));
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::VaultBusy);
        first.reset();
        QVERIFY(Vault::claim(path(QStringLiteral("busy.vault"))).ok());
    }

    void damagedKeyFileIsRejected_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("expected");
        QTest::newRow("magic") << qint64(0) << int(ErrorCode::KeyFileDamaged);
        QTest::newRow("kdf parameters") << qint64(15) << int(ErrorCode::KeyFileDamaged);
        QTest::newRow("sealed key") << qint64(100) << int(ErrorCode::KeyFileDamaged);
        QTest::newRow("checksum") << qint64(150) << int(ErrorCode::KeyFileDamaged);
    }

    void damagedKeyFileIsRejected()
    {
        QFETCH(qint64, offset);
        QFETCH(int, expected);
        const QString name = QStringLiteral("key%1.vault").arg(offset);
        QVERIFY(createVault(name));
        const VaultPaths paths{path(name)};
        const QByteArray vaultBefore = readFile(paths.vault);
        flipByte(paths.keyFile(), offset);
        auto vault = Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock);
        QVERIFY(!vault);
        QCOMPARE(int(vault.error().code), expected);
        QVERIFY(vault.error().message.contains(paths.keyFile()));
        QCOMPARE(readFile(paths.vault), vaultBefore);
    }

    void keyFileEditedWithMatchingChecksumStillFails()
    {
        // The checksum only catches accidents. Someone who edits the salt and
        // recomputes it still gets nowhere: the seal authenticates the header.
        QVERIFY(createVault(QStringLiteral("forged.vault")));
        const VaultPaths paths{path(QStringLiteral("forged.vault"))};
        QByteArray bytes = readFile(paths.keyFile());
        bytes[30] = char(bytes[30] ^ 0x01);
        QByteArray body = bytes.left(KeyFile::kSize - 32);
        QByteArray digest(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), 32, reinterpret_cast<const unsigned char *>(body.constData()),
                           size_t(body.size()), nullptr, 0);
        writeFile(paths.keyFile(), body + digest);
        auto vault = Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::WrongPassphrase);
    }

    void missingAndEmptyKeyFile()
    {
        QVERIFY(createVault(QStringLiteral("nokey.vault")));
        const VaultPaths paths{path(QStringLiteral("nokey.vault"))};
        const QByteArray key = readFile(paths.keyFile());
        writeFile(paths.keyFile(), {});
        auto empty = Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::KeyFileDamaged);
        QFile::remove(paths.keyFile());
        auto missing = Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::KeyFileMissing);
        QVERIFY(QFile::exists(paths.vault)); // nothing deleted
        writeFile(paths.keyFile(), key);
        QVERIFY(Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock).ok());
    }

    void truncatedVaultIsReportedNotCrashed_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("half a page") << qint64(512);
        QTest::newRow("half the file") << qint64(-2);
        QTest::newRow("one page short") << qint64(-1);
    }

    void truncatedVaultIsReportedNotCrashed()
    {
        QFETCH(qint64, size);
        const QString name = QStringLiteral("trunc%1.vault").arg(size + 10);
        {
            auto vault = createVault(name);
            QVERIFY(vault);
            for (int i = 0; i < 40; ++i)
                QVERIFY(vault->recordSecurityEvent(QStringLiteral("created"), QString(200, QLatin1Char('x'))).ok());
        }
        const VaultPaths paths{path(name)};
        const qint64 full = QFileInfo(paths.vault).size();
        truncateFile(paths.vault, size == -2 ? full / 2 : size == -1 ? full - 1024 : size);
        auto vault = Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::VaultDamaged);
        QVERIFY(vault.error().message.contains(paths.vault));
    }

    void vaultWithoutMatchingKeyFileIsDamaged()
    {
        QVERIFY(createVault(QStringLiteral("a.vault")));
        QVERIFY(createVault(QStringLiteral("b.vault")));
        QFile::remove(path(QStringLiteral("a.vault.key")));
        QFile::copy(path(QStringLiteral("b.vault.key")), path(QStringLiteral("a.vault.key")));
        auto vault = Vault::openWithPassphrase(path(QStringLiteral("a.vault")), kPassphrase, m_clock);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::VaultDamaged);
    }

    void changePassphraseReseals()
    {
        auto vault = createVault(QStringLiteral("pw.vault"));
        QVERIFY(vault);
        const QByteArray vaultBytes = readFile(path(QStringLiteral("pw.vault")));
        const QByteArray keyBefore = readFile(path(QStringLiteral("pw.vault.key")));
        auto wrong = vault->changePassphrase(QStringLiteral("not my passphrase here"), kOtherPassphrase);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        auto weak = vault->changePassphrase(kPassphrase, QStringLiteral("abc"));
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(readFile(path(QStringLiteral("pw.vault.key"))), keyBefore);
        QVERIFY(vault->changePassphrase(kPassphrase, kOtherPassphrase).ok());
        QVERIFY(readFile(path(QStringLiteral("pw.vault.key"))) != keyBefore);
        vault.reset();
        QCOMPARE(Vault::openWithPassphrase(path(QStringLiteral("pw.vault")), kPassphrase, m_clock).error().code, ErrorCode::WrongPassphrase);
        auto reopened = Vault::openWithPassphrase(path(QStringLiteral("pw.vault")), kOtherPassphrase, m_clock);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->info().community.name, QStringLiteral("Riverside"));
        Q_UNUSED(vaultBytes);
    }

    void rekeyReencryptsEverything()
    {
        auto vault = createVault(QStringLiteral("rekey.vault"));
        QVERIFY(vault);
        const VaultPaths paths = vault->paths();
        const SecureBytes oldKey = vault->copyKey();
        vault.reset();
        const QByteArray before = readFile(paths.vault);
        auto reopened = Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock);
        QVERIFY(reopened);
        QVERIFY((*reopened)->rekey(kPassphrase).ok());
        const SecureBytes newKey = (*reopened)->copyKey();
        QVERIFY(memcmp(oldKey.data(), newKey.data(), oldKey.size()) != 0);
        reopened->reset();
        QVERIFY(!QFile::exists(paths.pendingKeyFile()));
        const QByteArray after = readFile(paths.vault);
        // Every page after the first is different ciphertext.
        QCOMPARE(before.mid(1024, 1024) == after.mid(1024, 1024), false);
        // The old key no longer opens the database; the passphrase does.
        auto claimOld = Vault::claim(paths.vault);
        QVERIFY(claimOld);
        auto withOldKey = Vault::open(*claimOld, SecureBytes::copyOf(oldKey.span()), m_clock);
        QVERIFY(!withOldKey);
        QCOMPARE(withOldKey.error().code, ErrorCode::WrongPassphrase);
        auto withNewKey = Vault::open(*claimOld, SecureBytes::copyOf(newKey.span()), m_clock);
        QVERIFY(withNewKey);
        QVERIFY((*withNewKey)->verify().isEmpty());
    }

    void interruptedRekeyCompletesOnNextOpen()
    {
        // Simulate a crash after the database was rekeyed but before the key
        // file was replaced: the old key file plus a pending one.
        auto vault = createVault(QStringLiteral("crash.vault"));
        QVERIFY(vault);
        const VaultPaths paths = vault->paths();
        const QByteArray oldKeyFile = readFile(paths.keyFile());
        QVERIFY(vault->rekey(kPassphrase).ok());
        vault.reset();
        QFile::rename(paths.keyFile(), paths.pendingKeyFile());
        writeFile(paths.keyFile(), oldKeyFile);

        auto reopened = Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock);
        QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().message));
        QVERIFY(!QFile::exists(paths.pendingKeyFile()));
        QVERIFY(readFile(paths.keyFile()) != oldKeyFile);
        reopened->reset();
        QVERIFY(Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock).ok());
    }

    void rekeyThatNeverHappenedIsDiscarded()
    {
        // A crash before the database was touched leaves a useless pending file.
        auto vault = createVault(QStringLiteral("early.vault"));
        QVERIFY(vault);
        const VaultPaths paths = vault->paths();
        vault.reset();
        writeFile(paths.pendingKeyFile(), readFile(paths.keyFile()));
        QVERIFY(Vault::openWithPassphrase(paths.vault, kPassphrase, m_clock).ok());
        QVERIFY(!QFile::exists(paths.pendingKeyFile()));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
