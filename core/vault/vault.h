// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "community/communityprofile.h"
#include "security/keyfile.h"
#include "security/securebytes.h"
#include "storage/database.h"
#include "vault/integrity.h"
#include "vault/vaultpaths.h"

#include <QLockFile>

#include <memory>

namespace mycelium {

class Clock;

struct VaultInfo {
    QString path;
    QString vaultId;
    CommunityProfile community;
    int schemaVersion = 0;
    QString cipherVersion;
    int cipherPageSize = 0; // the sqlcipher shell needs it (PRAGMA cipher_page_size)
    QList<RecordCount> counts;
};

// One community's open vault: the lock file, the decrypted connection and
// the vault key in locked memory. Destroying it (or close()) wipes the key,
// closes the database and releases the lock.
//
// Opening happens in three steps so that the slow part can run off the UI
// thread without holding anything the UI needs: claim() takes the lock file
// (fails fast with VaultBusy), the caller unseals the key (Argon2id, about
// half a second) or reads it from the keychain, and open() decrypts.
class Vault
{
public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    static bool exists(const QString &path);

    // Creates vault and key file. Refuses to overwrite anything.
    static Result<std::unique_ptr<Vault>> create(const QString &path, const QString &communityName, const QString &passphrase,
                                                 const Clock &clock, KdfParams kdf = KdfParams::standard());

    // Claims the lock, unseals the key file and opens: the CLI's one-call path.
    static Result<std::unique_ptr<Vault>> openWithPassphrase(const QString &path, const QString &passphrase, const Clock &clock);

    // A claimed but not yet decrypted vault.
    class Claim
    {
    public:
        const VaultPaths &paths() const { return m_paths; }
        const KeyFile &keyFile() const { return m_keyFile; }

    private:
        friend class Vault;
        VaultPaths m_paths;
        KeyFile m_keyFile;
        std::unique_ptr<QLockFile> m_lock;
    };
    // Takes the lock file and reads the key file; no secret involved.
    static Result<Claim> claim(const QString &path);
    // Decrypts with the vault key, finishes an interrupted re-encryption and
    // upgrades the schema. A pending key file needs the passphrase to unseal:
    // pass it when known (empty when the key came from the keychain). The
    // claim is taken only on success, so a caller can try again.
    static Result<std::unique_ptr<Vault>> open(Claim &claim, SecureBytes vaultKey, const Clock &clock, const QString &passphrase = {});
    // Closes the database and wipes the key but keeps the lock file, so that
    // a locked window still owns its vault.
    static Claim release(std::unique_ptr<Vault> vault);

    const VaultPaths &paths() const { return m_paths; }
    QString vaultId() const { return m_keyFile.vaultIdHex(); }
    Database &database() { return m_db; }
    // A copy of the vault key, for the OS keychain.
    SecureBytes copyKey() const { return SecureBytes::copyOf(m_key.span()); }

    VaultInfo info();
    QList<IntegrityProblem> verify() { return runIntegrityChecks(m_db); }

    // Re-seals the same vault key under a new passphrase after proving the
    // current one. The database is not re-encrypted; it only records the
    // change as a security event.
    Status changePassphrase(const QString &currentPassphrase, const QString &newPassphrase);

    // Re-encrypts the vault under a fresh random key. Crash-safe order: the
    // new key is sealed into NAME.key.new, the database is rekeyed in one
    // transaction, then the key file is replaced and .new removed. If the
    // process dies in between, open() finds the .new file and completes.
    Status rekey(const QString &passphrase);

    Status recordSecurityEvent(const QString &kind, const QString &note = {});

private:
    Vault(VaultPaths paths, KeyFile keyFile, std::unique_ptr<QLockFile> lock, Database db, SecureBytes key, const Clock &clock);
    static Result<std::unique_ptr<Vault>> openDatabase(Claim claim, SecureBytes vaultKey, const Clock &clock);
    Status proveCurrentPassphrase(const QString &passphrase) const;

    VaultPaths m_paths;
    KeyFile m_keyFile;
    std::unique_ptr<QLockFile> m_lock;
    Database m_db;
    SecureBytes m_key;
    const Clock &m_clock;
};

} // namespace mycelium
