// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"
#include "vault/vaultpaths.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace mycelium::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium-cli", text);
}

using Command = CliArguments::Command;

struct CommandName {
    const char *name;
    Command command;
};

constexpr std::array kCommands = {
    CommandName{"init", Command::Init},     CommandName{"info", Command::Info},     CommandName{"verify", Command::Verify},
    CommandName{"passwd", Command::Passwd}, CommandName{"rekey", Command::Rekey},   CommandName{"raw-key", Command::RawKey},
    CommandName{"help", Command::Help},
};

enum class Option { Vault, PassphraseFile, Today, Help, Version, Community, Json, NewPassphraseFile };

struct OptionSpec {
    const char *longName; // without the dashes
    char shortName; // 0: none
    bool takesValue;
    Command onlyFor; // Command::None: allowed with every command
    Option option;
};

constexpr std::array kOptions = {
    OptionSpec{"vault", 0, true, Command::None, Option::Vault},
    OptionSpec{"passphrase-file", 0, true, Command::None, Option::PassphraseFile},
    OptionSpec{"today", 0, true, Command::None, Option::Today},
    OptionSpec{"help", 'h', false, Command::None, Option::Help},
    OptionSpec{"version", 0, false, Command::None, Option::Version},
    OptionSpec{"community", 0, true, Command::Init, Option::Community},
    OptionSpec{"json", 0, false, Command::Info, Option::Json},
    OptionSpec{"new-passphrase-file", 0, true, Command::Passwd, Option::NewPassphraseFile},
};

const char *commandName(Command command)
{
    for (const CommandName &c : kCommands) {
        if (c.command == command)
            return c.name;
    }
    return "";
}

const OptionSpec *findOption(const QString &argument)
{
    for (const OptionSpec &spec : kOptions) {
        if (argument == QLatin1String("--") + QLatin1String(spec.longName))
            return &spec;
        if (spec.shortName && argument.size() == 2 && argument.at(0) == QLatin1Char('-') && argument.at(1) == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

Error usageError(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

QString seeHelp()
{
    return tr("run 'mycelium-cli --help' for the list of commands and options.");
}

// Strict YYYY-MM-DD with a real day: "2026-02-30" and "2026-3-1" are refused.
std::optional<QDate> parseDay(const QString &text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return std::nullopt;
    return day;
}

} // namespace

Result<CliArguments> parseArguments(const QStringList &arguments)
{
    CliArguments args;
    bool wantsHelp = false;
    bool wantsVersion = false;
    std::optional<Error> firstError;
    const auto fail = [&](const QString &message) {
        if (!firstError)
            firstError = usageError(message);
    };

    struct Given {
        const OptionSpec *spec;
        QString name; // as typed, for messages
        QString value;
    };
    QList<Given> given;
    QStringList positional;
    bool optionsEnded = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = argument;
        std::optional<QString> inlineValue;
        if (argument.startsWith(QLatin1String("--"))) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            if (equals > 0) {
                name = argument.left(equals);
                inlineValue = argument.mid(equals + 1);
            }
        }
        const OptionSpec *spec = findOption(name);
        if (!spec) {
            fail(tr("Unknown option '%1'; %2").arg(name, seeHelp()));
            continue;
        }
        QString value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                fail(tr("The option %1 needs a value; %2").arg(name, seeHelp()));
                continue;
            }
        } else if (inlineValue) {
            fail(tr("The option %1 takes no value, but was given '%2'.").arg(name, *inlineValue));
            continue;
        }
        if (spec->option == Option::Help)
            wantsHelp = true;
        else if (spec->option == Option::Version)
            wantsVersion = true;
        given.append({spec, name, value});
    }

    if (wantsHelp) {
        args.command = Command::Help;
        return args;
    }
    if (wantsVersion) {
        args.command = Command::Version;
        return args;
    }
    if (firstError)
        return *firstError;

    if (positional.isEmpty())
        return usageError(tr("No command given; %1").arg(seeHelp()));
    const QString commandWord = positional.takeFirst();
    for (const CommandName &c : kCommands) {
        if (commandWord == QLatin1String(c.name))
            args.command = c.command;
    }
    if (args.command == Command::None)
        return usageError(tr("Unknown command '%1'; the commands are init, info, verify, passwd, rekey, raw-key and help.").arg(commandWord));
    if (args.command == Command::Help)
        return args; // "help" ignores whatever follows it
    if (!positional.isEmpty())
        return usageError(tr("Unexpected argument '%1' after the command %2; %3").arg(positional.first(), commandWord, seeHelp()));

    for (const Given &g : std::as_const(given)) {
        if (g.spec->onlyFor != Command::None && g.spec->onlyFor != args.command)
            return usageError(tr("The option %1 belongs to the command %2, not to %3.")
                                  .arg(g.name, QLatin1String(commandName(g.spec->onlyFor)), commandWord));
        switch (g.spec->option) {
        case Option::Vault:
            if (g.value.isEmpty())
                return usageError(tr("The option --vault needs a path to a vault file, not an empty value."));
            args.vaultPath = g.value;
            break;
        case Option::PassphraseFile:
            if (g.value.isEmpty())
                return usageError(tr("The option --passphrase-file needs the path of a file, not an empty value."));
            args.passphraseFile = g.value;
            break;
        case Option::Today:
            args.today = parseDay(g.value);
            if (!args.today)
                return usageError(tr("The option --today expects a real date written YYYY-MM-DD, not '%1'.").arg(g.value));
            break;
        case Option::Community:
            args.communityName = g.value; // the core says what is wrong with a name
            break;
        case Option::Json:
            args.json = true;
            break;
        case Option::NewPassphraseFile:
            if (g.value.isEmpty())
                return usageError(tr("The option --new-passphrase-file needs the path of a file, not an empty value."));
            args.newPassphraseFile = g.value;
            break;
        case Option::Help:
        case Option::Version:
            break; // handled above
        }
    }

    if (args.command == Command::Init
        && std::none_of(given.cbegin(), given.cend(), [](const Given &g) { return g.spec->option == Option::Community; }))
        return usageError(tr("The command init needs the community's name: mycelium-cli init --community NAME."));
    return args;
}

