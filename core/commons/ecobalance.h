// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace mycelium {

class Database;
struct IntegrityProblem;

// Ecological accounting in points (thousandths of a point in the API).
// The documented rules (docs/commons.md):
// - a permit taken from a commons resource costs 1 point, a permit earned
//   by regeneration gives 1 point (so "extraction capped by regeneration"
//   and the balance speak the same unit);
// - a trade's impacts cost points at the community's weights per unit,
//   borne by the payer (the commons fund's by the community);
// - a member's monthly balance = regeneration − extraction − impacts.
// Settling a closed month pays a member with a positive balance
// regeneration credits from the commons fund, and charges one with a
// negative balance a restoration fee to it — unless the member pledged
// restoration work for that month instead. Settling also sets each
// member's ecological multiplier (ProductiveCapacity::ecological):
//   100 + the sum of their settled monthly balances over the last twelve
//   months in whole points, bounded to 50..150.
enum class ImpactKind { Carbon, Water, Land, Biodiversity, Pollution };
inline constexpr int kImpactKinds = 5;

struct TradeImpact {
    ImpactKind kind = ImpactKind::Carbon;
    std::int64_t quantity = 0; // thousandths of the kind's unit, > 0
};

// Thousandths of a point per unit of each kind, indexed by ImpactKind.
struct ImpactWeights {
    std::array<std::int64_t, kImpactKinds> pointsPerUnit{100, 1, 10, 1000, 100};
    // defaults: carbon 0.1 pt per kg CO2e, water 0.001 pt per litre, land
    // 0.01 pt per m², biodiversity 1 pt per unit of damage, pollution 0.1 pt per kg
};

struct EcoSettlementRules {
    std::int64_t creditsPerPoint = 100; // minor units paid per point of a positive balance
    std::int64_t feePerPoint = 100; // minor units charged per point of a negative balance
};

struct EcoBalance {
    std::int64_t memberNumber = -1; // -1: the whole community
    QString memberName;
    QDate month; // the month's first day
    std::int64_t regeneration = 0; // thousandths of a point, >= 0
    std::int64_t extraction = 0; // >= 0
    std::int64_t impacts = 0; // >= 0
    std::int64_t net() const { return regeneration - extraction - impacts; }
};

// How many members' monthly balances fall in each band of points, for a
// distribution chart (no names).
struct BalanceBin {
    std::int64_t from = 0; // thousandths of a point, included
    std::int64_t to = 0; // excluded
    int members = 0;
};

struct RestorationPledge {
    std::int64_t id = 0;
    std::int64_t memberNumber = 0;
    QString memberName;
    QDate month;
    QString work; // "two Saturdays at the wetland"
    QDate pledgedOn;
    bool fulfilled = false;
};

struct EcoSettlementLine {
    std::int64_t memberNumber = 0;
    QString memberName;
    std::int64_t net = 0; // thousandths of a point
    std::int64_t credits = 0; // paid, minor units
    std::int64_t fee = 0; // charged, minor units
    bool pledged = false; // owed work instead of the fee
    std::int64_t tradeId = 0;
    int multiplier = 100; // the ecological multiplier set by this settlement
};

namespace ecobalance {

QString kindName(ImpactKind kind); // "carbon", "water", "land", "biodiversity", "pollution"
std::optional<ImpactKind> kindFromName(const QString &name);
QString kindUnit(ImpactKind kind); // "kg CO2e", "L", "m²", "units", "kg"

Result<ImpactWeights> weights(Database &db);
Status setWeights(Database &db, const ImpactWeights &weights, const QDateTime &now);
Result<EcoSettlementRules> settlementRules(Database &db);
Status setSettlementRules(Database &db, const EcoSettlementRules &rules, const QDateTime &now);

// Replaces the impacts a trade carries (an empty list removes them); a
// kind at most once. Journaled. Refused for a reversal.
Status setImpacts(Database &db, std::int64_t tradeId, const QList<TradeImpact> &impacts, const QDateTime &now);
Result<QList<TradeImpact>> impacts(Database &db, std::int64_t tradeId);

// One month (any day of it).
Result<EcoBalance> communityBalance(Database &db, QDate month);
// Every member with any activity that month, by member number.
Result<QList<EcoBalance>> memberBalances(Database &db, QDate month);
// Month by month, oldest first, for the months from..to (every month, empty ones as zero).
Result<QList<EcoBalance>> communityHistory(Database &db, QDate from, QDate to);
Result<QList<EcoBalance>> memberHistory(Database &db, std::int64_t memberNumber, QDate from, QDate to);
// The members' balances of a month in `bins` equal bands between the
// lowest and the highest (at least one point wide).
Result<QList<BalanceBin>> distribution(Database &db, QDate month, int bins);

Result<RestorationPledge> pledge(Database &db, std::int64_t memberNumber, QDate month, const QString &work, const QDateTime &now);
Status fulfilPledge(Database &db, std::int64_t pledgeId, const QDateTime &now);
Result<QList<RestorationPledge>> pledges(Database &db, bool openOnly);

// Settles a month that has ended (before the month of `now`), once:
// credits, fees and multipliers as the rules above say. Refused when
// settled already. Returns a line per member with a non-zero balance.
Result<QList<EcoSettlementLine>> settleMonth(Database &db, QDate month, const QDateTime &now);
// Whether a month is settled.
Result<bool> isSettled(Database &db, QDate month);

// verify: every settlement's trades match its lines.
QList<IntegrityProblem> checkSettlements(Database &db);

} // namespace ecobalance
} // namespace mycelium
