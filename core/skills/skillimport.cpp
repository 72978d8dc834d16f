// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Listings from a CSV file, all or nothing.
#include "skills/skills.h"
#include "skills/skillsupport.h"

#include "ledger/csv.h"
#include "ledger/money.h"
#include "members/members.h"
#include "storage/database.h"

namespace mycelium::skills {

using detail::invalid;
using detail::tr;

namespace {
const QString kKind = QStringLiteral("kind");
const QString kMember = QStringLiteral("member");
const QString kTags = QStringLiteral("tags");
const QString kDescription = QStringLiteral("description");
const QString kAvailability = QStringLiteral("availability");
const QString kNote = QStringLiteral("availability_note");
const QString kLevel = QStringLiteral("level");
const QString kMentoring = QStringLiteral("mentoring");
const QString kRate = QStringLiteral("rate");
const QString kExpires = QStringLiteral("expires_on");

struct Row {
    int line = 0;
    NewSkillListing listing;
};
} // namespace

Result<int> importListings(Database &db, QIODevice &device, const QDateTime &now)
{
    auto bytes = csv::readAll(device);
    if (!bytes)
        return bytes.error();
    csv::Reader reader(*bytes);
    auto columns = csv::Columns::read(reader, {kKind, kMember, kTags, kDescription, kAvailability, kNote, kLevel, kMentoring, kRate, kExpires},
                                      {kKind, kMember, kTags, kDescription});
    if (!columns)
        return columns.error();
    const QDate today = now.date();
    QList<Row> rows;
    while (reader.next()) {
        if (auto s = csv::checkFieldCount(reader, *columns); !s)
            return s.error();
        const QStringList &f = reader.fields();
        const int line = reader.line();
        Row row;
        row.line = line;
        NewSkillListing &l = row.listing;
        l.createdOn = today;
        const QString kindText = columns->value(f, kKind);
        const auto kind = SkillListing::kindFromName(kindText);
        if (!kind)
            return invalid(tr("%1: %2 is not offer or want.").arg(csv::atField(line, kKind), csv::quoted(kindText)));
        l.kind = *kind;
        const QString memberText = columns->value(f, kMember);
        const auto number = csv::parseWholeNumber(memberText);
        if (!number)
            return invalid(tr("%1: %2 is not a member number.").arg(csv::atField(line, kMember), csv::quoted(memberText)));
        auto member = members::byNumber(db, *number);
        if (!member)
            return invalid(tr("%1: there is no member number %2.").arg(csv::atField(line, kMember)).arg(*number));
        if (!member->mayTrade())
            return invalid(tr("%1: %2").arg(csv::atField(line, kMember), member->whyNotTrading()));
        l.memberNumber = *number;
        for (const QString &t : columns->value(f, kTags).split(QLatin1Char(';')))
            if (!detail::normalTag(t).isEmpty())
                l.tags.append(t);
        if (l.tags.isEmpty())
            return invalid(tr("%1: a listing needs at least one tag (separate several with ;).").arg(csv::atField(line, kTags)));
        l.description = columns->value(f, kDescription).trimmed();
        if (l.description.isEmpty())
            return invalid(tr("%1: the description is empty.").arg(csv::atField(line, kDescription)));
        const QString daysText = columns->value(f, kAvailability);
        const auto days = weekdays::fromText(daysText);
        if (!days)
            return invalid(tr("%1: %2 are not weekdays; write them like mon,wed or mon-fri or weekends.")
                               .arg(csv::atField(line, kAvailability), csv::quoted(daysText)));
        l.availability = *days;
        l.availabilityNote = columns->value(f, kNote).simplified();
        const QString levelText = columns->value(f, kLevel);
        const auto level = SkillListing::levelFromName(levelText);
        if (!level)
            return invalid(tr("%1: %2 is not beginner, intermediate or expert.").arg(csv::atField(line, kLevel), csv::quoted(levelText)));
        l.level = *level;
        const QString mentoringText = columns->value(f, kMentoring).trimmed().toLower();
        if (mentoringText.isEmpty() || mentoringText == QLatin1String("no") || mentoringText == QLatin1String("0") || mentoringText == QLatin1String("false"))
            l.mentoring = false;
        else if (mentoringText == QLatin1String("yes") || mentoringText == QLatin1String("1") || mentoringText == QLatin1String("true"))
            l.mentoring = true;
        else
            return invalid(tr("%1: %2 is not yes or no.").arg(csv::atField(line, kMentoring), csv::quoted(columns->value(f, kMentoring))));
        const QString rateText = columns->value(f, kRate).trimmed();
        if (!rateText.isEmpty()) {
            auto rate = Money::parsePlain(rateText);
            if (!rate || rate->minor() < 0)
                return invalid(tr("%1: %2 is not an amount of credits per hour, like 12.50.").arg(csv::atField(line, kRate), csv::quoted(rateText)));
            l.rate = rate->minor();
        }
        const QString expiresText = columns->value(f, kExpires).trimmed();
        if (!expiresText.isEmpty()) {
            l.expiresOn = csv::parseDate(expiresText);
            if (!l.expiresOn.isValid())
                return invalid(tr("%1: %2 is not a date; write it as YYYY-MM-DD.").arg(csv::atField(line, kExpires), csv::quoted(expiresText)));
            if (l.expiresOn < today)
                return invalid(tr("%1: %2 is already past.").arg(csv::atField(line, kExpires), expiresText));
        }
        rows.append(row);
    }
    if (!reader.error().isEmpty())
        return invalid(reader.error());
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    for (const Row &row : std::as_const(rows))
        if (auto added = addListing(db, row.listing, now); !added)
            return invalid(tr("%1: %2").arg(csv::atLine(row.line), added.error().message));
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(rows.size());
}

} // namespace mycelium::skills
