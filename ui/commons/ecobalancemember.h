// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/ecobalance.h"
#include "ledger/ledgercontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// One member's own ecological balance, for their member page (the only
// place where a member's balance is shown by name): the last twelve
// months, newest first, with what settling each one did; their pledges of
// restoration work; their ecological multiplier.
class EcoBalanceMember : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY memberNumberChanged)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // Whether any of the twelve months has anything in it.
    Q_PROPERTY(bool hasActivity READ hasActivity NOTIFY changed)
    // The sum of the twelve months, "+4.5 points".
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(int multiplier READ multiplier NOTIFY changed)
    // "104 %: credit lines grow with a positive balance" and the like.
    Q_PROPERTY(QString multiplierText READ multiplierText NOTIFY changed)
    // [{month, work, pledgedOnText, fulfilled, text}], newest first.
    Q_PROPERTY(QVariantList pledges READ pledges NOTIFY changed)

public:
    enum Role {
        MonthTextRole = Qt::UserRole + 1,
        RegenerationTextRole,
        ExtractionTextRole,
        ImpactsTextRole,
        NetTextRole,
        NetRole, // points, for colouring the sign
        SettlementTextRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    static constexpr int kMonths = 12;

    explicit EcoBalanceMember(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    qint64 memberNumber() const { return m_memberNumber; }
    void setMemberNumber(qint64 number);
    int count() const { return int(m_rows.size()); }
    QString error() const { return m_error; }
    bool hasActivity() const;
    QString totalText() const;
    int multiplier() const { return m_multiplier; }
    QString multiplierText() const;
    QVariantList pledges() const { return m_pledges; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void memberNumberChanged();
    void changed();

private:
    struct Row {
        EcoBalance balance;
        bool settled = false;
        bool pledged = false;
    };
    QString settlementText(const Row &row) const;

    QPointer<LedgerController> m_ledger;
    qint64 m_memberNumber = -1;
    QList<Row> m_rows; // newest first
    QString m_error;
    int m_multiplier = 100;
    QVariantList m_pledges;
};

} // namespace mycelium
