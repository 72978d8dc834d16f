// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>

#include <cstdint>

namespace mycelium {

class Database;

// Demonstration and benchmark data for the commons: resources with
// extractions and regenerations by the vault's members, indicators with a
// daily measurement for `years` years ending on `today`, a few trade
// impacts and an emergency override. Deterministic for a seed.
struct CommonsDemoSpec {
    int resources = 6;
    int indicators = 8;
    int years = 3;
    quint64 seed = 7;
};

namespace commons {
// Needs members in the vault (the ledger demo's); adds to what is there.
Status generateDemo(Database &db, const CommonsDemoSpec &spec, QDate today, const QDateTime &now);
} // namespace commons
} // namespace mycelium
