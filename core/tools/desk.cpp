// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/desk.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::desk", text);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Whether a row matches `key` in one indexed lookup (tags compare without
// case: the column is COLLATE NOCASE).
template<typename Key>
Result<bool> exists(Database &db, const QString &sql, const Key &key)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    const bool found = stmt->next();
    if (stmt->error())
        return *stmt->error();
    (void)stmt->reset();
    return found;
}

} // namespace

namespace desk {

std::optional<std::int64_t> cardNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^#?\\s*(\\d{1,18})$"));
    const QRegularExpressionMatch match = digits.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const std::int64_t number = match.captured(1).toLongLong();
    return number > 0 ? std::optional<std::int64_t>(number) : std::nullopt;
}

Result<DeskScan> resolveScan(Database &db, const QString &text)
{
    const QString scanned = text.trimmed();
    DeskScan scan;
    if (scanned.isEmpty())
        return scan;
    auto isTag = exists(db, QStringLiteral("SELECT 1 FROM tool_item WHERE asset_tag = ?"), scanned);
    if (!isTag)
        return isTag.error();
    if (*isTag) {
        auto item = tools::itemByTag(db, scanned);
        if (!item)
            return item.error();
        scan.kind = DeskScan::Kind::Item;
        scan.item = std::move(*item);
        return scan;
    }
    const std::optional<std::int64_t> number = cardNumber(scanned);
    if (!number)
        return scan;
    auto isMember = exists(db, QStringLiteral("SELECT 1 FROM member WHERE number = ?"), *number);
    if (!isMember)
        return isMember.error();
    if (!*isMember)
        return scan;
    auto member = members::byNumber(db, *number);
    if (!member)
        return member.error();
    scan.kind = DeskScan::Kind::Member;
    scan.member = std::move(*member);
    return scan;
}

Result<DeskItem> itemAtDesk(Database &db, const QString &assetTag, QDate date)
{
    auto item = tools::itemByTag(db, assetTag);
    if (!item)
        return item.error();
    DeskItem desk;
    desk.item = std::move(*item);
    auto availability = tools::availability(db, desk.item.assetTag, date);
    if (!availability)
        return availability.error();
    desk.availability = *availability;
    auto loan = tools::openLoan(db, desk.item.assetTag);
    if (!loan)
        return loan.error();
    desk.loan = std::move(*loan);
    if (desk.loan) {
        auto late = tools::lateness(desk.loan->dueOn, date, desk.item.lateFeePerDay);
        if (!late)
            return late.error();
        desk.daysLate = late->first;
        desk.feeSoFar = late->second;
    }
    auto queue = tools::holdQueue(db, desk.item.assetTag);
    if (!queue)
        return queue.error();
    desk.queue = std::move(*queue);
    auto kit = tools::components(db, desk.item.assetTag);
    if (!kit)
        return kit.error();
    desk.components = std::move(*kit);
    if (!desk.loan && !desk.queue.isEmpty() && desk.queue.constFirst().readyOn.isValid()) {
        auto days = tools::holdDays(db);
        if (!days)
            return days.error();
        // The day it became ready counts as the first day of the hold.
        desk.heldUntil = desk.queue.constFirst().readyOn.addDays(*days - 1);
    }
    return desk;
}

Result<DeskMember> memberAtDesk(Database &db, std::int64_t memberNumber, QDate date)
{
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    auto counts = db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(due_on < ?), 0) FROM tool_loan WHERE member = ? AND returned_on IS NULL"));
    if (!counts)
        return counts.error();
    counts->bind(1, iso(date)).bind(2, member->id);
    if (!counts->next())
        return counts->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("The loans of member %1 cannot be counted.").arg(memberNumber)));
    DeskMember atDesk;
    atDesk.openLoans = counts->integer(0);
    atDesk.overdueLoans = counts->integer(1);
    (void)counts->reset();
    atDesk.member = std::move(*member);
    return atDesk;
}

Result<QList<DeskLoan>> memberLoans(Database &db, std::int64_t memberNumber, QDate date)
{
    auto loans = tools::memberLoans(db, memberNumber);
    if (!loans)
        return loans.error();
    QList<DeskLoan> result;
    result.reserve(loans->size());
    for (ToolLoan &loan : *loans) {
        DeskLoan entry;
        if (loan.isOpen()) {
            auto item = tools::itemByTag(db, loan.assetTag);
            if (!item)
                return item.error();
            auto late = tools::lateness(loan.dueOn, date, item->lateFeePerDay);
            if (!late)
                return late.error();
            entry.daysLate = late->first;
            entry.fee = late->second;
        } else {
            entry.daysLate = loan.daysLate;
            entry.fee = loan.lateFee;
        }
        entry.loan = std::move(loan);
        result.append(std::move(entry));
    }
    return result;
}

