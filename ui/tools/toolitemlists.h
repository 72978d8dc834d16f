// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/cataloguecontroller.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The lists of an item's page, read whole (an item has tens of loans, not
// thousands): set `catalogue` and `assetTag`; reloads on
// CatalogueController::changed. Each kind of list says what a row holds.
class ToolItemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(mycelium::CatalogueController *catalogue READ catalogue WRITE setCatalogue NOTIFY catalogueChanged)
    Q_PROPERTY(QString assetTag READ assetTag WRITE setAssetTag NOTIFY assetTagChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    explicit ToolItemListModel(QObject *parent = nullptr);

    CatalogueController *catalogue() const { return m_catalogue; }
    void setCatalogue(CatalogueController *catalogue);
    QString assetTag() const { return m_assetTag; }
    void setAssetTag(const QString &tag);
    int count() const { return int(m_rows.size()); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void catalogueChanged();
    void assetTagChanged();
    void countChanged();

protected:
    using Row = QHash<int, QVariant>;
    // The rows of the item tagged `tag`, each role to its value.
    virtual Result<QList<Row>> load(Database &db, const QString &tag) const;

private:
    QPointer<CatalogueController> m_catalogue;
    QString m_assetTag;
    QList<Row> m_rows;
    QString m_error;
};

// The item's loans, newest first (tools::loanHistory).
class ToolItemLoanModel : public ToolItemListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        OutOnTextRole = Qt::UserRole + 1,
        DueOnTextRole,
        ReturnedOnTextRole, // empty while out
        OpenRole,
        OverdueRole, // open and past its due day
        MemberNumberRole,
        MemberNameRole,
        ReturnConditionTextRole,
        DaysLateRole,
        LateFeeTextRole,
        NotesRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    using ToolItemListModel::ToolItemListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    Result<QList<Row>> load(Database &db, const QString &tag) const override;
};

// The members waiting for the item, first come first (tools::holdQueue).
class ToolItemHoldModel : public ToolItemListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        PositionRole = Qt::UserRole + 1, // 1 for the first
        MemberNumberRole,
        MemberNameRole,
        QueuedOnTextRole,
        ReadyOnTextRole, // the day it became ready for them; empty until then
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    using ToolItemListModel::ToolItemListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    Result<QList<Row>> load(Database &db, const QString &tag) const override;
};

// The item's maintenance records, newest first.
class ToolItemMaintenanceModel : public ToolItemListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        OpenedOnTextRole = Qt::UserRole + 1,
        ClosedOnTextRole, // empty while open
        OpenRole,
        ReasonRole,
        WorkDoneRole,
        CostTextRole,
        DoneByRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    using ToolItemListModel::ToolItemListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    Result<QList<Row>> load(Database &db, const QString &tag) const override;
};

} // namespace mycelium
