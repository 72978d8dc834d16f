// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/demurrage.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace mycelium {

namespace {

// GCC and Clang have it; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

constexpr std::int64_t kM = kDemurragePpmDenominator;

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::Demurrage", text);
}

bool startsBefore(const DemurrageRate &rate, QDate day)
{
    return rate.effectiveFrom < day;
}

// floor(x * ppm / M) for 0 < x, 0 <= ppm <= M. The 64-bit branch is the common
// one and lets the compiler turn the division by a constant into a multiply.
inline std::int64_t chargeOnExcess(std::int64_t x, std::int64_t ppm, std::int64_t fastLimit)
{
    if (x <= fastLimit)
        return x * ppm / kM;
    return static_cast<std::int64_t>(Int128(x) * ppm / kM);
}

// Applies `days` consecutive days of one rate to `balance`; returns the sum.
//
// Why this equals the day-by-day loop. Within one rate, r and E are fixed.
// Write x = b - E for the excess and f(x) = floor(x * r / M) for the day's
// charge; f is non-decreasing in x and f(x) <= x because r <= M.
//  1. Each day x becomes x - f(x) <= x, so the charges never grow within the
//     period, and the balance never falls below E (it does not cross it).
//  2. Once f(x) = 0, x no longer changes, so every remaining day of the period
//     also charges 0: we stop and jump to the next rate's effective day.
//  3. Runs of equal charges: let c = f(x0) > 0 and L = ceil(c * M / r), the
//     least excess that is still charged c. While x >= L the charge is at
//     least c (f is monotone) and at most c (point 1), so it is exactly c.
//     Thus day k of the run (x = x0 - k*c) charges c for k = 0 .. (x0 - L) / c,
//     and the next day charges less. We apply min(that many, days left) days
//     in one step; x0 >= L always holds because x0 * r >= c * M.
// A run can last more than one day only if c * r < M (x0 - L < M / r), so for
// larger charges we step one day at a time: with the default rate that means
// excesses above about 10,000 credits, which at most take one cheap step per
// day of the gap. Every value stays within int64: charges sum to at most the
// starting excess, and the product x * r uses 128 bits when it could overflow.
std::int64_t chargeOneRate(std::int64_t &balance, std::int64_t days, const DemurrageRate &rate)
{
    const std::int64_t r = rate.ppmPerDay;
    if (r <= 0 || days <= 0 || balance <= rate.exemptMinor)
        return 0;
    // balance > E >= 0, so the excess is positive and fits.
    std::int64_t x = balance - rate.exemptMinor;
    const std::int64_t fastLimit = std::numeric_limits<std::int64_t>::max() / r;
    const std::int64_t longRunLimit = (kM - 1) / r; // c <= this  <=>  c * r < M
    std::int64_t charged = 0;
    while (days > 0) {
        const std::int64_t c = chargeOnExcess(x, r, fastLimit);
        if (c == 0)
            break;
        std::int64_t run = 1;
        if (c <= longRunLimit) {
            const std::int64_t least = (c * kM + r - 1) / r; // c * M < M * M / r fits easily
            run = std::min((x - least) / c + 1, days);
            Q_ASSERT(run >= 1); // x >= least, see point 3
        }
        x -= run * c;
        charged += run * c;
        days -= run;
    }
    balance -= charged;
    return charged;
}

} // namespace

Status DemurrageSchedule::add(const DemurrageRate &rate)
{
    if (!rate.effectiveFrom.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A demurrage rate needs a valid date from which it applies."));
    if (rate.ppmPerDay < 0 || rate.ppmPerDay > kM)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("A demurrage rate must be between 0 and 1,000,000 parts per million per day, not %1.")
                               .arg(rate.ppmPerDay));
    if (rate.exemptMinor < 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The demurrage exemption cannot be negative."));
    const auto at = std::lower_bound(m_rates.cbegin(), m_rates.cend(), rate.effectiveFrom, startsBefore);
    if (at != m_rates.cend() && at->effectiveFrom == rate.effectiveFrom)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("There is already a demurrage rate from %1; change that one instead of adding another.")
                               .arg(rate.effectiveFrom.toString(Qt::ISODate)));
    m_rates.insert(at - m_rates.cbegin(), rate);
    return Status::success();
}

DemurrageRate DemurrageSchedule::rateOn(QDate day) const
{
    if (!day.isValid())
        return defaultRate();
    // First rate starting after the day; the one before it is in force.
    const auto after = std::upper_bound(m_rates.cbegin(), m_rates.cend(), day,
                                        [](QDate d, const DemurrageRate &rate) { return d < rate.effectiveFrom; });
    return after == m_rates.cbegin() ? defaultRate() : *(after - 1);
}

std::int64_t dailyCharge(std::int64_t balance, const DemurrageRate &rate)
{
    Q_ASSERT(rate.ppmPerDay >= 0 && rate.ppmPerDay <= kM && rate.exemptMinor >= 0);
    if (rate.ppmPerDay <= 0 || balance <= rate.exemptMinor)
        return 0;
    return static_cast<std::int64_t>(Int128(balance - rate.exemptMinor) * rate.ppmPerDay / kM);
}

DemurrageCharge chargeDays(std::int64_t balance, QDate firstDay, QDate lastDay, const DemurrageSchedule &schedule)
{
    DemurrageCharge result{0, balance};
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return result;

    const QList<DemurrageRate> rates = schedule.rates(); // implicitly shared, no copy
    auto next = std::upper_bound(rates.cbegin(), rates.cend(), firstDay,
                                 [](QDate d, const DemurrageRate &rate) { return d < rate.effectiveFrom; });
    DemurrageRate current = next == rates.cbegin() ? DemurrageSchedule::defaultRate() : *(next - 1);

    // Walk the rate periods that overlap the range, one step per period.
    std::int64_t day = firstDay.toJulianDay();
    const std::int64_t last = lastDay.toJulianDay();
    for (;;) {
        const std::int64_t periodEnd
            = next == rates.cend() ? last : std::min<std::int64_t>(last, next->effectiveFrom.toJulianDay() - 1);
        result.total += chargeOneRate(result.balanceAfter, periodEnd - day + 1, current);
        if (periodEnd == last)
            break;
        day = periodEnd + 1;
        current = *next;
        ++next;
    }
    return result;
}

} // namespace mycelium
