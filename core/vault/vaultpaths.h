// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mycelium {

// The files that make up one community's vault, all beside each other:
//   NAME.vault           the SQLCipher database (with -wal and -shm while open)
//   NAME.vault.key       the vault key sealed under the passphrase
//   NAME.vault.key.new   a re-encryption in progress (see Vault::rekey)
//   NAME.vault.lock      held while a program has the vault open
struct VaultPaths {
    QString vault;

    QString keyFile() const { return vault + QStringLiteral(".key"); }
    QString pendingKeyFile() const { return vault + QStringLiteral(".key.new"); }
    QString lockFile() const { return vault + QStringLiteral(".lock"); }
    QString wal() const { return vault + QStringLiteral("-wal"); }

    // $XDG_DATA_HOME/mycelium/community.vault
    static QString defaultVaultPath();
};

} // namespace mycelium
