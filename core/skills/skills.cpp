// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The skills exchange: weekdays, the vocabulary, listings and search.
#include "skills/skills.h"
#include "skills/skillsupport.h"

#include "members/members.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mycelium {

using skills::detail::dateOf;
using skills::detail::invalid;
using skills::detail::iso;
using skills::detail::journaled;
using skills::detail::normalTag;
using skills::detail::tr;

namespace weekdays {

int bitOf(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return 0;
    return 1 << (dayOfWeek - 1);
}

namespace {
const char *const kShort[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
}

QString text(int days)
{
    if (days == kAnyDay || (days & kEveryDay) == kEveryDay)
        return tr("any day");
    QStringList names;
    for (int d = 0; d < 7; ++d)
        if (days & (1 << d))
            names.append(QString::fromLatin1(kShort[d]));
    return names.join(QStringLiteral(", "));
}

std::optional<int> fromText(const QString &input)
{
    const QString all = input.simplified().toLower();
    if (all.isEmpty() || all == QLatin1String("any") || all == QLatin1String("any day") || all == QLatin1String("anyday"))
        return kAnyDay;
    auto dayIndex = [](const QString &word) -> int {
        static const char *const kLong[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        if (word.size() < 2)
            return -1;
        for (int d = 0; d < 7; ++d)
            if (QString::fromLatin1(kLong[d]).startsWith(word) && (word.size() >= 3 || d == 0 || d == 2 || d == 4))
                return d;
        return -1;
    };
    int days = 0;
    for (const QString &rawPart : all.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        if (part == QLatin1String("weekends") || part == QLatin1String("weekend")) {
            days |= (1 << 5) | (1 << 6);
            continue;
        }
        if (part == QLatin1String("weekdays")) {
            days |= 0x1f;
            continue;
        }
        if (part == QLatin1String("any") || part == QLatin1String("every day")) {
            days |= kEveryDay;
            continue;
        }
        const int dash = part.indexOf(QLatin1Char('-'));
        if (dash > 0) {
            const int from = dayIndex(part.left(dash).trimmed());
            const int to = dayIndex(part.mid(dash + 1).trimmed());
            if (from < 0 || to < 0)
                return std::nullopt;
            for (int d = from;; d = (d + 1) % 7) {
                days |= 1 << d;
                if (d == to)
                    break;
            }
            continue;
        }
        const int d = dayIndex(part);
        if (d < 0)
            return std::nullopt;
        days |= 1 << d;
    }
    if (days == kEveryDay)
        return kAnyDay;
    return days;
}

int sharedDays(int a, int b)
{
    const int x = (a == kAnyDay ? kEveryDay : a) & (b == kAnyDay ? kEveryDay : b);
    return __builtin_popcount(unsigned(x & kEveryDay));
}

} // namespace weekdays

QString SkillListing::kindName(Kind kind)
{
    return kind == Kind::Offer ? QStringLiteral("offer") : QStringLiteral("want");
}

std::optional<SkillListing::Kind> SkillListing::kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("offer"))
        return Kind::Offer;
    if (n == QLatin1String("want"))
        return Kind::Want;
    return std::nullopt;
}

QString SkillListing::levelName(int level)
{
    switch (level) {
    case Beginner:
        return QStringLiteral("beginner");
    case Intermediate:
        return QStringLiteral("intermediate");
    case Expert:
        return QStringLiteral("expert");
    default:
        return {};
    }
}

std::optional<int> SkillListing::levelFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("none") || n == QLatin1String("0"))
        return NoLevel;
    for (int level = Beginner; level <= Expert; ++level)
        if (n == levelName(level) || n == QString::number(level))
            return level;
    return std::nullopt;
}

namespace skills {

namespace detail {

Status reindexListing(Database &db, std::int64_t listingId)
{
    auto del = db.prepare(QStringLiteral("DELETE FROM skill_listing_fts WHERE docid = ?"));
    if (!del)
        return del.error();
    del->bind(1, listingId);
    if (auto s = del->exec(); !s)
        return s;
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO skill_listing_fts (docid, tags, description) SELECT l.id, "
        "coalesce((SELECT group_concat(t.name || coalesce(' ' || (SELECT group_concat(s.synonym, ' ') FROM skill_synonym s WHERE s.tag = t.id), ''), ' ') "
        "FROM skill_listing_tag lt JOIN skill_tag t ON t.id = lt.tag WHERE lt.listing = l.id), ''), l.description "
        "FROM skill_listing l WHERE l.id = ?"));
    if (!ins)
        return ins.error();
    ins->bind(1, listingId);
    return ins->exec();
}

