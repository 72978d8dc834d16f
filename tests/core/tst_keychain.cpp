// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real Secret Service (gnome-keyring inside dbus-run-session in
// CI). Skips when none runs, unless MYCELIUM_REQUIRE_KEYCHAIN=1 says it must.
#include "common/clock.h"
#include "security/keychain.h"
#include "session/vaultsession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;
using State = VaultSession::State;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");

template<typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> answer;
    start([&](T value) { answer.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return std::nullopt;
    return answer;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 11, 21)};
    Keychain m_keychain;

    std::unique_ptr<VaultSession> newSession(const QString &path)
    {
        auto session = std::make_unique<VaultSession>(m_clock, &m_keychain);
        session->setKdfParams(KdfParams::fastForTests());
        session->setVaultPath(path);
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_keychain.setService(QStringLiteral("Mycelium test %1").arg(QCoreApplication::applicationPid()));
        auto probe = waitFor<Result<Keychain::ReadResult>>(
            [&](auto done) { m_keychain.readKey(QStringLiteral("probe"), [done](Result<Keychain::ReadResult> r) { done(std::move(r)); }); });
        QVERIFY2(probe.has_value(), "the keychain did not answer within 15 s");
        if (!probe->ok()) {
            if (qEnvironmentVariable("MYCELIUM_REQUIRE_KEYCHAIN") == QLatin1String("1"))
                QFAIL(qPrintable(QStringLiteral("a Secret Service is required here: ") + probe->error().message));
            QSKIP("no Secret Service on this session bus");
        }
    }

    void storesReadsAndForgetsKeys()
    {
        const SecureBytes key = SecureBytes::random(32);
        auto written = waitFor<Status>([&](auto done) { m_keychain.writeKey(QStringLiteral("vault-a"), key, done); });
        QVERIFY(written && written->ok());
        auto read = waitFor<Result<Keychain::ReadResult>>(
            [&](auto done) { m_keychain.readKey(QStringLiteral("vault-a"), [done](Result<Keychain::ReadResult> r) { done(std::move(r)); }); });
        QVERIFY(read && read->ok());
        QVERIFY((*read)->found);
        QCOMPARE((*read)->key.size(), std::size_t(32));
        QCOMPARE(memcmp((*read)->key.data(), key.data(), 32), 0);
        auto forgotten = waitFor<Status>([&](auto done) { m_keychain.forgetKey(QStringLiteral("vault-a"), done); });
        QVERIFY(forgotten && forgotten->ok());
        auto gone = waitFor<Result<Keychain::ReadResult>>(
            [&](auto done) { m_keychain.readKey(QStringLiteral("vault-a"), [done](Result<Keychain::ReadResult> r) { done(std::move(r)); }); });
        QVERIFY(gone && gone->ok());
        QVERIFY(!(*gone)->found);
    }

    void rememberedVaultUnlocksWithoutPassphrase()
    {
        const QString path = m_dir.filePath(QStringLiteral("remembered.vault"));
        auto session = newSession(path);
        session->start();
        session->create(QStringLiteral("Riverside"), kPassphrase, /*remember=*/true);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Unlocked, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session->rememberOnThisComputer(), 10000);
        QVERIFY(session->keychainNotice().isEmpty());
        session.reset();

        auto again = newSession(path);
        again->start();
        QTRY_COMPARE_WITH_TIMEOUT(again->state(), State::Unlocked, 10000);
        QCOMPARE(again->vault()->info().community.name, QStringLiteral("Riverside"));

        // Re-encryption puts the new key in the keychain too.
        QSignalSpy finished(again.get(), &VaultSession::operationFinished);
        QSignalSpy remembered(again.get(), &VaultSession::rememberChanged);
        again->rekey(kPassphrase);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(1).toBool());
        QVERIFY(remembered.count() > 0 || remembered.wait(10000)); // the new key is in the keychain
        again.reset();
        auto afterRekey = newSession(path);
        afterRekey->start();
        QTRY_COMPARE_WITH_TIMEOUT(afterRekey->state(), State::Unlocked, 10000);

        // Forgetting removes the key: the next start asks for the passphrase.
        afterRekey->setRememberOnThisComputer(false);
        QVERIFY(!afterRekey->rememberOnThisComputer());
        afterRekey.reset();
        auto forgotten = newSession(path);
        forgotten->start();
        QCOMPARE(forgotten->state(), State::Locked);
        QVERIFY(forgotten->keychainNotice().isEmpty());
    }

    void staleKeyFallsBackToPassphrase()
    {
        const QString path = m_dir.filePath(QStringLiteral("stale.vault"));
        auto session = newSession(path);
        session->start();
        session->create(QStringLiteral("Riverside"), kPassphrase, /*remember=*/true);
        QTRY_VERIFY_WITH_TIMEOUT(session->rememberOnThisComputer(), 10000);
        const QString id = session->vault()->vaultId();
        session.reset();
        // Another key under the same name, as after a rekey on another machine.
        auto written = waitFor<Status>([&](auto done) { m_keychain.writeKey(id, SecureBytes::random(32), done); });
        QVERIFY(written && written->ok());

        auto again = newSession(path);
        again->start();
        QCOMPARE(again->state(), State::Locked); // the passphrase can be typed while the keychain answers
        QTRY_VERIFY_WITH_TIMEOUT(!again->keychainNotice().isEmpty(), 10000);
        QCOMPARE(again->state(), State::Locked);
        QVERIFY(!again->keychainPending());
        again->unlock(kPassphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(again->state(), State::Unlocked, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!again->rememberOnThisComputer(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
