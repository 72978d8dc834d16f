// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace mycelium {

// Demurrage: credit held above an exemption slowly flows back to the commons
// fund. The rule is integer-exact so that any neighbour recomputes the same
// figures from the same journal:
//
//   At the end of each calendar day D (community time zone), an account with
//   balance b above the exemption E pays floor((b - E) * r_D / 1,000,000)
//   minor units to the commons fund, where r_D is the rate in parts per
//   million per day in force on day D. The commons fund pays none. Days are
//   applied in order, each on the balance left after the previous day's
//   charge. A balance "at day D" includes all trades dated on or before D and
//   demurrage for days before D.
//
// Charges are realized lazily as journal entries; one entry may cover several
// days and its amount is the sum of the daily charges (chargeDays below).
// Amounts are minor units (1 credit = 100).

inline constexpr std::int64_t kDemurragePpmDenominator = 1'000'000; // r is in parts per million
inline constexpr std::int64_t kDefaultDemurragePpmPerDay = 1'000; // lambda = 0.001 per day
inline constexpr std::int64_t kDefaultDemurrageExemptMinor = 0;

struct DemurrageRate {
    QDate effectiveFrom; // first day the rate is in force; null for "since the beginning of time"
    std::int64_t ppmPerDay = kDefaultDemurragePpmPerDay; // 0 .. 1,000,000
    std::int64_t exemptMinor = kDefaultDemurrageExemptMinor; // >= 0; balances at or below it pay nothing

    friend bool operator==(const DemurrageRate &, const DemurrageRate &) = default;
};

// The rates over time, sorted by effective date. Before the first explicit
// rate (and in an empty schedule) the default rate applies: 1,000 ppm per day,
// no exemption.
class DemurrageSchedule
{
public:
    DemurrageSchedule() = default;

    // The rate in force before any explicit one; its effectiveFrom is null.
    static DemurrageRate defaultRate() { return DemurrageRate{}; }

    // Refuses (InvalidArgument) an invalid date, a rate outside 0..1,000,000
    // ppm, a negative exemption, or a second rate on a date that has one.
    Status add(const DemurrageRate &rate);

    // The rate in force on the given day: the explicit rate with the latest
    // effectiveFrom on or before it, else the default. An invalid day gets the
    // default.
    DemurrageRate rateOn(QDate day) const;

    // The explicit rates, oldest first (the default is not listed).
    QList<DemurrageRate> rates() const { return m_rates; }

private:
    QList<DemurrageRate> m_rates;
};

// The one-day formula: floor((balance - E) * r / 1,000,000), or 0 when the
// balance is at or below E. Exact for every int64 balance (128-bit product).
// The rate must be one that DemurrageSchedule::add accepts.
std::int64_t dailyCharge(std::int64_t balance, const DemurrageRate &rate);

struct DemurrageCharge {
    std::int64_t total = 0; // sum of the daily charges, owed to the commons fund
    std::int64_t balanceAfter = 0; // balance after the last day's charge
};

// Applies the end-of-day charge for every day from firstDay to lastDay
// inclusive, each on the balance left by the previous day, with the rate in
// force on that day. An empty range (lastDay < firstDay) or an invalid date
// charges nothing. Splitting a range into consecutive pieces and chaining
// balanceAfter gives the same total as charging it at once.
//
// balance must include every trade dated on or before firstDay, and no trade
// may be dated later inside the range: a caller splits the range at each
// trade's date (charge up to the day before, add the trade, go on). Never call
// it for the commons fund, which pays none.
//
// Cost: does not walk idle days; a ten-year gap is at most a few thousand cheap
// steps and usually far fewer (see demurrage.cpp).
DemurrageCharge chargeDays(std::int64_t balance, QDate firstDay, QDate lastDay, const DemurrageSchedule &schedule);

} // namespace mycelium
