// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An item's photo, kept inside the encrypted vault; the journal records
// its hash, not its bytes.
#include "storage/database.h"
#include "tools/tools.h"
#include "tools/toolsupport.h"

#include <QCryptographicHash>

namespace mycelium {

using tools::detail::journaled;
using tools::detail::tr;

namespace {

// The file's own signature decides, not a name or a claim.
QString mediaTypeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

} // namespace

namespace tools {

Status setPhoto(Database &db, const QString &assetTag, const ToolPhoto &photo, const QDateTime &now)
{
    const QString mediaType = mediaTypeOf(photo.bytes);
    if (mediaType.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("A photo must be a JPEG or PNG image."));
    if (photo.bytes.size() > kMaximumPhotoBytes)
        return Error::make(ErrorCode::InvalidArgument, tr("The photo is %1 KiB; at most %2 KiB is kept.")
                                                           .arg(photo.bytes.size() / 1024)
                                                           .arg(kMaximumPhotoBytes / 1024));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto upsert = db.prepare(QStringLiteral("INSERT OR REPLACE INTO tool_photo (item, media_type, bytes) VALUES (?, ?, ?)"));
    if (!upsert)
        return upsert.error();
    if (auto s = upsert->bind(1, item->id).bind(2, mediaType).bind(3, photo.bytes).exec(); !s)
        return s;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(photo.bytes, QCryptographicHash::Sha256).toHex());
    if (auto s = journaled(db, now, QStringLiteral("tool_photo"), std::move(CanonicalWriter(QStringLiteral("tool_photo")).add(item->assetTag).add(hash)));
        !s)
        return s;
    return tx.commit();
}

Status removePhoto(Database &db, const QString &assetTag, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto remove = db.prepare(QStringLiteral("DELETE FROM tool_photo WHERE item = ?"));
    if (!remove)
        return remove.error();
    if (auto s = remove->bind(1, item->id).exec(); !s)
        return s;
    if (auto s = journaled(db, now, QStringLiteral("tool_photo_removed"), std::move(CanonicalWriter(QStringLiteral("tool_photo_removed")).add(item->assetTag)));
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<ToolPhoto>> photo(Database &db, const QString &assetTag)
{
    auto stmt = db.prepare(QStringLiteral("SELECT p.bytes, p.media_type FROM tool_photo p JOIN tool_item i ON i.id = p.item WHERE i.asset_tag = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, assetTag.trimmed());
    return stmt->firstRow([](const Statement &row) { return ToolPhoto{row.blob(0), row.text(1)}; });
}

Result<bool> hasPhoto(Database &db, const QString &assetTag)
{
    auto stmt = db.prepare(QStringLiteral("SELECT 1 FROM tool_photo p JOIN tool_item i ON i.id = p.item WHERE i.asset_tag = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, assetTag.trimmed());
    auto found = stmt->firstRow([](const Statement &) { return true; });
    if (!found)
        return found.error();
    return found->has_value();
}

} // namespace tools
} // namespace mycelium
