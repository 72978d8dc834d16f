// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/commons.h"
#include "commons/lights.h"
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;

// An ecological indicator the community chooses to watch, after the
// planetary-boundaries idea: carbon, freshwater, land use, biodiversity,
// nitrogen and phosphorus, pollution and waste, air quality, ... Values and
// thresholds are thousandths of the unit (quantity.h).
struct Indicator {
    std::int64_t id = 0;
    QString name; // unique, compared without case
    QString unit;
    QString boundary; // the planetary boundary it follows, free text ("climate change"); may be empty
    std::int64_t threshold = 0; // the safe threshold or budget, thousandths, > 0
    Direction direction = Direction::LowerIsBetter;
    Bands bands;
    int staleAfterDays = 45; // the light turns grey when the latest measurement is older
    QDate createdOn;
};

struct NewIndicator {
    QString name;
    QString unit;
    QString boundary;
    std::int64_t threshold = 0;
    Direction direction = Direction::LowerIsBetter;
    Bands bands;
    int staleAfterDays = 45; // 1..3650
    QDate createdOn;
};

struct Measurement {
    std::int64_t id = 0;
    std::int64_t indicatorId = 0;
    QDate day;
    std::int64_t value = 0; // thousandths; may be negative
    QString source; // "hand", or the imported file's name
};

// A point of a chart: the mean of the measurements in a bucket of days.
struct MeasurementPoint {
    QDate day; // the bucket's first day
    std::int64_t value = 0; // thousandths, the bucket's mean rounded half away from zero
};

namespace indicators {

Result<Indicator> add(Database &db, const NewIndicator &indicator, const QDateTime &now);
// Replaces the settings (name included); journaled.
Result<Indicator> update(Database &db, std::int64_t id, const NewIndicator &indicator, const QDateTime &now);
Result<Indicator> byName(Database &db, const QString &name);
Result<Indicator> byId(Database &db, std::int64_t id);
Result<QList<Indicator>> list(Database &db); // by name

// One value a day per indicator: recording a day that has a value replaces
// it (the old value is in the journal). A day in the future is refused.
Result<Measurement> record(Database &db, const QString &indicatorName, QDate day, std::int64_t value, const QString &source,
                           const QDateTime &now);
Result<std::optional<Measurement>> latest(Database &db, std::int64_t indicatorId);
// Oldest first, from..to (null days: open ends).
Result<QList<Measurement>> measurements(Database &db, std::int64_t indicatorId, QDate from, QDate to);
// At most maxPoints points covering from..to: every measurement when they
// fit, otherwise the means of equal runs of days (a chart of ten years of
// daily data draws ~500 points, not 3,650).
Result<QList<MeasurementPoint>> series(Database &db, std::int64_t indicatorId, QDate from, QDate to, int maxPoints);
// Monthly means, oldest first, of the months that have measurements in from..to.
Result<QList<MeasurementPoint>> monthlyMeans(Database &db, std::int64_t indicatorId, QDate from, QDate to);

// The indicator's light as of `today`: the latest measurement against the
// threshold; grey with no measurement, or one older than staleAfterDays;
// the trend over the monthly means of the last months.
Result<CommonsLight> light(Database &db, std::int64_t indicatorId, QDate today);
// The same for an indicator already read (the dashboard reads them all at once).
Result<CommonsLight> light(Database &db, const Indicator &indicator, QDate today);

// The columns importMeasurements knows: indicator, date, value (required),
// source (optional; the file's name when empty).
QStringList importColumns();
// Measurements from a CSV file exported by a sensor or a satellite service
// (as csv::Reader reads it), first line naming the columns in any order.
// Every row is checked first — indicator known, date YYYY-MM-DD not in the
// future, value a number with at most three decimals, no day twice in the
// file, no day already recorded with another value — and the first problem
// comes back as "line N, field F: what is wrong" with the vault unchanged.
// Then all rows are recorded in one transaction; a day recorded with the
// same value already is skipped. Returns the number recorded.
Result<int> importMeasurements(Database &db, QIODevice &csv, const QString &sourceName, const QDateTime &now);

// The seed's Regional_Budget = Global_Safe_Space × (Population_Share +
// Ecosystem_Service_Share) / 2, exact: shares are parts per 10^12
// (parseShare), the budget is rounded half up, in the global figure's
// thousandths.
std::int64_t regionalBudget(std::int64_t globalSafeSpace, std::int64_t populationSharePico, std::int64_t ecosystemSharePico);
inline constexpr std::int64_t kShareScale = 1'000'000'000'000; // a share of 1 in parts per 10^12
// "0.0000375", "37.5%" or a fraction "300/8000000000", between 0 and 1,
// rounded half up to parts per 10^12.
std::optional<std::int64_t> parseShare(const QString &text);

} // namespace indicators
} // namespace mycelium
