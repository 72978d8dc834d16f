// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/vault.h"
#include "common/clock.h"
#include "security/passphrasepolicy.h"
#include "security/sodium.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cstdio>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::Vault", text);
}

QByteArray randomId()
{
    ensureSodium();
    QByteArray id(16, '\0');
    randombytes_buf(id.data(), size_t(id.size()));
    return id;
}

// rename(2) replaces the target atomically; QFile::rename refuses to.
Status replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::make(ErrorCode::IoError, tr("Cannot replace %1: %2.").arg(to, QString::fromLocal8Bit(strerror(errno))));
    return {};
}

// A database shorter than its header says was cut off (a failed copy, a full
// disk). Cheap to see, and better said at once than at the first read.
Status checkNotTruncated(Database &db, const VaultPaths &paths)
{
    const auto pages = db.scalar(QStringLiteral("PRAGMA page_count"));
    const auto pageSize = db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!pages || !pageSize)
        return Error::make(ErrorCode::VaultDamaged, tr("The vault %1 cannot be read.").arg(paths.vault));
    const qint64 expected = *pages * *pageSize;
    const qint64 actual = QFileInfo(paths.vault).size();
    if (actual < expected && QFileInfo(paths.wal()).size() == 0)
        return Error::make(ErrorCode::VaultDamaged,
                           tr("The vault %1 is cut short (%2 of %3 bytes). Restore it from a backup.").arg(paths.vault).arg(actual).arg(expected));
    return {};
}

} // namespace

Vault::Vault(VaultPaths paths, KeyFile keyFile, std::unique_ptr<QLockFile> lock, Database db, SecureBytes key, const Clock &clock)
    : m_paths(std::move(paths))
    , m_keyFile(std::move(keyFile))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_key(std::move(key))
    , m_clock(clock)
{
}

Vault::~Vault()
{
    m_db.close();
    m_key.clear();
    // m_lock's destructor releases the lock file.
}

bool Vault::exists(const QString &path)
{
    const VaultPaths paths{path};
    return QFileInfo::exists(paths.vault) || QFileInfo::exists(paths.keyFile());
}

namespace {
Result<std::unique_ptr<QLockFile>> takeLock(const VaultPaths &paths)
{
    auto lock = std::make_unique<QLockFile>(paths.lockFile());
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error::make(ErrorCode::VaultBusy,
                           tr("The vault %1 is already open in another Mycelium window or command (process %2). Close it there first.")
                               .arg(paths.vault)
                               .arg(pid));
    }
    return Error::make(ErrorCode::IoError, tr("Cannot create the lock file %1; check that the folder is writable.").arg(paths.lockFile()));
}
} // namespace

