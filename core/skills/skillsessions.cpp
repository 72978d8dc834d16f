// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions: agreed, completed (one trade), cancelled; feedback and the
// gratitude wall.
#include "skills/skills.h"
#include "skills/skillsupport.h"

#include "ledger/ledger.h"
#include "members/members.h"
#include "storage/database.h"
#include "vault/integrity.h"

namespace mycelium {

using skills::detail::dateOf;
using skills::detail::invalid;
using skills::detail::iso;
using skills::detail::journaled;
using skills::detail::tr;

std::int64_t SkillSession::amount() const
{
    __extension__ typedef __int128 Wide;
    return std::int64_t((Wide(minutes) * rate + 30) / 60);
}

QString SkillSession::stateName(State state)
{
    switch (state) {
    case State::Planned:
        return QStringLiteral("planned");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SkillSession::State> SkillSession::stateFromName(const QString &name)
{
    for (State s : {State::Planned, State::Completed, State::Cancelled})
        if (stateName(s) == name.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString SkillSession::partyName(Party party)
{
    switch (party) {
    case Party::Provider:
        return QStringLiteral("provider");
    case Party::Receiver:
        return QStringLiteral("receiver");
    case Party::Coordinator:
        return QStringLiteral("coordinator");
    }
    return {};
}

std::optional<SkillSession::Party> SkillSession::partyFromName(const QString &name)
{
    for (Party p : {Party::Provider, Party::Receiver, Party::Coordinator})
        if (partyName(p) == name.trimmed().toLower())
            return p;
    return std::nullopt;
}

namespace skills {

namespace {

const QString kSessionSelect = QStringLiteral(
    "SELECT s.id, p.number, p.name, r.number, r.name, coalesce(s.listing, 0), s.description, s.minutes, s.rate, s.mentoring, s.planned_on, "
    "s.state, s.completed_on, s.cancelled_by, coalesce(s.trade, 0), s.created_on FROM skill_session s "
    "JOIN member p ON p.id = s.provider JOIN member r ON r.id = s.receiver ");

SkillSession sessionFromRow(const Statement &row)
{
    SkillSession s;
    s.id = row.int64(0);
    s.providerNumber = row.int64(1);
    s.providerName = row.text(2);
    s.receiverNumber = row.int64(3);
    s.receiverName = row.text(4);
    s.listingId = row.int64(5);
    s.description = row.text(6);
    s.minutes = row.integer(7);
    s.rate = row.int64(8);
    s.mentoring = row.integer(9) != 0;
    s.plannedOn = dateOf(row.text(10));
    s.state = SkillSession::stateFromName(row.text(11)).value_or(SkillSession::State::Planned);
    if (!row.isNull(12))
        s.completedOn = dateOf(row.text(12));
    if (!row.isNull(13))
        s.cancelledBy = SkillSession::partyFromName(row.text(13));
    s.tradeId = row.int64(14);
    s.createdOn = dateOf(row.text(15));
    return s;
}

} // namespace

Result<SkillSession> addSession(Database &db, const NewSkillSession &in, const QDateTime &now)
{
    const QString description = in.description.simplified();
    if (description.isEmpty())
        return invalid(tr("A session needs a description of what is done."));
    if (in.providerNumber == in.receiverNumber)
        return invalid(tr("The provider and the receiver of a session must be different members."));
    if (in.minutes < 1 || in.minutes > kMaximumMinutes)
        return invalid(tr("A session lasts from 1 minute to %1 hours.").arg(kMaximumMinutes / 60));
    if (!in.createdOn.isValid())
        return invalid(tr("A session needs the day it was agreed."));
    const QDate planned = in.plannedOn.isValid() ? in.plannedOn : in.createdOn;
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto provider = detail::tradingMember(db, in.providerNumber);
    if (!provider)
        return provider.error();
    auto receiver = detail::tradingMember(db, in.receiverNumber);
    if (!receiver)
        return receiver.error();
    std::optional<std::int64_t> rate = in.rate;
    if (in.listingId != 0) {
        auto l = skills::listing(db, in.listingId);
        if (!l)
            return l.error();
        if (l->memberNumber != in.providerNumber && l->memberNumber != in.receiverNumber)
            return invalid(tr("Listing %1 is %2's; a session from it needs %2 as provider or receiver.").arg(in.listingId).arg(l->memberName));
        if (!rate)
            rate = l->rate;
    }
    if (!rate) {
        auto community = hourRate(db);
        if (!community)
            return community.error();
        rate = *community;
    }
    if (*rate < 0 || *rate > 100'000'000)
        return invalid(tr("The rate cannot be negative."));
    SkillSession probe;
    probe.minutes = in.minutes;
    probe.rate = *rate;
    if (probe.amount() <= 0)
        return invalid(tr("This session would be worth nothing at a rate of %1 per hour; agree a rate above zero (a gift needs no session).")
                           .arg(double(*rate) / 100.0, 0, 'f', 2));
    auto ins = db.prepare(QStringLiteral("INSERT INTO skill_session (provider, receiver, listing, description, minutes, rate, mentoring, planned_on, "
                                         "created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, provider->id).bind(2, receiver->id);
    if (in.listingId != 0)
        ins->bind(3, in.listingId);
    else
        ins->bindNull(3);
    ins->bind(4, description).bind(5, in.minutes).bind(6, *rate).bind(7, in.mentoring ? 1 : 0).bind(8, iso(planned)).bind(9, iso(in.createdOn));
    if (auto s = ins->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    CanonicalWriter body(QStringLiteral("skill_session"));
    body.add(*id).add(in.providerNumber).add(in.receiverNumber).add(in.listingId).add(description).add(std::int64_t(in.minutes)).add(*rate);
    body.add(std::int64_t(in.mentoring ? 1 : 0)).add(iso(planned)).add(iso(in.createdOn));
    if (auto s = journaled(db, now, QStringLiteral("skill_session"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return session(db, *id);
}

Result<SkillSession> completeSession(Database &db, std::int64_t id, QDate day, const QString &recordedBy, const QDateTime &now)
{
    if (!day.isValid())
        return invalid(tr("Completing a session needs the day."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto s = session(db, id);
    if (!s)
        return s.error();
    if (s->state == SkillSession::State::Completed)
        return invalid(tr("Session %1 was already completed on %2.").arg(id).arg(iso(s->completedOn)));
    if (s->state == SkillSession::State::Cancelled)
        return invalid(tr("Session %1 was cancelled; it cannot be completed.").arg(id));
    TradeRequest request;
    request.payer = s->receiverNumber;
    request.payee = s->providerNumber;
    request.amount = s->amount();
    request.memo = tr("Session %1: %2").arg(id).arg(s->description);
    request.category = QStringLiteral("skills");
    request.date = day;
    request.recordedBy = recordedBy;
    auto trade = ledger::recordTrade(db, request, now);
    if (!trade)
        return trade.error();
    auto upd = db.prepare(QStringLiteral("UPDATE skill_session SET state = 'completed', completed_on = ?, trade = ? WHERE id = ?"));
    if (!upd)
        return upd.error();
    upd->bind(1, iso(day)).bind(2, trade->id).bind(3, id);
    if (auto st = upd->exec(); !st)
        return st.error();
    if (auto st = journaled(db, now, QStringLiteral("skill_session_complete"),
                            CanonicalWriter(QStringLiteral("skill_session_complete")).add(id).add(trade->id).add(iso(day)));
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return session(db, id);
}

Status cancelSession(Database &db, std::int64_t id, SkillSession::Party by, QDate day, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto s = session(db, id);
    if (!s)
        return s.error();
    if (s->state != SkillSession::State::Planned)
        return invalid(tr("Session %1 is %2; only a planned session can be cancelled.").arg(id).arg(SkillSession::stateName(s->state)));
    auto upd = db.prepare(QStringLiteral("UPDATE skill_session SET state = 'cancelled', cancelled_by = ? WHERE id = ?"));
    if (!upd)
        return upd.error();
    upd->bind(1, SkillSession::partyName(by)).bind(2, id);
    if (auto st = upd->exec(); !st)
        return st;
    if (auto st = journaled(db, now, QStringLiteral("skill_session_cancel"),
                            CanonicalWriter(QStringLiteral("skill_session_cancel")).add(id).add(SkillSession::partyName(by)).add(iso(day)));
        !st)
        return st;
    return tx.commit();
}

Result<SkillSession> session(Database &db, std::int64_t id)
{
    auto stmt = db.prepare(kSessionSelect + QStringLiteral("WHERE s.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->firstRow(sessionFromRow);
    if (!row)
        return row.error();
    if (!*row)
        return invalid(tr("There is no session %1.").arg(id));
    return **row;
}

Result<QList<SkillSession>> sessions(Database &db, const SessionFilter &filter)
{
    QStringList clauses;
    if (filter.memberNumber >= 0)
        clauses.append(QStringLiteral("(p.number = ? OR r.number = ?)"));
    if (filter.state)
        clauses.append(QStringLiteral("s.state = ?"));
    if (filter.mentoringOnly)
        clauses.append(QStringLiteral("s.mentoring = 1"));
    QString sql = kSessionSelect;
    if (!clauses.isEmpty())
        sql += QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    sql += QStringLiteral("ORDER BY s.planned_on DESC, s.id DESC LIMIT ?");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int i = 1;
    if (filter.memberNumber >= 0) {
        stmt->bind(i++, filter.memberNumber);
        stmt->bind(i++, filter.memberNumber);
    }
    if (filter.state)
        stmt->bind(i++, SkillSession::stateName(*filter.state));
    stmt->bind(i, filter.limit);
    return stmt->rows(sessionFromRow);
}

Status leaveFeedback(Database &db, std::int64_t sessionId, std::int64_t authorNumber, const QString &feedbackIn, const QString &thanksIn, QDate day,
                     const QDateTime &now)
{
    const QString feedbackText = feedbackIn.trimmed();
    const QString thanks = thanksIn.trimmed();
    if (feedbackText.isEmpty() && thanks.isEmpty())
        return invalid(tr("Write feedback, a thank-you note, or both."));
    if (!day.isValid())
        return invalid(tr("Feedback needs the day it is written."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto s = session(db, sessionId);
    if (!s)
        return s.error();
    if (authorNumber != s->providerNumber && authorNumber != s->receiverNumber)
        return invalid(tr("Only the provider (member %1) or the receiver (member %2) of session %3 can leave feedback on it.")
                           .arg(s->providerNumber)
                           .arg(s->receiverNumber)
                           .arg(sessionId));
    if (s->state != SkillSession::State::Completed)
        return invalid(tr("Session %1 is %2; feedback is left after a completed session.").arg(sessionId).arg(SkillSession::stateName(s->state)));
    auto author = members::byNumber(db, authorNumber);
    if (!author)
        return author.error();
    auto ins = db.prepare(QStringLiteral("INSERT OR REPLACE INTO skill_feedback (session, author, feedback, thanks, written_on) VALUES (?, ?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, sessionId).bind(2, author->id).bind(3, feedbackText).bind(4, thanks).bind(5, iso(day));
    if (auto st = ins->exec(); !st)
        return st;
    if (auto st = journaled(db, now, QStringLiteral("skill_feedback"),
                            CanonicalWriter(QStringLiteral("skill_feedback")).add(sessionId).add(authorNumber).add(feedbackText).add(thanks).add(iso(day)));
        !st)
        return st;
    return tx.commit();
}

Result<QList<SessionFeedback>> feedback(Database &db, std::int64_t sessionId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT f.session, m.number, m.name, f.feedback, f.thanks, f.written_on FROM skill_feedback f "
                                          "JOIN member m ON m.id = f.author WHERE f.session = ? ORDER BY m.number"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sessionId);
    return stmt->rows([](const Statement &r) {
        SessionFeedback f;
        f.sessionId = r.int64(0);
        f.authorNumber = r.int64(1);
        f.authorName = r.text(2);
        f.feedback = r.text(3);
        f.thanks = r.text(4);
        f.writtenOn = dateOf(r.text(5));
        return f;
    });
}

Result<QList<GratitudeNote>> gratitudeWall(Database &db, int limit, std::int64_t memberNumber)
{
    QString sql = QStringLiteral(
        "SELECT f.session, a.number, a.name, o.number, o.name, s.description, f.thanks, f.written_on FROM skill_feedback f "
        "JOIN skill_session s ON s.id = f.session JOIN member a ON a.id = f.author "
        "JOIN member o ON o.id = CASE WHEN f.author = s.provider THEN s.receiver ELSE s.provider END WHERE f.thanks <> '' ");
    if (memberNumber >= 0)
        sql += QStringLiteral("AND (a.number = ? OR o.number = ?) ");
    sql += QStringLiteral("ORDER BY f.written_on DESC, f.session DESC, a.number LIMIT ?");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int i = 1;
    if (memberNumber >= 0) {
        stmt->bind(i++, memberNumber);
        stmt->bind(i++, memberNumber);
    }
    stmt->bind(i, limit);
    return stmt->rows([](const Statement &r) {
        GratitudeNote n;
        n.sessionId = r.int64(0);
        n.fromNumber = r.int64(1);
        n.fromName = r.text(2);
        n.toNumber = r.int64(3);
        n.toName = r.text(4);
        n.sessionDescription = r.text(5);
        n.text = r.text(6);
        n.writtenOn = dateOf(r.text(7));
        return n;
    });
}

QList<IntegrityProblem> checkSessions(Database &db)
{
    QList<IntegrityProblem> problems;
    const QString check = QStringLiteral("skills.sessions");
    auto stmt = db.prepare(QStringLiteral(
        "SELECT s.id, s.minutes, s.rate, t.id, t.amount, t.payer = (SELECT a.id FROM account a WHERE a.member_id = s.receiver), "
        "t.payee = (SELECT a.id FROM account a WHERE a.member_id = s.provider) "
        "FROM skill_session s LEFT JOIN trade t ON t.id = s.trade WHERE s.state = 'completed'"));
    if (!stmt) {
        problems.append({check, stmt.error().message});
        return problems;
    }
    while (stmt->next()) {
        SkillSession s;
        s.id = stmt->int64(0);
        s.minutes = stmt->integer(1);
        s.rate = stmt->int64(2);
        if (stmt->isNull(3)) {
            problems.append({check, tr("Session %1 is completed but its trade is missing.").arg(s.id)});
            continue;
        }
        if (stmt->int64(4) != s.amount())
            problems.append({check, tr("Session %1 is worth %2 but its trade %3 is for %4.").arg(s.id).arg(s.amount()).arg(stmt->int64(3)).arg(stmt->int64(4))});
        if (stmt->integer(5) != 1 || stmt->integer(6) != 1)
            problems.append({check, tr("Session %1's trade %2 is not from its receiver to its provider.").arg(s.id).arg(stmt->int64(3))});
    }
    if (stmt->error())
        problems.append({check, stmt->error()->message});
    auto fts = db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM skill_listing), (SELECT count(*) FROM skill_listing_fts), "
                                         "(SELECT count(*) FROM skill_listing l WHERE NOT EXISTS (SELECT 1 FROM skill_listing_fts f WHERE f.docid = l.id))"));
    if (!fts) {
        problems.append({check, fts.error().message});
        return problems;
    }
    if (fts->next() && (fts->int64(0) != fts->int64(1) || fts->int64(2) != 0))
        problems.append({check, tr("The skills search index has %1 rows for %2 listings; %3 listings are missing from it.")
                                    .arg(fts->int64(1))
                                    .arg(fts->int64(0))
                                    .arg(fts->int64(2))});
    (void)fts->reset();
    return problems;
}

} // namespace skills
} // namespace mycelium