QString usageText()
{
    return tr(R"(Usage: mycelium-cli [OPTIONS] COMMAND [COMMAND OPTIONS]

Keeps a community's books in an encrypted Mycelium vault. Options may come
before or after the command, and may be written --option=VALUE; after "--"
nothing more is read as an option.

Commands:
  init --community NAME   Create a new vault and its key file for the
                          community NAME. Refuses to touch an existing vault.
  info [--json]           Show the community, creation date, schema version,
                          vault path and id, SQLCipher version and how many
                          records of each kind the vault holds. --json prints
                          the same as one JSON object.
  verify                  Run every integrity check on the vault and show
                          each check as ok or with its problems.
  passwd [--new-passphrase-file FILE]
                          Change the passphrase. The current passphrase comes
                          from the usual source; the new one from FILE, or is
                          asked twice on a terminal, or is read as the next
                          line of standard input. The vault keeps its
                          encryption key (see rekey).
  rekey                   Re-encrypt the whole vault under a fresh random key
                          (the passphrase stays the same).
  raw-key                 Print the vault's raw SQLCipher key as 64 hex
                          digits, so that the standard sqlcipher shell opens
                          the vault without Mycelium:
                            PRAGMA key = "x'<the 64 digits>'";
                          Anyone with this key can read the vault: keep it
                          as secret as the passphrase. rekey replaces it.
  help                    Show this text.

Options:
  --vault PATH            The vault file; its key file is PATH.key, beside it.
                          Default: %1
  --passphrase-file FILE  Read the passphrase from FILE (one trailing newline
                          is removed).
  --today YYYY-MM-DD      Act as if today were this date (for scripts and
                          tests); without it the system clock is used.
  -h, --help              Show this text.
  --version               Show the program's version.

Passphrase:
  Taken from --passphrase-file, else from the environment variable
  MYCELIUM_PASSPHRASE, else asked on the terminal without echo (twice for
  init), else read as one line from standard input.

Environment:
  MYCELIUM_PASSPHRASE     The vault's passphrase, when --passphrase-file is
                          not given.
  XDG_DATA_HOME           Where the default vault lives (mycelium/ inside it).

Exit status:
  0  Success.
  1  Cancelled at a prompt, or an unexpected error.
  2  Usage error: unknown command or option, missing or malformed argument
     (such as a bad --today date), a passphrase that is too weak, an empty
     community name, passphrases that do not match.
  3  Wrong passphrase, or the vault is locked.
  4  Integrity or data error: the vault or key file is missing, damaged or
     written by a newer Mycelium; a vault already exists (init); a check of
     verify failed; the files cannot be read or written; encryption is not
     available.
  5  The vault is busy: another Mycelium window or command has it open.
)")
        .arg(VaultPaths::defaultVaultPath());
}

} // namespace mycelium::cli
