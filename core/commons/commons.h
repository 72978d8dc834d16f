// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/lights.h"
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;
struct IntegrityProblem;

// A shared resource the community stewards: a forest, a well, a fishery, a
// solar array, soil. Quantities are thousandths of the unit (quantity.h);
// prices and credits are minor units (1 credit = 100).
//
// Extraction is capped by regeneration. Each period (a month or a year) the
// sustainable yield is divided into permits (100 t a year into 1,000
// permits: one permit is 0.1 t). An extraction takes whole permits,
// ceil(quantity × permits / yield), first from the member's own drawing
// rights, then from the period's shared permits; beyond both it is refused
// with what is left, unless a coordinator records an emergency override with
// a reason. Regeneration (planting, restoring, composting, repairing),
// verified by someone, earns the doer drawing rights — permits of their own
// that do not expire — and regeneration credits paid by the commons fund,
// at the resource's documented rates. See docs/commons.md.
struct CommonsResource {
    enum class Period { Month, Year };

    std::int64_t id = 0;
    QString name; // unique, compared without case
    QString unit; // "t", "m³", "kWh"
    QString description;
    std::optional<std::int64_t> stock; // stock or capacity where it applies, thousandths
    Period period = Period::Year;
    std::int64_t yieldPerPeriod = 0; // sustainable yield per period, thousandths, > 0
    std::int64_t permitsPerPeriod = 0; // > 0
    std::int64_t threshold = 0; // safe use per period, thousandths; the yield unless set
    std::int64_t basePrice = 0; // minor units per permit at use = threshold; 0: extraction is free
    int elasticity = 2; // 0..4: how steeply the price rises as use nears the threshold
    QString regenerationUnit; // what regeneration is counted in ("trees"); the unit when empty
    std::int64_t permitsPerRegenerationUnit = 0; // thousandths of a permit earned per unit of regeneration
    std::int64_t creditsPerRegenerationUnit = 0; // minor units paid by the commons fund per unit
    Bands bands;
    QDate createdOn;

    // What regeneration is counted in: its own unit, or the resource's.
    QString regenerationUnitOrUnit() const { return regenerationUnit.isEmpty() ? unit : regenerationUnit; }

    static QString periodName(Period period); // "month", "year"
    static std::optional<Period> periodFromName(const QString &name);
};

struct NewCommonsResource {
    QString name;
    QString unit;
    QString description;
    std::optional<std::int64_t> stock;
    CommonsResource::Period period = CommonsResource::Period::Year;
    std::int64_t yieldPerPeriod = 0;
    std::int64_t permitsPerPeriod = 0;
    std::optional<std::int64_t> threshold; // the yield when empty
    std::int64_t basePrice = 0;
    int elasticity = 2;
    QString regenerationUnit;
    std::int64_t permitsPerRegenerationUnit = 0;
    std::int64_t creditsPerRegenerationUnit = 0;
    Bands bands;
    QDate createdOn;
};

// The days of one period: a calendar month or year.
struct CommonsPeriod {
    QDate first;
    QDate last;
    QString label; // "November 2026", "2026"
};

// A resource's permits in one period, as of a day in it.
struct PermitAccount {
    CommonsPeriod period;
    std::int64_t permits = 0; // the period's shared permits
    std::int64_t sharedUsed = 0;
    std::int64_t sharedLeft = 0; // never below zero
    std::int64_t earnedInPeriod = 0; // drawing rights earned by regeneration in the period (whole permits)
    std::int64_t earnedUsed = 0; // drawing rights spent in the period
    std::int64_t drawingRightsLeft = 0; // every member's unspent drawing rights, now
    std::int64_t beyondPermits = 0; // taken under emergency overrides in the period
    std::int64_t extracted = 0; // quantity, thousandths
    std::int64_t regenerated = 0; // regeneration quantity, thousandths of the regeneration unit
    int overrides = 0;
    std::int64_t pricePerPermit = 0; // minor units, at the period's use so far
};

