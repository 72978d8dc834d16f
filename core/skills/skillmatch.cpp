// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Suggested counterparts for a listing (rules in docs/skills.md).
#include "skills/skills.h"
#include "skills/skillsupport.h"

#include "storage/database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mycelium::skills {

using detail::invalid;
using detail::iso;
using detail::tr;

namespace {

struct Candidate {
    std::int64_t listingId = 0;
    std::int64_t memberId = 0;
    int sharedTags = 0;
    int sharedDays = 0;
    int level = 0;
    bool mentoring = false;
    QDate createdOn;
};

struct History {
    int delivered = 0;
    int onTime = 0;
    int cancelledByProvider = 0;
    std::int64_t given = 0;
    std::int64_t received = 0;
    int permille() const
    {
        const int base = delivered + cancelledByProvider;
        return base == 0 ? -1 : int(std::int64_t(onTime) * 1000 / base);
    }
};

QString hours(std::int64_t minutes)
{
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h").arg(double(minutes) / 60.0, 0, 'f', 1);
}

QString idList(const QList<std::int64_t> &ids)
{
    QStringList parts;
    for (std::int64_t id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

Result<QList<SkillMatch>> match(Database &db, std::int64_t listingId, QDate today, int limit)
{
    auto own = skills::listing(db, listingId);
    if (!own)
        return own.error();
    const QDate day = today.isValid() ? today : QDate::currentDate();
    const bool forWant = own->kind == SkillListing::Kind::Want;
    // Candidates: active listings of the other kind sharing a tag, of other
    // members who may trade; a learner's want only meets mentors above its level.
    QString levelRule;
    if (forWant && own->mentoring)
        levelRule = own->level == SkillListing::NoLevel ? QStringLiteral("AND l.mentoring = 1 ") : QStringLiteral("AND l.mentoring = 1 AND l.level > :level ");
    else if (forWant)
        levelRule = QString();
    else if (own->mentoring)
        levelRule = QStringLiteral("AND (l.mentoring = 0 OR l.level = 0 OR l.level < :level) ");
    else
        levelRule = QStringLiteral("AND l.mentoring = 0 ");
    QString sql = QStringLiteral(
        "SELECT l.id, l.member, count(*), l.availability, l.level, l.mentoring, l.created_on FROM skill_listing_tag mine "
        "JOIN skill_listing_tag lt ON lt.tag = mine.tag JOIN skill_listing l ON l.id = lt.listing JOIN member m ON m.id = l.member "
        "WHERE mine.listing = ? AND l.kind = ? AND l.member <> (SELECT member FROM skill_listing WHERE id = ?) AND l.withdrawn_on IS NULL "
        "AND (l.expires_on IS NULL OR l.expires_on >= ?) AND m.status = 'active' AND m.sanction NOT IN ('suspended', 'excluded') ");
    sql += levelRule;
    sql += QStringLiteral("GROUP BY l.id");
    const bool bindsLevel = levelRule.contains(QLatin1String(":level"));
    sql.replace(QLatin1String(":level"), QLatin1String("?"));
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, listingId).bind(2, SkillListing::kindName(forWant ? SkillListing::Kind::Offer : SkillListing::Kind::Want)).bind(3, listingId);
    stmt->bind(4, iso(day));
    if (bindsLevel)
        stmt->bind(5, own->level);
    QList<Candidate> candidates;
    QSet<std::int64_t> memberIds;
    while (stmt->next()) {
        Candidate c;
        c.listingId = stmt->int64(0);
        c.memberId = stmt->int64(1);
        c.sharedTags = stmt->integer(2);
        c.sharedDays = weekdays::sharedDays(own->availability, stmt->integer(3));
        c.level = stmt->integer(4);
        c.mentoring = stmt->integer(5) != 0;
        c.createdOn = detail::dateOf(stmt->text(6));
        candidates.append(c);
        memberIds.insert(c.memberId);
    }
    if (stmt->error())
        return *stmt->error();
    if (candidates.isEmpty() || limit <= 0)
        return QList<SkillMatch>();

    // Only candidates at least as good as the limit-th on shared tags and
    // days can make the list: the history of their members alone is read,
    // in grouped queries.
    auto key = [](const Candidate &c) { return std::pair{c.sharedTags, c.sharedDays}; };
    if (candidates.size() > limit) {
        std::nth_element(candidates.begin(), candidates.begin() + (limit - 1), candidates.end(),
                         [&](const Candidate &a, const Candidate &b) { return key(a) > key(b); });
        const auto boundary = key(candidates.at(limit - 1));
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(), [&](const Candidate &c) { return key(c) < boundary; }), candidates.end());
        memberIds.clear();
        for (const Candidate &c : std::as_const(candidates))
            memberIds.insert(c.memberId);
    }
    QHash<std::int64_t, History> history;
    const QString members = idList(QList<std::int64_t>(memberIds.begin(), memberIds.end()));
    auto given = db.prepare(QStringLiteral("SELECT provider, state, count(*), sum(CASE WHEN completed_on <= planned_on THEN 1 ELSE 0 END), sum(minutes), "
                                           "sum(CASE WHEN cancelled_by = 'provider' THEN 1 ELSE 0 END) FROM skill_session "
                                           "WHERE provider IN (%1) AND state IN ('completed', 'cancelled') GROUP BY provider, state")
                                .arg(members));
    if (!given)
        return given.error();
    while (given->next()) {
        History &h = history[given->int64(0)];
        if (given->text(1) == QLatin1String("completed")) {
            h.delivered = given->integer(2);
            h.onTime = given->integer(3);
            h.given = given->int64(4);
        } else {
            h.cancelledByProvider = given->integer(5);
        }
    }
    if (given->error())
        return *given->error();
    auto received = db.prepare(
        QStringLiteral("SELECT receiver, sum(minutes) FROM skill_session WHERE receiver IN (%1) AND state = 'completed' GROUP BY receiver").arg(members));
    if (!received)
        return received.error();
    while (received->next())
        history[received->int64(0)].received = received->int64(1);
    if (received->error())
        return *received->error();

