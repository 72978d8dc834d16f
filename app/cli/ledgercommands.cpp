// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger's commands: members, trades, balances, statements, demurrage
// and the ledger-cli export; and the tool library's (tool ..., import
// tools). Exit codes: a malformed argument or a member, trade or item that
// does not exist is a usage error (2), checked here before the core is
// asked; what the core then refuses with InvalidArgument is a rule of the
// ledger saying no (credit line, suspended member, settled day, ...): exit 4
// through failRefused(). A wrong PIN is 3.
#include "ledgercommands.h"
#include "clioutput.h"
#include "clisupport.h"
#include "commonscommands.h"
#include "skillcommands.h"
#include "trustcommands.h"

#include "common/clock.h"
#include "ledger/csv.h"
#include "ledger/demo.h"
#include "ledger/ledger.h"
#include "ledger/ledgerexport.h"
#include "ledger/money.h"
#include "ledger/signals.h"
#include "members/members.h"
#include "tools/labels.h"
#include "tools/toolimport.h"
#include "tools/tools.h"
#include "vault/vault.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <sodium.h>

#include <functional>

namespace mycelium::cli {

namespace {

using Command = CliArguments::Command;

constexpr qsizetype kMaxPinFileBytes = 1024;

QString commonsFundName()
{
    return tr("Commons fund");
}

QString statementKindName(ledger::StatementLine::Kind kind)
{
    switch (kind) {
    case ledger::StatementLine::Kind::Trade:
        return QStringLiteral("trade");
    case ledger::StatementLine::Kind::Reversal:
        return QStringLiteral("reversal");
    case ledger::StatementLine::Kind::Demurrage:
        return QStringLiteral("demurrage");
    }
    return {};
}

// The PIN is the first line of the file, without its newline.
Result<SecretText> readPinFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return usage(tr("The PIN file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return usage(tr("Cannot read the PIN file %1: %2.").arg(path, file.errorString()));
    QByteArray bytes = file.read(kMaxPinFileBytes + 1);
    const auto wipe = [&bytes] {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
    };
    if (bytes.size() > kMaxPinFileBytes) {
        wipe();
        return usage(tr("The PIN file %1 is longer than %2 bytes; it does not look like a PIN.").arg(path).arg(kMaxPinFileBytes));
    }
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    SecretText pin(QString::fromUtf8(bytes.constData(), end));
    wipe();
    if (pin.text().size() < members::kMinimumPinLength)
        return usage(tr("The PIN in %1 is too short: a PIN needs at least %2 characters.").arg(path).arg(members::kMinimumPinLength));
    return pin;
}

class Session : public CliSession
{
public:
    Session(const CliArguments &args, const SecretText &pin, Vault &vault, const Clock &clock)
        : CliSession(args, vault.database(), clock)
        , m_pin(pin)
    {
    }

    int memberAdd();
    int memberList();
    int memberShow();
    int memberEdit();
    int memberStatus(Member::Status status);
    int memberPin();
    int trade();
    int reverse();
    int balance();
    int statement();
    int demurrageRate();
    int demurrageShow();
    int exportLedger();
    int exportCsv();
    int importMembers();
    int importTrades();
    int demo();
    int signalsReport();
    int circulationTarget();
    int toolAdd();
    int toolList();
    int toolShow();
    int toolCheckout();
    int toolReturn();
    int toolRenew();
    int toolHold();
    int toolOverdue();
    int toolMaintenance();
    int toolLabels();
    int toolTrain();
    int toolHoldDays();
    int toolLoans();
    int toolStats();
    int toolLost();
    int toolReserve();
    int toolUnreserve();
    int toolComponents();
    int toolPhoto();
    int importTools();

private:
    // Realizes demurrage through yesterday, so that balances are current.
    Status settle() { return ledger::settleDemurrage(m_db, today().addDays(-1), now()); }
    // A usage error (exit 2) when no item has the tag.
    Result<ToolItem> existingItem(const QString &tag);

    const SecretText &m_pin;
};

Result<ToolItem> Session::existingItem(const QString &tag)
{
    return orUsage(tools::itemByTag(m_db, tag), tr("No item has the asset tag %1; 'mycelium-cli tool list' shows them all.").arg(tag));
}

int Session::toolAdd()
{
    NewToolItem request;
    request.assetTag = m_args.assetTag;
    request.name = m_args.toolName;
    request.category = m_args.category;
    request.replacementValue = m_args.replacementValue;
    request.deposit = m_args.deposit;
    request.loanDays = m_args.loanDays;
    request.lateFeePerDay = m_args.lateFee;
    request.createdOn = today();
    if (m_args.ownerNumber && *m_args.ownerNumber > 0) {
        auto owner = existingMember(*m_args.ownerNumber);
        if (!owner)
            return fail(owner.error());
        request.ownerNumber = owner->number;
    }
    auto added = tools::addItem(m_db, request, now());
    if (!added)
        return failRefused(added.error());
    printOut(QStringLiteral("%1\n").arg(added->assetTag));
    return ExitOk;
}

int Session::toolList()
{
    auto all = tools::items(m_db);
    if (!all)
        return fail(all.error());
    QJsonArray jsonItems;
    QList<QStringList> rows;
    for (const ToolItem &item : std::as_const(*all)) {
        auto loan = tools::openLoan(m_db, item.assetTag);
        if (!loan)
            return fail(loan.error());
        const QString condition = ToolItem::conditionName(item.condition);
        jsonItems.append(QJsonObject{
            {QStringLiteral("tag"), item.assetTag},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("category"), item.category},
            {QStringLiteral("condition"), condition},
            {QStringLiteral("borrower"), *loan ? QJsonValue(qint64((*loan)->memberNumber)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("dueOn"), jsonDay(*loan ? (*loan)->dueOn : QDate())},
        });
        rows.append({item.assetTag, item.name, item.category, condition,
                     *loan ? tr("%1 until %2").arg(describe(*members::byNumber(m_db, (*loan)->memberNumber)), isoDay((*loan)->dueOn)) : tr("in")});
    }
    return printListing(m_args.json, QStringLiteral("items"), jsonItems, tr("No items yet; add one with 'mycelium-cli tool add NAME --tag TAG'.\n"),
                        {tr("Tag"), tr("Name"), tr("Category"), tr("Condition"), tr("On loan")}, rows);
}

int Session::toolShow()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    auto loan = tools::openLoan(m_db, item->assetTag);
    if (!loan)
        return fail(loan.error());
    auto availability = tools::availability(m_db, item->assetTag, today());
    if (!availability)
        return fail(availability.error());
    auto holds = tools::holdQueue(m_db, item->assetTag);
    if (!holds)
        return fail(holds.error());
    auto history = tools::loanHistory(m_db, item->assetTag);
    if (!history)
        return fail(history.error());
    auto kit = tools::components(m_db, item->assetTag);
    if (!kit)
        return fail(kit.error());
    auto bookings = tools::reservations(m_db, item->assetTag);
    if (!bookings)
        return fail(bookings.error());
    if (m_args.json) {
        QJsonArray jsonBookings;
        for (const ToolReservation &r : std::as_const(*bookings))
            jsonBookings.append(QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                            {QStringLiteral("member"), qint64(r.memberNumber)},
                                            {QStringLiteral("name"), r.memberName},
                                            {QStringLiteral("from"), jsonDay(r.from)},
                                            {QStringLiteral("to"), jsonDay(r.to)}});
        QJsonArray jsonHolds;
        for (const ToolHold &h : std::as_const(*holds))
            jsonHolds.append(QJsonObject{{QStringLiteral("member"), qint64(h.memberNumber)},
                                         {QStringLiteral("name"), h.memberName},
                                         {QStringLiteral("queuedAt"), h.queuedAt.toString(Qt::ISODate)}});
        QJsonArray jsonHistory;
        for (const ToolLoan &l : std::as_const(*history))
            jsonHistory.append(QJsonObject{
                {QStringLiteral("member"), qint64(l.memberNumber)},
                {QStringLiteral("name"), l.memberName},
                {QStringLiteral("outOn"), jsonDay(l.outOn)},
                {QStringLiteral("dueOn"), jsonDay(l.dueOn)},
                {QStringLiteral("returnedOn"), jsonDay(l.returnedOn)},
                {QStringLiteral("condition"), l.returnCondition ? QJsonValue(ToolItem::conditionName(*l.returnCondition)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("lateFeeCharged"), plain(l.lateFeeCharged)},
                {QStringLiteral("lateFeeWaived"), plain(l.lateFeeWaived)},
                {QStringLiteral("waiverReason"), l.waiverReason},
                {QStringLiteral("depositCharged"), l.depositCharged},
                {QStringLiteral("lost"), l.lost},
            });
        QJsonValue jsonLoan(QJsonValue::Null);
        if (*loan)
            jsonLoan = QJsonObject{{QStringLiteral("member"), qint64((*loan)->memberNumber)},
                                   {QStringLiteral("name"), (*loan)->memberName},
                                   {QStringLiteral("outOn"), jsonDay((*loan)->outOn)},
                                   {QStringLiteral("dueOn"), jsonDay((*loan)->dueOn)}};
        printJson(QJsonObject{
            {QStringLiteral("tag"), item->assetTag},
            {QStringLiteral("name"), item->name},
            {QStringLiteral("category"), item->category},
            {QStringLiteral("description"), item->description},
            {QStringLiteral("condition"), ToolItem::conditionName(item->condition)},
            {QStringLiteral("location"), item->location},
            {QStringLiteral("replacementValue"), plain(item->replacementValue)},
            {QStringLiteral("deposit"), plain(item->deposit)},
            {QStringLiteral("loanDays"), item->loanDays},
            {QStringLiteral("lateFeePerDay"), plain(item->lateFeePerDay)},
            {QStringLiteral("lendable"), availability->lendable},
            {QStringLiteral("whyNot"), availability->lendable ? QJsonValue(QJsonValue::Null) : QJsonValue(availability->reason)},
            {QStringLiteral("loan"), jsonLoan},
            {QStringLiteral("holds"), jsonHolds},
            {QStringLiteral("bookings"), jsonBookings},
            {QStringLiteral("components"), QJsonArray::fromStringList(*kit)},
            {QStringLiteral("history"), jsonHistory},
        });
        return ExitOk;
    }
    QList<std::pair<QString, QString>> lines{
        {tr("Tag"), item->assetTag},
        {tr("Name"), item->name},
        {tr("Category"), item->category},
        {tr("Condition"), ToolItem::conditionName(item->condition)},
        {tr("Replacement value"), human(item->replacementValue)},
        {tr("Deposit"), human(item->deposit)},
        {tr("Loan period (days)"), QString::number(item->loanDays)},
        {tr("Late fee per day"), human(item->lateFeePerDay)},
        {tr("On loan"), *loan ? tr("to %1 (member %2) since %3, due %4").arg((*loan)->memberName).arg((*loan)->memberNumber).arg(isoDay((*loan)->outOn), isoDay((*loan)->dueOn)) : tr("no")},
        {tr("Lendable"), availability->lendable ? tr("yes") : availability->reason},
        {tr("Waiting"), QString::number(holds->size())},
        {tr("Loans so far"), QString::number(history->size())},
    };
    if (!kit->isEmpty())
        lines.append({tr("Components"), kit->join(QStringLiteral(", "))});
    for (const ToolReservation &r : std::as_const(*bookings))
        lines.append({tr("Booking %1").arg(r.id), tr("%1 (member %2), %3 to %4").arg(r.memberName).arg(r.memberNumber).arg(isoDay(r.from), isoDay(r.to))});
    printOut(alignedLines(lines));
    return ExitOk;
}

int Session::toolCheckout()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    CheckoutRequest request;
    request.assetTag = item->assetTag;
    request.memberNumber = member->number;
    request.date = m_args.date.value_or(today());
    request.recordedBy = kRecordedBy;
    request.overdueOverrideReason = m_args.overrideReason;
    request.missingComponents = m_args.missing;
    auto loan = tools::checkout(m_db, request, now());
    if (!loan)
        return failNothingRecorded(loan.error());
    QString text = tr("%1 lent to %2 until %3.").arg(loan->assetTag, describe(*member), isoDay(loan->dueOn));
    if (loan->deposit > 0)
        text += QLatin1Char(' ') + tr("Deposit %1 held on their credit until it is back.").arg(human(loan->deposit));
    if (!loan->missingOut.isEmpty())
        text += QLatin1Char(' ') + tr("Missing as it went out: %1.").arg(loan->missingOut.join(QStringLiteral(", ")));
    if (!loan->notes.isEmpty())
        text += QLatin1Char(' ') + loan->notes;
    printOut(text + QLatin1Char('\n'));
    return ExitOk;
}

int Session::toolReturn()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    ReturnRequest request;
    request.assetTag = item->assetTag;
    request.condition = ToolItem::conditionFromName(m_args.condition).value_or(ToolItem::Condition::Good);
    request.date = m_args.date.value_or(today());
    request.notes = m_args.notes;
    request.recordedBy = kRecordedBy;
    request.missingComponents = m_args.missing;
    request.lateFeeWaiverReason = m_args.waiverReason;
    request.chargeDeposit = m_args.chargeDeposit;
    request.coordinatorConfirmed = m_args.coordinatorConfirms;
    auto loan = tools::returnItem(m_db, request, now());
    if (!loan)
        return failNothingRecorded(loan.error());
    QStringList text{tr("%1 back from %2 (member %3).").arg(loan->assetTag, loan->memberName).arg(loan->memberNumber)};
    if (loan->lateFeeCharged > 0)
        text << tr("Days late: %1; late fee %2 charged to the commons fund (trade %3).")
                    .arg(loan->daysLate)
                    .arg(human(loan->lateFeeCharged))
                    .arg(loan->feeTradeId);
    else if (loan->lateFeeWaived > 0)
        text << tr("Days late: %1; late fee %2 waived (%3).").arg(loan->daysLate).arg(human(loan->lateFeeWaived), loan->waiverReason);
    if (loan->deposit > 0)
        text << (loan->depositCharged ? tr("Deposit %1 kept for damage and paid to the commons fund.").arg(human(loan->deposit))
                                      : tr("Deposit %1 released.").arg(human(loan->deposit)));
    if (!loan->missingIn.isEmpty())
        text << tr("Missing: %1; it is not lent until its maintenance is closed.").arg(loan->missingIn.join(QStringLiteral(", ")));
    else if (request.condition == ToolItem::Condition::NeedsRepair)
        text << tr("It needs repair and is not lent until its maintenance is closed.");
    printOut(text.join(QLatin1Char(' ')) + QLatin1Char('\n'));
    return ExitOk;
}

