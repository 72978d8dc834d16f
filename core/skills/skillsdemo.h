// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>

namespace mycelium {

class Database;

// Demonstration data for the skills exchange: a curated vocabulary with
// synonyms, a few offers and wants per member, vouches, sessions (planned,
// completed on `now`'s day, cancelled), feedback and thank-you notes.
// Deterministic for a seed; needs members in the vault.
struct SkillsDemoOptions {
    int listingsPerMember = 3;
    int sessions = 40;
    quint64 seed = 11;
};

namespace skills {
Status generateDemo(Database &db, const SkillsDemoOptions &options, const QDateTime &now);
} // namespace skills
} // namespace mycelium
