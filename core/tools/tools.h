// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;
struct IntegrityProblem;

// One thing the tool library lends: a drill, a ladder, a sewing machine.
// Amounts are minor units (1 credit = 100).
struct ToolItem {
    enum class Condition { New, Good, Worn, NeedsRepair, Retired };

    std::int64_t id = 0;
    QString assetTag; // printed on the label; unique, compared without case
    QString name;
    QString category;
    QString description;
    Condition condition = Condition::Good;
    QString location;
    std::int64_t replacementValue = 0;
    std::int64_t deposit = 0;
    int loanDays = 7;
    std::int64_t lateFeePerDay = 0;
    QString safetyNotes;
    bool needsTraining = false; // borrowing needs a sign-off for the category
    int maintenanceEveryLoans = 0; // 0: no such interval
    int maintenanceEveryDays = 0; // 0: no such interval
    QDate createdOn;
    int loansSinceMaintenance = 0; // since the last closed maintenance, or since it was added
    std::int64_t ownerNumber = 0; // the member who lends it through the library; 0: the library's own

    static QString conditionName(Condition condition); // "new", "good", "worn", "needs_repair", "retired"
    static std::optional<Condition> conditionFromName(const QString &name);
};

struct NewToolItem {
    QString assetTag;
    QString name;
    QString category;
    QString description;
    ToolItem::Condition condition = ToolItem::Condition::Good;
    QString location;
    std::int64_t replacementValue = 0;
    std::int64_t deposit = 0;
    int loanDays = 7;
    std::int64_t lateFeePerDay = 0;
    QString safetyNotes;
    bool needsTraining = false;
    int maintenanceEveryLoans = 0;
    int maintenanceEveryDays = 0;
    QDate createdOn;
    QStringList components; // a kit's parts, checked on the way out and in
    std::int64_t ownerNumber = 0; // a member's own tool (it feeds their credit line); 0: the library's own
};

struct ToolLoan {
    std::int64_t id = 0;
    QString assetTag;
    QString itemName;
    std::int64_t memberNumber = 0;
    QString memberName;
    QDate outOn;
    QDate dueOn;
    QDate returnedOn; // invalid while the item is out
    std::optional<ToolItem::Condition> returnCondition;
    QString notes;
    QString recordedBy;
    // On return: the days after the due date and the fee they come to
    // (days late × the item's late fee per day).
    int daysLate = 0;
    std::int64_t lateFee = 0;
    // Settled on return: what was charged to the commons fund and what
    // was waived (with the reason); the charge's trade.
    std::int64_t lateFeeCharged = 0;
    std::int64_t lateFeeWaived = 0;
    QString waiverReason;
    std::int64_t feeTradeId = 0;
    // The deposit held on the borrower's credit while the item is out, and
    // whether it was charged (lost or damaged) rather than released.
    std::int64_t deposit = 0;
    std::int64_t depositHoldId = 0;
    bool depositCharged = false;
    bool lost = false;
    QStringList missingOut; // kit components missing when it went out
    QStringList missingIn; // and when it came back

    bool isOpen() const { return !returnedOn.isValid(); }
};

// An open loan past its due date, as seen on a given day.
struct OverdueLoan {
    ToolLoan loan;
    int daysLate = 0; // whole days after the due date
    std::int64_t feeSoFar = 0; // daysLate × late fee per day, minor units
    QString contact;
};

struct ToolHold {
    enum class State { Waiting, Fulfilled, Cancelled, Expired };
    std::int64_t id = 0;
    QString assetTag;
    std::int64_t memberNumber = 0;
    QString memberName;
    QDateTime queuedAt;
    State state = State::Waiting;
    QDate readyOn; // the day the item became ready for this member; invalid until then
};

struct MaintenanceRecord {
    std::int64_t id = 0;
    QString assetTag;
    QDate openedOn;
    QDate closedOn; // invalid while open
    QString reason;
    QString workDone;
    std::int64_t cost = 0;
    QString doneBy;
};

struct CheckoutRequest {
    QString assetTag;
    std::int64_t memberNumber = 0;
    QDate date; // the day it goes out; due = date + the item's loan days
    QString recordedBy;
    // A member with an overdue item may borrow only when the desk gives a
    // reason; it is journaled with the loan.
    QString overdueOverrideReason;
    // A kit's components found missing at the desk; noted on the loan.
    QStringList missingComponents;
};

