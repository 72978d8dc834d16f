// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/ecobalance.h"
#include "commons/commonssupport.h"
#include "commons/quantity.h"
#include "ledger/journal.h"
#include "ledger/ledger.h"
#include "ledger/money.h"
#include "members/members.h"
#include "storage/database.h"
#include "vault/integrity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <functional>
#include <limits>

// The rules in integers (docs/commons.md):
// - extraction points of a member-month = 1,000 thousandths per permit the
//   member's extractions dated in the month took (shared + own drawing
//   rights + beyond, under an override);
// - regeneration points = 1,000 thousandths per permit the member's
//   regenerations dated in the month earned;
// - impact points of one impact of one trade = round half up(quantity ×
//   weight / 1,000) thousandths, quantity in thousandths of the kind's unit
//   and weight in thousandths of a point per unit; the trade's payer bears
//   them, in the month of the trade's date. Impacts paid by the commons fund
//   count for the community only. A trade that has been reversed carries no
//   impact (the reversal undoes the trade, its impacts included), and a
//   reversal carries none of its own;
// - credits of a positive month = round half up(net × creditsPerPoint /
//   1,000) minor units, paid by the commons fund to an active member, dated
//   the day of settling (a member who has left or is suspended is paid
//   nothing);
// - the fee of a negative month = round half up(−net × feePerPoint / 1,000)
//   minor units, charged to the commons fund dated the month's last day, or
//   the first day still open after it; a pledge of restoration work for the
//   month replaces the fee;
// - the ecological multiplier = 100 + the member's settled nets of the
//   settled month and the eleven before it, summed and cut to whole points
//   toward zero, then bounded to 50..150.

