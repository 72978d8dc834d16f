// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the skills exchange's source files; not part of its API.

#include "common/result.h"
#include "ledger/journal.h"
#include "members/members.h"
#include "skills/skills.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace mycelium::skills::detail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::skills", text);
}

inline QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

inline QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

inline Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

inline Status journaled(Database &db, const QDateTime &now, const QString &kind, const CanonicalWriter &body)
{
    if (auto seq = journal::append(db, now, kind, body.bytes(), {}); !seq)
        return seq.error();
    return {};
}

// A tag or synonym as compared: whitespace simplified, lower case.
inline QString normalTag(const QString &word)
{
    return word.simplified().toLower();
}

// The member, who must be allowed to trade.
inline Result<Member> tradingMember(Database &db, std::int64_t number)
{
    auto m = members::byNumber(db, number);
    if (!m)
        return m.error();
    if (!m->mayTrade())
        return invalid(m->whyNotTrading());
    return m;
}

// Keeps the listing's full-text row in step with its tags and their synonyms.
Status reindexListing(Database &db, std::int64_t listingId);
// The id of the tag a word names (by name or synonym), if any.
Result<std::optional<std::int64_t>> resolveTagId(Database &db, const QString &word);
// The tag a word names, adding it uncurated when unknown.
Result<std::int64_t> ensureTag(Database &db, const QString &word, QDate day);

} // namespace mycelium::skills::detail

#include <functional>
namespace mycelium::skills::detail {
Status fillTags(Database &db, QList<SkillListing> &listings);
Result<QList<SkillListing>> listingsWhere(Database &db, const QString &where, const std::function<void(Statement &)> &bind);
QString ftsQuery(const QString &text);
} // namespace mycelium::skills::detail
