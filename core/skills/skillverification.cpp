// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A member's skills confirmed by the coordinator or vouched for by members.
#include "skills/skills.h"
#include "skills/skillsupport.h"

#include "members/members.h"
#include "storage/database.h"

#include <QHash>

#include <algorithm>

namespace mycelium::skills {

using detail::dateOf;
using detail::invalid;
using detail::iso;
using detail::journaled;
using detail::tr;

namespace {

// Every confirmation of the member's skills, grouped by tag.
Result<QList<SkillVerification>> confirmations(Database &db, std::int64_t memberId, std::int64_t memberNumber, std::optional<std::int64_t> tagId)
{
    QString sql = QStringLiteral("SELECT t.id, t.name, v.vouched_by IS NULL, coalesce(m.number, 0), coalesce(m.name, ''), v.vouched_on "
                                 "FROM skill_verification v JOIN skill_tag t ON t.id = v.tag LEFT JOIN member m ON m.id = v.vouched_by "
                                 "WHERE v.member = ? ");
    if (tagId)
        sql += QStringLiteral("AND v.tag = ? ");
    sql += QStringLiteral("ORDER BY t.name, v.vouched_on, v.id");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, memberId);
    if (tagId)
        stmt->bind(2, *tagId);
    QList<SkillVerification> result;
    QHash<std::int64_t, qsizetype> at;
    while (stmt->next()) {
        const std::int64_t tag = stmt->int64(0);
        if (!at.contains(tag)) {
            at.insert(tag, result.size());
            SkillVerification v;
            v.memberNumber = memberNumber;
            v.tag = stmt->text(1);
            result.append(v);
        }
        SkillVerification &v = result[at.value(tag)];
        const QDate on = dateOf(stmt->text(5));
        if (stmt->integer(2) != 0) {
            v.byCoordinator = true;
            if (!v.verifiedOn.isValid() || on < v.verifiedOn)
                v.verifiedOn = on;
        } else {
            v.vouchers.append(stmt->int64(3));
            v.voucherNames.append(stmt->text(4));
            if (v.vouchers.size() == kVouchesToVerify && (!v.verifiedOn.isValid() || on < v.verifiedOn))
                v.verifiedOn = on;
        }
    }
    if (stmt->error())
        return *stmt->error();
    std::stable_sort(result.begin(), result.end(), [](const SkillVerification &a, const SkillVerification &b) { return a.isVerified() > b.isVerified(); });
    return result;
}

} // namespace

Result<SkillVerification> verify(Database &db, std::int64_t memberNumber, const QString &tag, std::optional<std::int64_t> byMember, QDate day,
                                 const QDateTime &now)
{
    if (!day.isValid())
        return invalid(tr("A confirmation needs the day."));
    if (detail::normalTag(tag).isEmpty())
        return invalid(tr("Name the skill to confirm."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    std::optional<Member> voucher;
    if (byMember) {
        if (*byMember == memberNumber)
            return invalid(tr("%1 cannot vouch for their own skill.").arg(member->name));
        auto v = members::byNumber(db, *byMember);
        if (!v)
            return v.error();
        if (!v->mayTrade())
            return invalid(v->whyNotTrading());
        voucher = *v;
    }
    auto tagId = detail::ensureTag(db, tag, day);
    if (!tagId)
        return tagId.error();
    auto twice = db.prepare(QStringLiteral("SELECT 1 FROM skill_verification WHERE member = ? AND tag = ? AND coalesce(vouched_by, 0) = ?"));
    if (!twice)
        return twice.error();
    twice->bind(1, member->id).bind(2, *tagId).bind(3, voucher ? voucher->id : std::int64_t(0));
    const bool done = twice->next();
    (void)twice->reset();
    if (done) {
        if (voucher)
            return invalid(tr("%1 has already vouched for %2's %3.").arg(voucher->name, member->name, detail::normalTag(tag)));
        return invalid(tr("The coordinator has already confirmed %1's %2.").arg(member->name, detail::normalTag(tag)));
    }
    auto ins = db.prepare(QStringLiteral("INSERT INTO skill_verification (member, tag, vouched_by, vouched_on) VALUES (?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, member->id).bind(2, *tagId);
    if (voucher)
        ins->bind(3, voucher->id);
    else
        ins->bindNull(3);
    ins->bind(4, iso(day));
    if (auto s = ins->exec(); !s)
        return s.error();
    auto list = confirmations(db, member->id, memberNumber, *tagId);
    if (!list)
        return list.error();
    const SkillVerification result = list->value(0);
    CanonicalWriter body(QStringLiteral("skill_verification"));
    body.add(memberNumber).add(result.tag).add(voucher ? voucher->number : std::int64_t(-1)).add(iso(day)).add(std::int64_t(result.isVerified() ? 1 : 0));
    if (auto s = journaled(db, now, QStringLiteral("skill_verification"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QList<SkillVerification>> verifications(Database &db, std::int64_t memberNumber)
{
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    return confirmations(db, member->id, memberNumber, std::nullopt);
}

} // namespace mycelium::skills