namespace mycelium::ecobalance {

namespace {

using commons::detail::dateOf;
using commons::detail::invalid;
using commons::detail::iso;
using commons::detail::journaled;
using commons::detail::tr;
using commons::detail::Wide;

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(QDate day)
{
    return firstOfMonth(day).addMonths(1).addDays(-1);
}

QString monthLabel(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

constexpr std::int64_t kPoint = 1000; // thousandths of a point
constexpr std::int64_t kMaximumWeight = 1'000'000; // 1,000 points per unit
constexpr std::int64_t kMaximumRate = 100'000'000; // a million credits per point
constexpr int kMultiplierLow = 50;
constexpr int kMultiplierHigh = 150;
const QString kCategory = QStringLiteral("ecology");
const QString kRecordedBy = QStringLiteral("settlement");

std::int64_t clamped(Wide value)
{
    return std::int64_t(std::clamp<Wide>(value, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()));
}

// round half up(a × b / 1,000) for a, b >= 0.
std::int64_t perThousand(std::int64_t a, std::int64_t b)
{
    return clamped((Wide(a) * b + 500) / 1000);
}

// The error of a settlement's trade that failed, with whose trade it was:
// `format` has the member's name (%1), number (%2) and the failure (%3).
Error tradeFailed(const QString &format, const Member &member, const Error &error)
{
    return Error::make(error.code, format.arg(member.name).arg(member.number).arg(error.message));
}

QString weightKey(ImpactKind kind)
{
    return QStringLiteral("weight.") + kindName(kind);
}
const QString kCreditsKey = QStringLiteral("credits_per_point");
const QString kFeeKey = QStringLiteral("fee_per_point");

Result<std::optional<std::int64_t>> setting(Database &db, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM eco_setting WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    return stmt->firstRow([](const Statement &row) { return row.int64(0); });
}

Status putSetting(Database &db, const QString &key, std::int64_t value)
{
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO eco_setting (key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, key).bind(2, value).exec();
}

enum class Field { Regeneration, Extraction, Impacts };
// month "YYYY-MM", member number (0: the commons fund), name, field, thousandths of a point.
using Sink = std::function<void(const QString &, std::int64_t, const QString &, Field, std::int64_t)>;

// Every contribution to the balances of the days first..last, grouped by
// month and member; `member` limits it to one member number.
Status gather(Database &db, QDate first, QDate last, std::optional<std::int64_t> member, const Sink &sink)
{
    auto w = weights(db);
    if (!w)
        return w.error();
    const QString onlyMember = member ? QStringLiteral(" AND m.number = ?") : QString();
    struct Permits {
        const char *table;
        const char *permits;
        Field field;
    };
    for (const Permits &p : {Permits{"commons_extraction", "x.permits_shared + x.permits_earned + x.permits_beyond", Field::Extraction},
                             Permits{"commons_regeneration", "x.permits_earned", Field::Regeneration}}) {
        auto stmt = db.prepare(QStringLiteral("SELECT substr(x.day, 1, 7), m.number, m.name, sum(%1) FROM %2 x JOIN member m ON m.id = x.member "
                                              "WHERE x.day >= ? AND x.day <= ?%3 GROUP BY 1, x.member")
                                   .arg(QLatin1String(p.permits), QLatin1String(p.table), onlyMember));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, iso(first)).bind(2, iso(last));
        if (member)
            stmt->bind(3, *member);
        while (stmt->next())
            sink(stmt->text(0), stmt->int64(1), stmt->text(2), p.field, clamped(Wide(stmt->int64(3)) * kPoint));
        if (stmt->error())
            return *stmt->error();
    }
    auto impacts = db.prepare(QStringLiteral("SELECT substr(t.trade_date, 1, 7), coalesce(m.number, 0), coalesce(m.name, ''), i.kind, i.quantity "
                                             "FROM trade t JOIN trade_impact i ON i.trade = t.id JOIN account a ON a.id = t.payer "
                                             "LEFT JOIN member m ON m.id = a.member_id "
                                             "WHERE t.trade_date >= ? AND t.trade_date <= ? AND t.reverses IS NULL "
                                             "AND NOT EXISTS (SELECT 1 FROM trade r WHERE r.reverses = t.id)%1")
                                  .arg(onlyMember));
    if (!impacts)
        return impacts.error();
    impacts->bind(1, iso(first)).bind(2, iso(last));
    if (member)
        impacts->bind(3, *member);
    while (impacts->next()) {
        const auto kind = kindFromName(impacts->text(3));
        if (!kind)
            continue;
        sink(impacts->text(0), impacts->int64(1), impacts->text(2), Field::Impacts,
             perThousand(impacts->int64(4), w->pointsPerUnit.at(std::size_t(*kind))));
    }
    if (impacts->error())
        return *impacts->error();
    return {};
}

void addTo(EcoBalance &b, Field field, std::int64_t points)
{
    switch (field) {
    case Field::Regeneration:
        b.regeneration += points;
        break;
    case Field::Extraction:
        b.extraction += points;
        break;
    case Field::Impacts:
        b.impacts += points;
        break;
    }
}

QString communityName()
{
    return tr("The community");
}

// Months from..to, each as a zero balance keyed "YYYY-MM".
QMap<QString, EcoBalance> emptyMonths(QDate from, QDate to, std::int64_t number, const QString &name)
{
    QMap<QString, EcoBalance> months;
    for (QDate m = firstOfMonth(from); m <= to; m = m.addMonths(1)) {
        EcoBalance b;
        b.memberNumber = number;
        b.memberName = name;
        b.month = m;
        months.insert(m.toString(QStringLiteral("yyyy-MM")), b);
    }
    return months;
}

const QString kPledgeSelect = QStringLiteral("SELECT p.id, m.number, m.name, p.month, p.work, p.pledged_on, p.fulfilled_on IS NOT NULL "
                                             "FROM eco_pledge p JOIN member m ON m.id = p.member ");

RestorationPledge pledgeFromRow(const Statement &row)
{
    RestorationPledge p;
    p.id = row.int64(0);
    p.memberNumber = row.int64(1);
    p.memberName = row.text(2);
    p.month = dateOf(row.text(3));
    p.work = row.text(4);
    p.pledgedOn = dateOf(row.text(5).left(10));
    p.fulfilled = row.int64(6) != 0;
    return p;
}

Result<RestorationPledge> pledgeById(Database &db, std::int64_t id)
{
    return commons::detail::oneRow(db, kPledgeSelect + QStringLiteral("WHERE p.id = ?"), id, pledgeFromRow,
                                   [&] { return tr("There is no restoration pledge number %1.").arg(id); });
}

// The member's settled nets of the eleven months before `month`.
Result<std::int64_t> settledNetsBefore(Database &db, std::int64_t memberId, QDate month)
{
    auto stmt = db.prepare(QStringLiteral("SELECT net FROM eco_settlement_line WHERE member = ? AND month >= ? AND month < ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, memberId).bind(2, iso(month.addMonths(-11))).bind(3, iso(month));
    Wide sum = 0;
    while (stmt->next())
        sum += stmt->int64(0);
    if (stmt->error())
        return *stmt->error();
    return clamped(sum);
}

} // namespace

QString kindName(ImpactKind kind)
{
    switch (kind) {
    case ImpactKind::Carbon:
        return QStringLiteral("carbon");
    case ImpactKind::Water:
        return QStringLiteral("water");
    case ImpactKind::Land:
        return QStringLiteral("land");
    case ImpactKind::Biodiversity:
        return QStringLiteral("biodiversity");
    case ImpactKind::Pollution:
        return QStringLiteral("pollution");
    }
    return {};
}

std::optional<ImpactKind> kindFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (int i = 0; i < kImpactKinds; ++i) {
        if (kindName(ImpactKind(i)) == wanted)
            return ImpactKind(i);
    }
    return std::nullopt;
}

QString kindUnit(ImpactKind kind)
{
    switch (kind) {
    case ImpactKind::Carbon:
        return QStringLiteral("kg CO2e");
    case ImpactKind::Water:
        return QStringLiteral("L");
    case ImpactKind::Land:
        return QStringLiteral("m²");
    case ImpactKind::Biodiversity:
        return tr("units");
    case ImpactKind::Pollution:
        return QStringLiteral("kg");
    }
    return {};
}

Result<ImpactWeights> weights(Database &db)
{
    ImpactWeights w;
    for (int i = 0; i < kImpactKinds; ++i) {
        auto value = setting(db, weightKey(ImpactKind(i)));
        if (!value)
            return value.error();
        if (*value)
            w.pointsPerUnit.at(std::size_t(i)) = **value;
    }
    return w;
}

Status setWeights(Database &db, const ImpactWeights &weights, const QDateTime &now)
{
    for (int i = 0; i < kImpactKinds; ++i) {
        const std::int64_t w = weights.pointsPerUnit.at(std::size_t(i));
        if (w < 0 || w > kMaximumWeight)
            return invalid(tr("The weight of %1 must be from 0 to 1000 points per unit.").arg(kindName(ImpactKind(i))));
    }
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    CanonicalWriter body(QStringLiteral("eco_weights"));
    for (int i = 0; i < kImpactKinds; ++i) {
        const std::int64_t w = weights.pointsPerUnit.at(std::size_t(i));
        if (auto s = putSetting(db, weightKey(ImpactKind(i)), w); !s)
            return s;
        body.add(kindName(ImpactKind(i))).add(w);
    }
    if (auto s = journaled(db, now, QStringLiteral("eco_weights"), body); !s)
        return s;
    return tx.commit();
}

Result<EcoSettlementRules> settlementRules(Database &db)
{
    EcoSettlementRules rules;
    auto credits = setting(db, kCreditsKey);
    if (!credits)
        return credits.error();
    auto fee = setting(db, kFeeKey);
    if (!fee)
        return fee.error();
    rules.creditsPerPoint = credits->value_or(rules.creditsPerPoint);
    rules.feePerPoint = fee->value_or(rules.feePerPoint);
    return rules;
}

Status setSettlementRules(Database &db, const EcoSettlementRules &rules, const QDateTime &now)
{
    if (rules.creditsPerPoint < 0 || rules.creditsPerPoint > kMaximumRate)
        return invalid(tr("The regeneration credits per point must be from 0 to a million credits."));
    if (rules.feePerPoint < 0 || rules.feePerPoint > kMaximumRate)
        return invalid(tr("The restoration fee per point must be from 0 to a million credits."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    if (auto s = putSetting(db, kCreditsKey, rules.creditsPerPoint); !s)
        return s;
    if (auto s = putSetting(db, kFeeKey, rules.feePerPoint); !s)
        return s;
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("eco_settlement_rules")).add(rules.creditsPerPoint).add(rules.feePerPoint));
    if (auto s = journaled(db, now, QStringLiteral("eco_settlement_rules"), body); !s)
        return s;
    return tx.commit();
}

Status setImpacts(Database &db, std::int64_t tradeId, const QList<TradeImpact> &impacts, const QDateTime &now)
{
    std::array<bool, kImpactKinds> given{};
    for (const TradeImpact &impact : impacts) {
        const int k = int(impact.kind);
        if (k < 0 || k >= kImpactKinds)
            return invalid(tr("An impact of trade %1 has an unknown kind.").arg(tradeId));
        if (given.at(std::size_t(k)))
            return invalid(tr("The %1 impact of trade %2 is given twice; give each kind once.").arg(kindName(impact.kind)).arg(tradeId));
        given.at(std::size_t(k)) = true;
        if (impact.quantity <= 0 || impact.quantity > quantity::kMaximum)
            return invalid(tr("The %1 impact of trade %2 must be more than zero.").arg(kindName(impact.kind)).arg(tradeId));
    }
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto t = ledger::trade(db, tradeId);
    if (!t)
        return t.error();
    if (t->reverses != 0)
        return invalid(tr("Trade %1 is a reversal of trade %2; impacts belong to the original trade.").arg(tradeId).arg(t->reverses));
    // A settled month's balances are closed: changing them would pay or
    // charge differently from what was settled.
    auto settled = isSettled(db, t->date);
    if (!settled)
        return settled.error();
    if (*settled)
        return invalid(tr("Trade %1 is dated in %2, whose ecological balance is settled already.").arg(tradeId).arg(monthLabel(firstOfMonth(t->date))));
    auto removal = db.prepare(QStringLiteral("DELETE FROM trade_impact WHERE trade = ?"));
    if (!removal)
        return removal.error();
    if (auto s = removal->bind(1, tradeId).exec(); !s)
        return s;
    auto insert = db.prepare(QStringLiteral("INSERT INTO trade_impact (trade, kind, quantity) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    CanonicalWriter body(QStringLiteral("trade_impacts"));
    body.add(tradeId);
    QList<TradeImpact> sorted = impacts;
    std::sort(sorted.begin(), sorted.end(), [](const TradeImpact &a, const TradeImpact &b) { return int(a.kind) < int(b.kind); });
    for (const TradeImpact &impact : std::as_const(sorted)) {
        if (auto s = insert->bind(1, tradeId).bind(2, kindName(impact.kind)).bind(3, impact.quantity).exec(); !s)
            return s;
        (void)insert->reset();
        body.add(kindName(impact.kind)).add(impact.quantity);
    }
    if (auto s = journaled(db, now, QStringLiteral("trade_impacts"), body); !s)
        return s;
    return tx.commit();
}

Result<QList<TradeImpact>> impacts(Database &db, std::int64_t tradeId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT kind, quantity FROM trade_impact WHERE trade = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, tradeId);
    QList<TradeImpact> result;
    while (stmt->next()) {
        if (const auto kind = kindFromName(stmt->text(0)))
            result.append({*kind, stmt->int64(1)});
    }
    if (stmt->error())
        return *stmt->error();
    std::sort(result.begin(), result.end(), [](const TradeImpact &a, const TradeImpact &b) { return int(a.kind) < int(b.kind); });
    return result;
}

Result<EcoBalance> communityBalance(Database &db, QDate month)
{
    if (!month.isValid())
        return invalid(tr("A balance needs a valid month."));
    auto history = communityHistory(db, month, month);
    if (!history)
        return history.error();
    return history->constFirst();
}

Result<QList<EcoBalance>> memberBalances(Database &db, QDate month)
{
    if (!month.isValid())
        return invalid(tr("A balance needs a valid month."));
    QMap<std::int64_t, EcoBalance> byMember;
    const QDate first = firstOfMonth(month);
    auto s = gather(db, first, lastOfMonth(month), std::nullopt,
                    [&](const QString &, std::int64_t number, const QString &name, Field field, std::int64_t points) {
                        if (number == kCommonsFund)
                            return;
                        auto it = byMember.find(number);
                        if (it == byMember.end()) {
                            EcoBalance b;
                            b.memberNumber = number;
                            b.memberName = name;
                            b.month = first;
                            it = byMember.insert(number, b);
                        }
                        addTo(*it, field, points);
                    });
    if (!s)
        return s.error();
    return byMember.values();
}

Result<QList<EcoBalance>> communityHistory(Database &db, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(tr("A history needs a valid first and last month, in that order."));
    QMap<QString, EcoBalance> months = emptyMonths(from, to, -1, communityName());
    auto s = gather(db, firstOfMonth(from), lastOfMonth(to), std::nullopt,
                    [&](const QString &month, std::int64_t, const QString &, Field field, std::int64_t points) {
                        if (auto it = months.find(month); it != months.end())
                            addTo(*it, field, points);
                    });
    if (!s)
        return s.error();
    return months.values();
}

Result<QList<EcoBalance>> memberHistory(Database &db, std::int64_t memberNumber, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(tr("A history needs a valid first and last month, in that order."));
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    QMap<QString, EcoBalance> months = emptyMonths(from, to, memberNumber, member->name);
    auto s = gather(db, firstOfMonth(from), lastOfMonth(to), memberNumber,
                    [&](const QString &month, std::int64_t, const QString &, Field field, std::int64_t points) {
                        if (auto it = months.find(month); it != months.end())
                            addTo(*it, field, points);
                    });
    if (!s)
        return s.error();
    return months.values();
}

Result<QList<BalanceBin>> distribution(Database &db, QDate month, int bins)
{
    if (bins < 1 || bins > 1000)
        return invalid(tr("A distribution needs from 1 to 1000 bands."));
    auto balances = memberBalances(db, month);
    if (!balances)
        return balances.error();
    QList<BalanceBin> result;
    if (balances->isEmpty())
        return result;
    std::int64_t low = std::numeric_limits<std::int64_t>::max();
    std::int64_t high = std::numeric_limits<std::int64_t>::min();
    for (const EcoBalance &b : std::as_const(*balances)) {
        low = std::min(low, b.net());
        high = std::max(high, b.net());
    }
    // Equal bands from the lowest, wide enough that the highest falls in
    // the last: ceil((high − low + 1) / bins), at least one point.
    const Wide span = Wide(high) - low + 1;
    const std::int64_t width = std::max<std::int64_t>(kPoint, clamped((span + bins - 1) / bins));
    for (int i = 0; i < bins; ++i)
        result.append({clamped(Wide(low) + Wide(width) * i), clamped(Wide(low) + Wide(width) * (i + 1)), 0});
    for (const EcoBalance &b : std::as_const(*balances))
        ++result[int((Wide(b.net()) - low) / width)].members;
    return result;
}

Result<RestorationPledge> pledge(Database &db, std::int64_t memberNumber, QDate month, const QString &work, const QDateTime &now)
{
    const QString what = work.simplified();
    if (!month.isValid())
        return invalid(tr("A restoration pledge needs a valid month."));
    if (what.isEmpty())
        return invalid(tr("A restoration pledge needs the work promised, such as two Saturdays at the wetland."));
    const QDate first = firstOfMonth(month);
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto member = members::byNumber(db, memberNumber);
    if (!member)
        return member.error();
    auto settled = isSettled(db, first);
    if (!settled)
        return settled.error();
    if (*settled)
        return invalid(tr("%1 is settled already; a pledge can only replace the fee of a month not yet settled.").arg(monthLabel(first)));
    auto existing = db.prepare(kPledgeSelect + QStringLiteral("WHERE p.member = ? AND p.month = ?"));
    if (!existing)
        return existing.error();
    existing->bind(1, member->id).bind(2, iso(first));
    auto found = existing->firstRow(pledgeFromRow);
    if (!found)
        return found.error();
    (void)existing->reset();
    if (*found)
        return invalid(tr("%1 (member %2) has pledged restoration work for %3 already: %4.")
                           .arg(member->name)
                           .arg(memberNumber)
                           .arg(monthLabel(first), (*found)->work));
    auto insert = db.prepare(QStringLiteral("INSERT INTO eco_pledge (member, month, work, pledged_on) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, member->id).bind(2, iso(first)).bind(3, what).bind(4, iso(now.date())).exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    const CanonicalWriter body =
        std::move(CanonicalWriter(QStringLiteral("eco_pledge")).add(*id).add(memberNumber).add(iso(first)).add(what).add(iso(now.date())));
    if (auto s = journaled(db, now, QStringLiteral("eco_pledge"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return pledgeById(db, *id);
}

Status fulfilPledge(Database &db, std::int64_t pledgeId, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto p = pledgeById(db, pledgeId);
    if (!p)
        return p.error();
    if (p->fulfilled)
        return invalid(tr("The restoration pledge %1 of %2 is fulfilled already.").arg(pledgeId).arg(p->memberName));
    auto update = db.prepare(QStringLiteral("UPDATE eco_pledge SET fulfilled_on = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, iso(now.date())).bind(2, pledgeId).exec(); !s)
        return s;
    const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("eco_pledge_fulfilled")).add(pledgeId).add(iso(now.date())));
    if (auto s = journaled(db, now, QStringLiteral("eco_pledge_fulfilled"), body); !s)
        return s;
    return tx.commit();
}

Result<QList<RestorationPledge>> pledges(Database &db, bool openOnly)
{
    auto stmt = db.prepare(kPledgeSelect + (openOnly ? QStringLiteral("WHERE p.fulfilled_on IS NULL ") : QString())
                           + QStringLiteral("ORDER BY p.month, m.number"));
    if (!stmt)
        return stmt.error();
    return stmt->rows(pledgeFromRow);
}

Result<QList<EcoSettlementLine>> settleMonth(Database &db, QDate month, const QDateTime &now)
{
    if (!month.isValid())
        return invalid(tr("A settlement needs a valid month."));
    const QDate first = firstOfMonth(month);
    const QDate thisMonth = firstOfMonth(now.date());
    if (first >= thisMonth)
        return invalid(tr("%1 has not ended yet; settle it from %2 on.").arg(monthLabel(first), iso(lastOfMonth(first).addDays(1))));

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto settled = isSettled(db, first);
    if (!settled)
        return settled.error();
    if (*settled)
        return invalid(tr("%1 is settled already; a month is settled once.").arg(monthLabel(first)));
    auto rules = settlementRules(db);
    if (!rules)
        return rules.error();
    auto balances = memberBalances(db, first);
    if (!balances)
        return balances.error();

    auto mark = db.prepare(QStringLiteral("INSERT INTO eco_settlement (month, settled_at) VALUES (?, ?)"));
    if (!mark)
        return mark.error();
    if (auto s = mark->bind(1, iso(first)).bind(2, now.toString(Qt::ISODate)).exec(); !s)
        return s.error();
    auto pledged = db.prepare(QStringLiteral("SELECT count(*) FROM eco_pledge WHERE member = ? AND month = ?"));
    if (!pledged)
        return pledged.error();
    auto insertLine = db.prepare(QStringLiteral("INSERT INTO eco_settlement_line (month, member, net, credits, fee, pledged, trade, multiplier) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insertLine)
        return insertLine.error();

    const QString label = monthLabel(first);
    QList<EcoSettlementLine> lines;
    CanonicalWriter body(QStringLiteral("eco_settlement"));
    body.add(iso(first));
    for (const EcoBalance &balance : std::as_const(*balances)) {
        const std::int64_t net = balance.net();
        if (net == 0)
            continue;
        auto member = members::byNumber(db, balance.memberNumber);
        if (!member)
            return member.error();
        EcoSettlementLine line;
        line.memberNumber = member->number;
        line.memberName = member->name;
        line.net = net;
        if (net > 0) {
            const std::int64_t credits = perThousand(net, rules->creditsPerPoint);
            if (credits > 0 && member->status == Member::Status::Active) {
                TradeRequest pay;
                pay.payer = kCommonsFund;
                pay.payee = member->number;
                pay.amount = credits;
                pay.memo = tr("Regeneration credits for %1").arg(label);
                pay.category = kCategory;
                pay.date = now.date();
                pay.recordedBy = kRecordedBy;
                auto t = ledger::recordTrade(db, pay, now);
                if (!t)
                    return tradeFailed(tr("The regeneration credits of %1 (member %2): %3"), *member, t.error());
                line.credits = credits;
                line.tradeId = t->id;
            }
        } else {
            pledged->bind(1, member->id).bind(2, iso(first));
            if (!pledged->next())
                return pledged->error().value_or(Error::make(ErrorCode::VaultDamaged, tr("The restoration pledges cannot be read.")));
            line.pledged = pledged->int64(0) > 0;
            (void)pledged->reset();
            const std::int64_t fee = perThousand(-net, rules->feePerPoint);
            if (!line.pledged && fee > 0) {
                ledger::ChargeRequest charge;
                charge.memberNumber = member->number;
                charge.amount = fee;
                charge.memo = tr("Restoration fee for %1").arg(label);
                charge.category = kCategory;
                charge.date = std::min(lastOfMonth(first), now.date());
                charge.recordedBy = kRecordedBy;
                charge.laterIfSettled = true;
                auto t = ledger::chargeToCommons(db, charge, now);
                if (!t)
                    return tradeFailed(tr("The restoration fee of %1 (member %2): %3"), *member, t.error());
                line.fee = fee;
                line.tradeId = t->id;
            }
        }
        // 100 + the twelve months' nets in whole points (cut toward zero).
        auto before = settledNetsBefore(db, member->id, first);
        if (!before)
            return before.error();
        const Wide points = (Wide(*before) + net) / kPoint;
        line.multiplier = int(std::clamp<Wide>(100 + points, kMultiplierLow, kMultiplierHigh));
        if (member->capacity.ecological != line.multiplier) {
            ProductiveCapacity capacity = member->capacity;
            capacity.ecological = line.multiplier;
            if (auto s = members::setProductiveCapacity(db, member->number, capacity, now); !s)
                return s.error();
        }
        insertLine->bind(1, iso(first))
            .bind(2, member->id)
            .bind(3, line.net)
            .bind(4, line.credits)
            .bind(5, line.fee)
            .bind(6, line.pledged ? 1 : 0)
            .bind(8, line.multiplier);
        if (line.tradeId != 0)
            insertLine->bind(7, line.tradeId);
        else
            insertLine->bindNull(7);
        if (auto s = insertLine->exec(); !s)
            return s.error();
        (void)insertLine->reset();
        body.add(member->number).add(line.net).add(line.credits).add(line.fee).add(std::int64_t(line.pledged ? 1 : 0)).add(line.tradeId).add(
            std::int64_t(line.multiplier));
        lines.append(line);
    }
    if (auto s = journaled(db, now, QStringLiteral("eco_settlement"), body); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return lines;
}

Result<bool> isSettled(Database &db, QDate month)
{
    if (!month.isValid())
        return invalid(tr("A settlement needs a valid month."));
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM eco_settlement WHERE month = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, iso(firstOfMonth(month)));
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::VaultDamaged, tr("The settlements cannot be read.")));
    return stmt->int64(0) > 0;
}

QList<IntegrityProblem> checkSettlements(Database &db)
{
    const QString id = QStringLiteral("commons.eco_settlements");
    QList<IntegrityProblem> problems;
    auto stmt = db.prepare(QStringLiteral(
        "SELECT l.month, m.number, l.net, l.credits, l.fee, l.pledged, l.trade, l.multiplier, a.id, "
        "t.id, t.payer, t.payee, t.amount, (SELECT id FROM account WHERE kind = 'commons') "
        "FROM eco_settlement_line l JOIN member m ON m.id = l.member JOIN account a ON a.member_id = m.id "
        "LEFT JOIN trade t ON t.id = l.trade ORDER BY l.month, m.number"));
    if (!stmt)
        return {{id, stmt.error().message}};
    while (stmt->next()) {
        const QString where = tr("The settlement of %1 for member %2").arg(stmt->text(0)).arg(stmt->int64(1));
        const std::int64_t net = stmt->int64(2);
        const std::int64_t credits = stmt->int64(3);
        const std::int64_t fee = stmt->int64(4);
        const bool pledged = stmt->int64(5) != 0;
        const bool hasTrade = !stmt->isNull(6);
        const std::int64_t multiplier = stmt->int64(7);
        const std::int64_t account = stmt->int64(8);
        const std::int64_t commons = stmt->int64(13);
        if (multiplier < kMultiplierLow || multiplier > kMultiplierHigh)
            problems.append({id, tr("%1 sets the multiplier %2, outside 50 to 150.").arg(where).arg(multiplier)});
        if ((credits > 0 && net <= 0) || (fee > 0 && net >= 0) || (pledged && (net >= 0 || fee > 0)))
            problems.append({id, tr("%1 does not follow from its balance.").arg(where)});
        const std::int64_t amount = credits > 0 ? credits : fee;
        if (amount == 0) {
            if (hasTrade)
                problems.append({id, tr("%1 pays nothing but names trade %2.").arg(where).arg(stmt->int64(6))});
            continue;
        }
        if (!hasTrade || stmt->isNull(9)) {
            problems.append({id, tr("%1 is missing its trade.").arg(where)});
            continue;
        }
        const std::int64_t payer = credits > 0 ? commons : account;
        const std::int64_t payee = credits > 0 ? account : commons;
        if (stmt->int64(10) != payer || stmt->int64(11) != payee || stmt->int64(12) != amount)
            problems.append({id, tr("%1 does not match its trade %2.").arg(where).arg(stmt->int64(9))});
    }
    if (stmt->error())
        problems.append({id, stmt->error()->message});
    return problems;
}

} // namespace mycelium::ecobalance
