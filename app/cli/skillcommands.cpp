// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The skills exchange's commands: listings (skill offer, want, search,
// match, list, withdraw), the vocabulary (skill tags, tag), the community's
// rate (skill rate), vouching (skill verify), sessions (session ...), the
// import of listings and the gratitude wall. Exit codes as in
// commonscommands.cpp: a malformed argument or a member, listing or session
// that does not exist is a usage error (2); what the core then refuses is
// exit 4.
#include "skillcommands.h"
#include "clioutput.h"
#include "clisupport.h"

#include "common/clock.h"
#include "members/members.h"
#include "skills/skills.h"
#include "skills/skillsdemo.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mycelium::cli {

namespace {

using Command = CliArguments::Command;

QString hoursText(int minutes)
{
    return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QJsonObject listingJson(const SkillListing &l)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(l.id)},
        {QStringLiteral("kind"), SkillListing::kindName(l.kind)},
        {QStringLiteral("member"), qint64(l.memberNumber)},
        {QStringLiteral("memberName"), l.memberName},
        {QStringLiteral("tags"), QJsonArray::fromStringList(l.tags)},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("days"), weekdays::text(l.availability)},
        {QStringLiteral("note"), l.availabilityNote},
        {QStringLiteral("level"), SkillListing::levelName(l.level)},
        {QStringLiteral("mentoring"), l.mentoring},
        {QStringLiteral("rate"), l.rate ? QJsonValue(plain(*l.rate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdOn"), jsonDay(l.createdOn)},
        {QStringLiteral("expiresOn"), jsonDay(l.expiresOn)},
        {QStringLiteral("withdrawnOn"), jsonDay(l.withdrawnOn)},
    };
}

QStringList listingRow(const SkillListing &l)
{
    return {QString::number(l.id), SkillListing::kindName(l.kind), tr("%1 (%2)").arg(l.memberName).arg(l.memberNumber), l.tags.join(QStringLiteral(", ")),
            l.description, weekdays::text(l.availability), l.rate ? human(*l.rate) : QString()};
}

const QStringList kListingHeader = {QStringLiteral("Id"), QStringLiteral("Kind"), QStringLiteral("Member"), QStringLiteral("Tags"),
                                    QStringLiteral("Description"), QStringLiteral("Days"), QStringLiteral("Rate")};

QJsonObject sessionJson(const SkillSession &s)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(s.id)},
        {QStringLiteral("provider"), qint64(s.providerNumber)},
        {QStringLiteral("providerName"), s.providerName},
        {QStringLiteral("receiver"), qint64(s.receiverNumber)},
        {QStringLiteral("receiverName"), s.receiverName},
        {QStringLiteral("listing"), s.listingId ? QJsonValue(qint64(s.listingId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("minutes"), s.minutes},
        {QStringLiteral("rate"), plain(s.rate)},
        {QStringLiteral("amount"), plain(s.amount())},
        {QStringLiteral("mentoring"), s.mentoring},
        {QStringLiteral("plannedOn"), jsonDay(s.plannedOn)},
        {QStringLiteral("state"), SkillSession::stateName(s.state)},
        {QStringLiteral("completedOn"), jsonDay(s.completedOn)},
        {QStringLiteral("cancelledBy"), s.cancelledBy ? QJsonValue(SkillSession::partyName(*s.cancelledBy)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("trade"), s.tradeId ? QJsonValue(qint64(s.tradeId)) : QJsonValue(QJsonValue::Null)},
    };
}

class SkillsSession : public CliSession
{
public:
    SkillsSession(const CliArguments &args, Database &db, const Clock &clock)
        : CliSession(args, db, clock)
    {
    }

    int listingAdd(SkillListing::Kind kind);
    int search();
    int match();
    int list();
    int withdraw();
    int tags();
    int tag();
    int rate();
    int verify();
    int sessionAdd();
    int sessionComplete();
    int sessionCancel();
    int sessionFeedback();
    int sessionList();
    int importSkills();
    int gratitude();

private:
    Result<SkillListing> existingListing(std::int64_t id)
    {
        return orUsage(skills::listing(m_db, id), tr("There is no skill listing %1; 'mycelium-cli skill search' shows them.").arg(id));
    }
    Result<SkillSession> existingSession(std::int64_t id)
    {
        return orUsage(skills::session(m_db, id), tr("There is no session %1; 'mycelium-cli session list' shows them.").arg(id));
    }
};

int SkillsSession::listingAdd(SkillListing::Kind kind)
{
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    NewSkillListing l;
    l.kind = kind;
    l.memberNumber = member->number;
    l.tags = m_args.skillTags;
    l.description = m_args.skillText;
    l.availability = m_args.availability;
    l.availabilityNote = m_args.availabilityNote;
    l.level = m_args.level;
    l.mentoring = m_args.mentoring;
    l.rate = m_args.skillRate;
    l.createdOn = today();
    if (m_args.expiresOn)
        l.expiresOn = *m_args.expiresOn;
    auto added = skills::addListing(m_db, l, now());
    if (!added)
        return failRefused(added.error());
    printOut(tr("Listed %1 %2 for %3: %4 (%5).\n")
                 .arg(SkillListing::kindName(added->kind))
                 .arg(added->id)
                 .arg(describe(*member), added->tags.join(QStringLiteral(", ")), weekdays::text(added->availability)));
    return ExitOk;
}

int SkillsSession::search()
{
    SkillSearch q;
    q.text = m_args.skillText;
    q.kind = m_args.skillKind;
    q.tag = m_args.assetTag;
    q.today = today();
    auto found = skills::search(m_db, q);
    if (!found)
        return fail(found.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SkillListing &l : std::as_const(*found)) {
        json.append(listingJson(l));
        rows.append(listingRow(l));
    }
    return printListing(m_args.json, QStringLiteral("listings"), json, tr("No listings match.\n"), kListingHeader, rows);
}

int SkillsSession::match()
{
    auto own = existingListing(m_args.skillId);
    if (!own)
        return fail(own.error());
    auto found = skills::match(m_db, own->id, today());
    if (!found)
        return fail(found.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SkillMatch &m : std::as_const(*found)) {
        QJsonObject o = listingJson(m.listing);
        o.insert(QStringLiteral("sharedTags"), QJsonArray::fromStringList(m.sharedTags));
        o.insert(QStringLiteral("sharedDays"), m.sharedDays);
        o.insert(QStringLiteral("sessionsDelivered"), m.sessionsDelivered);
        o.insert(QStringLiteral("sessionsOnTime"), m.sessionsOnTime);
        o.insert(QStringLiteral("reliabilityPermille"), m.reliabilityPermille < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m.reliabilityPermille));
        o.insert(QStringLiteral("minutesGiven"), qint64(m.minutesGiven));
        o.insert(QStringLiteral("minutesReceived"), qint64(m.minutesReceived));
        o.insert(QStringLiteral("mentorship"), m.mentorship);
        o.insert(QStringLiteral("reason"), m.reason);
        json.append(o);
        rows.append({QString::number(m.listing.id), tr("%1 (%2)").arg(m.listing.memberName).arg(m.listing.memberNumber), m.listing.description, m.reason});
    }
    return printListing(m_args.json, QStringLiteral("matches"), json, tr("No member matches listing %1 yet.\n").arg(own->id),
                        {tr("Id"), tr("Member"), tr("Description"), tr("Why")}, rows);
}

