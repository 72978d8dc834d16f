// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/deskcontroller.h"
#include "ledger/ledgerbinding.h"

#include "members/memberlistmodel.h"
#include "tools/deskformat.h"

namespace mycelium {

namespace {
// The conditions a returned item can come back in, the usual one first.
constexpr ToolItem::Condition kReturnConditions[] = {ToolItem::Condition::Good, ToolItem::Condition::Worn, ToolItem::Condition::NeedsRepair};
} // namespace

DeskController::DeskController(QObject *parent)
    : QObject(parent)
    , m_loans(new DeskLoanModel(this))
{
    connect(m_loans, &DeskLoanModel::countChanged, this, [this] { setLoanIndex(std::min(m_loanIndex, m_loans->count() - 1)); });
}

DeskController::~DeskController() = default;

void DeskController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        // Nothing of the vault stays on the desk while it is locked.
        connect(controller, &LedgerController::readyChanged, this, &DeskController::reset);
    }))
        return;
    m_loans->setLedger(ledger);
    reset();
    Q_EMIT ledgerChanged();
}

Database *DeskController::database() const
{
    return m_ledger ? m_ledger->database() : nullptr;
}

QString DeskController::itemLabel() const
{
    return m_item ? deskformat::item(m_item->item.name, m_item->item.assetTag) : QString();
}

QString DeskController::memberLabel(const Member &member) const
{
    return deskformat::member(member.name, member.number);
}

QString DeskController::prompt() const
{
    switch (m_mode) {
    case Scan:
        return tr("Scan an item or a member card");
    case ChooseMember:
        return m_purpose == Hold ? tr("Hold %1 for: member number or name").arg(itemLabel())
                                 : tr("Lend %1 to: member number or name").arg(itemLabel());
    case Confirm:
        return m_purpose == Hold ? tr("Enter to queue, or type another member") : tr("Enter to lend, or type another member");
    case Return:
        return tr("Enter to take it back, or scan the next item");
    case Unavailable:
        return tr("Scan another item or a member card");
    case MemberLoans:
        return m_cardholder ? tr("Scan an item to lend to %1").arg(m_cardholder->member.name) : tr("Scan an item or a member card");
    }
    return {};
}

QVariantMap DeskController::item() const
{
    if (!m_item)
        return {{QStringLiteral("known"), false}};
    const ToolItem &item = m_item->item;
    const QDate today = m_ledger ? m_ledger->today() : QDate();
    QVariantMap map{
        {QStringLiteral("known"), true},
        {QStringLiteral("assetTag"), item.assetTag},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("label"), itemLabel()},
        {QStringLiteral("category"), item.category},
        {QStringLiteral("location"), item.location},
        {QStringLiteral("condition"), ToolItem::conditionName(item.condition)},
        {QStringLiteral("conditionText"), deskformat::condition(item.condition)},
        {QStringLiteral("safetyNotes"), item.safetyNotes},
        {QStringLiteral("lendable"), m_item->availability.lendable},
        {QStringLiteral("reason"), m_item->availability.reason},
        {QStringLiteral("retired"), item.condition == ToolItem::Condition::Retired},
        {QStringLiteral("loanDays"), item.loanDays},
        {QStringLiteral("dueIfLentText"), deskformat::day(today.addDays(item.loanDays))},
        {QStringLiteral("lateFeePerDayText"), deskformat::money(item.lateFeePerDay)},
        {QStringLiteral("onLoan"), m_item->loan.has_value()},
        {QStringLiteral("queueCount"), int(m_item->queue.size())},
        {QStringLiteral("components"), m_item->components},
        {QStringLiteral("deposit"), qint64(item.deposit)},
        {QStringLiteral("depositText"), deskformat::money(item.deposit)},
    };
    if (const auto &loan = m_item->loan) {
        map.insert(QStringLiteral("borrowerNumber"), qint64(loan->memberNumber));
        map.insert(QStringLiteral("borrowerLabel"), deskformat::member(loan->memberName, loan->memberNumber));
        map.insert(QStringLiteral("outText"), deskformat::day(loan->outOn));
        map.insert(QStringLiteral("dueText"), deskformat::day(loan->dueOn));
        map.insert(QStringLiteral("overdue"), m_item->daysLate > 0);
        map.insert(QStringLiteral("daysLate"), m_item->daysLate);
        map.insert(QStringLiteral("daysLateText"), deskformat::daysLate(m_item->daysLate));
        map.insert(QStringLiteral("fee"), qint64(m_item->feeSoFar));
        map.insert(QStringLiteral("feeText"), deskformat::money(m_item->feeSoFar));
        map.insert(QStringLiteral("heldDeposit"), qint64(loan->deposit));
        map.insert(QStringLiteral("heldDepositText"), deskformat::money(loan->deposit));
    }
    QString holdText;
    if (!m_item->queue.isEmpty()) {
        const ToolHold &first = m_item->queue.constFirst();
        const QString who = deskformat::member(first.memberName, first.memberNumber);
        if (m_item->heldUntil.isValid())
            holdText = tr("Held for %1 until %2.").arg(who, deskformat::day(m_item->heldUntil));
        else if (m_item->queue.size() == 1)
            holdText = tr("%1 is waiting for it.").arg(who);
        else
            holdText = tr("%1 members are waiting for it; %2 is first.").arg(m_item->queue.size()).arg(who);
    }
    map.insert(QStringLiteral("holdText"), holdText);
    return map;
}

