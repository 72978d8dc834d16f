// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliarguments.h"
#include "passphraseinput.h"

#include "common/result.h"

namespace mycelium {
class Clock;
class Vault;
} // namespace mycelium

namespace mycelium::cli {

// Whether the command is one of the ledger's (member ..., trade, reverse,
// balance, statement, demurrage ..., export ..., import ..., demo), or one of
// the commons' that LedgerCommand hands to runCommonsCommand() (commonscommands.h).
bool isLedgerCommand(CliArguments::Command command);

// One ledger command. prepare() reads what it needs from files (a PIN) and
// fails before the slow unlock; run() acts on the open vault, prints the
// result and returns the exit code.
class LedgerCommand
{
public:
    static Result<LedgerCommand> prepare(const CliArguments &args);
    int run(Vault &vault, const Clock &clock);

private:
    explicit LedgerCommand(const CliArguments &args) : m_args(args) { }

    CliArguments m_args;
    SecretText m_pin; // from --pin-file
};

} // namespace mycelium::cli
