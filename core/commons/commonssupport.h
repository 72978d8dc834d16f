// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the commons' source files (resources, indicators, the
// ecological balance, the demo); not part of their API.

#include "common/result.h"
#include "ledger/journal.h"
#include "ledger/money.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <type_traits>

namespace mycelium {

namespace commons::detail {

// Products of two 64-bit amounts, free of overflow.
__extension__ typedef __int128 Wide;

inline QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::commons", text);
}

inline QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

inline QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

inline QString credits(std::int64_t minor)
{
    return Money::fromMinor(minor).toPlainString();
}

inline Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

inline Status journaled(Database &db, const QDateTime &now, const QString &kind, const CanonicalWriter &body)
{
    if (auto seq = journal::append(db, now, kind, body.bytes(), {}); !seq)
        return seq.error();
    return {};
}

// The row `sql` finds with `key` bound to its one parameter, read by
// `fromRow`; when there is none, an InvalidArgument error in the words
// `missing()` gives.
template <typename Key, typename FromRow, typename Missing>
auto oneRow(Database &db, const QString &sql, const Key &key, FromRow fromRow, Missing missing)
    -> Result<std::invoke_result_t<FromRow, const Statement &>>
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto found = stmt->firstRow(fromRow);
    if (!found)
        return found.error();
    if (!*found)
        return invalid(missing());
    return **found;
}

} // namespace commons::detail

} // namespace mycelium
