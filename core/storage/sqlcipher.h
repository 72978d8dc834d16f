// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that includes SQLCipher's header. SQLITE_HAS_CODEC exposes
// sqlite3_key(); the include path from pkg-config points at SQLCipher's own
// sqlite3.h, never the system SQLite's.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>