int SkillsSession::list()
{
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    auto found = skills::listingsOf(m_db, member->number, false, today());
    if (!found)
        return fail(found.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SkillListing &l : std::as_const(*found)) {
        json.append(listingJson(l));
        rows.append(listingRow(l));
    }
    return printListing(m_args.json, QStringLiteral("listings"), json, tr("%1 has no active listings.\n").arg(describe(*member)), kListingHeader, rows);
}

int SkillsSession::withdraw()
{
    auto l = existingListing(m_args.skillId);
    if (!l)
        return fail(l.error());
    if (auto s = skills::withdrawListing(m_db, l->id, today(), now()); !s)
        return failRefused(s.error());
    printOut(tr("Withdrew %1 %2 of %3.\n").arg(SkillListing::kindName(l->kind)).arg(l->id).arg(l->memberName));
    return ExitOk;
}

int SkillsSession::tags()
{
    auto all = skills::tags(m_db);
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SkillTag &t : std::as_const(*all)) {
        json.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("curated"), t.curated},
                                {QStringLiteral("synonyms"), QJsonArray::fromStringList(t.synonyms)},
                                {QStringLiteral("activeListings"), t.activeListings}});
        rows.append({t.name, t.curated ? tr("yes") : tr("no"), t.synonyms.join(QStringLiteral(", ")), QString::number(t.activeListings)});
    }
    return printListing(m_args.json, QStringLiteral("tags"), json, tr("No skill tags yet.\n"), {tr("Tag"), tr("Curated"), tr("Synonyms"), tr("Listings")},
                        rows, {3});
}

int SkillsSession::tag()
{
    auto t = skills::curateTag(m_db, m_args.skillText, m_args.synonyms, today(), now());
    if (!t)
        return failRefused(t.error());
    printOut(t->synonyms.isEmpty() ? tr("Curated the tag %1.\n").arg(t->name)
                                   : tr("Curated the tag %1; synonyms: %2.\n").arg(t->name, t->synonyms.join(QStringLiteral(", "))));
    return ExitOk;
}

