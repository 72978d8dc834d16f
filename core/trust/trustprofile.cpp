// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/trust.h"
#include "trust/trustsupport.h"

#include <QStringList>

#include <algorithm>

namespace mycelium {

using namespace trust::detail;

namespace trust {

namespace {

// Whole months from `from` to `to` (0 when `to` is earlier).
int wholeMonths(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

// One statement, one row of integers; `binds` gets the statement.
template <typename Bind>
Result<QList<std::int64_t>> integers(Database &db, const QString &sql, int columns, Bind binds)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    binds(*stmt);
    QList<std::int64_t> values(columns, 0);
    if (stmt->next()) {
        for (int i = 0; i < columns; ++i)
            values[i] = stmt->isNull(i) ? 0 : stmt->int64(i);
    } else if (stmt->error()) {
        return *stmt->error();
    }
    (void)stmt->reset();
    return values;
}

// The first days of the 12 months ending with the day's, as SQL literals:
// settlement lines are keyed by (month, member), so naming the months finds
// a member's lines with 12 key lookups instead of a scan.
QString lastTwelveMonths(QDate today)
{
    QStringList months;
    const QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < 12; ++i)
        months.append(QLatin1Char('\'') + iso(first.addMonths(-i)) + QLatin1Char('\''));
    return months.join(QLatin1Char(','));
}

} // namespace

void computeScore(TrustProfile &p)
{
    p.successful = std::int64_t(p.sessionsOnTime) + p.loansOnTime + (p.trades - p.tradesReversed);
    p.total = std::int64_t(p.sessionsDelivered) + p.sessionsCancelledByThem + p.loansReturned + p.trades;
    p.successPermille = p.total > 0 ? int(1000 * p.successful / p.total) : -1;
    p.ecologicalPermille = 10 * std::clamp(p.ecologicalMultiplier, kMinimumEcologicalMultiplier, kMaximumEcologicalMultiplier);
    p.longevityPermille = 1000 + 500 * std::min(p.monthsMember, kLongevityMonths) / kLongevityMonths;
    p.vouchingPermille = 1000 + 100 * std::min(p.vouchers, kVouchersCounted);
    if (p.successPermille < 0) {
        p.scorePermille.reset();
        return;
    }
    // At most 1000 × 1500³ = 3.4 × 10¹²: inside 64 bits.
    p.scorePermille = int(std::int64_t(p.successPermille) * p.ecologicalPermille * p.longevityPermille * p.vouchingPermille / 1'000'000'000);
}

Result<TrustProfile> profile(Database &db, std::int64_t memberNumber, QDate today)
{
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    TrustProfile p;
    p.memberNumber = member->number;
    p.name = member->name;
    p.asOf = today;
    p.joinedOn = member->joinedOn;
    p.monthsMember = wholeMonths(member->joinedOn, today);
    p.ecologicalMultiplier = member->capacity.ecological;
    p.sanction = member->sanction;
    const QString day = iso(today);
    const std::int64_t id = member->id;
    const std::int64_t account = member->accountId;

    // Trades through the member's postings (the covering index), reversals
    // left out; a reversed trade counts as a trade that did not succeed.
    // CROSS JOIN keeps that order: by the trade's date SQLite would walk
    // every trade of the community.
    auto trades = integers(db,
                           QStringLiteral("SELECT count(*), "
                                          " sum(EXISTS (SELECT 1 FROM trade r WHERE r.reverses = t.id AND r.trade_date <= ?1)), "
                                          " sum(CASE WHEN t.payer = ?2 AND NOT EXISTS (SELECT 1 FROM trade r WHERE r.reverses = t.id "
                                          "  AND r.trade_date <= ?1) THEN t.amount ELSE 0 END), "
                                          " sum(CASE WHEN t.payee = ?2 AND NOT EXISTS (SELECT 1 FROM trade r WHERE r.reverses = t.id "
                                          "  AND r.trade_date <= ?1) THEN t.amount ELSE 0 END) "
                                          "FROM posting p CROSS JOIN trade t ON t.journal_seq = p.journal_seq "
                                          "WHERE p.account = ?2 AND t.reverses IS NULL AND t.trade_date <= ?1"),
                           4, [&](Statement &s) { s.bind(1, day).bind(2, account); });
    if (!trades)
        return trades.error();
    p.trades = int((*trades)[0]);
    p.tradesReversed = int((*trades)[1]);
    p.creditsGiven = (*trades)[2];
    p.creditsReceived = (*trades)[3];
    p.creditsEarned = p.creditsReceived;
    if (p.creditsGiven > 0 || p.creditsReceived > 0)
        p.reciprocityPermille = int(1000 * std::min(p.creditsGiven, p.creditsReceived) / std::max(p.creditsGiven, p.creditsReceived));

    // Sessions: delivered (completed as provider), on time (completed on or
    // before the planned day), received, and cancelled by the member.
    auto sessions = integers(db,
                             QStringLiteral("SELECT "
                                            " (SELECT count(*) FROM skill_session s WHERE s.provider = ?1 AND s.state = 'completed' "
                                            "   AND s.completed_on <= ?2), "
                                            " (SELECT count(*) FROM skill_session s WHERE s.provider = ?1 AND s.state = 'completed' "
                                            "   AND s.completed_on <= ?2 AND s.completed_on <= s.planned_on), "
                                            " (SELECT sum(minutes) FROM skill_session s WHERE s.provider = ?1 AND s.state = 'completed' "
                                            "   AND s.completed_on <= ?2), "
                                            " (SELECT sum(minutes) FROM skill_session s WHERE s.receiver = ?1 AND s.state = 'completed' "
                                            "   AND s.completed_on <= ?2), "
                                            " (SELECT count(*) FROM skill_session s WHERE s.provider = ?1 AND s.state = 'cancelled' "
                                            "   AND s.cancelled_by = 'provider' AND s.created_on <= ?2) "
                                            " + (SELECT count(*) FROM skill_session s WHERE s.receiver = ?1 AND s.state = 'cancelled' "
                                            "   AND s.cancelled_by = 'receiver' AND s.created_on <= ?2)"),
                             5, [&](Statement &s) { s.bind(1, id).bind(2, day); });
    if (!sessions)
        return sessions.error();
    p.sessionsDelivered = int((*sessions)[0]);
    p.sessionsGiven = p.sessionsDelivered;
    p.sessionsOnTime = int((*sessions)[1]);
    p.minutesGiven = (*sessions)[2];
    p.minutesReceived = (*sessions)[3];
    p.sessionsCancelledByThem = int((*sessions)[4]);

    // Tools, the commons, vouching, flags.
    auto others = integers(
        db,
        QStringLiteral(
            "SELECT "
            " (SELECT count(*) FROM tool_loan l WHERE l.member = ?1 AND l.returned_on IS NOT NULL AND l.returned_on <= ?2), "
            " (SELECT count(*) FROM tool_loan l WHERE l.member = ?1 AND l.returned_on IS NOT NULL AND l.returned_on <= ?2 "
            "   AND l.returned_on <= l.due_on), "
            " (SELECT count(*) FROM tool_item i JOIN tool_loan l ON l.item = i.id WHERE i.owner = ?1 AND l.out_on <= ?2), "
            " (SELECT count(*) FROM commons_regeneration g WHERE g.member = ?1 AND g.day <= ?2), "
            " (SELECT count(DISTINCT v.vouched_by) FROM skill_verification v WHERE v.member = ?1 AND v.vouched_by IS NOT NULL "
            "   AND v.vouched_on <= ?2), "
            " (SELECT count(*) FROM skill_verification v WHERE v.vouched_by = ?1 AND v.vouched_on <= ?2), "
            " (SELECT count(DISTINCT v.tag) FROM skill_verification v WHERE v.member = ?1 AND v.vouched_on <= ?2 AND "
            "   (v.vouched_by IS NULL OR (SELECT count(*) FROM skill_verification w WHERE w.member = v.member AND w.tag = v.tag "
            "    AND w.vouched_by IS NOT NULL AND w.vouched_on <= ?2) >= 2)), "
            " (SELECT count(*) FROM trust_flag f WHERE f.member = ?1 AND f.resolved_on IS NULL), "
            " (SELECT count(*) FROM eco_settlement_line e WHERE e.member = ?1 AND e.month IN (%1) AND e.month <= ?2), "
            " (SELECT sum(net) FROM eco_settlement_line e WHERE e.member = ?1 AND e.month IN (%1) AND e.month <= ?2)")
            .arg(lastTwelveMonths(today)),
        10, [&](Statement &s) { s.bind(1, id).bind(2, day); });
    if (!others)
        return others.error();
    p.loansReturned = int((*others)[0]);
    p.loansOnTime = int((*others)[1]);
    p.ownToolLoans = int((*others)[2]);
    p.regenerations = int((*others)[3]);
    p.vouchers = int((*others)[4]);
    p.vouchesGiven = int((*others)[5]);
    p.verifiedSkills = int((*others)[6]);
    p.openFlags = int((*others)[7]);
    if ((*others)[8] > 0)
        p.ecologicalNetLast12Months = (*others)[9];

    computeScore(p);
    return p;
}

} // namespace trust
} // namespace mycelium