QVariantMap DeskController::memberMap(const std::optional<DeskMember> &chosen) const
{
    if (!chosen)
        return {{QStringLiteral("known"), false}};
    const Member &m = chosen->member;
    const QString status = Member::statusName(m.status);
    return {
        {QStringLiteral("known"), true},
        {QStringLiteral("number"), qint64(m.number)},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("label"), memberLabel(m)},
        {QStringLiteral("status"), status},
        {QStringLiteral("statusText"), MemberListModel::statusText(status)},
        {QStringLiteral("active"), m.status == Member::Status::Active},
        {QStringLiteral("contact"), m.contact},
        {QStringLiteral("openLoans"), chosen->openLoans},
        {QStringLiteral("overdueLoans"), chosen->overdueLoans},
    };
}

QVariantMap DeskController::member() const
{
    return memberMap(m_member);
}

QVariantMap DeskController::cardholder() const
{
    return memberMap(m_cardholder);
}

void DeskController::setLoanIndex(int row)
{
    row = std::clamp(row, -1, m_loans->count() - 1);
    if (row == m_loanIndex)
        return;
    m_loanIndex = row;
    Q_EMIT loanIndexChanged();
}

void DeskController::setReturnCondition(const QString &name)
{
    const auto condition = ToolItem::conditionFromName(name);
    if (!condition || *condition == m_returnCondition)
        return;
    m_returnCondition = *condition;
    Q_EMIT returnFormChanged();
}

void DeskController::setReturnNotes(const QString &notes)
{
    if (notes == m_returnNotes)
        return;
    m_returnNotes = notes;
    Q_EMIT returnFormChanged();
}

QVariantList DeskController::conditionChoices() const
{
    QVariantList choices;
    for (ToolItem::Condition condition : kReturnConditions)
        choices.append(QVariantMap{{QStringLiteral("value"), ToolItem::conditionName(condition)},
                                   {QStringLiteral("text"), deskformat::condition(condition)}});
    return choices;
}

void DeskController::setOverrideReason(const QString &reason)
{
    if (reason == m_overrideReason)
        return;
    m_overrideReason = reason;
    Q_EMIT overrideReasonChanged();
}

void DeskController::setMode(Mode mode)
{
    m_mode = mode;
    Q_EMIT stateChanged();
}

void DeskController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void DeskController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT errorChanged();
}

bool DeskController::refuse(const QString &message)
{
    if (message != m_error) {
        m_error = message;
        Q_EMIT errorChanged();
    }
    return false;
}

Result<DeskMember> DeskController::loadMember(std::int64_t number)
{
    Database *db = database();
    if (!db)
        return Error::make(ErrorCode::Locked, tr("The vault is locked."));
    return desk::memberAtDesk(*db, number, m_ledger->today());
}

void DeskController::setWaiverReason(const QString &reason)
{
    if (reason == m_waiverReason)
        return;
    m_waiverReason = reason;
    Q_EMIT returnFormChanged();
}

void DeskController::setKeepDeposit(bool keep)
{
    if (keep == m_keepDeposit)
        return;
    m_keepDeposit = keep;
    Q_EMIT returnFormChanged();
}

