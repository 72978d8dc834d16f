// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tools/tools.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;

// One item as the catalogue lists it: what it is, where it is, and whether
// it can be borrowed. Amounts are minor units.
struct CatalogueEntry
{
    // One state per item, the first that applies in this order: retired;
    // on loan; under maintenance (an open record, needs repair, or its
    // maintenance interval has come round); held for the first member
    // waiting for it; in.
    enum class State { In, OnLoan, Held, Maintenance, Retired };

    std::int64_t id = 0;
    QString assetTag;
    QString name;
    QString category;
    ToolItem::Condition condition = ToolItem::Condition::Good;
    QString location;
    std::int64_t replacementValue = 0;
    State state = State::In;
    // OnLoan: the borrower. Held: the member first in the queue.
    std::int64_t memberNumber = 0;
    QString memberName;
    QDate dueOn; // OnLoan: the due day
    bool maintenanceDue = false; // Maintenance: only because the interval came round
    int waiting = 0; // members in the hold queue

    static QString stateName(State state); // "in", "on_loan", "held", "maintenance", "retired"
    static std::optional<State> stateFromName(const QString &name);
};

// What the catalogue is asked. Every word of `text` must be found (any
// case) in the asset tag, the name, the category or the description; the
// filters narrow further. Items whose asset tag starts with the first word
// come first, in tag order (so the tag itself first), then the rest by
// name.
struct CatalogueQuery
{
    QString text;
    QString category; // any case; empty: every category
    std::optional<CatalogueEntry::State> state;
    std::optional<ToolItem::Condition> condition;
    QDate today; // for maintenance intervals counted in days
    int offset = 0;
    int limit = 50; // rows at most; 0: all
    // Counting stops past this many (0: counts them all). A screen that
    // says "more than 1,000" needs no more, and a search as broad as one
    // letter then costs no more than a narrow one.
    int countUpTo = 0;
};

struct CatalogueResult
{
    QList<CatalogueEntry> entries;
    int matches = 0; // items matching, whatever offset and limit
    bool moreMatches = false; // counting stopped at countUpTo: more than `matches` match
};

// A field of NewToolItem, so that a form can point at the one a problem is about.
enum class ToolItemField {
    AssetTag,
    Name,
    Category,
    Description,
    Condition,
    Location,
    ReplacementValue,
    Deposit,
    LoanDays,
    LateFeePerDay,
    SafetyNotes,
    NeedsTraining,
    MaintenanceEveryLoans,
    MaintenanceEveryDays,
    CreatedOn,
};

struct ToolItemProblem
{
    ToolItemField field;
    QString message; // names the item and what is wrong
};

// One item's figures for its page.
struct ToolItemStatistics
{
    int loans = 0; // ever, the open one included
    // Loans × the item's replacement value: what borrowers did not spend.
    std::int64_t avoidedSpending = 0;
    int daysOnLoan = 0; // summed over its loans, through `today` for an open one
    int daysInCatalogue = 0; // from the day it was added through `today`
    int lateReturns = 0; // loans that came back after their due day
    int waiting = 0; // members in the hold queue now
};

namespace tools {

// Fast enough to run at every keystroke at 10,000 items and 200,000 loans:
// one pass over the items finds the matches, and stops after a thousand;
// a few are sorted at once, many are read from the indexes in their order
// as far as the page reaches. Who has an item, or waits for it, is read
// for the returned page only.
Result<CatalogueResult> search(Database &db, const CatalogueQuery &query);
// The one item as search() would list it.
Result<CatalogueEntry> catalogueEntry(Database &db, const QString &assetTag, QDate today);

// The categories items use, without repeats, in alphabetical order (any case).
Result<QStringList> categories(Database &db);

// Everything wrong with these fields for a new item (exceptTag empty) or
// for the item now tagged exceptTag; empty when they may be saved. The
// asset tag must stay unique, and an item on loan cannot be retired.
Result<QList<ToolItemProblem>> itemProblems(Database &db, const NewToolItem &fields, const QString &exceptTag = {});

// The fields of an item, as updateItem takes them.
NewToolItem fieldsOf(const ToolItem &item);

// Changes every field of the item tagged `assetTag` to `fields` (its tag
// too); journaled as "tool_updated" with the old tag and the new fields.
// Refused with the first of itemProblems(), naming the field. Nothing
// changes, and nothing is journaled, when the fields are what they were.
Result<ToolItem> updateItem(Database &db, const QString &assetTag, const NewToolItem &fields, const QDateTime &now);

Result<ToolItemStatistics> itemStatistics(Database &db, const QString &assetTag, QDate today);

} // namespace tools
} // namespace mycelium
