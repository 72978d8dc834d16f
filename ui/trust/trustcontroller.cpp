// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/trustcontroller.h"

#include "ledger/ledgerbinding.h"
#include "trust/trust.h"

namespace mycelium {

TrustChanges *TrustChanges::instance()
{
    static TrustChanges changes;
    return &changes;
}

TrustController::TrustController(QObject *parent) : QObject(parent) { }

void TrustController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            // A new day moves the proposed review date.
            connect(controller, &LedgerController::ledgerChanged, this, &TrustController::ledgerChanged);
        }))
        return;
    Q_EMIT ledgerChanged();
}

QVariantList TrustController::levelOptions()
{
    QVariantList options;
    for (auto level : {Member::Sanction::Warning, Member::Sanction::Reduced, Member::Sanction::Suspended, Member::Sanction::Excluded,
                       Member::Sanction::None}) {
        options.append(QVariantMap{
            {QStringLiteral("value"), Member::sanctionName(level)},
            {QStringLiteral("text"), level == Member::Sanction::None ? tr("Lift the sanction") : levelText(level)},
            {QStringLiteral("effect"), levelEffect(level)},
        });
    }
    return options;
}

QString TrustController::defaultReviewText() const
{
    return m_ledger ? m_ledger->formatDate(m_ledger->today().addDays(trust::kRedemptionReviewDays)) : QString();
}

int TrustController::redemptionContributions()
{
    return trust::kRedemptionContributions;
}

QString TrustController::levelText(Member::Sanction level)
{
    switch (level) {
    case Member::Sanction::None:
        return tr("No sanction");
    case Member::Sanction::Warning:
        return tr("Warning");
    case Member::Sanction::Reduced:
        return tr("Reduced credit line");
    case Member::Sanction::Suspended:
        return tr("Suspended");
    case Member::Sanction::Excluded:
        return tr("Excluded");
    }
    return {};
}

QString TrustController::levelTextOf(const QString &name)
{
    const auto level = Member::sanctionFromName(name);
    return level ? levelText(*level) : QString();
}

QString TrustController::levelEffect(Member::Sanction level)
{
    switch (level) {
    case Member::Sanction::None:
        return tr("Lifts the sanction: the full credit line and trading as before.");
    case Member::Sanction::Warning:
        return tr("A warning on record: trading and the credit line stay as they are.");
    case Member::Sanction::Reduced:
        return tr("Halves the credit line until the sanction steps down.");
    case Member::Sanction::Suspended:
        return tr("Cannot trade or borrow; mediation required before a coordinator lifts it.");
    case Member::Sanction::Excluded:
        return tr("Cannot trade or borrow; out of the exchange until a coordinator lifts it.");
    }
    return {};
}

QString TrustController::levelEffectOf(const QString &name)
{
    const auto level = Member::sanctionFromName(name);
    return level ? levelEffect(*level) : QString();
}

Database *TrustController::database(const QString &operation)
{
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        refuse(operation, tr("The vault is locked."));
    return db;
}

bool TrustController::refuse(const QString &operation, const QString &message)
{
    Q_EMIT operationFinished(operation, false, message, 0);
    return false;
}

bool TrustController::finish(const QString &operation, const QString &message, qint64 id, bool ledgerToo)
{
    if (ledgerToo)
        m_ledger->notifyChanged();
    Q_EMIT TrustChanges::instance()->changed();
    Q_EMIT operationFinished(operation, true, message, id);
    return true;
}

bool TrustController::raiseFlag(qint64 member, qint64 reporter, const QString &reason)
{
    const QString op = QStringLiteral("raiseFlag");
    if (member <= 0)
        return refuse(op, tr("Choose the member the concern is about."));
    if (reason.trimmed().isEmpty())
        return refuse(op, tr("Say what the concern is."));
    if (reporter == member)
        return refuse(op, tr("A member cannot flag a concern about themselves."));
    Database *db = database(op);
    if (!db)
        return false;
    auto flag = trust::raiseFlag(*db, member, reporter > 0 ? std::optional<std::int64_t>(reporter) : std::nullopt, reason.trimmed(),
                                 m_ledger->today(), m_ledger->now());
    if (!flag)
        return refuse(op, flag.error().message);
    return finish(op, tr("Concern about %1 recorded for review.").arg(flag->memberName), flag->id, false);
}

