// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "members/members.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;
struct IntegrityProblem;

// Trust is explainable and many-sided: each dimension of a member's profile
// comes with the counts it is made of, and the seed's score
//   Trust = (successful / total transactions) × ecological factor
//           × longevity factor × vouching factor
// is shown with its parts. All parts are integers in thousandths (‰):
//   success   = floor(1000 × successful / total); none without history
//   ecological = 10 × the ecological multiplier (50..150 → 500..1500)
//   longevity = 1000 + 500 × min(whole months a member, 60) / 60 (→ 1000..1500)
//   vouching  = 1000 + 100 × min(distinct members who vouched, 5) (→ 1000..1500)
//   score     = floor(success × ecological × longevity × vouching / 10⁹), 0..3375
// Rules in docs/trust.md.
struct TrustProfile {
    std::int64_t memberNumber = 0;
    QString name;
    QDate asOf;

    // Contribution: what the member gave.
    int sessionsGiven = 0; // completed, as provider
    std::int64_t minutesGiven = 0;
    int ownToolLoans = 0; // loans of the member's own tools through the library
    int regenerations = 0; // commons regeneration records
    std::int64_t creditsEarned = 0; // minor units received in trades (reversals excluded)

    // Reliability: commitments kept.
    int sessionsDelivered = 0; // completed as provider
    int sessionsOnTime = 0;
    int sessionsCancelledByThem = 0; // cancelled by the member, either side
    int loansReturned = 0;
    int loansOnTime = 0;
    int trades = 0; // trades the member was party to, reversals not counted
    int tradesReversed = 0;

    // Reciprocity: giving and receiving.
    std::int64_t creditsGiven = 0; // minor units paid
    std::int64_t creditsReceived = 0;
    std::int64_t minutesReceived = 0;
    int reciprocityPermille = -1; // 1000 × min(given, received) / max(given, received) in credits; -1 no trades

    // Ecological impact (the commons issue's settlements).
    int ecologicalMultiplier = 100; // 50..150
    std::optional<std::int64_t> ecologicalNetLast12Months; // points; none when never settled

    // Longevity.
    QDate joinedOn;
    int monthsMember = 0;

    // Vouching.
    int vouchers = 0; // distinct members who vouched for any skill of theirs
    int vouchesGiven = 0;
    int verifiedSkills = 0;

    // The score and its parts.
    std::int64_t successful = 0; // sessions on time + loans on time + trades not reversed
    std::int64_t total = 0; // sessions delivered or cancelled by them + loans returned + trades
    int successPermille = -1; // -1: no history yet
    int ecologicalPermille = 1000;
    int longevityPermille = 1000;
    int vouchingPermille = 1000;
    std::optional<int> scorePermille; // none without history

    // For coordinators.
    Member::Sanction sanction = Member::Sanction::None;
    int openFlags = 0;
};

// A concern a member (or the coordinator) raised about a member; seen by
// coordinators only. Journaled without its words.
struct TrustFlag {
    std::int64_t id = 0;
    std::int64_t memberNumber = 0;
    QString memberName;
    std::optional<std::int64_t> reporterNumber; // none: the coordinator
    QString reporterName;
    QString reason;
    QDate raisedOn;
    QDate resolvedOn; // invalid while open
    QString resolution;
};

// A pattern the checks found, for a coordinator to review:
//   ring: in the 90 days up to the scan, two members each paid the other at
//     least 3 times and their trades together are at least half of each
//     one's trades in that window;
//   near_floor: one trade of at least a quarter of the payer's credit line
//     took them from above half their line to within 10 % of its floor;
//   reversals: a member party to 3 or more reversed trades within 30 days.
struct TrustAlert {
    enum class Kind { Ring, NearFloor, Reversals };
    std::int64_t id = 0;
    Kind kind = Kind::Ring;
    std::int64_t memberNumber = 0;
    QString memberName;
    std::optional<std::int64_t> otherNumber; // the ring's other member
    QString otherName;
    QString detail; // words with the counts and amounts
    QDate raisedOn;
    QDate reviewedOn; // invalid while open
    QString review;

    static QString kindName(Kind kind); // "ring", "near_floor", "reversals"
    static std::optional<Kind> kindFromName(const QString &name);
};

