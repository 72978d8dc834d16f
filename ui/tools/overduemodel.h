// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/desklistmodel.h"
#include "tools/tools.h"

namespace mycelium {

// The open loans past due today (tools::overdue), most days late first,
// with who has them, how to reach them and the fee so far. The Overdue tab
// reloads it whenever it comes into view.
class OverdueModel : public DeskListModel
{
    Q_OBJECT
    QML_ELEMENT

    // The fees so far of every overdue loan together.
    Q_PROPERTY(QString totalFeeText READ totalFeeText NOTIFY countChanged)

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

    QString totalFeeText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString load(Database *db, QDate today) override;

private:
    QList<OverdueLoan> m_rows;
};

} // namespace mycelium