bool TrustController::resolveFlag(qint64 flagId, const QString &resolution)
{
    const QString op = QStringLiteral("resolveFlag");
    if (resolution.trimmed().isEmpty())
        return refuse(op, tr("Say how the concern was resolved."));
    Database *db = database(op);
    if (!db)
        return false;
    if (auto status = trust::resolveFlag(*db, flagId, resolution.trimmed(), m_ledger->today(), m_ledger->now()); !status)
        return refuse(op, status.error().message);
    return finish(op, tr("Concern resolved."), flagId, false);
}

bool TrustController::scanAlerts()
{
    const QString op = QStringLiteral("scanAlerts");
    Database *db = database(op);
    if (!db)
        return false;
    auto added = trust::scanAlerts(*db, m_ledger->today(), m_ledger->now());
    if (!added)
        return refuse(op, added.error().message);
    return finish(op, *added == 0 ? tr("No new patterns found.") : (*added == 1 ? tr("%n new pattern to review.", nullptr, *added) : tr("%n new patterns to review.", nullptr, *added)), *added, false);
}

bool TrustController::reviewAlert(qint64 alertId, const QString &review)
{
    const QString op = QStringLiteral("reviewAlert");
    if (review.trimmed().isEmpty())
        return refuse(op, tr("Say what the review found."));
    Database *db = database(op);
    if (!db)
        return false;
    if (auto status = trust::reviewAlert(*db, alertId, review.trimmed(), m_ledger->today(), m_ledger->now()); !status)
        return refuse(op, status.error().message);
    return finish(op, tr("Alert reviewed."), alertId, false);
}

bool TrustController::applySanction(qint64 member, const QString &level, const QString &reason, const QString &reviewText)
{
    const QString op = QStringLiteral("applySanction");
    const auto sanction = Member::sanctionFromName(level);
    if (member <= 0)
        return refuse(op, tr("Choose the member."));
    if (!sanction)
        return refuse(op, tr("Choose a level."));
    if (reason.trimmed().isEmpty())
        return refuse(op, tr("Give the reason; the journal keeps it."));
    if (!m_ledger)
        return refuse(op, tr("The vault is locked."));
    QDate reviewOn;
    if (*sanction != Member::Sanction::None) {
        reviewOn = m_ledger->parseDate(reviewText.trimmed());
        if (!reviewOn.isValid())
            return refuse(op, tr("Give the review date as %1.").arg(m_ledger->dateFormatHint()));
        if (reviewOn <= m_ledger->today())
            return refuse(op, tr("The review date must be after today."));
    }
    Database *db = database(op);
    if (!db)
        return false;
    auto step = trust::applySanction(*db, member, *sanction, reason.trimmed(), reviewOn, LedgerController::kRecordedBy, m_ledger->today(),
                                     m_ledger->now());
    if (!step)
        return refuse(op, step.error().message);
    const QString message = *sanction == Member::Sanction::None
        ? tr("The sanction on %1 is lifted.").arg(step->memberName)
        : tr("%1: %2 until the review on %3.").arg(step->memberName, levelText(*sanction), m_ledger->formatDate(reviewOn));
    return finish(op, message, member, true);
}

bool TrustController::redeem()
{
    const QString op = QStringLiteral("redeem");
    Database *db = database(op);
    if (!db)
        return false;
    auto steps = trust::redeem(*db, m_ledger->today(), m_ledger->now());
    if (!steps)
        return refuse(op, steps.error().message);
    if (steps->isEmpty())
        return finish(op, tr("No redemption is earned yet."), 0, false);
    QStringList names;
    for (const auto &step : *steps)
        names.append(tr("%1 (now %2)").arg(step.memberName, levelText(step.level).toLower()));
    return finish(op, tr("Stepped down through redemption: %1.").arg(names.join(QStringLiteral(", "))), steps->size(), true);
}

} // namespace mycelium
