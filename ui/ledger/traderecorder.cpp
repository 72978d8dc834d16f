// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/traderecorder.h"
#include "ledger/ledgerbinding.h"

#include "ledger/money.h"
#include "members/memberlistmodel.h"
#include "members/members.h"
#include "members/pinattempts.h"

#include <QLocale>

namespace mycelium {

TradeRecorder::TradeRecorder(QObject *parent)
    : QObject(parent)
{
    m_undoTick.setInterval(1000);
    connect(&m_undoTick, &QTimer::timeout, this, [this] {
        if (!canUndo())
            m_undoTick.stop();
        Q_EMIT undoChanged();
    });
    m_pinLockTick.setInterval(1000);
    connect(&m_pinLockTick, &QTimer::timeout, this, &TradeRecorder::tickPinLock);
}

TradeRecorder::~TradeRecorder() = default;

void TradeRecorder::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::ledgerChanged, this, &TradeRecorder::reloadParties);
        connect(controller, &LedgerController::tradesRecorded, this, &TradeRecorder::reloadParties);
        connect(controller, &LedgerController::hallModeChanged, this, &TradeRecorder::previewChanged);
        connect(controller, &LedgerController::readyChanged, this, [this] {
            if (!m_ledger->ready()) {
                // Nothing of the vault stays in the form while it is locked.
                ++m_attempt;
                setBusy(false);
                startNew();
            }
        });
    }))
        return;
    reloadParties();
    Q_EMIT ledgerChanged();
}

QString TradeRecorder::money(std::int64_t minor) const
{
    return Money::fromMinor(minor).toString(QLocale());
}

TradeRecorder::Party TradeRecorder::loadParty(std::int64_t number) const
{
    Party party;
    party.number = number;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db || number < 0)
        return party;
    if (number == kCommonsFund) {
        party.commonsFund = true;
        party.name = tr("Commons fund");
        party.status = QStringLiteral("active");
    } else {
        auto member = members::byNumber(*db, number);
        if (!member) {
            party.error = member.error().message;
            return party;
        }
        party.name = member->name;
        party.status = Member::statusName(member->status);
        if (member->status == Member::Status::Active && !member->mayTrade())
            party.sanctionRefusal = member->whyNotTrading();
        party.hasPin = member->hasPin;
        auto line = ledger::creditLine(*db, *member);
        if (!line) {
            party.error = line.error().message;
            return party;
        }
        party.creditLine = line->total();
        auto held = ledger::heldCredit(*db, number);
        if (!held) {
            party.error = held.error().message;
            return party;
        }
        party.held = *held;
    }
    auto balance = ledger::balance(*db, number);
    if (!balance) {
        party.error = balance.error().message;
        return party;
    }
    party.balance = *balance;
    party.known = true;
    return party;
}

void TradeRecorder::reloadParties()
{
    m_payerParty = loadParty(m_payer);
    m_payeeParty = loadParty(m_payee);
    Q_EMIT previewChanged();
}

void TradeRecorder::setPayer(qint64 number)
{
    number = std::max<qint64>(-1, number);
    if (number == m_payer)
        return;
    m_payer = number;
    m_payerParty = loadParty(number);
    // A confirmation belongs to the payer who gave it.
    setPin({});
    setCoordinatorConfirmed(false);
    if (m_errorField == PayerField || m_errorField == PinField || m_errorField == CoordinatorField)
        clearError();
    tickPinLock();
    Q_EMIT payerChanged();
    Q_EMIT previewChanged();
}

void TradeRecorder::setPayee(qint64 number)
{
    number = std::max<qint64>(-1, number);
    if (number == m_payee)
        return;
    m_payee = number;
    m_payeeParty = loadParty(number);
    if (m_errorField == PayeeField)
        clearError();
    Q_EMIT payeeChanged();
    Q_EMIT previewChanged();
}

void TradeRecorder::setAmountText(const QString &text)
{
    if (text == m_amountText)
        return;
    m_amountText = text;
    m_amount.reset();
    m_amountParseError.clear();
    if (!text.trimmed().isEmpty()) {
        const auto parsed = Money::parse(text, QLocale());
        if (!parsed)
            m_amountParseError = parsed.error().message;
        else if (!parsed->isPositive())
            m_amountParseError = tr("The amount of a trade must be more than zero.");
        else
            m_amount = parsed->minor();
    }
    if (m_errorField == AmountField)
        clearError();
    Q_EMIT amountChanged();
    Q_EMIT previewChanged();
}

void TradeRecorder::setMemo(const QString &memo)
{
    if (memo == m_memo)
        return;
    m_memo = memo;
    Q_EMIT memoChanged();
}

