// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

namespace mycelium::cli {

// The exit status of mycelium-cli; the table is repeated in --help.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // cancelled at a prompt, or an unexpected error
    ExitUsage = 2,
    ExitWrongPassphrase = 3,
    ExitDataError = 4,
    ExitBusy = 5,
};

// The one place where the core's error codes become exit codes.
ExitCode exitCodeFor(ErrorCode code);

// Runs one command line (without the program name): parses it, does the
// work, prints results on stdout and one "mycelium-cli: ..." sentence on
// stderr for an error. Returns the exit code.
int run(const QStringList &arguments);

} // namespace mycelium::cli
