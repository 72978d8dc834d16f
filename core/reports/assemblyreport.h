// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/commons.h"
#include "commons/ecobalance.h"
#include "commons/indicators.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace mycelium {

class Database;

// Everything the monthly assembly's report shows, read from the vault in
// one go (Qt Core only), so that drawing it can happen on another thread
// without touching the database.
struct AssemblyReportData {
    QString communityName;
    QDate from;
    QDate to;
    QDate generatedOn; // the day the report says it was made; today's date when not set
    QList<CommonsLight> lights; // as of `to`, worst first

    struct ResourceSection {
        CommonsResource resource;
        QList<CommonsPeriodUse> periods; // overlapping from..to
        PermitAccount permitsAtEnd; // the period containing `to`
    };
    QList<ResourceSection> resources;

    struct IndicatorSection {
        Indicator indicator;
        QList<MeasurementPoint> points; // at most ~400, for the chart
        std::optional<std::int64_t> latest;
        std::optional<std::int64_t> lowest; // in from..to
        std::optional<std::int64_t> highest;
        int measurements = 0; // in from..to
    };
    QList<IndicatorSection> indicators;

    QList<EcoBalance> communityMonths; // from..to, oldest first
    QList<Extraction> overrides; // from..to
    QList<Regeneration> topRegenerations; // from..to, at most 10
};

namespace reports {

// Refused when from > to.
Result<AssemblyReportData> gatherAssemblyReport(Database &db, QDate from, QDate to);

} // namespace reports
} // namespace mycelium
