// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace mycelium::cli {

// What the command line asked for, checked but not yet acted on.
struct CliArguments {
    enum class Command { None, Help, Version, Init, Info, Verify, Passwd, Rekey, RawKey };
    Command command = Command::None;

    // Global options (before or after the command).
    QString vaultPath; // empty: the default vault
    QString passphraseFile; // empty: environment, terminal or stdin
    std::optional<QDate> today; // empty: the system clock

    // Command options.
    QString communityName; // init --community
    bool json = false; // info --json
    QString newPassphraseFile; // passwd --new-passphrase-file
};

// Parses the arguments after the program name. Errors are InvalidArgument
// with one sentence that names the bad argument. --help and --version win
// over any other problem on the line.
Result<CliArguments> parseArguments(const QStringList &arguments);

// The text of --help: usage, commands, options, environment, exit codes.
QString usageText();

} // namespace mycelium::cli
