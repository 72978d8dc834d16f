// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/ecobalance.h"
#include "ledger/ledgercontroller.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The ecological impacts of one recorded trade (carbon, water, land,
// biodiversity, pollution), as the trade impacts dialog reads and sets
// them through ecobalance::impacts and ecobalance::setImpacts.
class EcoBalanceImpacts : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(qint64 tradeId READ tradeId WRITE setTradeId NOTIFY tradeIdChanged)
    // One row per kind, in ImpactKind's order: [{kind, label, unit, text}]
    // with the quantity as typed (empty: none).
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY changed)
    // "Carbon 12.5 kg CO2e, water 300 L", or "No impacts recorded."
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // After a refused save: a message per kind ("carbon", …).
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY changed)

public:
    // "Carbon", "Water", ... for forms (the settings page lists them too).
    static QString kindLabel(ImpactKind kind);
    explicit EcoBalanceImpacts(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    qint64 tradeId() const { return m_tradeId; }
    void setTradeId(qint64 id);
    QVariantList kinds() const;
    QString summary() const;
    QString error() const { return m_error; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    // Reads the trade's impacts again.
    Q_INVOKABLE void reload();
    // Replaces the trade's impacts with these texts by kind name (an empty
    // or zero text: none of that kind). False with fieldErrors or error set
    // when refused; nothing is written then.
    Q_INVOKABLE bool save(const QVariantMap &texts);

Q_SIGNALS:
    void ledgerChanged();
    void tradeIdChanged();
    void changed();
    void saved(const QString &message);

private:
    QPointer<LedgerController> m_ledger;
    qint64 m_tradeId = 0;
    QList<std::int64_t> m_quantities; // by ImpactKind, 0: none
    QString m_error;
    QVariantMap m_fieldErrors;
};

} // namespace mycelium
