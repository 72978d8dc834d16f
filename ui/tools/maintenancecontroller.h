// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// What the Maintenance tab records: the work done on an item (closing its
// record, or opening and closing one for an item that is merely due), and a
// record opened by hand for any item by its tag. Each call answers at once
// (true or false); a refusal is in `error`, the outcome in `message`.
class MaintenanceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit MaintenanceController(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    QString error() const { return m_error; }
    QString message() const { return m_message; }

    // The date is typed as the ledger reads dates (the locale's short format
    // or ISO); the cost as an amount in the locale, empty for none. `reason`
    // goes on a record opened for an item that is merely due.
    Q_INVOKABLE bool recordWork(const QString &assetTag, const QString &dateText, const QString &workDone, const QString &costText,
                                const QString &doneBy, const QString &reason);
    // Opens a record dated today for the item with this tag: it is not lent
    // until the work is recorded.
    Q_INVOKABLE bool openRecord(const QString &assetTag, const QString &reason);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void ledgerChanged();
    void errorChanged();
    void messageChanged();
    // Something was recorded: the list reloads.
    void changed(const QString &assetTag);

private:
    bool refuse(const QString &message);
    void succeed(const QString &message, const QString &assetTag);

    QPointer<LedgerController> m_ledger;
    QString m_error;
    QString m_message;
};

} // namespace mycelium
