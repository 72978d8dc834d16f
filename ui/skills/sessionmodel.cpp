// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "skills/sessionmodel.h"

#include "storage/database.h"

namespace mycelium {

namespace {

template<typename Model>
QVariantMap rowAsMap(const Model &model, int row)
{
    QVariantMap map;
    if (row < 0 || row >= model.rowCount())
        return map;
    const QModelIndex at = model.index(row);
    const auto names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), model.data(at, it.key()));
    return map;
}

} // namespace

SessionModel::SessionModel(QObject *parent) : QAbstractListModel(parent) { }

void SessionModel::setSkills(SkillsController *skills)
{
    if (!rebindSkills(this, m_skills, skills))
        return;
    reload();
    Q_EMIT skillsChanged();
}

QString SessionModel::state() const
{
    return m_filter.state ? SkillSession::stateName(*m_filter.state) : QString();
}

void SessionModel::setState(const QString &state)
{
    const auto parsed = SkillSession::stateFromName(state);
    if (parsed == m_filter.state)
        return;
    m_filter.state = parsed;
    reload();
    Q_EMIT filterChanged();
}

void SessionModel::setMemberNumber(qint64 number)
{
    number = number <= 0 ? -1 : number;
    if (number == m_filter.memberNumber)
        return;
    m_filter.memberNumber = number;
    reload();
    Q_EMIT filterChanged();
}

void SessionModel::setMentoringOnly(bool on)
{
    if (on == m_filter.mentoringOnly)
        return;
    m_filter.mentoringOnly = on;
    reload();
    Q_EMIT filterChanged();
}

void SessionModel::reload()
{
    QList<SkillSession> sessions;
    QString error;
    if (Database *db = m_skills ? m_skills->database() : nullptr) {
        if (auto found = skills::sessions(*db, m_filter))
            sessions = *found;
        else
            error = found.error().message;
    }
    beginResetModel();
    m_sessions = sessions;
    m_error = error;
    endResetModel();
    Q_EMIT countChanged();
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_skills)
        return {};
    const SkillSession &s = m_sessions.at(index.row());
    const auto detail = [&]() -> QString {
        switch (s.state) {
        case SkillSession::State::Planned:
            return s.plannedOn < m_skills->today() ? SkillsController::tr("planned for %1, not done yet").arg(m_skills->formatDate(s.plannedOn))
                                                   : SkillsController::tr("planned for %1").arg(m_skills->formatDate(s.plannedOn));
        case SkillSession::State::Completed:
            return s.onTime() ? SkillsController::tr("done on %1, on time").arg(m_skills->formatDate(s.completedOn))
                              : SkillsController::tr("done on %1, planned for %2")
                                    .arg(m_skills->formatDate(s.completedOn), m_skills->formatDate(s.plannedOn));
        case SkillSession::State::Cancelled:
            return s.cancelledBy ? SkillsController::tr("cancelled by %1").arg(SkillsController::partyText(*s.cancelledBy))
                                 : SkillsController::tr("cancelled");
        }
        return {};
    };
    switch (role) {
    case IdRole:
        return qint64(s.id);
    case ProviderNumberRole:
        return qint64(s.providerNumber);
    case ProviderTextRole:
        return SkillsController::memberText(s.providerNumber, s.providerName);
    case ReceiverNumberRole:
        return qint64(s.receiverNumber);
    case ReceiverTextRole:
        return SkillsController::memberText(s.receiverNumber, s.receiverName);
    case Qt::DisplayRole:
    case DescriptionRole:
        return s.description;
    case HoursTextRole:
        return SkillsController::hoursText(s.minutes);
    case AmountTextRole:
        return m_skills->formatMoney(s.amount());
    case PlannedTextRole:
        return m_skills->formatDate(s.plannedOn);
    case StateRole:
        return SkillSession::stateName(s.state);
    case StateTextRole:
        return SkillsController::stateText(s.state);
    case DetailTextRole:
        return detail();
    case MentoringRole:
        return s.mentoring;
    case AccessibleTextRole:
        return SkillsController::tr("%1 for %2: %3, %4, %5; %6.")
            .arg(SkillsController::memberText(s.providerNumber, s.providerName),
                SkillsController::memberText(s.receiverNumber, s.receiverName), s.description,
                SkillsController::hoursText(s.minutes), m_skills->formatMoney(s.amount()), detail());
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionModel::roleNames() const
{
    return {
        { IdRole, "sessionId" },
        { ProviderNumberRole, "providerNumber" },
        { ProviderTextRole, "providerText" },
        { ReceiverNumberRole, "receiverNumber" },
        { ReceiverTextRole, "receiverText" },
        { DescriptionRole, "description" },
        { HoursTextRole, "hoursText" },
        { AmountTextRole, "amountText" },
        { PlannedTextRole, "plannedText" },
        { StateRole, "sessionState" },
        { StateTextRole, "stateText" },
        { DetailTextRole, "detailText" },
        { MentoringRole, "mentoring" },
        { AccessibleTextRole, "accessibleText" },
    };
}

qint64 SessionModel::idAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : 0;
}

int SessionModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id)
            return row;
    }
    return -1;
}

QVariantMap SessionModel::get(int row) const
{
    return rowAsMap(*this, row);
}

GratitudeModel::GratitudeModel(QObject *parent) : QAbstractListModel(parent) { }

void GratitudeModel::setSkills(SkillsController *skills)
{
    if (!rebindSkills(this, m_skills, skills))
        return;
    reload();
    Q_EMIT skillsChanged();
}

void GratitudeModel::setMemberNumber(qint64 number)
{
    number = number <= 0 ? -1 : number;
    if (number == m_memberNumber)
        return;
    m_memberNumber = number;
    reload();
    Q_EMIT filterChanged();
}

void GratitudeModel::reload()
{
    QList<GratitudeNote> notes;
    QString error;
    if (Database *db = m_skills ? m_skills->database() : nullptr) {
        if (auto found = skills::gratitudeWall(*db, 200, m_memberNumber))
            notes = *found;
        else
            error = found.error().message;
    }
    beginResetModel();
    m_notes = notes;
    m_error = error;
    endResetModel();
    Q_EMIT countChanged();
}

int GratitudeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant GratitudeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_skills)
        return {};
    const GratitudeNote &n = m_notes.at(index.row());
    switch (role) {
    case SessionIdRole:
        return qint64(n.sessionId);
    case FromTextRole:
        return SkillsController::memberText(n.fromNumber, n.fromName);
    case ToTextRole:
        return SkillsController::memberText(n.toNumber, n.toName);
    case SessionTextRole:
        return n.sessionDescription;
    case Qt::DisplayRole:
    case TextRole:
        return n.text;
    case DateTextRole:
        return m_skills->formatDate(n.writtenOn);
    case AccessibleTextRole:
        return SkillsController::tr("From %1 to %2 on %3, for %4: %5")
            .arg(n.fromName, n.toName, m_skills->formatDate(n.writtenOn), n.sessionDescription, n.text);
    default:
        return {};
    }
}

QHash<int, QByteArray> GratitudeModel::roleNames() const
{
    return {
        { SessionIdRole, "sessionId" },
        { FromTextRole, "fromText" },
        { ToTextRole, "toText" },
        { SessionTextRole, "sessionText" },
        { TextRole, "noteText" },
        { DateTextRole, "dateText" },
        { AccessibleTextRole, "accessibleText" },
    };
}

QVariantMap GratitudeModel::get(int row) const
{
    return rowAsMap(*this, row);
}

MemberSkills::MemberSkills(QObject *parent) : QObject(parent) { }

void MemberSkills::setSkills(SkillsController *skills)
{
    if (!rebindSkills(this, m_skills, skills))
        return;
    reload();
    Q_EMIT skillsChanged();
}

void MemberSkills::setMemberNumber(qint64 number)
{
    if (number == m_memberNumber)
        return;
    m_memberNumber = number;
    reload();
    Q_EMIT memberNumberChanged();
}

void MemberSkills::reload()
{
    m_verifications.clear();
    m_verifiedCount = 0;
    m_unverifiedTags.clear();
    m_error.clear();
    Database *db = m_skills ? m_skills->database() : nullptr;
    if (db && m_memberNumber > 0) {
        QStringList verified;
        if (auto found = skills::verifications(*db, m_memberNumber)) {
            for (const SkillVerification &v : std::as_const(*found)) {
                QStringList by;
                if (v.byCoordinator)
                    by.append(SkillsController::tr("the coordinator"));
                for (int i = 0; i < v.vouchers.size(); ++i)
                    by.append(SkillsController::memberText(v.vouchers.at(i), v.voucherNames.value(i)));
                QString text;
                if (v.isVerified()) {
                    ++m_verifiedCount;
                    verified.append(v.tag);
                    text = SkillsController::tr("verified on %1 by %2").arg(m_skills->formatDate(v.verifiedOn), by.join(QStringLiteral(", ")));
                } else {
                    const int missing = int(skills::kVouchesToVerify - v.vouchers.size());
                    text = missing == 1 ? SkillsController::tr("vouched for by %1; one more vouch verifies it").arg(by.join(QStringLiteral(", ")))
                                        : SkillsController::tr("vouched for by %1; %2 more vouches verify it").arg(by.join(QStringLiteral(", "))).arg(missing);
                    m_unverifiedTags.append(v.tag);
                }
                m_verifications.append(QVariantMap { { QStringLiteral("tag"), v.tag }, { QStringLiteral("verified"), v.isVerified() },
                    { QStringLiteral("text"), text } });
            }
        } else {
            m_error = found.error().message;
        }
        if (auto listings = skills::listingsOf(*db, m_memberNumber, false, m_skills->today())) {
            for (const SkillListing &l : std::as_const(*listings)) {
                if (l.kind != SkillListing::Kind::Offer)
                    continue;
                for (const QString &tag : l.tags) {
                    if (!verified.contains(tag) && !m_unverifiedTags.contains(tag))
                        m_unverifiedTags.append(tag);
                }
            }
        }
    }
    Q_EMIT changed();
}

} // namespace mycelium
