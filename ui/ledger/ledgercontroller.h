// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "members/pinattempts.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

namespace mycelium {

class Clock;
class Database;
class VaultSession;

// The ledger of the open vault as the ledger screens see it: whether it can
// be used, the hall-mode setting, the day, the categories in use, and the
// member operations of the members screens. The models and the trade form
// (MemberListModel, TradeListModel, StatementModel, MemberDetails,
// TradeRecorder) take it as their `ledger` property and refresh on
// ledgerChanged(). main.cpp creates it beside the VaultController and
// registers it with setInstance() before loading QML.
//
// Slow work (Argon2id for PINs, counting a million trades) runs on a worker
// thread with a connection of its own to the vault, so that locking the
// vault meanwhile cannot pull the database from under it; answers that
// arrive after a lock are dropped.
class LedgerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(bool hallMode READ hallMode WRITE setHallMode NOTIFY hallModeChanged)
    Q_PROPERTY(QDate today READ today NOTIFY ledgerChanged)
    Q_PROPERTY(QString todayText READ todayText NOTIFY ledgerChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY categoriesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString runningOperation READ runningOperation NOTIFY busyChanged)
    Q_PROPERTY(int minimumPinLength READ minimumPinLength CONSTANT)
    Q_PROPERTY(QString dateFormatHint READ dateFormatHint CONSTANT)

public:
    static inline const QString kHallModeKey = QStringLiteral("ledger/hallMode");
    static constexpr bool kDefaultHallMode = true;
    // Who the journal says recorded a trade entered in this program.
    static inline const QString kRecordedBy = QStringLiteral("coordinator");

    LedgerController(VaultSession *session, const Clock &clock, QObject *parent = nullptr);
    ~LedgerController() override;

    static void setInstance(LedgerController *controller);
    static LedgerController *instance();
    static LedgerController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    bool ready() const;
    bool hallMode() const { return m_hallMode; }
    void setHallMode(bool on);
    QDate today() const;
    QString todayText() const;
    QStringList categories() const { return m_categories; }
    bool busy() const { return !m_runningOperation.isEmpty(); }
    QString runningOperation() const { return m_runningOperation; }
    int minimumPinLength() const;
    QString dateFormatHint() const;

    // For the models: the open vault's database, or null while locked or
    // while the session re-encrypts or re-seals it.
    Database *database() const;
    QDateTime now() const;
    // Whether the session is running an operation of its own on the vault.
    bool sessionWorking() const;
    // Wrong PINs in a row at the hall, per member, for as long as the
    // program runs (see PinAttempts for why not in the vault). A lock does
    // not reset them: whoever locked could otherwise start again at once.
    PinAttempts &pinAttempts() { return m_pinAttempts; }

    // Runs `work` on the worker thread with a connection of its own to the
    // open vault, then `done` on this thread, unless `context` is gone or
    // the vault was locked in between. False (and nothing runs) while
    // locked.
    bool runInBackground(QObject *context, std::function<Status(Database &)> work, std::function<void(const Status &)> done);

    // Something changed the ledger: every model reloads (and the categories
    // in use are read again).
    void notifyChanged();
    // Trades were recorded (or reversed) between these members: the trade
    // and member lists reload, a statement or member page only when it
    // shows one of them. A category not yet in use joins the list. Cheaper
    // than notifyChanged() in a large ledger, where reading the categories
    // again means reading every trade.
    void notifyTradesRecorded(const QList<qint64> &members, const QString &category);

    Q_INVOKABLE QString formatMoney(qint64 minor) const;
    Q_INVOKABLE QString formatDate(QDate date) const;
    // The locale's short format or ISO (2026-03-14); an invalid date when
    // the text is neither. Empty text is an invalid date too.
    Q_INVOKABLE QDate parseDate(const QString &text) const;
    // Settles demurrage through yesterday when a day has passed, and
    // reloads every model.
    Q_INVOKABLE void refresh();

    // Member operations; each answers through operationFinished, and
    // returns false when it is refused before any work starts.
    Q_INVOKABLE bool addMember(const QString &name, const QString &contact, const QString &numberText, const QString &pin,
                               const QString &pinConfirmation);
    Q_INVOKABLE bool setSuspended(qint64 number, bool suspended, const QString &reason);
    // A member's name and contact; an empty contact removes it.
    Q_INVOKABLE bool editMember(qint64 number, const QString &name, const QString &contact);
    // Both empty: removes the PIN.
    Q_INVOKABLE bool setPin(qint64 number, const QString &pin, const QString &confirmation);
    // Records a reversal of the trade, dated today ("reverse"; number: the
    // reversal's trade id).
    Q_INVOKABLE bool reverseTrade(qint64 tradeId);

    // The demurrage rate from a day on (today or later), keeping the
    // exemption in force then: what accepting a suggested rate records.
    // Answers as "demurrageRate".
    Q_INVOKABLE bool setDemurrageRate(qint64 ppmPerDay, QDate from);
    // The band of money in circulation, typed as amounts in the locale;
    // both empty removes it. Answers as "circulationTarget".
    Q_INVOKABLE bool setCirculationTarget(const QString &lowText, const QString &highText);

Q_SIGNALS:
    void readyChanged();
    void hallModeChanged();
    void ledgerChanged();
    void tradesRecorded(const QList<qint64> &members);
    void categoriesChanged();
    void busyChanged();
    void operationFinished(const QString &operation, bool ok, const QString &message, qint64 number);

private:
    void onSessionStateChanged();
    // Settles demurrage through yesterday when the day changed; true when
    // it did.
    bool settleIfNewDay();
    void reloadCategories();
    void setRunningOperation(const QString &operation);
    void checkpointIfDue();
    bool refuse(const QString &operation, const QString &message);
    bool canStart(const QString &operation);

    QPointer<VaultSession> m_session;
    const Clock &m_clock;
    bool m_hallMode = kDefaultHallMode;
    bool m_ready = false;
    QDate m_settledFor; // the day whose yesterday is settled
    QStringList m_categories;
    QString m_runningOperation;
    QThreadPool m_workers;
    bool m_checkpointing = false;
    quint64 m_generation = 0; // bumped on lock: older answers are dropped
    QTimer m_dayWatch;
    PinAttempts m_pinAttempts;
    QString m_pinAttemptsVault; // the vault whose members they count
};

} // namespace mycelium
