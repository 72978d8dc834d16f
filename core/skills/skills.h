// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

class QIODevice;

namespace mycelium {

class Database;
struct IntegrityProblem;

// The skills exchange: members offer what they can do and ask for what they
// need; an hour given is paid in credits at the listing's rate or the
// community's. Rules in docs/skills.md.

// A word of the community's skill vocabulary. Coordinators curate it: a tag
// typed on a listing that is not known yet is added uncurated; synonyms
// ("metalwork" for "welding") resolve to the tag everywhere.
struct SkillTag {
    std::int64_t id = 0;
    QString name;
    bool curated = false;
    QStringList synonyms; // sorted
    int activeListings = 0;
};

// Weekdays a member is available: Monday = 1, Tuesday = 2, … Sunday = 64;
// 0 means any day.
namespace weekdays {
inline constexpr int kAnyDay = 0;
inline constexpr int kEveryDay = 127;
int bitOf(int dayOfWeek); // Qt's 1 (Monday) .. 7 (Sunday)
// "Mon, Wed" / "any day"; parses "mon,wed", "Mon-Fri", "weekends", "any".
QString text(int days);
std::optional<int> fromText(const QString &text);
int sharedDays(int a, int b); // how many days both have; any day counts as every day
} // namespace weekdays

struct SkillListing {
    enum class Kind { Offer, Want };
    // For mentoring: 0 none given, 1 beginner, 2 intermediate, 3 expert.
    // An offer's level is what the member can teach; a want's, where the
    // learner stands now.
    enum Level { NoLevel = 0, Beginner = 1, Intermediate = 2, Expert = 3 };

    std::int64_t id = 0;
    Kind kind = Kind::Offer;
    std::int64_t memberNumber = 0;
    QString memberName;
    QStringList tags; // canonical tag names, sorted
    QString description;
    int availability = weekdays::kAnyDay;
    QString availabilityNote; // "evenings", "after 4 pm"
    int level = NoLevel;
    bool mentoring = false; // an offer to teach, or a want to learn
    std::optional<std::int64_t> rate; // minor units per hour; none: the community's rate
    QDate createdOn;
    QDate expiresOn; // invalid: does not expire
    QDate withdrawnOn; // invalid: not withdrawn

    bool isActive(QDate today) const { return !withdrawnOn.isValid() && (!expiresOn.isValid() || expiresOn >= today); }

    static QString kindName(Kind kind); // "offer", "want"
    static std::optional<Kind> kindFromName(const QString &name);
    static QString levelName(int level); // "", "beginner", "intermediate", "expert"
    static std::optional<int> levelFromName(const QString &name);
};

struct NewSkillListing {
    SkillListing::Kind kind = SkillListing::Kind::Offer;
    std::int64_t memberNumber = 0;
    QStringList tags; // as typed: synonyms resolve, unknown tags are added; at least one
    QString description; // not empty
    int availability = weekdays::kAnyDay;
    QString availabilityNote;
    int level = SkillListing::NoLevel;
    bool mentoring = false;
    std::optional<std::int64_t> rate;
    QDate createdOn;
    QDate expiresOn;
};

struct SkillSearch {
    QString text; // words, each matched as a prefix in tags (and their synonyms) and descriptions; empty: all
    std::optional<SkillListing::Kind> kind;
    QString tag; // only listings with this tag (or a synonym of it)
    bool mentoringOnly = false;
    int availableOn = weekdays::kAnyDay; // only listings sharing one of these days
    bool includeInactive = false;
    QDate today;
    int limit = 100;
};

// A suggested counterpart for a listing, with the reasons it ranks where it
// does. Order: more shared tags; then more shared weekdays; then higher
// reliability (members without history after those with); then more
// reciprocity (hours given minus hours received); then the older listing.
struct SkillMatch {
    SkillListing listing; // the offer for a want, the want for an offer
    QStringList sharedTags;
    QStringList viaSynonyms; // typed words that matched through a synonym
    int sharedDays = 0; // 0..7
    int sessionsDelivered = 0; // the provider's completed sessions
    int sessionsOnTime = 0; // completed on or before the planned day
    int reliabilityPermille = -1; // on time / (delivered + cancelled by the provider); -1: no history
    std::int64_t minutesGiven = 0; // the counterpart's completed sessions as provider
    std::int64_t minutesReceived = 0;
    bool mentorship = false; // a mentor's level above the learner's
    QString reason; // "both tagged welding; available Mon, Wed; Ana has delivered 12 sessions, 11 on time; gave 30 h, received 12 h"
};

struct SkillSession {
    enum class State { Planned, Completed, Cancelled };
    enum class Party { Provider, Receiver, Coordinator };

    std::int64_t id = 0;
    std::int64_t providerNumber = 0;
    QString providerName;
    std::int64_t receiverNumber = 0;
    QString receiverName;
    std::int64_t listingId = 0; // 0: none
    QString description;
    int minutes = 0;
    std::int64_t rate = 0; // minor units per hour, fixed when the session is agreed
    bool mentoring = false;
    QDate plannedOn;
    State state = State::Planned;
    QDate completedOn;
    std::optional<Party> cancelledBy;
    std::int64_t tradeId = 0;
    QDate createdOn;

    // minutes × rate / 60, rounded half up.
    std::int64_t amount() const;
    bool onTime() const { return state == State::Completed && completedOn <= plannedOn; }

