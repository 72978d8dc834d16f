// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/rememberedvaults.h"

#include <QSettings>

namespace mycelium {

namespace {
QString settingsKey(const QString &vaultId)
{
    return QStringLiteral("vaults/%1/remember").arg(vaultId);
}
} // namespace

bool isRememberedOnThisComputer(const QString &vaultId)
{
    return !vaultId.isEmpty() && QSettings().value(settingsKey(vaultId), false).toBool();
}

void setRememberedOnThisComputer(const QString &vaultId, bool remembered)
{
    if (vaultId.isEmpty())
        return;
    QSettings settings;
    if (remembered)
        settings.setValue(settingsKey(vaultId), true);
    else
        settings.remove(settingsKey(vaultId));
}

} // namespace mycelium
