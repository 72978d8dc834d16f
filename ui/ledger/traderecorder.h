// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "ledger/ledgercontroller.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace mycelium {

// The state of the trade form at the hall: who pays, who receives, how
// much (typed in the locale, read with Money::parse), memo and category;
// both members' balances and available credit before and after; the
// confirmation hall mode asks for; recording; the receipt; and undo within
// a minute, which records a reversal.
//
// Hall mode (LedgerController::hallMode): a payer with a PIN confirms with
// it (checked on the worker thread: Argon2id takes a moment); a payer
// without one, and the commons fund, need the coordinator's confirmation.
// With hall mode off nothing is asked and the trade is recorded as
// unconfirmed (the coordinator enters it on their own authority).
//
// Five wrong PINs in a row for the same payer pause that payer's PIN for
// five minutes (PinAttempts, kept by the LedgerController): record() then
// refuses at once, and the refusal counts down the time left in words.
class TradeRecorder : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)

    // The form. -1: nobody chosen; 0: the commons fund.
    Q_PROPERTY(qint64 payer READ payer WRITE setPayer NOTIFY payerChanged)
    Q_PROPERTY(qint64 payee READ payee WRITE setPayee NOTIFY payeeChanged)
    Q_PROPERTY(QString amountText READ amountText WRITE setAmountText NOTIFY amountChanged)
    Q_PROPERTY(QString memo READ memo WRITE setMemo NOTIFY memoChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QString pin READ pin WRITE setPin NOTIFY pinChanged)
    Q_PROPERTY(bool coordinatorConfirmed READ coordinatorConfirmed WRITE setCoordinatorConfirmed NOTIFY coordinatorConfirmedChanged)

    // What the form shows.
    Q_PROPERTY(bool amountValid READ amountValid NOTIFY amountChanged)
    Q_PROPERTY(QString amountError READ amountError NOTIFY amountChanged)
    Q_PROPERTY(QString amountExample READ amountExample CONSTANT)
    // {known, number, name, label, commonsFund, statusText, active, hasPin,
    //  balanceText, availableText, creditLineText, balanceAfterText,
    //  availableAfterText, hasAfter, afterNegative, overLimit}
    Q_PROPERTY(QVariantMap payerPreview READ payerPreview NOTIFY previewChanged)
    Q_PROPERTY(QVariantMap payeePreview READ payeePreview NOTIFY previewChanged)
    // A problem visible before recording, in words (suspended, over the
    // credit line, the same member twice); empty when none.
    Q_PROPERTY(QString warning READ warning NOTIFY previewChanged)
    Q_PROPERTY(Confirmation confirmation READ confirmation NOTIFY previewChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY previewChanged)

    // Seconds until the payer's PIN may be tried again after too many wrong
    // ones; 0 when it may.
    Q_PROPERTY(int pinLockedSeconds READ pinLockedSeconds NOTIFY pinLockChanged)

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(Field errorField READ errorField NOTIFY errorChanged)

    // The receipt of the last trade recorded; empty before the first.
    // {tradeId, dateText, payer, payerName, payee, payeeName, amountText,
    //  memo, category, confirmationText, payerBalanceBeforeText,
    //  payerBalanceAfterText, payeeBalanceBeforeText, payeeBalanceAfterText,
    //  payerAvailableAfterText, reversalId}
    Q_PROPERTY(QVariantMap receipt READ receipt NOTIFY receiptChanged)
    Q_PROPERTY(bool hasReceipt READ hasReceipt NOTIFY receiptChanged)
    Q_PROPERTY(bool undone READ undone NOTIFY receiptChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(int undoSecondsLeft READ undoSecondsLeft NOTIFY undoChanged)

public:
    static constexpr int kUndoSeconds = 60;

    enum Confirmation { NoConfirmation, PinConfirmation, CoordinatorConfirmation };
    Q_ENUM(Confirmation)
    // The field a refusal is about, so that the form can put the focus there.
    enum Field { NoField, PayerField, PayeeField, AmountField, PinField, CoordinatorField };
    Q_ENUM(Field)

    explicit TradeRecorder(QObject *parent = nullptr);
    ~TradeRecorder() override;

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);

    qint64 payer() const { return m_payer; }
    void setPayer(qint64 number);
    qint64 payee() const { return m_payee; }
    void setPayee(qint64 number);
    QString amountText() const { return m_amountText; }
    void setAmountText(const QString &text);
    QString memo() const { return m_memo; }
    void setMemo(const QString &memo);
    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QString pin() const { return m_pin; }
    void setPin(const QString &pin);
    bool coordinatorConfirmed() const { return m_coordinatorConfirmed; }
    void setCoordinatorConfirmed(bool confirmed);

    bool amountValid() const { return m_amount.has_value(); }
    QString amountError() const;
    QString amountExample() const;
    QVariantMap payerPreview() const;
    QVariantMap payeePreview() const;
    QString warning() const;
    Confirmation confirmation() const;
    bool complete() const;
    int pinLockedSeconds() const;

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    Field errorField() const { return m_errorField; }

    QVariantMap receipt() const { return m_receipt; }
    bool hasReceipt() const { return !m_receipt.isEmpty(); }
    bool undone() const { return m_undone; }
    bool canUndo() const;
    int undoSecondsLeft() const;

    // Records the trade: checks the form, asks for the confirmation hall
    // mode needs (the PIN on the worker), then records and shows the
    // receipt. Every outcome is also signalled (recorded() or refused());
    // the return value says whether the trade was recorded, or, while a
    // PIN is being checked, that the answer is still to come (true).
    Q_INVOKABLE bool record();
    // Reverses the trade on the receipt, within a minute of recording it.
    Q_INVOKABLE bool undo();
    // Empties the form (and leaves the receipt) for the next trade.
    Q_INVOKABLE void startNew();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void ledgerChanged();
    void payerChanged();
    void payeeChanged();
    void amountChanged();
    void memoChanged();
    void categoryChanged();
    void pinChanged();
    void coordinatorConfirmedChanged();
    void previewChanged();
    void busyChanged();
    void errorChanged();
    void receiptChanged();
    void undoChanged();
    void pinLockChanged();
    void recorded(qint64 tradeId);
    void refused(const QString &message, mycelium::TradeRecorder::Field field);
    void undoneTrade(qint64 reversalId);

