// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "community/communityprofile.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace mycelium {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::CommunityProfile", text);
}
} // namespace

Result<QString> CommunityProfile::validateName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("The community needs a name."));
    if (trimmed.size() > kMaxNameLength)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("The community name is %1 characters long; at most %2 are allowed.").arg(trimmed.size()).arg(kMaxNameLength));
    return trimmed;
}

Result<CommunityProfile> loadCommunityProfile(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT name, created_on FROM community WHERE id = 1"));
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("The vault has no community profile.")));
    return CommunityProfile{stmt->text(0), QDate::fromString(stmt->text(1), Qt::ISODate)};
}

Status insertCommunityProfile(Database &db, const CommunityProfile &profile)
{
    auto name = CommunityProfile::validateName(profile.name);
    if (!name)
        return name.error();
    auto stmt = db.prepare(QStringLiteral("INSERT INTO community (id, name, created_on) VALUES (1, ?, ?)"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, *name).bind(2, profile.createdOn.toString(Qt::ISODate)).exec();
}

Status renameCommunity(Database &db, const QString &newName)
{
    auto name = CommunityProfile::validateName(newName);
    if (!name)
        return name.error();
    auto stmt = db.prepare(QStringLiteral("UPDATE community SET name = ? WHERE id = 1"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, *name).exec();
}

} // namespace mycelium
