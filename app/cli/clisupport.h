// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the ledger's and the commons' commands share: their messages'
// translation, the text of money and days, the usage and refusal errors, a
// listing printed as JSON or as a table, progress on stderr, and the session
// that a command runs in (the arguments, the open database and the clock).
#pragma once

#include "cliarguments.h"

#include "common/result.h"
#include "ledger/ledger.h"
#include "members/members.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

class QFile;
class QIODevice;
class QJsonArray;

namespace mycelium {
class Clock;
class Database;
} // namespace mycelium

namespace mycelium::cli {

// A message of mycelium-cli in the user's language.
QString tr(const char *text);

// Who the CLI records as having recorded something.
extern const QString kRecordedBy;

// JSON and CSV: "-1234.50".
QString plain(std::int64_t minor);
// People: the locale's digits and separators.
QString human(std::int64_t minor);

// "2026-03-01".
QString isoDay(const QDate &day);
// The ISO day, or null for an invalid one.
QJsonValue jsonDay(const QDate &day);

// A usage error (exit 2 through fail()).
Error usage(const QString &message);

// What the core refused, and that nothing changed: exit 4.
int failNothingRecorded(const Error &error);

// What the core found, or a usage error with `message` when it answers that
// there is none such (InvalidArgument).
template<typename T> Result<T> orUsage(Result<T> found, const QString &message)
{
    if (!found && found.error().code == ErrorCode::InvalidArgument)
        return usage(message);
    return found;
}

// A listing: {key: items} under --json; otherwise `emptyText` when there
// are no rows, or the table. Returns ExitOk.
int printListing(bool json, const QString &key, const QJsonArray &items, const QString &emptyText,
    const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});

// "\r3 of 10 pages" on stderr while a long job runs, only where a person
// watches; finish() clears the line.
class StderrProgress
{
public:
    // `what` counts the steps: "trades", "pages".
    explicit StderrProgress(const char *what);

    // For the core's progress(done, total): reports and goes on.
    std::function<bool(int, int)> callback();
    void finish() const;
    // The total of the last report.
    int total() const { return m_total; }

private:
    const char *m_what;
    bool m_shown;
    int m_total = 0;
};

// What every command session holds: the arguments, the open database and
// the clock, with the look-ups both kinds of command make.
class CliSession
{
protected:
    CliSession(const CliArguments &args, Database &db, const Clock &clock);

    QDate today() const;
    QDateTime now() const;
    // A usage error (exit 2) when there is no such member.
    Result<Member> existingMember(std::int64_t number);
    Result<Trade> existingTrade(std::int64_t id);
    static QString describe(const Member &member) { return tr("%1 (member %2)").arg(member.name).arg(member.number); }
    // Opens the file to import (--path): a usage error when it does not exist.
    Result<std::unique_ptr<QFile>> openInput();
    // Opens the input, runs the import and prints `done` with the count and
    // the path. A line the core refuses is a data error (exit 4): the file is
    // at fault, not the command line; the message names the file, line and
    // field.
    int importFile(const std::function<Result<int>(QIODevice &)> &import, const QString &done);

    const CliArguments &m_args;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace mycelium::cli
