// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keyfile.h"
#include "security/sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace mycelium {

namespace {

constexpr char kMagic[8] = {'M', 'Y', 'C', 'E', 'L', 'K', 'E', 'Y'};
constexpr quint16 kFormatVersion = 1;
constexpr quint16 kKdfArgon2id13 = 1;
constexpr int kSaltSize = crypto_pwhash_SALTBYTES; // 16
constexpr int kVaultIdSize = 16;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr int kSealedSize = KeyFile::kVaultKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES; // 48
constexpr int kHeaderSize = 60;
constexpr int kChecksumSize = 32;
static_assert(kHeaderSize + kNonceSize + kSealedSize + kChecksumSize == KeyFile::kSize);

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::KeyFile", text);
}

QByteArray randomBytes(int size)
{
    ensureSodium();
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

QByteArray checksum(const QByteArray &bytes)
{
    QByteArray digest(kChecksumSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), kChecksumSize,
                       reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), nullptr, 0);
    return digest;
}

Result<SecureBytes> deriveKek(const QString &passphrase, const QByteArray &salt, KdfParams params)
{
    ensureSodium();
    // The same passphrase typed on another system may arrive decomposed
    // (NFD); normalise so it derives the same key.
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    const SecureBytes secret = SecureBytes::takeFrom(utf8);
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), reinterpret_cast<const char *>(secret.data()), secret.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit, size_t(params.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::make(ErrorCode::IoError, tr("Not enough memory to derive the key from the passphrase."));
    return kek;
}

} // namespace

KdfParams KdfParams::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, 224ull * 1024 * 1024};
}

KdfParams KdfParams::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfParams::isSane() const
{
    // Bounds also protect against a crafted key file asking for absurd work.
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 64 && memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && memLimit <= 4ull * 1024 * 1024 * 1024;
}

QByteArray KeyFile::header() const
{
    QByteArray h;
    h.reserve(kHeaderSize);
    h.append(kMagic, sizeof kMagic);
    char buf[8];
    qToBigEndian<quint16>(kFormatVersion, buf);
    h.append(buf, 2);
    qToBigEndian<quint16>(kKdfArgon2id13, buf);
    h.append(buf, 2);
    qToBigEndian<quint64>(m_kdf.opsLimit, buf);
    h.append(buf, 8);
    qToBigEndian<quint64>(m_kdf.memLimit, buf);
    h.append(buf, 8);
    h.append(m_salt);
    h.append(m_vaultId);
    return h;
}

Result<KeyFile> KeyFile::seal(const SecureBytes &vaultKey, const QString &passphrase, KdfParams params, const QByteArray &vaultId)
{
    if (vaultKey.size() != kVaultKeySize || vaultId.size() != kVaultIdSize || !params.isSane())
        return Error::make(ErrorCode::InvalidArgument, tr("Invalid vault key or key-derivation parameters."));
    KeyFile file;
    file.m_kdf = params;
    file.m_salt = randomBytes(kSaltSize);
    file.m_vaultId = vaultId;
    file.m_nonce = randomBytes(kNonceSize);
    auto kek = deriveKek(passphrase, file.m_salt, params);
    if (!kek)
        return kek.error();
    const QByteArray ad = file.header();
    file.m_sealed = QByteArray(kSealedSize, '\0');
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(file.m_sealed.data()), &sealedLength,
                                               vaultKey.data(), vaultKey.size(),
                                               reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
                                               reinterpret_cast<const unsigned char *>(file.m_nonce.constData()), kek->data());
    return file;
}

Result<SecureBytes> KeyFile::unseal(const QString &passphrase) const
{
    auto kek = deriveKek(passphrase, m_salt, m_kdf);
    if (!kek)
        return kek.error();
    const QByteArray ad = header();
    SecureBytes key(kVaultKeySize);
    unsigned long long keyLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keyLength, nullptr,
                                                   reinterpret_cast<const unsigned char *>(m_sealed.constData()), size_t(m_sealed.size()),
                                                   reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()),
                                                   reinterpret_cast<const unsigned char *>(m_nonce.constData()), kek->data())
            != 0
        || keyLength != kVaultKeySize)
        return Error::make(ErrorCode::WrongPassphrase, tr("The passphrase is wrong."));
    return key;
}

Result<KeyFile> KeyFile::resealed(const SecureBytes &vaultKey, const QString &newPassphrase) const
{
    return seal(vaultKey, newPassphrase, m_kdf, m_vaultId);
}

QByteArray KeyFile::serialize() const
{
    QByteArray bytes = header();
    bytes.append(m_nonce);
    bytes.append(m_sealed);
    bytes.append(checksum(bytes));
    return bytes;
}

Result<KeyFile> KeyFile::parse(const QByteArray &bytes, const QString &path)
{
    const auto damaged = [&](const QString &why) {
        return Error::make(ErrorCode::KeyFileDamaged,
                           tr("The key file %1 is damaged (%2). Restore it from a backup; the vault cannot be opened without it.").arg(path, why));
    };
    if (bytes.size() < 12 || memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0)
        return damaged(tr("it is not a Mycelium key file"));
    const auto version = qFromBigEndian<quint16>(bytes.constData() + 8);
    if (version != kFormatVersion)
        return Error::make(ErrorCode::KeyFileDamaged,
                           tr("The key file %1 has format version %2, which this Mycelium does not know. Install a newer Mycelium.").arg(path).arg(version));
    if (bytes.size() != kSize)
        return damaged(tr("%1 bytes instead of %2").arg(bytes.size()).arg(kSize));
    if (checksum(bytes.left(kSize - kChecksumSize)) != bytes.right(kChecksumSize))
        return damaged(tr("its checksum does not match"));
    if (qFromBigEndian<quint16>(bytes.constData() + 10) != kKdfArgon2id13)
        return damaged(tr("unknown key-derivation function"));
    KeyFile file;
    file.m_kdf.opsLimit = qFromBigEndian<quint64>(bytes.constData() + 12);
    file.m_kdf.memLimit = qFromBigEndian<quint64>(bytes.constData() + 20);
    if (!file.m_kdf.isSane())
        return damaged(tr("implausible key-derivation parameters"));
    file.m_salt = bytes.mid(28, kSaltSize);
    file.m_vaultId = bytes.mid(44, kVaultIdSize);
    file.m_nonce = bytes.mid(kHeaderSize, kNonceSize);
    file.m_sealed = bytes.mid(kHeaderSize + kNonceSize, kSealedSize);
    return file;
}

Result<KeyFile> KeyFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorCode::KeyFileMissing,
                           tr("The key file %1 is missing. Put it back from a backup; the vault cannot be opened without it.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::IoError, tr("Cannot read the key file %1: %2.").arg(path, file.errorString()));
    // Read one byte more than a valid file so that an overlong file is caught.
    return parse(file.read(kSize + 1), path);
}

Status KeyFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::IoError, tr("Cannot write the key file %1: %2.").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorCode::IoError, tr("Cannot write the key file %1: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace mycelium