int Session::toolLost()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    LostReport report;
    report.assetTag = item->assetTag;
    report.date = m_args.date.value_or(today());
    report.notes = m_args.notes;
    report.recordedBy = kRecordedBy;
    report.coordinatorConfirmed = m_args.coordinatorConfirms;
    auto loan = tools::reportLost(m_db, report, now());
    if (!loan)
        return failNothingRecorded(loan.error());
    QString text = tr("%1 recorded as lost by %2 (member %3) and retired.").arg(loan->assetTag, loan->memberName).arg(loan->memberNumber);
    if (loan->deposit > 0)
        text += QLatin1Char(' ') + tr("Deposit %1 paid to the commons fund.").arg(human(loan->deposit));
    printOut(text + QLatin1Char('\n'));
    return ExitOk;
}

int Session::toolReserve()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    auto booking = tools::reserve(m_db, item->assetTag, member->number, *m_args.from, *m_args.to, m_args.notes, today(), now());
    if (!booking)
        return failNothingRecorded(booking.error());
    printOut(tr("%1 booked for %2 from %3 to %4 (booking %5).\n")
                 .arg(booking->assetTag, describe(*member), isoDay(booking->from), isoDay(booking->to))
                 .arg(booking->id));
    return ExitOk;
}

int Session::toolUnreserve()
{
    if (auto s = tools::cancelReservation(m_db, m_args.reservationId, m_args.reason, now()); !s)
        return failNothingRecorded(s.error());
    printOut(tr("Booking %1 cancelled.\n").arg(m_args.reservationId));
    return ExitOk;
}

