// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keyfile.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

class TestKeyFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sealsAndUnseals()
    {
        const SecureBytes key = SecureBytes::random(KeyFile::kVaultKeySize);
        const QByteArray id(16, '\x42');
        auto file = KeyFile::seal(key, QStringLiteral("päss phrase with ümlauts"), KdfParams::fastForTests(), id);
        QVERIFY(file);
        const QByteArray bytes = file->serialize();
        QCOMPARE(bytes.size(), KeyFile::kSize);
        QVERIFY(bytes.startsWith("MYCELKEY"));
        // The key never appears in the file.
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(key.data()), 32)));

        auto parsed = KeyFile::parse(bytes, QStringLiteral("k"));
        QVERIFY(parsed);
        QCOMPARE(parsed->vaultId(), id);
        QCOMPARE(parsed->kdf(), KdfParams::fastForTests());
        auto unsealed = parsed->unseal(QStringLiteral("päss phrase with ümlauts"));
        QVERIFY(unsealed);
        QCOMPARE(memcmp(unsealed->data(), key.data(), key.size()), 0);

        auto wrong = parsed->unseal(QStringLiteral("pass phrase with umlauts"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    }

    void passphraseIsNormalised()
    {
        // "é" precomposed (NFC) and as e + combining accent (NFD).
        const SecureBytes key = SecureBytes::random(KeyFile::kVaultKeySize);
        auto file = KeyFile::seal(key, QStringLiteral("caf\u00e9 au lait matin"), KdfParams::fastForTests(), QByteArray(16, 'n'));
        QVERIFY(file);
        QVERIFY(file->unseal(QStringLiteral("cafe\u0301 au lait matin")).ok());
    }

    void resealKeepsIdAndChangesSalt()
    {
        const SecureBytes key = SecureBytes::random(KeyFile::kVaultKeySize);
        auto file = KeyFile::seal(key, QStringLiteral("first passphrase"), KdfParams::fastForTests(), QByteArray(16, 'a'));
        QVERIFY(file);
        auto again = file->resealed(key, QStringLiteral("second passphrase"));
        QVERIFY(again);
        QCOMPARE(again->vaultId(), file->vaultId());
        QVERIFY(again->serialize().mid(28, 16) != file->serialize().mid(28, 16));
        QVERIFY(again->unseal(QStringLiteral("second passphrase")).ok());
        QVERIFY(!again->unseal(QStringLiteral("first passphrase")).ok());
    }

    void rejectsDamage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const SecureBytes key = SecureBytes::random(KeyFile::kVaultKeySize);
        auto file = KeyFile::seal(key, QStringLiteral("passphrase"), KdfParams::fastForTests(), QByteArray(16, 'a'));
        const QByteArray good = file->serialize();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not ours") << QByteArray("SQLite format 3\0", 16);
        QTest::newRow("truncated") << good.left(100);
        QTest::newRow("overlong") << good + 'x';
        QByteArray flipped = good;
        flipped[90] = char(flipped[90] ^ 0x10);
        QTest::newRow("flipped bit") << flipped;
        QByteArray future = good;
        future[9] = 2;
        QTest::newRow("newer format") << future;
    }

    void rejectsDamage()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = KeyFile::parse(bytes, QStringLiteral("/some/where.key"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::KeyFileDamaged);
        QVERIFY(parsed.error().message.contains(QStringLiteral("/some/where.key")));
    }

    void rejectsAbsurdParameters()
    {
        // A crafted file must not make us allocate terabytes.
        QVERIFY(!(KdfParams{3, 1ull << 42}.isSane()));
        QVERIFY(!(KdfParams{0, 1ull << 20}.isSane()));
        QVERIFY(KdfParams::standard().isSane());
    }

    void savesAtomicallyAndPrivately()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.key"));
        const SecureBytes key = SecureBytes::random(KeyFile::kVaultKeySize);
        auto file = KeyFile::seal(key, QStringLiteral("passphrase"), KdfParams::fastForTests(), QByteArray(16, 'a'));
        QVERIFY(file->save(path).ok());
        QCOMPARE(test::fileMode(path), 0600);
        auto loaded = KeyFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->serialize(), file->serialize());
        auto missing = KeyFile::load(dir.filePath(QStringLiteral("none.key")));
        QCOMPARE(missing.error().code, ErrorCode::KeyFileMissing);
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
