// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <cstdint>

namespace mycelium {

// The community's members with balance and status, in number order, or
// ranked by MemberSearch when `filter` is set. The members screen lists
// them all; the trade form's pickers show the best few.
class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    // At most this many rows; 0: all.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    // The commons fund (number 0) as a row of its own, for choosing who pays.
    Q_PROPERTY(bool includeCommonsFund READ includeCommonsFund WRITE setIncludeCommonsFund NOTIFY includeCommonsFundChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Members in the vault, whatever the filter.
    Q_PROPERTY(int memberCount READ memberCount NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        NameRole,
        ContactRole,
        StatusRole, // "active", "suspended", "left"
        StatusTextRole,
        ActiveRole,
        HasPinRole,
        BalanceRole,
        BalanceTextRole,
        JoinedOnTextRole,
        CommonsFundRole,
        // Number, name, status and balance in one sentence, for screen readers.
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit MemberListModel(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool includeCommonsFund() const { return m_includeCommonsFund; }
    void setIncludeCommonsFund(bool include);
    int count() const { return int(m_rows.size()); }
    int memberCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The member number of a row; -1 outside.
    Q_INVOKABLE qint64 numberAt(int row) const;
    Q_INVOKABLE int rowOfNumber(qint64 number) const;
    Q_INVOKABLE void reload();

    static QString statusText(const QString &status);

Q_SIGNALS:
    void ledgerChanged();
    void filterChanged();
    void limitChanged();
    void includeCommonsFundChanged();
    void countChanged();

private:
    struct Entry {
        std::int64_t number = 0;
        QString name;
        QString contact;
        QString status;
        bool hasPin = false;
        std::int64_t balance = 0;
        QDate joinedOn;
        bool commonsFund = false;
    };
    void applyFilter();
    QList<int> rankedRows() const;

    QPointer<LedgerController> m_ledger;
    QString m_filter;
    int m_limit = 0;
    bool m_includeCommonsFund = false;
    QList<Entry> m_all;
    QList<int> m_rows; // indexes into m_all
};

} // namespace mycelium