Result<std::unique_ptr<Vault>> Vault::create(const QString &path, const QString &communityName, const QString &passphrase,
                                             const Clock &clock, KdfParams kdf)
{
    const auto name = CommunityProfile::validateName(communityName);
    if (!name)
        return name.error();
    if (const auto verdict = assessPassphrase(passphrase); !verdict.acceptable)
        return Error::make(ErrorCode::InvalidArgument, verdict.hint);
    const VaultPaths paths{QFileInfo(path).absoluteFilePath()};
    if (exists(paths.vault))
        return Error::make(ErrorCode::VaultExists, tr("A vault already exists at %1; nothing was changed.").arg(paths.vault));
    const QString folder = QFileInfo(paths.vault).absolutePath();
    if (!QFileInfo::exists(folder)) {
        // A folder we make for the vault is private too.
        if (!QDir().mkpath(folder))
            return Error::make(ErrorCode::IoError, tr("Cannot create the folder %1.").arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    auto lock = takeLock(paths);
    if (!lock)
        return lock.error();
    // Again under the lock: another process may have created it meanwhile.
    if (exists(paths.vault))
        return Error::make(ErrorCode::VaultExists, tr("A vault already exists at %1; nothing was changed.").arg(paths.vault));

    SecureBytes key = SecureBytes::random(KeyFile::kVaultKeySize);
    auto keyFile = KeyFile::seal(key, passphrase, kdf, randomId());
    if (!keyFile)
        return keyFile.error();

    // Remove what this call created if a later step fails: a half-made vault
    // without its key file would only confuse the next start.
    bool created = false, done = false;
    auto cleanup = qScopeGuard([&] {
        if (created && !done) {
            QFile::remove(paths.vault);
            QFile::remove(paths.wal());
            QFile::remove(paths.vault + QStringLiteral("-shm"));
            QFile::remove(paths.keyFile());
        }
    });

    auto db = Database::open(paths.vault, key.span(), /*create=*/true);
    created = db.ok() || db.error().code != ErrorCode::VaultExists;
    if (!db)
        return db.error();
    if (auto s = migrate(*db); !s)
        return s.error();
    if (auto s = insertCommunityProfile(*db, {*name, clock.today()}); !s)
        return s.error();
    if (auto s = keyFile->save(paths.keyFile()); !s)
        return s.error();

    std::unique_ptr<Vault> vault(new Vault(paths, std::move(*keyFile), std::move(*lock), std::move(*db), std::move(key), clock));
    if (auto s = vault->recordSecurityEvent(QStringLiteral("created")); !s)
        return s.error();
    done = true;
    return vault;
}

Result<Vault::Claim> Vault::claim(const QString &path)
{
    Claim claim;
    claim.m_paths = VaultPaths{QFileInfo(path).absoluteFilePath()};
    if (!QFileInfo::exists(claim.m_paths.vault)) {
        if (QFileInfo::exists(claim.m_paths.keyFile()))
            return Error::make(ErrorCode::VaultMissing,
                               tr("The vault file %1 is missing but its key file is there. Restore the vault from a backup.").arg(claim.m_paths.vault));
        return Error::make(ErrorCode::VaultMissing, tr("There is no vault at %1.").arg(claim.m_paths.vault));
    }
    auto lock = takeLock(claim.m_paths);
    if (!lock)
        return lock.error();
    auto keyFile = KeyFile::load(claim.m_paths.keyFile());
    if (!keyFile)
        return keyFile.error();
    claim.m_lock = std::move(*lock);
    claim.m_keyFile = std::move(*keyFile);
    return claim;
}

Result<std::unique_ptr<Vault>> Vault::openWithPassphrase(const QString &path, const QString &passphrase, const Clock &clock)
{
    auto claimed = claim(path);
    if (!claimed)
        return claimed.error();
    auto key = claimed->keyFile().unseal(passphrase);
    if (!key)
        return key.error();
    return open(*claimed, std::move(*key), clock, passphrase);
}

Result<std::unique_ptr<Vault>> Vault::open(Claim &claim, SecureBytes vaultKey, const Clock &clock, const QString &passphrase)
{
    const VaultPaths paths = claim.m_paths;
    if (!claim.m_lock)
        return Error::make(ErrorCode::Locked, tr("The vault %1 is not claimed.").arg(paths.vault));
    const bool pending = QFileInfo::exists(paths.pendingKeyFile());
    auto db = Database::open(paths.vault, vaultKey.span(), false);
    if (!db && db.error().code == ErrorCode::WrongPassphrase && pending && !passphrase.isEmpty()) {
        // A re-encryption finished in the database but not in the key file.
        auto newKeyFile = KeyFile::load(paths.pendingKeyFile());
        if (newKeyFile) {
            if (auto newKey = newKeyFile->unseal(passphrase)) {
                db = Database::open(paths.vault, newKey->span(), false);
                if (db) {
                    if (auto s = replaceFile(paths.pendingKeyFile(), paths.keyFile()); !s)
                        return s.error();
                    claim.m_keyFile = std::move(*newKeyFile);
                    vaultKey = std::move(*newKey);
                }
            }
        }
    } else if (db && pending) {
        // A re-encryption that never reached the database: its key is useless.
        QFile::remove(paths.pendingKeyFile());
    }
    if (!db) {
        // The key came out of an authenticated seal (or the keychain), so a
        // refusal here means the file, not the passphrase, is at fault.
        if (db.error().code == ErrorCode::WrongPassphrase && !passphrase.isEmpty())
            return Error::make(ErrorCode::VaultDamaged,
                               tr("The vault %1 is damaged or does not belong to its key file. Restore it from a backup.").arg(paths.vault));
        if (db.error().code == ErrorCode::VaultDamaged)
            return Error::make(ErrorCode::VaultDamaged, tr("%1 Restore the vault from a backup.").arg(db.error().message));
        return db.error();
    }
    if (auto s = checkNotTruncated(*db, paths); !s)
        return s.error();
    const int before = db->userVersion();
    if (auto s = migrate(*db); !s)
        return s.error();
    std::unique_ptr<Vault> vault(new Vault(paths, std::move(claim.m_keyFile), std::move(claim.m_lock), std::move(*db), std::move(vaultKey), clock));
    if (before != latestSchemaVersion()) {
        if (auto s = vault->recordSecurityEvent(QStringLiteral("upgraded"), tr("from schema version %1").arg(before)); !s)
            return s.error();
    }
    return vault;
}

Vault::Claim Vault::release(std::unique_ptr<Vault> vault)
{
    Claim claim;
    claim.m_paths = vault->m_paths;
    claim.m_keyFile = std::move(vault->m_keyFile);
    claim.m_lock = std::move(vault->m_lock);
    vault.reset();
    return claim;
}

VaultInfo Vault::info()
{
    VaultInfo info;
    info.path = m_paths.vault;
    info.vaultId = vaultId();
    if (auto profile = loadCommunityProfile(m_db))
        info.community = *profile;
    info.schemaVersion = m_db.userVersion();
    info.cipherVersion = Database::cipherVersion(m_db.handle());
    info.cipherPageSize = m_db.cipherPageSize();
    info.counts = countRecords(m_db);
    return info;
}

Status Vault::proveCurrentPassphrase(const QString &passphrase) const
{
    auto key = m_keyFile.unseal(passphrase);
    if (!key)
        return key.error();
    if (key->size() != m_key.size() || sodium_memcmp(key->data(), m_key.data(), m_key.size()) != 0)
        return Error::make(ErrorCode::WrongPassphrase, tr("The passphrase is wrong."));
    return {};
}

Status Vault::changePassphrase(const QString &currentPassphrase, const QString &newPassphrase)
{
    if (const auto verdict = assessPassphrase(newPassphrase); !verdict.acceptable)
        return Error::make(ErrorCode::InvalidArgument, verdict.hint);
    if (auto s = proveCurrentPassphrase(currentPassphrase); !s)
        return s;
    auto resealed = m_keyFile.resealed(m_key, newPassphrase);
    if (!resealed)
        return resealed.error();
    if (auto s = resealed->save(m_paths.keyFile()); !s)
        return s;
    m_keyFile = std::move(*resealed);
    return recordSecurityEvent(QStringLiteral("passphrase_changed"));
}

Status Vault::rekey(const QString &passphrase)
{
    if (auto s = proveCurrentPassphrase(passphrase); !s)
        return s;
    SecureBytes newKey = SecureBytes::random(KeyFile::kVaultKeySize);
    auto newKeyFile = m_keyFile.resealed(newKey, passphrase);
    if (!newKeyFile)
        return newKeyFile.error();
    if (auto s = newKeyFile->save(m_paths.pendingKeyFile()); !s)
        return s;
    if (auto s = m_db.rekey(newKey.span()); !s) {
        QFile::remove(m_paths.pendingKeyFile());
        return s;
    }
    // From here on the database answers only to the new key.
    m_key = std::move(newKey);
    m_keyFile = std::move(*newKeyFile);
    if (auto s = replaceFile(m_paths.pendingKeyFile(), m_paths.keyFile()); !s)
        return s; // the next open completes it from the pending file
    return recordSecurityEvent(QStringLiteral("rekeyed"));
}

Status Vault::recordSecurityEvent(const QString &kind, const QString &note)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO security_event (at, kind, note) VALUES (?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, m_clock.now().toString(Qt::ISODate)).bind(2, kind).bind(3, note).exec();
}

} // namespace mycelium