// One step of the graduated sanctions: up by a coordinator (warning →
// reduced credit line → suspended, mediation required → excluded), down by
// a coordinator or by redemption. Every step is journaled.
struct SanctionStep {
    std::int64_t id = 0;
    std::int64_t memberNumber = 0;
    QString memberName;
    Member::Sanction level = Member::Sanction::None;
    Member::Sanction previous = Member::Sanction::None;
    QString reason;
    QString appliedBy; // the coordinator's name, or "redemption"
    QDate appliedOn;
    QDate reviewOn; // invalid for "none"
    std::int64_t journalSeq = 0;
};

// A member under a sanction now, for the review queue.
struct SanctionUnderReview {
    SanctionStep current;
    int contributionsSince = 0; // since the step was applied
    bool redemptionEarned = false; // would step down at the next redemption
};

// The community's depth over breadth, over the months up to a day.
struct DepthMetrics {
    QDate from;
    QDate to;
    int tradingMembers = 0; // members party to a trade in the window
    int reciprocityPermille = -1; // mean of each trading member's reciprocity
    int distinctPairs = 0; // pairs of members who traded
    int pairsPerMemberPermille = 0; // 1000 × pairs / trading members
    int concernsRaised = 0; // flags raised in the window
    int concernsResolved = 0; // of those, resolved
    int resolutionPermille = -1; // -1: none raised
    struct Month {
        QDate month; // the first day
        int gratitudeNotes = 0;
    };
    QList<Month> gratitude; // one per month, oldest first
};

namespace trust {

inline constexpr int kRedemptionContributions = 3;
inline constexpr int kRedemptionReviewDays = 30;

// The score's bounds (see the comment on TrustProfile).
inline constexpr int kMinimumEcologicalMultiplier = 50;
inline constexpr int kMaximumEcologicalMultiplier = 150;
inline constexpr int kLongevityMonths = 60;
inline constexpr int kVouchersCounted = 5;

// The alert rules' figures (see TrustAlert).
inline constexpr int kRingDays = 90;
inline constexpr int kRingPaymentsEachWay = 3;
inline constexpr int kReversalsDays = 30;
inline constexpr int kReversalsCount = 3;
inline constexpr int kNearFloorScanDays = 90; // trades a scan looks at

// Fills successful, total and the score's parts from the counts already in
// the profile (used by profile(); public for the rules' tests).
void computeScore(TrustProfile &profile);

Result<TrustProfile> profile(Database &db, std::int64_t memberNumber, QDate today);

// Flags.
Result<TrustFlag> raiseFlag(Database &db, std::int64_t memberNumber, std::optional<std::int64_t> reporterNumber, const QString &reason,
                            QDate day, const QDateTime &now);
Status resolveFlag(Database &db, std::int64_t flagId, const QString &resolution, QDate day, const QDateTime &now);
Result<QList<TrustFlag>> flags(Database &db, bool openOnly, std::int64_t memberNumber = -1);

// Alerts: a scan adds the patterns not yet raised (a reviewed pattern is not
// raised again) and returns how many it added.
Result<int> scanAlerts(Database &db, QDate today, const QDateTime &now);
Result<QList<TrustAlert>> alerts(Database &db, bool openOnly);
Status reviewAlert(Database &db, std::int64_t alertId, const QString &review, QDate day, const QDateTime &now);

// Sanctions. A step needs a reason, and a review date after today unless
// it lifts the sanction ("none").
Result<SanctionStep> applySanction(Database &db, std::int64_t memberNumber, Member::Sanction level, const QString &reason, QDate reviewOn,
                                   const QString &appliedBy, QDate day, const QDateTime &now);
Result<QList<SanctionStep>> sanctionHistory(Database &db, std::int64_t memberNumber); // oldest first
Result<QList<SanctionUnderReview>> sanctionsUnderReview(Database &db, QDate today); // by review date
// Contributions since a day: sessions given (completed), the member's own
// tools lent out, regenerations, and tool loans returned on time.
Result<int> contributionsSince(Database &db, std::int64_t memberNumber, QDate since);
// Redemption: a warning or reduced line, on or after its review date, with
// kRedemptionContributions contributions since it was applied, steps down
// one level (review again kRedemptionReviewDays later). Suspension and
// exclusion are lifted by a coordinator after mediation. Returns the steps.
Result<QList<SanctionStep>> redeem(Database &db, QDate today, const QDateTime &now);

Result<DepthMetrics> depthMetrics(Database &db, QDate today, int months = 12);

// For verify: each member's sanction is the level of their latest step.
QList<IntegrityProblem> checkSanctions(Database &db);

} // namespace trust
} // namespace mycelium
