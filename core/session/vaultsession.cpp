// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/vaultsession.h"
#include "common/clock.h"
#include "security/keychain.h"
#include "security/rememberedvaults.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace mycelium {


// What a background step hands back: the claim always returns, with a vault
// on success or an error otherwise.
struct VaultSession::Outcome {
    std::optional<Vault::Claim> claim;
    std::unique_ptr<Vault> vault;
    Status status;
};

VaultSession::VaultSession(const Clock &clock, Keychain *keychain, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_keychain(keychain)
    , m_path(VaultPaths::defaultVaultPath())
{
    m_workers.setMaxThreadCount(1);
    connect(&m_idleLock, &IdleLock::timedOut, this, &VaultSession::lock);
}

VaultSession::~VaultSession()
{
    // Background steps post their outcome to this object: let them finish
    // while it still exists; the outcome is then discarded with the queue.
    m_workers.waitForDone();
}

void VaultSession::setVaultPath(const QString &path)
{
    if (path == m_path)
        return;
    lock();
    m_claim.reset();
    m_path = path;
}

void VaultSession::setState(State state)
{
    if (state != State::Failed)
        m_error.reset();
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VaultSession::fail(const Error &error)
{
    m_error = error;
    m_state = State::Failed;
    Q_EMIT stateChanged(m_state);
}

void VaultSession::setKeychainNotice(const QString &notice)
{
    if (notice == m_keychainNotice)
        return;
    m_keychainNotice = notice;
    Q_EMIT keychainNoticeChanged();
}

QString VaultSession::currentVaultId() const
{
    return m_vault ? m_vault->vaultId() : (m_claim ? m_claim->keyFile().vaultIdHex() : QString());
}

bool VaultSession::rememberOnThisComputer() const
{
    return isRememberedOnThisComputer(currentVaultId());
}

void VaultSession::setRememberFlag(bool remember)
{
    setRememberedOnThisComputer(currentVaultId(), remember);
    Q_EMIT rememberChanged();
}

void VaultSession::runInBackground(std::function<std::shared_ptr<Outcome>()> work, std::function<void(std::shared_ptr<Outcome>)> done)
{
    if (m_busy++ == 0)
        Q_EMIT workingChanged();
    m_workers.start([this, work = std::move(work), done = std::move(done)] {
        std::shared_ptr<Outcome> outcome = work();
        QMetaObject::invokeMethod(
            this,
            [this, outcome, done] {
                if (--m_busy == 0)
                    Q_EMIT workingChanged();
                done(outcome);
                if (m_busy == 0 && m_lockRequested) {
                    m_lockRequested = false;
                    lock();
                }
            },
            Qt::QueuedConnection);
    });
}

void VaultSession::start()
{
    lock();
    ++m_generation;
    setKeychainPending(false);
    m_claim.reset();
    setKeychainNotice({});
    if (!Vault::exists(m_path)) {
        setState(State::NoVault);
        return;
    }
    auto claimed = Vault::claim(m_path);
    if (!claimed) {
        fail(claimed.error());
        return;
    }
    m_claim = std::move(*claimed);
    setState(State::Locked);
    if (rememberOnThisComputer())
        tryKeychain();
}

void VaultSession::setKeychainPending(bool pending)
{
    if (pending == m_keychainPending)
        return;
    m_keychainPending = pending;
    Q_EMIT keychainPendingChanged();
}

void VaultSession::tryKeychain()
{
    const quint64 generation = ++m_generation;
    setKeychainPending(true);
    m_keychain->readKey(m_claim->keyFile().vaultIdHex(), [this, generation](Result<Keychain::ReadResult> read) {
        // A passphrase typed meanwhile, a lock or a restart wins.
        if (generation != m_generation || m_state != State::Locked || !m_claim)
            return;
        setKeychainPending(false);
        if (!read) {
            setKeychainNotice(read.error().message);
            return;
        }
        if (!read->found) {
            setKeychainNotice(tr("This computer's keychain no longer holds the vault key. Enter the passphrase."));
            setRememberFlag(false);
            return;
        }
        setState(State::Busy);
        auto claim = std::make_shared<Vault::Claim>(std::move(*m_claim));
        m_claim.reset();
        auto key = std::make_shared<SecureBytes>(std::move(read->key));
        runInBackground(
            [this, claim, key] {
                auto outcome = std::make_shared<Outcome>();
                auto opened = Vault::open(*claim, std::move(*key), m_clock);
                if (opened)
                    outcome->vault = std::move(*opened);
                else
                    outcome->status = opened.error();
                outcome->claim = std::move(*claim);
                return outcome;
            },
            [this](std::shared_ptr<Outcome> outcome) {
                if (outcome->vault) {
                    becomeUnlocked(std::move(outcome->vault), /*remember=*/true);
                    return;
                }
                m_claim = std::move(outcome->claim);
                if (outcome->status.error().code == ErrorCode::WrongPassphrase) {
                    setKeychainNotice(tr("The key in this computer's keychain no longer opens the vault (it was re-encrypted). Enter the passphrase."));
                    setState(State::Locked);
                } else {
                    fail(outcome->status.error());
                }
            });
    }, this);
}

void VaultSession::create(const QString &communityName, const QString &passphrase, bool remember)
{
    if (m_state != State::NoVault)
        return;
    setState(State::Busy);
    const QString path = m_path;
    const KdfParams kdf = m_kdf;
    runInBackground(
        [this, path, communityName, passphrase, kdf] {
            auto outcome = std::make_shared<Outcome>();
            auto created = Vault::create(path, communityName, passphrase, m_clock, kdf);
            if (created)
                outcome->vault = std::move(*created);
            else
                outcome->status = created.error();
            return outcome;
        },
        [this, remember](std::shared_ptr<Outcome> outcome) {
            if (outcome->vault) {
                Q_EMIT operationFinished(QStringLiteral("create"), true, {});
                becomeUnlocked(std::move(outcome->vault), remember);
                return;
            }
            const Error &error = outcome->status.error();
            if (error.code == ErrorCode::InvalidArgument || error.code == ErrorCode::IoError) {
                setState(State::NoVault);
                Q_EMIT operationFinished(QStringLiteral("create"), false, error.message);
            } else {
                fail(error);
            }
        });
}

void VaultSession::unlock(const QString &passphrase, bool remember)
{
    if (m_state != State::Locked || !m_claim)
        return;
    ++m_generation; // drop a keychain answer still on its way
    setKeychainPending(false);
    setState(State::Busy);
    auto claim = std::make_shared<Vault::Claim>(std::move(*m_claim));
    m_claim.reset();
    runInBackground(
        [this, claim, passphrase] {
            auto outcome = std::make_shared<Outcome>();
            auto key = claim->keyFile().unseal(passphrase);
            if (!key) {
                outcome->status = key.error();
            } else if (auto opened = Vault::open(*claim, std::move(*key), m_clock, passphrase)) {
                outcome->vault = std::move(*opened);
            } else {
                outcome->status = opened.error();
            }
            outcome->claim = std::move(*claim);
            return outcome;
        },
        [this, remember](std::shared_ptr<Outcome> outcome) {
            if (outcome->vault) {
                becomeUnlocked(std::move(outcome->vault), remember);
                return;
            }
            m_claim = std::move(outcome->claim);
            const Error &error = outcome->status.error();
            if (error.code == ErrorCode::WrongPassphrase) {
                setState(State::Locked);
                Q_EMIT unlockFailed(error);
            } else {
                fail(error);
            }
        });
}

void VaultSession::becomeUnlocked(std::unique_ptr<Vault> vault, bool remember)
{
    m_vault = std::move(vault);
    m_claim.reset();
    setState(State::Unlocked);
    m_idleLock.start();
    // Unlocked from the keychain: the key is already there.
    if (remember != rememberOnThisComputer())
        setRememberOnThisComputer(remember);
}

void VaultSession::lock()
{
    if (m_busy > 0 && m_vault) {
        // A passphrase change or re-encryption is using the vault: lock as
        // soon as it is done.
        m_lockRequested = true;
        return;
    }
    m_idleLock.stop();
    if (!m_vault)
        return;
    ++m_generation;
    setKeychainPending(false);
    m_claim = Vault::release(std::move(m_vault));
    setState(State::Locked);
}

void VaultSession::setRememberOnThisComputer(bool remember)
{
    if (!m_vault)
        return;
    const QString id = m_vault->vaultId();
    // Only the latest wish counts when answers arrive out of order.
    const quint64 wish = ++m_rememberWish;
    if (remember) {
        m_keychain->writeKey(id, m_vault->copyKey(), [this, wish](Status stored) {
            if (wish != m_rememberWish)
                return;
            if (stored) {
                setKeychainNotice({});
                setRememberFlag(true);
            } else {
                setKeychainNotice(stored.error().message);
                setRememberFlag(false);
            }
        }, this);
    } else if (rememberOnThisComputer()) {
        setRememberFlag(false);
        m_keychain->forgetKey(id, [this, wish](Status forgotten) {
            if (wish == m_rememberWish && !forgotten)
                setKeychainNotice(forgotten.error().message);
        }, this);
    }
}

bool VaultSession::refuseOperation(const QString &operation)
{
    if (!m_vault) {
        Q_EMIT operationFinished(operation, false, tr("The vault is locked. Unlock it first."));
        return true;
    }
    if (m_busy > 0) {
        Q_EMIT operationFinished(operation, false, tr("Another operation is still running. Wait for it to finish."));
        return true;
    }
    return false;
}

void VaultSession::changePassphrase(const QString &current, const QString &next)
{
    if (refuseOperation(QStringLiteral("changePassphrase")))
        return;
    Vault *vault = m_vault.get();
    runInBackground(
        [vault, current, next] {
            auto outcome = std::make_shared<Outcome>();
            outcome->status = vault->changePassphrase(current, next);
            return outcome;
        },
        [this](std::shared_ptr<Outcome> outcome) {
            Q_EMIT operationFinished(QStringLiteral("changePassphrase"), outcome->status.ok(),
                                     outcome->status.ok() ? tr("The passphrase was changed.") : outcome->status.error().message);
        });
}

void VaultSession::rekey(const QString &passphrase)
{
    if (refuseOperation(QStringLiteral("rekey")))
        return;
    Vault *vault = m_vault.get();
    runInBackground(
        [vault, passphrase] {
            auto outcome = std::make_shared<Outcome>();
            outcome->status = vault->rekey(passphrase);
            return outcome;
        },
        [this](std::shared_ptr<Outcome> outcome) {
            if (outcome->status.ok() && rememberOnThisComputer())
                setRememberOnThisComputer(true); // the keychain must hold the new key
            Q_EMIT operationFinished(QStringLiteral("rekey"), outcome->status.ok(),
                                     outcome->status.ok() ? tr("The vault was re-encrypted with a new key.") : outcome->status.error().message);
        });
}

void VaultSession::verify()
{
    if (refuseOperation(QStringLiteral("verify")))
        return;
    Vault *vault = m_vault.get();
    auto problems = std::make_shared<QList<IntegrityProblem>>();
    runInBackground(
        [vault, problems] {
            *problems = vault->verify();
            return std::make_shared<Outcome>();
        },
        [this, problems](std::shared_ptr<Outcome>) {
            Q_EMIT verified(*problems);
            const int checks = int(integrityChecks().size());
            Q_EMIT operationFinished(QStringLiteral("verify"), problems->isEmpty(),
                                     problems->isEmpty() ? tr("All %n checks passed.", nullptr, checks)
                                                         : tr("%n problem(s) found. Restore the vault from a backup if they concern your records.",
                                                              nullptr, int(problems->size())));
        });
}

} // namespace mycelium
