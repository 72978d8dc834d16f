// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QIODevice>
#include <QString>

namespace mycelium {

class Database;

// Writes the ledger as a plain-text journal that the `ledger` program
// (ledger-cli) reads: one account per member, "Members:NNNN Name", and
// "Commons fund"; every trade, reversal and demurrage charge as a dated
// transaction in the commodity "CR" with two decimals. `ledger -f FILE
// balance` then shows exactly Mycelium's balances.
Status exportLedgerJournal(Database &db, QIODevice &out);

// The account name ledger-cli sees for a member number (0: commons fund).
QString ledgerAccountName(std::int64_t memberNumber, const QString &name);

} // namespace mycelium
