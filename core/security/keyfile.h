// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "security/securebytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace mycelium {

// Argon2id cost. Stored in the key file, so it can be raised later without
// breaking older files.
struct KdfParams {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; // bytes

    // About half a second on a small two-core laptop (see docs/benchmarks.md).
    static KdfParams standard();
    // libsodium's minimum: for tests and benchmarks only.
    static KdfParams fastForTests();
    bool isSane() const;
    bool operator==(const KdfParams &) const = default;
};

// The vault key sealed under the coordinator's passphrase.
//
// Binary layout, version 1 (all integers big-endian), 164 bytes:
//   0   8  magic "MYCELKEY"
//   8   2  format version (1)
//  10   2  KDF id (1 = Argon2id v1.3, libsodium crypto_pwhash)
//  12   8  opslimit
//  20   8  memlimit in bytes
//  28  16  salt
//  44  16  vault id (random; names the vault in the OS keychain)
//  60  24  XChaCha20-Poly1305 nonce
//  84  48  sealed 32-byte vault key with its 16-byte tag;
//          associated data = bytes 0..59, so every parameter is authenticated
// 132  32  BLAKE2b-256 of bytes 0..131: tells accidental damage (and naive
//          edits) apart from a wrong passphrase
class KeyFile
{
public:
    static constexpr int kVaultKeySize = 32;
    static constexpr int kSize = 164;

    static Result<KeyFile> seal(const SecureBytes &vaultKey, const QString &passphrase, KdfParams params,
                                const QByteArray &vaultId);
    // Derives the key-encryption key (the slow part) and opens the seal.
    // Fails with WrongPassphrase when the passphrase does not fit.
    Result<SecureBytes> unseal(const QString &passphrase) const;
    // Same vault id and parameters, new passphrase (and fresh salt and nonce).
    Result<KeyFile> resealed(const SecureBytes &vaultKey, const QString &newPassphrase) const;

    QByteArray serialize() const;
    static Result<KeyFile> parse(const QByteArray &bytes, const QString &pathForMessages);
    static Result<KeyFile> load(const QString &path);
    // Atomic replace (QSaveFile), mode 0600.
    Status save(const QString &path) const;

    KdfParams kdf() const { return m_kdf; }
    QByteArray vaultId() const { return m_vaultId; }
    QString vaultIdHex() const { return QString::fromLatin1(m_vaultId.toHex()); }

private:
    KdfParams m_kdf;
    QByteArray m_salt;
    QByteArray m_vaultId;
    QByteArray m_nonce;
    QByteArray m_sealed;

    QByteArray header() const;
};

} // namespace mycelium
