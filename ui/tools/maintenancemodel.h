// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/desk.h"
#include "tools/desklistmodel.h"

namespace mycelium {

// The Maintenance tab's list (desk::maintenanceList): items under
// maintenance, oldest first, then items due for it. Reloads with the ledger,
// and when the tab comes into view or work is recorded.
class MaintenanceModel : public DeskListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countChanged)

public:
    enum Role {
        AssetTagRole = Qt::UserRole + 1,
        NameRole,
        ItemLabelRole,
        CategoryRole,
        StateRole, // "open" (under maintenance) or "due"
        StateTextRole, // the section heading of the state
        SinceTextRole,
        ReasonRole,
        ConditionTextRole,
        OnLoanRole,
        LoanTextRole, // "On loan to Ana Lima (12) until 21 Mar 2026"; empty when in
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit MaintenanceModel(QObject *parent = nullptr);

    int openCount() const;
    int dueCount() const { return count() - openCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString assetTagAt(int row) const;
    Q_INVOKABLE int rowOfTag(const QString &assetTag) const;

    static QString stateText(MaintenanceEntry::State state);

protected:
    QString load(Database *db, QDate today) override;

private:
    QString sinceText(const MaintenanceEntry &entry) const;
    QString loanText(const MaintenanceEntry &entry) const;

    QList<MaintenanceEntry> m_rows;
};

} // namespace mycelium
