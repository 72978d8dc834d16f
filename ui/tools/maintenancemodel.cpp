// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/maintenancemodel.h"
#include "tools/deskformat.h"

namespace mycelium {

MaintenanceModel::MaintenanceModel(QObject *parent)
    : DeskListModel(parent)
{
}

QString MaintenanceModel::load(Database *db, QDate today)
{
    m_rows.clear();
    if (!db)
        return {};
    auto list = desk::maintenanceList(*db, today);
    if (!list)
        return list.error().message;
    m_rows = std::move(*list);
    return {};
}

int MaintenanceModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const MaintenanceEntry &e) { return e.state == MaintenanceEntry::State::Open; }));
}

QString MaintenanceModel::stateText(MaintenanceEntry::State state)
{
    return state == MaintenanceEntry::State::Open ? tr("Under maintenance") : tr("Due for maintenance");
}

QString MaintenanceModel::sinceText(const MaintenanceEntry &entry) const
{
    // A due item's reason says what its interval counts from.
    return entry.state == MaintenanceEntry::State::Open ? tr("Since %1").arg(deskformat::day(entry.since)) : QString();
}

QString MaintenanceModel::loanText(const MaintenanceEntry &entry) const
{
    if (!entry.loan)
        return {};
    return tr("On loan to %1 until %2").arg(deskformat::member(entry.loan->memberName, entry.loan->memberNumber), deskformat::day(entry.loan->dueOn));
}

int MaintenanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MaintenanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MaintenanceEntry &row = m_rows.at(index.row());
    switch (role) {
    case AssetTagRole:
        return row.item.assetTag;
    case Qt::DisplayRole:
    case NameRole:
        return row.item.name;
    case ItemLabelRole:
        return deskformat::item(row.item.name, row.item.assetTag);
    case CategoryRole:
        return row.item.category;
    case StateRole:
        return row.state == MaintenanceEntry::State::Open ? QStringLiteral("open") : QStringLiteral("due");
    case StateTextRole:
        return stateText(row.state);
    case SinceTextRole:
        return sinceText(row);
    case ReasonRole:
        return row.reason;
    case ConditionTextRole:
        return deskformat::condition(row.item.condition);
    case OnLoanRole:
        return row.loan.has_value();
    case LoanTextRole:
        return loanText(row);
    case AccessibleTextRole: {
        QString text = tr("%1, %2, %3").arg(deskformat::item(row.item.name, row.item.assetTag), stateText(row.state), row.reason);
        if (row.state == MaintenanceEntry::State::Open)
            text += tr(", %1").arg(sinceText(row));
        if (row.loan)
            text += tr(", %1").arg(loanText(row));
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MaintenanceModel::roleNames() const
{
    return {
        {AssetTagRole, "assetTag"},
        {NameRole, "name"},
        {ItemLabelRole, "itemLabel"},
        {CategoryRole, "category"},
        {StateRole, "state"},
        {StateTextRole, "stateText"},
        {SinceTextRole, "sinceText"},
        {ReasonRole, "reason"},
        {ConditionTextRole, "conditionText"},
        {OnLoanRole, "onLoan"},
        {LoanTextRole, "loanText"},
        {AccessibleTextRole, "accessibleText"},
    };
}

QString MaintenanceModel::assetTagAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item.assetTag : QString();
}

int MaintenanceModel::rowOfTag(const QString &assetTag) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).item.assetTag.compare(assetTag.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

} // namespace mycelium
