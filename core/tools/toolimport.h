// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QIODevice>
#include <QStringList>

namespace mycelium {

class Database;

namespace tools {

// The columns importItems knows, in the order the README lists them.
QStringList importColumns();

// Adds the items listed in a CSV file (as csv::Reader reads it: UTF-8 with
// or without a byte order mark, LF or CRLF, quoted fields) whose first line
// names the columns, in any order, spelled exactly:
//   tag, name        required, not blank; a tag is unique, compared without
//                    case, in the file and against the vault
//   category, description, location, safety_notes   optional text
//   condition        new, good, worn, needs_repair or retired; good when empty
//   value, deposit, late_fee   credits, like 40 or 12.50 (late_fee per day
//                    late); 0 when empty
//   loan_days        1 to 3650; 7 when empty
//   needs_training   yes or no (also true/false, 1/0); no when empty
//   maintenance_every_loans, maintenance_every_days   whole numbers; no
//                    such interval when empty or 0
//   owner            optional member number of a member's own tool (it
//                    feeds their credit line); the library's own when empty
// Every row is checked first; the first problem comes back as "line N,
// field F: what is wrong" (InvalidArgument) and the vault is unchanged. Then
// all items are added with tools::addItem in one transaction, all or
// nothing, dated now. Returns the number of items added.
Result<int> importItems(Database &db, QIODevice &csv, const QDateTime &now);

} // namespace tools
} // namespace mycelium
