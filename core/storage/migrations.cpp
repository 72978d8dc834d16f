// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace mycelium {

namespace {

// Append new steps at the end. Domains add their tables here in order.
constexpr Migration kMigrations[] = {
    {1, "vault metadata and community profile",
     R"sql(
        CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE community (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
            created_on TEXT NOT NULL CHECK (date(created_on) IS created_on)
        );
     )sql"},
    {2, "security events (passphrase changes, re-encryption)",
     R"sql(
        CREATE TABLE security_event (
            id   INTEGER PRIMARY KEY,
            at   TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('created', 'passphrase_changed', 'rekeyed', 'upgraded')),
            note TEXT NOT NULL DEFAULT ''
        );
     )sql"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::migrate", text);
}

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

Status migrate(Database &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = db.userVersion();
    if (current < 0)
        return Error::make(ErrorCode::VaultDamaged, tr("The vault's schema version cannot be read."));
    if (current > latestSchemaVersion())
        return Error::make(ErrorCode::SchemaTooNew,
                           tr("The vault has schema version %1, newer than this Mycelium understands (%2). Install a newer Mycelium.")
                               .arg(current)
                               .arg(latestSchemaVersion()));
    for (const Migration &step : kMigrations) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction tx(db);
        if (!tx.began())
            return tx.began();
        if (auto s = db.exec(QString::fromUtf8(step.sql)); !s)
            return Error::make(s.error().code, tr("Upgrading the vault to schema version %1 failed: %2").arg(step.version).arg(s.error().message));
        if (auto s = db.setUserVersion(step.version); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace mycelium
