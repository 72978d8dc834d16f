// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/trust.h"
#include "trust/trustsupport.h"
#include "vault/integrity.h"

namespace mycelium {

using namespace trust::detail;

namespace trust {

namespace {

const QString kStepSelect = QStringLiteral(
    "SELECT s.id, m.number, m.name, s.level, s.reason, s.applied_by, s.applied_on, s.review_on, s.journal_seq, "
    " coalesce((SELECT p.level FROM member_sanction p WHERE p.member = s.member AND p.id < s.id ORDER BY p.id DESC LIMIT 1), 'none') "
    "FROM member_sanction s JOIN member m ON m.id = s.member ");

SanctionStep stepFromRow(const Statement &row)
{
    SanctionStep s;
    s.id = row.int64(0);
    s.memberNumber = row.int64(1);
    s.memberName = row.text(2);
    s.level = Member::sanctionFromName(row.text(3)).value_or(Member::Sanction::None);
    s.reason = row.text(4);
    s.appliedBy = row.text(5);
    s.appliedOn = dateOf(row.text(6));
    if (!row.isNull(7))
        s.reviewOn = dateOf(row.text(7));
    s.journalSeq = row.int64(8);
    s.previous = Member::sanctionFromName(row.text(9)).value_or(Member::Sanction::None);
    return s;
}

Result<SanctionStep> stepById(Database &db, std::int64_t id)
{
    auto stmt = db.prepare(kStepSelect + QStringLiteral("WHERE s.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->firstRow(stepFromRow);
    if (!row)
        return row.error();
    if (!*row)
        return invalid(tr("There is no sanction step number %1.").arg(id));
    return **row;
}

const QString kRedemptionBy = QStringLiteral("redemption");

} // namespace

Result<SanctionStep> applySanction(Database &db, std::int64_t memberNumber, Member::Sanction level, const QString &reason, QDate reviewOn,
                                   const QString &appliedBy, QDate day, const QDateTime &now)
{
    const QString words = reason.trimmed();
    if (words.isEmpty())
        return invalid(tr("A sanction step for member %1 needs a reason.").arg(memberNumber));
    if (!day.isValid())
        return invalid(tr("A sanction step needs the day it is applied."));
    if (level != Member::Sanction::None && (!reviewOn.isValid() || reviewOn <= day))
        return invalid(tr("A %1 sanction for member %2 needs a review date after %3.")
                           .arg(Member::sanctionName(level), QString::number(memberNumber), iso(day)));
    if (level == Member::Sanction::None)
        reviewOn = {};
    const QString by = appliedBy.trimmed().isEmpty() ? tr("coordinator") : appliedBy.trimmed();
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    if (member->sanction == level)
        return invalid(tr("Member %1 is already at sanction level \"%2\".").arg(memberNumber).arg(Member::sanctionName(level)));
    auto next = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM member_sanction"));
    if (!next)
        return next.error();
    // Every step is in the (exported) journal: a sanction is a decision of
    // the community, recorded with its reason like a change of status.
    CanonicalWriter body(QStringLiteral("sanction"));
    body.add(*next)
        .add(memberNumber)
        .add(Member::sanctionName(member->sanction))
        .add(Member::sanctionName(level))
        .add(words)
        .add(by)
        .add(iso(day))
        .add(reviewOn.isValid() ? iso(reviewOn) : QString());
    auto seq = journal::append(db, now, QStringLiteral("sanction"), body.bytes(), {});
    if (!seq)
        return seq.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO member_sanction (id, member, level, reason, applied_by, applied_on, review_on, "
                                            "journal_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, *next).bind(2, member->id).bind(3, Member::sanctionName(level)).bind(4, words).bind(5, by).bind(6, iso(day));
    if (reviewOn.isValid())
        insert->bind(7, iso(reviewOn));
    else
        insert->bindNull(7);
    insert->bind(8, *seq);
    if (auto s = insert->exec(); !s)
        return s.error();
    auto update = db.prepare(QStringLiteral("UPDATE member SET sanction = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, Member::sanctionName(level)).bind(2, member->id).exec(); !s)
        return s.error();
    auto step = stepById(db, *next);
    if (!step)
        return step.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return step;
}

Result<QList<SanctionStep>> sanctionHistory(Database &db, std::int64_t memberNumber)
{
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    auto stmt = db.prepare(kStepSelect + QStringLiteral("WHERE s.member = ? ORDER BY s.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, member->id);
    return stmt->rows(stepFromRow);
}

Result<int> contributionsSince(Database &db, std::int64_t memberNumber, QDate since)
{
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    auto stmt = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM skill_session s WHERE s.provider = ?1 AND s.state = 'completed' AND s.completed_on >= ?2) "
        " + (SELECT count(*) FROM tool_item i JOIN tool_loan l ON l.item = i.id WHERE i.owner = ?1 AND l.out_on >= ?2) "
        " + (SELECT count(*) FROM commons_regeneration g WHERE g.member = ?1 AND g.day >= ?2) "
        " + (SELECT count(*) FROM tool_loan l WHERE l.member = ?1 AND l.returned_on >= ?2 AND l.returned_on <= l.due_on)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, member->id).bind(2, iso(since));
    auto row = stmt->firstRow([](const Statement &r) { return r.integer(0); });
    if (!row)
        return row.error();
    return row->value_or(0);
}

Result<QList<SanctionUnderReview>> sanctionsUnderReview(Database &db, QDate today)
{
    auto stmt = db.prepare(kStepSelect + QStringLiteral("WHERE m.sanction <> 'none' AND s.id = (SELECT max(l.id) FROM member_sanction l "
                                                        "WHERE l.member = s.member) ORDER BY s.review_on, m.number"));
    if (!stmt)
        return stmt.error();
    auto steps = stmt->rows(stepFromRow);
    if (!steps)
        return steps.error();
    QList<SanctionUnderReview> queue;
    for (const SanctionStep &step : *steps) {
        SanctionUnderReview r;
        r.current = step;
        // Contributions count from the day after the step: what was done
        // before the decision does not redeem it.
        auto since = contributionsSince(db, step.memberNumber, step.appliedOn.addDays(1));
        if (!since)
            return since.error();
        r.contributionsSince = *since;
        r.redemptionEarned = (step.level == Member::Sanction::Warning || step.level == Member::Sanction::Reduced)
                             && step.reviewOn.isValid() && today >= step.reviewOn && *since >= kRedemptionContributions;
        queue.append(r);
    }
    return queue;
}

Result<QList<SanctionStep>> redeem(Database &db, QDate today, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto queue = sanctionsUnderReview(db, today);
    if (!queue)
        return queue.error();
    QList<SanctionStep> steps;
    for (const SanctionUnderReview &r : *queue) {
        if (!r.redemptionEarned)
            continue;
        const bool toWarning = r.current.level == Member::Sanction::Reduced;
        const QString reason = tr("Redemption: %1 contributions since %2").arg(r.contributionsSince).arg(iso(r.current.appliedOn));
        auto step = applySanction(db, r.current.memberNumber, toWarning ? Member::Sanction::Warning : Member::Sanction::None, reason,
                                  toWarning ? today.addDays(kRedemptionReviewDays) : QDate(), kRedemptionBy, today, now);
        if (!step)
            return step.error();
        steps.append(*step);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return steps;
}

QList<IntegrityProblem> checkSanctions(Database &db)
{
    QList<IntegrityProblem> problems;
    const QString check = QStringLiteral("trust.sanctions");
    auto stmt = db.prepare(QStringLiteral(
        "SELECT number, sanction, latest FROM (SELECT m.number, m.sanction, "
        " coalesce((SELECT s.level FROM member_sanction s WHERE s.member = m.id ORDER BY s.id DESC LIMIT 1), 'none') AS latest "
        " FROM member m) WHERE sanction <> latest ORDER BY number"));
    if (!stmt) {
        problems.append({check, stmt.error().message});
        return problems;
    }
    while (stmt->next())
        problems.append({check, tr("Member %1 is at sanction level \"%2\" but their latest sanction step says \"%3\".")
                                    .arg(stmt->int64(0))
                                    .arg(stmt->text(1), stmt->text(2))});
    if (stmt->error())
        problems.append({check, stmt->error()->message});
    return problems;
}

} // namespace trust
} // namespace mycelium
