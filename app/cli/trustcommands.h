// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliarguments.h"

namespace mycelium {
class Clock;
class Vault;
} // namespace mycelium

namespace mycelium::cli {

// Whether the command is one of trust's (trust ..., alert review, flag ...,
// sanction ...), run on an open vault by runTrustCommand().
bool isTrustCommand(CliArguments::Command command);

// One trust command on the open vault: prints the result, returns the exit
// code.
int runTrustCommand(const CliArguments &args, Vault &vault, const Clock &clock);

} // namespace mycelium::cli
