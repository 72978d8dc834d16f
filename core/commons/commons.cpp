// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/commons.h"
#include "commons/commonssupport.h"
#include "commons/quantity.h"
#include "ledger/journal.h"
#include "ledger/ledger.h"
#include "ledger/money.h"
#include "members/members.h"
#include "storage/database.h"
#include "vault/integrity.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace mycelium {

namespace {

using commons::detail::credits;
using commons::detail::dateOf;
using commons::detail::invalid;
using commons::detail::iso;
using commons::detail::journaled;
using commons::detail::tr;
using commons::detail::Wide;

// The largest price, charge or payment in minor units (ten trillion
// credits): far beyond any real one, and far from overflowing a balance.
constexpr std::int64_t kLargestAmount = 1'000'000'000'000'000;

const QString kResourceSelect = QStringLiteral(
    "SELECT id, name, unit, description, stock, period, yield, permits, threshold, base_price, elasticity, regen_unit, "
    "regen_permits_per_unit, regen_credits_per_unit, amber_from, red_above, created_on FROM commons_resource ");

CommonsResource resourceFromRow(const Statement &row)
{
    CommonsResource r;
    r.id = row.int64(0);
    r.name = row.text(1);
    r.unit = row.text(2);
    r.description = row.text(3);
    if (!row.isNull(4))
        r.stock = row.int64(4);
    r.period = CommonsResource::periodFromName(row.text(5)).value_or(CommonsResource::Period::Year);
    r.yieldPerPeriod = row.int64(6);
    r.permitsPerPeriod = row.int64(7);
    r.threshold = row.int64(8);
    r.basePrice = row.int64(9);
    r.elasticity = row.integer(10);
    r.regenerationUnit = row.text(11);
    r.permitsPerRegenerationUnit = row.int64(12);
    r.creditsPerRegenerationUnit = row.int64(13);
    r.bands = Bands{row.integer(14), row.integer(15)};
    r.createdOn = dateOf(row.text(16));
    return r;
}

const QString kExtractionSelect = QStringLiteral(
    "SELECT e.id, r.id, r.name, r.unit, m.number, m.name, e.day, e.quantity, e.permits_shared, e.permits_earned, e.permits_beyond, "
    "e.price_per_permit, e.charge, coalesce(e.trade, 0), e.override_reason, e.recorded_by FROM commons_extraction e "
    "JOIN commons_resource r ON r.id = e.resource JOIN member m ON m.id = e.member ");

Extraction extractionFromRow(const Statement &row)
{
    Extraction e;
    e.id = row.int64(0);
    e.resourceId = row.int64(1);
    e.resourceName = row.text(2);
    e.unit = row.text(3);
    e.memberNumber = row.int64(4);
    e.memberName = row.text(5);
    e.date = dateOf(row.text(6));
    e.quantity = row.int64(7);
    e.permitsShared = row.int64(8);
    e.permitsEarned = row.int64(9);
    e.permitsBeyond = row.int64(10);
    e.pricePerPermit = row.int64(11);
    e.charge = row.int64(12);
    e.tradeId = row.int64(13);
    e.overrideReason = row.text(14);
    e.recordedBy = row.text(15);
    return e;
}

const QString kRegenerationSelect = QStringLiteral(
    "SELECT g.id, r.id, r.name, CASE WHEN r.regen_unit = '' THEN r.unit ELSE r.regen_unit END, m.number, m.name, g.day, g.quantity, "
    "g.action, g.verified_by, g.permits_earned, g.credits, coalesce(g.trade, 0), g.recorded_by FROM commons_regeneration g "
    "JOIN commons_resource r ON r.id = g.resource JOIN member m ON m.id = g.member ");

Regeneration regenerationFromRow(const Statement &row)
{
    Regeneration g;
    g.id = row.int64(0);
    g.resourceId = row.int64(1);
    g.resourceName = row.text(2);
    g.unit = row.text(3);
    g.memberNumber = row.int64(4);
    g.memberName = row.text(5);
    g.date = dateOf(row.text(6));
    g.quantity = row.int64(7);
    g.action = row.text(8);
    g.verifiedBy = row.text(9);
    g.permitsEarned = row.int64(10);
    g.credits = row.int64(11);
    g.tradeId = row.int64(12);
    g.recordedBy = row.text(13);
    return g;
}

// The quantity a number of permits stands for: permits × yield / permits per period.
std::int64_t quantityOfPermits(const CommonsResource &r, std::int64_t permits)
{
    return std::int64_t(Wide(permits) * r.yieldPerPeriod / r.permitsPerPeriod);
}

QString amountText(const CommonsResource &r, std::int64_t thousandths)
{
    return tr("%1 %2").arg(quantity::toDisplayString(thousandths), r.unit);
}

// Checked and cleaned settings of a resource; the first problem in words.
Result<NewCommonsResource> checkedResource(const NewCommonsResource &in)
{
    NewCommonsResource r = in;
    r.name = in.name.simplified();
    r.unit = in.unit.simplified();
    r.description = in.description.trimmed();
    r.regenerationUnit = in.regenerationUnit.simplified();
    if (r.name.isEmpty())
        return invalid(tr("A commons resource needs a name."));
    if (r.unit.isEmpty())
        return invalid(tr("The resource %1 needs a unit, like t, m³ or kWh.").arg(r.name));
    if (r.yieldPerPeriod <= 0 || r.yieldPerPeriod > quantity::kMaximum)
        return invalid(tr("The sustainable yield of %1 must be more than zero.").arg(r.name));
    if (r.permitsPerPeriod <= 0 || r.permitsPerPeriod > 1'000'000'000)
        return invalid(tr("The permits per period of %1 must be a whole number from 1 to 1,000,000,000.").arg(r.name));
    if (r.threshold && (*r.threshold <= 0 || *r.threshold > quantity::kMaximum))
        return invalid(tr("The safe threshold of %1 must be more than zero.").arg(r.name));
    if (r.stock && (*r.stock < 0 || *r.stock > quantity::kMaximum))
        return invalid(tr("The stock of %1 cannot be negative.").arg(r.name));
    if (r.basePrice < 0 || r.basePrice > kLargestAmount)
        return invalid(tr("The base price of %1 cannot be negative.").arg(r.name));
    if (r.elasticity < 0 || r.elasticity > 4)
        return invalid(tr("The price elasticity of %1 must be a whole number from 0 to 4.").arg(r.name));
    if (r.permitsPerRegenerationUnit < 0 || r.permitsPerRegenerationUnit > quantity::kMaximum)
        return invalid(tr("The permits earned per unit of regeneration of %1 cannot be negative.").arg(r.name));
    if (r.creditsPerRegenerationUnit < 0 || r.creditsPerRegenerationUnit > kLargestAmount)
        return invalid(tr("The credits paid per unit of regeneration of %1 cannot be negative.").arg(r.name));
    if (!r.bands.isValid())
        return invalid(tr("The bands of %1 must have amber from 1 % up to red, and red at most 1000 %.").arg(r.name));
    if (!r.createdOn.isValid())
        return invalid(tr("The resource %1 needs the day it was added.").arg(r.name));
    return r;
}

CanonicalWriter resourceBody(const QString &kind, std::int64_t id, const NewCommonsResource &r, std::int64_t threshold)
{
    CanonicalWriter body(kind);
    body.add(id).add(r.name).add(r.unit).add(r.description).add(r.stock.value_or(-1)).add(CommonsResource::periodName(r.period));
    body.add(r.yieldPerPeriod).add(r.permitsPerPeriod).add(threshold).add(r.basePrice).add(std::int64_t(r.elasticity));
    body.add(r.regenerationUnit).add(r.permitsPerRegenerationUnit).add(r.creditsPerRegenerationUnit);
    body.add(std::int64_t(r.bands.amberFromPercent)).add(std::int64_t(r.bands.redAbovePercent));
    return body;
}

Status bindResource(Statement &stmt, const NewCommonsResource &r, std::int64_t threshold)
{
    stmt.bind(1, r.name).bind(2, r.unit).bind(3, r.description);
    if (r.stock)
        stmt.bind(4, *r.stock);
    else
        stmt.bindNull(4);
    stmt.bind(5, CommonsResource::periodName(r.period)).bind(6, r.yieldPerPeriod).bind(7, r.permitsPerPeriod).bind(8, threshold);
    stmt.bind(9, r.basePrice).bind(10, r.elasticity).bind(11, r.regenerationUnit).bind(12, r.permitsPerRegenerationUnit);
    stmt.bind(13, r.creditsPerRegenerationUnit).bind(14, r.bands.amberFromPercent).bind(15, r.bands.redAbovePercent);
    return {};
}

// Why `name` cannot be the name of the resource `exceptId` (0: a new one),
// if another resource already has it.
Status nameFree(Database &db, const QString &name, std::int64_t exceptId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT 1 FROM commons_resource WHERE name = ? AND id <> ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name).bind(2, exceptId);
    const bool taken = stmt->next();
    if (stmt->error())
        return *stmt->error();
    (void)stmt->reset();
    if (taken)
        return invalid(tr("A commons resource named %1 already exists.").arg(name));
    return {};
}

// Sums over one resource's records in a range of days.
struct PeriodSums {
    std::int64_t extracted = 0;
    std::int64_t shared = 0;
    std::int64_t earned = 0;
    std::int64_t beyond = 0;
    int overrides = 0;
    std::int64_t regenerated = 0;
    std::int64_t permitsEarned = 0;
};

Result<PeriodSums> sumsBetween(Database &db, std::int64_t resourceId, QDate first, QDate last)
{
    PeriodSums sums;
    auto ex = db.prepare(QStringLiteral(
        "SELECT coalesce(sum(quantity), 0), coalesce(sum(permits_shared), 0), coalesce(sum(permits_earned), 0), "
        "coalesce(sum(permits_beyond), 0), count(CASE WHEN override_reason <> '' THEN 1 END) "
        "FROM commons_extraction WHERE resource = ? AND day BETWEEN ? AND ?"));
    if (!ex)
        return ex.error();
    ex->bind(1, resourceId).bind(2, iso(first)).bind(3, iso(last));
    if (ex->next()) {
        sums.extracted = ex->int64(0);
        sums.shared = ex->int64(1);
        sums.earned = ex->int64(2);
        sums.beyond = ex->int64(3);
        sums.overrides = ex->integer(4);
    }
    if (ex->error())
        return *ex->error();
    (void)ex->reset();
    auto rg = db.prepare(QStringLiteral("SELECT coalesce(sum(quantity), 0), coalesce(sum(permits_earned), 0) FROM commons_regeneration "
                                        "WHERE resource = ? AND day BETWEEN ? AND ?"));
    if (!rg)
        return rg.error();
    rg->bind(1, resourceId).bind(2, iso(first)).bind(3, iso(last));
    if (rg->next()) {
        sums.regenerated = rg->int64(0);
        sums.permitsEarned = rg->int64(1);
    }
    if (rg->error())
        return *rg->error();
    (void)rg->reset();
    return sums;
}

// Drawing rights earned minus spent: every member's (memberId 0) or one member's.
Result<std::int64_t> unspentRights(Database &db, std::int64_t resourceId, std::int64_t memberId)
{
    const QString who = memberId > 0 ? QStringLiteral(" AND member = ?2") : QString();
    auto stmt = db.prepare(QStringLiteral("SELECT (SELECT coalesce(sum(permits_earned), 0) FROM commons_regeneration WHERE resource = ?1%1) - "
                                          "(SELECT coalesce(sum(permits_earned), 0) FROM commons_extraction WHERE resource = ?1%1)")
                               .arg(who));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, resourceId);
    if (memberId > 0)
        stmt->bind(2, memberId);
    std::int64_t rights = 0;
    if (stmt->next())
        rights = stmt->int64(0);
    if (stmt->error())
        return *stmt->error();
    (void)stmt->reset();
    return std::max<std::int64_t>(0, rights);
}

