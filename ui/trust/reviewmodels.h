// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "ledger/ledgercontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

class Database;

// The review queue's lists share their plumbing: a `ledger` property, a
// reload on the ledger's changes and on TrustChanges, and rows kept as maps
// of role name → value (roles listed by roleKeys()). Reading is small (a
// community's open flags and sanctions), so it happens at once.
class TrustListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    explicit TrustListModel(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    int count() const { return int(m_rows.size()); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A row's roles as a map (empty outside).
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void countChanged();

protected:
    virtual QList<QByteArray> roleKeys() const = 0;
    virtual Result<QList<QVariantMap>> readRows(Database &db) = 0;
    QString formatDate(QDate date) const;

    QPointer<LedgerController> m_ledger;

private:
    QList<QVariantMap> m_rows;
    QString m_error;
};

// Concerns flagged about members, open ones by default, oldest first; all
// of one member's with memberNumber set.
class FlagModel : public TrustListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool openOnly READ openOnly WRITE setOpenOnly NOTIFY openOnlyChanged)
    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY memberNumberChanged)

public:
    explicit FlagModel(QObject *parent = nullptr);
    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);
    qint64 memberNumber() const { return m_memberNumber; }
    void setMemberNumber(qint64 number);

Q_SIGNALS:
    void openOnlyChanged();
    void memberNumberChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    Result<QList<QVariantMap>> readRows(Database &db) override;

private:
    bool m_openOnly = true;
    qint64 m_memberNumber = -1;
};

// The patterns the checks raised (rings, large trades near the floor, many
// reversals), open ones by default.
class AlertModel : public TrustListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool openOnly READ openOnly WRITE setOpenOnly NOTIFY openOnlyChanged)

public:
    explicit AlertModel(QObject *parent = nullptr);
    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);

    static QString kindText(const QString &kind);

Q_SIGNALS:
    void openOnlyChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    Result<QList<QVariantMap>> readRows(Database &db) override;

private:
    bool m_openOnly = true;
};

// Members under a sanction now, by review date, each with the
// contributions made since and whether redemption is earned.
class SanctionModel : public TrustListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int earnedCount READ earnedCount NOTIFY countChanged)

public:
    explicit SanctionModel(QObject *parent = nullptr);
    int earnedCount() const { return m_earned; }
    // The row of a member; -1 when not sanctioned.
    Q_INVOKABLE int rowOf(qint64 memberNumber) const;

protected:
    QList<QByteArray> roleKeys() const override;
    Result<QList<QVariantMap>> readRows(Database &db) override;

private:
    int m_earned = 0;
};

// One member's sanction steps, oldest first: up by a coordinator, down by a
// coordinator or by redemption.
class SanctionHistoryModel : public TrustListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(qint64 memberNumber READ memberNumber WRITE setMemberNumber NOTIFY memberNumberChanged)

public:
    explicit SanctionHistoryModel(QObject *parent = nullptr);
    qint64 memberNumber() const { return m_memberNumber; }
    void setMemberNumber(qint64 number);

Q_SIGNALS:
    void memberNumberChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    Result<QList<QVariantMap>> readRows(Database &db) override;

private:
    qint64 m_memberNumber = -1;
};

} // namespace mycelium
