// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bookings of an item for future days, and how loans respect them.
#include "members/members.h"
#include "storage/database.h"
#include "tools/tools.h"
#include "tools/toolsupport.h"

namespace mycelium {

using tools::detail::dateOf;
using tools::detail::iso;
using tools::detail::journaled;
using tools::detail::tr;

namespace {

const QString kReservationSelect = QStringLiteral("SELECT r.id, i.asset_tag, m.number, m.name, r.from_on, r.to_on, r.state, r.note "
                                                  "FROM tool_reservation r JOIN tool_item i ON i.id = r.item JOIN member m ON m.id = r.member ");

ToolReservation reservationFromRow(const Statement &row)
{
    ToolReservation r;
    r.id = row.int64(0);
    r.assetTag = row.text(1);
    r.memberNumber = row.int64(2);
    r.memberName = row.text(3);
    r.from = dateOf(row.text(4));
    r.to = dateOf(row.text(5));
    const QString state = row.text(6);
    r.state = state == QLatin1String("fulfilled") ? ToolReservation::State::Fulfilled
        : state == QLatin1String("cancelled")     ? ToolReservation::State::Cancelled
                                                  : ToolReservation::State::Active;
    r.note = row.text(7);
    return r;
}

// The first active booking of the item, not the member's own (memberId 0:
// anyone's), that shares a day with from..to.
Result<std::optional<ToolReservation>> overlapping(Database &db, std::int64_t itemId, std::int64_t memberId, QDate from, QDate to)
{
    auto stmt = db.prepare(kReservationSelect + QStringLiteral("WHERE r.item = ? AND r.state = 'active' AND r.member <> ? "
                                                               "AND r.from_on <= ? AND r.to_on >= ? ORDER BY r.from_on LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, itemId).bind(2, memberId).bind(3, iso(to)).bind(4, iso(from));
    return stmt->firstRow(reservationFromRow);
}

} // namespace

namespace tools::detail {

Result<QString> reservationConflict(Database &db, std::int64_t itemId, std::int64_t memberId, QDate from, QDate to)
{
    auto other = overlapping(db, itemId, memberId, from, to);
    if (!other)
        return other.error();
    if (!*other)
        return QString();
    return tr("%1 is booked by %2 (member %3) from %4 to %5; a loan until %6 would overlap.")
        .arg((*other)->assetTag, (*other)->memberName)
        .arg((*other)->memberNumber)
        .arg(iso((*other)->from), iso((*other)->to), iso(to.addDays(1)));
}

Status fulfilReservation(Database &db, std::int64_t itemId, std::int64_t memberId, QDate day)
{
    auto update = db.prepare(QStringLiteral("UPDATE tool_reservation SET state = 'fulfilled' "
                                            "WHERE item = ? AND member = ? AND state = 'active' AND from_on <= ? AND to_on >= ?"));
    if (!update)
        return update.error();
    return update->bind(1, itemId).bind(2, memberId).bind(3, iso(day)).bind(4, iso(day)).exec();
}

Status cancelReservationsOf(Database &db, std::int64_t itemId)
{
    auto update = db.prepare(QStringLiteral("UPDATE tool_reservation SET state = 'cancelled' WHERE item = ? AND state = 'active'"));
    if (!update)
        return update.error();
    return update->bind(1, itemId).exec();
}

} // namespace tools::detail

namespace tools {

Result<ToolReservation> reserve(Database &db, const QString &assetTag, std::int64_t memberNumber, QDate from, QDate to, const QString &note,
                                QDate today, const QDateTime &now)
{
    if (!from.isValid() || !to.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A booking needs a first and a last day."));
    if (to < from)
        return Error::make(ErrorCode::InvalidArgument, tr("A booking cannot end (%1) before it starts (%2).").arg(iso(to), iso(from)));
    if (from < today)
        return Error::make(ErrorCode::InvalidArgument, tr("A booking starts today or later, not on %1.").arg(iso(from)));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    if (item->condition == ToolItem::Condition::Retired)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (%2) is retired and is no longer lent.").arg(item->name, item->assetTag));
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    if (!member->mayTrade())
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (member %2) is not active and cannot book items.").arg(member->name).arg(member->number));
    auto other = overlapping(db, item->id, 0, from, to);
    if (!other)
        return other.error();
    if (*other)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 is already booked by %2 (member %3) from %4 to %5.")
                                                           .arg(item->assetTag, (*other)->memberName)
                                                           .arg((*other)->memberNumber)
                                                           .arg(iso((*other)->from), iso((*other)->to)));
    auto loan = openLoan(db, item->assetTag);
    if (!loan)
        return loan.error();
    if (*loan && (*loan)->dueOn > from)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 is on loan to %2 (member %3) until %4; book it from then.")
                                                           .arg(item->assetTag, (*loan)->memberName)
                                                           .arg((*loan)->memberNumber)
                                                           .arg(iso((*loan)->dueOn)));
    auto insert = db.prepare(QStringLiteral("INSERT INTO tool_reservation (item, member, from_on, to_on, created_at, note) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, item->id)
                     .bind(2, member->id)
                     .bind(3, iso(from))
                     .bind(4, iso(to))
                     .bind(5, now.toString(Qt::ISODate))
                     .bind(6, note.trimmed())
                     .exec();
        !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    const CanonicalWriter body = std::move(
        CanonicalWriter(QStringLiteral("tool_reservation")).add(*id).add(item->assetTag).add(member->number).add(iso(from)).add(iso(to)).add(note.trimmed()));
    if (auto s = journaled(db, now, QStringLiteral("tool_reservation"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auto stmt = db.prepare(kReservationSelect + QStringLiteral("WHERE r.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, *id);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("Booking %1 is missing.").arg(*id)));
    return reservationFromRow(*stmt);
}

Result<QList<ToolReservation>> reservations(Database &db, const QString &assetTag)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto stmt = db.prepare(kReservationSelect + QStringLiteral("WHERE r.item = ? AND r.state = 'active' ORDER BY r.from_on"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, item->id);
    return stmt->rows(reservationFromRow);
}

Status cancelReservation(Database &db, std::int64_t reservationId, const QString &reason, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto cancel = db.prepare(QStringLiteral("UPDATE tool_reservation SET state = 'cancelled' WHERE id = ? AND state = 'active'"));
    if (!cancel)
        return cancel.error();
    if (auto s = cancel->bind(1, reservationId).exec(); !s)
        return s;
    auto changed = db.scalar(QStringLiteral("SELECT changes()"));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error::make(ErrorCode::InvalidArgument, tr("There is no active booking %1.").arg(reservationId));
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("tool_reservation_cancelled")).add(reservationId).add(reason.trimmed()));
    if (auto s = journaled(db, now, QStringLiteral("tool_reservation_cancelled"), body); !s)
        return s;
    return tx.commit();
}

} // namespace tools
} // namespace mycelium