Result<QList<MaintenanceEntry>> maintenanceList(Database &db, QDate date)
{
    // Only items that could be on the list, with what the rule needs:
    // the open record, the day the interval counts from and the loans since.
    auto candidates = db.prepare(QStringLiteral(
        "SELECT c.asset_tag, c.opened_on, c.reason, c.since, c.needs_repair, c.every_loans, c.every_days, "
        "c.loans_since, "
        "o.id, o.out_on, o.due_on, m.number, m.name "
        "FROM (SELECT i.id, i.asset_tag, r.opened_on, r.reason, i.condition = 'needs_repair' AS needs_repair, "
        "coalesce(i.maintenance_every_loans, 0) AS every_loans, coalesce(i.maintenance_every_days, 0) AS every_days, "
        "i.loans_since_maintenance AS loans_since, "
        "coalesce((SELECT max(d.closed_on) FROM tool_maintenance d WHERE d.item = i.id AND d.closed_on IS NOT NULL), i.created_on) AS since "
        "FROM tool_item i LEFT JOIN tool_maintenance r ON r.item = i.id AND r.closed_on IS NULL "
        "WHERE i.condition <> 'retired' AND (r.id IS NOT NULL OR i.condition = 'needs_repair' "
        "OR i.maintenance_every_loans IS NOT NULL OR i.maintenance_every_days IS NOT NULL)) c "
        "LEFT JOIN tool_loan o ON o.item = c.id AND o.returned_on IS NULL LEFT JOIN member m ON m.id = o.member "
        "ORDER BY c.opened_on IS NULL, c.opened_on, c.asset_tag"));
    if (!candidates)
        return candidates.error();
    QList<MaintenanceEntry> listed;
    while (candidates->next()) {
        MaintenanceEntry entry;
        entry.item.assetTag = candidates->text(0);
        entry.since = QDate::fromString(candidates->text(3), Qt::ISODate);
        const int everyLoans = candidates->integer(5);
        const int everyDays = candidates->integer(6);
        const std::int64_t loansSince = candidates->int64(7);
        if (!candidates->isNull(1)) {
            entry.state = MaintenanceEntry::State::Open;
            entry.since = QDate::fromString(candidates->text(1), Qt::ISODate);
            entry.reason = candidates->text(2);
        } else if (candidates->int64(4) != 0) {
            entry.reason = tr("Needs repair.");
        } else if (everyLoans > 0 && loansSince >= everyLoans) {
            entry.reason = tr("Lent %1 times since %2; maintenance is due every %3 loans.").arg(loansSince).arg(iso(entry.since)).arg(everyLoans);
        } else if (everyDays > 0 && entry.since.daysTo(date) >= everyDays) {
            entry.reason = tr("%1 days since %2; maintenance is due every %3 days.").arg(entry.since.daysTo(date)).arg(iso(entry.since)).arg(everyDays);
        } else {
            continue;
        }
        if (!candidates->isNull(8)) {
            ToolLoan loan;
            loan.id = candidates->int64(8);
            loan.assetTag = entry.item.assetTag;
            loan.outOn = QDate::fromString(candidates->text(9), Qt::ISODate);
            loan.dueOn = QDate::fromString(candidates->text(10), Qt::ISODate);
            loan.memberNumber = candidates->int64(11);
            loan.memberName = candidates->text(12);
            entry.loan = std::move(loan);
        }
        listed.append(std::move(entry));
    }
    if (candidates->error())
        return *candidates->error();
    // The whole item only for the few listed.
    for (MaintenanceEntry &entry : listed) {
        auto item = tools::itemByTag(db, entry.item.assetTag);
        if (!item)
            return item.error();
        entry.item = std::move(*item);
        if (entry.loan)
            entry.loan->itemName = entry.item.name;
    }
    return listed;
}

Result<MaintenanceRecord> recordMaintenance(Database &db, const QString &assetTag, QDate date, const QString &workDone, std::int64_t cost,
                                            const QString &doneBy, const QString &reason, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = tools::itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto loan = tools::openLoan(db, item->assetTag);
    if (!loan)
        return loan.error();
    if (*loan)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (%2) is on loan to %3 (member %4); record its maintenance when it is back.")
                                                           .arg(item->name, item->assetTag, (*loan)->memberName)
                                                           .arg((*loan)->memberNumber));
    auto log = tools::maintenanceLog(db, item->assetTag);
    if (!log)
        return log.error();
    const bool open = std::any_of(log->cbegin(), log->cend(), [](const MaintenanceRecord &record) { return !record.closedOn.isValid(); });
    if (!open) {
        const QString why = reason.trimmed().isEmpty() ? tr("Routine maintenance") : reason.trimmed();
        if (auto opened = tools::openMaintenance(db, item->assetTag, date, why, now); !opened)
            return opened.error();
    }
    auto closed = tools::closeMaintenance(db, item->assetTag, date, workDone, cost, doneBy, now);
    if (!closed)
        return closed.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return closed;
}

} // namespace desk
} // namespace mycelium