    static QString stateName(State state); // "planned", "completed", "cancelled"
    static std::optional<State> stateFromName(const QString &name);
    static QString partyName(Party party); // "provider", "receiver", "coordinator"
    static std::optional<Party> partyFromName(const QString &name);
};

struct NewSkillSession {
    std::int64_t providerNumber = 0;
    std::int64_t receiverNumber = 0;
    std::int64_t listingId = 0; // optional: the offer or want it came from
    QString description;
    int minutes = 0;
    std::optional<std::int64_t> rate; // none: the listing's, else the community's
    bool mentoring = false;
    QDate plannedOn;
    QDate createdOn;
};

struct SessionFilter {
    std::int64_t memberNumber = -1; // either side; -1 everyone
    std::optional<SkillSession::State> state;
    bool mentoringOnly = false;
    int limit = 500;
};

struct SessionFeedback {
    std::int64_t sessionId = 0;
    std::int64_t authorNumber = 0; // the provider or the receiver
    QString authorName;
    QString feedback;
    QString thanks; // a thank-you note for the gratitude wall
    QDate writtenOn;
};

// A thank-you note on the gratitude wall, newest first.
struct GratitudeNote {
    std::int64_t sessionId = 0;
    std::int64_t fromNumber = 0;
    QString fromName;
    std::int64_t toNumber = 0;
    QString toName;
    QString sessionDescription;
    QString text;
    QDate writtenOn;
};

// A member's skill as confirmed: verified by the coordinator, or by two
// members vouching (never the member themselves).
struct SkillVerification {
    std::int64_t memberNumber = 0;
    QString tag;
    bool byCoordinator = false;
    QList<std::int64_t> vouchers; // member numbers, in order of vouching
    QStringList voucherNames;
    QDate verifiedOn; // invalid while not verified
    bool isVerified() const { return verifiedOn.isValid(); }
};

namespace skills {

inline constexpr std::int64_t kDefaultHourRate = 1000; // 10 credits an hour
inline constexpr int kVouchesToVerify = 2;
inline constexpr int kMaximumMinutes = 24 * 60;

// The community's rate per hour (minor units); a change is journaled and
// applies to sessions agreed afterwards.
Result<std::int64_t> hourRate(Database &db);
Status setHourRate(Database &db, std::int64_t rate, const QDateTime &now);

// Vocabulary.
Result<QList<SkillTag>> tags(Database &db);
// Adds a curated tag, or marks an existing one curated; synonyms may not
// name another tag or another tag's synonym.
Result<SkillTag> curateTag(Database &db, const QString &name, const QStringList &synonyms, QDate day, const QDateTime &now);
Status addSynonym(Database &db, const QString &tag, const QString &synonym, const QDateTime &now);
// The canonical tag a typed word names (itself or through a synonym).
Result<std::optional<SkillTag>> resolveTag(Database &db, const QString &word);

// Listings.
Result<SkillListing> addListing(Database &db, const NewSkillListing &listing, const QDateTime &now);
Result<SkillListing> updateListing(Database &db, std::int64_t id, const NewSkillListing &listing, const QDateTime &now);
Status withdrawListing(Database &db, std::int64_t id, QDate day, const QDateTime &now);
Result<SkillListing> listing(Database &db, std::int64_t id);
Result<QList<SkillListing>> listingsOf(Database &db, std::int64_t memberNumber, bool includeInactive = false, QDate today = {});
Result<QList<SkillListing>> search(Database &db, const SkillSearch &search);
Result<std::int64_t> countListings(Database &db, const SkillSearch &search);

// The best counterparts for a listing: for a want the offers (and for a
// want to learn, mentors whose level is above the learner's); for an offer
// the wants. Only active listings of members who may trade, never the
// member's own; suggestions only — nothing is booked.
Result<QList<SkillMatch>> match(Database &db, std::int64_t listingId, QDate today, int limit = 20);

// Sessions. Completing one records exactly one trade, receiver to provider,
// for minutes × rate / 60 (rounded half up), category "skills"; a trade the
// ledger refuses (credit line, sanction) leaves the session planned.
Result<SkillSession> addSession(Database &db, const NewSkillSession &session, const QDateTime &now);
Result<SkillSession> completeSession(Database &db, std::int64_t id, QDate day, const QString &recordedBy, const QDateTime &now);
Status cancelSession(Database &db, std::int64_t id, SkillSession::Party by, QDate day, const QDateTime &now);
Result<SkillSession> session(Database &db, std::int64_t id);
Result<QList<SkillSession>> sessions(Database &db, const SessionFilter &filter);
// Each side once per completed session; writing again replaces its words.
Status leaveFeedback(Database &db, std::int64_t sessionId, std::int64_t authorNumber, const QString &feedback, const QString &thanks,
                     QDate day, const QDateTime &now);
Result<QList<SessionFeedback>> feedback(Database &db, std::int64_t sessionId);
Result<QList<GratitudeNote>> gratitudeWall(Database &db, int limit = 200, std::int64_t memberNumber = -1);

// Verification. `byMember` none: the coordinator confirms. Vouching twice,
// or for oneself, is refused; each confirmation is journaled.
Result<SkillVerification> verify(Database &db, std::int64_t memberNumber, const QString &tag, std::optional<std::int64_t> byMember, QDate day,
                                 const QDateTime &now);
// Every skill with at least one confirmation, verified first.
Result<QList<SkillVerification>> verifications(Database &db, std::int64_t memberNumber);

// CSV of listings: kind, member, tags (separated by ;), description and
// optional availability, availability_note, level, mentoring, rate,
// expires_on. All or nothing; errors name the line and the field.
Result<int> importListings(Database &db, QIODevice &device, const QDateTime &now);

// For verify: each completed session's trade is receiver to provider of
// its amount; the full-text index has one row per listing.
QList<IntegrityProblem> checkSessions(Database &db);

} // namespace skills
} // namespace mycelium
