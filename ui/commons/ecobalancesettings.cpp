// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/ecobalancesettings.h"
#include "commons/ecobalanceimpacts.h"
#include "commons/ecobalance.h"
#include "commons/quantity.h"
#include "ledger/ledgerbinding.h"
#include "ledger/money.h"
#include "storage/database.h"

namespace mycelium {

EcoBalanceSettings::EcoBalanceSettings(QObject *parent) : QObject(parent) { }

void EcoBalanceSettings::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &EcoBalanceSettings::reload);
        }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void EcoBalanceSettings::reload()
{
    m_error.clear();
    m_weights.clear();
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db) {
        Q_EMIT changed();
        return;
    }
    auto rules = ecobalance::settlementRules(*db);
    auto weights = ecobalance::weights(*db);
    if (!rules || !weights) {
        m_error = !rules ? rules.error().message : weights.error().message;
        Q_EMIT changed();
        return;
    }
    m_creditsPerPoint = Money::fromMinor(rules->creditsPerPoint).toPlainString();
    m_feePerPoint = Money::fromMinor(rules->feePerPoint).toPlainString();
    for (int i = 0; i < kImpactKinds; ++i) {
        const auto kind = ImpactKind(i);
        m_weights.append(QVariantMap{{QStringLiteral("kind"), ecobalance::kindName(kind)},
                                     {QStringLiteral("label"), EcoBalanceImpacts::kindLabel(kind)},
                                     {QStringLiteral("unit"), ecobalance::kindUnit(kind)},
                                     {QStringLiteral("pointsPerUnit"), quantity::toPlainString(weights->pointsPerUnit[std::size_t(i)])}});
    }
    Q_EMIT changed();
}

bool EcoBalanceSettings::save(const QString &creditsPerPoint, const QString &feePerPoint, const QVariantMap &weights)
{
    m_message.clear();
    const auto refuse = [this](const QString &error) {
        m_error = error;
        Q_EMIT changed();
        return false;
    };
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(tr("The vault is locked."));
    const auto credits = Money::parse(creditsPerPoint.trimmed());
    if (!credits || credits->isNegative())
        return refuse(tr("Credits per point: write an amount of credits of zero or more, like 1 or 0.50."));
    const auto fee = Money::parse(feePerPoint.trimmed());
    if (!fee || fee->isNegative())
        return refuse(tr("Fee per point: write an amount of credits of zero or more, like 1 or 0.50."));
    ImpactWeights parsed;
    for (int i = 0; i < kImpactKinds; ++i) {
        const auto kind = ImpactKind(i);
        const QString text = weights.value(ecobalance::kindName(kind)).toString();
        const auto value = quantity::parse(text);
        if (!value)
            return refuse(tr("%1: write the points one %2 costs, a number of zero or more with at most three decimals.")
                              .arg(EcoBalanceImpacts::kindLabel(kind), ecobalance::kindUnit(kind)));
        parsed.pointsPerUnit[std::size_t(i)] = *value;
    }
    Transaction tx(*db);
    if (!tx.began())
        return refuse(tx.began().error().message);
    if (auto s = ecobalance::setSettlementRules(*db, {credits->minor(), fee->minor()}, m_ledger->now()); !s)
        return refuse(s.error().message);
    if (auto s = ecobalance::setWeights(*db, parsed, m_ledger->now()); !s)
        return refuse(s.error().message);
    if (auto s = tx.commit(); !s)
        return refuse(s.error().message);
    reload();
    m_message = tr("The ecological rates are saved; they apply to months settled from now on.");
    Q_EMIT changed();
    return true;
}

} // namespace mycelium