int Session::toolComponents()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    if (!m_args.componentNames.isEmpty() || m_args.clearComponents) {
        if (auto s = tools::setComponents(m_db, item->assetTag, m_args.componentNames, now()); !s)
            return failNothingRecorded(s.error());
    }
    auto list = tools::components(m_db, item->assetTag);
    if (!list)
        return fail(list.error());
    printOut(list->isEmpty() ? tr("%1 has no components.\n").arg(item->assetTag)
                             : tr("%1: %2\n").arg(item->assetTag, list->join(QStringLiteral(", "))));
    return ExitOk;
}

int Session::toolPhoto()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    if (m_args.removePhoto) {
        if (auto s = tools::removePhoto(m_db, item->assetTag, now()); !s)
            return failNothingRecorded(s.error());
        printOut(tr("The photo of %1 is removed.\n").arg(item->assetTag));
        return ExitOk;
    }
    QFile file(m_args.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::make(ErrorCode::InvalidArgument, tr("%1 cannot be read: %2.").arg(m_args.path, file.errorString())));
    // Refuse before reading a huge file into memory.
    if (file.size() > tools::kMaximumPhotoBytes)
        return fail(Error::make(ErrorCode::InvalidArgument,
                                tr("%1 is %2 KiB; at most %3 KiB is kept. Scale the photo down first.")
                                    .arg(m_args.path)
                                    .arg(file.size() / 1024)
                                    .arg(tools::kMaximumPhotoBytes / 1024)));
    if (auto s = tools::setPhoto(m_db, item->assetTag, {file.readAll(), {}}, now()); !s)
        return failNothingRecorded(s.error());
    printOut(tr("The photo of %1 is kept in the vault.\n").arg(item->assetTag));
    return ExitOk;
}

int Session::toolRenew()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    auto loan = tools::renew(m_db, item->assetTag, m_args.date.value_or(today()), now());
    if (!loan)
        return failNothingRecorded(loan.error());
    printOut(tr("%1 renewed for %2 (member %3) until %4.\n").arg(loan->assetTag, loan->memberName).arg(loan->memberNumber).arg(isoDay(loan->dueOn)));
    return ExitOk;
}

int Session::toolHold()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    auto hold = tools::placeHold(m_db, item->assetTag, member->number, now());
    if (!hold)
        return failNothingRecorded(hold.error());
    auto queue = tools::holdQueue(m_db, item->assetTag);
    if (!queue)
        return fail(queue.error());
    printOut(tr("%1 is number %2 in the queue for %3.\n").arg(describe(*member)).arg(queue->size()).arg(item->assetTag));
    return ExitOk;
}

int Session::toolOverdue()
{
    auto late = tools::overdue(m_db, today());
    if (!late)
        return fail(late.error());
    // Most days late first; the core gives them by due date, which is the same order.
    QJsonArray jsonLoans;
    QList<QStringList> rows;
    for (const OverdueLoan &o : std::as_const(*late)) {
        jsonLoans.append(QJsonObject{
            {QStringLiteral("tag"), o.loan.assetTag},
            {QStringLiteral("name"), o.loan.itemName},
            {QStringLiteral("member"), qint64(o.loan.memberNumber)},
            {QStringLiteral("memberName"), o.loan.memberName},
            {QStringLiteral("contact"), o.contact},
            {QStringLiteral("dueOn"), jsonDay(o.loan.dueOn)},
            {QStringLiteral("daysLate"), o.daysLate},
            {QStringLiteral("feeSoFar"), plain(o.feeSoFar)},
        });
        rows.append({o.loan.assetTag, o.loan.itemName, tr("%1 (member %2)").arg(o.loan.memberName).arg(o.loan.memberNumber), o.contact,
                     isoDay(o.loan.dueOn), QString::number(o.daysLate), human(o.feeSoFar)});
    }
    if (m_args.json) {
        printJson(QJsonObject{{QStringLiteral("asOf"), isoDay(today())}, {QStringLiteral("loans"), jsonLoans}});
        return ExitOk;
    }
    if (rows.isEmpty()) {
        printOut(tr("Nothing is overdue.\n"));
        return ExitOk;
    }
    printOut(table({tr("Tag"), tr("Item"), tr("Borrower"), tr("Contact"), tr("Due"), tr("Days late"), tr("Fee so far")}, rows, {5, 6}));
    return ExitOk;
}

int Session::toolMaintenance()
{
    auto item = existingItem(m_args.assetTag);
    if (!item)
        return fail(item.error());
    auto record = tools::closeMaintenance(m_db, item->assetTag, m_args.date.value_or(today()), m_args.workDone, m_args.cost, kRecordedBy, now());
    if (!record)
        return failNothingRecorded(record.error());
    printOut(tr("Maintenance of %1 recorded on %2.\n").arg(item->assetTag, isoDay(record->closedOn)));
    return ExitOk;
}

