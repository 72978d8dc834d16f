// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked with the system libsqlite3 ahead of libsqlcipher: every sqlite3_*
// call resolves to plain SQLite, which ignores the key. The vault must refuse
// instead of writing the community's books in the clear.
#include "common/clock.h"
#include "security/keyfile.h"
#include "testfiles.h"
#include "vault/vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

class TestPlaintextTrap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createRefusesWithoutEncryption()
    {
        QTemporaryDir dir;
        const FixedClock clock(QDate(2026, 11, 21));
        const QString path = dir.filePath(QStringLiteral("trap.vault"));
        auto vault = Vault::create(path, QStringLiteral("Riverside"), QStringLiteral("correct horse battery staple"), clock,
                                   KdfParams::fastForTests());
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::NotEncrypted);
        // Nothing half-made is left behind, least of all a plaintext database.
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".key")));
    }
};

QTEST_GUILESS_MAIN(TestPlaintextTrap)
#include "tst_plaintexttrap.moc"