int SkillsSession::rate()
{
    if (m_args.skillRate) {
        if (auto s = skills::setHourRate(m_db, *m_args.skillRate, now()); !s)
            return failRefused(s.error());
    }
    auto r = skills::hourRate(m_db);
    if (!r)
        return fail(r.error());
    printOut(tr("%1 credits an hour\n").arg(human(*r)));
    return ExitOk;
}

int SkillsSession::verify()
{
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    std::optional<std::int64_t> by;
    if (m_args.signedBy != QLatin1String("coordinator")) {
        auto voucher = existingMember(m_args.signedBy.toLongLong());
        if (!voucher)
            return fail(voucher.error());
        by = voucher->number;
    }
    auto v = skills::verify(m_db, member->number, m_args.assetTag, by, today(), now());
    if (!v)
        return failRefused(v.error());
    printOut(v->isVerified() ? tr("%1's %2 is verified.\n").arg(member->name, v->tag)
                             : tr("%1's %2 has %3 of %4 vouches.\n").arg(member->name, v->tag).arg(v->vouchers.size()).arg(skills::kVouchesToVerify));
    return ExitOk;
}

int SkillsSession::sessionAdd()
{
    for (std::int64_t number : {m_args.provider, m_args.receiver})
        if (auto m = existingMember(number); !m)
            return fail(m.error());
    if (m_args.listingId)
        if (auto l = existingListing(m_args.listingId); !l)
            return fail(l.error());
    NewSkillSession s;
    s.providerNumber = m_args.provider;
    s.receiverNumber = m_args.receiver;
    s.listingId = m_args.listingId;
    s.description = m_args.skillText;
    s.minutes = m_args.minutes;
    s.rate = m_args.skillRate;
    s.mentoring = m_args.mentoring;
    s.createdOn = today();
    s.plannedOn = m_args.plannedOn.value_or(today());
    auto added = skills::addSession(m_db, s, now());
    if (!added)
        return failRefused(added.error());
    printOut(tr("Session %1 planned on %2: %3 gives %4 to %5 for %6 credits.\n")
                 .arg(added->id)
                 .arg(isoDay(added->plannedOn), added->providerName, hoursText(added->minutes), added->receiverName, human(added->amount())));
    return ExitOk;
}

int SkillsSession::sessionComplete()
{
    auto s = existingSession(m_args.skillId);
    if (!s)
        return fail(s.error());
    const QDate day = m_args.date.value_or(today());
    Transaction tx(m_db);
    if (!tx.began())
        return fail(tx.began().error());
    auto done = skills::completeSession(m_db, s->id, day, kRecordedBy, now());
    if (!done)
        return failRefused(done.error());
    if (m_args.feedbackText || m_args.thanksText) {
        if (auto f = skills::leaveFeedback(m_db, s->id, s->receiverNumber, m_args.feedbackText.value_or(QString()), m_args.thanksText.value_or(QString()),
                                           day, now());
            !f)
            return failRefused(f.error());
    }
    if (auto c = tx.commit(); !c)
        return fail(c.error());
    printOut(tr("Completed session %1: trade %2, %3 pays %4 %5 credits.\n")
                 .arg(done->id)
                 .arg(done->tradeId)
                 .arg(done->receiverName, done->providerName, human(done->amount())));
    return ExitOk;
}

int SkillsSession::sessionCancel()
{
    auto s = existingSession(m_args.skillId);
    if (!s)
        return fail(s.error());
    const auto by = *SkillSession::partyFromName(m_args.signedBy);
    if (auto c = skills::cancelSession(m_db, s->id, by, today(), now()); !c)
        return failRefused(c.error());
    printOut(tr("Cancelled session %1 (by the %2).\n").arg(s->id).arg(SkillSession::partyName(by)));
    return ExitOk;
}

int SkillsSession::sessionFeedback()
{
    auto s = existingSession(m_args.skillId);
    if (!s)
        return fail(s.error());
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    if (auto f = skills::leaveFeedback(m_db, s->id, member->number, m_args.feedbackText.value_or(QString()), m_args.thanksText.value_or(QString()),
                                       today(), now());
        !f)
        return failRefused(f.error());
    printOut(tr("Recorded %1's words on session %2.\n").arg(member->name).arg(s->id));
    return ExitOk;
}

