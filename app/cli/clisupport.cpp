// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"
#include "ledger/ledger.h"
#include "clioutput.h"

#include "common/clock.h"
#include "ledger/money.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace mycelium::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium-cli", text);
}

const QString kRecordedBy = QStringLiteral("cli");

QString plain(std::int64_t minor)
{
    return Money::fromMinor(minor).toPlainString();
}

QString human(std::int64_t minor)
{
    return Money::fromMinor(minor).toString(QLocale());
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QJsonValue jsonDay(const QDate &day)
{
    return day.isValid() ? QJsonValue(isoDay(day)) : QJsonValue(QJsonValue::Null);
}

Error usage(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

int failNothingRecorded(const Error &error)
{
    return failRefused(Error::make(error.code, error.message + QLatin1Char(' ') + tr("Nothing was recorded.")));
}

int printListing(bool json, const QString &key, const QJsonArray &items, const QString &emptyText,
    const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    if (json)
        printJson(QJsonObject { { key, items } });
    else if (rows.isEmpty())
        printOut(emptyText);
    else
        printOut(table(header, rows, rightAligned));
    return ExitOk;
}

StderrProgress::StderrProgress(const char *what) : m_what(what), m_shown(isatty(fileno(stderr))) { }

std::function<bool(int, int)> StderrProgress::callback()
{
    return [this](int done, int total) {
        m_total = total;
        if (m_shown)
            std::fprintf(stderr, "\r%d of %d %s", done, total, m_what);
        return true;
    };
}

void StderrProgress::finish() const
{
    if (m_shown)
        std::fputs("\r\033[K", stderr);
}

CliSession::CliSession(const CliArguments &args, Database &db, const Clock &clock)
    : m_args(args), m_db(db), m_clock(clock)
{ }

QDate CliSession::today() const
{
    return m_clock.today();
}

QDateTime CliSession::now() const
{
    return m_clock.now();
}

Result<Member> CliSession::existingMember(std::int64_t number)
{
    return orUsage(members::byNumber(m_db, number),
        tr("There is no member number %1; 'mycelium-cli member list' shows them all.").arg(number));
}

Result<Trade> CliSession::existingTrade(std::int64_t id)
{
    return orUsage(ledger::trade(m_db, id), tr("There is no trade %1; 'mycelium-cli statement N' shows a member's trades.").arg(id));
}

Result<std::unique_ptr<QFile>> CliSession::openInput()
{
    auto file = std::make_unique<QFile>(m_args.path);
    if (!file->exists())
        return usage(tr("The file %1 does not exist; nothing was imported.").arg(m_args.path));
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::IoError,
            tr("Cannot read the file %1: %2; nothing was imported.").arg(m_args.path, file->errorString()));
    return file;
}

int CliSession::importFile(const std::function<Result<int>(QIODevice &)> &import, const QString &done)
{
    auto file = openInput();
    if (!file)
        return fail(file.error());
    auto count = import(**file);
    if (!count)
        return failRefused(Error::make(
            count.error().code, tr("%1: %2 Nothing was imported.").arg(m_args.path, count.error().message)));
    printOut(done.arg(*count).arg(m_args.path));
    return ExitOk;
}

} // namespace mycelium::cli
