// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/assemblyreport.h"
#include "community/communityprofile.h"

#include <QCoreApplication>

#include <algorithm>

namespace mycelium::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::reports", text);
}

// A chart of an indicator draws at most this many points: a page is about
// 150 mm wide, so more would only overlap.
constexpr int kChartPoints = 400;
constexpr int kTopRegenerations = 10;

} // namespace

Result<AssemblyReportData> gatherAssemblyReport(Database &db, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("The report needs a first and a last day (YYYY-MM-DD)."));
    if (from > to)
        return Error::make(ErrorCode::InvalidArgument, tr("The report's first day, %1, is after its last day, %2: swap them.")
                                                           .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    AssemblyReportData data;
    data.from = from;
    data.to = to;
    auto profile = loadCommunityProfile(db);
    if (!profile)
        return profile.error();
    data.communityName = profile->name;

    auto lights = commons::status(db, to);
    if (!lights)
        return lights.error();
    data.lights = *std::move(lights);

    auto resources = commons::resources(db);
    if (!resources)
        return resources.error();
    for (const CommonsResource &resource : *resources) {
        AssemblyReportData::ResourceSection section;
        section.resource = resource;
        auto periods = commons::useByPeriod(db, resource, from, to);
        if (!periods)
            return periods.error();
        section.periods = *std::move(periods);
        auto account = commons::permitAccount(db, resource.id, to);
        if (!account)
            return account.error();
        section.permitsAtEnd = *account;
        data.resources.append(std::move(section));
    }

    auto indicators = indicators::list(db);
    if (!indicators)
        return indicators.error();
    for (const Indicator &indicator : *indicators) {
        AssemblyReportData::IndicatorSection section;
        section.indicator = indicator;
        auto points = indicators::series(db, indicator.id, from, to, kChartPoints);
        if (!points)
            return points.error();
        section.points = *std::move(points);
        // The figures of the table come from every measurement, not from
        // the chart's means, which smooth the extremes away.
        auto measured = indicators::measurements(db, indicator.id, from, to);
        if (!measured)
            return measured.error();
        for (const Measurement &m : *measured) {
            section.lowest = section.lowest ? std::min(*section.lowest, m.value) : m.value;
            section.highest = section.highest ? std::max(*section.highest, m.value) : m.value;
            section.latest = m.value; // oldest first: the last one wins
        }
        section.measurements = int(measured->size());
        data.indicators.append(std::move(section));
    }

    auto months = ecobalance::communityHistory(db, from, to);
    if (!months)
        return months.error();
    data.communityMonths = *std::move(months);

    auto overrides = commons::overrides(db, from, to);
    if (!overrides)
        return overrides.error();
    data.overrides = *std::move(overrides);

    auto top = commons::topRegenerations(db, from, to, kTopRegenerations);
    if (!top)
        return top.error();
    data.topRegenerations = *std::move(top);
    return data;
}

} // namespace mycelium::reports
