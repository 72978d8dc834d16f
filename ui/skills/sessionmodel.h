// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skills/skillscontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// Sessions as the sessions tab lists them: planned or done (or every
// state), of one member or everyone's, mentoring ones only if asked, in
// skills::sessions' order.
class SessionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::SkillsController *skills READ skills WRITE setSkills NOTIFY skillsChanged)
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY filterChanged) // "planned", "completed", "cancelled"; empty: all
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY filterChanged) // -1: everyone
    Q_PROPERTY(bool mentoringOnly READ mentoringOnly WRITE setMentoringOnly NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ProviderNumberRole,
        ProviderTextRole, // "Ana Benítez (1)"
        ReceiverNumberRole,
        ReceiverTextRole,
        DescriptionRole,
        HoursTextRole,
        AmountTextRole, // hours × rate
        PlannedTextRole,
        StateRole, // SkillSession::stateName
        StateTextRole,
        DetailTextRole, // "done on 14/03/2026", "cancelled by the receiver"
        MentoringRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit SessionModel(QObject *parent = nullptr);

    SkillsController *skills() const { return m_skills; }
    void setSkills(SkillsController *skills);
    QString state() const;
    void setState(const QString &state);
    qint64 memberNumber() const { return m_filter.memberNumber; }
    void setMemberNumber(qint64 number);
    bool mentoringOnly() const { return m_filter.mentoringOnly; }
    void setMentoringOnly(bool on);
    int count() const { return int(m_sessions.size()); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE int rowOf(qint64 id) const;
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void skillsChanged();
    void filterChanged();
    void countChanged();

private:
    QPointer<SkillsController> m_skills;
    SessionFilter m_filter;
    QList<SkillSession> m_sessions;
    QString m_error;
};

// The gratitude wall: thank-you notes left with session feedback, newest
// first (of one member, given or received, or everyone's).
class GratitudeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::SkillsController *skills READ skills WRITE setSkills NOTIFY skillsChanged)
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY filterChanged) // -1: everyone
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        FromTextRole,
        ToTextRole,
        SessionTextRole,
        TextRole,
        DateTextRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit GratitudeModel(QObject *parent = nullptr);

    SkillsController *skills() const { return m_skills; }
    void setSkills(SkillsController *skills);
    qint64 memberNumber() const { return m_memberNumber; }
    void setMemberNumber(qint64 number);
    int count() const { return int(m_notes.size()); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void skillsChanged();
    void filterChanged();
    void countChanged();

private:
    QPointer<SkillsController> m_skills;
    qint64 m_memberNumber = -1;
    QList<GratitudeNote> m_notes;
    QString m_error;
};

// A member's skills as their page shows them: each skill with a
// confirmation, verified first, with who vouched or that the coordinator
// verified it, and the skills a vouch could be for.
class MemberSkills : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::SkillsController *skills READ skills WRITE setSkills NOTIFY skillsChanged)
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY memberNumberChanged)
    // [{tag, verified, text}]: "welding: verified by the coordinator on …",
    // "first aid: vouched for by Ben Okafor (2); one more vouch verifies it".
    Q_PROPERTY(QVariantList verifications READ verifications NOTIFY changed)
    Q_PROPERTY(int verifiedCount READ verifiedCount NOTIFY changed)
    // The tags of the member's active offers and of their confirmations,
    // not yet verified: what Vouch… and Verify… offer first.
    Q_PROPERTY(QStringList unverifiedTags READ unverifiedTags NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit MemberSkills(QObject *parent = nullptr);

    SkillsController *skills() const { return m_skills; }
    void setSkills(SkillsController *skills);
    qint64 memberNumber() const { return m_memberNumber; }
    void setMemberNumber(qint64 number);
    QVariantList verifications() const { return m_verifications; }
    int verifiedCount() const { return m_verifiedCount; }
    QStringList unverifiedTags() const { return m_unverifiedTags; }
    QString error() const { return m_error; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void skillsChanged();
    void memberNumberChanged();
    void changed();

private:
    QPointer<SkillsController> m_skills;
    qint64 m_memberNumber = -1;
    QVariantList m_verifications;
    int m_verifiedCount = 0;
    QStringList m_unverifiedTags;
    QString m_error;
};

} // namespace mycelium
