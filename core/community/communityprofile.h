// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace mycelium {

class Database;

// Who the vault belongs to. One row per vault.
struct CommunityProfile {
    QString name;
    QDate createdOn;

    static constexpr int kMaxNameLength = 120;
    // Trimmed name, or an error that says what is wrong with it.
    static Result<QString> validateName(const QString &name);
};

Result<CommunityProfile> loadCommunityProfile(Database &db);
Status insertCommunityProfile(Database &db, const CommunityProfile &profile);
Status renameCommunity(Database &db, const QString &newName);

} // namespace mycelium
