// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/statementmodel.h"
#include "ledger/ledgerbinding.h"

#include <QtCharts/QXYSeries>

#include <algorithm>

namespace mycelium {

namespace {

QString kindName(ledger::StatementLine::Kind kind)
{
    switch (kind) {
    case ledger::StatementLine::Kind::Trade:
        return QStringLiteral("trade");
    case ledger::StatementLine::Kind::Reversal:
        return QStringLiteral("reversal");
    case ledger::StatementLine::Kind::Demurrage:
        return QStringLiteral("demurrage");
    }
    return {};
}

double credits(std::int64_t minor)
{
    // For drawing only.
    return double(minor) / 100.0;
}

} // namespace

StatementModel::StatementModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void StatementModel::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::ledgerChanged, this, &StatementModel::reload);
        connect(controller, &LedgerController::tradesRecorded, this, [this](const QList<qint64> &members) {
            // The commons fund's statement holds every member's demurrage.
            if (members.contains(m_member) || m_member == kCommonsFund)
                reload();
        });
    }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void StatementModel::setMemberNumber(qint64 number)
{
    if (number == m_member)
        return;
    m_member = number;
    reload();
    Q_EMIT memberNumberChanged();
}

void StatementModel::reload()
{
    QList<ledger::StatementLine> lines;
    QList<ledger::BalancePoint> history;
    int total = 0;
    QString error;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db && m_member >= 0) {
        auto page = ledger::statementPage(*db, m_member, kPageSize);
        auto length = ledger::statementLength(*db, m_member);
        auto points = ledger::balanceHistory(*db, m_member);
        if (page && length && points) {
            lines = std::move(*page);
            total = int(*length);
            history = std::move(*points);
        } else {
            error = !page ? page.error().message : !length ? length.error().message : points.error().message;
        }
    }
    // Views and testers ask for more from inside the model's own signals;
    // they get it when they scroll, not from in here.
    m_changing = true;
    beginResetModel();
    m_lines = lines;
    m_total = total;
    m_error = error;
    endResetModel();
    m_changing = false;
    buildChart(history);
    Q_EMIT countChanged();
}

bool StatementModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_lines.size() < m_total;
}

void StatementModel::fetchMore(const QModelIndex &parent)
{
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db || !canFetchMore(parent))
        return;
    auto page = ledger::statementPage(*db, m_member, kPageSize, m_lines.constLast().journalSeq);
    if (!page || page->isEmpty()) {
        // Nothing more to read (or the vault refused): stop asking.
        m_total = int(m_lines.size());
        if (!page)
            m_error = page.error().message;
        Q_EMIT countChanged();
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page->size()) - 1);
    m_lines += *page;
    endInsertRows();
    m_changing = false;
}

void StatementModel::buildChart(const QList<ledger::BalancePoint> &history)
{
    m_points.clear();
    m_chartStart = m_chartEnd = {};
    m_chartMinimum = m_chartMaximum = 0;
    if (!history.isEmpty()) {
        // Steps: flat until the day of a change, then up or down.
        const auto x = [](QDate day) { return double(day.startOfDay().toMSecsSinceEpoch()); };
        const QDate firstDay = history.constFirst().day;
        std::int64_t balance = 0;
        m_points.reserve(history.size() * 2 + 2);
        m_points.append({x(firstDay), 0.0});
        for (const ledger::BalancePoint &point : history) {
            m_points.append({x(point.day), credits(balance)});
            m_points.append({x(point.day), credits(point.balance)});
            balance = point.balance;
        }
        QDate end = m_ledger ? m_ledger->today() : history.constLast().day;
        if (end <= history.constLast().day)
            end = history.constLast().day.addDays(1);
        m_points.append({x(end), credits(balance)});
        m_chartStart = firstDay.startOfDay();
        m_chartEnd = end.startOfDay();
        const auto [low, high] = std::minmax_element(m_points.cbegin(), m_points.cend(),
                                                     [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        m_chartMinimum = std::min(0.0, low->y());
        m_chartMaximum = std::max(0.0, high->y());
    }
    Q_EMIT chartChanged();
}

void StatementModel::plot(QObject *series) const
{
    if (auto *xy = qobject_cast<QXYSeries *>(series))
        xy->replace(m_points);
    else
        qWarning("StatementModel::plot needs a LineSeries, not %s", series ? series->metaObject()->className() : "null");
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_ledger)
        return {};
    const ledger::StatementLine &line = m_lines.at(index.row());
    const QString other = line.counterparty == kCommonsFund ? tr("the commons fund")
                                                            : tr("%1 (%2)").arg(line.counterpartyName).arg(line.counterparty);
    const auto description = [&]() -> QString {
        switch (line.kind) {
        case ledger::StatementLine::Kind::Demurrage:
            // The memo says "Demurrage" and the days it covers.
            return line.amount < 0 ? tr("To the commons fund") : tr("From %1").arg(other);
        case ledger::StatementLine::Kind::Reversal:
            return line.amount < 0 ? tr("Reversal, to %1").arg(other) : tr("Reversal, from %1").arg(other);
        case ledger::StatementLine::Kind::Trade:
            break;
        }
        return line.amount < 0 ? tr("To %1").arg(other) : tr("From %1").arg(other);
    };
    switch (role) {
    case DateRole:
        return line.date;
    case DateTextRole:
        return m_ledger->formatDate(line.date);
    case KindRole:
        return kindName(line.kind);
    case KindTextRole:
        switch (line.kind) {
        case ledger::StatementLine::Kind::Trade:
            return tr("Trade");
        case ledger::StatementLine::Kind::Reversal:
            return tr("Reversal");
        case ledger::StatementLine::Kind::Demurrage:
            return tr("Demurrage");
        }
        return {};
    case Qt::DisplayRole:
    case DescriptionRole:
        return description();
    case CounterpartyRole:
        return qint64(line.counterparty);
    case CounterpartyNameRole:
        return line.counterpartyName;
    case MemoRole:
        return line.memo;
    case AmountRole:
        return qint64(line.amount);
    case AmountTextRole:
        return line.amount > 0 ? QStringLiteral("+") + m_ledger->formatMoney(line.amount) : m_ledger->formatMoney(line.amount);
    case IncomingRole:
        return line.amount > 0;
    case BalanceAfterRole:
        return qint64(line.balanceAfter);
    case BalanceAfterTextRole:
        return m_ledger->formatMoney(line.balanceAfter);
    case TradeIdRole:
        return qint64(line.tradeId);
    case AccessibleTextRole:
        return tr("%1, %2, %3 %4, balance after %5")
            .arg(m_ledger->formatDate(line.date), description(), line.memo,
                 line.amount > 0 ? tr("received %1").arg(m_ledger->formatMoney(line.amount))
                                 : tr("paid %1").arg(m_ledger->formatMoney(-line.amount)),
                 m_ledger->formatMoney(line.balanceAfter));
    default:
        return {};
    }
}

QHash<int, QByteArray> StatementModel::roleNames() const
{
    return {
        {DateRole, "date"},
        {DateTextRole, "dateText"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {DescriptionRole, "description"},
        {CounterpartyRole, "counterparty"},
        {CounterpartyNameRole, "counterpartyName"},
        {MemoRole, "memo"},
        {AmountRole, "amount"},
        {AmountTextRole, "amountText"},
        {IncomingRole, "incoming"},
        {BalanceAfterRole, "balanceAfter"},
        {BalanceAfterTextRole, "balanceAfterText"},
        {TradeIdRole, "tradeId"},
        {AccessibleTextRole, "accessibleText"},
    };
}

} // namespace mycelium
