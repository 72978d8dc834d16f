// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The tool library's settings as the settings page edits them: how many days
// a returned item waits for the first member in its queue.
class ToolLibrarySettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(int holdDays READ holdDays NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit ToolLibrarySettings(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    int holdDays() const { return m_holdDays; }
    QString error() const { return m_error; }
    QString message() const { return m_message; }

    // Journaled; a refusal lands in error and the old value stays.
    Q_INVOKABLE bool setHoldDays(int days);

Q_SIGNALS:
    void ledgerChanged();
    void changed();

private:
    void reload();

    QPointer<LedgerController> m_ledger;
    int m_holdDays = 0;
    QString m_error;
    QString m_message;
};

} // namespace mycelium
