// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "members/members.h"
#include "tools/tools.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace mycelium {

class Database;

// What a text scanned (or typed) at the lending desk names: an item by its
// asset tag, compared without case; failing that, a member by the number on
// their card; failing both, nothing.
struct DeskScan {
    enum class Kind { Nothing, Item, Member };
    Kind kind = Kind::Nothing;
    ToolItem item; // when Kind::Item
    Member member; // when Kind::Member
};

// Everything the desk shows about one item on a given day.
struct DeskItem {
    ToolItem item;
    Availability availability; // for anyone not otherwise refused
    std::optional<ToolLoan> loan; // the open loan, when the item is out
    // Of the open loan on the day: whole days past due and the fee they
    // come to at the item's rate (minor units).
    int daysLate = 0;
    std::int64_t feeSoFar = 0;
    QList<ToolHold> queue; // waiting members, first come first
    QStringList components; // a kit's parts, to check out and in
    // The last day the item is kept for the first member in the queue, once
    // it is in and ready for them; invalid otherwise.
    QDate heldUntil;
};

// A member at the desk: who, and how many of their loans are out and overdue.
struct DeskMember {
    Member member;
    int openLoans = 0;
    int overdueLoans = 0; // open and past due on the day
};

// One of a member's loans as the desk lists them.
struct DeskLoan {
    ToolLoan loan;
    // Open loans: days past due on the day and the fee so far; returned
    // ones: as they came back.
    int daysLate = 0;
    std::int64_t fee = 0;
    bool overdue() const { return loan.isOpen() && daysLate > 0; }
};

// An item on the maintenance list: under maintenance (its record is open),
// or due for it (its interval has come round, or it needs repair).
struct MaintenanceEntry {
    enum class State { Open, Due };
    State state = State::Due;
    ToolItem item;
    // The day the record was opened; for a due item, the day its interval
    // counts from (the last maintenance, or the day it was added).
    QDate since;
    QString reason; // the record's reason, or why the item is due
    std::optional<ToolLoan> loan; // when the item is out
};

namespace desk {

// A member number as printed on a card: digits, optionally after '#', leading
// zeros allowed; nothing when the text is not one.
std::optional<std::int64_t> cardNumber(const QString &text);

// The item whose tag the text is, else the member whose card number it is.
Result<DeskScan> resolveScan(Database &db, const QString &text);

Result<DeskItem> itemAtDesk(Database &db, const QString &assetTag, QDate date);

// In one indexed count, however long the member's history.
Result<DeskMember> memberAtDesk(Database &db, std::int64_t memberNumber, QDate date);

// tools::memberLoans with each open loan's lateness on `date`.
Result<QList<DeskLoan>> memberLoans(Database &db, std::int64_t memberNumber, QDate date);

// Items not retired that are under maintenance (oldest record first), then
// those due for it on `date` (by asset tag). The intervals are counted as
// tools::checkout counts them, so a due item here is one the desk refuses.
Result<QList<MaintenanceEntry>> maintenanceList(Database &db, QDate date);

// Records maintenance work: closes the item's open record, or, when the item
// has none (it is merely due), opens one with `reason` and closes it, all in
// one transaction. Refused while the item is on loan.
Result<MaintenanceRecord> recordMaintenance(Database &db, const QString &assetTag, QDate date, const QString &workDone, std::int64_t cost,
                                            const QString &doneBy, const QString &reason, const QDateTime &now);

} // namespace desk
} // namespace mycelium
