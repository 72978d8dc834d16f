// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"
#include "trust/trust.h"
#include "trust/trustsupport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mycelium {

using namespace trust::detail;

QString TrustAlert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ring:
        return QStringLiteral("ring");
    case Kind::NearFloor:
        return QStringLiteral("near_floor");
    case Kind::Reversals:
        return QStringLiteral("reversals");
    }
    return {};
}

std::optional<TrustAlert::Kind> TrustAlert::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Ring, Kind::NearFloor, Kind::Reversals})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

namespace trust {

namespace {

const QString kFlagSelect = QStringLiteral(
    "SELECT f.id, m.number, m.name, r.number, r.name, f.reason, f.raised_on, f.resolved_on, f.resolution "
    "FROM trust_flag f JOIN member m ON m.id = f.member LEFT JOIN member r ON r.id = f.reporter ");

TrustFlag flagFromRow(const Statement &row)
{
    TrustFlag f;
    f.id = row.int64(0);
    f.memberNumber = row.int64(1);
    f.memberName = row.text(2);
    if (!row.isNull(3)) {
        f.reporterNumber = row.int64(3);
        f.reporterName = row.text(4);
    }
    f.reason = row.text(5);
    f.raisedOn = dateOf(row.text(6));
    if (!row.isNull(7))
        f.resolvedOn = dateOf(row.text(7));
    f.resolution = row.text(8);
    return f;
}

const QString kAlertSelect = QStringLiteral(
    "SELECT a.id, a.kind, m.number, m.name, o.number, o.name, a.detail, a.raised_on, a.reviewed_on, a.review "
    "FROM trust_alert a JOIN member m ON m.id = a.member LEFT JOIN member o ON o.id = a.other ");

TrustAlert alertFromRow(const Statement &row)
{
    TrustAlert a;
    a.id = row.int64(0);
    a.kind = TrustAlert::kindFromName(row.text(1)).value_or(TrustAlert::Kind::Ring);
    a.memberNumber = row.int64(2);
    a.memberName = row.text(3);
    if (!row.isNull(4)) {
        a.otherNumber = row.int64(4);
        a.otherName = row.text(5);
    }
    a.detail = row.text(6);
    a.raisedOn = dateOf(row.text(7));
    if (!row.isNull(8))
        a.reviewedOn = dateOf(row.text(8));
    a.review = row.text(9);
    return a;
}

// A member account's member (id and number), from one query for all.
struct AccountOwner {
    std::int64_t memberId = 0;
    std::int64_t number = 0;
    std::int64_t line = 0; // the credit line now
};

Result<QHash<std::int64_t, AccountOwner>> accountOwners(Database &db)
{
    auto all = members::list(db);
    if (!all)
        return all.error();
    auto starter = ledger::starterLine(db);
    if (!starter)
        return starter.error();
    QHash<std::int64_t, AccountOwner> owners;
    owners.reserve(all->size());
    for (const Member &m : *all)
        owners.insert(m.accountId, {m.id, m.number, m.creditLine(*starter)});
    return owners;
}

struct NewAlert {
    TrustAlert::Kind kind;
    std::int64_t memberId = 0;
    std::int64_t memberNumber = 0;
    std::optional<std::int64_t> otherId;
    std::optional<std::int64_t> otherNumber;
    QString subject;
    QString detail;
};

// Inserts the alert unless its subject was raised before; true when added.
Result<bool> addAlert(Database &db, const NewAlert &alert, QDate today, const QDateTime &now)
{
    auto insert = db.prepare(QStringLiteral("INSERT OR IGNORE INTO trust_alert (kind, member, other, subject, detail, raised_on) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, TrustAlert::kindName(alert.kind)).bind(2, alert.memberId);
    if (alert.otherId)
        insert->bind(3, *alert.otherId);
    else
        insert->bindNull(3);
    insert->bind(4, alert.subject).bind(5, alert.detail).bind(6, iso(today));
    if (auto s = insert->exec(); !s)
        return s.error();
    auto changed = db.scalar(QStringLiteral("SELECT changes()"));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return false;
    // The journal names the pattern and the members, not the detail.
    CanonicalWriter body(QStringLiteral("trust_alert"));
    body.add(TrustAlert::kindName(alert.kind)).add(alert.subject).add(alert.memberNumber).add(alert.otherNumber.value_or(0)).add(iso(today));
    if (auto s = journaled(db, now, QStringLiteral("trust_alert"), body); !s)
        return s.error();
    return true;
}

} // namespace

Result<TrustFlag> raiseFlag(Database &db, std::int64_t memberNumber, std::optional<std::int64_t> reporterNumber, const QString &reason,
                            QDate day, const QDateTime &now)
{
    const QString words = reason.trimmed();
    if (words.isEmpty())
        return invalid(tr("A concern about member %1 needs a reason.").arg(memberNumber));
    if (!day.isValid())
        return invalid(tr("A concern needs the day it was raised."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    std::optional<std::int64_t> reporterId;
    if (reporterNumber) {
        auto reporter = members::byNumber(db, *reporterNumber);
        if (!reporter)
            return invalid(tr("The reporter of a concern must be a member: there is no member number %1.").arg(*reporterNumber));
        if (reporter->id == member->id)
            return invalid(tr("Member %1 cannot raise a concern about themselves.").arg(memberNumber));
        reporterId = reporter->id;
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO trust_flag (member, reporter, reason, raised_on) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, member->id);
    if (reporterId)
        insert->bind(2, *reporterId);
    else
        insert->bindNull(2);
    insert->bind(3, words).bind(4, iso(day));
    if (auto s = insert->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    // Concerns are for coordinators' eyes: the exported journal records
    // that one was raised, never its words.
    CanonicalWriter body(QStringLiteral("trust_flag"));
    body.add(*id).add(memberNumber).add(reporterNumber ? QString::number(*reporterNumber) : QStringLiteral("coordinator")).add(iso(day));
    if (auto s = journaled(db, now, QStringLiteral("trust_flag"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    auto stmt = db.prepare(kFlagSelect + QStringLiteral("WHERE f.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, *id);
    auto row = stmt->firstRow(flagFromRow);
    if (!row)
        return row.error();
    return row->value();
}

Status resolveFlag(Database &db, std::int64_t flagId, const QString &resolution, QDate day, const QDateTime &now)
{
    const QString words = resolution.trimmed();
    if (words.isEmpty())
        return invalid(tr("Resolving concern %1 needs a resolution.").arg(flagId));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto stmt = db.prepare(QStringLiteral("SELECT resolved_on, raised_on FROM trust_flag WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, flagId);
    if (!stmt->next())
        return stmt->error().value_or(invalid(tr("There is no concern number %1.").arg(flagId)));
    const bool resolved = !stmt->isNull(0);
    const QDate raised = dateOf(stmt->text(1));
    (void)stmt->reset();
    if (resolved)
        return invalid(tr("Concern %1 is already resolved.").arg(flagId));
    if (!day.isValid() || day < raised)
        return invalid(tr("Concern %1 cannot be resolved before the day it was raised (%2).").arg(flagId).arg(iso(raised)));
    auto update = db.prepare(QStringLiteral("UPDATE trust_flag SET resolved_on = ?, resolution = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, iso(day)).bind(2, words).bind(3, flagId).exec(); !s)
        return s;
    CanonicalWriter body(QStringLiteral("trust_flag_resolved"));
    body.add(flagId).add(iso(day));
    if (auto s = journaled(db, now, QStringLiteral("trust_flag_resolved"), body); !s)
        return s;
    return tx.commit();
}

Result<QList<TrustFlag>> flags(Database &db, bool openOnly, std::int64_t memberNumber)
{
    QString sql = kFlagSelect + QStringLiteral("WHERE (?1 = 0 OR f.resolved_on IS NULL) AND (?2 < 0 OR m.number = ?2) ORDER BY f.id");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, openOnly ? 1 : 0).bind(2, memberNumber);
    return stmt->rows(flagFromRow);
}

Result<int> scanAlerts(Database &db, QDate today, const QDateTime &now)
{
    if (!today.isValid())
        return invalid(tr("A scan for patterns needs the day."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto owners = accountOwners(db);
    if (!owners)
        return owners.error();
    int added = 0;
    auto add = [&](const NewAlert &alert) -> Status {
        auto done = addAlert(db, alert, today, now);
        if (!done)
            return done.error();
        added += *done ? 1 : 0;
        return {};
    };

    // Rings: in the window, trades neither reversed nor reversals, between
    // two members who each paid the other at least three times and whose
    // trades together are at least half of each one's. A pair with a ring
    // alert raised within the window is that episode still: not raised
    // again until a whole window later.
    {
        const QDate from = today.addDays(-(kRingDays - 1));
        auto stmt = db.prepare(QStringLiteral(
            "WITH w AS (SELECT t.id, t.payer, t.payee FROM trade t WHERE t.trade_date BETWEEN ?1 AND ?2 AND %1), "
            " d AS (SELECT payer, payee, count(*) AS n, min(id) AS first FROM w GROUP BY payer, payee), "
            " n AS (SELECT account, count(*) AS n FROM (SELECT payer AS account FROM w UNION ALL SELECT payee FROM w) GROUP BY account) "
            "SELECT x.payer, x.payee, x.n, y.n, min(x.first, y.first), nx.n, ny.n "
            "FROM d x JOIN d y ON y.payer = x.payee AND y.payee = x.payer "
            " JOIN n nx ON nx.account = x.payer JOIN n ny ON ny.account = x.payee "
            "WHERE x.payer < x.payee AND x.payer <> ?3 AND x.payee <> ?3 AND x.n >= ?4 AND y.n >= ?4 "
            " AND 2 * (x.n + y.n) >= nx.n AND 2 * (x.n + y.n) >= ny.n")
                                   .arg(notReversedBy(QStringLiteral("t"), QStringLiteral("?2"))));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, iso(from)).bind(2, iso(today)).bind(3, kFundAccount).bind(4, kRingPaymentsEachWay);
        struct Ring {
            std::int64_t a, b, ab, ba, first, na, nb;
        };
        auto rings = stmt->rows([](const Statement &r) {
            return Ring{r.int64(0), r.int64(1), r.int64(2), r.int64(3), r.int64(4), r.int64(5), r.int64(6)};
        });
        if (!rings)
            return rings.error();
        auto recent = db.prepare(QStringLiteral("SELECT count(*) FROM trust_alert WHERE kind = 'ring' AND member = ? AND other = ? "
                                                "AND raised_on >= ?"));
        if (!recent)
            return recent.error();
        for (const Ring &ring : *rings) {
            const AccountOwner a = owners->value(ring.a);
            const AccountOwner b = owners->value(ring.b);
            if (a.memberId == 0 || b.memberId == 0)
                continue;
            const AccountOwner &low = a.number < b.number ? a : b;
            const AccountOwner &high = a.number < b.number ? b : a;
            recent->bind(1, low.memberId).bind(2, high.memberId).bind(3, iso(from));
            const bool seen = recent->next() && recent->int64(0) > 0;
            (void)recent->reset();
            if (seen)
                continue;
            NewAlert alert{TrustAlert::Kind::Ring, low.memberId, low.number, high.memberId, high.number,
                           QStringLiteral("%1-%2:%3").arg(low.number).arg(high.number).arg(ring.first),
                           tr("In the %1 days to %2, member %3 paid member %4 %5 times and was paid by them %6 times: %7 of %3's %8 "
                              "trades and of %4's %9.")
                               .arg(kRingDays)
                               .arg(iso(today))
                               .arg(a.number)
                               .arg(b.number)
                               .arg(ring.ab)
                               .arg(ring.ba)
                               .arg(ring.ab + ring.ba)
                               .arg(ring.na)
                               .arg(ring.nb)};
            if (auto s = add(alert); !s)
                return s.error();
        }
    }

    // Near the floor: one trade of at least a quarter of the payer's line
    // that took them from above half the line to within a tenth of the
    // floor. The payer's balance after the trade is on their posting.
    {
        auto stmt = db.prepare(QStringLiteral(
            "SELECT t.id, t.payer, t.amount, p.balance_after, t.trade_date FROM trade t "
            "JOIN posting p ON p.journal_seq = t.journal_seq AND p.account = t.payer "
            "WHERE t.trade_date BETWEEN ? AND ? AND t.reverses IS NULL AND t.payer <> ? AND p.balance_after < 0 ORDER BY t.id"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, iso(today.addDays(-(kNearFloorScanDays - 1)))).bind(2, iso(today)).bind(3, kFundAccount);
        while (stmt->next()) {
            const AccountOwner payer = owners->value(stmt->int64(1));
            const std::int64_t amount = stmt->int64(2);
            const std::int64_t after = stmt->int64(3);
            const std::int64_t before = after + amount;
            const std::int64_t line = payer.line;
            if (payer.memberId == 0 || line <= 0)
                continue;
            if (4 * amount < line || 2 * before <= -line || 10 * after > -9 * line)
                continue;
            NewAlert alert{TrustAlert::Kind::NearFloor, payer.memberId, payer.number, std::nullopt, std::nullopt,
                           QString::number(stmt->int64(0)),
                           tr("Trade %1 on %2: member %3 paid %4 credits and went from %5 to %6 credits, with a credit line of %7.")
                               .arg(stmt->int64(0))
                               .arg(stmt->text(4))
                               .arg(payer.number)
                               .arg(commons::detail::credits(amount), commons::detail::credits(before),
                                    commons::detail::credits(after), commons::detail::credits(line))};
            if (auto s = add(alert); !s)
                return s.error();
        }
        if (stmt->error())
            return *stmt->error();
    }

    // Reversals: three reversals of a member's trades within 30 days. An
    // episode ends at its third reversal; the next one counts only later
    // reversals, so a reviewed episode is not raised again.
    {
        auto stmt = db.prepare(QStringLiteral("SELECT id, trade_date, payer, payee FROM trade WHERE reverses IS NOT NULL "
                                              "AND trade_date BETWEEN ? AND ? ORDER BY trade_date, id"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, iso(today.addDays(-(kRingDays - 1)))).bind(2, iso(today));
        struct Reversal {
            std::int64_t id;
            QDate day;
        };
        QHash<std::int64_t, QList<Reversal>> byAccount;
        while (stmt->next()) {
            const Reversal r{stmt->int64(0), dateOf(stmt->text(1))};
            for (int column : {2, 3})
                if (stmt->int64(column) != kFundAccount)
                    byAccount[stmt->int64(column)].append(r);
        }
        if (stmt->error())
            return *stmt->error();
        auto last = db.prepare(QStringLiteral("SELECT subject FROM trust_alert WHERE kind = 'reversals' AND member = ?"));
        if (!last)
            return last.error();
        for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
            if (it->size() < kReversalsCount)
                continue;
            const AccountOwner owner = owners->value(it.key());
            if (owner.memberId == 0)
                continue;
            // Where the last raised episode ended (subject "member:reversal id").
            last->bind(1, owner.memberId);
            std::int64_t endedAt = 0;
            while (last->next())
                endedAt = std::max<std::int64_t>(endedAt, last->text(0).section(QLatin1Char(':'), 1).toLongLong());
            (void)last->reset();
            QList<Reversal> run;
            for (const Reversal &r : *it) {
                if (r.id <= endedAt)
                    continue;
                run.append(r);
                while (run.first().day.daysTo(r.day) >= kReversalsDays)
                    run.removeFirst();
                if (run.size() < kReversalsCount)
                    continue;
                NewAlert alert{TrustAlert::Kind::Reversals, owner.memberId, owner.number, std::nullopt, std::nullopt,
                               QStringLiteral("%1:%2").arg(owner.number).arg(r.id),
                               tr("Member %1 was party to %2 reversed trades from %3 to %4 (the last reversal is trade %5).")
                                   .arg(owner.number)
                                   .arg(run.size())
                                   .arg(iso(run.first().day), iso(r.day))
                                   .arg(r.id)};
                if (auto s = add(alert); !s)
                    return s.error();
                run.clear();
            }
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<QList<TrustAlert>> alerts(Database &db, bool openOnly)
{
    auto stmt = db.prepare(kAlertSelect + QStringLiteral("WHERE (? = 0 OR a.reviewed_on IS NULL) ORDER BY a.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, openOnly ? 1 : 0);
    return stmt->rows(alertFromRow);
}

Status reviewAlert(Database &db, std::int64_t alertId, const QString &review, QDate day, const QDateTime &now)
{
    const QString words = review.trimmed();
    if (words.isEmpty())
        return invalid(tr("Reviewing alert %1 needs a text saying what was found.").arg(alertId));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto stmt = db.prepare(QStringLiteral("SELECT reviewed_on, raised_on FROM trust_alert WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, alertId);
    if (!stmt->next())
        return stmt->error().value_or(invalid(tr("There is no alert number %1.").arg(alertId)));
    const bool reviewed = !stmt->isNull(0);
    const QDate raised = dateOf(stmt->text(1));
    (void)stmt->reset();
    if (reviewed)
        return invalid(tr("Alert %1 is already reviewed.").arg(alertId));
    if (!day.isValid() || day < raised)
        return invalid(tr("Alert %1 cannot be reviewed before the day it was raised (%2).").arg(alertId).arg(iso(raised)));
    auto update = db.prepare(QStringLiteral("UPDATE trust_alert SET reviewed_on = ?, review = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, iso(day)).bind(2, words).bind(3, alertId).exec(); !s)
        return s;
    CanonicalWriter body(QStringLiteral("trust_alert_reviewed"));
    body.add(alertId).add(iso(day));
    if (auto s = journaled(db, now, QStringLiteral("trust_alert_reviewed"), body); !s)
        return s;
    return tx.commit();
}

} // namespace trust
} // namespace mycelium