private:
    struct Party {
        bool known = false;
        std::int64_t number = -1;
        QString name;
        bool commonsFund = false;
        QString status; // "active", …
        QString sanctionRefusal; // why a sanction (suspended, excluded) stops an active member; empty when none
        bool hasPin = false;
        std::int64_t balance = 0;
        std::int64_t creditLine = 0;
        std::int64_t held = 0; // deposits held on the member's credit
        QString error;
        std::int64_t spendable() const { return balance + creditLine - held; }
    };
    Party loadParty(std::int64_t number) const;
    QVariantMap preview(const Party &party, std::int64_t signedAmount) const;
    QString label(const Party &party) const;
    void reloadParties();
    void setBusy(bool busy);
    void setError(const QString &message, Field field);
    bool refuse(const QString &message, Field field);
    bool commit(const TradeRequest &request);
    // The refusal while the payer's PIN is paused, and its countdown.
    QString pinLockMessage(int seconds) const;
    bool refusePausedPin(int seconds);
    void tickPinLock();
    QString money(std::int64_t minor) const;

    QPointer<LedgerController> m_ledger;
    qint64 m_payer = -1;
    qint64 m_payee = -1;
    QString m_amountText;
    std::optional<std::int64_t> m_amount;
    QString m_amountParseError;
    QString m_memo;
    QString m_category;
    QString m_pin;
    bool m_coordinatorConfirmed = false;
    Party m_payerParty;
    Party m_payeeParty;

    bool m_busy = false;
    quint64 m_attempt = 0;
    QString m_error;
    Field m_errorField = NoField;

    QVariantMap m_receipt;
    std::int64_t m_receiptTradeId = 0;
    QDateTime m_recordedAt;
    bool m_undone = false;
    QTimer m_undoTick;
    QTimer m_pinLockTick;
    bool m_showingPinLock = false; // the error shown is pinLockMessage()
};

} // namespace mycelium