// Whether anything was ever recorded for the resource.
Result<bool> hasRecords(Database &db, std::int64_t resourceId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM commons_extraction WHERE resource = ?1) "
                                          "OR EXISTS (SELECT 1 FROM commons_regeneration WHERE resource = ?1)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, resourceId);
    bool any = false;
    if (stmt->next())
        any = stmt->int64(0) != 0;
    if (stmt->error())
        return *stmt->error();
    (void)stmt->reset();
    return any;
}

struct Plan {
    CommonsResource resource;
    Member member;
    CommonsPeriod period;
    ExtractionQuote quote;
};

// Reads everything an extraction needs and works out its permits and price.
Result<Plan> planExtraction(Database &db, const ExtractionRequest &request)
{
    if (!request.date.isValid())
        return invalid(tr("An extraction needs a valid date."));
    if (request.quantity <= 0 || request.quantity > quantity::kMaximum)
        return invalid(tr("The quantity extracted must be more than zero."));
    auto resource = commons::resource(db, request.resource);
    if (!resource)
        return resource.error();
    auto member = members::byNumber(db, request.memberNumber);
    if (!member)
        return member.error();
    Plan plan{*resource, *member, commons::periodContaining(resource->period, request.date), {}};
    ExtractionQuote &q = plan.quote;

    auto sums = sumsBetween(db, resource->id, plan.period.first, plan.period.last);
    if (!sums)
        return sums.error();
    auto rights = unspentRights(db, resource->id, member->id);
    if (!rights)
        return rights.error();
    const std::int64_t sharedLeft = std::max<std::int64_t>(0, resource->permitsPerPeriod - sums->shared);
    q.permitsNeeded = commons::permitsFor(request.quantity, resource->permitsPerPeriod, resource->yieldPerPeriod);
    q.permitsLeft = sharedLeft + *rights;
    q.fromDrawingRights = std::min(q.permitsNeeded, *rights);
    q.fromShared = std::min(q.permitsNeeded - q.fromDrawingRights, sharedLeft);
    q.beyondPermits = q.permitsNeeded - q.fromDrawingRights - q.fromShared;
    q.pricePerPermit = commons::pricePerPermit(resource->basePrice, resource->elasticity, sums->extracted + request.quantity, resource->threshold);
    if (__builtin_mul_overflow(q.pricePerPermit, q.permitsNeeded, &q.charge) || q.charge > kLargestAmount)
        return invalid(tr("The price of extracting %1 from %2 is too large to charge.").arg(amountText(*resource, request.quantity), resource->name));

    if (member->status != Member::Status::Active) {
        q.refusal = member->status == Member::Status::Suspended
            ? tr("%1 (member %2) is suspended and cannot extract from %3.").arg(member->name).arg(member->number).arg(resource->name)
            : tr("%1 (member %2) has left the community and cannot extract from %3.").arg(member->name).arg(member->number).arg(resource->name);
    } else if (!member->mayTrade()) {
        q.refusal = member->whyNotTrading();
    } else if (q.beyondPermits > 0 && request.overrideReason.trimmed().isEmpty()) {
        q.refusal = tr("Only %1 permits (%2) of %3 are left for %4 (member %5) in %6: %7 shared and %8 earned by regeneration. "
                       "Extracting %9 needs %10 permits.")
                        .arg(QLocale().toString(q.permitsLeft), amountText(*resource, quantityOfPermits(*resource, q.permitsLeft)), resource->name,
                             member->name)
                        .arg(member->number)
                        .arg(plan.period.label)
                        .arg(QLocale().toString(sharedLeft), QLocale().toString(*rights), amountText(*resource, request.quantity),
                             QLocale().toString(q.permitsNeeded));
        q.beyondPermits = 0;
    }
    return plan;
}