int Session::toolLabels()
{
    QList<LabelSpec> specs;
    if (m_args.assetTags.isEmpty()) {
        auto all = tools::items(m_db);
        if (!all)
            return fail(all.error());
        for (const ToolItem &item : std::as_const(*all)) {
            if (item.condition != ToolItem::Condition::Retired)
                specs.append({item.assetTag, item.name});
        }
        if (specs.isEmpty())
            return fail(Error::make(ErrorCode::InvalidArgument,
                                    tr("There are no items to label; add them with 'mycelium-cli tool add' or 'mycelium-cli import tools'. "
                                       "No file was written.")),
                        ExitDataError);
    } else {
        // Every tag is looked up before anything is drawn: one unknown tag
        // and no file is written.
        for (const QString &tag : m_args.assetTags) {
            auto item = existingItem(tag);
            if (!item)
                return fail(Error::make(item.error().code, item.error().message + QLatin1Char(' ') + tr("No file was written.")));
            specs.append({item->assetTag, item->name});
        }
    }
    const LabelTemplate sheet = *labels::templateNamed(m_args.sheet);
    if (auto s = labels::writeLabelSheet(m_args.path, specs, sheet, m_args.startPosition); !s)
        return failRefused(s.error());
    // The path last: what .arg() puts in is searched by the next .arg().
    printOut(tr("Labels for the sheet %1 from position %2 (labels: %3, pages: %4) written to %5.\n")
                 .arg(sheet.name)
                 .arg(m_args.startPosition)
                 .arg(specs.size())
                 .arg(labels::pageCount(int(specs.size()), sheet, m_args.startPosition))
                 .arg(m_args.path));
    return ExitOk;
}

int Session::toolTrain()
{
    auto member = existingMember(m_args.member);
    if (!member)
        return fail(member.error());
    const QDate date = m_args.date.value_or(today());
    const QString signedBy = m_args.signedBy.isEmpty() ? kRecordedBy : m_args.signedBy;
    if (auto s = tools::signOffTraining(m_db, member->number, m_args.category, date, signedBy, now()); !s)
        return failNothingRecorded(s.error());
    printOut(tr("%1 is signed off for %2 on %3 by %4.\n").arg(describe(*member), m_args.category, isoDay(date), signedBy));
    return ExitOk;
}

int Session::toolHoldDays()
{
    if (m_args.holdDays) {
        if (auto s = tools::setHoldDays(m_db, *m_args.holdDays, now()); !s)
            return failRefused(s.error());
        printOut(tr("An item that comes back is now kept for %1 days for the first member in its queue.\n").arg(*m_args.holdDays));
        return ExitOk;
    }
    auto days = tools::holdDays(m_db);
    if (!days)
        return fail(days.error());
    printOut(tr("An item that comes back is kept for %1 days for the first member in its queue.\n").arg(*days));
    return ExitOk;
}

int Session::toolLoans()
{
    auto member = existingMember(m_args.borrower);
    if (!member)
        return fail(member.error());
    auto loans = tools::memberLoans(m_db, member->number);
    if (!loans)
        return fail(loans.error());
    // An item still out is late by today's count; the core keeps that in
    // its overdue list.
    auto late = tools::overdue(m_db, today());
    if (!late)
        return fail(late.error());
    QHash<QString, OverdueLoan> lateByTag;
    for (const OverdueLoan &o : std::as_const(*late)) {
        if (o.loan.memberNumber == member->number)
            lateByTag.insert(o.loan.assetTag, o);
    }

    QJsonArray jsonLoans;
    QList<QStringList> rows;
    for (const ToolLoan &l : std::as_const(*loans)) {
        int daysLate = l.daysLate;
        std::int64_t fee = l.lateFee;
        if (l.isOpen()) {
            const OverdueLoan o = lateByTag.value(l.assetTag);
            daysLate = o.daysLate;
            fee = o.feeSoFar;
        }
        jsonLoans.append(QJsonObject{
            {QStringLiteral("tag"), l.assetTag},
            {QStringLiteral("name"), l.itemName},
            {QStringLiteral("outOn"), jsonDay(l.outOn)},
            {QStringLiteral("dueOn"), jsonDay(l.dueOn)},
            {QStringLiteral("returnedOn"), jsonDay(l.returnedOn)},
            {QStringLiteral("condition"), l.returnCondition ? QJsonValue(ToolItem::conditionName(*l.returnCondition)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("daysLate"), daysLate},
            {QStringLiteral("lateFee"), plain(fee)},
            {QStringLiteral("notes"), l.notes},
        });
        rows.append({l.assetTag, l.itemName, isoDay(l.outOn), isoDay(l.dueOn), l.isOpen() ? tr("out") : isoDay(l.returnedOn),
                     QString::number(daysLate), human(fee)});
    }
    if (m_args.json) {
        printJson(QJsonObject{{QStringLiteral("member"), qint64(member->number)},
                              {QStringLiteral("name"), member->name},
                              {QStringLiteral("asOf"), isoDay(today())},
                              {QStringLiteral("loans"), jsonLoans}});
        return ExitOk;
    }
    if (rows.isEmpty()) {
        printOut(tr("%1 has borrowed nothing yet.\n").arg(describe(*member)));
        return ExitOk;
    }
    printOut(tr("Loans of %1 on %2:\n").arg(describe(*member), isoDay(today())));
    printOut(table({tr("Tag"), tr("Item"), tr("Out"), tr("Due"), tr("Back"), tr("Days late"), tr("Late fee")}, rows, {5, 6}));
    return ExitOk;
}

int Session::toolStats()
{
    auto stats = tools::statistics(m_db);
    if (!stats)
        return fail(stats.error());
    auto used = tools::utilisation(m_db, today().addDays(-364), today());
    if (!used)
        return fail(used.error());
    const QString utilisation = QString::number(*used, 'f', 1);
    QJsonArray jsonRequested;
    QList<QStringList> rows;
    for (const auto &[tag, requests] : std::as_const(stats->mostRequested)) {
        auto item = tools::itemByTag(m_db, tag);
        if (!item)
            return fail(item.error());
        jsonRequested.append(
            QJsonObject{{QStringLiteral("tag"), tag}, {QStringLiteral("name"), item->name}, {QStringLiteral("requests"), requests}});
        rows.append({tag, item->name, QString::number(requests)});
    }
    if (m_args.json) {
        printJson(QJsonObject{
            {QStringLiteral("items"), stats->items},
            {QStringLiteral("loans"), stats->loans},
            {QStringLiteral("avoidedSpending"), plain(stats->avoidedSpending)},
            {QStringLiteral("utilisationPercent"), utilisation},
            {QStringLiteral("mostRequested"), jsonRequested},
            {QStringLiteral("neverBorrowed"), QJsonArray::fromStringList(stats->neverBorrowed)},
        });
        return ExitOk;
    }
    printOut(alignedLines({
        {tr("Items (not retired)"), QString::number(stats->items)},
        {tr("Loans so far"), QString::number(stats->loans)},
        {tr("Avoided spending"), human(stats->avoidedSpending)},
        {tr("Utilisation (last 365 days)"), tr("%1 % of item-days on loan").arg(utilisation)},
        {tr("Never borrowed"), stats->neverBorrowed.isEmpty() ? tr("none") : stats->neverBorrowed.join(QStringLiteral(", "))},
    }));
    if (!rows.isEmpty()) {
        printOut(tr("\nMost requested (loans and holds):\n"));
        printOut(table({tr("Tag"), tr("Item"), tr("Requests")}, rows, {2}));
    }
    return ExitOk;
}

int Session::importTools()
{
    return importFile([this](QIODevice &in) { return tools::importItems(m_db, in, now()); }, tr("Added %1 items from %2.\n"));
}

int Session::memberAdd()
{
    if (m_args.memberNumber) {
        if (auto taken = members::byNumber(m_db, *m_args.memberNumber); taken)
            return fail(Error::make(ErrorCode::InvalidArgument,
                                    tr("Member number %1 is already taken by %2; nothing was added. Leave out --number to get the next free one.")
                                        .arg(*m_args.memberNumber)
                                        .arg(taken->name)),
                        ExitDataError);
    }
    NewMember request;
    request.name = m_args.memberName;
    request.number = m_args.memberNumber;
    request.contact = m_args.contact;
    request.joinedOn = m_args.joinedOn.value_or(today());
    request.pin = m_pin.text();
    auto added = members::add(m_db, request, now());
    if (!added)
        return failRefused(added.error());
    printOut(QStringLiteral("%1\n").arg(added->number));
    return ExitOk;
}

int Session::memberList()
{
    if (auto s = settle(); !s)
        return fail(s.error());
    auto all = members::list(m_db);
    if (!all)
        return fail(all.error());
    auto balances = ledger::balances(m_db);
    if (!balances)
        return fail(balances.error());
    QHash<std::int64_t, std::int64_t> balanceOf;
    for (const AccountBalance &b : std::as_const(*balances))
        balanceOf.insert(b.number, b.balance);

    QJsonArray jsonMembers;
    QList<QStringList> rows;
    for (const Member &m : std::as_const(*all)) {
        auto line = ledger::creditLine(m_db, m);
        if (!line)
            return fail(line.error());
        const std::int64_t balance = balanceOf.value(m.number);
        const std::int64_t available = std::max<std::int64_t>(balance + line->total(), 0);
        jsonMembers.append(QJsonObject{
            {QStringLiteral("number"), qint64(m.number)},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("status"), Member::statusName(m.status)},
            {QStringLiteral("balance"), plain(balance)},
            {QStringLiteral("creditLine"), plain(line->total())},
            {QStringLiteral("available"), plain(available)},
            {QStringLiteral("pinSet"), m.hasPin},
        });
        rows.append({QString::number(m.number), m.name, Member::statusName(m.status), human(balance), human(line->total())});
    }
    return printListing(m_args.json, QStringLiteral("members"), jsonMembers, tr("No members yet; add one with 'mycelium-cli member add NAME'.\n"),
                        {tr("No."), tr("Name"), tr("Status"), tr("Balance"), tr("Credit line")}, rows, {0, 3, 4});
}