Result<std::optional<std::int64_t>> resolveTagId(Database &db, const QString &word)
{
    const QString w = normalTag(word);
    if (w.isEmpty())
        return std::optional<std::int64_t>();
    auto stmt = db.prepare(QStringLiteral("SELECT id FROM skill_tag WHERE name = ? UNION ALL SELECT tag FROM skill_synonym WHERE synonym = ? LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, w).bind(2, w);
    auto id = stmt->firstRow([](const Statement &r) { return r.int64(0); });
    (void)stmt->reset();
    if (!id)
        return id.error();
    return *id;
}

Result<std::int64_t> ensureTag(Database &db, const QString &word, QDate day)
{
    auto found = resolveTagId(db, word);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    const QString name = normalTag(word);
    if (name.isEmpty())
        return invalid(tr("A skill tag cannot be empty."));
    auto ins = db.prepare(QStringLiteral("INSERT INTO skill_tag (name, curated, created_on) VALUES (?, 0, ?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, name).bind(2, iso(day.isValid() ? day : QDate::currentDate()));
    if (auto s = ins->exec(); !s)
        return s.error();
    return db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
}

} // namespace detail

namespace {

constexpr char kRateKey[] = "skill_hour_rate";

Result<SkillTag> tagById(Database &db, std::int64_t id)
{
    auto stmt = db.prepare(QStringLiteral("SELECT t.id, t.name, t.curated, (SELECT count(*) FROM skill_listing_tag lt JOIN skill_listing l ON l.id = lt.listing "
                                          "WHERE lt.tag = t.id AND l.withdrawn_on IS NULL AND (l.expires_on IS NULL OR l.expires_on >= date('now'))) "
                                          "FROM skill_tag t WHERE t.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->next())
        return stmt->error().value_or(invalid(tr("There is no skill tag %1.").arg(id)));
    SkillTag t;
    t.id = stmt->int64(0);
    t.name = stmt->text(1);
    t.curated = stmt->integer(2) != 0;
    t.activeListings = stmt->integer(3);
    (void)stmt->reset();
    auto syn = db.prepare(QStringLiteral("SELECT synonym FROM skill_synonym WHERE tag = ? ORDER BY synonym"));
    if (!syn)
        return syn.error();
    syn->bind(1, id);
    while (syn->next())
        t.synonyms.append(syn->text(0));
    if (syn->error())
        return *syn->error();
    return t;
}

// Why `synonym` cannot be added to tag `tagId`; none when it can (or already is).
Result<bool> synonymFree(Database &db, std::int64_t tagId, const QString &synonym)
{
    auto asTag = db.prepare(QStringLiteral("SELECT id, name FROM skill_tag WHERE name = ?"));
    if (!asTag)
        return asTag.error();
    asTag->bind(1, synonym);
    if (asTag->next()) {
        const std::int64_t other = asTag->int64(0);
        const QString name = asTag->text(1);
        (void)asTag->reset();
        if (other == tagId)
            return false; // the tag's own name: nothing to add
        return invalid(tr("“%1” is already a tag of its own; it cannot also be a synonym.").arg(name));
    }
    (void)asTag->reset();
    auto asSyn = db.prepare(QStringLiteral("SELECT s.tag, t.name FROM skill_synonym s JOIN skill_tag t ON t.id = s.tag WHERE s.synonym = ?"));
    if (!asSyn)
        return asSyn.error();
    asSyn->bind(1, synonym);
    if (asSyn->next()) {
        const std::int64_t other = asSyn->int64(0);
        const QString name = asSyn->text(1);
        (void)asSyn->reset();
        if (other == tagId)
            return false;
        return invalid(tr("“%1” is already a synonym of %2.").arg(synonym, name));
    }
    (void)asSyn->reset();
    return true;
}

Status reindexTag(Database &db, std::int64_t tagId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT listing FROM skill_listing_tag WHERE tag = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, tagId);
    auto ids = stmt->rows([](const Statement &r) { return r.int64(0); });
    if (!ids)
        return ids.error();
    for (std::int64_t id : *ids)
        if (auto s = detail::reindexListing(db, id); !s)
            return s;
    return {};
}

Status insertSynonym(Database &db, std::int64_t tagId, const QString &synonym)
{
    auto ins = db.prepare(QStringLiteral("INSERT INTO skill_synonym (synonym, tag) VALUES (?, ?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, synonym).bind(2, tagId);
    return ins->exec();
}

const QString kListingSelect = QStringLiteral(
    "SELECT l.id, l.kind, m.number, m.name, l.description, l.availability, l.availability_note, l.level, l.mentoring, l.rate, "
    "l.created_on, l.expires_on, l.withdrawn_on FROM skill_listing l JOIN member m ON m.id = l.member ");

SkillListing listingFromRow(const Statement &row)
{
    SkillListing l;
    l.id = row.int64(0);
    l.kind = SkillListing::kindFromName(row.text(1)).value_or(SkillListing::Kind::Offer);
    l.memberNumber = row.int64(2);
    l.memberName = row.text(3);
    l.description = row.text(4);
    l.availability = row.integer(5);
    l.availabilityNote = row.text(6);
    l.level = row.integer(7);
    l.mentoring = row.integer(8) != 0;
    if (!row.isNull(9))
        l.rate = row.int64(9);
    l.createdOn = dateOf(row.text(10));
    if (!row.isNull(11))
        l.expiresOn = dateOf(row.text(11));
    if (!row.isNull(12))
        l.withdrawnOn = dateOf(row.text(12));
    return l;
}

} // namespace

namespace detail {
// Fills in the tags of `listings` with one query.
Status fillTags(Database &db, QList<SkillListing> &listings)
{
    if (listings.isEmpty())
        return {};
    QStringList ids;
    QHash<std::int64_t, qsizetype> at;
    for (qsizetype i = 0; i < listings.size(); ++i) {
        ids.append(QString::number(listings[i].id));
        at.insert(listings[i].id, i);
    }
    auto stmt = db.prepare(QStringLiteral("SELECT lt.listing, t.name FROM skill_listing_tag lt JOIN skill_tag t ON t.id = lt.tag WHERE lt.listing IN (%1) "
                                          "ORDER BY t.name")
                               .arg(ids.join(QLatin1Char(','))));
    if (!stmt)
        return stmt.error();
    while (stmt->next())
        listings[at.value(stmt->int64(0))].tags.append(stmt->text(1));
    if (stmt->error())
        return *stmt->error();
    return {};
}

Result<QList<SkillListing>> listingsWhere(Database &db, const QString &where, const std::function<void(Statement &)> &bind)
{
    auto stmt = db.prepare(kListingSelect + where);
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    auto rows = stmt->rows(listingFromRow);
    if (!rows)
        return rows.error();
    if (auto s = fillTags(db, *rows); !s)
        return s.error();
    return rows;
}
} // namespace detail

Result<std::int64_t> hourRate(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM ledger_setting WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kRateKey));
    auto v = stmt->firstRow([](const Statement &r) { return r.int64(0); });
    if (!v)
        return v.error();
    return v->value_or(kDefaultHourRate);
}

Status setHourRate(Database &db, std::int64_t rate, const QDateTime &now)
{
    if (rate <= 0 || rate > 100'000'000)
        return invalid(tr("The community's hourly rate must be more than zero."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO ledger_setting (key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kRateKey)).bind(2, rate);
    if (auto s = stmt->exec(); !s)
        return s;
    if (auto s = journaled(db, now, QStringLiteral("ledger_setting"),
                           CanonicalWriter(QStringLiteral("ledger_setting")).add(QString::fromLatin1(kRateKey)).add(QString::number(rate)));
        !s)
        return s;
    return tx.commit();
}

Result<QList<SkillTag>> tags(Database &db)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT t.id, t.name, t.curated, (SELECT count(*) FROM skill_listing_tag lt JOIN skill_listing l ON l.id = lt.listing "
        "WHERE lt.tag = t.id AND l.withdrawn_on IS NULL AND (l.expires_on IS NULL OR l.expires_on >= date('now'))) FROM skill_tag t ORDER BY t.name"));
    if (!stmt)
        return stmt.error();
    QList<SkillTag> result;
    QHash<std::int64_t, qsizetype> at;
    while (stmt->next()) {
        SkillTag t;
        t.id = stmt->int64(0);
        t.name = stmt->text(1);
        t.curated = stmt->integer(2) != 0;
        t.activeListings = stmt->integer(3);
        at.insert(t.id, result.size());
        result.append(t);
    }
    if (stmt->error())
        return *stmt->error();
    auto syn = db.prepare(QStringLiteral("SELECT tag, synonym FROM skill_synonym ORDER BY synonym"));
    if (!syn)
        return syn.error();
    while (syn->next())
        if (at.contains(syn->int64(0)))
            result[at.value(syn->int64(0))].synonyms.append(syn->text(1));
    if (syn->error())
        return *syn->error();
    return result;
}

Result<std::optional<SkillTag>> resolveTag(Database &db, const QString &word)
{
    auto id = detail::resolveTagId(db, word);
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<SkillTag>();
    auto t = tagById(db, **id);
    if (!t)
        return t.error();
    return std::optional<SkillTag>(*t);
}

Result<SkillTag> curateTag(Database &db, const QString &nameIn, const QStringList &synonymsIn, QDate day, const QDateTime &now)
{
    const QString name = normalTag(nameIn);
    if (name.isEmpty())
        return invalid(tr("A skill tag needs a name."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    // The name must not already be another tag's synonym.
    auto asSyn = db.prepare(QStringLiteral("SELECT t.name FROM skill_synonym s JOIN skill_tag t ON t.id = s.tag WHERE s.synonym = ?"));
    if (!asSyn)
        return asSyn.error();
    asSyn->bind(1, name);
    if (asSyn->next()) {
        const QString other = asSyn->text(0);
        (void)asSyn->reset();
        return invalid(tr("“%1” is a synonym of %2; curate %2 instead.").arg(name, other));
    }
    (void)asSyn->reset();
    auto id = detail::ensureTag(db, name, day);
    if (!id)
        return id.error();
    auto mark = db.prepare(QStringLiteral("UPDATE skill_tag SET curated = 1 WHERE id = ?"));
    if (!mark)
        return mark.error();
    mark->bind(1, *id);
    if (auto s = mark->exec(); !s)
        return s.error();
    QStringList added;
    for (const QString &raw : synonymsIn) {
        const QString synonym = normalTag(raw);
        if (synonym.isEmpty() || added.contains(synonym))
            continue;
        auto free = synonymFree(db, *id, synonym);
        if (!free)
            return free.error();
        if (!*free)
            continue;
        if (auto s = insertSynonym(db, *id, synonym); !s)
            return s.error();
        added.append(synonym);
    }
    if (!added.isEmpty())
        if (auto s = reindexTag(db, *id); !s)
            return s.error();
    added.sort();
    if (auto s = journaled(db, now, QStringLiteral("skill_tag"), CanonicalWriter(QStringLiteral("skill_tag")).add(name).add(added.join(QLatin1Char(';'))));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return tagById(db, *id);
}

Status addSynonym(Database &db, const QString &tag, const QString &synonymIn, const QDateTime &now)
{
    const QString synonym = normalTag(synonymIn);
    if (synonym.isEmpty())
        return invalid(tr("A synonym cannot be empty."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto found = resolveTag(db, tag);
    if (!found)
        return found.error();
    if (!*found)
        return invalid(tr("There is no skill tag “%1”.").arg(normalTag(tag)));
    const std::int64_t id = (*found)->id;
    auto free = synonymFree(db, id, synonym);
    if (!free)
        return free.error();
    if (!*free)
        return invalid(tr("“%1” already names %2.").arg(synonym, (*found)->name));
    if (auto s = insertSynonym(db, id, synonym); !s)
        return s;
    if (auto s = reindexTag(db, id); !s)
        return s;
    if (auto s = journaled(db, now, QStringLiteral("skill_synonym"), CanonicalWriter(QStringLiteral("skill_synonym")).add((*found)->name).add(synonym));
        !s)
        return s;
    return tx.commit();
}

namespace {

struct CheckedListing {
    NewSkillListing listing;
    Member member;
};

Result<CheckedListing> checkedListing(Database &db, const NewSkillListing &in)
{
    CheckedListing c{in, {}};
    NewSkillListing &l = c.listing;
    l.description = in.description.trimmed();
    l.availabilityNote = in.availabilityNote.simplified();
    QStringList typed;
    for (const QString &t : in.tags)
        if (!normalTag(t).isEmpty() && !typed.contains(normalTag(t)))
            typed.append(normalTag(t));
    l.tags = typed;
    if (l.tags.isEmpty())
        return invalid(tr("A listing needs at least one skill tag."));
    if (l.description.isEmpty())
        return invalid(tr("A listing needs a description of the skill."));
    if (l.level < SkillListing::NoLevel || l.level > SkillListing::Expert)
        return invalid(tr("The level must be beginner, intermediate or expert (or none)."));
    if (l.rate && (*l.rate < 0 || *l.rate > 100'000'000))
        return invalid(tr("The rate cannot be negative."));
    if (l.availability < 0 || l.availability > weekdays::kEveryDay)
        return invalid(tr("The availability is not a set of weekdays."));
    if (!l.createdOn.isValid())
        return invalid(tr("A listing needs the day it was made."));
    if (l.expiresOn.isValid() && l.expiresOn < l.createdOn)
        return invalid(tr("A listing cannot expire (%1) before it is made (%2).").arg(iso(l.expiresOn), iso(l.createdOn)));
    auto m = detail::tradingMember(db, l.memberNumber);
    if (!m)
        return m.error();
    c.member = *m;
    return c;
}

CanonicalWriter listingBody(const QString &kind, std::int64_t id, const NewSkillListing &l, const QStringList &canonical)
{
    CanonicalWriter body(kind);
    body.add(id).add(SkillListing::kindName(l.kind)).add(l.memberNumber).add(canonical.join(QLatin1Char(';'))).add(l.description);
    body.add(std::int64_t(l.availability)).add(l.availabilityNote).add(std::int64_t(l.level)).add(std::int64_t(l.mentoring ? 1 : 0));
    body.add(l.rate.value_or(-1)).add(iso(l.createdOn)).add(l.expiresOn.isValid() ? iso(l.expiresOn) : QString());
    return body;
}

// Writes the listing's tags (resolving synonyms, adding unknown tags) and
// returns their canonical names.
Result<QStringList> writeTags(Database &db, std::int64_t listingId, const QStringList &typed, QDate day)
{
    auto del = db.prepare(QStringLiteral("DELETE FROM skill_listing_tag WHERE listing = ?"));
    if (!del)
        return del.error();
    del->bind(1, listingId);
    if (auto s = del->exec(); !s)
        return s.error();
    QSet<std::int64_t> done;
    for (const QString &t : typed) {
        auto id = detail::ensureTag(db, t, day);
        if (!id)
            return id.error();
        if (done.contains(*id))
            continue;
        done.insert(*id);
        auto ins = db.prepare(QStringLiteral("INSERT INTO skill_listing_tag (tag, listing) VALUES (?, ?)"));
        if (!ins)
            return ins.error();
        ins->bind(1, *id).bind(2, listingId);
        if (auto s = ins->exec(); !s)
            return s.error();
    }
    auto names = db.prepare(QStringLiteral("SELECT t.name FROM skill_listing_tag lt JOIN skill_tag t ON t.id = lt.tag WHERE lt.listing = ? ORDER BY t.name"));
    if (!names)
        return names.error();
    names->bind(1, listingId);
    auto rows = names->rows([](const Statement &r) { return r.text(0); });
    if (!rows)
        return rows.error();
    return QStringList(*rows);
}

Status bindListing(Statement &stmt, const NewSkillListing &l, std::int64_t memberId)
{
    stmt.bind(1, SkillListing::kindName(l.kind)).bind(2, memberId).bind(3, l.description).bind(4, l.availability).bind(5, l.availabilityNote);
    stmt.bind(6, l.level).bind(7, l.mentoring ? 1 : 0);
    if (l.rate)
        stmt.bind(8, *l.rate);
    else
        stmt.bindNull(8);
    stmt.bind(9, iso(l.createdOn));
    if (l.expiresOn.isValid())
        stmt.bind(10, iso(l.expiresOn));
    else
        stmt.bindNull(10);
    return {};
}

} // namespace

Result<SkillListing> addListing(Database &db, const NewSkillListing &listing, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto c = checkedListing(db, listing);
    if (!c)
        return c.error();
    auto ins = db.prepare(QStringLiteral("INSERT INTO skill_listing (kind, member, description, availability, availability_note, level, mentoring, rate, "
                                         "created_on, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    (void)bindListing(*ins, c->listing, c->member.id);
    if (auto s = ins->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    auto canonical = writeTags(db, *id, c->listing.tags, c->listing.createdOn);
    if (!canonical)
        return canonical.error();
    if (auto s = detail::reindexListing(db, *id); !s)
        return s.error();
    if (auto s = journaled(db, now, QStringLiteral("skill_listing"), listingBody(QStringLiteral("skill_listing"), *id, c->listing, *canonical)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return skills::listing(db, *id);
}

Result<SkillListing> updateListing(Database &db, std::int64_t id, const NewSkillListing &listing, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto existing = skills::listing(db, id);
    if (!existing)
        return existing.error();
    if (existing->memberNumber != listing.memberNumber)
        return invalid(tr("Listing %1 belongs to member %2; it cannot move to another member.").arg(id).arg(existing->memberNumber));
    auto c = checkedListing(db, listing);
    if (!c)
        return c.error();
    auto upd = db.prepare(QStringLiteral("UPDATE skill_listing SET kind = ?, member = ?, description = ?, availability = ?, availability_note = ?, "
                                         "level = ?, mentoring = ?, rate = ?, created_on = ?, expires_on = ? WHERE id = ?"));
    if (!upd)
        return upd.error();
    (void)bindListing(*upd, c->listing, c->member.id);
    upd->bind(11, id);
    if (auto s = upd->exec(); !s)
        return s.error();
    auto canonical = writeTags(db, id, c->listing.tags, c->listing.createdOn);
    if (!canonical)
        return canonical.error();
    if (auto s = detail::reindexListing(db, id); !s)
        return s.error();
    if (auto s = journaled(db, now, QStringLiteral("skill_listing_update"), listingBody(QStringLiteral("skill_listing_update"), id, c->listing, *canonical));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return skills::listing(db, id);
}

Status withdrawListing(Database &db, std::int64_t id, QDate day, const QDateTime &now)
{
    if (!day.isValid())
        return invalid(tr("Withdrawing a listing needs the day."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto existing = skills::listing(db, id);
    if (!existing)
        return existing.error();
    if (existing->withdrawnOn.isValid())
        return invalid(tr("Listing %1 was already withdrawn on %2.").arg(id).arg(iso(existing->withdrawnOn)));
    auto upd = db.prepare(QStringLiteral("UPDATE skill_listing SET withdrawn_on = ? WHERE id = ?"));
    if (!upd)
        return upd.error();
    upd->bind(1, iso(std::max(day, existing->createdOn))).bind(2, id);
    if (auto s = upd->exec(); !s)
        return s;
    if (auto s = journaled(db, now, QStringLiteral("skill_listing_withdraw"), CanonicalWriter(QStringLiteral("skill_listing_withdraw")).add(id).add(iso(day)));
        !s)
        return s;
    return tx.commit();
}

Result<SkillListing> listing(Database &db, std::int64_t id)
{
    auto rows = detail::listingsWhere(db, QStringLiteral("WHERE l.id = ?"), [&](Statement &s) { s.bind(1, id); });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return invalid(tr("There is no skill listing %1.").arg(id));
    return rows->first();
}

Result<QList<SkillListing>> listingsOf(Database &db, std::int64_t memberNumber, bool includeInactive, QDate today)
{
    if (auto m = members::byNumber(db, memberNumber); !m)
        return m.error();
    const QDate day = today.isValid() ? today : QDate::currentDate();
    QString where = QStringLiteral("WHERE m.number = ? ");
    if (!includeInactive)
        where += QStringLiteral("AND l.withdrawn_on IS NULL AND (l.expires_on IS NULL OR l.expires_on >= ?) ");
    where += QStringLiteral("ORDER BY l.created_on DESC, l.id DESC");
    return detail::listingsWhere(db, where, [&](Statement &s) {
        s.bind(1, memberNumber);
        if (!includeInactive)
            s.bind(2, iso(day));
    });
}

namespace detail {

// The full-text query for what a person typed: each word a prefix term,
// every character FTS would read as syntax dropped; empty when nothing is left.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    QString token;
    auto flush = [&] {
        if (!token.isEmpty())
            terms.append(token.toLower() + QLatin1Char('*'));
        token.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            token.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace detail

namespace {

struct SearchSql {
    QString where;
    std::function<void(Statement &, int &)> bind;
    bool none = false; // a filter nothing can pass
};

Result<SearchSql> searchWhere(Database &db, const SkillSearch &search)
{
    SearchSql sql;
    QStringList clauses;
    const QString match = detail::ftsQuery(search.text);
    std::optional<std::int64_t> tagId;
    if (!search.tag.trimmed().isEmpty()) {
        auto t = detail::resolveTagId(db, search.tag);
        if (!t)
            return t.error();
        if (!*t) {
            sql.none = true;
            return sql;
        }
        tagId = **t;
    }
    if (!match.isEmpty())
        clauses.append(QStringLiteral("l.id IN (SELECT docid FROM skill_listing_fts WHERE skill_listing_fts MATCH ? ORDER BY docid DESC)"));
    if (search.kind)
        clauses.append(QStringLiteral("l.kind = ?"));
    if (tagId)
        clauses.append(QStringLiteral("EXISTS (SELECT 1 FROM skill_listing_tag lt WHERE lt.tag = ? AND lt.listing = l.id)"));
    if (search.mentoringOnly)
        clauses.append(QStringLiteral("l.mentoring = 1"));
    if (search.availableOn != weekdays::kAnyDay)
        clauses.append(QStringLiteral("(l.availability = 0 OR (l.availability & ?) <> 0)"));
    if (!search.includeInactive)
        clauses.append(QStringLiteral("l.withdrawn_on IS NULL AND (l.expires_on IS NULL OR l.expires_on >= ?)"));
    if (!clauses.isEmpty())
        sql.where = QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    const QDate today = search.today.isValid() ? search.today : QDate::currentDate();
    sql.bind = [=](Statement &s, int &i) {
        if (!match.isEmpty())
            s.bind(i++, match);
        if (search.kind)
            s.bind(i++, SkillListing::kindName(*search.kind));
        if (tagId)
            s.bind(i++, *tagId);
        if (search.availableOn != weekdays::kAnyDay)
            s.bind(i++, search.availableOn);
        if (!search.includeInactive)
            s.bind(i++, iso(today));
    };
    return sql;
}

} // namespace

Result<QList<SkillListing>> search(Database &db, const SkillSearch &search)
{
    auto sql = searchWhere(db, search);
    if (!sql)
        return sql.error();
    if (sql->none || search.limit <= 0)
        return QList<SkillListing>();
    return detail::listingsWhere(db, sql->where + QStringLiteral("ORDER BY l.id DESC LIMIT ?"), [&](Statement &s) {
        int i = 1;
        sql->bind(s, i);
        s.bind(i, search.limit);
    });
}

Result<std::int64_t> countListings(Database &db, const SkillSearch &search)
{
    auto sql = searchWhere(db, search);
    if (!sql)
        return sql.error();
    if (sql->none)
        return std::int64_t(0);
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM skill_listing l ") + sql->where);
    if (!stmt)
        return stmt.error();
    int i = 1;
    sql->bind(*stmt, i);
    auto n = stmt->firstRow([](const Statement &r) { return r.int64(0); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace skills
} // namespace mycelium
