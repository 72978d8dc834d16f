// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliarguments.h"

namespace mycelium {
class Clock;
class Database;
class Vault;
} // namespace mycelium

namespace mycelium::cli {

// Whether the command is one of the skills exchange's (skill ..., session
// ..., import skills, gratitude), run on an open vault by runSkillsCommand().
bool isSkillsCommand(CliArguments::Command command);

// One skills command on the open vault: prints the result, returns the exit code.
int runSkillsCommand(const CliArguments &args, Vault &vault, const Clock &clock);

// demo --skills: the skills demo data for the vault's members; prints one line.
int skillsDemo(Database &db, const Clock &clock);

} // namespace mycelium::cli
