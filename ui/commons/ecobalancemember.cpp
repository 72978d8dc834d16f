// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/ecobalancemember.h"
#include "commons/ecobalancecontroller.h"
#include "ledger/ledgerbinding.h"

#include "members/members.h"

#include <algorithm>

namespace mycelium {

EcoBalanceMember::EcoBalanceMember(QObject *parent) : QAbstractListModel(parent) { }

void EcoBalanceMember::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &EcoBalanceMember::reload);
            connect(controller, &LedgerController::tradesRecorded, this, [this](const QList<qint64> &members) {
                if (members.contains(m_memberNumber))
                    reload();
            });
        }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void EcoBalanceMember::setMemberNumber(qint64 number)
{
    if (number == m_memberNumber)
        return;
    m_memberNumber = number;
    Q_EMIT memberNumberChanged();
    reload();
}

void EcoBalanceMember::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pledges.clear();
    m_error.clear();
    m_multiplier = 100;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db && m_memberNumber > 0) {
        const QDate today = m_ledger->today();
        const QDate thisMonth(today.year(), today.month(), 1);
        auto member = members::byNumber(*db, m_memberNumber);
        auto history = ecobalance::memberHistory(*db, m_memberNumber, thisMonth.addMonths(-(kMonths - 1)), thisMonth);
        auto pledges = ecobalance::pledges(*db, false);
        if (!member)
            m_error = member.error().message;
        else if (!history)
            m_error = history.error().message;
        else if (!pledges)
            m_error = pledges.error().message;
        if (m_error.isEmpty()) {
            m_multiplier = member->capacity.ecological;
            QList<QDate> pledgedMonths;
            QList<RestorationPledge> own;
            for (const RestorationPledge &pledge : std::as_const(*pledges)) {
                if (pledge.memberNumber == m_memberNumber) {
                    own.append(pledge);
                    pledgedMonths.append(QDate(pledge.month.year(), pledge.month.month(), 1));
                }
            }
            std::sort(own.begin(), own.end(), [](const RestorationPledge &a, const RestorationPledge &b) {
                return a.month != b.month ? a.month > b.month : a.id > b.id;
            });
            for (const RestorationPledge &pledge : std::as_const(own)) {
                const QString month = EcoBalanceController::monthText(pledge.month);
                m_pledges.append(QVariantMap{
                    {QStringLiteral("month"), month},
                    {QStringLiteral("work"), pledge.work},
                    {QStringLiteral("pledgedOnText"), m_ledger->formatDate(pledge.pledgedOn)},
                    {QStringLiteral("fulfilled"), pledge.fulfilled},
                    {QStringLiteral("text"), pledge.fulfilled ? tr("%1: “%2”, done").arg(month, pledge.work)
                                                              : tr("%1: “%2”, still to do").arg(month, pledge.work)},
                });
            }
            for (auto it = history->crbegin(); it != history->crend(); ++it) {
                Row row;
                row.balance = *it;
                const QDate month(it->month.year(), it->month.month(), 1);
                if (month < thisMonth) {
                    auto settled = ecobalance::isSettled(*db, month);
                    row.settled = settled && *settled;
                }
                row.pledged = pledgedMonths.contains(month);
                m_rows.append(row);
            }
        }
    }
    endResetModel();
    Q_EMIT changed();
}

bool EcoBalanceMember::hasActivity() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.balance.regeneration != 0 || row.balance.extraction != 0 || row.balance.impacts != 0;
    });
}

QString EcoBalanceMember::totalText() const
{
    std::int64_t total = 0;
    for (const Row &row : m_rows)
        total += row.balance.net();
    return EcoBalanceController::pointsText(total);
}

QString EcoBalanceMember::multiplierText() const
{
    if (m_multiplier > 100)
        return tr("%1 %: a positive balance over the last twelve months raises the credit line's extension").arg(m_multiplier);
    if (m_multiplier < 100)
        return tr("%1 %: a negative balance over the last twelve months lowers the credit line's extension").arg(m_multiplier);
    return tr("%1 %: neutral").arg(m_multiplier);
}

QString EcoBalanceMember::settlementText(const Row &row) const
{
    const QDate today = m_ledger ? m_ledger->today() : QDate();
    const QDate month(row.balance.month.year(), row.balance.month.month(), 1);
    if (today.isValid() && month == QDate(today.year(), today.month(), 1))
        return tr("this month so far");
    if (!row.settled)
        return row.pledged ? tr("not settled yet; work pledged") : tr("not settled yet");
    const std::int64_t net = row.balance.net();
    if (net > 0)
        return tr("settled: regeneration credits paid");
    if (net < 0)
        return row.pledged ? tr("settled: restoration work pledged") : tr("settled: restoration fee charged");
    return tr("settled");
}

int EcoBalanceMember::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EcoBalanceMember::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const EcoBalance &b = row.balance;
    switch (role) {
    case Qt::DisplayRole:
    case MonthTextRole:
        return EcoBalanceController::monthText(b.month);
    case RegenerationTextRole:
        return EcoBalanceController::signedPoints(b.regeneration);
    case ExtractionTextRole:
        return EcoBalanceController::signedPoints(-b.extraction);
    case ImpactsTextRole:
        return EcoBalanceController::signedPoints(-b.impacts);
    case NetTextRole:
        return EcoBalanceController::signedPoints(b.net());
    case NetRole:
        return double(b.net()) / 1000.0;
    case SettlementTextRole:
        return settlementText(row);
    case AccessibleTextRole:
        return tr("%1: regeneration %2, extraction %3, impacts %4, net %5; %6")
            .arg(EcoBalanceController::monthText(b.month), EcoBalanceController::pointsText(b.regeneration),
                 EcoBalanceController::pointsText(-b.extraction), EcoBalanceController::pointsText(-b.impacts),
                 EcoBalanceController::pointsText(b.net()), settlementText(row));
    default:
        return {};
    }
}

QHash<int, QByteArray> EcoBalanceMember::roleNames() const
{
    return {
        {MonthTextRole, "monthText"},
        {RegenerationTextRole, "regenerationText"},
        {ExtractionTextRole, "extractionText"},
        {ImpactsTextRole, "impactsText"},
        {NetTextRole, "netText"},
        {NetRole, "net"},
        {SettlementTextRole, "settlementText"},
        {AccessibleTextRole, "accessibleText"},
    };
}

} // namespace mycelium