QString monthLabel(QDate day)
{
    return QLocale().standaloneMonthName(day.month(), QLocale::LongFormat) + QLatin1Char(' ') + QString::number(day.year());
}

} // namespace

QString CommonsResource::periodName(Period period)
{
    return period == Period::Month ? QStringLiteral("month") : QStringLiteral("year");
}

std::optional<CommonsResource::Period> CommonsResource::periodFromName(const QString &name)
{
    if (name == QLatin1String("month"))
        return Period::Month;
    if (name == QLatin1String("year"))
        return Period::Year;
    return std::nullopt;
}

namespace commons {

std::int64_t pricePerPermit(std::int64_t basePrice, int elasticity, std::int64_t use, std::int64_t threshold)
{
    if (basePrice <= 0 || threshold <= 0)
        return 0;
    elasticity = std::clamp(elasticity, 0, 4);
    constexpr Wide kMillion = 1'000'000;
    const Wide ratio = std::clamp<Wide>(Wide(std::max<std::int64_t>(use, 0)) * kMillion / threshold, 0, 10 * kMillion);
    Wide numerator = basePrice;
    Wide denominator = 1;
    for (int i = 0; i < elasticity; ++i) {
        numerator *= ratio;
        denominator *= kMillion;
    }
    // Round half up: floor((2n + d) / 2d).
    const Wide price = (2 * numerator + denominator) / (2 * denominator);
    return std::int64_t(std::min<Wide>(price, kLargestAmount));
}

std::int64_t permitsFor(std::int64_t quantity, std::int64_t permitsPerPeriod, std::int64_t yieldPerPeriod)
{
    if (quantity <= 0 || permitsPerPeriod <= 0 || yieldPerPeriod <= 0)
        return 0;
    const Wide n = Wide(quantity) * permitsPerPeriod;
    return std::int64_t((n + yieldPerPeriod - 1) / yieldPerPeriod);
}

CommonsPeriod periodContaining(CommonsResource::Period period, QDate day)
{
    if (period == CommonsResource::Period::Month) {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1), monthLabel(first)};
    }
    return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31), QString::number(day.year())};
}