int Session::memberShow()
{
    auto member = existingMember(m_args.member);
    if (!member)
        return fail(member.error());
    if (auto s = settle(); !s)
        return fail(s.error());
    auto balance = ledger::balance(m_db, member->number);
    if (!balance)
        return fail(balance.error());
    auto line = ledger::creditLine(m_db, *member);
    if (!line)
        return fail(line.error());
    const std::int64_t available = std::max<std::int64_t>(*balance + line->total(), 0);

    if (m_args.json) {
        printJson(QJsonObject{
            {QStringLiteral("number"), qint64(member->number)},
            {QStringLiteral("name"), member->name},
            {QStringLiteral("contact"), member->contact},
            {QStringLiteral("joinedOn"), jsonDay(member->joinedOn)},
            {QStringLiteral("status"), Member::statusName(member->status)},
            {QStringLiteral("pinSet"), member->hasPin},
            {QStringLiteral("balance"), plain(*balance)},
            {QStringLiteral("creditLine"), plain(line->total())},
            {QStringLiteral("creditLineStarter"), plain(line->starter)},
            {QStringLiteral("creditLineExtension"), plain(line->extension)},
            {QStringLiteral("available"), plain(available)},
        });
        return ExitOk;
    }
    printOut(alignedLines({
        {tr("Number"), QString::number(member->number)},
        {tr("Name"), member->name},
        {tr("Contact"), member->contact.isEmpty() ? tr("(none)") : member->contact},
        {tr("Joined"), isoDay(member->joinedOn)},
        {tr("Status"), Member::statusName(member->status)},
        {tr("PIN"), member->hasPin ? tr("set") : tr("not set (a coordinator confirms the trades)")},
        {tr("Balance"), human(*balance)},
        {tr("Credit line"), tr("%1 (starter line %2 + extension %3)").arg(human(line->total()), human(line->starter), human(line->extension))},
        {tr("Available"), human(available)},
    }));
    return ExitOk;
}

int Session::memberEdit()
{
    auto member = existingMember(m_args.member);
    if (!member)
        return fail(member.error());
    auto edited = members::update(m_db, member->number, m_args.newName.value_or(member->name), m_args.newContact.value_or(member->contact), now());
    if (!edited)
        return failRefused(edited.error());
    if (edited->name == member->name && edited->contact == member->contact) {
        printOut(tr("%1 already has that name and contact; nothing changed.\n").arg(describe(*member)));
        return ExitOk;
    }
    printOut(tr("%1 is saved: name %2, contact %3.\n")
                 .arg(describe(*member), edited->name, edited->contact.isEmpty() ? tr("(none)") : edited->contact));
    return ExitOk;
}

int Session::memberStatus(Member::Status status)
{
    auto member = existingMember(m_args.member);
    if (!member)
        return fail(member.error());
    const QString statusName = Member::statusName(status);
    if (member->status == status) {
        printOut(tr("%1 is already %2; nothing changed.\n").arg(describe(*member), statusName));
        return ExitOk;
    }
    if (auto s = members::setStatus(m_db, member->number, status, m_args.reason, now()); !s)
        return failRefused(s.error());
    printOut(tr("%1 is now %2.\n").arg(describe(*member), statusName));
    return ExitOk;
}

int Session::memberPin()
{
    auto member = existingMember(m_args.member);
    if (!member)
        return fail(member.error());
    if (m_args.removePin && !member->hasPin) {
        printOut(tr("%1 has no PIN; nothing changed.\n").arg(describe(*member)));
        return ExitOk;
    }
    if (auto s = members::setPin(m_db, member->number, m_args.removePin ? QString() : m_pin.text(), now()); !s)
        return failRefused(s.error());
    if (m_args.removePin)
        printOut(tr("The PIN of %1 was removed; a coordinator confirms the trades.\n").arg(describe(*member)));
    else
        printOut((member->hasPin ? tr("The PIN of %1 was changed.\n") : tr("The PIN of %1 was set.\n")).arg(describe(*member)));
    return ExitOk;
}

int Session::trade()
{
    const QString nothing = tr("Nothing was recorded.");
    QString payerName = commonsFundName();
    for (const std::int64_t number : {m_args.payer, m_args.payee}) {
        if (number == kCommonsFund)
            continue;
        auto member = existingMember(number);
        if (!member)
            return fail(member.error());
        if (number == m_args.payer)
            payerName = describe(*member);
    }

    TradeRequest request;
    request.payer = m_args.payer;
    request.payee = m_args.payee;
    request.amount = m_args.amount;
    request.memo = m_args.memo;
    request.category = m_args.category;
    request.date = m_args.date.value_or(today());
    request.recordedBy = kRecordedBy;
    request.confirmation = TradeRequest::Confirmation::Coordinator;
    if (!m_args.pinFile.isEmpty()) {
        if (m_args.payer == kCommonsFund)
            return fail(usage(tr("The commons fund has no PIN; record its payments without --pin-file. %1").arg(nothing)));
        // No wrong-PIN pause here (see PinAttempts): a run checks one PIN,
        // for someone who holds the passphrase and could confirm as the
        // coordinator without it.
        if (auto s = members::checkPin(m_db, m_args.payer, m_pin.text()); !s) {
            if (s.error().code == ErrorCode::WrongPassphrase)
                return fail(Error::make(ErrorCode::WrongPassphrase,
                                        tr("The PIN in %1 does not confirm for %2: %3 %4").arg(m_args.pinFile, payerName, s.error().message, nothing)));
            return fail(s.error());
        }
        request.confirmation = TradeRequest::Confirmation::Pin;
    }

    auto recorded = m_args.impacts.isEmpty() ? ledger::recordTrade(m_db, request, now())
                                             : recordTradeWithImpacts(m_db, request, m_args.impacts, now());
    if (!recorded)
        return failNothingRecorded(recorded.error());
    printOut(QStringLiteral("%1\n").arg(recorded->id));
    return ExitOk;
}