void DeskController::setCoordinatorConfirms(bool confirms)
{
    if (confirms == m_coordinatorConfirms)
        return;
    m_coordinatorConfirms = confirms;
    Q_EMIT returnFormChanged();
}

void DeskController::setMissingComponents(const QStringList &missing)
{
    if (missing == m_missingComponents)
        return;
    m_missingComponents = missing;
    Q_EMIT returnFormChanged();
}

void DeskController::clearStep()
{
    m_item.reset();
    m_member.reset();
    m_purpose = Checkout;
    m_canOverride = false;
    setOverrideReason({});
    m_returnCondition = ToolItem::Condition::Good;
    m_returnNotes.clear();
    m_waiverReason.clear();
    m_keepDeposit = false;
    m_coordinatorConfirms = false;
    m_missingComponents.clear();
    Q_EMIT returnFormChanged();
}

void DeskController::reset()
{
    clearStep();
    m_cardholder.reset();
    m_loans->setMemberNumber(-1);
    setLoanIndex(-1);
    setMessage({});
    clearError();
    setMode(Scan);
}

void DeskController::finishAction(const QString &message)
{
    clearStep();
    if (m_cardholder) {
        // The same member may have more to borrow or bring back.
        if (auto again = loadMember(m_cardholder->member.number))
            m_cardholder = std::move(*again);
        m_loans->reload();
        setLoanIndex(m_loans->openCount() > 0 ? 0 : -1);
        setMode(MemberLoans);
    } else {
        setMode(Scan);
    }
    setMessage(message);
}

bool DeskController::submit(const QString &text, qint64 suggestedMember)
{
    if (!database())
        return refuse(tr("The vault is locked."));
    const QString typed = text.trimmed();
    clearError();
    switch (m_mode) {
    case ChooseMember:
        setMessage({});
        return chooseMember(typed, suggestedMember);
    case Confirm:
        setMessage({});
        if (!typed.isEmpty())
            return chooseMember(typed, suggestedMember);
        return m_purpose == Hold ? queue() : lend();
    case Return:
        if (typed.isEmpty())
            return takeBack();
        break;
    case MemberLoans:
        if (typed.isEmpty())
            return takeBackLoan(m_loanIndex);
        break;
    case Unavailable:
        if (typed.isEmpty()) {
            finishAction({});
            return true;
        }
        break;
    case Scan:
        if (typed.isEmpty())
            return false;
        break;
    }
    setMessage({});
    return scan(typed);
}

bool DeskController::scan(const QString &text)
{
    auto scanned = desk::resolveScan(*database(), text);
    if (!scanned)
        return refuse(scanned.error().message);
    switch (scanned->kind) {
    case DeskScan::Kind::Nothing:
        return refuse(tr("No item or member “%1”.").arg(text));
    case DeskScan::Kind::Member: {
        auto chosen = loadMember(scanned->member.number);
        if (!chosen)
            return refuse(chosen.error().message);
        clearStep();
        m_cardholder = std::move(*chosen);
        // Read once: a new member number reloads by itself.
        if (m_loans->memberNumber() == m_cardholder->member.number)
            m_loans->reload();
        else
            m_loans->setMemberNumber(m_cardholder->member.number);
        setLoanIndex(m_loans->openCount() > 0 ? 0 : -1);
        setMode(MemberLoans);
        return true;
    }
    case DeskScan::Kind::Item:
        return showItem(scanned->item.assetTag);
    }
    return false;
}

bool DeskController::showItem(const QString &assetTag)
{
    Database *db = database();
    const QDate today = m_ledger->today();
    // A hold that ran out passes to the next member before anyone reads it.
    if (auto expired = tools::expireHolds(*db, assetTag, today, m_ledger->now()); !expired)
        return refuse(expired.error().message);
    auto item = desk::itemAtDesk(*db, assetTag, today);
    if (!item)
        return refuse(item.error().message);
    clearStep();
    m_item = std::move(*item);
    if (m_item->loan) {
        // Out with someone else than the member at the desk: the core's
        // sentence says with whom and until when.
        const bool someoneElses = m_cardholder && m_item->loan->memberNumber != m_cardholder->member.number;
        setMode(someoneElses ? Unavailable : Return);
    } else if (!m_item->availability.lendable) {
        setMode(Unavailable);
    } else if (m_cardholder) {
        m_member = m_cardholder;
        setMode(Confirm);
    } else {
        setMode(ChooseMember);
    }
    return true;
}

