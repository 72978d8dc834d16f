// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "security/securebytes.h"

#include <QObject>

#include <functional>

namespace mycelium {

// "Remember on this computer": the raw vault key kept in the operating
// system's keychain (Secret Service on Linux) through QtKeychain, filed under
// the vault id. Every call is asynchronous and answers through a callback on
// the caller's thread; nothing here runs a nested event loop.
//
// Any failure (no Secret Service, a locked or refused keychain, a D-Bus
// error) is reported as KeychainUnavailable, and the caller falls back to the
// passphrase. The insecure plaintext fallback of QtKeychain stays off: the key
// never lands in a settings file.
class Keychain : public QObject
{
    Q_OBJECT
public:
    explicit Keychain(QObject *parent = nullptr);

    // The service name entries are filed under; tests use their own.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }

    // found=false with no error: the keychain works but has no key for it.
    struct ReadResult {
        bool found = false;
        SecureBytes key;
    };
    using ReadCallback = std::function<void(Result<ReadResult>)>;
    using StatusCallback = std::function<void(Status)>;

    // With a context, the answer is delivered only while the context lives:
    // a job may outlast the object that asked (a window closed meanwhile).
    void readKey(const QString &vaultId, ReadCallback done, QObject *context = nullptr);
    void writeKey(const QString &vaultId, const SecureBytes &key, StatusCallback done, QObject *context = nullptr);
    // Succeeds when there was nothing to forget.
    void forgetKey(const QString &vaultId, StatusCallback done, QObject *context = nullptr);

private:
    QString m_service = QStringLiteral("Mycelium vault key");
};

} // namespace mycelium
