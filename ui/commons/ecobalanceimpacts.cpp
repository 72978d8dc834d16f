// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/ecobalanceimpacts.h"
#include "ledger/ledgerbinding.h"

#include "commons/ecobalance.h"
#include "commons/quantity.h"

namespace mycelium {


QString EcoBalanceImpacts::kindLabel(ImpactKind kind)
{
    switch (kind) {
    case ImpactKind::Carbon:
        return EcoBalanceImpacts::tr("Carbon");
    case ImpactKind::Water:
        return EcoBalanceImpacts::tr("Water");
    case ImpactKind::Land:
        return EcoBalanceImpacts::tr("Land");
    case ImpactKind::Biodiversity:
        return EcoBalanceImpacts::tr("Biodiversity");
    case ImpactKind::Pollution:
        return EcoBalanceImpacts::tr("Pollution");
    }
    return {};
}

EcoBalanceImpacts::EcoBalanceImpacts(QObject *parent) : QObject(parent), m_quantities(kImpactKinds, 0) { }

void EcoBalanceImpacts::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &EcoBalanceImpacts::reload);
        }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void EcoBalanceImpacts::setTradeId(qint64 id)
{
    if (id == m_tradeId)
        return;
    m_tradeId = id;
    Q_EMIT tradeIdChanged();
    reload();
}

void EcoBalanceImpacts::reload()
{
    m_quantities = QList<std::int64_t>(kImpactKinds, 0);
    m_error.clear();
    m_fieldErrors.clear();
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db && m_tradeId > 0) {
        auto read = ecobalance::impacts(*db, m_tradeId);
        if (read) {
            for (const TradeImpact &impact : std::as_const(*read))
                m_quantities[int(impact.kind)] = impact.quantity;
        } else {
            m_error = read.error().message;
        }
    }
    Q_EMIT changed();
}

QVariantList EcoBalanceImpacts::kinds() const
{
    QVariantList list;
    for (int i = 0; i < kImpactKinds; ++i) {
        const auto kind = ImpactKind(i);
        list.append(QVariantMap{
            {QStringLiteral("kind"), ecobalance::kindName(kind)},
            {QStringLiteral("label"), kindLabel(kind)},
            {QStringLiteral("unit"), ecobalance::kindUnit(kind)},
            {QStringLiteral("text"), m_quantities.at(i) > 0 ? quantity::toPlainString(m_quantities.at(i)) : QString()},
        });
    }
    return list;
}

QString EcoBalanceImpacts::summary() const
{
    QStringList parts;
    for (int i = 0; i < kImpactKinds; ++i) {
        if (m_quantities.at(i) > 0) {
            const auto kind = ImpactKind(i);
            parts.append(tr("%1 %2 %3").arg(kindLabel(kind), quantity::toDisplayString(m_quantities.at(i)), ecobalance::kindUnit(kind)));
        }
    }
    return parts.isEmpty() ? tr("No impacts recorded.") : parts.join(QStringLiteral(", "));
}

bool EcoBalanceImpacts::save(const QVariantMap &texts)
{
    m_error.clear();
    m_fieldErrors.clear();
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db) {
        m_error = tr("The vault is locked.");
        Q_EMIT changed();
        return false;
    }
    QList<TradeImpact> impacts;
    for (int i = 0; i < kImpactKinds; ++i) {
        const auto kind = ImpactKind(i);
        const QString name = ecobalance::kindName(kind);
        const QString text = texts.value(name).toString().trimmed();
        if (text.isEmpty())
            continue;
        const auto value = quantity::parse(text);
        if (!value) {
            m_fieldErrors.insert(name, tr("Type a quantity in %1, such as 12.5 (at most three decimals).").arg(ecobalance::kindUnit(kind)));
            continue;
        }
        if (*value > 0)
            impacts.append(TradeImpact{kind, *value});
    }
    if (!m_fieldErrors.isEmpty()) {
        Q_EMIT changed();
        return false;
    }
    const Status status = ecobalance::setImpacts(*db, m_tradeId, impacts, m_ledger->now());
    if (!status.ok()) {
        m_error = status.error().message;
        Q_EMIT changed();
        return false;
    }
    // The balance screens read the months again when they are shown; the
    // ledger's own lists do not change.
    reload();
    const QString message = impacts.isEmpty() ? tr("Trade %1 carries no impacts now.").arg(m_tradeId)
                                              : tr("Trade %1 carries %2.").arg(m_tradeId).arg(summary());
    Q_EMIT saved(message);
    return true;
}

} // namespace mycelium