void TradeRecorder::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    Q_EMIT categoryChanged();
}

void TradeRecorder::setPin(const QString &pin)
{
    if (pin == m_pin)
        return;
    m_pin = pin;
    // While the PIN is paused, the countdown stays in view.
    if (m_errorField == PinField && !pin.isEmpty() && !m_showingPinLock)
        clearError();
    Q_EMIT pinChanged();
    Q_EMIT previewChanged();
}

void TradeRecorder::setCoordinatorConfirmed(bool confirmed)
{
    if (confirmed == m_coordinatorConfirmed)
        return;
    m_coordinatorConfirmed = confirmed;
    if (m_errorField == CoordinatorField && confirmed)
        clearError();
    Q_EMIT coordinatorConfirmedChanged();
    Q_EMIT previewChanged();
}

QString TradeRecorder::amountError() const
{
    return m_amountParseError;
}

QString TradeRecorder::amountExample() const
{
    return tr("like %1 or %2").arg(Money::fromMinor(4000).toString(QLocale()), Money::fromMinor(1250).toString(QLocale()));
}

QString TradeRecorder::label(const Party &party) const
{
    if (party.commonsFund)
        return tr("the commons fund");
    return tr("%1 (member %2)").arg(party.name).arg(party.number);
}

QVariantMap TradeRecorder::preview(const Party &party, std::int64_t signedAmount) const
{
    QVariantMap map;
    map[QStringLiteral("known")] = party.known;
    map[QStringLiteral("number")] = qint64(party.number);
    map[QStringLiteral("error")] = party.error;
    if (!party.known)
        return map;
    const bool limited = !party.commonsFund;
    const std::int64_t available = party.spendable();
    map[QStringLiteral("name")] = party.name;
    map[QStringLiteral("label")] = label(party);
    map[QStringLiteral("commonsFund")] = party.commonsFund;
    map[QStringLiteral("active")] = party.status == QLatin1String("active");
    map[QStringLiteral("statusText")] = party.commonsFund ? QString() : MemberListModel::statusText(party.status);
    map[QStringLiteral("hasPin")] = party.hasPin;
    map[QStringLiteral("balanceText")] = money(party.balance);
    map[QStringLiteral("creditLineText")] = limited ? money(party.creditLine) : tr("no limit");
    map[QStringLiteral("availableText")] = limited ? money(std::max<std::int64_t>(0, available)) : tr("no limit");
    const bool hasAfter = m_amount.has_value();
    map[QStringLiteral("hasAfter")] = hasAfter;
    if (hasAfter) {
        const std::int64_t after = party.balance + signedAmount;
        map[QStringLiteral("balanceAfterText")] = money(after);
        map[QStringLiteral("availableAfterText")] = limited ? money(std::max<std::int64_t>(0, after + party.creditLine - party.held)) : tr("no limit");
        map[QStringLiteral("afterNegative")] = after < 0;
        map[QStringLiteral("overLimit")] = limited && signedAmount < 0 && -signedAmount > available;
    } else {
        map[QStringLiteral("balanceAfterText")] = QString();
        map[QStringLiteral("availableAfterText")] = QString();
        map[QStringLiteral("afterNegative")] = false;
        map[QStringLiteral("overLimit")] = false;
    }
    return map;
}

QVariantMap TradeRecorder::payerPreview() const
{
    return preview(m_payerParty, -m_amount.value_or(0));
}

QVariantMap TradeRecorder::payeePreview() const
{
    return preview(m_payeeParty, m_amount.value_or(0));
}

QString TradeRecorder::warning() const
{
    if (m_payer >= 0 && m_payer == m_payee)
        return tr("The payer and the payee are the same. Choose someone else to receive.");
    for (const Party *party : {&m_payerParty, &m_payeeParty}) {
        if (!party->error.isEmpty())
            return party->error;
        if (!party->known)
            continue;
        if (party->status == QLatin1String("suspended"))
            return tr("%1 is suspended and cannot trade until a coordinator reinstates them.").arg(label(*party));
        if (party->status == QLatin1String("left"))
            return tr("%1 has left the community and cannot trade.").arg(label(*party));
        if (!party->sanctionRefusal.isEmpty())
            return party->sanctionRefusal;
    }
    if (m_payerParty.known && !m_payerParty.commonsFund && m_amount) {
        const std::int64_t available = m_payerParty.spendable();
        if (*m_amount > available && m_payerParty.held > 0)
            return tr("%1 can spend at most %2 credits now: balance %3, credit line %4, %5 held for deposits.")
                .arg(label(m_payerParty), money(std::max<std::int64_t>(0, available)), money(m_payerParty.balance), money(m_payerParty.creditLine),
                     money(m_payerParty.held));
        if (*m_amount > available)
            return tr("%1 can spend at most %2 credits now: balance %3, credit line %4.")
                .arg(label(m_payerParty), money(std::max<std::int64_t>(0, available)), money(m_payerParty.balance), money(m_payerParty.creditLine));
    }
    return {};
}