struct ExtractionRequest {
    QString resource; // name, any case
    std::int64_t memberNumber = 0;
    std::int64_t quantity = 0; // thousandths, > 0
    QDate date; // must lie in the current or a past period, not in the future
    QString recordedBy;
    // Not empty: a coordinator's emergency override — permits beyond what
    // is left are taken anyway, and the reason is logged and shown.
    QString overrideReason;
};

// What an extraction would take and cost, without recording it.
struct ExtractionQuote {
    std::int64_t permitsNeeded = 0;
    std::int64_t fromDrawingRights = 0;
    std::int64_t fromShared = 0;
    std::int64_t beyondPermits = 0; // > 0 only with an override
    std::int64_t pricePerPermit = 0; // at the period's use including this extraction
    std::int64_t charge = 0; // pricePerPermit × permitsNeeded, minor units
    std::int64_t permitsLeft = 0; // drawing rights + shared permits left before it
    QString refusal; // not empty: why it would be refused
};

struct Extraction {
    std::int64_t id = 0;
    std::int64_t resourceId = 0;
    QString resourceName;
    QString unit;
    std::int64_t memberNumber = 0;
    QString memberName;
    QDate date;
    std::int64_t quantity = 0;
    std::int64_t permitsShared = 0;
    std::int64_t permitsEarned = 0;
    std::int64_t permitsBeyond = 0;
    std::int64_t pricePerPermit = 0;
    std::int64_t charge = 0;
    std::int64_t tradeId = 0; // the charge's trade to the commons fund; 0 when free
    QString overrideReason;
    QString recordedBy;
};

struct RegenerationRequest {
    QString resource;
    std::int64_t memberNumber = 0;
    std::int64_t quantity = 0; // thousandths of the regeneration unit, > 0
    QString action; // "planted 40 oaks", not empty
    QString verifiedBy; // who saw it done, not empty
    QDate date;
    QString recordedBy;
};

struct Regeneration {
    std::int64_t id = 0;
    std::int64_t resourceId = 0;
    QString resourceName;
    QString unit; // the regeneration unit
    std::int64_t memberNumber = 0;
    QString memberName;
    QDate date;
    std::int64_t quantity = 0;
    QString action;
    QString verifiedBy;
    std::int64_t permitsEarned = 0; // floor(quantity × permitsPerRegenerationUnit / 1000²)
    std::int64_t credits = 0; // round half up(quantity × creditsPerRegenerationUnit / 1000)
    std::int64_t tradeId = 0; // the commons fund's payment; 0 when no credits
    QString recordedBy;
};

// One period of a resource, for charts and reports.
struct CommonsPeriodUse {
    CommonsPeriod period;
    std::int64_t extracted = 0;
    std::int64_t regenerated = 0;
    std::int64_t permitsUsed = 0; // shared + earned + beyond
    std::int64_t permitsEarned = 0;
    std::int64_t threshold = 0;
};

// One warning light on the dashboard: a resource's use in the current
// period against its safe threshold, or an indicator's latest measurement
// against its threshold.
struct CommonsLight {
    enum class Subject { Resource, Indicator };

    Subject subject = Subject::Resource;
    std::int64_t id = 0; // the resource's or the indicator's
    QString name;
    QString unit;
    LightState state = LightState::Grey;
    Direction direction = Direction::LowerIsBetter;
    std::optional<std::int64_t> value; // thousandths; empty when no data
    std::int64_t threshold = 0;
    Bands bands;
    int percent = 0; // lights::percentOf(value, threshold)
    Trend trend = Trend::Unknown;
    QList<std::int64_t> recent; // the last periods' values, oldest first (up to 6)
    QDate asOf; // the measurement's day, or the day the status was read
    QString periodLabel; // the resource's period, or the measurement's month
    QString summary; // one sentence: "12.5 t of 100 t used in 2026 (12 %)."
};

