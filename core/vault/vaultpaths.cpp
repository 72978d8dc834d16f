// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/vaultpaths.h"

#include <QDir>
#include <QStandardPaths>

namespace mycelium {

QString VaultPaths::defaultVaultPath()
{
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dataHome).filePath(QStringLiteral("mycelium/community.vault"));
}

} // namespace mycelium
