// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "tools/tools.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The open loans past due today (tools::overdue), most days late first,
// with who has them, how to reach them and the fee so far. The Overdue tab
// reloads it whenever it comes into view.
class OverdueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The fees so far of every overdue loan together.
    Q_PROPERTY(QString totalFeeText READ totalFeeText NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        AssetTagRole = Qt::UserRole + 1,
        ItemNameRole,
        ItemLabelRole,
        MemberNumberRole,
        MemberNameRole,
        MemberLabelRole,
        ContactRole,
        OutTextRole,
        DueTextRole,
        DaysLateRole,
        DaysLateTextRole,
        FeeRole, // minor units
        FeeTextRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit OverdueModel(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    int count() const { return int(m_rows.size()); }
    QString totalFeeText() const;
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void countChanged();

private:
    QPointer<LedgerController> m_ledger;
    QList<OverdueLoan> m_rows;
    QString m_error;
};

} // namespace mycelium
