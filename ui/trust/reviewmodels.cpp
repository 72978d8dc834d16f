// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/reviewmodels.h"

#include "ledger/ledgerbinding.h"
#include "trust/trust.h"
#include "trust/trustcontroller.h"

namespace mycelium {

namespace {

QString memberText(std::int64_t number, const QString &name)
{
    return TrustListModel::tr("%1 · %2").arg(number).arg(name);
}

} // namespace

TrustListModel::TrustListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(TrustChanges::instance(), &TrustChanges::changed, this, &TrustListModel::reload);
}

void TrustListModel::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &TrustListModel::reload);
        }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void TrustListModel::reload()
{
    QList<QVariantMap> rows;
    QString error;
    if (Database *db = m_ledger ? m_ledger->database() : nullptr) {
        if (auto read = readRows(*db))
            rows = *read;
        else
            error = read.error().message;
    }
    beginResetModel();
    m_rows = rows;
    m_error = error;
    endResetModel();
    Q_EMIT countChanged();
}

QString TrustListModel::formatDate(QDate date) const
{
    if (!date.isValid())
        return {};
    return m_ledger ? m_ledger->formatDate(date) : date.toString(Qt::ISODate);
}

int TrustListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TrustListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return row.value(QStringLiteral("accessibleText"));
    const QList<QByteArray> keys = roleKeys();
    const int at = role - (Qt::UserRole + 1);
    if (at < 0 || at >= keys.size())
        return {};
    return row.value(QString::fromLatin1(keys.at(at)));
}

QHash<int, QByteArray> TrustListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    const QList<QByteArray> keys = roleKeys();
    for (int i = 0; i < keys.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, keys.at(i));
    return names;
}

QVariantMap TrustListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

// Flags

FlagModel::FlagModel(QObject *parent) : TrustListModel(parent) { }

void FlagModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    reload();
    Q_EMIT openOnlyChanged();
}

void FlagModel::setMemberNumber(qint64 number)
{
    if (number == m_memberNumber)
        return;
    m_memberNumber = number;
    reload();
    Q_EMIT memberNumberChanged();
}

QList<QByteArray> FlagModel::roleKeys() const
{
    return {"flagId", "memberNumber", "memberText", "reporterText", "reason", "raisedText", "open", "resolvedText", "resolution", "accessibleText"};
}

Result<QList<QVariantMap>> FlagModel::readRows(Database &db)
{
    auto flags = trust::flags(db, m_openOnly, m_memberNumber > 0 ? m_memberNumber : -1);
    if (!flags)
        return flags.error();
    QList<QVariantMap> rows;
    for (const TrustFlag &f : *flags) {
        const QString member = memberText(f.memberNumber, f.memberName);
        const QString reporter = f.reporterNumber ? memberText(*f.reporterNumber, f.reporterName) : tr("the coordinator");
        const bool open = !f.resolvedOn.isValid();
        QString text = tr("Concern about %1, raised by %2 on %3: %4").arg(member, reporter, formatDate(f.raisedOn), f.reason);
        if (!open)
            text += tr(". Resolved on %1: %2").arg(formatDate(f.resolvedOn), f.resolution);
        rows.append({
            {QStringLiteral("flagId"), qint64(f.id)},
            {QStringLiteral("memberNumber"), qint64(f.memberNumber)},
            {QStringLiteral("memberText"), member},
            {QStringLiteral("reporterText"), reporter},
            {QStringLiteral("reason"), f.reason},
            {QStringLiteral("raisedText"), formatDate(f.raisedOn)},
            {QStringLiteral("open"), open},
            {QStringLiteral("resolvedText"), formatDate(f.resolvedOn)},
            {QStringLiteral("resolution"), f.resolution},
            {QStringLiteral("accessibleText"), text},
        });
    }
    return rows;
}

// Alerts

AlertModel::AlertModel(QObject *parent) : TrustListModel(parent) { }

void AlertModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    reload();
    Q_EMIT openOnlyChanged();
}

QString AlertModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("ring"))
        return tr("Trading back and forth");
    if (kind == QLatin1String("near_floor"))
        return tr("Large trade near the credit floor");
    if (kind == QLatin1String("reversals"))
        return tr("Many reversals");
    return kind;
}

QList<QByteArray> AlertModel::roleKeys() const
{
    return {"alertId", "kind", "kindText", "memberNumber", "memberText", "otherText", "detail", "raisedText", "open", "reviewedText", "review",
            "accessibleText"};
}

Result<QList<QVariantMap>> AlertModel::readRows(Database &db)
{
    auto alerts = trust::alerts(db, m_openOnly);
    if (!alerts)
        return alerts.error();
    QList<QVariantMap> rows;
    for (const TrustAlert &a : *alerts) {
        const QString kind = TrustAlert::kindName(a.kind);
        const QString member = memberText(a.memberNumber, a.memberName);
        const QString other = a.otherNumber ? memberText(*a.otherNumber, a.otherName) : QString();
        const QString who = other.isEmpty() ? member : tr("%1 and %2").arg(member, other);
        const bool open = !a.reviewedOn.isValid();
        QString text = tr("%1: %2, raised on %3. %4").arg(kindText(kind), who, formatDate(a.raisedOn), a.detail);
        if (!open)
            text += tr(" Reviewed on %1: %2").arg(formatDate(a.reviewedOn), a.review);
        rows.append({
            {QStringLiteral("alertId"), qint64(a.id)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("kindText"), kindText(kind)},
            {QStringLiteral("memberNumber"), qint64(a.memberNumber)},
            {QStringLiteral("memberText"), who},
            {QStringLiteral("otherText"), other},
            {QStringLiteral("detail"), a.detail},
            {QStringLiteral("raisedText"), formatDate(a.raisedOn)},
            {QStringLiteral("open"), open},
            {QStringLiteral("reviewedText"), formatDate(a.reviewedOn)},
            {QStringLiteral("review"), a.review},
            {QStringLiteral("accessibleText"), text},
        });
    }
    return rows;
}

