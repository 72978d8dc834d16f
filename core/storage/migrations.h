// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <span>

namespace mycelium {

class Database;

// One numbered step of the schema. Steps are never edited once released: a
// change to the schema is a new step. The vault records the last applied
// step in PRAGMA user_version.
struct Migration {
    int version;
    const char *description;
    const char *sql;
    // Data a statement cannot carry over (SQLCipher 3.4.1's SQLite has no
    // window functions); runs after `sql`, in the same transaction.
    Status (*convert)(Database &db) = nullptr;
    const char *sqlAfter = nullptr;
};

std::span<const Migration> schemaMigrations();
int latestSchemaVersion();

// Applies every step above the vault's version up to targetVersion (default:
// the latest), each in its own transaction together with its user_version.
// A vault newer than this program is refused, never downgraded.
Status migrate(Database &db, int targetVersion = -1);

} // namespace mycelium
