// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// VaultController against a real session and vault: the screens it asks
// for, the errors it explains and the operations of the settings page.
// Every signal it sends is checked against the invariants below.
#include "testenvironment.h"

#include "common/result.h"
#include "session/vaultcontroller.h"
#include "session/vaultsession.h"
#include "vault/vaultpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {

const QString kCommunity = QStringLiteral("Riverside Commons");
const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr int kTimeout = 15000;

// Like QAbstractItemModelTester: checks the controller's promises after
// each of its signals and remembers what was broken.
class InvariantChecker : public QObject
{
public:
    explicit InvariantChecker(VaultController *controller)
        : m_controller(controller)
    {
        for (auto signal : {&VaultController::stateChanged, &VaultController::busyChanged, &VaultController::infoChanged,
                            &VaultController::errorChanged})
            connect(controller, signal, this, &InvariantChecker::check);
        check();
    }

    QStringList broken;

private:
    void expect(bool condition, const char *what)
    {
        if (!condition)
            broken.append(QStringLiteral("%1 (state %2, screen %3)").arg(QLatin1String(what)).arg(m_controller->state()).arg(m_controller->screen()));
    }

    void check()
    {
        const auto state = m_controller->state();
        const auto screen = m_controller->screen();
        expect((state == VaultController::Failed) == (screen == VaultController::ErrorScreen), "error screen exactly when failed");
        expect((state == VaultController::Unlocked) == (screen == VaultController::MainScreen), "main view exactly when unlocked");
        if (state == VaultController::NoVault)
            expect(screen == VaultController::SetupScreen, "no vault shows the wizard");
        if (state == VaultController::Locked)
            expect(screen == VaultController::UnlockScreen, "locked shows the unlock page");
        if (state == VaultController::Busy)
            expect(screen == VaultController::SetupScreen || screen == VaultController::UnlockScreen, "busy keeps the form that started it");
        expect((state == VaultController::Failed) == (m_controller->errorKind() != VaultController::NoError), "an error kind exactly when failed");
        if (state == VaultController::Failed)
            expect(!m_controller->errorTitle().isEmpty() && !m_controller->errorAdvice().isEmpty(), "a failure says what to do");
        if (state != VaultController::Unlocked)
            expect(m_controller->communityName().isEmpty() && m_controller->counts().isEmpty(), "nothing from the vault while it is closed");
        expect(m_controller->busy() == (state == VaultController::Busy || !m_controller->runningOperation().isEmpty()),
               "busy while the session or an operation works");
    }

    VaultController *m_controller;
};

} // namespace