// Sanctions under review

SanctionModel::SanctionModel(QObject *parent) : TrustListModel(parent) { }

QList<QByteArray> SanctionModel::roleKeys() const
{
    return {"memberNumber", "memberText", "level", "levelText", "effect", "reason", "appliedText", "reviewText", "reviewDue",
            "contributionsSince", "contributionsText", "redemptionEarned", "redemptionText", "accessibleText"};
}

int SanctionModel::rowOf(qint64 memberNumber) const
{
    for (int row = 0; row < count(); ++row) {
        if (get(row).value(QStringLiteral("memberNumber")).toLongLong() == memberNumber)
            return row;
    }
    return -1;
}

Result<QList<QVariantMap>> SanctionModel::readRows(Database &db)
{
    const QDate today = m_ledger->today();
    auto sanctions = trust::sanctionsUnderReview(db, today);
    if (!sanctions)
        return sanctions.error();
    QList<QVariantMap> rows;
    m_earned = 0;
    for (const SanctionUnderReview &s : *sanctions) {
        const SanctionStep &step = s.current;
        const QString member = memberText(step.memberNumber, step.memberName);
        const bool stepsDownByItself = step.level == Member::Sanction::Warning || step.level == Member::Sanction::Reduced;
        const QString contributions = (s.contributionsSince == 1 ? tr("%n contribution since it was applied", nullptr, s.contributionsSince) : tr("%n contributions since it was applied", nullptr, s.contributionsSince));
        QString redemption;
        if (s.redemptionEarned)
            redemption = tr("Redemption earned: steps down at the next redemption");
        else if (stepsDownByItself)
            redemption = tr("Redemption after %1 contributions and the review date").arg(trust::kRedemptionContributions);
        else
            redemption = tr("Lifted by a coordinator after mediation");
        if (s.redemptionEarned)
            ++m_earned;
        const QString text = tr("%1: %2 since %3, review on %4. Reason: %5. %6. %7.")
                                 .arg(member, TrustController::levelText(step.level), formatDate(step.appliedOn), formatDate(step.reviewOn),
                                      step.reason, contributions, redemption);
        rows.append({
            {QStringLiteral("memberNumber"), qint64(step.memberNumber)},
            {QStringLiteral("memberText"), member},
            {QStringLiteral("level"), Member::sanctionName(step.level)},
            {QStringLiteral("levelText"), TrustController::levelText(step.level)},
            {QStringLiteral("effect"), TrustController::levelEffect(step.level)},
            {QStringLiteral("reason"), step.reason},
            {QStringLiteral("appliedText"), formatDate(step.appliedOn)},
            {QStringLiteral("reviewText"), formatDate(step.reviewOn)},
            {QStringLiteral("reviewDue"), step.reviewOn.isValid() && step.reviewOn <= today},
            {QStringLiteral("contributionsSince"), s.contributionsSince},
            {QStringLiteral("contributionsText"), contributions},
            {QStringLiteral("redemptionEarned"), s.redemptionEarned},
            {QStringLiteral("redemptionText"), redemption},
            {QStringLiteral("accessibleText"), text},
        });
    }
    return rows;
}

// One member's steps

SanctionHistoryModel::SanctionHistoryModel(QObject *parent) : TrustListModel(parent) { }

void SanctionHistoryModel::setMemberNumber(qint64 number)
{
    if (number == m_memberNumber)
        return;
    m_memberNumber = number;
    reload();
    Q_EMIT memberNumberChanged();
}

QList<QByteArray> SanctionHistoryModel::roleKeys() const
{
    return {"level", "levelText", "stepText", "lifting", "reason", "appliedBy", "appliedText", "reviewText", "accessibleText"};
}

Result<QList<QVariantMap>> SanctionHistoryModel::readRows(Database &db)
{
    if (m_memberNumber <= 0)
        return QList<QVariantMap>();
    auto steps = trust::sanctionHistory(db, m_memberNumber);
    if (!steps)
        return steps.error();
    QList<QVariantMap> rows;
    for (const SanctionStep &s : *steps) {
        const QString stepText = tr("%1 → %2").arg(TrustController::levelText(s.previous), TrustController::levelText(s.level));
        const QString by = s.appliedBy == QLatin1String("redemption") ? tr("by redemption") : tr("by %1").arg(s.appliedBy);
        QString text = tr("%1 on %2 %3: %4").arg(stepText, formatDate(s.appliedOn), by, s.reason);
        if (s.reviewOn.isValid())
            text += tr("; review on %1").arg(formatDate(s.reviewOn));
        rows.append({
            {QStringLiteral("level"), Member::sanctionName(s.level)},
            {QStringLiteral("levelText"), TrustController::levelText(s.level)},
            {QStringLiteral("stepText"), stepText},
            {QStringLiteral("lifting"), int(s.level) < int(s.previous)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("appliedBy"), by},
            {QStringLiteral("appliedText"), formatDate(s.appliedOn)},
            {QStringLiteral("reviewText"), formatDate(s.reviewOn)},
            {QStringLiteral("accessibleText"), text},
        });
    }
    return rows;
}

} // namespace mycelium
