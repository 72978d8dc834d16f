// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mycelium {

// Which vaults this computer keeps a key for in the OS keychain. Only the
// wish is stored (in the program's settings), never the key; it spares a
// keychain round trip, and its error, for vaults that were never remembered.
bool isRememberedOnThisComputer(const QString &vaultId);
void setRememberedOnThisComputer(const QString &vaultId, bool remembered);

} // namespace mycelium
