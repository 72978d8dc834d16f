// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/desklistmodel.h"
#include "ledger/ledgerbinding.h"

namespace mycelium {

DeskListModel::DeskListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DeskListModel::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::ledgerChanged, this, &DeskListModel::reload);
    }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void DeskListModel::reload()
{
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    beginResetModel();
    m_error = load(db, db ? m_ledger->today() : QDate());
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace mycelium
