// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/indicators.h"
#include "commons/commonssupport.h"
#include "commons/quantity.h"
#include "ledger/journal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <limits>

namespace mycelium::indicators {

namespace {

using commons::detail::dateOf;
using commons::detail::invalid;
using commons::detail::iso;
using commons::detail::journaled;
using commons::detail::tr;
using commons::detail::Wide;

// Open ends of a day range, as ISO text that sorts before and after every day.
QString lowerBound(QDate from)
{
    return from.isValid() ? iso(from) : QStringLiteral("0000-01-01");
}

QString upperBound(QDate to)
{
    return to.isValid() ? iso(to) : QStringLiteral("9999-12-31");
}

const QString kSelect = QStringLiteral("SELECT id, name, unit, boundary, threshold, direction, amber_from, red_above, stale_after_days, "
                                       "created_on FROM eco_indicator ");

Indicator indicatorFromRow(const Statement &row)
{
    Indicator i;
    i.id = row.int64(0);
    i.name = row.text(1);
    i.unit = row.text(2);
    i.boundary = row.text(3);
    i.threshold = row.int64(4);
    i.direction = row.text(5) == QLatin1String("higher-is-better") ? Direction::HigherIsBetter : Direction::LowerIsBetter;
    i.bands.amberFromPercent = row.integer(6);
    i.bands.redAbovePercent = row.integer(7);
    i.staleAfterDays = row.integer(8);
    i.createdOn = dateOf(row.text(9));
    return i;
}

Measurement measurementFromRow(const Statement &row)
{
    Measurement m;
    m.id = row.int64(0);
    m.indicatorId = row.int64(1);
    m.day = dateOf(row.text(2));
    m.value = row.int64(3);
    m.source = row.text(4);
    return m;
}

const QString kMeasurementSelect = QStringLiteral("SELECT id, indicator, day, value, source FROM eco_measurement ");

// The request cleaned up, or why it cannot be an indicator.
Result<NewIndicator> validated(const NewIndicator &request)
{
    NewIndicator clean = request;
    clean.name = request.name.simplified();
    clean.unit = request.unit.simplified();
    clean.boundary = request.boundary.simplified();
    if (clean.name.isEmpty())
        return invalid(tr("An indicator needs a name."));
    if (clean.unit.isEmpty())
        return invalid(tr("The indicator %1 needs a unit, such as t CO2e or m³.").arg(clean.name));
    if (clean.threshold <= 0 || clean.threshold > quantity::kMaximum)
        return invalid(tr("The threshold of %1 must be more than zero (and at most a trillion).").arg(clean.name));
    if (!clean.bands.isValid())
        return invalid(tr("The bands of %1 are invalid: amber begins from 1 % to the red percentage, and red at most at 1000 %.").arg(clean.name));
    if (clean.staleAfterDays < 1 || clean.staleAfterDays > 3650)
        return invalid(tr("The days after which a measurement of %1 is stale must be from 1 to 3650.").arg(clean.name));
    if (!clean.createdOn.isValid())
        return invalid(tr("The indicator %1 needs a valid date of adding.").arg(clean.name));
    return clean;
}

// Another indicator already called `name` (compared without case), if any.
Result<std::optional<Indicator>> sameName(Database &db, const QString &name, std::int64_t exceptId)
{
    auto all = list(db);
    if (!all)
        return all.error();
    const QString folded = name.toCaseFolded();
    for (const Indicator &i : std::as_const(*all)) {
        if (i.id != exceptId && i.name.toCaseFolded() == folded)
            return std::optional<Indicator>(i);
    }
    return std::optional<Indicator>();
}

// Why `name` cannot be the name of the indicator `exceptId` (0: a new one),
// if another indicator already has it.
Status nameFree(Database &db, const QString &name, std::int64_t exceptId)
{
    auto clash = sameName(db, name, exceptId);
    if (!clash)
        return clash.error();
    if (*clash)
        return invalid(tr("The indicator name %1 is already used by %2; every indicator needs its own name.").arg(name, (*clash)->name));
    return {};
}

// Binds the settings to parameters 1 to 9 of an INSERT or UPDATE of eco_indicator.
Statement &bindSettings(Statement &stmt, const NewIndicator &i)
{
    return stmt.bind(1, i.name)
        .bind(2, i.unit)
        .bind(3, i.boundary)
        .bind(4, i.threshold)
        .bind(5, lights::directionName(i.direction))
        .bind(6, i.bands.amberFromPercent)
        .bind(7, i.bands.redAbovePercent)
        .bind(8, i.staleAfterDays)
        .bind(9, iso(i.createdOn));
}

CanonicalWriter settingsBody(const QString &kind, std::int64_t id, const NewIndicator &i)
{
    return std::move(CanonicalWriter(kind)
                         .add(id)
                         .add(i.name)
                         .add(i.unit)
                         .add(i.boundary)
                         .add(i.threshold)
                         .add(lights::directionName(i.direction))
                         .add(std::int64_t(i.bands.amberFromPercent))
                         .add(std::int64_t(i.bands.redAbovePercent))
                         .add(std::int64_t(i.staleAfterDays))
                         .add(iso(i.createdOn)));
}

Result<std::optional<Measurement>> latestOnOrBefore(Database &db, std::int64_t indicatorId, QDate day)
{
    auto stmt = db.prepare(kMeasurementSelect + QStringLiteral("WHERE indicator = ? AND day <= ? ORDER BY day DESC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, indicatorId).bind(2, upperBound(day));
    return stmt->firstRow(measurementFromRow);
}

// sum / count rounded half away from zero.
std::int64_t meanOf(Wide sum, std::int64_t count)
{
    Wide q = sum / count;
    const Wide r = sum % count;
    if ((r < 0 ? -r : r) * 2 >= count)
        q += sum < 0 ? -1 : 1;
    return std::int64_t(q);
}

Result<QList<MeasurementPoint>> grouped(Statement &stmt, const std::function<QDate(const Statement &)> &dayOf)
{
    QList<MeasurementPoint> points;
    while (stmt.next())
        points.append({dayOf(stmt), meanOf(Wide(stmt.int64(1)), stmt.int64(2))});
    if (stmt.error())
        return *stmt.error();
    return points;
}

// Floor division for signed wide integers.
Wide floorDiv(Wide a, Wide b)
{
    Wide q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

Result<Indicator> add(Database &db, const NewIndicator &request, const QDateTime &now)
{
    auto clean = validated(request);
    if (!clean)
        return clean.error();
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    if (auto s = nameFree(db, clean->name, 0); !s)
        return s.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO eco_indicator (name, unit, boundary, threshold, direction, amber_from, red_above, "
                                            "stale_after_days, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    bindSettings(*insert, *clean);
    if (auto s = insert->exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    if (auto s = journaled(db, now, QStringLiteral("indicator_added"), settingsBody(QStringLiteral("indicator_added"), *id, *clean)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return byId(db, *id);
}

Result<Indicator> update(Database &db, std::int64_t id, const NewIndicator &request, const QDateTime &now)
{
    auto clean = validated(request);
    if (!clean)
        return clean.error();
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto current = byId(db, id);
    if (!current)
        return current.error();
    if (auto s = nameFree(db, clean->name, id); !s)
        return s.error();
    auto change = db.prepare(QStringLiteral("UPDATE eco_indicator SET name = ?, unit = ?, boundary = ?, threshold = ?, direction = ?, "
                                            "amber_from = ?, red_above = ?, stale_after_days = ?, created_on = ? WHERE id = ?"));
    if (!change)
        return change.error();
    bindSettings(*change, *clean).bind(10, id);
    if (auto s = change->exec(); !s)
        return s.error();
    if (auto s = journaled(db, now, QStringLiteral("indicator_updated"), settingsBody(QStringLiteral("indicator_updated"), id, *clean)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return byId(db, id);
}

Result<Indicator> byName(Database &db, const QString &name)
{
    const QString wanted = name.simplified();
    // The column compares ASCII without case; other letters are folded here.
    auto stmt = db.prepare(kSelect + QStringLiteral("WHERE name = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, wanted);
    auto found = stmt->firstRow(indicatorFromRow);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    auto other = sameName(db, wanted, 0);
    if (!other)
        return other.error();
    if (*other)
        return **other;
    return invalid(tr("There is no indicator called %1.").arg(wanted));
}

Result<Indicator> byId(Database &db, std::int64_t id)
{
    return commons::detail::oneRow(db, kSelect + QStringLiteral("WHERE id = ?"), id, indicatorFromRow,
                                   [&] { return tr("There is no indicator number %1.").arg(id); });
}

Result<QList<Indicator>> list(Database &db)
{
    auto stmt = db.prepare(kSelect + QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
    if (!stmt)
        return stmt.error();
    return stmt->rows(indicatorFromRow);
}

Result<Measurement> record(Database &db, const QString &indicatorName, QDate day, std::int64_t value, const QString &source,
                           const QDateTime &now)
{
    if (!day.isValid())
        return invalid(tr("A measurement needs a valid day."));
    if (day > now.date())
        return invalid(tr("A measurement cannot be dated in the future (%1).").arg(iso(day)));
    if (value > quantity::kMaximum || value < -quantity::kMaximum)
        return invalid(tr("The measured value is beyond a trillion units."));
    const QString from = source.trimmed().isEmpty() ? QStringLiteral("hand") : source.trimmed();

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto indicator = byName(db, indicatorName);
    if (!indicator)
        return indicator.error();
    auto existing = db.prepare(kMeasurementSelect + QStringLiteral("WHERE indicator = ? AND day = ?"));
    if (!existing)
        return existing.error();
    existing->bind(1, indicator->id).bind(2, iso(day));
    auto old = existing->firstRow(measurementFromRow);
    if (!old)
        return old.error();
    (void)existing->reset();
    if (*old) {
        // The same value again changes nothing.
        if ((*old)->value == value)
            return **old;
        auto change = db.prepare(QStringLiteral("UPDATE eco_measurement SET value = ?, source = ? WHERE id = ?"));
        if (!change)
            return change.error();
        change->bind(1, value).bind(2, from).bind(3, (*old)->id);
        if (auto s = change->exec(); !s)
            return s.error();
        const CanonicalWriter body = std::move(CanonicalWriter(QStringLiteral("measurement_replaced"))
                                                   .add(indicator->name)
                                                   .add(iso(day))
                                                   .add((*old)->value)
                                                   .add(value)
                                                   .add((*old)->source)
                                                   .add(from));
        if (auto s = journaled(db, now, QStringLiteral("measurement_replaced"), body); !s)
            return s.error();
    } else {
        auto insert = db.prepare(QStringLiteral("INSERT INTO eco_measurement (indicator, day, value, source) VALUES (?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        insert->bind(1, indicator->id).bind(2, iso(day)).bind(3, value).bind(4, from);
        if (auto s = insert->exec(); !s)
            return s.error();
        const CanonicalWriter body = std::move(
            CanonicalWriter(QStringLiteral("measurement_recorded")).add(indicator->name).add(iso(day)).add(value).add(from));
        if (auto s = journaled(db, now, QStringLiteral("measurement_recorded"), body); !s)
            return s.error();
    }
    existing->bind(1, indicator->id).bind(2, iso(day));
    auto stored = existing->firstRow(measurementFromRow);
    if (!stored)
        return stored.error();
    (void)existing->reset();
    if (!*stored)
        return Error::make(ErrorCode::IntegrityViolation, tr("The measurement of %1 on %2 was not stored.").arg(indicator->name, iso(day)));
    if (auto s = tx.commit(); !s)
        return s.error();
    return **stored;
}

Result<std::optional<Measurement>> latest(Database &db, std::int64_t indicatorId)
{
    return latestOnOrBefore(db, indicatorId, {});
}

Result<QList<Measurement>> measurements(Database &db, std::int64_t indicatorId, QDate from, QDate to)
{
    auto stmt = db.prepare(kMeasurementSelect + QStringLiteral("WHERE indicator = ? AND day >= ? AND day <= ? ORDER BY day"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, indicatorId).bind(2, lowerBound(from)).bind(3, upperBound(to));
    return stmt->rows(measurementFromRow);
}

Result<QList<MeasurementPoint>> series(Database &db, std::int64_t indicatorId, QDate from, QDate to, int maxPoints)
{
    if (maxPoints < 1)
        return invalid(tr("A chart needs room for at least one point."));
    // The first and last measured days and the count, read from the
    // (indicator, day) index alone.
    auto span = db.prepare(QStringLiteral("SELECT min(day), max(day), count(*) FROM eco_measurement WHERE indicator = ? AND day >= ? AND day <= ?"));
    if (!span)
        return span.error();
    span->bind(1, indicatorId).bind(2, lowerBound(from)).bind(3, upperBound(to));
    if (!span->next())
        return span->error().value_or(Error::make(ErrorCode::VaultDamaged, tr("The measurements cannot be read.")));
    const std::int64_t count = span->int64(2);
    if (count == 0)
        return QList<MeasurementPoint>();
    const QDate first = from.isValid() ? from : dateOf(span->text(0));
    const QDate last = to.isValid() ? to : dateOf(span->text(1));
    (void)span->reset();

    if (count <= maxPoints) {
        auto all = measurements(db, indicatorId, from, to);
        if (!all)
            return all.error();
        QList<MeasurementPoint> points;
        points.reserve(all->size());
        for (const Measurement &m : std::as_const(*all))
            points.append({m.day, m.value});
        return points;
    }
    // Runs of `run` days from the first day: ceil(days / maxPoints) days
    // each, so there are at most maxPoints runs. Each point is the mean of
    // the run's measurements (not of its days), rounded half away from zero.
    const std::int64_t days = first.daysTo(last) + 1;
    const std::int64_t run = (days + maxPoints - 1) / maxPoints;
    auto stmt = db.prepare(QStringLiteral("SELECT CAST(julianday(day) - julianday(?) AS INTEGER) / ? AS run, sum(value), count(*) "
                                          "FROM eco_measurement WHERE indicator = ? AND day >= ? AND day <= ? GROUP BY run ORDER BY run"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, iso(first)).bind(2, run).bind(3, indicatorId).bind(4, iso(first)).bind(5, iso(last));
    return grouped(*stmt, [&](const Statement &row) { return first.addDays(row.int64(0) * run); });
}

Result<QList<MeasurementPoint>> monthlyMeans(Database &db, std::int64_t indicatorId, QDate from, QDate to)
{
    auto stmt = db.prepare(QStringLiteral("SELECT substr(day, 1, 7) AS month, sum(value), count(*) FROM eco_measurement "
                                          "WHERE indicator = ? AND day >= ? AND day <= ? GROUP BY month ORDER BY month"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, indicatorId).bind(2, lowerBound(from)).bind(3, upperBound(to));
    return grouped(*stmt, [](const Statement &row) { return dateOf(row.text(0) + QStringLiteral("-01")); });
}

Result<CommonsLight> light(Database &db, std::int64_t indicatorId, QDate today)
{
    auto indicator = byId(db, indicatorId);
    if (!indicator)
        return indicator.error();
    return light(db, *indicator, today);
}

Result<CommonsLight> light(Database &db, const Indicator &indicator, QDate today)
{
    CommonsLight light;
    light.subject = CommonsLight::Subject::Indicator;
    light.id = indicator.id;
    light.name = indicator.name;
    light.unit = indicator.unit;
    light.direction = indicator.direction;
    light.threshold = indicator.threshold;
    light.bands = indicator.bands;
    light.state = LightState::Grey;
    light.asOf = today;

    auto last = latestOnOrBefore(db, indicator.id, today);
    if (!last)
        return last.error();
    if (!*last) {
        light.summary = tr("No measurement yet.");
        return light;
    }
    const Measurement &m = **last;
    light.value = m.value;
    light.asOf = m.day;
    light.percent = lights::percentOf(m.value, indicator.threshold);
    light.periodLabel = QLocale().toString(m.day, QStringLiteral("MMMM yyyy"));

    // The trend: the monthly means of up to six months ending with the
    // latest measurement's.
    const QDate monthStart(m.day.year(), m.day.month(), 1);
    auto means = monthlyMeans(db, indicator.id, monthStart.addMonths(-5), m.day);
    if (!means)
        return means.error();
    for (const MeasurementPoint &p : std::as_const(*means))
        light.recent.append(p.value);
    light.trend = lights::trendOf(light.recent, indicator.direction);

    const QString threshold = tr("%1 %2").arg(quantity::toDisplayString(indicator.threshold), indicator.unit);
    if (m.day.daysTo(today) > indicator.staleAfterDays) {
        light.summary = tr("No measurement since %1.").arg(iso(m.day));
        return light;
    }
    light.state = lights::stateOf(m.value, indicator.threshold, indicator.direction, indicator.bands);
    light.summary = tr("Latest %1 %2 on %3, %4 % of the threshold %5.")
                        .arg(quantity::toDisplayString(m.value), indicator.unit, iso(m.day))
                        .arg(light.percent)
                        .arg(threshold);
    return light;
}

std::int64_t regionalBudget(std::int64_t globalSafeSpace, std::int64_t populationSharePico, std::int64_t ecosystemSharePico)
{
    // global × (p + e) / (2 × 10^12), rounded half up: floor((2 × num + den) / (2 × den)).
    const Wide numerator = Wide(globalSafeSpace) * (Wide(populationSharePico) + ecosystemSharePico);
    const Wide denominator = Wide(2) * kShareScale;
    const Wide budget = floorDiv(2 * numerator + denominator, 2 * denominator);
    return std::int64_t(std::clamp<Wide>(budget, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()));
}

std::optional<std::int64_t> parseShare(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    const auto digitsOnly = [](const QString &t) {
        return !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };
    // Every form is read as the fraction numerator / denominator, then
    // rounded half up to parts per 10^12.
    Wide numerator = 0;
    Wide denominator = 1;
    if (const qsizetype slash = s.indexOf(QLatin1Char('/')); slash >= 0) {
        const QString a = s.left(slash).trimmed();
        const QString b = s.mid(slash + 1).trimmed();
        if (!digitsOnly(a) || !digitsOnly(b) || a.size() > 18 || b.size() > 18)
            return std::nullopt;
        numerator = a.toLongLong();
        denominator = b.toLongLong();
        if (denominator == 0)
            return std::nullopt;
    } else {
        bool percent = false;
        if (s.endsWith(QLatin1Char('%'))) {
            percent = true;
            s.chop(1);
            s = s.trimmed();
        }
        const qsizetype point = s.indexOf(QLatin1Char('.'));
        const QString whole = point < 0 ? s : s.left(point);
        const QString fraction = point < 0 ? QString() : s.mid(point + 1);
        if ((whole.isEmpty() && fraction.isEmpty()) || (!whole.isEmpty() && !digitsOnly(whole)) || (point >= 0 && !digitsOnly(fraction)))
            return std::nullopt;
        // 24 digits keep every product below inside 128 bits.
        if (whole.size() + fraction.size() > 24)
            return std::nullopt;
        for (const QChar c : whole + fraction)
            numerator = numerator * 10 + (c.unicode() - '0');
        for (qsizetype i = 0; i < fraction.size() + (percent ? 2 : 0); ++i)
            denominator *= 10;
    }
    if (numerator > denominator)
        return std::nullopt;
    const Wide pico = (2 * numerator * kShareScale + denominator) / (2 * denominator);
    return std::int64_t(pico);
}

} // namespace mycelium::indicators
