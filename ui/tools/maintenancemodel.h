// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "tools/desk.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The Maintenance tab's list (desk::maintenanceList): items under
// maintenance, oldest first, then items due for it. Reloads with the ledger,
// and when the tab comes into view or work is recorded.
class MaintenanceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

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

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    int count() const { return int(m_rows.size()); }
    int openCount() const;
    int dueCount() const { return count() - openCount(); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString assetTagAt(int row) const;
    Q_INVOKABLE int rowOfTag(const QString &assetTag) const;
    Q_INVOKABLE void reload();

    static QString stateText(MaintenanceEntry::State state);

Q_SIGNALS:
    void ledgerChanged();
    void countChanged();

private:
    QString sinceText(const MaintenanceEntry &entry) const;
    QString loanText(const MaintenanceEntry &entry) const;

    QPointer<LedgerController> m_ledger;
    QList<MaintenanceEntry> m_rows;
    QString m_error;
};

} // namespace mycelium
