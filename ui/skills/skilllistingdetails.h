// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skills/skillscontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// A listing's best counterparts, best first, each with the reason it
// ranks where it does (the core's sentence). Filled by SkillListingDetails.
class SkillMatchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A listing's details own its matches.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ListingIdRole = Qt::UserRole + 1, // the counterpart's listing
        RankRole, // 1 for the best
        KindTextRole,
        MemberNumberRole,
        MemberNameRole,
        MemberTextRole,
        TagsTextRole,
        DescriptionRole,
        AvailabilityTextRole,
        LevelTextRole,
        RateTextRole,
        SharedTagsTextRole,
        MentorshipRole, // a mentor above the learner's level
        ReasonRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit SkillMatchModel(QObject *parent = nullptr);

    int count() const { return int(m_matches.size()); }
    void setMatches(const QList<SkillMatch> &matches, SkillsController *skills);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<SkillMatch> m_matches;
    QPointer<SkillsController> m_skills;
};

// One offer or want as the match view shows it: its facts, whether it is
// still active, and its best matches (skills::match, suggestions only).
// Reloads on SkillsController::changed.
class SkillListingDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::SkillsController *skills READ skills WRITE setSkills NOTIFY skillsChanged)
    Q_PROPERTY(qint64 listingId READ listingId WRITE setListingId NOTIFY listingIdChanged)
    Q_PROPERTY(int matchLimit READ matchLimit WRITE setMatchLimit NOTIFY listingIdChanged)

    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed) // "offer", "want"
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    Q_PROPERTY(qint64 memberNumber READ memberNumber NOTIFY changed)
    Q_PROPERTY(QString memberText READ memberText NOTIFY changed)
    Q_PROPERTY(QString tagsText READ tagsText NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed) // "Offer: welding, metalwork"
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(bool mentoring READ mentoring NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed) // "Active", "Withdrawn on …", "Expired on …"
    // [{label, value}] for a FactGrid.
    Q_PROPERTY(QVariantList facts READ facts NOTIFY changed)
    Q_PROPERTY(mycelium::SkillMatchModel *matches READ matches CONSTANT)

public:
    explicit SkillListingDetails(QObject *parent = nullptr);

    SkillsController *skills() const { return m_skills; }
    void setSkills(SkillsController *skills);
    qint64 listingId() const { return m_listingId; }
    void setListingId(qint64 id);
    int matchLimit() const { return m_matchLimit; }
    void setMatchLimit(int limit);

    bool exists() const { return m_listing.has_value(); }
    QString error() const { return m_error; }
    QString kind() const;
    QString kindText() const;
    qint64 memberNumber() const { return m_listing ? m_listing->memberNumber : -1; }
    QString memberText() const;
    QString tagsText() const;
    QString title() const;
    QString description() const { return m_listing ? m_listing->description : QString(); }
    bool mentoring() const { return m_listing && m_listing->mentoring; }
    bool active() const;
    QString statusText() const;
    QVariantList facts() const;
    SkillMatchModel *matches() const { return m_matches; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void skillsChanged();
    void listingIdChanged();
    void changed();

private:
    QPointer<SkillsController> m_skills;
    qint64 m_listingId = 0;
    int m_matchLimit = 20;
    std::optional<SkillListing> m_listing;
    QString m_error;
    SkillMatchModel *m_matches;
};

} // namespace mycelium