int Session::reverse()
{
    if (auto original = existingTrade(m_args.tradeId); !original)
        return fail(original.error());
    auto reversal = ledger::reverse(m_db, m_args.tradeId, kRecordedBy, m_args.date.value_or(QDate()), now());
    if (!reversal)
        return failNothingRecorded(reversal.error());
    printOut(QStringLiteral("%1\n").arg(reversal->id));
    return ExitOk;
}

int Session::balance()
{
    QDate asOf = today();
    Result<QList<AccountBalance>> balances = QList<AccountBalance>();
    if (m_args.at) {
        if (*m_args.at > today())
            return fail(usage(tr("The option --at asks for the balances at the end of %1, which is after today (%2).")
                                  .arg(isoDay(*m_args.at), isoDay(today()))));
        asOf = *m_args.at;
        balances = ledger::balancesAt(m_db, asOf, now());
    } else {
        if (auto s = settle(); !s)
            return fail(s.error());
        balances = ledger::balances(m_db);
    }
    if (!balances)
        return fail(balances.error());

    Money total;
    QJsonArray accounts;
    QList<QStringList> rows;
    for (const AccountBalance &b : std::as_const(*balances)) {
        const QString name = b.number == kCommonsFund ? commonsFundName() : b.name;
        accounts.append(QJsonObject{
            {QStringLiteral("number"), qint64(b.number)},
            {QStringLiteral("name"), name},
            {QStringLiteral("balance"), plain(b.balance)},
        });
        rows.append({QString::number(b.number), name, human(b.balance)});
        auto sum = total.plus(Money::fromMinor(b.balance));
        if (!sum)
            return fail(Error::make(ErrorCode::IntegrityViolation, sum.error().message));
        total = *sum;
    }
    if (m_args.json) {
        printJson(QJsonObject{
            {QStringLiteral("asOf"), isoDay(asOf)},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("total"), total.toPlainString()},
        });
        return ExitOk;
    }
    rows.append({QString(), tr("Total (always zero)"), human(total.minor())});
    printOut(m_args.at ? tr("Balances at the end of %1:\n").arg(isoDay(asOf)) : tr("Balances on %1:\n").arg(isoDay(asOf)));
    printOut(table({tr("No."), tr("Account"), tr("Balance")}, rows, {0, 2}));
    return ExitOk;
}