bool DeskController::chooseMember(const QString &text, qint64 suggestedMember)
{
    if (text.isEmpty())
        return refuse(tr("Type the member's number or a part of their name."));
    std::int64_t number = -1;
    if (const auto card = desk::cardNumber(text)) {
        number = *card;
    } else {
        // Another label scanned instead of a name: the desk moves on to it.
        auto scanned = desk::resolveScan(*database(), text);
        if (!scanned)
            return refuse(scanned.error().message);
        if (scanned->kind == DeskScan::Kind::Item)
            return showItem(scanned->item.assetTag);
        if (suggestedMember <= 0)
            return refuse(tr("No member matches “%1”.").arg(text));
        number = suggestedMember;
    }
    auto chosen = loadMember(number);
    if (!chosen)
        return refuse(chosen.error().message);
    m_member = std::move(*chosen);
    m_canOverride = false;
    setOverrideReason({});
    setMode(Confirm);
    return true;
}

bool DeskController::lend()
{
    if (!m_item || !m_member)
        return refuse(tr("Scan an item and choose the borrower first."));
    CheckoutRequest request;
    request.assetTag = m_item->item.assetTag;
    request.memberNumber = m_member->member.number;
    request.date = m_ledger->today();
    request.recordedBy = LedgerController::kRecordedBy;
    if (m_canOverride)
        request.overdueOverrideReason = m_overrideReason.trimmed();
    request.missingComponents = m_missingComponents;
    auto loan = tools::checkout(*database(), request, m_ledger->now());
    if (!loan) {
        // The core refuses a member with overdue items unless the desk
        // gives a reason; offer the field for one.
        if (m_member->overdueLoans > 0 && m_member->member.status == Member::Status::Active && !m_canOverride) {
            m_canOverride = true;
            Q_EMIT stateChanged();
        }
        return refuse(loan.error().message);
    }
    QString message = tr("%1 lent to %2 until %3.").arg(itemLabel(), memberLabel(m_member->member), deskformat::day(loan->dueOn));
    if (loan->deposit > 0)
        message += QLatin1Char(' ') + tr("Deposit %1 held on their credit until it is back.").arg(deskformat::money(loan->deposit));
    if (!loan->missingOut.isEmpty())
        message += QLatin1Char(' ') + tr("Noted as missing: %1.").arg(loan->missingOut.join(QStringLiteral(", ")));
    finishAction(message);
    return true;
}

bool DeskController::queue()
{
    if (!m_item || !m_member)
        return refuse(tr("Scan an item and choose the member first."));
    Database *db = database();
    auto hold = tools::placeHold(*db, m_item->item.assetTag, m_member->member.number, m_ledger->now());
    if (!hold)
        return refuse(hold.error().message);
    auto queue = tools::holdQueue(*db, m_item->item.assetTag);
    const qsizetype place = queue ? queue->size() : 0;
    finishAction(tr("%1 is number %2 in the queue for %3.").arg(memberLabel(m_member->member)).arg(place).arg(itemLabel()));
    return true;
}