class TestVaultController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsFolder;
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<InvariantChecker> m_checker;

    VaultController *controller() { return m_env->controller(); }

    void unlock(const QString &passphrase = kPassphrase)
    {
        QVERIFY(controller()->unlock(passphrase, false));
        QTRY_VERIFY_WITH_TIMEOUT(controller()->state() != VaultController::Busy, kTimeout);
    }

    void createAndUnlock()
    {
        QVERIFY(m_env->createVault(kCommunity, kPassphrase));
        unlock();
        QCOMPARE(controller()->state(), VaultController::Unlocked);
    }

    void reopen()
    {
        controller()->lock();
        controller()->retry();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsFolder.isValid());
        TestEnvironment::isolateSettings(m_settingsFolder.path());
    }

    void init()
    {
        QSettings().clear();
        m_env = std::make_unique<TestEnvironment>();
        m_env->freshVault();
        m_checker = std::make_unique<InvariantChecker>(controller());
    }

    void cleanup()
    {
        const QStringList broken = m_checker->broken;
        m_checker.reset();
        m_env.reset();
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral("; "))));
    }

    void firstRunAsksForSetup()
    {
        QCOMPARE(controller()->state(), VaultController::NoVault);
        QCOMPARE(controller()->screen(), VaultController::SetupScreen);
        QCOMPARE(controller()->vaultPath(), m_env->vaultPath());
        QVERIFY(!controller()->busy());
        QCOMPARE(controller(), VaultController::instance());
        QCOMPARE(VaultController::create(nullptr, nullptr), controller());
    }

    void passphraseStrength_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("short") << QStringLiteral("abc") << false;
        QTest::newRow("common") << QStringLiteral("password12") << false;
        QTest::newRow("words") << kPassphrase << true;
    }

    void passphraseStrength()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, acceptable);
        const QVariantMap verdict = controller()->passphraseStrength(passphrase);
        QCOMPARE(verdict.value(QStringLiteral("acceptable")).toBool(), acceptable);
        const int strength = verdict.value(QStringLiteral("strength")).toInt();
        QVERIFY(strength >= 0 && strength <= 4);
        QVERIFY(!verdict.value(QStringLiteral("label")).toString().isEmpty());
        // A weak passphrase always comes with advice.
        if (!acceptable)
            QVERIFY(!verdict.value(QStringLiteral("hint")).toString().isEmpty());
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("confirmation");
        QTest::newRow("no name") << QStringLiteral("  ") << kPassphrase << kPassphrase;
        QTest::newRow("weak passphrase") << kCommunity << QStringLiteral("password12") << QStringLiteral("password12");
        QTest::newRow("confirmation differs") << kCommunity << kPassphrase << kPassphrase + QLatin1Char('!');
    }

    void createRefusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, passphrase);
        QFETCH(QString, confirmation);
        QSignalSpy finished(controller(), &VaultController::operationFinished);
        QVERIFY(!controller()->create(name, passphrase, confirmation, false));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("create"));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(!finished.at(0).at(2).toString().isEmpty());
        QCOMPARE(controller()->state(), VaultController::NoVault);
        QVERIFY(!Vault::exists(m_env->vaultPath()));
    }

    void createOpensTheOverview()
    {
        QSignalSpy finished(controller(), &VaultController::operationFinished);
        QList<VaultController::Screen> screens;
        connect(controller(), &VaultController::stateChanged, this, [&] { screens.append(controller()->screen()); });
        QVERIFY(controller()->create(QStringLiteral("  %1 ").arg(kCommunity), kPassphrase, kPassphrase, false));
        QCOMPARE(controller()->state(), VaultController::Busy);
        QVERIFY(controller()->busy());
        QTRY_COMPARE_WITH_TIMEOUT(controller()->state(), VaultController::Unlocked, kTimeout);
        QCOMPARE(screens.constFirst(), VaultController::SetupScreen);
        QCOMPARE(screens.constLast(), VaultController::MainScreen);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), true);

        QCOMPARE(controller()->communityName(), kCommunity);
        QCOMPARE(controller()->createdOn(), TestEnvironment::today());
        QVERIFY(!controller()->createdOnText().isEmpty());
        QVERIFY(controller()->schemaVersion() > 0);
        QVERIFY(!controller()->cipherVersion().isEmpty());
        QVERIFY(!controller()->vaultId().isEmpty());
        QVERIFY(!controller()->counts().isEmpty());
        const QVariantMap first = controller()->counts().constFirst().toMap();
        QVERIFY(first.contains(QStringLiteral("key")) && first.contains(QStringLiteral("label")) && first.contains(QStringLiteral("count")));
        QVERIFY(!controller()->rememberOnThisComputer());
    }

    void lockClearsAndUnlockRestores()
    {
        createAndUnlock();
        controller()->lock();
        QCOMPARE(controller()->state(), VaultController::Locked);
        QCOMPARE(controller()->screen(), VaultController::UnlockScreen);
        QVERIFY(controller()->communityName().isEmpty());
        unlock();
        QCOMPARE(controller()->state(), VaultController::Unlocked);
        QCOMPARE(controller()->communityName(), kCommunity);
    }

    void wrongPassphraseStaysLocked()
    {
        QVERIFY(m_env->createVault(kCommunity, kPassphrase));
        QSignalSpy failed(controller(), &VaultController::unlockFailed);
        QList<VaultController::Screen> screens;
        connect(controller(), &VaultController::stateChanged, this, [&] { screens.append(controller()->screen()); });
        unlock(QStringLiteral("not the passphrase at all"));
        QCOMPARE(controller()->state(), VaultController::Locked);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        for (auto screen : screens)
            QCOMPARE(screen, VaultController::UnlockScreen);

        QVERIFY(!controller()->unlock(QString(), false));
        QCOMPARE(failed.size(), 2);
    }

    void errorKindsHaveTitleAndAdvice()
    {
        const QMetaEnum kinds = QMetaEnum::fromType<VaultController::ErrorKind>();
        for (int i = 0; i < kinds.keyCount(); ++i) {
            const auto kind = VaultController::ErrorKind(kinds.value(i));
            if (kind == VaultController::NoError)
                continue;
            QVERIFY2(!VaultController::titleFor(kind).isEmpty(), kinds.key(i));
            QVERIFY2(!VaultController::adviceFor(kind).isEmpty(), kinds.key(i));
        }
        QCOMPARE(VaultController::kindOf(Error::make(ErrorCode::VaultBusy, {})), VaultController::VaultBusy);
        QCOMPARE(VaultController::kindOf(Error::make(ErrorCode::NotEncrypted, {})), VaultController::EncryptionUnavailable);
        QCOMPARE(VaultController::kindOf(Error::make(ErrorCode::SchemaTooNew, {})), VaultController::SchemaTooNew);
        QCOMPARE(VaultController::kindOf(Error::make(ErrorCode::KeychainUnavailable, {})), VaultController::KeychainUnavailable);
        QCOMPARE(VaultController::kindOf(Error::make(ErrorCode::IoError, {})), VaultController::StorageError);
    }

    void vaultInUseIsExplained()
    {
        QVERIFY(m_env->createVault(kCommunity, kPassphrase));
        QVERIFY(m_env->holdVaultElsewhere());
        controller()->retry();
        QCOMPARE(controller()->state(), VaultController::Failed);
        QCOMPARE(controller()->screen(), VaultController::ErrorScreen);
        QCOMPARE(controller()->errorKind(), VaultController::VaultBusy);
        QVERIFY(controller()->errorMessage().contains(m_env->vaultPath()));
        QCOMPARE(controller()->errorTitle(), VaultController::titleFor(VaultController::VaultBusy));

        m_env->releaseVault();
        controller()->retry();
        QCOMPARE(controller()->state(), VaultController::Locked);
        QCOMPARE(controller()->errorKind(), VaultController::NoError);
        QVERIFY(controller()->errorTitle().isEmpty());
    }

    void damagedFilesAreExplainedAndKept_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<VaultController::ErrorKind>("kind");
        QTest::newRow("key file missing") << QStringLiteral("remove key") << VaultController::KeyFileMissing;
        QTest::newRow("key file damaged") << QStringLiteral("flip key") << VaultController::KeyFileDamaged;
        QTest::newRow("vault damaged") << QStringLiteral("garble vault") << VaultController::VaultDamaged;
    }

    void damagedFilesAreExplainedAndKept()
    {
        QFETCH(QString, damage);
        QFETCH(VaultController::ErrorKind, kind);
        QVERIFY(m_env->createVault(kCommunity, kPassphrase));
        const VaultPaths paths{m_env->vaultPath()};
        m_env->holdVaultElsewhere(); // lets go of the session's claim
        m_env->releaseVault();

        if (damage == QLatin1String("remove key")) {
            QVERIFY(QFile::rename(paths.keyFile(), paths.keyFile() + QStringLiteral(".elsewhere")));
        } else if (damage == QLatin1String("flip key")) {
            QFile file(paths.keyFile());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            bytes[40] = char(bytes[40] ^ 0xff);
            file.seek(0);
            file.write(bytes);
        } else {
            QFile file(paths.vault);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(0);
            file.write(QByteArray(4096, 'x'));
        }
        const qint64 vaultSize = QFileInfo(paths.vault).size();

        controller()->retry();
        if (controller()->state() == VaultController::Locked)
            unlock(); // some damage only shows when decrypting
        QCOMPARE(controller()->state(), VaultController::Failed);
        QCOMPARE(controller()->errorKind(), kind);
        QVERIFY(!controller()->errorMessage().isEmpty());
        QCOMPARE(controller()->errorAdvice(), VaultController::adviceFor(kind));
        // Nothing is deleted or repaired automatically.
        QCOMPARE(QFileInfo(paths.vault).size(), vaultSize);
    }

    void idleMinutesAreSavedAndApplied()
    {
        QCOMPARE(controller()->idleMinutes(), VaultController::kDefaultIdleMinutes);
        QCOMPARE(m_env->session()->idleLock()->timeout(), 5 * 60 * 1000);
        QSignalSpy changed(controller(), &VaultController::idleMinutesChanged);
        controller()->setIdleMinutes(7);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(QSettings().value(VaultController::kIdleMinutesKey).toInt(), 7);
        QCOMPARE(m_env->session()->idleLock()->timeout(), 7 * 60 * 1000);
        controller()->setIdleMinutes(0);
        QCOMPARE(m_env->session()->idleLock()->timeout(), 0);
        controller()->setIdleMinutes(-3);
        QCOMPARE(controller()->idleMinutes(), 0);
        controller()->setIdleMinutes(1000);
        QCOMPARE(controller()->idleMinutes(), VaultController::kMaximumIdleMinutes);

        controller()->setIdleMinutes(9);
        TestEnvironment another;
        QCOMPARE(another.controller()->idleMinutes(), 9);
        QCOMPARE(another.session()->idleLock()->timeout(), 9 * 60 * 1000);
    }

    void idleTimeoutLocks()
    {
        createAndUnlock();
        controller()->setIdleTimeoutMilliseconds(100);
        QTRY_COMPARE_WITH_TIMEOUT(controller()->state(), VaultController::Locked, kTimeout);
        QCOMPARE(controller()->screen(), VaultController::UnlockScreen);
    }

    void changePassphrase()
    {
        createAndUnlock();
        QSignalSpy finished(controller(), &VaultController::operationFinished);
        const QString next = QStringLiteral("a different, longer passphrase 2026");

        QVERIFY(!controller()->changePassphrase(kPassphrase, next, next + QLatin1Char('x')));
        QVERIFY(!controller()->changePassphrase(kPassphrase, kPassphrase, kPassphrase));
        QVERIFY(!controller()->changePassphrase(QString(), next, next));
        QCOMPARE(finished.size(), 3);

        QVERIFY(controller()->changePassphrase(kPassphrase, next, next));
        QVERIFY(controller()->busy());
        QCOMPARE(controller()->runningOperation(), QStringLiteral("changePassphrase"));
        QVERIFY(!controller()->changePassphrase(kPassphrase, next, next)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->busy(), kTimeout);
        QCOMPARE(finished.constLast().at(0).toString(), QStringLiteral("changePassphrase"));
        QCOMPARE(finished.constLast().at(1).toBool(), true);

        controller()->lock();
        unlock(kPassphrase);
        QCOMPARE(controller()->state(), VaultController::Locked);
        unlock(next);
        QCOMPARE(controller()->state(), VaultController::Unlocked);
    }

    void rekeyAndVerify()
    {
        createAndUnlock();
        QSignalSpy finished(controller(), &VaultController::operationFinished);
        QVERIFY(controller()->rekey(kPassphrase));
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->busy(), kTimeout);
        QCOMPARE(finished.constLast().at(0).toString(), QStringLiteral("rekey"));
        QCOMPARE(finished.constLast().at(1).toBool(), true);

        QSignalSpy verified(controller(), &VaultController::verifyFinished);
        QVERIFY(controller()->verify());
        QVERIFY(controller()->busy());
        QTRY_COMPARE(verified.size(), 1);
        QVERIFY(controller()->verified());
        QVERIFY(controller()->verifyProblems().isEmpty());
        QCOMPARE(finished.constLast().at(0).toString(), QStringLiteral("verify"));
        QCOMPARE(finished.constLast().at(1).toBool(), true);

        controller()->lock();
        QVERIFY(!controller()->verified());
        QVERIFY(!controller()->rekey(kPassphrase));
        unlock();
        QCOMPARE(controller()->state(), VaultController::Unlocked);
    }

    void rememberFallsBackWhenKeychainFails()
    {
        createAndUnlock();
        QSignalSpy changed(controller(), &VaultController::rememberChanged);
        controller()->setRememberOnThisComputer(true);
        // Without a Secret Service the keychain refuses and says so;
        // with one, the key is stored. Either way the answer comes back.
        QTRY_VERIFY_WITH_TIMEOUT(controller()->rememberOnThisComputer() || !controller()->keychainNotice().isEmpty(), 30000);
        if (controller()->rememberOnThisComputer()) {
            controller()->setRememberOnThisComputer(false);
            QTRY_VERIFY(!controller()->rememberOnThisComputer());
        }
        QVERIFY(changed.size() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestVaultController)

#include "tst_vaultcontroller.moc"
