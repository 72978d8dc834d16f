// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "members/members.h"
#include "tools/desk.h"
#include "tools/deskloanmodel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace mycelium {

// The lending desk: one field that a barcode scanner types into, and what
// each Enter in it means. The page only shows; every step is here.
//
//  Scan          an asset tag shows the item and its one next action; a
//                member card number shows that member's loans.
//  ChooseMember  the field takes the borrower (or, for a hold, the member
//                to queue): a number, or a part of a name whose first
//                suggestion the page passes along. An asset tag scanned
//                instead moves on to that item.
//  Confirm       Enter lends (or queues); a refusal shows the core's
//                sentence, and for a member with overdue items the desk may
//                give a reason to lend anyway.
//  Return        the item is out: Enter takes it back with the condition and
//                notes chosen, after showing days late and the fee.
//  Unavailable   why the item cannot go out, in the core's words.
//  MemberLoans   the scanned member's loans; Enter takes back the
//                highlighted one, and a scanned item is lent to this member.
//
// In the modes that wait for a scan, text and Enter is the next scan; an
// empty Enter is the action on screen. reset() (Escape) goes back to an
// empty scan. Every call answers at once: the core takes milliseconds.
class DeskController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(Mode mode READ mode NOTIFY stateChanged)
    Q_PROPERTY(Purpose purpose READ purpose NOTIFY stateChanged)
    // What the field waits for, as its placeholder says it.
    Q_PROPERTY(QString prompt READ prompt NOTIFY stateChanged)
    // The item on screen; {known: false} when none. Keys: assetTag, name,
    // label, category, location, condition, conditionText, safetyNotes,
    // lendable, reason, retired, loanDays, dueIfLentText, lateFeePerDayText,
    // onLoan, borrowerNumber, borrowerLabel, outText, dueText, overdue,
    // daysLate, daysLateText, fee, feeText, queueCount, holdText, components,
    // deposit, depositText (the item's), heldDepositText (held for the loan).
    Q_PROPERTY(QVariantMap item READ item NOTIFY stateChanged)
    // The borrower (or member to queue) chosen for the item; {known: false}
    // when none. Keys: number, name, label, status, statusText, active,
    // contact, openLoans, overdueLoans.
    Q_PROPERTY(QVariantMap member READ member NOTIFY stateChanged)
    // The member whose card was scanned, as `member`; the desk keeps them
    // until Escape, lending each scanned item to them.
    Q_PROPERTY(QVariantMap cardholder READ cardholder NOTIFY stateChanged)
    Q_PROPERTY(mycelium::DeskLoanModel *loans READ loans CONSTANT)
    // The highlighted row of `loans` (Up and Down move it); -1: none.
    Q_PROPERTY(int loanIndex READ loanIndex WRITE setLoanIndex NOTIFY loanIndexChanged)

    // The return form: condition ("good", "worn", "needs_repair") and notes.
    Q_PROPERTY(QString returnCondition READ returnCondition WRITE setReturnCondition NOTIFY returnFormChanged)
    Q_PROPERTY(QString returnNotes READ returnNotes WRITE setReturnNotes NOTIFY returnFormChanged)
    // The late fee is charged on return unless a reason to waive it is given.
    Q_PROPERTY(QString waiverReason READ waiverReason WRITE setWaiverReason NOTIFY returnFormChanged)
    // A damaged item's deposit kept instead of released, and a lost item,
    // need the coordinator's confirmation.
    Q_PROPERTY(bool keepDeposit READ keepDeposit WRITE setKeepDeposit NOTIFY returnFormChanged)
    Q_PROPERTY(bool coordinatorConfirms READ coordinatorConfirms WRITE setCoordinatorConfirms NOTIFY returnFormChanged)
    // A kit's components not there, on the way out (Confirm) or in (Return).
    Q_PROPERTY(QStringList missingComponents READ missingComponents WRITE setMissingComponents NOTIFY returnFormChanged)
    // [{value, text}] for the condition chooser, good first.
    Q_PROPERTY(QVariantList conditionChoices READ conditionChoices CONSTANT)
    // After a refusal of a member with overdue items: a reason lends anyway.
    Q_PROPERTY(bool canOverride READ canOverride NOTIFY stateChanged)
    Q_PROPERTY(QString overrideReason READ overrideReason WRITE setOverrideReason NOTIFY overrideReasonChanged)

    // The outcome of the last action ("Drill (DR-001) lent to …").
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Why the last step was refused, or what was not found.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Mode { Scan, ChooseMember, Confirm, Return, Unavailable, MemberLoans };
    Q_ENUM(Mode)
    enum Purpose { Checkout, Hold };
    Q_ENUM(Purpose)

    explicit DeskController(QObject *parent = nullptr);
    ~DeskController() override;

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    Mode mode() const { return m_mode; }
    Purpose purpose() const { return m_purpose; }
    QString prompt() const;
    QVariantMap item() const;
    QVariantMap member() const;
    QVariantMap cardholder() const;
    DeskLoanModel *loans() const { return m_loans; }
    int loanIndex() const { return m_loanIndex; }
    void setLoanIndex(int row);
    QString returnCondition() const { return ToolItem::conditionName(m_returnCondition); }
    void setReturnCondition(const QString &name);
    QString returnNotes() const { return m_returnNotes; }
    void setReturnNotes(const QString &notes);
    QString waiverReason() const { return m_waiverReason; }
    void setWaiverReason(const QString &reason);
    bool keepDeposit() const { return m_keepDeposit; }
    void setKeepDeposit(bool keep);
    bool coordinatorConfirms() const { return m_coordinatorConfirms; }
    void setCoordinatorConfirms(bool confirms);
    QStringList missingComponents() const { return m_missingComponents; }
    void setMissingComponents(const QStringList &missing);
    QVariantList conditionChoices() const;
    bool canOverride() const { return m_canOverride; }
    QString overrideReason() const { return m_overrideReason; }
    void setOverrideReason(const QString &reason);
    QString message() const { return m_message; }
    QString error() const { return m_error; }

    // Enter in the field with its text. `suggestedMember` is the first (or
    // highlighted) member the page suggests for that text, -1 for none;
    // it is taken only for a name, never in place of a typed number. True
    // when the text was used (the field empties for the next scan); false
    // when it was not found or the step was refused (see `error`).
    Q_INVOKABLE bool submit(const QString &text, qint64 suggestedMember = -1);
    // Escape: an empty scan, nobody chosen, no message.
    Q_INVOKABLE void reset();
    // A further loan period for the item on screen, while it is out.
    Q_INVOKABLE bool renew();
    // The field takes the member to queue for the item on screen (the
    // scanned member's card is taken at once).
    Q_INVOKABLE bool startHold();
    // The return step for a row of `loans`.
    Q_INVOKABLE bool takeBackLoan(int row);
    // In the return step: the item will not come back (needs coordinatorConfirms).
    Q_INVOKABLE bool reportLost();

