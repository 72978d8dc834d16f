// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "skills/skillboardmodel.h"

#include "storage/database.h"

namespace mycelium {

SkillBoardModel::SkillBoardModel(QObject *parent) : QAbstractListModel(parent) { }

void SkillBoardModel::setSkills(SkillsController *skills)
{
    if (!rebindSkills(this, m_skills, skills))
        return;
    reload();
    Q_EMIT skillsChanged();
}

void SkillBoardModel::setSearchText(const QString &text)
{
    if (text == m_search.text)
        return;
    m_search.text = text;
    changeFilter();
}

QString SkillBoardModel::kind() const
{
    return m_search.kind ? SkillListing::kindName(*m_search.kind) : QString();
}

void SkillBoardModel::setKind(const QString &kind)
{
    const auto parsed = SkillListing::kindFromName(kind);
    if (parsed == m_search.kind)
        return;
    m_search.kind = parsed;
    changeFilter();
}

void SkillBoardModel::setTag(const QString &tag)
{
    if (tag == m_search.tag)
        return;
    m_search.tag = tag;
    changeFilter();
}

void SkillBoardModel::setMentoringOnly(bool on)
{
    if (on == m_search.mentoringOnly)
        return;
    m_search.mentoringOnly = on;
    changeFilter();
}

void SkillBoardModel::setWeekday(int day)
{
    day = std::clamp(day, 0, 7);
    if (day == m_weekday)
        return;
    m_weekday = day;
    m_search.availableOn = day == 0 ? weekdays::kAnyDay : weekdays::bitOf(day);
    changeFilter();
}

void SkillBoardModel::setMemberNumber(qint64 number)
{
    if (number == m_memberNumber)
        return;
    m_memberNumber = number;
    changeFilter();
}

void SkillBoardModel::setLimit(int limit)
{
    limit = std::max(1, limit);
    if (limit == m_search.limit)
        return;
    m_search.limit = limit;
    changeFilter();
}

bool SkillBoardModel::filtered() const
{
    return !m_search.text.trimmed().isEmpty() || m_search.kind || !m_search.tag.isEmpty() || m_search.mentoringOnly
        || m_weekday != 0;
}

void SkillBoardModel::clearFilters()
{
    if (!filtered())
        return;
    m_search.text.clear();
    m_search.kind.reset();
    m_search.tag.clear();
    m_search.mentoringOnly = false;
    m_weekday = 0;
    m_search.availableOn = weekdays::kAnyDay;
    changeFilter();
}

void SkillBoardModel::changeFilter()
{
    reload();
    Q_EMIT filterChanged();
}

void SkillBoardModel::reload()
{
    QList<SkillListing> listings;
    int matches = 0;
    QString error;
    Database *db = m_skills ? m_skills->database() : nullptr;
    if (db && m_memberNumber > 0) {
        if (auto found = skills::listingsOf(*db, m_memberNumber, false, m_skills->today())) {
            listings = *found;
            matches = int(listings.size());
        } else {
            error = found.error().message;
        }
    } else if (db && m_memberNumber < 0) {
        SkillSearch search = m_search;
        search.today = m_skills->today();
        if (auto found = skills::search(*db, search)) {
            listings = *found;
            // The count only when the page is full: otherwise it is the page.
            if (listings.size() < search.limit)
                matches = int(listings.size());
            else if (auto counted = skills::countListings(*db, search))
                matches = int(*counted);
            else
                matches = int(listings.size());
        } else {
            error = found.error().message;
        }
    }
    beginResetModel();
    m_listings = listings;
    m_matches = matches;
    m_error = error;
    endResetModel();
    Q_EMIT countChanged();
}

int SkillBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listings.size());
}

QString SkillBoardModel::availabilityText(const SkillListing &listing)
{
    const QString days = listing.availability == weekdays::kAnyDay ? SkillsController::tr("Any day") : weekdays::text(listing.availability);
    return listing.availabilityNote.isEmpty() ? days : SkillsController::tr("%1 · %2").arg(days, listing.availabilityNote);
}

QVariant SkillBoardModel::listingData(const SkillListing &l, const SkillsController &skills, int role)
{
    switch (role) {
    case IdRole:
        return qint64(l.id);
    case KindRole:
        return SkillListing::kindName(l.kind);
    case KindTextRole:
        return SkillsController::kindText(l.kind);
    case MemberNumberRole:
        return qint64(l.memberNumber);
    case MemberNameRole:
        return l.memberName;
    case MemberTextRole:
        return SkillsController::memberText(l.memberNumber, l.memberName);
    case TagsRole:
        return l.tags;
    case TagsTextRole:
        return l.tags.join(QStringLiteral(", "));
    case Qt::DisplayRole:
    case DescriptionRole:
        return l.description;
    case AvailabilityTextRole:
        return availabilityText(l);
    case LevelTextRole:
        return SkillsController::levelText(l.level);
    case MentoringRole:
        return l.mentoring;
    case RateTextRole:
        return skills.rateText(l.rate);
    case ExpiresTextRole:
        return l.expiresOn.isValid() ? SkillsController::tr("until %1").arg(skills.formatDate(l.expiresOn)) : QString();
    case AccessibleTextRole: {
        QString text = SkillsController::tr("%1 by %2: %3. %4. Available %5. %6.")
                           .arg(SkillsController::kindText(l.kind), SkillsController::memberText(l.memberNumber, l.memberName),
                               l.tags.join(QStringLiteral(", ")), l.description, availabilityText(l), skills.rateText(l.rate));
        if (l.level != SkillListing::NoLevel)
            text += QLatin1Char(' ') + SkillsController::tr("Level: %1.").arg(SkillsController::levelText(l.level));
        if (l.mentoring)
            text += QLatin1Char(' ') + SkillsController::tr("Mentoring.");
        return text;
    }
    default:
        return {};
    }
}

QVariant SkillBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_skills)
        return {};
    return listingData(m_listings.at(index.row()), *m_skills, role);
}

QHash<int, QByteArray> SkillBoardModel::roleNames() const
{
    return {
        { IdRole, "listingId" },
        { KindRole, "kind" },
        { KindTextRole, "kindText" },
        { MemberNumberRole, "memberNumber" },
        { MemberNameRole, "memberName" },
        { MemberTextRole, "memberText" },
        { TagsRole, "tags" },
        { TagsTextRole, "tagsText" },
        { DescriptionRole, "description" },
        { AvailabilityTextRole, "availabilityText" },
        { LevelTextRole, "levelText" },
        { MentoringRole, "mentoring" },
        { RateTextRole, "rateText" },
        { ExpiresTextRole, "expiresText" },
        { AccessibleTextRole, "accessibleText" },
    };
}

qint64 SkillBoardModel::idAt(int row) const
{
    return row >= 0 && row < m_listings.size() ? m_listings.at(row).id : 0;
}

int SkillBoardModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_listings.size(); ++row) {
        if (m_listings.at(row).id == id)
            return row;
    }
    return -1;
}

QVariantMap SkillBoardModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_listings.size())
        return map;
    const QModelIndex at = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    return map;
}

} // namespace mycelium