int Session::statement()
{
    QString name = commonsFundName();
    if (m_args.member != kCommonsFund) {
        auto member = existingMember(m_args.member);
        if (!member)
            return fail(member.error());
        name = member->name;
    }
    if (auto s = settle(); !s)
        return fail(s.error());
    const QDate from = m_args.from.value_or(QDate());
    const QDate to = m_args.to.value_or(QDate());
    auto lines = ledger::statement(m_db, m_args.member, from, to);
    if (!lines)
        return fail(lines.error());

    if (m_args.json) {
        QJsonArray jsonLines;
        for (const ledger::StatementLine &l : std::as_const(*lines)) {
            jsonLines.append(QJsonObject{
                {QStringLiteral("date"), jsonDay(l.date)},
                {QStringLiteral("kind"), statementKindName(l.kind)},
                {QStringLiteral("tradeId"), l.tradeId ? QJsonValue(qint64(l.tradeId)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("counterparty"), qint64(l.counterparty)},
                {QStringLiteral("counterpartyName"), l.counterparty == kCommonsFund ? commonsFundName() : l.counterpartyName},
                {QStringLiteral("memo"), l.memo},
                {QStringLiteral("amount"), plain(l.amount)},
                {QStringLiteral("balance"), plain(l.balanceAfter)},
            });
        }
        printJson(QJsonObject{
            {QStringLiteral("number"), qint64(m_args.member)},
            {QStringLiteral("name"), name},
            {QStringLiteral("from"), jsonDay(from)},
            {QStringLiteral("to"), jsonDay(to)},
            {QStringLiteral("lines"), jsonLines},
        });
        return ExitOk;
    }

    const QString title = m_args.member == kCommonsFund ? name : tr("%1 (member %2)").arg(name).arg(m_args.member);
    printOut(tr("Statement of %1, %2 to %3:\n")
                 .arg(title, from.isValid() ? tr("from %1").arg(isoDay(from)) : tr("from the beginning"),
                      to.isValid() ? isoDay(to) : tr("today")));
    if (lines->isEmpty()) {
        printOut(tr("No trades in this period.\n"));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ledger::StatementLine &l : std::as_const(*lines)) {
        const QString counterparty = l.counterparty == kCommonsFund ? commonsFundName() : tr("%1 (%2)").arg(l.counterpartyName).arg(l.counterparty);
        QString memo = l.memo;
        memo.replace(QLatin1Char('\n'), QLatin1Char(' '));
        rows.append({isoDay(l.date), l.tradeId ? QString::number(l.tradeId) : QStringLiteral("-"), counterparty, memo, human(l.amount),
                     human(l.balanceAfter)});
    }
    printOut(table({tr("Date"), tr("Trade"), tr("With"), tr("Memo"), tr("Amount"), tr("Balance")}, rows, {1, 4, 5}));
    return ExitOk;
}

int Session::demurrageRate()
{
    auto schedule = ledger::demurrageSchedule(m_db);
    if (!schedule)
        return fail(schedule.error());
    DemurrageRate rate;
    rate.effectiveFrom = m_args.rateFrom;
    rate.ppmPerDay = m_args.ppmPerDay;
    rate.exemptMinor = m_args.exemptMinor.value_or(schedule->rateOn(m_args.rateFrom).exemptMinor);
    if (auto s = ledger::setDemurrageRate(m_db, rate, now()); !s)
        return failRefused(s.error());
    printOut(tr("From %1 balances above %2 credits pay %3 parts per million per day of the excess to the commons fund.\n")
                 .arg(isoDay(rate.effectiveFrom), human(rate.exemptMinor))
                 .arg(rate.ppmPerDay));
    return ExitOk;
}

int Session::demurrageShow()
{
    auto schedule = ledger::demurrageSchedule(m_db);
    if (!schedule)
        return fail(schedule.error());
    QList<DemurrageRate> rates = schedule->rates();
    rates.prepend(DemurrageSchedule::defaultRate());
    if (m_args.json) {
        QJsonArray jsonRates;
        for (const DemurrageRate &r : std::as_const(rates)) {
            jsonRates.append(QJsonObject{
                {QStringLiteral("from"), jsonDay(r.effectiveFrom)},
                {QStringLiteral("ppmPerDay"), qint64(r.ppmPerDay)},
                {QStringLiteral("exempt"), plain(r.exemptMinor)},
            });
        }
        printJson(QJsonObject{{QStringLiteral("rates"), jsonRates}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const DemurrageRate &r : std::as_const(rates))
        rows.append({r.effectiveFrom.isValid() ? isoDay(r.effectiveFrom) : tr("(default)"), QString::number(r.ppmPerDay), human(r.exemptMinor)});
    printOut(table({tr("From"), tr("ppm per day"), tr("Exempt up to")}, rows, {1, 2}));
    const DemurrageRate current = schedule->rateOn(today());
    printOut(tr("In force today (%1): %2 ppm per day on balances above %3 credits.\n")
                 .arg(isoDay(today()))
                 .arg(current.ppmPerDay)
                 .arg(human(current.exemptMinor)));
    return ExitOk;
}

int Session::exportLedger()
{
    if (auto s = settle(); !s)
        return fail(s.error());
    QSaveFile file(m_args.path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::make(ErrorCode::IoError, tr("Cannot write the file %1: %2.").arg(m_args.path, file.errorString())));
    // Names and trades are private: readable by the owner only, like the vault.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto s = exportLedgerJournal(m_db, file); !s) {
        file.cancelWriting();
        return fail(s.error());
    }
    if (!file.commit())
        return fail(Error::make(ErrorCode::IoError, tr("Cannot write the file %1: %2.").arg(m_args.path, file.errorString())));
    printOut(tr("Wrote the ledger journal to %1; read it with: ledger -f %1 balance\n").arg(m_args.path));
    return ExitOk;
}

int Session::exportCsv()
{
    // The CSV export reads the vault as it is: settle first, as for balance.
    if (auto s = settle(); !s)
        return fail(s.error());
    if (auto s = mycelium::exportCsv(m_db, m_args.path); !s)
        return fail(s.error());
    printOut(tr("Wrote members.csv, trades.csv, balances.csv and demurrage.csv into %1.\n").arg(m_args.path));
    return ExitOk;
}

int Session::importMembers()
{
    return importFile([this](QIODevice &in) { return mycelium::importMembers(m_db, in, now()); }, tr("Added %1 members from %2.\n"));
}

int Session::importTrades()
{
    return importFile([this](QIODevice &in) { return mycelium::importTrades(m_db, in, now()); }, tr("Recorded %1 trades from %2.\n"));
}

int Session::demo()
{
    // demo --commons/--skills on a vault with members: their demo data alone.
    if (m_args.demoCommons || m_args.demoSkills) {
        auto existing = members::list(m_db);
        if (!existing)
            return fail(existing.error());
        if (!existing->isEmpty()) {
            if (m_args.demoCommons)
                if (const int code = commonsDemo(m_db, m_clock); code != ExitOk || !m_args.demoSkills)
                    return code;
            return skillsDemo(m_db, m_clock);
        }
    }
    DemoSpec spec;
    spec.members = m_args.demoMembers.value_or(spec.members);
    spec.trades = m_args.demoTrades.value_or(spec.trades);
    spec.years = m_args.demoYears.value_or(spec.years);
    spec.seed = m_args.demoSeed.value_or(spec.seed);
    // Progress only where a person watches; scripts get one line at the end.
    StderrProgress progress("trades");
    const Status generated = generateDemo(m_db, spec, now(), progress.callback());
    progress.finish();
    if (!generated)
        return failRefused(generated.error());
    printOut(tr("Made a demo community: %1 members and %2 trades over %3 up to %4 (seed %5).\n")
                 .arg(spec.members)
                 .arg(spec.trades)
                 .arg(spec.years == 1 ? tr("one year") : tr("%1 years").arg(spec.years))
                 .arg(isoDay(today()))
                 .arg(spec.seed));
    if (m_args.demoCommons)
        if (const int code = commonsDemo(m_db, m_clock); code != ExitOk)
            return code;
    return m_args.demoSkills ? skillsDemo(m_db, m_clock) : ExitOk;
}

// Permille as a ratio with two decimals, for people: 420 is "0.42".
QString ratioText(std::int64_t permille)
{
    return QLocale().toString(double(permille) / 1000.0, 'f', 2);
}

int Session::signalsReport()
{
    if (auto s = settle(); !s)
        return fail(s.error());
    auto report = ledger::signals(m_db, today());
    if (!report)
        return fail(report.error());
    const LedgerSignals &s = *report;
    const QDate acceptFrom = today().addDays(1);

    if (m_args.json) {
        QJsonArray months;
        for (const MonthActivity &m : s.months) {
            months.append(QJsonObject{
                {QStringLiteral("month"), QDate(m.year, m.month, 1).toString(QStringLiteral("yyyy-MM"))},
                {QStringLiteral("trades"), qint64(m.trades)},
                {QStringLiteral("volume"), plain(m.volume)},
                {QStringLiteral("circulation"), plain(m.circulation)},
                {QStringLiteral("velocityPermille"), qint64(m.velocityPermille)},
            });
        }
        const QJsonValue null(QJsonValue::Null);
        printJson(QJsonObject{
            {QStringLiteral("asOf"), isoDay(today())},
            {QStringLiteral("circulation"), plain(s.circulation)},
            {QStringLiteral("commonsFund"), plain(s.commonsFund)},
            {QStringLiteral("activeMembers"), s.activeMembers},
            {QStringLiteral("nearFloor"), s.nearFloor},
            {QStringLiteral("nearCeiling"), s.nearCeiling},
            {QStringLiteral("ceiling"), s.ceiling ? QJsonValue(plain(*s.ceiling)) : null},
            {QStringLiteral("velocityPermille"), qint64(s.velocityPermille)},
            {QStringLiteral("target"),
             s.targetLow && s.targetHigh ? QJsonValue(QJsonObject{{QStringLiteral("low"), plain(*s.targetLow)}, {QStringLiteral("high"), plain(*s.targetHigh)}})
                                         : null},
            {QStringLiteral("months"), months},
            {QStringLiteral("scheduledRate"), s.scheduledRate ? QJsonValue(QJsonObject{
                                                                    {QStringLiteral("from"), isoDay(s.scheduledRate->effectiveFrom)},
                                                                    {QStringLiteral("ppmPerDay"), qint64(s.scheduledRate->ppmPerDay)},
                                                                    {QStringLiteral("exempt"), plain(s.scheduledRate->exemptMinor)},
                                                                })
                                                              : null},
            {QStringLiteral("suggestion"), s.suggestion ? QJsonValue(QJsonObject{
                                                              {QStringLiteral("currentPpm"), qint64(s.suggestion->currentPpm)},
                                                              {QStringLiteral("suggestedPpm"), qint64(s.suggestion->suggestedPpm)},
                                                              {QStringLiteral("from"), isoDay(acceptFrom)},
                                                              {QStringLiteral("reason"), s.suggestion->reason},
                                                          })
                                                        : null},
        });
        return ExitOk;
    }

    const auto share = [&s](int count) {
        return s.activeMembers > 0 ? tr("%1 of %2 active members (%3 %)").arg(count).arg(s.activeMembers).arg((count * 200 + s.activeMembers) / (2 * s.activeMembers))
                                   : tr("no active members");
    };
    QString target = tr("not set");
    if (s.targetLow && s.targetHigh) {
        const QString where = s.circulation < *s.targetLow ? tr("circulation is below it")
            : s.circulation > *s.targetHigh                ? tr("circulation is above it")
                                                           : tr("circulation is within it");
        target = tr("%1 to %2 (%3)").arg(human(*s.targetLow), human(*s.targetHigh), where);
    }
    printOut(tr("Signals on %1:\n").arg(isoDay(today())));
    printOut(alignedLines({
        {tr("Money in circulation"), human(s.circulation)},
        {tr("Commons fund"), human(s.commonsFund)},
        {tr("Near their credit floor"), share(s.nearFloor)},
        {tr("Near the ceiling"), s.ceiling ? share(s.nearCeiling) : tr("no ceiling set")},
        {tr("Velocity last month"), ratioText(s.velocityPermille)},
        {tr("Circulation target"), target},
    }));
    QList<QStringList> rows;
    for (const MonthActivity &m : s.months)
        rows.append({QDate(m.year, m.month, 1).toString(QStringLiteral("yyyy-MM")), QString::number(m.trades), human(m.volume), human(m.circulation),
                     ratioText(m.velocityPermille)});
    printOut(QStringLiteral("\n"));
    printOut(table({tr("Month"), tr("Trades"), tr("Volume"), tr("Circulation"), tr("Velocity")}, rows, {1, 2, 3, 4}));
    if (s.scheduledRate)
        printOut(tr("\nScheduled: from %1 the demurrage rate is %2 ppm a day; no new rate is suggested until then.\n")
                     .arg(isoDay(s.scheduledRate->effectiveFrom))
                     .arg(s.scheduledRate->ppmPerDay));
    if (s.suggestion)
        printOut(tr("\nSuggestion: %1 the demurrage rate from %2 to %3 ppm a day. %4\n"
                    "Nothing changes by itself. To accept it: mycelium-cli demurrage rate --ppm %3 --from %5\n")
                     .arg(s.suggestion->suggestedPpm > s.suggestion->currentPpm ? tr("raise") : tr("lower"))
                     .arg(s.suggestion->currentPpm)
                     .arg(s.suggestion->suggestedPpm)
                     .arg(s.suggestion->reason, isoDay(acceptFrom)));
    return ExitOk;
}

int Session::circulationTarget()
{
    if (auto s = ledger::setCirculationTarget(m_db, m_args.targetLow, m_args.targetHigh, now()); !s)
        return failRefused(s.error());
    if (m_args.removeTarget)
        printOut(tr("The circulation target is removed; signals will suggest no demurrage rate.\n"));
    else
        printOut(tr("The target for money in circulation is now %1 to %2 credits.\n").arg(human(*m_args.targetLow), human(*m_args.targetHigh)));
    return ExitOk;
}

} // namespace

bool isLedgerCommand(CliArguments::Command command)
{
    switch (command) {
    case Command::MemberAdd:
    case Command::MemberList:
    case Command::MemberShow:
    case Command::MemberEdit:
    case Command::MemberSuspend:
    case Command::MemberReinstate:
    case Command::MemberLeave:
    case Command::MemberPin:
    case Command::Trade:
    case Command::Reverse:
    case Command::Balance:
    case Command::Statement:
    case Command::DemurrageRate:
    case Command::DemurrageShow:
    case Command::ExportLedger:
    case Command::ExportCsv:
    case Command::ImportMembers:
    case Command::ImportTrades:
    case Command::ImportTools:
    case Command::Demo:
    case Command::Signals:
    case Command::CirculationTarget:
    case Command::ToolAdd:
    case Command::ToolList:
    case Command::ToolShow:
    case Command::ToolCheckout:
    case Command::ToolReturn:
    case Command::ToolRenew:
    case Command::ToolHold:
    case Command::ToolOverdue:
    case Command::ToolMaintenance:
    case Command::ToolLabels:
    case Command::ToolTrain:
    case Command::ToolHoldDays:
    case Command::ToolLoans:
    case Command::ToolStats:
    case Command::ToolLost:
    case Command::ToolReserve:
    case Command::ToolUnreserve:
    case Command::ToolComponents:
    case Command::ToolPhoto:
        return true;
    default:
        return isCommonsCommand(command) || isSkillsCommand(command) || isTrustCommand(command);
    }
}

Result<LedgerCommand> LedgerCommand::prepare(const CliArguments &args)
{
    LedgerCommand command(args);
    if (!args.pinFile.isEmpty()) {
        auto pin = readPinFile(args.pinFile);
        if (!pin)
            return pin.error();
        command.m_pin = std::move(*pin);
    }
    return command;
}

int LedgerCommand::run(Vault &vault, const Clock &clock)
{
    Session session(m_args, m_pin, vault, clock);
    switch (m_args.command) {
    case Command::MemberAdd:
        return session.memberAdd();
    case Command::MemberList:
        return session.memberList();
    case Command::MemberShow:
        return session.memberShow();
    case Command::MemberEdit:
        return session.memberEdit();
    case Command::MemberSuspend:
        return session.memberStatus(Member::Status::Suspended);
    case Command::MemberReinstate:
        return session.memberStatus(Member::Status::Active);
    case Command::MemberLeave:
        return session.memberStatus(Member::Status::Left);
    case Command::MemberPin:
        return session.memberPin();
    case Command::Trade:
        return session.trade();
    case Command::Reverse:
        return session.reverse();
    case Command::Balance:
        return session.balance();
    case Command::Statement:
        return session.statement();
    case Command::DemurrageRate:
        return session.demurrageRate();
    case Command::DemurrageShow:
        return session.demurrageShow();
    case Command::ExportLedger:
        return session.exportLedger();
    case Command::ExportCsv:
        return session.exportCsv();
    case Command::ImportMembers:
        return session.importMembers();
    case Command::ImportTrades:
        return session.importTrades();
    case Command::Demo:
        return session.demo();
    case Command::Signals:
        return session.signalsReport();
    case Command::CirculationTarget:
        return session.circulationTarget();
    case Command::ToolAdd:
        return session.toolAdd();
    case Command::ToolList:
        return session.toolList();
    case Command::ToolShow:
        return session.toolShow();
    case Command::ToolCheckout:
        return session.toolCheckout();
    case Command::ToolReturn:
        return session.toolReturn();
    case Command::ToolRenew:
        return session.toolRenew();
    case Command::ToolHold:
        return session.toolHold();
    case Command::ToolOverdue:
        return session.toolOverdue();
    case Command::ToolMaintenance:
        return session.toolMaintenance();
    case Command::ToolLabels:
        return session.toolLabels();
    case Command::ToolTrain:
        return session.toolTrain();
    case Command::ToolHoldDays:
        return session.toolHoldDays();
    case Command::ToolLoans:
        return session.toolLoans();
    case Command::ToolStats:
        return session.toolStats();
    case Command::ToolLost:
        return session.toolLost();
    case Command::ToolReserve:
        return session.toolReserve();
    case Command::ToolUnreserve:
        return session.toolUnreserve();
    case Command::ToolComponents:
        return session.toolComponents();
    case Command::ToolPhoto:
        return session.toolPhoto();
    case Command::ImportTools:
        return session.importTools();
    default:
        if (isCommonsCommand(m_args.command))
            return runCommonsCommand(m_args, vault, clock);
        if (isSkillsCommand(m_args.command))
            return runSkillsCommand(m_args, vault, clock);
        if (isTrustCommand(m_args.command))
            return runTrustCommand(m_args, vault, clock);
        break;
    }
    return fail(Error::make(ErrorCode::InvalidArgument, tr("Not a ledger command.")), ExitFailure);
}

} // namespace mycelium::cli
