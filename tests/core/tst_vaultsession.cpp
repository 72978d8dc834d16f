// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The interactive life of a vault, with no Secret Service reachable: every
// keychain wish must fall back to the passphrase.
#include "common/clock.h"
#include "security/keychain.h"
#include "session/vaultsession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
using State = VaultSession::State;
} // namespace

class TestVaultSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 11, 21)};
    Keychain m_keychain;
    int m_counter = 0;

    std::unique_ptr<VaultSession> newSession(const QString &path)
    {
        auto session = std::make_unique<VaultSession>(m_clock, &m_keychain);
        session->setKdfParams(KdfParams::fastForTests());
        session->setVaultPath(path);
        return session;
    }

    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.vault").arg(++m_counter)); }

    std::unique_ptr<VaultSession> createdSession(const QString &path, bool remember = false)
    {
        auto session = newSession(path);
        session->start();
        if (session->state() != State::NoVault)
            return nullptr;
        session->create(QStringLiteral("Riverside"), kPassphrase, remember);
        if (!QTest::qWaitFor([&] { return session->state() == State::Unlocked; }, 10000))
            return nullptr;
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No session bus at all: QtKeychain answers with a D-Bus error.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mycelium-test-bus");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_keychain.setService(QStringLiteral("Mycelium test %1").arg(QCoreApplication::applicationPid()));
    }

    void createUnlockAndLock()
    {
        const QString path = freshPath();
        auto session = createdSession(path);
        QVERIFY(session);
        QCOMPARE(session->vault()->info().community.name, QStringLiteral("Riverside"));
        session->lock();
        QCOMPARE(session->state(), State::Locked);
        QVERIFY(!session->vault());

        QSignalSpy failed(session.get(), &VaultSession::unlockFailed);
        session->unlock(QStringLiteral("this is not the passphrase"), false);
        QCOMPARE(session->state(), State::Busy);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::WrongPassphrase);
        QCOMPARE(session->state(), State::Locked);

        session->unlock(kPassphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Unlocked, 10000);
        QVERIFY(session->vault()->verify().isEmpty());
    }

    void idleTimeoutLocksAndWipes()
    {
        auto session = createdSession(freshPath());
        QVERIFY(session);
        session->idleLock()->setTimeout(150);
        session->idleLock()->activity();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Locked, 5000);
        QVERIFY(!session->vault()); // the vault, its connection and its key are gone
        QVERIFY(!session->idleLock()->isRunning());
    }

    void activityPostponesIdleLock()
    {
        auto session = createdSession(freshPath());
        QVERIFY(session);
        session->idleLock()->setTimeout(300);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            session->idleLock()->activity();
        }
        QCOMPARE(session->state(), State::Unlocked);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Locked, 5000);
    }

    void secondWindowIsRefused()
    {
        const QString path = freshPath();
        auto first = createdSession(path);
        QVERIFY(first);
        first->lock(); // even a locked window keeps its vault
        auto second = newSession(path);
        second->start();
        QCOMPARE(second->state(), State::Failed);
        QCOMPARE(second->lastError()->code, ErrorCode::VaultBusy);
        first.reset();
        second->start();
        QCOMPARE(second->state(), State::Locked);
    }

    void rememberWithoutKeychainFallsBackToPassphrase()
    {
        const QString path = freshPath();
        auto session = createdSession(path, /*remember=*/true);
        QVERIFY(session);
        QTRY_VERIFY_WITH_TIMEOUT(!session->keychainNotice().isEmpty(), 10000);
        QVERIFY(!session->rememberOnThisComputer());
        const QString id = session->vault()->vaultId();
        session.reset();

        // Even when this computer believes it remembers the key, a keychain
        // that cannot answer leaves the passphrase as the way in.
        QSettings().setValue(QStringLiteral("vaults/%1/remember").arg(id), true);
        auto again = newSession(path);
        again->start();
        QCOMPARE(again->state(), State::Locked);
        QTRY_VERIFY_WITH_TIMEOUT(!again->keychainNotice().isEmpty(), 10000);
        QVERIFY(!again->keychainPending());
        again->unlock(kPassphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(again->state(), State::Unlocked, 10000);
    }

    void changePassphraseAndRekeyReportBack()
    {
        const QString path = freshPath();
        auto session = createdSession(path);
        QVERIFY(session);
        QSignalSpy finished(session.get(), &VaultSession::operationFinished);
        session->changePassphrase(QStringLiteral("wrong current passphrase"), QStringLiteral("seven lanterns over the millpond"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(1).toBool(), false);
        session->changePassphrase(kPassphrase, QStringLiteral("seven lanterns over the millpond"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(1).toBool(), true);

        // Locking while a re-encryption runs waits for it to finish.
        session->rekey(QStringLiteral("seven lanterns over the millpond"));
        session->lock();
        QCOMPARE(session->state(), State::Unlocked);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("rekey"));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QTRY_COMPARE(session->state(), State::Locked);
        session->unlock(QStringLiteral("seven lanterns over the millpond"), false);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Unlocked, 10000);
    }

    void passphraseWinsOverAPendingKeychain()
    {
        // A keychain that has not answered yet (waiting for its own unlock
        // prompt, say) must not stand in the way of the passphrase.
        const QString path = freshPath();
        auto session = createdSession(path);
        QVERIFY(session);
        const QString id = session->vault()->vaultId();
        session.reset();
        QSettings().setValue(QStringLiteral("vaults/%1/remember").arg(id), true);
        auto again = newSession(path);
        again->start();
        QVERIFY(again->keychainPending());
        QCOMPARE(again->state(), State::Locked);
        again->unlock(kPassphrase, true);
        QVERIFY(!again->keychainPending());
        QTRY_COMPARE_WITH_TIMEOUT(again->state(), State::Unlocked, 10000);
        QTest::qWait(200); // the late keychain answer is dropped
        QCOMPARE(again->state(), State::Unlocked);
        QSettings().remove(QStringLiteral("vaults/%1/remember").arg(id));
    }

    void verifyRunsInTheBackground()
    {
        auto session = createdSession(freshPath());
        QVERIFY(session);
        QSignalSpy verified(session.get(), &VaultSession::verified);
        QSignalSpy finished(session.get(), &VaultSession::operationFinished);
        QSignalSpy working(session.get(), &VaultSession::workingChanged);
        session->verify();
        QVERIFY(session->isWorking());
        QVERIFY(verified.wait(10000));
        QVERIFY(verified.first().first().value<QList<IntegrityProblem>>().isEmpty());
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("verify"));
        QVERIFY(finished.last().at(1).toBool());
        QCOMPARE(working.count(), 2);
        QVERIFY(!session->isWorking());
        session->lock();
        session->verify();
        QCOMPARE(finished.last().at(1).toBool(), false); // refused, and said so
    }

    void damagedKeyFileFailsClearly()
    {
        const QString path = freshPath();
        createdSession(path).reset();
        QFile key(path + QStringLiteral(".key"));
        QVERIFY(key.open(QIODevice::ReadWrite));
        key.seek(3);
        key.write("!");
        key.close();
        auto session = newSession(path);
        session->start();
        QCOMPARE(session->state(), State::Failed);
        QCOMPARE(session->lastError()->code, ErrorCode::KeyFileDamaged);
        QVERIFY(QFile::exists(path)); // nothing deleted
    }
};

QTEST_GUILESS_MAIN(TestVaultSession)
#include "tst_vaultsession.moc"
