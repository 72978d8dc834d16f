// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "skills/skilllistingdetails.h"
#include "skills/skillboardmodel.h"

#include "storage/database.h"

namespace mycelium {

SkillMatchModel::SkillMatchModel(QObject *parent) : QAbstractListModel(parent) { }

void SkillMatchModel::setMatches(const QList<SkillMatch> &matches, SkillsController *skills)
{
    beginResetModel();
    m_matches = matches;
    m_skills = skills;
    endResetModel();
    Q_EMIT countChanged();
}

int SkillMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant SkillMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_skills)
        return {};
    const SkillMatch &m = m_matches.at(index.row());
    const auto board = [&](int boardRole) { return SkillBoardModel::listingData(m.listing, *m_skills, boardRole); };
    switch (role) {
    case ListingIdRole:
        return qint64(m.listing.id);
    case RankRole:
        return index.row() + 1;
    case KindTextRole:
        return board(SkillBoardModel::KindTextRole);
    case MemberNumberRole:
        return qint64(m.listing.memberNumber);
    case MemberNameRole:
        return m.listing.memberName;
    case MemberTextRole:
        return board(SkillBoardModel::MemberTextRole);
    case TagsTextRole:
        return board(SkillBoardModel::TagsTextRole);
    case Qt::DisplayRole:
    case DescriptionRole:
        return m.listing.description;
    case AvailabilityTextRole:
        return board(SkillBoardModel::AvailabilityTextRole);
    case LevelTextRole:
        return board(SkillBoardModel::LevelTextRole);
    case RateTextRole:
        return board(SkillBoardModel::RateTextRole);
    case SharedTagsTextRole:
        return m.sharedTags.join(QStringLiteral(", "));
    case MentorshipRole:
        return m.mentorship;
    case ReasonRole:
        return m.reason;
    case AccessibleTextRole:
        return SkillsController::tr("Match %1: %2, %3. %4")
            .arg(index.row() + 1)
            .arg(SkillsController::memberText(m.listing.memberNumber, m.listing.memberName), m.listing.description, m.reason);
    default:
        return {};
    }
}

QHash<int, QByteArray> SkillMatchModel::roleNames() const
{
    return {
        { ListingIdRole, "listingId" },
        { RankRole, "rank" },
        { KindTextRole, "kindText" },
        { MemberNumberRole, "memberNumber" },
        { MemberNameRole, "memberName" },
        { MemberTextRole, "memberText" },
        { TagsTextRole, "tagsText" },
        { DescriptionRole, "description" },
        { AvailabilityTextRole, "availabilityText" },
        { LevelTextRole, "levelText" },
        { RateTextRole, "rateText" },
        { SharedTagsTextRole, "sharedTagsText" },
        { MentorshipRole, "mentorship" },
        { ReasonRole, "reason" },
        { AccessibleTextRole, "accessibleText" },
    };
}

qint64 SkillMatchModel::idAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).listing.id : 0;
}

QVariantMap SkillMatchModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_matches.size())
        return map;
    const QModelIndex at = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    return map;
}

SkillListingDetails::SkillListingDetails(QObject *parent) : QObject(parent), m_matches(new SkillMatchModel(this)) { }

void SkillListingDetails::setSkills(SkillsController *skills)
{
    if (!rebindSkills(this, m_skills, skills))
        return;
    reload();
    Q_EMIT skillsChanged();
}

void SkillListingDetails::setListingId(qint64 id)
{
    if (id == m_listingId)
        return;
    m_listingId = id;
    reload();
    Q_EMIT listingIdChanged();
}

void SkillListingDetails::setMatchLimit(int limit)
{
    limit = std::max(1, limit);
    if (limit == m_matchLimit)
        return;
    m_matchLimit = limit;
    reload();
    Q_EMIT listingIdChanged();
}

void SkillListingDetails::reload()
{
    m_listing.reset();
    m_error.clear();
    QList<SkillMatch> found;
    Database *db = m_skills ? m_skills->database() : nullptr;
    if (db && m_listingId > 0) {
        if (auto listing = skills::listing(*db, m_listingId)) {
            m_listing = *listing;
            // A withdrawn or expired listing has nobody to meet.
            if (m_listing->isActive(m_skills->today())) {
                if (auto matches = skills::match(*db, m_listingId, m_skills->today(), m_matchLimit))
                    found = *matches;
                else
                    m_error = matches.error().message;
            }
        } else {
            m_error = listing.error().message;
        }
    }
    m_matches->setMatches(found, m_skills);
    Q_EMIT changed();
}

QString SkillListingDetails::kind() const
{
    return m_listing ? SkillListing::kindName(m_listing->kind) : QString();
}

QString SkillListingDetails::kindText() const
{
    return m_listing ? SkillsController::kindText(m_listing->kind) : QString();
}

QString SkillListingDetails::memberText() const
{
    return m_listing ? SkillsController::memberText(m_listing->memberNumber, m_listing->memberName) : QString();
}

QString SkillListingDetails::tagsText() const
{
    return m_listing ? m_listing->tags.join(QStringLiteral(", ")) : QString();
}

QString SkillListingDetails::title() const
{
    return m_listing ? SkillsController::tr("%1: %2").arg(kindText(), tagsText()) : QString();
}

bool SkillListingDetails::active() const
{
    return m_listing && m_skills && m_listing->isActive(m_skills->today());
}

QString SkillListingDetails::statusText() const
{
    if (!m_listing || !m_skills)
        return {};
    if (m_listing->withdrawnOn.isValid())
        return SkillsController::tr("Withdrawn on %1").arg(m_skills->formatDate(m_listing->withdrawnOn));
    if (!active())
        return SkillsController::tr("Expired on %1").arg(m_skills->formatDate(m_listing->expiresOn));
    if (m_listing->expiresOn.isValid())
        return SkillsController::tr("Active until %1").arg(m_skills->formatDate(m_listing->expiresOn));
    return SkillsController::tr("Active");
}

QVariantList SkillListingDetails::facts() const
{
    QVariantList facts;
    if (!m_listing || !m_skills)
        return facts;
    const auto add = [&facts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts.append(QVariantMap { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } });
    };
    const SkillListing &l = *m_listing;
    add(SkillsController::tr("Member"), memberText());
    add(SkillsController::tr("Skills"), tagsText());
    add(SkillsController::tr("Available"), SkillBoardModel::availabilityText(l));
    add(SkillsController::tr("Level"), SkillsController::levelText(l.level));
    add(SkillsController::tr("Mentoring"),
        l.mentoring ? (l.kind == SkillListing::Kind::Offer ? SkillsController::tr("Will teach") : SkillsController::tr("Wants to learn"))
                    : QString());
    if (l.kind == SkillListing::Kind::Offer)
        add(SkillsController::tr("Rate"), m_skills->rateText(l.rate));
    add(SkillsController::tr("Listed on"), m_skills->formatDate(l.createdOn));
    // The status is the badge beside the title.
    return facts;
}

} // namespace mycelium
