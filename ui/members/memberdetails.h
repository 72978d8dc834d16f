// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// One member as the member page shows them: who, status, balance, and the
// credit line explained in words. Reloads on LedgerController::ledgerChanged.
class MemberDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(qint64 number READ number WRITE setNumber NOTIFY numberChanged)

    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString contact READ contact NOTIFY changed)
    Q_PROPERTY(QString joinedOnText READ joinedOnText NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool suspended READ suspended NOTIFY changed)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(qint64 balance READ balance NOTIFY changed)
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY changed)
    Q_PROPERTY(QString creditLineText READ creditLineText NOTIFY changed)
    // For the balance chart: the credit line in credits (display only).
    Q_PROPERTY(double creditLineCredits READ creditLineCredits NOTIFY changed)
    Q_PROPERTY(QString starterLineText READ starterLineText NOTIFY changed)
    Q_PROPERTY(QString extensionText READ extensionText NOTIFY changed)
    Q_PROPERTY(QString availableText READ availableText NOTIFY changed)
    // Tool deposits held on the member's credit; empty when none.
    Q_PROPERTY(QString heldText READ heldText NOTIFY changed)
    Q_PROPERTY(QString creditExplanation READ creditExplanation NOTIFY changed)

public:
    explicit MemberDetails(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    qint64 number() const { return m_number; }
    void setNumber(qint64 number);

    bool exists() const { return m_exists; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString contact() const { return m_contact; }
    QString joinedOnText() const { return m_joinedOnText; }
    QString status() const { return m_status; }
    QString statusText() const;
    bool active() const { return m_status == QLatin1String("active"); }
    bool suspended() const { return m_status == QLatin1String("suspended"); }
    bool hasPin() const { return m_hasPin; }
    qint64 balance() const { return m_balance; }
    QString balanceText() const;
    QString creditLineText() const;
    double creditLineCredits() const { return double(line()) / 100.0; }
    QString starterLineText() const;
    QString extensionText() const;
    QString availableText() const;
    QString heldText() const;
    QString creditExplanation() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void numberChanged();
    void changed();

private:
    QString money(qint64 minor) const;
    // starter + extension, halved under a reduced-line sanction (CreditLine::total).
    qint64 line() const { return m_reduced ? (m_starter + m_extension) / 2 : m_starter + m_extension; }

    QPointer<LedgerController> m_ledger;
    qint64 m_number = -1;
    bool m_exists = false;
    QString m_error;
    QString m_name;
    QString m_contact;
    QString m_joinedOnText;
    QString m_status;
    bool m_hasPin = false;
    qint64 m_balance = 0;
    qint64 m_starter = 0;
    qint64 m_extension = 0;
    bool m_reduced = false;
    QString m_sanctionRefusal; // why a sanction stops an active member from trading; empty when none
    qint64 m_held = 0;
};

} // namespace mycelium
