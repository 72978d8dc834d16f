// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/overduemodel.h"
#include "tools/deskformat.h"

namespace mycelium {

OverdueModel::OverdueModel(QObject *parent)
    : DeskListModel(parent)
{
}

QString OverdueModel::load(Database *db, QDate today)
{
    m_rows.clear();
    if (!db)
        return {};
    auto overdue = tools::overdue(*db, today);
    if (!overdue)
        return overdue.error().message;
    m_rows = std::move(*overdue);
    return {};
}

QString OverdueModel::totalFeeText() const
{
    std::int64_t total = 0;
    for (const OverdueLoan &row : m_rows) {
        if (__builtin_add_overflow(total, row.feeSoFar, &total))
            return tr("too large to count");
    }
    return deskformat::money(total);
}

int OverdueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OverdueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverdueLoan &row = m_rows.at(index.row());
    switch (role) {
    case AssetTagRole:
        return row.loan.assetTag;
    case Qt::DisplayRole:
    case ItemNameRole:
        return row.loan.itemName;
    case ItemLabelRole:
        return deskformat::item(row.loan.itemName, row.loan.assetTag);
    case MemberNumberRole:
        return qint64(row.loan.memberNumber);
    case MemberNameRole:
        return row.loan.memberName;
    case MemberLabelRole:
        return deskformat::member(row.loan.memberName, row.loan.memberNumber);
    case ContactRole:
        return row.contact;
    case OutTextRole:
        return deskformat::day(row.loan.outOn);
    case DueTextRole:
        return deskformat::day(row.loan.dueOn);
    case DaysLateRole:
        return row.daysLate;
    case DaysLateTextRole:
        return deskformat::daysLate(row.daysLate);
    case FeeRole:
        return qint64(row.feeSoFar);
    case FeeTextRole:
        return deskformat::money(row.feeSoFar);
    case AccessibleTextRole:
        return tr("%1, with %2, due %3, %4, fee so far %5%6")
            .arg(deskformat::item(row.loan.itemName, row.loan.assetTag), deskformat::member(row.loan.memberName, row.loan.memberNumber),
                 deskformat::day(row.loan.dueOn), deskformat::daysLate(row.daysLate), deskformat::money(row.feeSoFar),
                 row.contact.isEmpty() ? tr(", no contact") : tr(", contact %1").arg(row.contact));
    default:
        return {};
    }
}

QHash<int, QByteArray> OverdueModel::roleNames() const
{
    return {
        {AssetTagRole, "assetTag"},
        {ItemNameRole, "itemName"},
        {ItemLabelRole, "itemLabel"},
        {MemberNumberRole, "memberNumber"},
        {MemberNameRole, "memberName"},
        {MemberLabelRole, "memberLabel"},
        {ContactRole, "contact"},
        {OutTextRole, "outText"},
        {DueTextRole, "dueText"},
        {DaysLateRole, "daysLate"},
        {DaysLateTextRole, "daysLateText"},
        {FeeRole, "fee"},
        {FeeTextRole, "feeText"},
        {AccessibleTextRole, "accessibleText"},
    };
}

} // namespace mycelium
