// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;

// The seed's productive capacity, PC = (Skills × Time × Tools × Resources)
// × Ecological_Multiplier, as an exact integer rule. Each factor is a score
// in percent that a coordinator sets (later: verified skills, tools lent, the
// ecological balance feed them):
//   extension = floor(5,000 credits × S × T × O × R × E / 100^5),
//   capped at 5,000 credits,
// with S, T, O, R in 0..100 and E (ecological multiplier) in 0..200, 100
// meaning neutral. Any factor at zero gives no extension: capacity is a
// product, as in the seed.
struct ProductiveCapacity {
    int skills = 0;
    int time = 0;
    int tools = 0;
    int resources = 0;
    int ecological = 100;

    static constexpr std::int64_t kMaximumExtension = 500000; // 5,000 credits in minor units
    std::int64_t extension() const;
    bool isValid() const;
    bool operator==(const ProductiveCapacity &) const = default;
};

struct Member {
    enum class Status { Active, Suspended, Left };
    // The member's current step of the graduated sanctions (core/trust):
    // a warning changes nothing in the ledger; a reduced credit line halves
    // it; suspended (mediation required) and excluded members cannot trade
    // or borrow.
    enum class Sanction { None, Warning, Reduced, Suspended, Excluded };

    std::int64_t id = 0;
    std::int64_t number = 0; // printed on the member card, typed at the hall
    QString name;
    QString contact;
    QDate joinedOn;
    Status status = Status::Active;
    bool hasPin = false;
    std::int64_t accountId = 0;
    Sanction sanction = Sanction::None;
    ProductiveCapacity capacity; // the scores the coordinator set
    // What feeds the skills and tools factors: skills verified by the
    // coordinator or two vouching members, and the member's own tools the
    // library can lend (not retired, not lost).
    int verifiedSkills = 0;
    int lendableTools = 0;
    std::int64_t creditExtension = 0; // effectiveCapacity().extension(): minor units above the starter line

    // The capacity the credit line uses: each of skills and tools is the
    // higher of the score set and 25 points per verified skill or lendable
    // tool (at most 100).
    ProductiveCapacity effectiveCapacity() const;
    // How far below zero the member may go with the given starter line:
    // starter + extension, halved (rounded down) under a reduced-line sanction.
    std::int64_t creditLine(std::int64_t starterLine) const;
    // Active, and not suspended or excluded by a sanction.
    bool mayTrade() const { return status == Status::Active && sanction != Sanction::Suspended && sanction != Sanction::Excluded; }
    // Why the member may not trade or borrow, in words; empty when they may.
    QString whyNotTrading() const;

    static QString statusName(Status status); // "active", "suspended", "left"
    static std::optional<Status> statusFromName(const QString &name);
    static QString sanctionName(Sanction sanction); // "none", "warning", "reduced", "suspended", "excluded"
    static std::optional<Sanction> sanctionFromName(const QString &name);
};

struct NewMember {
    QString name;
    std::optional<std::int64_t> number; // the next free number when not given
    QString contact;
    QDate joinedOn;
    QString pin; // empty: no PIN
};

// Members and their accounts. Every change is also a journal entry, so the
// hash chain covers who may trade, not only the trades.
namespace members {

inline constexpr int kMinimumPinLength = 4;

Result<Member> add(Database &db, const NewMember &member, const QDateTime &now);
Result<Member> byNumber(Database &db, std::int64_t number);
Result<QList<Member>> list(Database &db);
// A new name (whitespace simplified, not empty) and contact (trimmed; empty
// removes it). Changing nothing writes nothing; a change is journaled with
// the new name, and only that the contact changed: contacts stay private.
Result<Member> update(Database &db, std::int64_t number, const QString &name, const QString &contact, const QDateTime &now);
Status setStatus(Database &db, std::int64_t number, Member::Status status, const QString &reason, const QDateTime &now);
// An empty PIN removes it.
Status setPin(Database &db, std::int64_t number, const QString &pin, const QDateTime &now);
Status setProductiveCapacity(Database &db, std::int64_t number, const ProductiveCapacity &capacity, const QDateTime &now);
// WrongPassphrase when the PIN does not match, or the member has none.
Status checkPin(Database &db, std::int64_t number, const QString &pin);

} // namespace members
} // namespace mycelium