bool DeskController::takeBack()
{
    if (!m_item || !m_item->loan)
        return refuse(tr("Scan an item that is out first."));
    Database *db = database();
    ReturnRequest request;
    request.assetTag = m_item->item.assetTag;
    request.condition = m_returnCondition;
    request.date = m_ledger->today();
    request.notes = m_returnNotes;
    request.recordedBy = LedgerController::kRecordedBy;
    request.missingComponents = m_missingComponents;
    request.lateFeeWaiverReason = m_waiverReason;
    request.chargeDeposit = m_keepDeposit;
    request.coordinatorConfirmed = m_coordinatorConfirms;
    auto loan = tools::returnItem(*db, request, m_ledger->now());
    if (!loan)
        return refuse(loan.error().message);
    const QString borrower = deskformat::member(loan->memberName, loan->memberNumber);
    QString message = loan->lateFeeCharged > 0
        ? tr("%1 returned by %2, %3: late fee %4 charged to the commons fund.")
              .arg(itemLabel(), borrower, deskformat::daysLate(loan->daysLate), deskformat::money(loan->lateFeeCharged))
        : loan->lateFeeWaived > 0 ? tr("%1 returned by %2, %3: late fee %4 waived.")
                                        .arg(itemLabel(), borrower, deskformat::daysLate(loan->daysLate), deskformat::money(loan->lateFeeWaived))
                                  : tr("%1 returned by %2 on time.").arg(itemLabel(), borrower);
    if (loan->deposit > 0)
        message += QLatin1Char(' ')
            + (loan->depositCharged ? tr("Deposit %1 kept for the damage.").arg(deskformat::money(loan->deposit))
                                    : tr("Deposit %1 released.").arg(deskformat::money(loan->deposit)));
    if (!loan->missingIn.isEmpty())
        message += QLatin1Char(' ') + tr("Missing: %1; it waits for maintenance.").arg(loan->missingIn.join(QStringLiteral(", ")));
    if (m_returnCondition == ToolItem::Condition::NeedsRepair)
        message += QLatin1Char(' ') + tr("It waits for maintenance before it is lent again.");
    auto queue = tools::holdQueue(*db, m_item->item.assetTag);
    if (queue && !queue->isEmpty())
        message += QLatin1Char(' ')
            + tr("Put it aside for %1, first in the queue.").arg(deskformat::member(queue->constFirst().memberName, queue->constFirst().memberNumber));
    finishAction(message);
    return true;
}

bool DeskController::reportLost()
{
    if (!database())
        return refuse(tr("The vault is locked."));
    if (!m_item || !m_item->loan || m_mode != Return)
        return refuse(tr("Scan the item that is out to report it lost."));
    clearError();
    LostReport report;
    report.assetTag = m_item->item.assetTag;
    report.date = m_ledger->today();
    report.notes = m_returnNotes;
    report.recordedBy = LedgerController::kRecordedBy;
    report.coordinatorConfirmed = m_coordinatorConfirms;
    auto loan = tools::reportLost(*database(), report, m_ledger->now());
    if (!loan)
        return refuse(loan.error().message);
    QString message = tr("%1 recorded as lost by %2 and retired.").arg(itemLabel(), deskformat::member(loan->memberName, loan->memberNumber));
    if (loan->deposit > 0)
        message += QLatin1Char(' ') + tr("Deposit %1 paid to the commons fund.").arg(deskformat::money(loan->deposit));
    finishAction(message);
    return true;
}

bool DeskController::renew()
{
    if (!database())
        return refuse(tr("The vault is locked."));
    if (!m_item || !m_item->loan || m_mode != Return)
        return refuse(tr("Scan an item that is out to renew it."));
    clearError();
    auto loan = tools::renew(*database(), m_item->item.assetTag, m_ledger->today(), m_ledger->now());
    if (!loan)
        return refuse(loan.error().message);
    finishAction(tr("%1 renewed for %2 until %3.")
                     .arg(itemLabel(), deskformat::member(loan->memberName, loan->memberNumber), deskformat::day(loan->dueOn)));
    return true;
}

bool DeskController::startHold()
{
    if (!database())
        return refuse(tr("The vault is locked."));
    if (!m_item)
        return refuse(tr("Scan the item to hold first."));
    if (m_item->item.condition == ToolItem::Condition::Retired)
        return refuse(m_item->availability.reason);
    clearError();
    setMessage({});
    m_purpose = Hold;
    m_canOverride = false;
    const bool cardholderHasIt = m_cardholder && m_item->loan && m_item->loan->memberNumber == m_cardholder->member.number;
    if (m_cardholder && !cardholderHasIt) {
        m_member = m_cardholder;
        setMode(Confirm);
    } else {
        m_member.reset();
        setMode(ChooseMember);
    }
    return true;
}

bool DeskController::takeBackLoan(int row)
{
    if (!database())
        return refuse(tr("The vault is locked."));
    if (!m_cardholder)
        return refuse(tr("Scan a member card first."));
    if (m_loans->openCount() == 0)
        return refuse(tr("%1 has nothing on loan.").arg(memberLabel(m_cardholder->member)));
    if (!m_loans->isOpenAt(row))
        return refuse(tr("Choose a loan that is still out: Up and Down move between them."));
    clearError();
    setMessage({});
    return showItem(m_loans->assetTagAt(row));
}

} // namespace mycelium
