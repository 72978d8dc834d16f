// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "ledger/demurrage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;

// The seed's homeostatic signals, for the dashboard. They only inform: a
// suggested rate is applied by a person, never by the program.
struct MonthActivity {
    int year = 0;
    int month = 0;
    std::int64_t trades = 0; // reversals not counted
    std::int64_t volume = 0; // minor units moved by those trades
    // Sum of positive balances (the commons fund included) at the end of the
    // month; for the current month, today's. Worked back from today's
    // balances: a trade counts on its date, a demurrage charge on the last
    // day it covers.
    std::int64_t circulation = 0;
    // The month's volume in permille of that circulation: 1,000 means the
    // money in circulation changed hands once. 0 without circulation.
    std::int64_t velocityPermille = 0;
};

struct RateSuggestion {
    std::int64_t currentPpm = 0;
    std::int64_t suggestedPpm = 0;
    QString reason;
};

struct LedgerSignals {
    std::int64_t circulation = 0; // sum of positive balances, commons fund included
    std::int64_t commonsFund = 0;
    int activeMembers = 0;
    int nearFloor = 0; // active members within 10 % of their credit floor
    int nearCeiling = 0; // within 10 % of the accumulation ceiling (0 without one)
    std::optional<std::int64_t> ceiling; // the accumulation ceiling, when set
    QList<MonthActivity> months; // oldest first, the current month last
    // Velocity of the last complete month (its MonthActivity's).
    std::int64_t velocityPermille = 0;
    std::optional<std::int64_t> targetLow; // circulation band, when set
    std::optional<std::int64_t> targetHigh;
    // A rate already recorded to take effect after today. While there is
    // one, no new rate is suggested: the community has decided a change
    // and its effect is not known yet.
    std::optional<DemurrageRate> scheduledRate;
    std::optional<RateSuggestion> suggestion;
};

namespace ledger {

// Balances must be current: settle demurrage through yesterday first.
Result<LedgerSignals> signals(Database &db, QDate today, int months = 12);

// The band that circulation should stay in. Outside it, signals() suggests
// a demurrage rate: today's rate scaled by circulation / middle of the band,
// kept within half and double of today's rate and rounded to 10 ppm.
Status setCirculationTarget(Database &db, std::optional<std::int64_t> low, std::optional<std::int64_t> high, const QDateTime &now);

} // namespace ledger
} // namespace mycelium
