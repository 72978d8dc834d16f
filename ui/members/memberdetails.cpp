// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/memberdetails.h"
#include "ledger/ledgerbinding.h"

#include "ledger/ledger.h"
#include "members/memberlistmodel.h"
#include "members/members.h"

namespace mycelium {

MemberDetails::MemberDetails(QObject *parent)
    : QObject(parent)
{
}

void MemberDetails::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::ledgerChanged, this, &MemberDetails::reload);
        connect(controller, &LedgerController::tradesRecorded, this, [this](const QList<qint64> &members) {
            if (members.contains(m_number))
                reload();
        });
    }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void MemberDetails::setNumber(qint64 number)
{
    if (number == m_number)
        return;
    m_number = number;
    reload();
    Q_EMIT numberChanged();
}

void MemberDetails::reload()
{
    m_exists = false;
    m_error.clear();
    m_name.clear();
    m_contact.clear();
    m_joinedOnText.clear();
    m_status.clear();
    m_hasPin = false;
    m_balance = m_starter = m_extension = m_held = 0;
    m_reduced = false;
    m_sanctionRefusal.clear();

    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db && m_number > 0) {
        auto member = members::byNumber(*db, m_number);
        auto balance = ledger::balance(*db, m_number);
        auto line = member ? ledger::creditLine(*db, *member) : Result<CreditLine>(member.error());
        auto held = ledger::heldCredit(*db, m_number);
        if (!member) {
            m_error = member.error().message;
        } else if (!balance) {
            m_error = balance.error().message;
        } else if (!line) {
            m_error = line.error().message;
        } else if (!held) {
            m_error = held.error().message;
        } else {
            m_exists = true;
            m_name = member->name;
            m_contact = member->contact;
            m_joinedOnText = m_ledger->formatDate(member->joinedOn);
            m_status = Member::statusName(member->status);
            m_hasPin = member->hasPin;
            m_balance = *balance;
            m_starter = line->starter;
            m_extension = line->extension;
            m_reduced = line->reduced;
            if (member->status == Member::Status::Active && !member->mayTrade())
                m_sanctionRefusal = member->whyNotTrading();
            m_held = *held;
        }
    }
    Q_EMIT changed();
}

QString MemberDetails::money(qint64 minor) const
{
    return m_ledger ? m_ledger->formatMoney(minor) : QString();
}

QString MemberDetails::statusText() const
{
    return m_exists ? MemberListModel::statusText(m_status) : QString();
}

QString MemberDetails::balanceText() const
{
    return m_exists ? money(m_balance) : QString();
}

QString MemberDetails::creditLineText() const
{
    return m_exists ? money(line()) : QString();
}

QString MemberDetails::starterLineText() const
{
    return m_exists ? money(m_starter) : QString();
}

QString MemberDetails::extensionText() const
{
    return m_exists ? money(m_extension) : QString();
}

QString MemberDetails::availableText() const
{
    return m_exists ? money(std::max<qint64>(0, m_balance + line() - m_held)) : QString();
}

QString MemberDetails::heldText() const
{
    return m_exists && m_held > 0 ? money(m_held) : QString();
}

QString MemberDetails::creditExplanation() const
{
    if (!m_exists)
        return {};
    const qint64 line = this->line();
    QString text = m_reduced
        ? tr("%1 may go as far as %2 below zero: half of the usual %3, under a reduced-line sanction.").arg(m_name, money(line), money(m_starter + m_extension))
        : m_extension > 0
        ? tr("%1 may go as far as %2 below zero: the starter line of %3 that every member has, plus %4 earned through productive capacity.")
              .arg(m_name, money(line), money(m_starter), money(m_extension))
        : tr("%1 may go as far as %2 below zero: the starter line that every member has. Productive capacity adds no extension yet.")
              .arg(m_name, money(line));
    text += QLatin1Char(' ');
    if (suspended())
        text += tr("While suspended, %1 cannot trade at all.").arg(m_name);
    else if (!active())
        text += tr("%1 has left the community and cannot trade.").arg(m_name);
    else if (!m_sanctionRefusal.isEmpty())
        text += m_sanctionRefusal;
    else if (m_balance + line - m_held <= 0)
        text += tr("The whole line is in use: %1 has to earn credits before spending more.").arg(m_name);
    else if (m_held > 0)
        text += tr("With a balance of %1 and %2 held for tool deposits, %3 can spend up to %4 now.")
                    .arg(money(m_balance), money(m_held), m_name, money(m_balance + line - m_held));
    else
        text += tr("With a balance of %1, %2 can spend up to %3 now.").arg(money(m_balance), m_name, money(m_balance + line));
    return text;
}

} // namespace mycelium
