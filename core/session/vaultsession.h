// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "session/idlelock.h"
#include "vault/vault.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace mycelium {

class Clock;
class Keychain;

// The life of one vault in an interactive program: find it, create it,
// unlock it (passphrase or keychain), lock it by hand or when idle. Slow work
// (Argon2id, opening) runs on the thread pool; results come back as signals
// on this object's thread. While the window lives it keeps the vault's lock
// file, so a second instance is refused even while this one is locked.
class VaultSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NoVault, // nothing at the path: offer to create one
        Locked, // claimed, waiting for the passphrase
        Busy, // creating, unlocking or re-encrypting
        Unlocked,
        Failed, // cannot go on: see lastError()
    };
    Q_ENUM(State)

    VaultSession(const Clock &clock, Keychain *keychain, QObject *parent = nullptr);
    ~VaultSession() override;

    void setVaultPath(const QString &path);
    QString vaultPath() const { return m_path; }
    // Argon2id cost for new vaults (tests use the fast preset).
    void setKdfParams(KdfParams params) { m_kdf = params; }

    State state() const { return m_state; }
    std::optional<Error> lastError() const { return m_error; }
    // Why the keychain was not used, when it was wanted; empty otherwise.
    QString keychainNotice() const { return m_keychainNotice; }
    bool rememberOnThisComputer() const;
    bool isWorking() const { return m_busy > 0; }
    Vault *vault() { return m_vault.get(); }
    IdleLock *idleLock() { return &m_idleLock; }

    // Looks at the path again and claims the vault if there is one; then
    // tries the keychain when this computer remembers the key.
    // The keychain is asked in the background while the session stays
    // Locked, so the passphrase can always be typed instead: a keychain that
    // waits for its own unlock prompt, or never answers, blocks nothing.
    void start();
    bool keychainPending() const { return m_keychainPending; }
    void create(const QString &communityName, const QString &passphrase, bool remember);
    // remember=false also forgets a key this computer remembered: the
    // unlock page's check box shows the current wish.
    void unlock(const QString &passphrase, bool remember);
    void lock();
    // These answer through operationFinished (verify also through verified);
    // they are refused with operationFinished(false) while locked or while
    // another operation runs.
    void changePassphrase(const QString &current, const QString &next);
    void rekey(const QString &passphrase);
    void verify();
    void setRememberOnThisComputer(bool remember);

Q_SIGNALS:
    void stateChanged(mycelium::VaultSession::State state);
    void keychainNoticeChanged();
    void rememberChanged();
    // After unlock(): a wrong passphrase leaves the session Locked and says so here.
    void unlockFailed(const mycelium::Error &error);
    void operationFinished(const QString &operation, bool ok, const QString &message);
    void verified(const QList<mycelium::IntegrityProblem> &problems);
    // isWorking() changed: an operation started or ended.
    void workingChanged();
    void keychainPendingChanged();

private:
    struct Outcome;
    void setState(State state);
    void fail(const Error &error);
    void runInBackground(std::function<std::shared_ptr<Outcome>()> work, std::function<void(std::shared_ptr<Outcome>)> done);
    void becomeUnlocked(std::unique_ptr<Vault> vault, bool remember);
    void tryKeychain();
    void storeKeyInKeychain();
    void setKeychainNotice(const QString &notice);
    void setRememberFlag(bool remember);
    void setKeychainPending(bool pending);
    bool refuseOperation(const QString &operation);
    QString currentVaultId() const;

    const Clock &m_clock;
    Keychain *m_keychain;
    QString m_path;
    KdfParams m_kdf = KdfParams::standard();
    State m_state = State::NoVault;
    std::optional<Error> m_error;
    QString m_keychainNotice;
    std::optional<Vault::Claim> m_claim;
    std::unique_ptr<Vault> m_vault;
    IdleLock m_idleLock;
    QThreadPool m_workers; // one thread: operations on a vault never overlap
    int m_busy = 0;
    bool m_lockRequested = false;
    bool m_keychainPending = false;
    quint64 m_rememberWish = 0;
    quint64 m_generation = 0; // keychain answers for an abandoned start are dropped
};

} // namespace mycelium