struct ReturnRequest {
    QString assetTag;
    ToolItem::Condition condition = ToolItem::Condition::Good;
    QDate date;
    QString notes;
    QString recordedBy;
    // A kit's components missing on return: the item goes to maintenance.
    QStringList missingComponents;
    // The late fee is charged unless the desk waives it with a reason.
    QString lateFeeWaiverReason;
    // A damaged item's deposit is charged instead of released, only with
    // the coordinator's confirmation.
    bool chargeDeposit = false;
    bool coordinatorConfirmed = false;
};

// What the return screen shows before the return is confirmed.
struct ReturnQuote {
    ToolLoan loan;
    int daysLate = 0;
    std::int64_t lateFee = 0; // minor units
    std::int64_t deposit = 0; // held now, released on return
    QStringList components; // to check
};

struct LostReport {
    QString assetTag;
    QDate date;
    QString notes;
    QString recordedBy;
    bool coordinatorConfirmed = false;
};

// A booking of an item for future days (both inclusive).
struct ToolReservation {
    enum class State { Active, Fulfilled, Cancelled };
    std::int64_t id = 0;
    QString assetTag;
    std::int64_t memberNumber = 0;
    QString memberName;
    QDate from;
    QDate to;
    State state = State::Active;
    QString note;
};

struct ToolPhoto {
    QByteArray bytes;
    QString mediaType; // image/jpeg or image/png
};

// Figures for the assembly.
struct ToolStatistics {
    int items = 0; // not retired
    int loans = 0; // ever
    // Sum over every loan of the item's replacement value: what members
    // would have spent buying instead of borrowing (minor units).
    std::int64_t avoidedSpending = 0;
    QStringList neverBorrowed; // asset tags of items (not retired) never lent, by tag
    // Asset tag and requests (loans plus holds), most first, at most ten.
    QList<std::pair<QString, int>> mostRequested;
};

// Why an item cannot go out today, or nothing when it can (for anyone not
// otherwise refused). The desk shows this before asking for the member.
struct Availability {
    bool lendable = true;
    QString reason;
};