Q_SIGNALS:
    void ledgerChanged();
    void stateChanged();
    void loanIndexChanged();
    void returnFormChanged();
    void overrideReasonChanged();
    void messageChanged();
    void errorChanged();

private:
    Database *database() const;
    bool scan(const QString &text);
    bool showItem(const QString &assetTag);
    bool chooseMember(const QString &text, qint64 suggestedMember);
    bool lend();
    bool queue();
    bool takeBack();
    // After an action: the scanned member's loans, or an empty scan.
    void finishAction(const QString &message);
    void clearStep();
    Result<DeskMember> loadMember(std::int64_t number);
    QVariantMap memberMap(const std::optional<DeskMember> &chosen) const;
    void setMode(Mode mode);
    void setMessage(const QString &message);
    void clearError();
    bool refuse(const QString &message);
    QString itemLabel() const;
    QString memberLabel(const Member &member) const;

    QPointer<LedgerController> m_ledger;
    DeskLoanModel *m_loans = nullptr;
    Mode m_mode = Scan;
    Purpose m_purpose = Checkout;
    std::optional<DeskItem> m_item;
    std::optional<DeskMember> m_member;
    std::optional<DeskMember> m_cardholder;
    int m_loanIndex = -1;
    ToolItem::Condition m_returnCondition = ToolItem::Condition::Good;
    QString m_returnNotes;
    QString m_waiverReason;
    bool m_keepDeposit = false;
    bool m_coordinatorConfirms = false;
    QStringList m_missingComponents;
    bool m_canOverride = false;
    QString m_overrideReason;
    QString m_message;
    QString m_error;
};

} // namespace mycelium