int SkillsSession::sessionList()
{
    SessionFilter f;
    if (m_args.borrower) {
        auto member = existingMember(m_args.borrower);
        if (!member)
            return fail(member.error());
        f.memberNumber = member->number;
    }
    f.state = m_args.sessionState;
    auto all = skills::sessions(m_db, f);
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SkillSession &s : std::as_const(*all)) {
        json.append(sessionJson(s));
        rows.append({QString::number(s.id), isoDay(s.plannedOn), SkillSession::stateName(s.state), s.providerName, s.receiverName, hoursText(s.minutes),
                     human(s.amount()), s.description});
    }
    return printListing(m_args.json, QStringLiteral("sessions"), json, tr("No sessions.\n"),
                        {tr("Id"), tr("Planned"), tr("State"), tr("Provider"), tr("Receiver"), tr("Time"), tr("Amount"), tr("Description")}, rows, {6});
}

int SkillsSession::importSkills()
{
    return importFile([this](QIODevice &in) { return skills::importListings(m_db, in, now()); }, tr("Added %1 listings from %2.\n"));
}

int SkillsSession::gratitude()
{
    std::int64_t member = -1;
    if (m_args.borrower) {
        auto m = existingMember(m_args.borrower);
        if (!m)
            return fail(m.error());
        member = m->number;
    }
    auto wall = skills::gratitudeWall(m_db, 200, member);
    if (!wall)
        return fail(wall.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const GratitudeNote &n : std::as_const(*wall)) {
        json.append(QJsonObject{{QStringLiteral("session"), qint64(n.sessionId)},
                                {QStringLiteral("from"), qint64(n.fromNumber)},
                                {QStringLiteral("fromName"), n.fromName},
                                {QStringLiteral("to"), qint64(n.toNumber)},
                                {QStringLiteral("toName"), n.toName},
                                {QStringLiteral("text"), n.text},
                                {QStringLiteral("writtenOn"), jsonDay(n.writtenOn)}});
        rows.append({isoDay(n.writtenOn), n.fromName, n.toName, n.text});
    }
    return printListing(m_args.json, QStringLiteral("notes"), json, tr("No thank-you notes yet.\n"), {tr("Day"), tr("From"), tr("To"), tr("Thanks")}, rows);
}

} // namespace

bool isSkillsCommand(CliArguments::Command command)
{
    switch (command) {
    case Command::SkillOffer:
    case Command::SkillWant:
    case Command::SkillSearch:
    case Command::SkillMatch:
    case Command::SkillList:
    case Command::SkillWithdraw:
    case Command::SkillTags:
    case Command::SkillTag:
    case Command::SkillRate:
    case Command::SkillVerify:
    case Command::SessionAdd:
    case Command::SessionComplete:
    case Command::SessionCancel:
    case Command::SessionFeedback:
    case Command::SessionList:
    case Command::ImportSkills:
    case Command::Gratitude:
        return true;
    default:
        return false;
    }
}

int runSkillsCommand(const CliArguments &args, Vault &vault, const Clock &clock)
{
    SkillsSession session(args, vault.database(), clock);
    switch (args.command) {
    case Command::SkillOffer:
        return session.listingAdd(SkillListing::Kind::Offer);
    case Command::SkillWant:
        return session.listingAdd(SkillListing::Kind::Want);
    case Command::SkillSearch:
        return session.search();
    case Command::SkillMatch:
        return session.match();
    case Command::SkillList:
        return session.list();
    case Command::SkillWithdraw:
        return session.withdraw();
    case Command::SkillTags:
        return session.tags();
    case Command::SkillTag:
        return session.tag();
    case Command::SkillRate:
        return session.rate();
    case Command::SkillVerify:
        return session.verify();
    case Command::SessionAdd:
        return session.sessionAdd();
    case Command::SessionComplete:
        return session.sessionComplete();
    case Command::SessionCancel:
        return session.sessionCancel();
    case Command::SessionFeedback:
        return session.sessionFeedback();
    case Command::SessionList:
        return session.sessionList();
    case Command::ImportSkills:
        return session.importSkills();
    case Command::Gratitude:
        return session.gratitude();
    default:
        break;
    }
    return fail(Error::make(ErrorCode::InvalidArgument, tr("Not a skills command.")), ExitFailure);
}

int skillsDemo(Database &db, const Clock &clock)
{
    const SkillsDemoOptions options;
    if (auto s = skills::generateDemo(db, options, clock.now()); !s)
        return failRefused(s.error());
    printOut(tr("Added the skills demo: tags with synonyms, about %1 listings a member, %2 sessions (seed %3).\n")
                 .arg(options.listingsPerMember)
                 .arg(options.sessions)
                 .arg(options.seed));
    return ExitOk;
}

} // namespace mycelium::cli
