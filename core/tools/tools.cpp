// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/tools.h"
#include "ledger/ledger.h"
#include "tools/toolsupport.h"
#include "vault/integrity.h"
#include "ledger/journal.h"
#include "members/members.h"
#include "storage/database.h"

#include <algorithm>

namespace mycelium {

namespace {

using tools::detail::credits;
using tools::detail::dateOf;
using tools::detail::iso;
using tools::detail::journaled;
using tools::detail::tr;

const QString kItemSelect = QStringLiteral(
    "SELECT id, asset_tag, name, category, description, condition, location, replacement_value, deposit, loan_days, late_fee_per_day, "
    "safety_notes, needs_training, coalesce(maintenance_every_loans, 0), coalesce(maintenance_every_days, 0), created_on, "
    "loans_since_maintenance, coalesce((SELECT m.number FROM member m WHERE m.id = tool_item.owner), 0) FROM tool_item ");

ToolItem itemFromRow(const Statement &row)
{
    ToolItem item;
    item.id = row.int64(0);
    item.assetTag = row.text(1);
    item.name = row.text(2);
    item.category = row.text(3);
    item.description = row.text(4);
    item.condition = ToolItem::conditionFromName(row.text(5)).value_or(ToolItem::Condition::Good);
    item.location = row.text(6);
    item.replacementValue = row.int64(7);
    item.deposit = row.int64(8);
    item.loanDays = row.integer(9);
    item.lateFeePerDay = row.int64(10);
    item.safetyNotes = row.text(11);
    item.needsTraining = row.int64(12) != 0;
    item.maintenanceEveryLoans = row.integer(13);
    item.maintenanceEveryDays = row.integer(14);
    item.createdOn = dateOf(row.text(15));
    item.loansSinceMaintenance = row.integer(16);
    item.ownerNumber = row.int64(17);
    return item;
}

const QString kLoanSelect = QStringLiteral(
    "SELECT l.id, i.asset_tag, i.name, m.number, m.name, l.out_on, l.due_on, l.returned_on, l.return_condition, l.notes, l.recorded_by, "
    "i.late_fee_per_day, m.contact, l.late_fee_charged, l.late_fee_waived, l.waiver_reason, coalesce(l.fee_trade, 0), l.lost, "
    "l.missing_out, l.missing_in, coalesce(l.deposit_hold, 0), coalesce(h.amount, 0), coalesce(h.outcome, '') "
    "FROM tool_loan l JOIN tool_item i ON i.id = l.item JOIN member m ON m.id = l.member LEFT JOIN credit_hold h ON h.id = l.deposit_hold ");

QStringList linesOf(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

ToolLoan loanFromRow(const Statement &row)
{
    ToolLoan loan;
    loan.id = row.int64(0);
    loan.assetTag = row.text(1);
    loan.itemName = row.text(2);
    loan.memberNumber = row.int64(3);
    loan.memberName = row.text(4);
    loan.outOn = dateOf(row.text(5));
    loan.dueOn = dateOf(row.text(6));
    if (!row.isNull(7)) {
        loan.returnedOn = dateOf(row.text(7));
        loan.returnCondition = ToolItem::conditionFromName(row.text(8));
        if (auto late = tools::lateness(loan.dueOn, loan.returnedOn, row.int64(11))) {
            loan.daysLate = late->first;
            loan.lateFee = late->second;
        }
    }
    loan.notes = row.text(9);
    loan.recordedBy = row.text(10);
    loan.lateFeeCharged = row.int64(13);
    loan.lateFeeWaived = row.int64(14);
    loan.waiverReason = row.text(15);
    loan.feeTradeId = row.int64(16);
    loan.lost = row.int64(17) != 0;
    loan.missingOut = linesOf(row.text(18));
    loan.missingIn = linesOf(row.text(19));
    loan.depositHoldId = row.int64(20);
    loan.deposit = row.int64(21);
    loan.depositCharged = row.text(22) == QLatin1String("charged");
    return loan;
}

Result<std::optional<ToolLoan>> openLoanOf(Database &db, std::int64_t itemId)
{
    auto stmt = db.prepare(kLoanSelect + QStringLiteral("WHERE l.item = ? AND l.returned_on IS NULL"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, itemId);
    return stmt->firstRow(loanFromRow);
}

Result<ToolLoan> loanById(Database &db, std::int64_t id)
{
    auto stmt = db.prepare(kLoanSelect + QStringLiteral("WHERE l.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("Loan %1 is missing.").arg(id)));
    return loanFromRow(*stmt);
}

const QString kHoldSelect = QStringLiteral("SELECT h.id, i.asset_tag, m.number, m.name, h.queued_at, h.state, h.ready_on FROM tool_hold h "
                                           "JOIN tool_item i ON i.id = h.item JOIN member m ON m.id = h.member ");

ToolHold holdFromRow(const Statement &row)
{
    ToolHold hold;
    hold.id = row.int64(0);
    hold.assetTag = row.text(1);
    hold.memberNumber = row.int64(2);
    hold.memberName = row.text(3);
    hold.queuedAt = QDateTime::fromString(row.text(4), Qt::ISODate);
    const QString state = row.text(5);
    hold.state = state == QLatin1String("fulfilled") ? ToolHold::State::Fulfilled
        : state == QLatin1String("cancelled")        ? ToolHold::State::Cancelled
        : state == QLatin1String("expired")          ? ToolHold::State::Expired
                                                     : ToolHold::State::Waiting;
    if (!row.isNull(6))
        hold.readyOn = dateOf(row.text(6));
    return hold;
}

const QString kMaintenanceSelect = QStringLiteral("SELECT r.id, i.asset_tag, r.opened_on, r.closed_on, r.reason, r.work_done, r.cost, r.done_by "
                                                  "FROM tool_maintenance r JOIN tool_item i ON i.id = r.item ");

MaintenanceRecord maintenanceFromRow(const Statement &row)
{
    MaintenanceRecord record;
    record.id = row.int64(0);
    record.assetTag = row.text(1);
    record.openedOn = dateOf(row.text(2));
    if (!row.isNull(3))
        record.closedOn = dateOf(row.text(3));
    record.reason = row.text(4);
    record.workDone = row.text(5);
    record.cost = row.int64(6);
    record.doneBy = row.text(7);
    return record;
}

Result<std::optional<MaintenanceRecord>> openMaintenanceOf(Database &db, std::int64_t itemId)
{
    auto stmt = db.prepare(kMaintenanceSelect + QStringLiteral("WHERE r.item = ? AND r.closed_on IS NULL"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, itemId);
    return stmt->firstRow(maintenanceFromRow);
}

Result<std::int64_t> memberId(Database &db, std::int64_t number)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id FROM member WHERE number = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, number);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::InvalidArgument, tr("There is no member number %1.").arg(number)));
    return stmt->int64(0);
}

// Whether the item's maintenance interval has come round on `date`:
// counted from the last closed maintenance, or from the day it was added.
Result<QString> maintenanceDue(Database &db, const ToolItem &item, QDate date)
{
    // The loans since the last maintenance are kept on the item; only the
    // every-N-days rule needs the day of the last one.
    if (item.maintenanceEveryLoans > 0 && item.loansSinceMaintenance >= item.maintenanceEveryLoans)
        return tr("%1 (%2) is due for maintenance: it has been lent %3 times since the last one.")
            .arg(item.name, item.assetTag)
            .arg(item.loansSinceMaintenance);
    if (item.maintenanceEveryDays == 0)
        return QString();
    auto last = db.prepare(QStringLiteral("SELECT max(closed_on) FROM tool_maintenance WHERE item = ? AND closed_on IS NOT NULL"));
    if (!last)
        return last.error();
    last->bind(1, item.id);
    QDate since = item.createdOn;
    if (last->next() && !last->isNull(0))
        since = dateOf(last->text(0));
    if (last->error())
        return *last->error();
    (void)last->reset();
    if (since.daysTo(date) >= item.maintenanceEveryDays)
        return tr("%1 (%2) is due for maintenance: the last was on %3, every %4 days is the rule.")
            .arg(item.name, item.assetTag, iso(since))
            .arg(item.maintenanceEveryDays);
    return QString();
}

// Why the item itself cannot go out on `date`; empty when it can.
Result<QString> itemRefusal(Database &db, const ToolItem &item, QDate date)
{
    if (item.condition == ToolItem::Condition::Retired)
        return tr("%1 (%2) is retired and is no longer lent.").arg(item.name, item.assetTag);
    auto loan = openLoanOf(db, item.id);
    if (!loan)
        return loan.error();
    if (*loan)
        return tr("%1 (%2) is on loan to %3 (member %4) until %5.")
            .arg(item.name, item.assetTag, (*loan)->memberName)
            .arg((*loan)->memberNumber)
            .arg(iso((*loan)->dueOn));
    auto maintenance = openMaintenanceOf(db, item.id);
    if (!maintenance)
        return maintenance.error();
    if (*maintenance)
        return tr("%1 (%2) is under maintenance since %3; close the maintenance record first.")
            .arg(item.name, item.assetTag, iso((*maintenance)->openedOn));
    if (item.condition == ToolItem::Condition::NeedsRepair)
        return tr("%1 (%2) needs repair; record the maintenance before lending it.").arg(item.name, item.assetTag);
    return maintenanceDue(db, item, date);
}

Result<std::optional<ToolHold>> firstHold(Database &db, std::int64_t itemId)
{
    auto stmt = db.prepare(kHoldSelect + QStringLiteral("WHERE h.item = ? AND h.state = 'waiting' ORDER BY h.id LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, itemId);
    return stmt->firstRow(holdFromRow);
}

// A kit's parts in order: no empty names, none twice.
Result<QStringList> cleanComponents(const QStringList &components, const QString &tag)
{
    QStringList clean;
    for (const QString &raw : components) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        if (clean.contains(name, Qt::CaseInsensitive))
            return Error::make(ErrorCode::InvalidArgument, tr("The component %1 of %2 is listed twice.").arg(name, tag));
        clean << name;
    }
    return clean;
}

Status writeComponents(Database &db, std::int64_t itemId, const QStringList &components)
{
    auto clear = db.prepare(QStringLiteral("DELETE FROM tool_component WHERE item = ?"));
    if (!clear)
        return clear.error();
    if (auto s = clear->bind(1, itemId).exec(); !s)
        return s;
    auto insert = db.prepare(QStringLiteral("INSERT INTO tool_component (item, position, name) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (int i = 0; i < components.size(); ++i) {
        if (auto s = insert->bind(1, itemId).bind(2, i).bind(3, components.at(i)).exec(); !s)
            return s;
        (void)insert->reset();
    }
    return {};
}

// The names given as missing must be the kit's own components.
Result<QStringList> checkedMissing(const QStringList &missing, const QStringList &components, const ToolItem &item)
{
    QStringList clean;
    for (const QString &raw : missing) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        const auto known = std::find_if(components.begin(), components.end(), [&](const QString &c) { return c.compare(name, Qt::CaseInsensitive) == 0; });
        if (known == components.end())
            return Error::make(ErrorCode::InvalidArgument, tr("%1 is not a component of %2 (%3); its components are: %4.")
                                                               .arg(name, item.name, item.assetTag, components.isEmpty() ? tr("none") : components.join(QStringLiteral(", "))));
        if (!clean.contains(*known))
            clean << *known;
    }
    return clean;
}


Status setReadyOn(Database &db, std::int64_t holdId, QDate day)
{
    auto update = db.prepare(QStringLiteral("UPDATE tool_hold SET ready_on = ? WHERE id = ?"));
    if (!update)
        return update.error();
    return update->bind(1, iso(day)).bind(2, holdId).exec();
}

} // namespace

QString ToolItem::conditionName(Condition condition)
{
    switch (condition) {
    case Condition::New:
        return QStringLiteral("new");
    case Condition::Good:
        return QStringLiteral("good");
    case Condition::Worn:
        return QStringLiteral("worn");
    case Condition::NeedsRepair:
        return QStringLiteral("needs_repair");
    case Condition::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<ToolItem::Condition> ToolItem::conditionFromName(const QString &name)
{
    for (Condition c : {Condition::New, Condition::Good, Condition::Worn, Condition::NeedsRepair, Condition::Retired}) {
        if (conditionName(c) == name)
            return c;
    }
    return std::nullopt;
}

namespace tools {

Result<std::pair<int, std::int64_t>> lateness(QDate due, QDate day, std::int64_t feePerDay)
{
    const std::int64_t days = std::max<std::int64_t>(0, due.daysTo(day));
    std::int64_t fee = 0;
    if (__builtin_mul_overflow(days, feePerDay, &fee))
        return Error::make(ErrorCode::IntegrityViolation, tr("The late fee is too large to count."));
    return std::pair<int, std::int64_t>{int(days), fee};
}

Result<ToolItem> addItem(Database &db, const NewToolItem &request, const QDateTime &now)
{
    const QString tag = request.assetTag.trimmed();
    const QString name = request.name.simplified();
    if (tag.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("An item needs an asset tag, the code printed on its label."));
    if (name.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("Item %1 needs a name.").arg(tag));
    if (request.replacementValue < 0 || request.deposit < 0 || request.lateFeePerDay < 0)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("The replacement value, deposit and late fee of %1 cannot be negative.").arg(tag));
    if (request.loanDays < 1)
        return Error::make(ErrorCode::InvalidArgument, tr("The loan period of %1 is at least one day.").arg(tag));
    if (request.maintenanceEveryLoans < 0 || request.maintenanceEveryDays < 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The maintenance interval of %1 cannot be negative.").arg(tag));
    if (!request.createdOn.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("Item %1 needs a valid date of adding.").arg(tag));
    if (request.ownerNumber < 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The owner of %1 must be a member number, or none.").arg(tag));
    auto components = cleanComponents(request.components, tag);
    if (!components)
        return components.error();

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    if (auto existing = itemByTag(db, tag))
        return Error::make(ErrorCode::InvalidArgument,
                           tr("The asset tag %1 is already used by %2; every item needs its own tag.").arg(existing->assetTag, existing->name));
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO tool_item (asset_tag, name, category, description, condition, location, replacement_value, deposit, loan_days, "
        "late_fee_per_day, safety_notes, needs_training, maintenance_every_loans, maintenance_every_days, created_on, owner) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, tag)
        .bind(2, name)
        .bind(3, request.category.simplified())
        .bind(4, request.description.trimmed())
        .bind(5, ToolItem::conditionName(request.condition))
        .bind(6, request.location.trimmed())
        .bind(7, request.replacementValue)
        .bind(8, request.deposit)
        .bind(9, request.loanDays)
        .bind(10, request.lateFeePerDay)
        .bind(11, request.safetyNotes.trimmed())
        .bind(12, request.needsTraining ? 1 : 0);
    if (request.maintenanceEveryLoans > 0)
        insert->bind(13, request.maintenanceEveryLoans);
    else
        insert->bindNull(13);
    if (request.maintenanceEveryDays > 0)
        insert->bind(14, request.maintenanceEveryDays);
    else
        insert->bindNull(14);
    insert->bind(15, iso(request.createdOn));
    if (request.ownerNumber > 0) {
        auto owner = members::byNumber(db, request.ownerNumber);
        if (!owner)
            return owner.error();
        insert->bind(16, owner->id);
    } else {
        insert->bindNull(16);
    }
    if (auto s = insert->exec(); !s)
        return s.error();
    auto itemId = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!itemId)
        return itemId.error();
    if (auto s = writeComponents(db, *itemId, *components); !s)
        return s.error();
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("tool_added"))
                                               .add(tag)
                                               .add(name)
                                               .add(request.category.simplified())
                                               .add(ToolItem::conditionName(request.condition))
                                               .add(request.replacementValue)
                                               .add(request.deposit)
                                               .add(std::int64_t(request.loanDays))
                                               .add(request.lateFeePerDay)
                                               .add(iso(request.createdOn))
                                               .add(components->join(QLatin1Char('\n')))
                                               .add(request.ownerNumber));
    if (auto s = journaled(db, now, QStringLiteral("tool_added"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return itemByTag(db, tag);
}

Result<ToolItem> itemByTag(Database &db, const QString &assetTag)
{
    const QString tag = assetTag.trimmed();
    auto stmt = db.prepare(kItemSelect + QStringLiteral("WHERE asset_tag = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, tag);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::InvalidArgument, tr("No item has the asset tag %1.").arg(tag)));
    return itemFromRow(*stmt);
}

Result<QList<ToolItem>> items(Database &db)
{
    auto stmt = db.prepare(kItemSelect + QStringLiteral("ORDER BY asset_tag"));
    if (!stmt)
        return stmt.error();
    return stmt->rows(itemFromRow);
}

Result<std::optional<ToolLoan>> openLoan(Database &db, const QString &assetTag)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    return openLoanOf(db, item->id);
}

Result<QList<ToolLoan>> loanHistory(Database &db, const QString &assetTag)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto stmt = db.prepare(kLoanSelect + QStringLiteral("WHERE l.item = ? ORDER BY l.out_on DESC, l.id DESC"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, item->id);
    return stmt->rows(loanFromRow);
}

Result<Availability> availability(Database &db, const QString &assetTag, QDate date)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto refusal = itemRefusal(db, *item, date);
    if (!refusal)
        return refusal.error();
    return Availability{refusal->isEmpty(), *refusal};
}

Result<ToolLoan> checkout(Database &db, const CheckoutRequest &request, const QDateTime &now)
{
    if (!request.date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A checkout needs a valid date."));
    // Committed on its own: a hold that has run out stays expired even when
    // this checkout is then refused.
    if (auto s = expireHolds(db, request.assetTag, request.date, now); !s)
        return s.error();
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, request.assetTag);
    if (!item)
        return item.error();
    auto member = members::byNumber(db, request.memberNumber);
    if (!member)
        return member.error();

    if (auto refusal = itemRefusal(db, *item, request.date); !refusal)
        return refusal.error();
    else if (!refusal->isEmpty())
        return Error::make(ErrorCode::InvalidArgument, *refusal);

    if (member->status != Member::Status::Active)
        return Error::make(ErrorCode::InvalidArgument,
                           member->status == Member::Status::Suspended
                               ? tr("%1 (member %2) is suspended and cannot borrow.").arg(member->name).arg(member->number)
                               : tr("%1 (member %2) has left the community and cannot borrow.").arg(member->name).arg(member->number));
    if (!member->mayTrade())
        return Error::make(ErrorCode::InvalidArgument, member->whyNotTrading());

    if (item->needsTraining) {
        auto trained = db.prepare(QStringLiteral("SELECT 1 FROM tool_training WHERE member = ? AND category = ?"));
        if (!trained)
            return trained.error();
        trained->bind(1, member->id).bind(2, item->category);
        const bool signedOff = trained->next();
        if (trained->error())
            return *trained->error();
        (void)trained->reset();
        if (!signedOff)
            return Error::make(ErrorCode::InvalidArgument,
                               tr("%1 (member %2) needs a training sign-off for %3 before borrowing %4.")
                                   .arg(member->name)
                                   .arg(member->number)
                                   .arg(item->category.isEmpty() ? item->name : item->category, item->name));
    }

    auto late = db.prepare(QStringLiteral("SELECT i.asset_tag, i.name, l.due_on FROM tool_loan l JOIN tool_item i ON i.id = l.item "
                                          "WHERE l.member = ? AND l.returned_on IS NULL AND l.due_on < ? ORDER BY l.due_on LIMIT 1"));
    if (!late)
        return late.error();
    late->bind(1, member->id).bind(2, iso(request.date));
    const bool hasOverdue = late->next();
    if (late->error())
        return *late->error();
    if (hasOverdue && request.overdueOverrideReason.trimmed().isEmpty()) {
        const QString message = tr("%1 (member %2) has an overdue item: %3 (%4), due %5. Return it first, or give a reason to lend anyway.")
                                    .arg(member->name)
                                    .arg(member->number)
                                    .arg(late->text(1), late->text(0), late->text(2));
        (void)late->reset();
        return Error::make(ErrorCode::InvalidArgument, message);
    }
    (void)late->reset();

    auto hold = firstHold(db, item->id);
    if (!hold)
        return hold.error();
    if (*hold && (*hold)->memberNumber != member->number)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 (%2) is held for %3 (member %4), first in the queue.")
                               .arg(item->name, item->assetTag, (*hold)->memberName)
                               .arg((*hold)->memberNumber));
    if (*hold) {
        auto fulfil = db.prepare(QStringLiteral("UPDATE tool_hold SET state = 'fulfilled' WHERE id = ?"));
        if (!fulfil)
            return fulfil.error();
        if (auto s = fulfil->bind(1, (*hold)->id).exec(); !s)
            return s.error();
    }

    const QDate due = request.date.addDays(item->loanDays);
    // The loan keeps the item from the day out to the day before it is due.
    if (auto conflict = tools::detail::reservationConflict(db, item->id, member->id, request.date, due.addDays(-1)); !conflict)
        return conflict.error();
    else if (!conflict->isEmpty())
        return Error::make(ErrorCode::InvalidArgument, *conflict);
    auto kit = components(db, item->assetTag);
    if (!kit)
        return kit.error();
    auto missing = checkedMissing(request.missingComponents, *kit, *item);
    if (!missing)
        return missing.error();
    if (auto s = tools::detail::fulfilReservation(db, item->id, member->id, request.date); !s)
        return s.error();

    std::optional<ledger::CreditHold> deposit;
    if (item->deposit > 0) {
        auto held = ledger::placeCreditHold(db, member->number, item->deposit, tr("Deposit for %1 (%2)").arg(item->name, item->assetTag),
                                            request.date, now);
        if (!held)
            return Error::make(ErrorCode::InvalidArgument,
                               tr("%1 (%2) needs a deposit of %3 credits, held while it is out: %4")
                                   .arg(item->name, item->assetTag, credits(item->deposit), held.error().message));
        deposit = *held;
    }

    auto insert = db.prepare(QStringLiteral("INSERT INTO tool_loan (item, member, out_on, due_on, notes, recorded_by, deposit_hold, missing_out) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    const QString notes = hasOverdue ? tr("Lent despite an overdue item: %1").arg(request.overdueOverrideReason.trimmed()) : QString();
    insert->bind(1, item->id)
        .bind(2, member->id)
        .bind(3, iso(request.date))
        .bind(4, iso(due))
        .bind(5, notes)
        .bind(6, request.recordedBy.trimmed())
        .bind(8, missing->join(QLatin1Char('\n')));
    if (deposit)
        insert->bind(7, deposit->id);
    else
        insert->bindNull(7);
    if (auto s = insert->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    auto counted = db.prepare(QStringLiteral("UPDATE tool_item SET loans_since_maintenance = loans_since_maintenance + 1 WHERE id = ?"));
    if (!counted)
        return counted.error();
    if (auto s = counted->bind(1, item->id).exec(); !s)
        return s.error();
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("tool_checkout"))
                                               .add(item->assetTag)
                                               .add(member->number)
                                               .add(iso(request.date))
                                               .add(iso(due))
                                               .add(request.recordedBy.trimmed())
                                               .add(hasOverdue ? request.overdueOverrideReason.trimmed() : QString())
                                               .add(deposit ? deposit->id : std::int64_t(0))
                                               .add(missing->join(QLatin1Char('\n'))));
    if (auto s = journaled(db, now, QStringLiteral("tool_checkout"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return loanById(db, *id);
}

Result<ToolLoan> returnItem(Database &db, const QString &assetTag, ToolItem::Condition condition, QDate date, const QString &notes,
                            const QDateTime &now)
{
    ReturnRequest request;
    request.assetTag = assetTag;
    request.condition = condition;
    request.date = date;
    request.notes = notes;
    return returnItem(db, request, now);
}

namespace {

Result<ReturnQuote> quoteFor(Database &db, const ToolItem &item, QDate date)
{
    auto loan = openLoanOf(db, item.id);
    if (!loan)
        return loan.error();
    if (!*loan)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (%2) is not on loan.").arg(item.name, item.assetTag));
    auto late = tools::lateness((*loan)->dueOn, date, item.lateFeePerDay);
    if (!late)
        return late.error();
    auto kit = components(db, item.assetTag);
    if (!kit)
        return kit.error();
    return ReturnQuote{**loan, late->first, late->second, (*loan)->deposit, *kit};
}

} // namespace

Result<ReturnQuote> returnQuote(Database &db, const QString &assetTag, QDate date)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    return quoteFor(db, *item, date);
}

Result<ToolLoan> returnItem(Database &db, const ReturnRequest &request, const QDateTime &now)
{
    const QDate date = request.date;
    const QString notes = request.notes.trimmed();
    const ToolItem::Condition condition = request.condition;
    if (!date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A return needs a valid date."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, request.assetTag);
    if (!item)
        return item.error();
    auto quote = quoteFor(db, *item, date);
    if (!quote)
        return quote.error();
    const ToolLoan &loan = quote->loan;
    if (date < loan.outOn)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 went out on %2; it cannot come back on %3.").arg(item->assetTag, iso(loan.outOn), iso(date)));
    auto missing = checkedMissing(request.missingComponents, quote->components, *item);
    if (!missing)
        return missing.error();
    if (request.chargeDeposit && !request.coordinatorConfirmed)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("Charging the deposit of %1 (%2) needs the coordinator's confirmation.").arg(item->name, item->assetTag));
    if (request.chargeDeposit && loan.depositHoldId == 0)
        return Error::make(ErrorCode::InvalidArgument, tr("No deposit was held for this loan of %1 (%2).").arg(item->name, item->assetTag));

    // The deposit comes back, or pays for the damage.
    if (loan.depositHoldId != 0) {
        if (request.chargeDeposit) {
            auto charged = ledger::chargeCreditHold(db, loan.depositHoldId, tr("Deposit kept for damage: %1 (%2)").arg(item->name, item->assetTag),
                                                    tr("Tool library"), date, request.recordedBy.trimmed(), now);
            if (!charged)
                return charged.error();
        } else if (auto s = ledger::releaseCreditHold(db, loan.depositHoldId, date, now); !s) {
            return s.error();
        }
    }
    // The late fee goes to the commons fund unless the desk waives it.
    const QString waiver = request.lateFeeWaiverReason.trimmed();
    std::int64_t charged = 0;
    std::optional<std::int64_t> feeTrade;
    if (quote->lateFee > 0 && waiver.isEmpty()) {
        ledger::ChargeRequest fee;
        fee.memberNumber = loan.memberNumber;
        fee.amount = quote->lateFee;
        fee.memo = tr("Late fee: %1 (%2), %n day(s) late", nullptr, quote->daysLate).arg(item->name, item->assetTag);
        fee.category = tr("Tool library");
        fee.date = date;
        fee.recordedBy = request.recordedBy.trimmed();
        fee.laterIfSettled = true;
        auto trade = ledger::chargeToCommons(db, fee, now);
        if (!trade)
            return trade.error();
        charged = quote->lateFee;
        feeTrade = trade->id;
    }
    const std::int64_t waived = waiver.isEmpty() ? 0 : quote->lateFee;

    QString allNotes = loan.notes;
    if (!notes.isEmpty())
        allNotes = allNotes.isEmpty() ? notes : allNotes + QLatin1Char('\n') + notes;
    auto close = db.prepare(QStringLiteral("UPDATE tool_loan SET returned_on = ?, return_condition = ?, notes = ?, late_fee_charged = ?, "
                                           "late_fee_waived = ?, waiver_reason = ?, fee_trade = ?, missing_in = ? WHERE id = ?"));
    if (!close)
        return close.error();
    close->bind(1, iso(date))
        .bind(2, ToolItem::conditionName(condition))
        .bind(3, allNotes)
        .bind(4, charged)
        .bind(5, waived)
        .bind(6, waived ? waiver : QString())
        .bind(8, missing->join(QLatin1Char('\n')))
        .bind(9, loan.id);
    if (feeTrade)
        close->bind(7, *feeTrade);
    else
        close->bindNull(7);
    if (auto s = close->exec(); !s)
        return s.error();
    if (condition != item->condition) {
        auto update = db.prepare(QStringLiteral("UPDATE tool_item SET condition = ? WHERE id = ?"));
        if (!update)
            return update.error();
        if (auto s = update->bind(1, ToolItem::conditionName(condition)).bind(2, item->id).exec(); !s)
            return s.error();
    }
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("tool_return"))
                                               .add(item->assetTag)
                                               .add(loan.memberNumber)
                                               .add(iso(date))
                                               .add(ToolItem::conditionName(condition))
                                               .add(notes)
                                               .add(charged)
                                               .add(waived)
                                               .add(waived ? waiver : QString())
                                               .add(request.chargeDeposit ? loan.deposit : std::int64_t(0))
                                               .add(missing->join(QLatin1Char('\n'))));
    if (auto s = journaled(db, now, QStringLiteral("tool_return"), body); !s)
        return s.error();
    if (auto first = firstHold(db, item->id); !first)
        return first.error();
    else if (*first) {
        if (auto s = setReadyOn(db, (*first)->id, date); !s)
            return s.error();
    }
    // Repairs and missing parts keep the item in until maintenance closes.
    QString repair;
    if (condition == ToolItem::Condition::NeedsRepair)
        repair = notes.isEmpty() ? tr("Returned as needing repair") : notes;
    if (!missing->isEmpty())
        repair = (repair.isEmpty() ? QString() : repair + QStringLiteral("; ")) + tr("Missing: %1").arg(missing->join(QStringLiteral(", ")));
    if (!repair.isEmpty()) {
        auto opened = openMaintenance(db, item->assetTag, date, repair, now);
        if (!opened)
            return opened.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return loanById(db, loan.id);
}

Result<ToolLoan> reportLost(Database &db, const LostReport &report, const QDateTime &now)
{
    if (!report.date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A lost item needs the date it was reported."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, report.assetTag);
    if (!item)
        return item.error();
    auto loan = openLoanOf(db, item->id);
    if (!loan)
        return loan.error();
    if (!*loan)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (%2) is not on loan; retire it from its page instead.").arg(item->name, item->assetTag));
    if (!report.coordinatorConfirmed)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("Reporting %1 (%2) lost needs the coordinator's confirmation: it retires the item and keeps the deposit.")
                               .arg(item->name, item->assetTag));
    if (report.date < (*loan)->outOn)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 went out on %2; it cannot be lost on %3.").arg(item->assetTag, iso((*loan)->outOn), iso(report.date)));
    if ((*loan)->depositHoldId != 0) {
        auto charged = ledger::chargeCreditHold(db, (*loan)->depositHoldId, tr("Deposit kept for a lost item: %1 (%2)").arg(item->name, item->assetTag),
                                                tr("Tool library"), report.date, report.recordedBy.trimmed(), now);
        if (!charged)
            return charged.error();
    }
    const QString notes = report.notes.trimmed().isEmpty() ? tr("Lost") : tr("Lost: %1").arg(report.notes.trimmed());
    auto close = db.prepare(QStringLiteral("UPDATE tool_loan SET returned_on = ?, return_condition = 'retired', lost = 1, "
                                           "notes = trim(notes || char(10) || ?) WHERE id = ?"));
    if (!close)
        return close.error();
    if (auto s = close->bind(1, iso(report.date)).bind(2, notes).bind(3, (*loan)->id).exec(); !s)
        return s.error();
    auto retire = db.prepare(QStringLiteral("UPDATE tool_item SET condition = 'retired' WHERE id = ?"));
    if (!retire)
        return retire.error();
    if (auto s = retire->bind(1, item->id).exec(); !s)
        return s.error();
    auto dropQueue = db.prepare(QStringLiteral("UPDATE tool_hold SET state = 'cancelled' WHERE item = ? AND state = 'waiting'"));
    if (!dropQueue)
        return dropQueue.error();
    if (auto s = dropQueue->bind(1, item->id).exec(); !s)
        return s.error();
    if (auto s = tools::detail::cancelReservationsOf(db, item->id); !s)
        return s.error();
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("tool_lost"))
                                               .add(item->assetTag)
                                               .add((*loan)->memberNumber)
                                               .add(iso(report.date))
                                               .add(notes)
                                               .add((*loan)->deposit)
                                               .add(report.recordedBy.trimmed()));
    if (auto s = journaled(db, now, QStringLiteral("tool_lost"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return loanById(db, (*loan)->id);
}

Status setComponents(Database &db, const QString &assetTag, const QStringList &list, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto clean = cleanComponents(list, item->assetTag);
    if (!clean)
        return clean.error();
    if (auto s = writeComponents(db, item->id, *clean); !s)
        return s;
    const CanonicalWriter body =
        std::move(CanonicalWriter(QStringLiteral("tool_components")).add(item->assetTag).add(clean->join(QLatin1Char('\n'))));
    if (auto s = journaled(db, now, QStringLiteral("tool_components"), body); !s)
        return s;
    return tx.commit();
}

Result<QStringList> components(Database &db, const QString &assetTag)
{
    auto stmt = db.prepare(QStringLiteral("SELECT c.name FROM tool_component c JOIN tool_item i ON i.id = c.item "
                                          "WHERE i.asset_tag = ? ORDER BY c.position"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, assetTag.trimmed());
    return stmt->rows([](const Statement &row) { return row.text(0); });
}

Result<ToolLoan> renew(Database &db, const QString &assetTag, QDate date, const QDateTime &now)
{
    if (!date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A renewal needs a valid date."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto loan = openLoanOf(db, item->id);
    if (!loan)
        return loan.error();
    if (!*loan)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (%2) is not on loan, so there is nothing to renew.").arg(item->name, item->assetTag));
    auto hold = firstHold(db, item->id);
    if (!hold)
        return hold.error();
    if (*hold)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 (%2) cannot be renewed: %3 (member %4) is waiting for it.")
                               .arg(item->name, item->assetTag, (*hold)->memberName)
                               .arg((*hold)->memberNumber));
    const QDate due = std::max((*loan)->dueOn, date).addDays(item->loanDays);
    auto borrower = memberId(db, (*loan)->memberNumber);
    if (!borrower)
        return borrower.error();
    if (auto conflict = tools::detail::reservationConflict(db, item->id, *borrower, (*loan)->dueOn, due.addDays(-1)); !conflict)
        return conflict.error();
    else if (!conflict->isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (%2) cannot be renewed: %3").arg(item->name, item->assetTag, *conflict));
    auto update = db.prepare(QStringLiteral("UPDATE tool_loan SET due_on = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, iso(due)).bind(2, (*loan)->id).exec(); !s)
        return s.error();
    const CanonicalWriter body =
        std::move(CanonicalWriter(QStringLiteral("tool_renew")).add(item->assetTag).add((*loan)->memberNumber).add(iso(date)).add(iso(due)));
    if (auto s = journaled(db, now, QStringLiteral("tool_renew"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return loanById(db, (*loan)->id);
}

Result<ToolHold> placeHold(Database &db, const QString &assetTag, std::int64_t memberNumber, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    if (item->condition == ToolItem::Condition::Retired)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (%2) is retired and is no longer lent.").arg(item->name, item->assetTag));
    if (!member->mayTrade())
        return Error::make(ErrorCode::InvalidArgument, tr("%1 (member %2) is not active and cannot queue for items.").arg(member->name).arg(member->number));
    auto loan = openLoanOf(db, item->id);
    if (!loan)
        return loan.error();
    if (*loan && (*loan)->memberNumber == member->number)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 already has %2 (%3).").arg(member->name, item->name, item->assetTag));
    auto queue = holdQueue(db, item->assetTag);
    if (!queue)
        return queue.error();
    for (const ToolHold &h : *queue) {
        if (h.memberNumber == member->number)
            return Error::make(ErrorCode::InvalidArgument, tr("%1 is already in the queue for %2 (%3).").arg(member->name, item->name, item->assetTag));
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO tool_hold (item, member, queued_at) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, item->id).bind(2, member->id).bind(3, now.toString(Qt::ISODate)).exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    if (!*loan && queue->isEmpty()) {
        if (auto s = setReadyOn(db, *id, now.date()); !s)
            return s.error();
    }
    const CanonicalWriter body =
        std::move(CanonicalWriter(QStringLiteral("tool_hold")).add(item->assetTag).add(member->number).add(now.toString(Qt::ISODate)));
    if (auto s = journaled(db, now, QStringLiteral("tool_hold"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auto stmt = db.prepare(kHoldSelect + QStringLiteral("WHERE h.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, *id);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("Hold %1 is missing.").arg(*id)));
    return holdFromRow(*stmt);
}

Result<QList<ToolHold>> holdQueue(Database &db, const QString &assetTag)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto stmt = db.prepare(kHoldSelect + QStringLiteral("WHERE h.item = ? AND h.state = 'waiting' ORDER BY h.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, item->id);
    return stmt->rows(holdFromRow);
}

Status cancelHold(Database &db, const QString &assetTag, std::int64_t memberNumber, const QString &reason, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    auto cancel = db.prepare(QStringLiteral("UPDATE tool_hold SET state = 'cancelled' WHERE item = ? AND member = ? AND state = 'waiting'"));
    if (!cancel)
        return cancel.error();
    if (auto s = cancel->bind(1, item->id).bind(2, member->id).exec(); !s)
        return s;
    auto changed = db.scalar(QStringLiteral("SELECT changes()"));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error::make(ErrorCode::InvalidArgument, tr("%1 is not in the queue for %2 (%3).").arg(member->name, item->name, item->assetTag));
    const CanonicalWriter body =
        std::move(CanonicalWriter(QStringLiteral("tool_hold_cancelled")).add(item->assetTag).add(member->number).add(reason.trimmed()));
    if (auto s = journaled(db, now, QStringLiteral("tool_hold_cancelled"), body); !s)
        return s;
    return tx.commit();
}

Result<QList<ToolLoan>> memberLoans(Database &db, std::int64_t memberNumber)
{
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    auto stmt = db.prepare(kLoanSelect + QStringLiteral("WHERE l.member = ? ORDER BY l.returned_on IS NOT NULL, "
                                                        "CASE WHEN l.returned_on IS NULL THEN l.due_on END, l.returned_on DESC, l.id DESC"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, member->id);
    return stmt->rows(loanFromRow);
}

Result<int> holdDays(Database &db)
{
    auto days = db.scalar(QStringLiteral("SELECT value FROM tool_setting WHERE key = 'hold_days'"));
    if (!days)
        return days.error();
    return int(*days);
}

Status setHoldDays(Database &db, int days, const QDateTime &now)
{
    if (days < 1)
        return Error::make(ErrorCode::InvalidArgument, tr("An item is held for at least one day, not %1.").arg(days));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto update = db.prepare(QStringLiteral("UPDATE tool_setting SET value = ? WHERE key = 'hold_days'"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, days).exec(); !s)
        return s;
    if (auto s = journaled(db, now, QStringLiteral("tool_hold_days"), CanonicalWriter(QStringLiteral("tool_hold_days")).add(std::int64_t(days)));
        !s)
        return s;
    return tx.commit();
}

Status expireHolds(Database &db, const QString &assetTag, QDate date, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto days = holdDays(db);
    if (!days)
        return days.error();
    for (;;) {
        auto first = firstHold(db, item->id);
        if (!first)
            return first.error();
        if (!*first || !(*first)->readyOn.isValid() || date < (*first)->readyOn.addDays(*days))
            break;
        const QDate passedOn = (*first)->readyOn.addDays(*days);
        auto expire = db.prepare(QStringLiteral("UPDATE tool_hold SET state = 'expired' WHERE id = ?"));
        if (!expire)
            return expire.error();
        if (auto s = expire->bind(1, (*first)->id).exec(); !s)
            return s;
        const CanonicalWriter body =
            std::move(CanonicalWriter(QStringLiteral("tool_hold_expired")).add(item->assetTag).add((*first)->memberNumber).add(iso(passedOn)));
        if (auto s = journaled(db, now, QStringLiteral("tool_hold_expired"), body); !s)
            return s;
        auto next = firstHold(db, item->id);
        if (!next)
            return next.error();
        if (*next) {
            if (auto s = setReadyOn(db, (*next)->id, passedOn); !s)
                return s;
        }
    }
    return tx.commit();
}

Result<QList<OverdueLoan>> overdue(Database &db, QDate today)
{
    auto stmt = db.prepare(kLoanSelect + QStringLiteral("WHERE l.returned_on IS NULL AND l.due_on < ? ORDER BY l.due_on, l.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, iso(today));
    QList<OverdueLoan> result;
    while (stmt->next()) {
        OverdueLoan entry;
        entry.loan = loanFromRow(*stmt);
        auto late = tools::lateness(entry.loan.dueOn, today, stmt->int64(11));
        if (!late)
            return late.error();
        entry.daysLate = late->first;
        entry.feeSoFar = late->second;
        entry.contact = stmt->text(12);
        result.append(entry);
    }
    if (stmt->error())
        return *stmt->error();
    return result;
}

Result<MaintenanceRecord> openMaintenance(Database &db, const QString &assetTag, QDate date, const QString &reason, const QDateTime &now)
{
    if (!date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A maintenance record needs a valid date."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto open = openMaintenanceOf(db, item->id);
    if (!open)
        return open.error();
    if (*open)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 (%2) is already under maintenance since %3.").arg(item->name, item->assetTag, iso((*open)->openedOn)));
    auto insert = db.prepare(QStringLiteral("INSERT INTO tool_maintenance (item, opened_on, reason) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, item->id).bind(2, iso(date)).bind(3, reason.trimmed()).exec(); !s)
        return s.error();
    const CanonicalWriter body =
        std::move(CanonicalWriter(QStringLiteral("tool_maintenance_opened")).add(item->assetTag).add(iso(date)).add(reason.trimmed()));
    if (auto s = journaled(db, now, QStringLiteral("tool_maintenance_opened"), body); !s)
        return s.error();
    auto record = openMaintenanceOf(db, item->id);
    if (!record)
        return record.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return **record;
}

Result<MaintenanceRecord> closeMaintenance(Database &db, const QString &assetTag, QDate date, const QString &workDone, std::int64_t cost,
                                           const QString &doneBy, const QDateTime &now)
{
    if (!date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("Closing maintenance needs a valid date."));
    if (cost < 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The cost of maintenance cannot be negative."));
    if (workDone.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("Say what work was done to close the maintenance."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto open = openMaintenanceOf(db, item->id);
    if (!open)
        return open.error();
    std::int64_t recordId = 0;
    if (*open) {
        if (date < (*open)->openedOn)
            return Error::make(ErrorCode::InvalidArgument,
                               tr("The maintenance of %1 was opened on %2; it cannot close on %3.").arg(item->assetTag, iso((*open)->openedOn), iso(date)));
        recordId = (*open)->id;
        auto close = db.prepare(QStringLiteral("UPDATE tool_maintenance SET closed_on = ?, work_done = ?, cost = ?, done_by = ? WHERE id = ?"));
        if (!close)
            return close.error();
        if (auto s = close->bind(1, iso(date)).bind(2, workDone.trimmed()).bind(3, cost).bind(4, doneBy.trimmed()).bind(5, recordId).exec(); !s)
            return s.error();
    } else {
        // Routine maintenance done at the desk in one go: opened and closed the same day.
        auto insert = db.prepare(QStringLiteral(
            "INSERT INTO tool_maintenance (item, opened_on, closed_on, reason, work_done, cost, done_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        if (auto s = insert->bind(1, item->id)
                         .bind(2, iso(date))
                         .bind(3, iso(date))
                         .bind(4, tr("Routine maintenance"))
                         .bind(5, workDone.trimmed())
                         .bind(6, cost)
                         .bind(7, doneBy.trimmed())
                         .exec();
            !s)
            return s.error();
        auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
        if (!id)
            return id.error();
        recordId = *id;
    }
    // A needs_repair item is good again, and its loans count afresh.
    auto mended = db.prepare(QStringLiteral("UPDATE tool_item SET loans_since_maintenance = 0, "
                                            "condition = CASE condition WHEN 'needs_repair' THEN 'good' ELSE condition END WHERE id = ?"));
    if (!mended)
        return mended.error();
    if (auto s = mended->bind(1, item->id).exec(); !s)
        return s.error();
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("tool_maintenance_closed"))
                                               .add(item->assetTag)
                                               .add(iso(date))
                                               .add(workDone.trimmed())
                                               .add(cost)
                                               .add(doneBy.trimmed()));
    if (auto s = journaled(db, now, QStringLiteral("tool_maintenance_closed"), body); !s)
        return s.error();
    auto stmt = db.prepare(kMaintenanceSelect + QStringLiteral("WHERE r.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, recordId);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("Maintenance record %1 is missing.").arg(recordId)));
    MaintenanceRecord record = maintenanceFromRow(*stmt);
    (void)stmt->reset();
    if (auto s = tx.commit(); !s)
        return s.error();
    return record;
}

Result<QList<MaintenanceRecord>> maintenanceLog(Database &db, const QString &assetTag)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto stmt = db.prepare(kMaintenanceSelect + QStringLiteral("WHERE r.item = ? ORDER BY r.opened_on, r.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, item->id);
    return stmt->rows(maintenanceFromRow);
}

Result<ToolStatistics> statistics(Database &db)
{
    ToolStatistics stats;
    auto items = db.scalar(QStringLiteral("SELECT count(*) FROM tool_item WHERE condition <> 'retired'"));
    if (!items)
        return items.error();
    stats.items = int(*items);
    auto loans = db.scalar(QStringLiteral("SELECT count(*) FROM tool_loan"));
    if (!loans)
        return loans.error();
    stats.loans = int(*loans);
    // SQLite's sum() reports an overflow as an error rather than wrapping.
    auto avoided = db.scalar(QStringLiteral("SELECT coalesce(sum(i.replacement_value), 0) FROM tool_loan l JOIN tool_item i ON i.id = l.item"));
    if (!avoided)
        return avoided.error();
    stats.avoidedSpending = *avoided;
    auto never = db.prepare(QStringLiteral("SELECT asset_tag FROM tool_item i WHERE condition <> 'retired' "
                                           "AND NOT EXISTS (SELECT 1 FROM tool_loan l WHERE l.item = i.id) ORDER BY asset_tag"));
    if (!never)
        return never.error();
    while (never->next())
        stats.neverBorrowed.append(never->text(0));
    if (never->error())
        return *never->error();
    auto requested = db.prepare(QStringLiteral(
        "SELECT i.asset_tag, (SELECT count(*) FROM tool_loan l WHERE l.item = i.id) + (SELECT count(*) FROM tool_hold h WHERE h.item = i.id) AS n "
        "FROM tool_item i WHERE n > 0 ORDER BY n DESC, i.asset_tag LIMIT 10"));
    if (!requested)
        return requested.error();
    while (requested->next())
        stats.mostRequested.append({requested->text(0), requested->integer(1)});
    if (requested->error())
        return *requested->error();
    return stats;
}

QList<IntegrityProblem> checkLoans(Database &db)
{
    // An open loan's deposit is still held; a returned loan's is settled; a
    // charged late fee is the amount of its trade.
    auto stmt = db.prepare(QStringLiteral(
        "SELECT l.id, i.asset_tag FROM tool_loan l JOIN tool_item i ON i.id = l.item "
        "LEFT JOIN credit_hold h ON h.id = l.deposit_hold LEFT JOIN trade t ON t.id = l.fee_trade "
        "WHERE (l.deposit_hold IS NOT NULL AND (h.id IS NULL OR (l.returned_on IS NULL) <> (h.settled_on IS NULL))) "
        "OR (l.late_fee_charged > 0) <> (l.fee_trade IS NOT NULL) OR (l.fee_trade IS NOT NULL AND (t.id IS NULL OR t.amount <> l.late_fee_charged)) "
        "ORDER BY l.id"));
    if (!stmt)
        return {{QStringLiteral("tools.loans"), stmt.error().message}};
    QList<IntegrityProblem> problems;
    while (stmt->next())
        problems.append({QStringLiteral("tools.loans"),
                         tr("Loan %1 of %2 does not match its deposit hold or its late-fee trade.").arg(stmt->int64(0)).arg(stmt->text(1))});
    return problems;
}

Result<double> utilisation(Database &db, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::make(ErrorCode::InvalidArgument, tr("Utilisation needs a first day and a last day after it."));
    auto items = db.scalar(QStringLiteral("SELECT count(*) FROM tool_item WHERE condition <> 'retired'"));
    if (!items)
        return items.error();
    if (*items == 0)
        return 0.0;
    // Each loan counts the days it overlaps the period; an open loan runs on.
    auto days = db.prepare(QStringLiteral(
        "SELECT CAST(coalesce(sum(max(0, julianday(min(coalesce(l.returned_on, :end), :end)) - julianday(max(l.out_on, :from)))), 0) AS INTEGER) "
        "FROM tool_loan l JOIN tool_item i ON i.id = l.item WHERE i.condition <> 'retired' AND l.out_on < :end "
        "AND (l.returned_on IS NULL OR l.returned_on > :from)"));
    if (!days)
        return days.error();
    days->bind(1, iso(to.addDays(1))).bind(2, iso(from));
    if (!days->next())
        return days->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("Loan days cannot be counted.")));
    const double loanDays = double(days->int64(0));
    (void)days->reset();
    return 100.0 * loanDays / (double(*items) * double(from.daysTo(to) + 1));
}

Status signOffTraining(Database &db, std::int64_t memberNumber, const QString &category, QDate date, const QString &signedBy,
                       const QDateTime &now)
{
    const QString cat = category.simplified();
    if (cat.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("A training sign-off is for a category; name one."));
    if (!date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A training sign-off needs a valid date."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto id = memberId(db, memberNumber);
    if (!id)
        return id.error();
    auto insert = db.prepare(QStringLiteral("INSERT OR IGNORE INTO tool_training (member, category, signed_on, signed_by) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, *id).bind(2, cat).bind(3, iso(date)).bind(4, signedBy.trimmed()).exec(); !s)
        return s;
    const CanonicalWriter body =
        std::move(CanonicalWriter(QStringLiteral("tool_training")).add(memberNumber).add(cat).add(iso(date)).add(signedBy.trimmed()));
    if (auto s = journaled(db, now, QStringLiteral("tool_training"), body); !s)
        return s;
    return tx.commit();
}

} // namespace tools
} // namespace mycelium
