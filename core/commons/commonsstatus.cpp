// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's lights: the commons' resources and the indicators
// together (apart from commons.cpp, which knows nothing of indicators).
#include "commons/commons.h"
#include "commons/indicators.h"

#include <algorithm>

namespace mycelium::commons {

Result<QList<CommonsLight>> status(Database &db, QDate today)
{
    QList<CommonsLight> result;
    auto all = resources(db);
    if (!all)
        return all.error();
    for (const CommonsResource &r : *all) {
        auto light = resourceLight(db, r, today);
        if (!light)
            return light.error();
        result.append(*light);
    }
    auto watched = indicators::list(db);
    if (!watched)
        return watched.error();
    for (const Indicator &i : *watched) {
        auto light = indicators::light(db, i, today);
        if (!light)
            return light.error();
        result.append(*light);
    }
    std::stable_sort(result.begin(), result.end(), [](const CommonsLight &a, const CommonsLight &b) {
        const int ra = lights::severityRank(a.state);
        const int rb = lights::severityRank(b.state);
        if (ra != rb)
            return ra < rb;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

} // namespace mycelium::commons