// The tool library's catalogue and desk. Every change is a journal entry.
namespace tools {

// Whole days after the due date on `day` (none before or on it) and the
// fee they come to at `feePerDay`; fails only when the fee does not fit.
Result<std::pair<int, std::int64_t>> lateness(QDate due, QDate day, std::int64_t feePerDay);

Result<ToolItem> addItem(Database &db, const NewToolItem &item, const QDateTime &now);
Result<ToolItem> itemByTag(Database &db, const QString &assetTag);
Result<QList<ToolItem>> items(Database &db); // by asset tag

// The open loan of an item, if it is out.
Result<std::optional<ToolLoan>> openLoan(Database &db, const QString &assetTag);
Result<QList<ToolLoan>> loanHistory(Database &db, const QString &assetTag); // newest first
Result<Availability> availability(Database &db, const QString &assetTag, QDate date);

// Refused, with a sentence for the desk, when the item is on loan (to whom,
// until when), retired, needs repair, under or due for maintenance, held
// for someone else first in the queue, booked by someone else for days the
// loan would cover; when the member cannot spend the item's deposit (it is
// held on their credit while the item is out); or when the member is not active,
// is not signed off for a category that needs training, or has an overdue
// item (unless overdueOverrideReason is given).
Result<ToolLoan> checkout(Database &db, const CheckoutRequest &request, const QDateTime &now);
// Closes the open loan. A return as needs_repair (or retired) sets the
// item's condition; needs_repair opens a maintenance record, and the item
// is not lent again until it is closed.
// The deposit's hold is released (or, for a damaged item with the
// coordinator's confirmation, charged); the late fee is charged to the
// commons fund unless waived with a reason; missing components open a
// maintenance record. All of it or nothing.
Result<ToolLoan> returnItem(Database &db, const ReturnRequest &request, const QDateTime &now);
Result<ToolLoan> returnItem(Database &db, const QString &assetTag, ToolItem::Condition condition, QDate date, const QString &notes,
                            const QDateTime &now);
Result<ReturnQuote> returnQuote(Database &db, const QString &assetTag, QDate date);
// Closes the loan of an item that will not come back: its deposit is
// charged to the commons fund (only with the coordinator's confirmation),
// no late fee is added, the item is retired and its queue and bookings
// are cancelled.
Result<ToolLoan> reportLost(Database &db, const LostReport &report, const QDateTime &now);

// Kits: the component list replaces the old one (loans keep what was noted).
Status setComponents(Database &db, const QString &assetTag, const QStringList &components, const QDateTime &now);
Result<QStringList> components(Database &db, const QString &assetTag);

// Bookings for future days. Refused when the days overlap another booking,
// the item's current loan, or the item is retired.
Result<ToolReservation> reserve(Database &db, const QString &assetTag, std::int64_t memberNumber, QDate from, QDate to, const QString &note,
                                QDate today, const QDateTime &now);
Result<QList<ToolReservation>> reservations(Database &db, const QString &assetTag); // active, soonest first
Status cancelReservation(Database &db, std::int64_t reservationId, const QString &reason, const QDateTime &now);

// At most 2 MiB; JPEG or PNG (the GUI scales photos down before storing).
inline constexpr qsizetype kMaximumPhotoBytes = 2 * 1024 * 1024;
Status setPhoto(Database &db, const QString &assetTag, const ToolPhoto &photo, const QDateTime &now);
Status removePhoto(Database &db, const QString &assetTag, const QDateTime &now);
Result<std::optional<ToolPhoto>> photo(Database &db, const QString &assetTag);
// Whether the item has a photo, without reading it.
Result<bool> hasPhoto(Database &db, const QString &assetTag);
// A further loan period, counted from the due date (or from `date` when
// that is later). Refused while anyone waits for the item.
Result<ToolLoan> renew(Database &db, const QString &assetTag, QDate date, const QDateTime &now);

Result<ToolHold> placeHold(Database &db, const QString &assetTag, std::int64_t memberNumber, const QDateTime &now);
Result<QList<ToolHold>> holdQueue(Database &db, const QString &assetTag); // waiting, first come first
// When an item is in, it is held for the first member in the queue for
// holdDays days from the day it became ready (that day counted); then the
// hold expires and the item is ready for the next member. Checkout applies
// this first; the desk may call it to bring the queue up to date.
Status expireHolds(Database &db, const QString &assetTag, QDate date, const QDateTime &now);
Result<int> holdDays(Database &db);
Status setHoldDays(Database &db, int days, const QDateTime &now); // 1 and up
// Takes the member out of the item's queue; the hold stays in the history as cancelled.
Status cancelHold(Database &db, const QString &assetTag, std::int64_t memberNumber, const QString &reason, const QDateTime &now);

// A member's loans, open ones first (earliest due first), then returned ones, newest first.
Result<QList<ToolLoan>> memberLoans(Database &db, std::int64_t memberNumber);

// Open loans past due on `today`, most days late first.
Result<QList<OverdueLoan>> overdue(Database &db, QDate today);

Result<MaintenanceRecord> openMaintenance(Database &db, const QString &assetTag, QDate date, const QString &reason, const QDateTime &now);
// Closes the open record; an item marked needs_repair is good again.
Result<MaintenanceRecord> closeMaintenance(Database &db, const QString &assetTag, QDate date, const QString &workDone, std::int64_t cost,
                                           const QString &doneBy, const QDateTime &now);
Result<QList<MaintenanceRecord>> maintenanceLog(Database &db, const QString &assetTag); // oldest first

Result<ToolStatistics> statistics(Database &db);
// The share (percent) of the item-days from `from` to `to` (both counted)
// that items not retired spent on loan.
Result<double> utilisation(Database &db, QDate from, QDate to);

// For verify: each loan agrees with its deposit hold and its late-fee trade.
QList<IntegrityProblem> checkLoans(Database &db);

Status signOffTraining(Database &db, std::int64_t memberNumber, const QString &category, QDate date, const QString &signedBy,
                       const QDateTime &now);

} // namespace tools
} // namespace mycelium
