// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keychain.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <sodium.h>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::Keychain", text);
}

Error unavailable(const QKeychain::Job *job)
{
    return Error::make(ErrorCode::KeychainUnavailable,
                       tr("The system keychain could not be used (%1). Enter the passphrase instead.").arg(job->errorString()));
}

// Every job of ours: deleted when done, never a plaintext fallback.
template<typename Job>
Job *newJob(const QString &service, const QString &vaultId, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(vaultId);
    return job;
}

} // namespace

Keychain::Keychain(QObject *parent)
    : QObject(parent)
{
}

void Keychain::readKey(const QString &vaultId, ReadCallback done, QObject *context)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, vaultId, this);
    connect(job, &QKeychain::Job::finished, context ? context : this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound) {
            done(ReadResult{});
            return;
        }
        if (read->error() != QKeychain::NoError) {
            done(unavailable(read));
            return;
        }
        QByteArray data = read->binaryData();
        ReadResult result;
        result.found = true;
        result.key = SecureBytes::takeFrom(data);
        done(std::move(result));
    });
    job->start();
}

void Keychain::writeKey(const QString &vaultId, const SecureBytes &key, StatusCallback done, QObject *context)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, vaultId, this);
    QByteArray data(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    job->setBinaryData(data);
    sodium_memzero(data.data(), size_t(data.size()));
    connect(job, &QKeychain::Job::finished, context ? context : this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? Status() : Status(unavailable(finished)));
    });
    job->start();
}

void Keychain::forgetKey(const QString &vaultId, StatusCallback done, QObject *context)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, vaultId, this);
    connect(job, &QKeychain::Job::finished, context ? context : this, [done = std::move(done)](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? Status() : Status(unavailable(finished)));
    });
    job->start();
}

} // namespace mycelium