    std::sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.sharedTags != b.sharedTags)
            return a.sharedTags > b.sharedTags;
        if (a.sharedDays != b.sharedDays)
            return a.sharedDays > b.sharedDays;
        static const History none;
        const auto ia = history.constFind(a.memberId);
        const auto ib = history.constFind(b.memberId);
        const History &ha = ia == history.constEnd() ? none : *ia;
        const History &hb = ib == history.constEnd() ? none : *ib;
        if (ha.permille() != hb.permille())
            return ha.permille() > hb.permille(); // -1 (no history) after any history
        const std::int64_t ra = ha.given - ha.received;
        const std::int64_t rb = hb.given - hb.received;
        if (ra != rb)
            return ra > rb;
        if (a.createdOn != b.createdOn)
            return a.createdOn < b.createdOn;
        return a.listingId < b.listingId;
    });
    if (candidates.size() > limit)
        candidates.resize(limit);

    QList<std::int64_t> ids;
    for (const Candidate &c : candidates)
        ids.append(c.listingId);
    auto listings = detail::listingsWhere(db, QStringLiteral("WHERE l.id IN (%1)").arg(idList(ids)), [](Statement &) {});
    if (!listings)
        return listings.error();
    QHash<std::int64_t, SkillListing> byId;
    for (const SkillListing &l : *listings)
        byId.insert(l.id, l);
    // The synonyms of the listing's own tags, to say how they are also known.
    QHash<QString, QStringList> synonyms;
    auto syn = db.prepare(QStringLiteral("SELECT t.name, s.synonym FROM skill_listing_tag lt JOIN skill_tag t ON t.id = lt.tag "
                                         "JOIN skill_synonym s ON s.tag = t.id WHERE lt.listing = ? ORDER BY s.synonym"));
    if (!syn)
        return syn.error();
    syn->bind(1, listingId);
    while (syn->next())
        synonyms[syn->text(0)].append(syn->text(1));
    if (syn->error())
        return *syn->error();

    QList<SkillMatch> result;
    for (const Candidate &c : candidates) {
        SkillMatch m;
        m.listing = byId.value(c.listingId);
        for (const QString &t : m.listing.tags)
            if (own->tags.contains(t)) {
                m.sharedTags.append(t);
                m.viaSynonyms.append(synonyms.value(t));
            }
        m.sharedDays = c.sharedDays;
        const History h = history.value(c.memberId);
        m.sessionsDelivered = h.delivered;
        m.sessionsOnTime = h.onTime;
        m.reliabilityPermille = h.permille();
        m.minutesGiven = h.given;
        m.minutesReceived = h.received;
        const SkillListing &offer = forWant ? m.listing : *own;
        const SkillListing &want = forWant ? *own : m.listing;
        m.mentorship = offer.mentoring && want.mentoring && (want.level == SkillListing::NoLevel || offer.level > want.level);

        QStringList tagWords;
        for (const QString &t : m.sharedTags) {
            const QStringList s = synonyms.value(t);
            tagWords.append(s.isEmpty() ? t : tr("%1 (%2)").arg(t, s.join(QStringLiteral(", "))));
        }
        QStringList parts;
        parts.append(tr("both tagged %1").arg(tagWords.join(QStringLiteral(", "))));
        if (m.mentorship)
            parts.append(want.level == SkillListing::NoLevel ? tr("teaches at %1 level").arg(SkillListing::levelName(offer.level).isEmpty()
                                                                                                 ? tr("any")
                                                                                                 : SkillListing::levelName(offer.level))
                                                             : tr("teaches at %1 level, learner is %2")
                                                                   .arg(SkillListing::levelName(offer.level), SkillListing::levelName(want.level)));
        if (m.sharedDays == 0)
            parts.append(tr("no day in common"));
        else
            parts.append(tr("available %1").arg(weekdays::text(weekdays::sharedDays(own->availability, m.listing.availability) == 7
                                                                   ? weekdays::kAnyDay
                                                                   : (own->availability == 0 ? weekdays::kEveryDay : own->availability)
                                                                         & (m.listing.availability == 0 ? weekdays::kEveryDay : m.listing.availability))));
        if (h.delivered == 0 && h.cancelledByProvider == 0)
            parts.append(tr("%1 has no sessions yet").arg(m.listing.memberName));
        else
            parts.append(tr("%1 has delivered %2 sessions, %3 on time").arg(m.listing.memberName).arg(h.delivered).arg(h.onTime)
                         + (h.cancelledByProvider > 0 ? tr(", cancelled %1").arg(h.cancelledByProvider) : QString()));
        if (h.given > 0 || h.received > 0)
            parts.append(tr("gave %1, received %2").arg(hours(h.given), hours(h.received)));
        m.reason = parts.join(QStringLiteral("; "));
        result.append(m);
    }
    return result;
}

} // namespace mycelium::skills
