// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/memberlistmodel.h"
#include "ledger/ledgerbinding.h"

#include "ledger/ledger.h"
#include "members/members.h"
#include "members/membersearch.h"

#include <QHash>
#include <QLocale>

namespace mycelium {

MemberListModel::MemberListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MemberListModel::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::ledgerChanged, this, &MemberListModel::reload);
        connect(controller, &LedgerController::tradesRecorded, this, &MemberListModel::reload);
    }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void MemberListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
    Q_EMIT filterChanged();
}

void MemberListModel::setLimit(int limit)
{
    limit = std::max(0, limit);
    if (limit == m_limit)
        return;
    m_limit = limit;
    applyFilter();
    Q_EMIT limitChanged();
}

void MemberListModel::setIncludeCommonsFund(bool include)
{
    if (include == m_includeCommonsFund)
        return;
    m_includeCommonsFund = include;
    reload();
    Q_EMIT includeCommonsFundChanged();
}

int MemberListModel::memberCount() const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [](const Entry &e) { return !e.commonsFund; }));
}

void MemberListModel::reload()
{
    QList<Entry> all;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db) {
        QHash<std::int64_t, std::int64_t> balanceOf;
        if (auto balances = ledger::balances(*db)) {
            for (const AccountBalance &b : *balances)
                balanceOf.insert(b.number, b.balance);
        }
        if (m_includeCommonsFund) {
            Entry fund;
            fund.number = kCommonsFund;
            fund.name = tr("Commons fund");
            fund.status = QStringLiteral("active");
            fund.balance = balanceOf.value(kCommonsFund);
            fund.commonsFund = true;
            all.append(fund);
        }
        if (auto list = members::list(*db)) {
            for (const Member &m : *list) {
                Entry e;
                e.number = m.number;
                e.name = m.name;
                e.contact = m.contact;
                e.status = Member::statusName(m.status);
                e.hasPin = m.hasPin;
                e.balance = balanceOf.value(m.number);
                e.joinedOn = m.joinedOn;
                all.append(e);
            }
        } else {
            qWarning("Listing members failed: %s", qPrintable(list.error().message));
        }
    }
    beginResetModel();
    m_all = all;
    m_rows = rankedRows();
    endResetModel();
    Q_EMIT countChanged();
}

QList<int> MemberListModel::rankedRows() const
{
    QList<MemberSearch::Candidate> candidates;
    candidates.reserve(m_all.size());
    for (const Entry &e : m_all)
        candidates.append({e.number, e.name, e.status == QLatin1String("active")});
    return MemberSearch::rank(candidates, m_filter, m_limit);
}

void MemberListModel::applyFilter()
{
    const QList<int> rows = rankedRows();
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString MemberListModel::statusText(const QString &status)
{
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("left"))
        return tr("Left");
    return tr("Active");
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_all.at(m_rows.at(index.row()));
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case NumberRole:
        return qint64(e.number);
    case ContactRole:
        return e.contact;
    case StatusRole:
        return e.status;
    case StatusTextRole:
        return statusText(e.status);
    case ActiveRole:
        return e.status == QLatin1String("active");
    case HasPinRole:
        return e.hasPin;
    case BalanceRole:
        return qint64(e.balance);
    case BalanceTextRole:
        return m_ledger ? m_ledger->formatMoney(e.balance) : QString();
    case JoinedOnTextRole:
        return m_ledger ? m_ledger->formatDate(e.joinedOn) : QString();
    case CommonsFundRole:
        return e.commonsFund;
    case AccessibleTextRole:
        if (e.commonsFund)
            return tr("Commons fund, number 0, balance %1").arg(m_ledger ? m_ledger->formatMoney(e.balance) : QString());
        return tr("Member %1, %2, %3, balance %4")
            .arg(e.number)
            .arg(e.name, statusText(e.status), m_ledger ? m_ledger->formatMoney(e.balance) : QString());
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    return {
        {NumberRole, "number"},
        {NameRole, "name"},
        {ContactRole, "contact"},
        {StatusRole, "status"},
        {StatusTextRole, "statusText"},
        {ActiveRole, "active"},
        {HasPinRole, "hasPin"},
        {BalanceRole, "balance"},
        {BalanceTextRole, "balanceText"},
        {JoinedOnTextRole, "joinedOnText"},
        {CommonsFundRole, "commonsFund"},
        {AccessibleTextRole, "accessibleText"},
    };
}

qint64 MemberListModel::numberAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return -1;
    return m_all.at(m_rows.at(row)).number;
}

int MemberListModel::rowOfNumber(qint64 number) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all.at(m_rows.at(row)).number == number)
            return row;
    }
    return -1;
}

} // namespace mycelium