TradeRecorder::Confirmation TradeRecorder::confirmation() const
{
    if (!m_ledger || !m_ledger->hallMode() || !m_payerParty.known)
        return NoConfirmation;
    return m_payerParty.hasPin ? PinConfirmation : CoordinatorConfirmation;
}

bool TradeRecorder::complete() const
{
    if (!m_payerParty.known || !m_payeeParty.known || !m_amount || !warning().isEmpty())
        return false;
    switch (confirmation()) {
    case PinConfirmation:
        return !m_pin.isEmpty();
    case CoordinatorConfirmation:
        return m_coordinatorConfirmed;
    case NoConfirmation:
        break;
    }
    return true;
}

void TradeRecorder::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
    Q_EMIT undoChanged();
}

void TradeRecorder::setError(const QString &message, Field field)
{
    m_showingPinLock = false;
    if (message == m_error && field == m_errorField)
        return;
    m_error = message;
    m_errorField = field;
    Q_EMIT errorChanged();
}

void TradeRecorder::clearError()
{
    setError({}, NoField);
}

bool TradeRecorder::refuse(const QString &message, Field field)
{
    setError(message, field);
    Q_EMIT refused(message, field);
    return false;
}

bool TradeRecorder::record()
{
    if (m_busy)
        return false;
    if (!m_ledger || !m_ledger->database())
        return refuse(tr("The vault is locked. Unlock it first."), NoField);
    if (m_ledger->sessionWorking())
        return refuse(tr("The vault is busy with another operation. Wait a moment, then press Enter again."), NoField);
    reloadParties();

    if (m_payer < 0)
        return refuse(tr("Choose who pays: type their member number or a part of their name."), PayerField);
    if (!m_payerParty.known)
        return refuse(m_payerParty.error, PayerField);
    if (m_payee < 0)
        return refuse(tr("Choose who receives the credits: type their member number or a part of their name."), PayeeField);
    if (!m_payeeParty.known)
        return refuse(m_payeeParty.error, PayeeField);
    if (m_payer == m_payee)
        return refuse(tr("The payer and the payee are the same. Choose someone else to receive."), PayeeField);
    if (m_amountText.trimmed().isEmpty())
        return refuse(tr("Type the amount, %1.").arg(amountExample()), AmountField);
    if (!m_amount)
        return refuse(m_amountParseError, AmountField);

    TradeRequest request;
    request.payer = m_payer;
    request.payee = m_payee;
    request.amount = *m_amount;
    request.memo = m_memo.trimmed();
    request.category = m_category.trimmed();
    request.date = m_ledger->today();
    request.recordedBy = LedgerController::kRecordedBy;

    switch (confirmation()) {
    case NoConfirmation:
        request.confirmation = TradeRequest::Confirmation::None;
        break;
    case CoordinatorConfirmation:
        if (!m_coordinatorConfirmed)
            return refuse(m_payerParty.commonsFund
                              ? tr("The commons fund pays, so the coordinator confirms the trade: tick “Confirmed by the coordinator”.")
                              : tr("%1 has no PIN, so the coordinator confirms the trade: tick “Confirmed by the coordinator”.").arg(label(m_payerParty)),
                          CoordinatorField);
        request.confirmation = TradeRequest::Confirmation::Coordinator;
        break;
    case PinConfirmation: {
        if (const int paused = pinLockedSeconds(); paused > 0) {
            setPin({});
            return refusePausedPin(paused);
        }
        if (m_pin.isEmpty())
            return refuse(tr("%1 confirms the trade with their PIN: type it in the PIN field.").arg(label(m_payerParty)), PinField);
        request.confirmation = TradeRequest::Confirmation::Pin;
        // Argon2id takes a moment: the PIN is checked on the worker while
        // the form waits; the trade itself is recorded here afterwards.
        const quint64 attempt = ++m_attempt;
        const QString pin = m_pin;
        const QString who = m_payerParty.name;
        // The controller outlives its worker's tasks: it waits for them.
        PinAttempts *attempts = &m_ledger->pinAttempts();
        const QDateTime at = m_ledger->now();
        clearError();
        setBusy(true);
        const bool started = m_ledger->runInBackground(
            this, [attempts, number = request.payer, pin, at](Database &db) { return attempts->check(db, number, pin, at); },
            [this, attempt, request, who](const Status &checked) {
                if (attempt != m_attempt)
                    return;
                setBusy(false);
                if (!checked) {
                    setPin({});
                    if (const int paused = pinLockedSeconds(); paused > 0) {
                        refusePausedPin(paused);
                        return;
                    }
                    if (checked.error().code != ErrorCode::WrongPassphrase) {
                        refuse(checked.error().message, PinField);
                        return;
                    }
                    const int left = m_ledger->pinAttempts().triesLeft(request.payer, m_ledger->now());
                    const int pauseMinutes = PinAttempts::kPauseSeconds / 60;
                    refuse(left == 1 ? tr("The PIN is wrong. %1, please type your PIN again. One more wrong PIN and it is refused for %2 minutes.")
                                           .arg(who)
                                           .arg(pauseMinutes)
                                     : tr("The PIN is wrong. %1, please type your PIN again. After %2 more wrong PINs it is refused for %3 minutes.")
                                           .arg(who)
                                           .arg(left)
                                           .arg(pauseMinutes),
                           PinField);
                    return;
                }
                commit(request);
            });
        if (!started) {
            setBusy(false);
            return refuse(tr("The vault is locked. Unlock it first."), NoField);
        }
        return true;
    }
    }
    clearError();
    return commit(request);
}

