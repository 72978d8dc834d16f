// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skills/skillscontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// Offers and wants as the board lists them: the active listings matching
// the search text and the filters, in skills::search's order. Setting the
// text or a filter searches again at once (search as you type: the core
// answers in a few milliseconds even with 50,000 listings). With a
// `memberNumber` it lists that member's active listings instead, and
// the search and filters are not used.
class SkillBoardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::SkillsController *skills READ skills WRITE setSkills NOTIFY skillsChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged) // "offer", "want"; empty: both
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filterChanged) // empty: any
    Q_PROPERTY(bool mentoringOnly READ mentoringOnly WRITE setMentoringOnly NOTIFY filterChanged)
    Q_PROPERTY(int weekday READ weekday WRITE setWeekday NOTIFY filterChanged) // 1 Monday … 7 Sunday; 0 any
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY filterChanged) // -1: the board
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int matches READ matches NOTIFY countChanged) // listings matching, shown or not
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, // "offer", "want"
        KindTextRole,
        MemberNumberRole,
        MemberNameRole,
        MemberTextRole, // "Ana Benítez (1)"
        TagsRole, // QStringList
        TagsTextRole, // "welding, metalwork"
        DescriptionRole,
        AvailabilityTextRole, // "Mon, Wed · evenings"
        LevelTextRole,
        MentoringRole,
        RateTextRole,
        ExpiresTextRole, // "until 14/06/2026"; empty: does not expire
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit SkillBoardModel(QObject *parent = nullptr);

    SkillsController *skills() const { return m_skills; }
    void setSkills(SkillsController *skills);
    QString searchText() const { return m_search.text; }
    void setSearchText(const QString &text);
    QString kind() const;
    void setKind(const QString &kind);
    QString tag() const { return m_search.tag; }
    void setTag(const QString &tag);
    bool mentoringOnly() const { return m_search.mentoringOnly; }
    void setMentoringOnly(bool on);
    int weekday() const { return m_weekday; }
    void setWeekday(int day);
    qint64 memberNumber() const { return m_memberNumber; }
    void setMemberNumber(qint64 number);
    int limit() const { return m_search.limit; }
    void setLimit(int limit);
    bool filtered() const;
    int count() const { return int(m_listings.size()); }
    int matches() const { return m_matches; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The listing's id at a row; 0 outside.
    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE int rowOf(qint64 id) const;
    // A row's roles by name, for tests and dialogs.
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE void clearFilters();
    Q_INVOKABLE void reload();

    // The words of a listing's row, shared with the match view.
    static QString availabilityText(const SkillListing &listing);
    static QVariant listingData(const SkillListing &listing, const SkillsController &skills, int role);

Q_SIGNALS:
    void skillsChanged();
    void filterChanged();
    void countChanged();

private:
    void changeFilter();

    QPointer<SkillsController> m_skills;
    SkillSearch m_search;
    int m_weekday = 0;
    qint64 m_memberNumber = -1;
    QList<SkillListing> m_listings;
    int m_matches = 0;
    QString m_error;
};

} // namespace mycelium
