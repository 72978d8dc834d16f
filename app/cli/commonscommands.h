// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliarguments.h"

#include "common/result.h"
#include "commons/ecobalance.h"
#include "ledger/ledger.h"

#include <QDateTime>
#include <QList>

namespace mycelium {
class Clock;
class Database;
class Vault;
} // namespace mycelium

namespace mycelium::cli {

// Whether the command is one of the commons' (commons ..., indicator ...,
// import measurements, impact, report assembly), run on an open vault by
// runCommonsCommand(). indicator budget needs no vault: see indicatorBudget().
bool isCommonsCommand(CliArguments::Command command);

// One commons command on the open vault: prints the result, returns the
// exit code.
int runCommonsCommand(const CliArguments &args, Vault &vault, const Clock &clock);

// indicator budget: the regional budget, printed alone. Needs no vault.
int indicatorBudget(const CliArguments &args);

// demo --commons: the commons demo data (commons::generateDemo with its
// defaults) for the vault's members; prints one line. Returns the exit code.
int commonsDemo(Database &db, const Clock &clock);

// trade --impact: records the trade and sets its impacts in one
// transaction, so that nothing is recorded when either is refused.
Result<Trade> recordTradeWithImpacts(Database &db, const TradeRequest &request, const QList<TradeImpact> &impacts, const QDateTime &now);

} // namespace mycelium::cli
