// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tool library's source files; not part of its API.

#include "common/result.h"
#include "ledger/journal.h"
#include "ledger/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace mycelium {

class Database;

namespace tools::detail {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mycelium::tools", text, disambiguation, n);
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

inline Status journaled(Database &db, const QDateTime &now, const QString &kind, const CanonicalWriter &body)
{
    if (auto seq = journal::append(db, now, kind, body.bytes(), {}); !seq)
        return seq.error();
    return {};
}

// Why a loan of the item from `from` to `to` (both counted) would collide
// with another member's booking; empty when it would not. A booking of the
// borrower's own is no collision.
Result<QString> reservationConflict(Database &db, std::int64_t itemId, std::int64_t memberId, QDate from, QDate to);
// Marks the member's booking that the loan starting on `day` takes up as fulfilled.
Status fulfilReservation(Database &db, std::int64_t itemId, std::int64_t memberId, QDate day);
// Cancels every active booking of the item (it was lost or retired).
Status cancelReservationsOf(Database &db, std::int64_t itemId);

} // namespace tools::detail
} // namespace mycelium
