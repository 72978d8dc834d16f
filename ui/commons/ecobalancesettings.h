// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The ecological accounting's rates as the settings page edits them: the
// credits paid per point of a positive monthly balance, the restoration fee
// per point of a negative one, and the points each unit of a trade's impact
// costs (docs/commons.md).
class EcoBalanceSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(QString creditsPerPoint READ creditsPerPoint NOTIFY changed) // credits, as typed back
    Q_PROPERTY(QString feePerPoint READ feePerPoint NOTIFY changed)
    // One entry per impact kind: {kind, label, unit, pointsPerUnit (as typed back)}.
    Q_PROPERTY(QVariantList weights READ weights NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit EcoBalanceSettings(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    QString creditsPerPoint() const { return m_creditsPerPoint; }
    QString feePerPoint() const { return m_feePerPoint; }
    QVariantList weights() const { return m_weights; }
    QString error() const { return m_error; }
    QString message() const { return m_message; }

    // Both rates in credits and the weights (kind → points per unit, as
    // typed); all or nothing, journaled. A refusal names the field and
    // lands in error; the old values stay.
    Q_INVOKABLE bool save(const QString &creditsPerPoint, const QString &feePerPoint, const QVariantMap &weights);

Q_SIGNALS:
    void ledgerChanged();
    void changed();

private:
    void reload();

    QPointer<LedgerController> m_ledger;
    QString m_creditsPerPoint;
    QString m_feePerPoint;
    QVariantList m_weights;
    QString m_error;
    QString m_message;
};

} // namespace mycelium
