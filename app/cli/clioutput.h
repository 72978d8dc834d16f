// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QJsonObject;

namespace mycelium::cli {

// The exit status of mycelium-cli; the table is repeated in --help.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // cancelled at a prompt, or an unexpected error
    ExitUsage = 2,
    ExitWrongPassphrase = 3,
    ExitDataError = 4, // also: the ledger refused the operation
    ExitBusy = 5,
};

// The one place where the core's error codes become exit codes.
ExitCode exitCodeFor(ErrorCode code);

// Writes UTF-8 to stdout as it is.
void printOut(const QString &text);
// Pretty-printed JSON on stdout (keys sorted, so the output is stable).
void printJson(const QJsonObject &object);

// One "mycelium-cli: ..." line on stderr, whatever the message contains.
// Returns exitCodeFor(error.code).
int fail(const Error &error);
// The same with a chosen exit code.
int fail(const Error &error, ExitCode exitCode);
// For operations the ledger may refuse: a request the CLI has already
// checked for form and existence that the core still answers with
// InvalidArgument was refused by a rule of the ledger (credit line,
// suspended member, settled day, ...): exit 4, not a usage error.
int failRefused(const Error &error);

// "Label:  value" lines with the values lined up.
QString alignedLines(const QList<std::pair<QString, QString>> &rows, const QString &indent = {});

// A plain-text table: a header row and rows, columns separated by two spaces;
// the columns whose index is in rightAligned (amounts) are right-aligned.
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});

} // namespace mycelium::cli
