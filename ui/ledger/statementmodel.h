// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "ledger/ledgercontroller.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointF>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// A member's statement: trades, reversals and demurrage, newest first,
// each with the balance after it, read a page at a time as the list
// scrolls; and the whole history as chart points, one step per day.
class StatementModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    // The member; 0 is the commons fund, -1 nobody.
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY memberNumberChanged)
    // All lines of the statement; rowCount() is how many are loaded.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

    // Chart axes: the days covered and the balance range, in credits
    // (display only; the ledger's amounts stay integer minor units).
    Q_PROPERTY(QDateTime chartStart READ chartStart NOTIFY chartChanged)
    Q_PROPERTY(QDateTime chartEnd READ chartEnd NOTIFY chartChanged)
    Q_PROPERTY(double chartMinimum READ chartMinimum NOTIFY chartChanged)
    Q_PROPERTY(double chartMaximum READ chartMaximum NOTIFY chartChanged)

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        DateTextRole,
        KindRole, // "trade", "reversal", "demurrage"
        KindTextRole,
        DescriptionRole, // "From Ben Okafor (2)", "To the commons fund", …
        CounterpartyRole,
        CounterpartyNameRole,
        MemoRole,
        AmountRole,
        AmountTextRole,
        IncomingRole,
        BalanceAfterRole,
        BalanceAfterTextRole,
        TradeIdRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit StatementModel(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    qint64 memberNumber() const { return m_member; }
    void setMemberNumber(qint64 number);
    int count() const { return m_total; }
    QString error() const { return m_error; }

    QDateTime chartStart() const { return m_chartStart; }
    QDateTime chartEnd() const { return m_chartEnd; }
    double chartMinimum() const { return m_chartMinimum; }
    double chartMaximum() const { return m_chartMaximum; }
    // The running balance as steps (x: milliseconds since the epoch at the
    // start of the day, y: credits), from the first line to today.
    QList<QPointF> balancePoints() const { return m_points; }

    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Puts the running balance into a Qt Charts series (a LineSeries of
    // QtCharts QML): in one go, which per-point appends from QML are not.
    Q_INVOKABLE void plot(QObject *series) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void memberNumberChanged();
    void countChanged();
    void chartChanged();

private:
    void buildChart(const QList<ledger::BalancePoint> &history);

    QPointer<LedgerController> m_ledger;
    qint64 m_member = -1;
    QList<ledger::StatementLine> m_lines; // newest first, the pages loaded so far
    int m_total = 0;
    bool m_changing = false; // inside a reset or an insertion
    QString m_error;
    QList<QPointF> m_points;
    QDateTime m_chartStart;
    QDateTime m_chartEnd;
    double m_chartMinimum = 0;
    double m_chartMaximum = 0;
};

} // namespace mycelium
