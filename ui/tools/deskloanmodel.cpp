// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/deskloanmodel.h"
#include "tools/deskformat.h"

namespace mycelium {

DeskLoanModel::DeskLoanModel(QObject *parent)
    : DeskListModel(parent)
{
}

void DeskLoanModel::setMemberNumber(qint64 number)
{
    number = std::max<qint64>(-1, number);
    if (number == m_memberNumber)
        return;
    m_memberNumber = number;
    reload();
    Q_EMIT memberNumberChanged();
}

void DeskLoanModel::setReturnedLimit(int limit)
{
    limit = std::max(0, limit);
    if (limit == m_returnedLimit)
        return;
    m_returnedLimit = limit;
    reload();
    Q_EMIT returnedLimitChanged();
}

QString DeskLoanModel::load(Database *db, QDate today)
{
    m_rows.clear();
    m_earlierCount = 0;
    QString error;
    if (db && m_memberNumber > 0) {
        auto loans = desk::memberLoans(*db, m_memberNumber, today);
        if (!loans) {
            error = loans.error().message;
        } else {
            int returned = 0;
            for (DeskLoan &loan : *loans) {
                if (!loan.loan.isOpen() && ++returned > m_returnedLimit) {
                    ++m_earlierCount;
                    continue;
                }
                m_rows.append(std::move(loan));
            }
        }
    }
    m_openCount = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const DeskLoan &l) { return l.loan.isOpen(); }));
    m_overdueCount = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const DeskLoan &l) { return l.overdue(); }));
    return error;
}

int DeskLoanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DeskLoanModel::stateText(const DeskLoan &loan) const
{
    if (!loan.loan.isOpen()) {
        if (loan.daysLate > 0)
            return tr("Returned %1, %2 · fee %3")
                .arg(deskformat::day(loan.loan.returnedOn), deskformat::daysLate(loan.daysLate), deskformat::money(loan.fee));
        return tr("Returned %1").arg(deskformat::day(loan.loan.returnedOn));
    }
    if (loan.overdue())
        return tr("%1 since %2 · fee so far %3")
            .arg(deskformat::daysLate(loan.daysLate), deskformat::day(loan.loan.dueOn), deskformat::money(loan.fee));
    return tr("Due %1").arg(deskformat::day(loan.loan.dueOn));
}

QVariant DeskLoanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeskLoan &row = m_rows.at(index.row());
    switch (role) {
    case AssetTagRole:
        return row.loan.assetTag;
    case Qt::DisplayRole:
    case ItemNameRole:
        return row.loan.itemName;
    case ItemLabelRole:
        return deskformat::item(row.loan.itemName, row.loan.assetTag);
    case OpenRole:
        return row.loan.isOpen();
    case OverdueRole:
        return row.overdue();
    case DaysLateRole:
        return row.daysLate;
    case FeeRole:
        return qint64(row.fee);
    case FeeTextRole:
        return deskformat::money(row.fee);
    case OutTextRole:
        return deskformat::day(row.loan.outOn);
    case DueTextRole:
        return deskformat::day(row.loan.dueOn);
    case ReturnedTextRole:
        return deskformat::day(row.loan.returnedOn);
    case StateTextRole:
        return stateText(row);
    case AccessibleTextRole:
        return tr("%1, out %2, %3").arg(deskformat::item(row.loan.itemName, row.loan.assetTag), deskformat::day(row.loan.outOn), stateText(row));
    default:
        return {};
    }
}

QHash<int, QByteArray> DeskLoanModel::roleNames() const
{
    return {
        {AssetTagRole, "assetTag"},
        {ItemNameRole, "itemName"},
        {ItemLabelRole, "itemLabel"},
        {OpenRole, "open"},
        {OverdueRole, "overdue"},
        {DaysLateRole, "daysLate"},
        {FeeRole, "fee"},
        {FeeTextRole, "feeText"},
        {OutTextRole, "outText"},
        {DueTextRole, "dueText"},
        {ReturnedTextRole, "returnedText"},
        {StateTextRole, "stateText"},
        {AccessibleTextRole, "accessibleText"},
    };
}

QString DeskLoanModel::assetTagAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).loan.assetTag : QString();
}

bool DeskLoanModel::isOpenAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).loan.isOpen();
}

} // namespace mycelium
