// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toollibrarysettings.h"
#include "ledger/ledgerbinding.h"
#include "tools/tools.h"

namespace mycelium {

ToolLibrarySettings::ToolLibrarySettings(QObject *parent) : QObject(parent) { }

void ToolLibrarySettings::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &ToolLibrarySettings::reload);
        }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void ToolLibrarySettings::reload()
{
    m_error.clear();
    m_holdDays = 0;
    if (Database *db = m_ledger ? m_ledger->database() : nullptr) {
        auto days = tools::holdDays(*db);
        if (days)
            m_holdDays = *days;
        else
            m_error = days.error().message;
    }
    Q_EMIT changed();
}

bool ToolLibrarySettings::setHoldDays(int days)
{
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    m_message.clear();
    if (!db) {
        m_error = tr("The vault is locked.");
        Q_EMIT changed();
        return false;
    }
    if (auto s = tools::setHoldDays(*db, days, m_ledger->now()); !s) {
        m_error = s.error().message;
        Q_EMIT changed();
        return false;
    }
    reload();
    m_message = days == 1 ? tr("A returned item now waits one day for the next member in its queue.")
                          : tr("A returned item now waits %1 days for the next member in its queue.").arg(days);
    Q_EMIT changed();
    return true;
}

} // namespace mycelium
