// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toolitemlists.h"

#include "storage/database.h"
#include "tools/tools.h"

#include <algorithm>

namespace mycelium {

ToolItemListModel::ToolItemListModel(QObject *parent) : QAbstractListModel(parent) { }

void ToolItemListModel::setCatalogue(CatalogueController *catalogue)
{
    if (!rebindCatalogue(this, m_catalogue, catalogue))
        return;
    reload();
    Q_EMIT catalogueChanged();
}

void ToolItemListModel::setAssetTag(const QString &tag)
{
    if (tag == m_assetTag)
        return;
    m_assetTag = tag;
    reload();
    Q_EMIT assetTagChanged();
}

void ToolItemListModel::reload()
{
    QList<Row> rows;
    QString error;
    Database *db = m_catalogue ? m_catalogue->database() : nullptr;
    if (db && !m_assetTag.trimmed().isEmpty()) {
        if (auto loaded = load(*db, m_assetTag))
            rows = *loaded;
        else
            error = loaded.error().message;
    }
    beginResetModel();
    m_rows = rows;
    m_error = error;
    endResetModel();
    Q_EMIT countChanged();
}

Result<QList<ToolItemListModel::Row>> ToolItemListModel::load(Database &, const QString &) const
{
    return QList<Row>();
}

int ToolItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_rows.at(index.row()).value(role);
}

QHash<int, QByteArray> ToolItemLoanModel::roleNames() const
{
    return {
        { OutOnTextRole, "outOnText" },
        { DueOnTextRole, "dueOnText" },
        { ReturnedOnTextRole, "returnedOnText" },
        { OpenRole, "open" },
        { OverdueRole, "overdue" },
        { MemberNumberRole, "memberNumber" },
        { MemberNameRole, "memberName" },
        { ReturnConditionTextRole, "returnConditionText" },
        { DaysLateRole, "daysLate" },
        { LateFeeTextRole, "lateFeeText" },
        { NotesRole, "notes" },
        { AccessibleTextRole, "accessibleText" },
    };
}

Result<QList<ToolItemListModel::Row>> ToolItemLoanModel::load(Database &db, const QString &tag) const
{
    auto loans = tools::loanHistory(db, tag);
    if (!loans)
        return loans.error();
    const CatalogueController &c = *catalogue();
    QList<Row> rows;
    for (const ToolLoan &loan : std::as_const(*loans)) {
        const bool overdue = loan.isOpen() && loan.dueOn < c.today();
        const QString condition
            = loan.returnCondition ? CatalogueController::conditionText(*loan.returnCondition) : QString();
        const QString when = loan.isOpen()
            ? tr("Out since %1, due %2").arg(c.formatDate(loan.outOn), c.formatDate(loan.dueOn))
            : tr("%1 to %2").arg(c.formatDate(loan.outOn), c.formatDate(loan.returnedOn));
        QString sentence = tr("%1: %2 (member %3)").arg(when, loan.memberName).arg(loan.memberNumber);
        if (!loan.isOpen())
            sentence += tr(", back %1").arg(condition.toLower());
        if (loan.daysLate > 0)
            sentence += tr(", %n days late", nullptr, loan.daysLate);
        else if (overdue)
            sentence += tr(", overdue");
        rows.append({
            { OutOnTextRole, c.formatDate(loan.outOn) },
            { DueOnTextRole, c.formatDate(loan.dueOn) },
            { ReturnedOnTextRole, c.formatDate(loan.returnedOn) },
            { OpenRole, loan.isOpen() },
            { OverdueRole, overdue },
            { MemberNumberRole, qint64(loan.memberNumber) },
            { MemberNameRole, loan.memberName },
            { ReturnConditionTextRole, condition },
            { DaysLateRole, loan.daysLate },
            { LateFeeTextRole, loan.lateFee > 0 ? c.formatMoney(loan.lateFee) : QString() },
            { NotesRole, loan.notes },
            { AccessibleTextRole, sentence },
        });
    }
    return rows;
}

QHash<int, QByteArray> ToolItemHoldModel::roleNames() const
{
    return {
        { PositionRole, "position" },
        { MemberNumberRole, "memberNumber" },
        { MemberNameRole, "memberName" },
        { QueuedOnTextRole, "queuedOnText" },
        { ReadyOnTextRole, "readyOnText" },
        { AccessibleTextRole, "accessibleText" },
    };
}

Result<QList<ToolItemListModel::Row>> ToolItemHoldModel::load(Database &db, const QString &tag) const
{
    auto queue = tools::holdQueue(db, tag);
    if (!queue)
        return queue.error();
    const CatalogueController &c = *catalogue();
    QList<Row> rows;
    for (const ToolHold &hold : std::as_const(*queue)) {
        const int position = int(rows.size()) + 1;
        QString sentence = tr("%1. %2 (member %3), waiting since %4")
                               .arg(position)
                               .arg(hold.memberName)
                               .arg(hold.memberNumber)
                               .arg(c.formatDate(hold.queuedAt.date()));
        if (hold.readyOn.isValid())
            sentence += tr(", ready for them since %1").arg(c.formatDate(hold.readyOn));
        rows.append({
            { PositionRole, position },
            { MemberNumberRole, qint64(hold.memberNumber) },
            { MemberNameRole, hold.memberName },
            { QueuedOnTextRole, c.formatDate(hold.queuedAt.date()) },
            { ReadyOnTextRole, c.formatDate(hold.readyOn) },
            { AccessibleTextRole, sentence },
        });
    }
    return rows;
}

QHash<int, QByteArray> ToolItemMaintenanceModel::roleNames() const
{
    return {
        { OpenedOnTextRole, "openedOnText" },
        { ClosedOnTextRole, "closedOnText" },
        { OpenRole, "open" },
        { ReasonRole, "reason" },
        { WorkDoneRole, "workDone" },
        { CostTextRole, "costText" },
        { DoneByRole, "doneBy" },
        { AccessibleTextRole, "accessibleText" },
    };
}

Result<QList<ToolItemListModel::Row>> ToolItemMaintenanceModel::load(Database &db, const QString &tag) const
{
    auto log = tools::maintenanceLog(db, tag);
    if (!log)
        return log.error();
    const CatalogueController &c = *catalogue();
    QList<Row> rows;
    // The core lists them oldest first; the page shows the latest on top.
    for (auto record = log->crbegin(); record != log->crend(); ++record) {
        const bool open = !record->closedOn.isValid();
        const QString sentence = open ? tr("Open since %1: %2").arg(c.formatDate(record->openedOn), record->reason)
                                      : tr("%1 to %2: %3; %4, cost %5")
                                            .arg(c.formatDate(record->openedOn), c.formatDate(record->closedOn),
                                                record->reason, record->workDone, c.formatMoney(record->cost));
        rows.append({
            { OpenedOnTextRole, c.formatDate(record->openedOn) },
            { ClosedOnTextRole, c.formatDate(record->closedOn) },
            { OpenRole, open },
            { ReasonRole, record->reason },
            { WorkDoneRole, record->workDone },
            { CostTextRole, open ? QString() : c.formatMoney(record->cost) },
            { DoneByRole, record->doneBy },
            { AccessibleTextRole, sentence },
        });
    }
    return rows;
}

} // namespace mycelium
