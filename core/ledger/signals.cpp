// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/signals.h"
#include "ledger/journal.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::signals", text);
}

std::optional<std::int64_t> setting(Database &db, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM ledger_setting WHERE key = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, key);
    if (!stmt->next())
        return std::nullopt;
    return stmt->int64(0);
}

} // namespace

namespace ledger {

Result<LedgerSignals> signals(Database &db, QDate today, int months)
{
    LedgerSignals s;
    auto circulation = db.scalar(QStringLiteral("SELECT coalesce(sum(balance), 0) FROM account WHERE balance > 0"));
    if (!circulation)
        return circulation.error();
    s.circulation = *circulation;
    auto commons = db.scalar(QStringLiteral("SELECT balance FROM account WHERE id = 1"));
    if (!commons)
        return commons.error();
    s.commonsFund = *commons;

    auto people = members::list(db);
    if (!people)
        return people.error();
    auto starter = starterLine(db);
    if (!starter)
        return starter.error();
    auto ceiling = accumulationCeiling(db);
    if (!ceiling)
        return ceiling.error();
    s.ceiling = *ceiling;
    auto balancesNow = balances(db);
    if (!balancesNow)
        return balancesNow.error();
    QHash<std::int64_t, std::int64_t> balanceOf;
    for (const AccountBalance &b : *balancesNow)
        balanceOf.insert(b.number, b.balance);
    for (const Member &m : *people) {
        if (m.status != Member::Status::Active)
            continue;
        ++s.activeMembers;
        const std::int64_t balance = balanceOf.value(m.number);
        const std::int64_t line = m.creditLine(*starter);
        // Within 10 % of the floor: balance <= -0.9 × line.
        if (line > 0 && balance * 10 <= -line * 9)
            ++s.nearFloor;
        if (*ceiling && balance * 10 >= **ceiling * 9)
            ++s.nearCeiling;
    }

    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-(std::max(1, months) - 1));
    const QString firstDay = firstMonth.toString(Qt::ISODate);
    const auto monthKey = [](QDate month) { return month.toString(QStringLiteral("yyyy-MM")); };
    // "+reverses": by the date index; SQLite would otherwise walk the index
    // of reversals through every trade that reverses none.
    auto activity = db.prepare(QStringLiteral("SELECT substr(trade_date, 1, 7), count(*), sum(amount) FROM trade "
                                              "WHERE +reverses IS NULL AND trade_date >= ? GROUP BY 1 ORDER BY 1"));
    if (!activity)
        return activity.error();
    activity->bind(1, firstDay);
    QHash<QString, MonthActivity> byMonth;
    while (activity->next())
        byMonth.insert(activity->text(0), {0, 0, activity->int64(1), activity->int64(2)});
    for (QDate month = firstMonth; month <= today; month = month.addMonths(1)) {
        MonthActivity a = byMonth.value(monthKey(month));
        a.year = month.year();
        a.month = month.month();
        s.months.append(a);
    }

    // Circulation at the end of each past month: the balances on its last
    // day (two index seeks per member) less that day's demurrage, which the
    // commons fund receives. The current month ends with today's balances.
    auto schedule = demurrageSchedule(db);
    if (!schedule)
        return schedule.error();
    for (MonthActivity &a : s.months) {
        const QDate lastDay = QDate(a.year, a.month, 1).addMonths(1).addDays(-1);
        std::int64_t positive = 0;
        if (lastDay >= today) {
            for (const AccountBalance &b : *balancesNow)
                positive += std::max<std::int64_t>(0, b.balance);
        } else {
            auto atLastDay = settledBalancesAt(db, lastDay, *schedule);
            if (!atLastDay)
                return atLastDay.error();
            const DemurrageRate rate = schedule->rateOn(lastDay);
            std::int64_t toCommons = 0;
            std::int64_t commonsAtLastDay = 0;
            for (const AccountBalance &b : *atLastDay) {
                if (b.number == kCommonsFund) {
                    commonsAtLastDay = b.balance;
                    continue;
                }
                const std::int64_t charge = dailyCharge(b.balance, rate);
                toCommons += charge;
                positive += std::max<std::int64_t>(0, b.balance - charge);
            }
            positive += std::max<std::int64_t>(0, commonsAtLastDay + toCommons);
        }
        a.circulation = positive;
        a.velocityPermille = positive > 0 ? a.volume * 1000 / positive : 0;
    }
    if (s.months.size() >= 2)
        s.velocityPermille = s.months.at(s.months.size() - 2).velocityPermille;

    s.targetLow = setting(db, QStringLiteral("circulation_target_low"));
    s.targetHigh = setting(db, QStringLiteral("circulation_target_high"));
    for (const DemurrageRate &rate : schedule->rates()) {
        if (rate.effectiveFrom > today) {
            s.scheduledRate = rate;
            break;
        }
    }
    if (!s.scheduledRate && s.targetLow && s.targetHigh && (s.circulation < *s.targetLow || s.circulation > *s.targetHigh)) {
        const std::int64_t current = schedule->rateOn(today).ppmPerDay;
        const std::int64_t middle = (*s.targetLow + *s.targetHigh) / 2;
        if (current > 0 && middle > 0) {
            // Exact: 128-bit product, then clamp and round to 10 ppm.
            __extension__ using Wide = __int128;
            std::int64_t suggested = std::int64_t(Wide(current) * s.circulation / middle);
            suggested = std::clamp(suggested, current / 2, current * 2);
            suggested = std::clamp<std::int64_t>((suggested + 5) / 10 * 10, 0, 1000000);
            // Rounding may land on today's rate: then there is nothing to suggest.
            if (suggested != current)
                s.suggestion = RateSuggestion{current, suggested,
                                          s.circulation > *s.targetHigh
                                              ? tr("Circulation is above the target band: a higher demurrage rate would slow hoarding.")
                                              : tr("Circulation is below the target band: a lower demurrage rate would let balances build up.")};
        }
    }
    return s;
}

Status setCirculationTarget(Database &db, std::optional<std::int64_t> low, std::optional<std::int64_t> high, const QDateTime &now)
{
    if (low.has_value() != high.has_value() || (low && (*low < 0 || *high <= *low)))
        return Error::make(ErrorCode::InvalidArgument, tr("A circulation band needs a low and a high value, the high one larger."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    for (const auto &[key, value] : {std::pair{QStringLiteral("circulation_target_low"), low}, std::pair{QStringLiteral("circulation_target_high"), high}}) {
        auto stmt = value ? db.prepare(QStringLiteral("INSERT OR REPLACE INTO ledger_setting (key, value) VALUES (?, ?)"))
                          : db.prepare(QStringLiteral("DELETE FROM ledger_setting WHERE key = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, key);
        if (value)
            stmt->bind(2, *value);
        if (auto st = stmt->exec(); !st)
            return st;
    }
    const QByteArray body = CanonicalWriter(QStringLiteral("circulation_target"))
                                .add(low ? QString::number(*low) : QStringLiteral("none"))
                                .add(high ? QString::number(*high) : QStringLiteral("none"))
                                .bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("circulation_target"), body, {}); !seq)
        return seq.error();
    return tx.commit();
}

} // namespace ledger
} // namespace mycelium
