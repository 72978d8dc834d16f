// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "members/members.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

class Database;

// Tells every trust model that flags, alerts or sanctions changed, in
// whichever page the change was made (the member page flags a concern, the
// review queue lists it). One per program.
class TrustChanges : public QObject
{
    Q_OBJECT

public:
    static TrustChanges *instance();

Q_SIGNALS:
    void changed();
};

// The coordinator's trust operations: flag a concern and resolve it, scan
// for alerts and review them, apply a step of the graduated sanctions and
// the earned redemptions. Each runs at once (they are small) and answers
// through operationFinished(operation, ok, message, id); a refusal is the
// core's sentence. A sanction changes what the ledger allows, so it tells
// every ledger model (LedgerController::notifyChanged); the rest tells the
// trust models only (TrustChanges).
class TrustController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    // [{value, text, effect}] for the sanction form, lifting ("none") last.
    Q_PROPERTY(QVariantList levelOptions READ levelOptions CONSTANT)
    // The review date a new sanction proposes: in kRedemptionReviewDays.
    Q_PROPERTY(QString defaultReviewText READ defaultReviewText NOTIFY ledgerChanged)
    // Contributions that earn a step down (trust::kRedemptionContributions).
    Q_PROPERTY(int redemptionContributions READ redemptionContributions CONSTANT)

public:
    explicit TrustController(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    static QVariantList levelOptions();
    QString defaultReviewText() const;
    static int redemptionContributions();

    // "Warning", "Reduced credit line", …; "No sanction" for none.
    static QString levelText(Member::Sanction level);
    Q_INVOKABLE static QString levelTextOf(const QString &name);
    // What the level does in the ledger, in words.
    static QString levelEffect(Member::Sanction level);
    Q_INVOKABLE static QString levelEffectOf(const QString &name);

    // reporter -1: the coordinator raised it.
    Q_INVOKABLE bool raiseFlag(qint64 member, qint64 reporter, const QString &reason);
    Q_INVOKABLE bool resolveFlag(qint64 flagId, const QString &resolution);
    Q_INVOKABLE bool scanAlerts();
    Q_INVOKABLE bool reviewAlert(qint64 alertId, const QString &review);
    // level: Member::sanctionName; reviewText: a day in the locale's short
    // format or ISO (ignored when lifting).
    Q_INVOKABLE bool applySanction(qint64 member, const QString &level, const QString &reason, const QString &reviewText);
    Q_INVOKABLE bool redeem();

Q_SIGNALS:
    void ledgerChanged();
    void operationFinished(const QString &operation, bool ok, const QString &message, qint64 id);

private:
    Database *database(const QString &operation);
    bool refuse(const QString &operation, const QString &message);
    bool finish(const QString &operation, const QString &message, qint64 id, bool ledgerToo);

    QPointer<LedgerController> m_ledger;
};

} // namespace mycelium