namespace commons {

// The rounding rule of the dynamic price, Real_Price = Base_Price ×
// (Current_Use / Safe_Threshold) ^ elasticity, exact in integers:
//   ratio = floor(use × 10^6 / threshold), at most 10^7 (ten times the
//           threshold: beyond it the price stops rising),
//   price = round half up(base × ratio^e / 10^(6e)),
// with e in 0..4; use and threshold in thousandths, base and price in minor
// units per permit. Use counts the extraction being priced, so a positive
// quantity is priced above zero whenever the base price is enough to show it.
std::int64_t pricePerPermit(std::int64_t basePrice, int elasticity, std::int64_t use, std::int64_t threshold);

// Whole permits a quantity takes: ceil(quantity × permits / yield).
std::int64_t permitsFor(std::int64_t quantity, std::int64_t permitsPerPeriod, std::int64_t yieldPerPeriod);

CommonsPeriod periodContaining(CommonsResource::Period period, QDate day);

Result<CommonsResource> addResource(Database &db, const NewCommonsResource &resource, const QDateTime &now);
// Replaces the settings of a resource (name included); journaled. Records
// already made keep the permits and prices they were made with.
Result<CommonsResource> updateResource(Database &db, std::int64_t id, const NewCommonsResource &resource, const QDateTime &now);
Result<CommonsResource> resource(Database &db, const QString &name);
Result<CommonsResource> resourceById(Database &db, std::int64_t id);
Result<QList<CommonsResource>> resources(Database &db); // by name

Result<PermitAccount> permitAccount(Database &db, std::int64_t resourceId, QDate day);
// A member's unspent drawing rights on a resource.
Result<std::int64_t> drawingRights(Database &db, std::int64_t resourceId, std::int64_t memberNumber);

Result<ExtractionQuote> quoteExtraction(Database &db, const ExtractionRequest &request);
// Records the extraction and charges its price to the member, paid to the
// commons fund (a trade, refused by the member's credit line like any
// other: then nothing is recorded). Journaled.
Result<Extraction> extract(Database &db, const ExtractionRequest &request, const QDateTime &now);
// Records the regeneration, adds the drawing rights it earns and pays its
// credits from the commons fund (a trade). Journaled.
Result<Regeneration> regenerate(Database &db, const RegenerationRequest &request, const QDateTime &now);

// Newest first; resourceId 0 for every resource; null days for open ends;
// limit <= 0 for all.
Result<QList<Extraction>> extractions(Database &db, std::int64_t resourceId, QDate from, QDate to, int limit);
Result<QList<Regeneration>> regenerations(Database &db, std::int64_t resourceId, QDate from, QDate to, int limit);
// Emergency overrides dated from..to, newest first.
Result<QList<Extraction>> overrides(Database &db, QDate from, QDate to);
// The largest regenerations dated from..to, by credits then permits then quantity.
Result<QList<Regeneration>> topRegenerations(Database &db, QDate from, QDate to, int limit);
// Every period of the resource that overlaps from..to, oldest first.
Result<QList<CommonsPeriodUse>> useByPeriod(Database &db, std::int64_t resourceId, QDate from, QDate to);
Result<QList<CommonsPeriodUse>> useByPeriod(Database &db, const CommonsResource &resource, QDate from, QDate to);

// Every resource's and indicator's light as of `today`, worst first (red,
// amber, grey, green), then by name.
Result<QList<CommonsLight>> status(Database &db, QDate today);
Result<CommonsLight> resourceLight(Database &db, std::int64_t resourceId, QDate today);
// The same for a resource already read (the dashboard reads them all at once).
Result<CommonsLight> resourceLight(Database &db, const CommonsResource &resource, QDate today);

// verify: every extraction's and regeneration's trade matches its charge or
// credits, and no member has spent more drawing rights than earned.
QList<IntegrityProblem> checkCommons(Database &db);

} // namespace commons
} // namespace mycelium
