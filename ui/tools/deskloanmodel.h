// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/desk.h"
#include "tools/desklistmodel.h"

namespace mycelium {

// A member's loans at the lending desk: the open ones first (earliest due
// first, overdue ones marked with their fee so far), then the latest
// returned ones. Reloads when the ledger does; the desk calls reload()
// after each loan it records.
class DeskLoanModel : public DeskListModel
{
    Q_OBJECT
    QML_ELEMENT

    // -1: nobody; the model is empty.
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY memberNumberChanged)
    // Returned loans shown after the open ones, newest first.
    Q_PROPERTY(int returnedLimit READ returnedLimit WRITE setReturnedLimit NOTIFY returnedLimitChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    // Returned loans left out by returnedLimit.
    Q_PROPERTY(int earlierCount READ earlierCount NOTIFY countChanged)

public:
    static constexpr int kDefaultReturnedLimit = 10;

    enum Role {
        AssetTagRole = Qt::UserRole + 1,
        ItemNameRole,
        ItemLabelRole, // "Drill (DR-001)"
        OpenRole,
        OverdueRole,
        DaysLateRole,
        FeeRole, // minor units: so far (open) or as returned
        FeeTextRole,
        OutTextRole,
        DueTextRole,
        ReturnedTextRole,
        // "Due 21 Mar 2026", "3 days late since 11 Mar 2026 · fee 6.00",
        // "Returned 2 Mar 2026"
        StateTextRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit DeskLoanModel(QObject *parent = nullptr);

    qint64 memberNumber() const { return m_memberNumber; }
    void setMemberNumber(qint64 number);
    int returnedLimit() const { return m_returnedLimit; }
    void setReturnedLimit(int limit);
    int openCount() const { return m_openCount; }
    int overdueCount() const { return m_overdueCount; }
    int earlierCount() const { return m_earlierCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The asset tag of a row; empty outside.
    Q_INVOKABLE QString assetTagAt(int row) const;
    Q_INVOKABLE bool isOpenAt(int row) const;

Q_SIGNALS:
    void memberNumberChanged();
    void returnedLimitChanged();

protected:
    QString load(Database *db, QDate today) override;

private:
    QString stateText(const DeskLoan &loan) const;

    qint64 m_memberNumber = -1;
    int m_returnedLimit = kDefaultReturnedLimit;
    QList<DeskLoan> m_rows;
    int m_openCount = 0;
    int m_overdueCount = 0;
    int m_earlierCount = 0;
};

} // namespace mycelium