Result<CommonsResource> addResource(Database &db, const NewCommonsResource &resource, const QDateTime &now)
{
    auto checked = checkedResource(resource);
    if (!checked)
        return checked.error();
    const std::int64_t threshold = checked->threshold.value_or(checked->yieldPerPeriod);
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    if (auto s = nameFree(db, checked->name, 0); !s)
        return s.error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO commons_resource (name, unit, description, stock, period, yield, permits, threshold, base_price, elasticity, regen_unit, "
        "regen_permits_per_unit, regen_credits_per_unit, amber_from, red_above, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    (void)bindResource(*insert, *checked, threshold);
    insert->bind(16, iso(checked->createdOn));
    if (auto s = insert->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    if (auto s = journaled(db, now, QStringLiteral("commons.resource.add"), resourceBody(QStringLiteral("commons.resource.add"), *id, *checked, threshold));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return resourceById(db, *id);
}

Result<CommonsResource> updateResource(Database &db, std::int64_t id, const NewCommonsResource &resource, const QDateTime &now)
{
    auto checked = checkedResource(resource);
    if (!checked)
        return checked.error();
    const std::int64_t threshold = checked->threshold.value_or(checked->yieldPerPeriod);
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto existing = resourceById(db, id);
    if (!existing)
        return existing.error();
    if (auto s = nameFree(db, checked->name, id); !s)
        return s.error();
    auto update = db.prepare(QStringLiteral(
        "UPDATE commons_resource SET name = ?, unit = ?, description = ?, stock = ?, period = ?, yield = ?, permits = ?, threshold = ?, "
        "base_price = ?, elasticity = ?, regen_unit = ?, regen_permits_per_unit = ?, regen_credits_per_unit = ?, amber_from = ?, red_above = ? "
        "WHERE id = ?"));
    if (!update)
        return update.error();
    (void)bindResource(*update, *checked, threshold);
    update->bind(16, id);
    if (auto s = update->exec(); !s)
        return s.error();
    if (auto s = journaled(db, now, QStringLiteral("commons.resource.update"),
                           resourceBody(QStringLiteral("commons.resource.update"), id, *checked, threshold));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return resourceById(db, id);
}

Result<CommonsResource> resource(Database &db, const QString &name)
{
    const QString wanted = name.simplified();
    return commons::detail::oneRow(db, kResourceSelect + QStringLiteral("WHERE name = ?"), wanted, resourceFromRow,
                                   [&] { return tr("There is no commons resource named %1.").arg(wanted); });
}

Result<CommonsResource> resourceById(Database &db, std::int64_t id)
{
    return commons::detail::oneRow(db, kResourceSelect + QStringLiteral("WHERE id = ?"), id, resourceFromRow,
                                   [&] { return tr("There is no commons resource number %1.").arg(id); });
}

Result<QList<CommonsResource>> resources(Database &db)
{
    auto stmt = db.prepare(kResourceSelect + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    if (!stmt)
        return stmt.error();
    return stmt->rows(resourceFromRow);
}

Result<PermitAccount> permitAccount(Database &db, std::int64_t resourceId, QDate day)
{
    auto r = resourceById(db, resourceId);
    if (!r)
        return r.error();
    PermitAccount account;
    account.period = periodContaining(r->period, day);
    auto sums = sumsBetween(db, resourceId, account.period.first, account.period.last);
    if (!sums)
        return sums.error();
    auto rights = unspentRights(db, resourceId, 0);
    if (!rights)
        return rights.error();
    account.permits = r->permitsPerPeriod;
    account.sharedUsed = sums->shared;
    account.sharedLeft = std::max<std::int64_t>(0, r->permitsPerPeriod - sums->shared);
    account.earnedInPeriod = sums->permitsEarned;
    account.earnedUsed = sums->earned;
    account.drawingRightsLeft = *rights;
    account.beyondPermits = sums->beyond;
    account.extracted = sums->extracted;
    account.regenerated = sums->regenerated;
    account.overrides = sums->overrides;
    account.pricePerPermit = pricePerPermit(r->basePrice, r->elasticity, sums->extracted, r->threshold);
    return account;
}

Result<std::int64_t> drawingRights(Database &db, std::int64_t resourceId, std::int64_t memberNumber)
{
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    return unspentRights(db, resourceId, member->id);
}

Result<ExtractionQuote> quoteExtraction(Database &db, const ExtractionRequest &request)
{
    auto plan = planExtraction(db, request);
    if (!plan)
        return plan.error();
    return plan->quote;
}

Result<Extraction> extract(Database &db, const ExtractionRequest &request, const QDateTime &now)
{
    if (request.date.isValid() && request.date > now.date())
        return invalid(tr("An extraction cannot be dated in the future (%1).").arg(iso(request.date)));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto plan = planExtraction(db, request);
    if (!plan)
        return plan.error();
    const ExtractionQuote &q = plan->quote;
    if (!q.refusal.isEmpty())
        return invalid(q.refusal);
    const CommonsResource &r = plan->resource;
    const QString reason = q.beyondPermits > 0 ? request.overrideReason.simplified() : QString();

    std::int64_t tradeId = 0;
    if (q.charge > 0) {
        TradeRequest charge;
        charge.payer = plan->member.number;
        charge.payee = kCommonsFund;
        charge.amount = q.charge;
        charge.memo = tr("Extraction of %1 from %2 (%3 permits)").arg(amountText(r, request.quantity), r.name).arg(q.permitsNeeded);
        charge.category = QStringLiteral("commons");
        charge.date = request.date;
        charge.recordedBy = request.recordedBy;
        auto trade = ledger::recordTrade(db, charge, now);
        if (!trade)
            return trade.error();
        tradeId = trade->id;
    }
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO commons_extraction (resource, member, day, quantity, permits_shared, permits_earned, permits_beyond, price_per_permit, "
        "charge, trade, override_reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, r.id).bind(2, plan->member.id).bind(3, iso(request.date)).bind(4, request.quantity).bind(5, q.fromShared);
    insert->bind(6, q.fromDrawingRights).bind(7, q.beyondPermits).bind(8, q.pricePerPermit).bind(9, q.charge);
    if (tradeId > 0)
        insert->bind(10, tradeId);
    else
        insert->bindNull(10);
    insert->bind(11, reason).bind(12, request.recordedBy).bind(13, now.toString(Qt::ISODate));
    if (auto s = insert->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    CanonicalWriter body(QStringLiteral("commons.extract"));
    body.add(*id).add(r.id).add(plan->member.number).add(iso(request.date)).add(request.quantity).add(q.fromShared).add(q.fromDrawingRights);
    body.add(q.beyondPermits).add(q.pricePerPermit).add(q.charge).add(tradeId).add(reason).add(request.recordedBy);
    if (auto s = journaled(db, now, QStringLiteral("commons.extract"), body); !s)
        return s.error();
    auto stmt = db.prepare(kExtractionSelect + QStringLiteral("WHERE e.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, *id);
    auto row = stmt->firstRow(extractionFromRow);
    if (!row || !*row)
        return row ? Error::make(ErrorCode::IntegrityViolation, tr("The extraction just recorded is missing.")) : row.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return **row;
}

Result<Regeneration> regenerate(Database &db, const RegenerationRequest &request, const QDateTime &now)
{
    if (!request.date.isValid())
        return invalid(tr("A regeneration needs a valid date."));
    if (request.date > now.date())
        return invalid(tr("A regeneration cannot be dated in the future (%1).").arg(iso(request.date)));
    if (request.quantity <= 0 || request.quantity > quantity::kMaximum)
        return invalid(tr("The quantity of regeneration must be more than zero."));
    const QString action = request.action.simplified();
    const QString verifiedBy = request.verifiedBy.simplified();
    if (action.isEmpty())
        return invalid(tr("Say what was done: a regeneration needs an action, like \"planted 40 oaks\"."));
    if (verifiedBy.isEmpty())
        return invalid(tr("Say who verified the regeneration \"%1\".").arg(action));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto r = resource(db, request.resource);
    if (!r)
        return r.error();
    auto member = members::byNumber(db, request.memberNumber);
    if (!member)
        return member.error();
    if (member->status == Member::Status::Left)
        return invalid(tr("%1 (member %2) has left the community.").arg(member->name).arg(member->number));

    // Rules per resource (docs/commons.md): permits earned round down to
    // whole permits, credits round half up to the minor unit.
    const std::int64_t permits = std::int64_t(Wide(request.quantity) * r->permitsPerRegenerationUnit / (quantity::kScale * quantity::kScale));
    const Wide creditsWide = (Wide(request.quantity) * r->creditsPerRegenerationUnit * 2 + quantity::kScale) / (2 * quantity::kScale);
    if (creditsWide > kLargestAmount)
        return invalid(tr("The credits for this regeneration are too large to pay."));
    const std::int64_t paid = std::int64_t(creditsWide);
    const QString regenUnit = r->regenerationUnitOrUnit();

    std::int64_t tradeId = 0;
    if (paid > 0) {
        TradeRequest payment;
        payment.payer = kCommonsFund;
        payment.payee = member->number;
        payment.amount = paid;
        payment.memo = tr("Regeneration of %1: %2").arg(r->name, action);
        payment.category = QStringLiteral("regeneration");
        payment.date = request.date;
        payment.recordedBy = request.recordedBy;
        auto trade = ledger::recordTrade(db, payment, now);
        if (!trade)
            return trade.error();
        tradeId = trade->id;
    }
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO commons_regeneration (resource, member, day, quantity, action, verified_by, permits_earned, credits, trade, recorded_by, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, r->id).bind(2, member->id).bind(3, iso(request.date)).bind(4, request.quantity).bind(5, action).bind(6, verifiedBy);
    insert->bind(7, permits).bind(8, paid);
    if (tradeId > 0)
        insert->bind(9, tradeId);
    else
        insert->bindNull(9);
    insert->bind(10, request.recordedBy).bind(11, now.toString(Qt::ISODate));
    if (auto s = insert->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    CanonicalWriter body(QStringLiteral("commons.regenerate"));
    body.add(*id).add(r->id).add(member->number).add(iso(request.date)).add(request.quantity).add(action).add(verifiedBy);
    body.add(permits).add(paid).add(tradeId).add(request.recordedBy);
    if (auto s = journaled(db, now, QStringLiteral("commons.regenerate"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Regeneration g;
    g.id = *id;
    g.resourceId = r->id;
    g.resourceName = r->name;
    g.unit = regenUnit;
    g.memberNumber = member->number;
    g.memberName = member->name;
    g.date = request.date;
    g.quantity = request.quantity;
    g.action = action;
    g.verifiedBy = verifiedBy;
    g.permitsEarned = permits;
    g.credits = paid;
    g.tradeId = tradeId;
    g.recordedBy = request.recordedBy;
    return g;
}

namespace {

// "WHERE ..." for an optional resource and open-ended days over alias `a`.
QString rangeWhere(const char *alias, std::int64_t resourceId, QDate from, QDate to)
{
    QStringList parts;
    const QString a = QLatin1String(alias);
    if (resourceId > 0)
        parts << a + QStringLiteral(".resource = :resource");
    if (from.isValid())
        parts << a + QStringLiteral(".day >= :from");
    if (to.isValid())
        parts << a + QStringLiteral(".day <= :to");
    return parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

void bindRange(Statement &stmt, std::int64_t resourceId, QDate from, QDate to)
{
    int index = 1;
    if (resourceId > 0)
        stmt.bind(index++, resourceId);
    if (from.isValid())
        stmt.bind(index++, iso(from));
    if (to.isValid())
        stmt.bind(index++, iso(to));
}

QString limitClause(int limit)
{
    return limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
}

} // namespace

Result<QList<Extraction>> extractions(Database &db, std::int64_t resourceId, QDate from, QDate to, int limit)
{
    auto stmt = db.prepare(kExtractionSelect + rangeWhere("e", resourceId, from, to) + QStringLiteral("ORDER BY e.day DESC, e.id DESC") + limitClause(limit));
    if (!stmt)
        return stmt.error();
    bindRange(*stmt, resourceId, from, to);
    return stmt->rows(extractionFromRow);
}

Result<QList<Regeneration>> regenerations(Database &db, std::int64_t resourceId, QDate from, QDate to, int limit)
{
    auto stmt = db.prepare(kRegenerationSelect + rangeWhere("g", resourceId, from, to) + QStringLiteral("ORDER BY g.day DESC, g.id DESC")
                           + limitClause(limit));
    if (!stmt)
        return stmt.error();
    bindRange(*stmt, resourceId, from, to);
    return stmt->rows(regenerationFromRow);
}

Result<QList<Extraction>> overrides(Database &db, QDate from, QDate to)
{
    QString where = rangeWhere("e", 0, from, to);
    where = where.isEmpty() ? QStringLiteral("WHERE e.override_reason <> '' ") : where + QStringLiteral("AND e.override_reason <> '' ");
    auto stmt = db.prepare(kExtractionSelect + where + QStringLiteral("ORDER BY e.day DESC, e.id DESC"));
    if (!stmt)
        return stmt.error();
    bindRange(*stmt, 0, from, to);
    return stmt->rows(extractionFromRow);
}

Result<QList<Regeneration>> topRegenerations(Database &db, QDate from, QDate to, int limit)
{
    auto stmt = db.prepare(kRegenerationSelect + rangeWhere("g", 0, from, to)
                           + QStringLiteral("ORDER BY g.credits DESC, g.permits_earned DESC, g.quantity DESC, g.day, g.id") + limitClause(limit));
    if (!stmt)
        return stmt.error();
    bindRange(*stmt, 0, from, to);
    return stmt->rows(regenerationFromRow);
}

Result<QList<CommonsPeriodUse>> useByPeriod(Database &db, std::int64_t resourceId, QDate from, QDate to)
{
    auto r = resourceById(db, resourceId);
    if (!r)
        return r.error();
    return useByPeriod(db, *r, from, to);
}

Result<QList<CommonsPeriodUse>> useByPeriod(Database &db, const CommonsResource &r, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return invalid(tr("Choose a range of days whose first day is not after its last."));
    const CommonsPeriod first = periodContaining(r.period, from);
    const CommonsPeriod last = periodContaining(r.period, to);
    // Group by the period's key: "2026" or "2026-11".
    const QString key = r.period == CommonsResource::Period::Month ? QStringLiteral("substr(day, 1, 7)") : QStringLiteral("substr(day, 1, 4)");
    QHash<QString, CommonsPeriodUse> byKey;
    auto ex = db.prepare(QStringLiteral("SELECT %1, sum(quantity), sum(permits_shared + permits_earned + permits_beyond) FROM commons_extraction "
                                        "WHERE resource = ? AND day BETWEEN ? AND ? GROUP BY 1")
                             .arg(key));
    if (!ex)
        return ex.error();
    ex->bind(1, r.id).bind(2, iso(first.first)).bind(3, iso(last.last));
    while (ex->next()) {
        CommonsPeriodUse &use = byKey[ex->text(0)];
        use.extracted = ex->int64(1);
        use.permitsUsed = ex->int64(2);
    }
    if (ex->error())
        return *ex->error();
    auto rg = db.prepare(QStringLiteral("SELECT %1, sum(quantity), sum(permits_earned) FROM commons_regeneration "
                                        "WHERE resource = ? AND day BETWEEN ? AND ? GROUP BY 1")
                             .arg(key));
    if (!rg)
        return rg.error();
    rg->bind(1, r.id).bind(2, iso(first.first)).bind(3, iso(last.last));
    while (rg->next()) {
        CommonsPeriodUse &use = byKey[rg->text(0)];
        use.regenerated = rg->int64(1);
        use.permitsEarned = rg->int64(2);
    }
    if (rg->error())
        return *rg->error();
    QList<CommonsPeriodUse> result;
    for (QDate day = first.first; day <= last.last; day = periodContaining(r.period, day).last.addDays(1)) {
        const CommonsPeriod period = periodContaining(r.period, day);
        const QString k = r.period == CommonsResource::Period::Month ? day.toString(QStringLiteral("yyyy-MM")) : QString::number(day.year());
        CommonsPeriodUse use = byKey.value(k);
        use.period = period;
        use.threshold = r.threshold;
        result.append(use);
    }
    return result;
}

Result<CommonsLight> resourceLight(Database &db, std::int64_t resourceId, QDate today)
{
    auto r = resourceById(db, resourceId);
    if (!r)
        return r.error();
    return resourceLight(db, *r, today);
}

Result<CommonsLight> resourceLight(Database &db, const CommonsResource &r, QDate today)
{
    CommonsLight light;
    light.subject = CommonsLight::Subject::Resource;
    light.id = r.id;
    light.name = r.name;
    light.unit = r.unit;
    light.direction = Direction::LowerIsBetter;
    light.threshold = r.threshold;
    light.bands = r.bands;
    light.asOf = today;
    const CommonsPeriod current = periodContaining(r.period, today);
    light.periodLabel = current.label;

    auto any = hasRecords(db, r.id);
    if (!any)
        return any.error();
    // The last six periods, the current one last; the trend reads the
    // completed ones only, since the current period is still filling up.
    const QDate firstShown = r.period == CommonsResource::Period::Month ? current.first.addMonths(-5) : current.first.addYears(-5);
    auto periods = useByPeriod(db, r, firstShown, today);
    if (!periods)
        return periods.error();
    QList<std::int64_t> completed;
    for (const CommonsPeriodUse &p : *periods) {
        if (p.period.first >= r.createdOn.addDays(1 - r.createdOn.day()) || p.extracted > 0)
            light.recent.append(p.extracted);
        if (p.period.last < current.first && (p.period.last >= r.createdOn || p.extracted > 0))
            completed.append(p.extracted);
    }
    light.trend = lights::trendOf(completed, Direction::LowerIsBetter);
    if (!*any) {
        light.state = LightState::Grey;
        light.summary = tr("Nothing recorded yet for %1.").arg(r.name);
        return light;
    }
    const std::int64_t used = periods->isEmpty() ? 0 : periods->last().extracted;
    light.value = used;
    light.state = lights::stateOf(used, r.threshold, Direction::LowerIsBetter, r.bands);
    light.percent = lights::percentOf(used, r.threshold);
    light.summary = tr("%1 of %2 used in %3 (%4 %).").arg(amountText(r, used), amountText(r, r.threshold), current.label).arg(light.percent);
    return light;
}

QList<IntegrityProblem> checkCommons(Database &db)
{
    QList<IntegrityProblem> problems;
    const QString check = QStringLiteral("commons.records");
    const auto fail = [&](const QString &message) { problems.append({check, message}); };
    // Each charge or payment is a trade of its amount between the member and the commons fund.
    auto charges = db.prepare(QStringLiteral(
        "SELECT e.id, e.charge, t.amount, t.payer = a.id AND t.payee = 1 FROM commons_extraction e JOIN account a ON a.member_id = e.member "
        "LEFT JOIN trade t ON t.id = e.trade WHERE e.trade IS NOT NULL"));
    if (!charges) {
        fail(charges.error().message);
        return problems;
    }
    while (charges->next()) {
        if (charges->isNull(2) || charges->int64(1) != charges->int64(2) || charges->int64(3) == 0)
            fail(tr("Extraction %1 charges %2 credits, but its trade does not record that charge to the commons fund.")
                     .arg(charges->int64(0))
                     .arg(credits(charges->int64(1))));
    }
    auto payments = db.prepare(QStringLiteral(
        "SELECT g.id, g.credits, t.amount, t.payer = 1 AND t.payee = a.id FROM commons_regeneration g JOIN account a ON a.member_id = g.member "
        "LEFT JOIN trade t ON t.id = g.trade WHERE g.trade IS NOT NULL"));
    if (!payments) {
        fail(payments.error().message);
        return problems;
    }
    while (payments->next()) {
        if (payments->isNull(2) || payments->int64(1) != payments->int64(2) || payments->int64(3) == 0)
            fail(tr("Regeneration %1 pays %2 credits, but its trade does not record that payment from the commons fund.")
                     .arg(payments->int64(0))
                     .arg(credits(payments->int64(1))));
    }
    // Nobody spends drawing rights they did not earn.
    auto rights = db.prepare(QStringLiteral(
        "SELECT m.number, r.name, spent, coalesce((SELECT sum(g.permits_earned) FROM commons_regeneration g WHERE g.member = s.member AND "
        "g.resource = s.resource), 0) FROM (SELECT member, resource, sum(permits_earned) AS spent FROM commons_extraction GROUP BY member, resource) s "
        "JOIN member m ON m.id = s.member JOIN commons_resource r ON r.id = s.resource"));
    if (!rights) {
        fail(rights.error().message);
        return problems;
    }
    while (rights->next()) {
        if (rights->int64(2) > rights->int64(3))
            fail(tr("Member %1 has spent %2 drawing rights on %3 but earned only %4.")
                     .arg(rights->int64(0))
                     .arg(rights->int64(2))
                     .arg(rights->text(1))
                     .arg(rights->int64(3)));
    }
    return problems;
}

} // namespace commons
} // namespace mycelium
