// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/trust.h"
#include "trust/trustsupport.h"

#include <QHash>

namespace mycelium {

using namespace trust::detail;

namespace trust {

Result<DepthMetrics> depthMetrics(Database &db, QDate today, int months)
{
    if (!today.isValid())
        return invalid(tr("Depth metrics need the day."));
    if (months < 1 || months > 120)
        return invalid(tr("Depth metrics cover 1 to 120 months, not %1.").arg(months));
    DepthMetrics d;
    d.to = today;
    d.from = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    const QString from = iso(d.from);
    const QString to = iso(d.to);
    const QString window = QStringLiteral("w AS (SELECT t.payer, t.payee, t.amount FROM trade t WHERE t.trade_date BETWEEN ?1 AND ?2 AND %1)")
                               .arg(notReversedBy(QStringLiteral("t"), QStringLiteral("?2")));

    // Each trading member's reciprocity, 1000 × min(paid, received) / max,
    // rounded down, and their mean rounded down.
    auto stmt = db.prepare(QStringLiteral("WITH %1, "
                                          " g AS (SELECT payer AS account, amount AS paid, 0 AS got FROM w WHERE payer <> ?3 "
                                          "  UNION ALL SELECT payee, 0, amount FROM w WHERE payee <> ?3), "
                                          " m AS (SELECT account, sum(paid) AS paid, sum(got) AS got FROM g GROUP BY account) "
                                          "SELECT count(*), coalesce(sum(1000 * min(paid, got) / max(paid, got)), 0) FROM m")
                               .arg(window));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from).bind(2, to).bind(3, kFundAccount);
    if (stmt->next()) {
        d.tradingMembers = stmt->integer(0);
        if (d.tradingMembers > 0)
            d.reciprocityPermille = int(stmt->int64(1) / d.tradingMembers);
    } else if (stmt->error()) {
        return *stmt->error();
    }
    (void)stmt->reset();

    auto pairs = db.prepare(QStringLiteral("WITH %1 SELECT count(*) FROM (SELECT DISTINCT min(payer, payee), max(payer, payee) FROM w "
                                           "WHERE payer <> ?3 AND payee <> ?3)")
                                .arg(window));
    if (!pairs)
        return pairs.error();
    pairs->bind(1, from).bind(2, to).bind(3, kFundAccount);
    if (pairs->next())
        d.distinctPairs = pairs->integer(0);
    else if (pairs->error())
        return *pairs->error();
    (void)pairs->reset();
    if (d.tradingMembers > 0)
        d.pairsPerMemberPermille = int(std::int64_t(1000) * d.distinctPairs / d.tradingMembers);

    auto concerns = db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(resolved_on IS NOT NULL AND resolved_on <= ?2), 0) "
                                              "FROM trust_flag WHERE raised_on BETWEEN ?1 AND ?2"));
    if (!concerns)
        return concerns.error();
    concerns->bind(1, from).bind(2, to);
    if (concerns->next()) {
        d.concernsRaised = concerns->integer(0);
        d.concernsResolved = concerns->integer(1);
    } else if (concerns->error()) {
        return *concerns->error();
    }
    (void)concerns->reset();
    if (d.concernsRaised > 0)
        d.resolutionPermille = int(std::int64_t(1000) * d.concernsResolved / d.concernsRaised);

    auto notes = db.prepare(QStringLiteral("SELECT substr(written_on, 1, 7), count(*) FROM skill_feedback "
                                           "WHERE written_on BETWEEN ? AND ? AND length(trim(thanks)) > 0 GROUP BY 1"));
    if (!notes)
        return notes.error();
    notes->bind(1, from).bind(2, to);
    QHash<QString, int> perMonth;
    while (notes->next())
        perMonth.insert(notes->text(0), notes->integer(1));
    if (notes->error())
        return *notes->error();
    for (QDate month = d.from; month <= today; month = month.addMonths(1))
        d.gratitude.append({month, perMonth.value(month.toString(QStringLiteral("yyyy-MM")))});
    return d;
}

} // namespace trust
} // namespace mycelium