bool TradeRecorder::commit(const TradeRequest &request)
{
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(tr("The vault is locked. Unlock it first."), NoField);
    const Party payer = loadParty(request.payer);
    const Party payee = loadParty(request.payee);
    auto saved = ledger::recordTrade(*db, request, m_ledger->now());
    if (!saved) {
        Field field = NoField;
        if (payer.known && payer.status != QLatin1String("active"))
            field = PayerField;
        else if (payee.known && payee.status != QLatin1String("active"))
            field = PayeeField;
        else if (payer.known && !payer.commonsFund && request.amount > payer.spendable())
            field = AmountField;
        return refuse(saved.error().message, field);
    }
    const auto balanceAfter = [db](std::int64_t number) -> std::int64_t {
        auto b = ledger::balance(*db, number);
        return b ? *b : 0;
    };
    const std::int64_t payerAfter = balanceAfter(request.payer);
    const std::int64_t payeeAfter = balanceAfter(request.payee);

    QVariantMap receipt;
    receipt[QStringLiteral("tradeId")] = qint64(saved->id);
    receipt[QStringLiteral("dateText")] = m_ledger->formatDate(saved->date);
    receipt[QStringLiteral("payer")] = qint64(request.payer);
    receipt[QStringLiteral("payerName")] = payer.name;
    receipt[QStringLiteral("payerLabel")] = label(payer);
    receipt[QStringLiteral("payee")] = qint64(request.payee);
    receipt[QStringLiteral("payeeName")] = payee.name;
    receipt[QStringLiteral("payeeLabel")] = label(payee);
    receipt[QStringLiteral("amountText")] = money(saved->amount);
    receipt[QStringLiteral("memo")] = saved->memo;
    receipt[QStringLiteral("category")] = saved->category;
    receipt[QStringLiteral("confirmationText")] =
        request.confirmation == TradeRequest::Confirmation::Pin ? tr("Confirmed with %1's PIN").arg(payer.name)
        : request.confirmation == TradeRequest::Confirmation::Coordinator ? tr("Confirmed by the coordinator")
                                                                          : tr("Recorded without confirmation (hall mode is off)");
    receipt[QStringLiteral("payerBalanceBeforeText")] = money(payer.balance);
    receipt[QStringLiteral("payerBalanceAfterText")] = money(payerAfter);
    receipt[QStringLiteral("payeeBalanceBeforeText")] = money(payee.balance);
    receipt[QStringLiteral("payeeBalanceAfterText")] = money(payeeAfter);
    receipt[QStringLiteral("payerAvailableAfterText")] =
        payer.commonsFund ? tr("no limit") : money(std::max<std::int64_t>(0, payerAfter + payer.creditLine - payer.held));
    receipt[QStringLiteral("reversalId")] = qint64(0);

    m_receipt = receipt;
    m_receiptTradeId = saved->id;
    m_recordedAt = m_ledger->now();
    m_undone = false;
    m_undoTick.start();

    // The form empties for the next trade; the receipt stays until then.
    m_payer = m_payee = -1;
    m_payerParty = m_payeeParty = Party();
    m_amountText.clear();
    m_amount.reset();
    m_amountParseError.clear();
    m_memo.clear();
    m_category.clear();
    m_pin.clear();
    m_coordinatorConfirmed = false;
    clearError();
    Q_EMIT payerChanged();
    Q_EMIT payeeChanged();
    Q_EMIT amountChanged();
    Q_EMIT memoChanged();
    Q_EMIT categoryChanged();
    Q_EMIT pinChanged();
    Q_EMIT coordinatorConfirmedChanged();
    Q_EMIT receiptChanged();
    Q_EMIT undoChanged();
    m_ledger->notifyTradesRecorded({request.payer, request.payee}, saved->category);
    Q_EMIT recorded(saved->id);
    return true;
}

int TradeRecorder::pinLockedSeconds() const
{
    if (!m_ledger || !m_payerParty.known || !m_payerParty.hasPin)
        return 0;
    return m_ledger->pinAttempts().secondsLocked(m_payer, m_ledger->now());
}

QString TradeRecorder::pinLockMessage(int seconds) const
{
    return tr("The PIN of %1 was wrong %2 times in a row, so it is refused for %3 minutes. Try again in %4.")
        .arg(label(m_payerParty))
        .arg(PinAttempts::kWrongInARow)
        .arg(PinAttempts::kPauseSeconds / 60)
        .arg(PinAttempts::waitText(seconds));
}

bool TradeRecorder::refusePausedPin(int seconds)
{
    const bool refusedNow = refuse(pinLockMessage(seconds), PinField);
    m_showingPinLock = true;
    m_pinLockTick.start();
    Q_EMIT pinLockChanged();
    return refusedNow;
}

void TradeRecorder::tickPinLock()
{
    const int seconds = pinLockedSeconds();
    if (m_showingPinLock && m_errorField == PinField) {
        if (seconds > 0) {
            setError(pinLockMessage(seconds), PinField);
            m_showingPinLock = true;
        } else {
            clearError();
        }
    }
    if (seconds == 0)
        m_pinLockTick.stop();
    Q_EMIT pinLockChanged();
}

int TradeRecorder::undoSecondsLeft() const
{
    if (!hasReceipt() || m_undone || !m_ledger)
        return 0;
    const qint64 elapsed = m_recordedAt.secsTo(m_ledger->now());
    return int(std::clamp<qint64>(kUndoSeconds - elapsed, 0, kUndoSeconds));
}

bool TradeRecorder::canUndo() const
{
    return !m_busy && undoSecondsLeft() > 0;
}

bool TradeRecorder::undo()
{
    if (!hasReceipt() || m_undone)
        return false;
    if (m_busy)
        return false;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(tr("The vault is locked. Unlock it first."), NoField);
    if (undoSecondsLeft() <= 0) {
        Q_EMIT undoChanged();
        return refuse(tr("The minute for undoing trade %1 has passed. A coordinator can still reverse it on the Ledger page.").arg(m_receiptTradeId),
                      NoField);
    }
    auto reversal = ledger::reverse(*db, m_receiptTradeId, LedgerController::kRecordedBy, m_ledger->today(), m_ledger->now());
    if (!reversal)
        return refuse(reversal.error().message, NoField);
    m_undone = true;
    m_undoTick.stop();
    const auto balanceNow = [db](std::int64_t number) {
        auto b = ledger::balance(*db, number);
        return b ? *b : 0;
    };
    m_receipt[QStringLiteral("reversalId")] = qint64(reversal->id);
    m_receipt[QStringLiteral("payerBalanceUndoneText")] = money(balanceNow(m_receipt.value(QStringLiteral("payer")).toLongLong()));
    m_receipt[QStringLiteral("payeeBalanceUndoneText")] = money(balanceNow(m_receipt.value(QStringLiteral("payee")).toLongLong()));
    clearError();
    Q_EMIT receiptChanged();
    Q_EMIT undoChanged();
    m_ledger->notifyTradesRecorded({reversal->payer, reversal->payee}, reversal->category);
    Q_EMIT undoneTrade(reversal->id);
    return true;
}

void TradeRecorder::startNew()
{
    m_undoTick.stop();
    const bool hadReceipt = hasReceipt();
    m_receipt.clear();
    m_receiptTradeId = 0;
    m_undone = false;
    setPayer(-1);
    setPayee(-1);
    setAmountText({});
    setMemo({});
    setCategory({});
    setPin({});
    setCoordinatorConfirmed(false);
    clearError();
    if (hadReceipt) {
        Q_EMIT receiptChanged();
        Q_EMIT undoChanged();
    }
}

} // namespace mycelium
