// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledgerexport.h"
#include "ledger/money.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::ledgerexport", text);
}

QString amountText(std::int64_t minor)
{
    return Money::fromMinor(minor).toPlainString() + QStringLiteral(" CR");
}

// Characters that mean something to ledger-cli in an account name or payee
// line: ':' separates sub-accounts, ';' starts a note, brackets and parens
// mark virtual postings, and two spaces end the account name.
QString clean(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[')
            || c == QLatin1Char(']') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char('-');
    }
    return text.simplified();
}

} // namespace

QString ledgerAccountName(std::int64_t memberNumber, const QString &name)
{
    if (memberNumber == 0)
        return QStringLiteral("Commons fund");
    return QStringLiteral("Members:%1 %2").arg(memberNumber, 4, 10, QLatin1Char('0')).arg(clean(name));
}

Status exportLedgerJournal(Database &db, QIODevice &out)
{
    QHash<std::int64_t, QString> accountNames;
    {
        auto accounts = db.prepare(QStringLiteral("SELECT a.id, coalesce(m.number, 0), coalesce(m.name, '') FROM account a "
                                                  "LEFT JOIN member m ON m.id = a.member_id"));
        if (!accounts)
            return accounts.error();
        while (accounts->next())
            accountNames.insert(accounts->int64(0), ledgerAccountName(accounts->int64(1), accounts->text(2)));
    }

    // One transaction per journal entry that moves credit, in journal order;
    // the paying posting first.
    // A demurrage charge is dated by the last day it covers, as in statements,
    // so that `ledger --end DATE` agrees with balances at a date.
    auto entries = db.prepare(QStringLiteral(
        "SELECT j.seq, j.kind, coalesce(t.trade_date, d.last_day, substr(j.at, 1, 10)), t.id, t.memo, p.account, p.amount "
        "FROM journal j JOIN posting p ON p.journal_seq = j.seq LEFT JOIN trade t ON t.journal_seq = j.seq "
        "LEFT JOIN demurrage_charge d ON d.journal_seq = j.seq "
        "ORDER BY j.seq, p.amount"));
    if (!entries)
        return entries.error();
    QByteArray text = QByteArrayLiteral("; Written by Mycelium. Amounts in credits (CR); read with: ledger -f FILE balance\n");
    std::int64_t currentSeq = -1;
    while (entries->next()) {
        const std::int64_t seq = entries->int64(0);
        if (seq != currentSeq) {
            currentSeq = seq;
            const QString kind = entries->text(1);
            QString payee;
            if (kind == QLatin1String("trade"))
                payee = tr("Trade %1").arg(entries->int64(3));
            else if (kind == QLatin1String("reversal"))
                payee = tr("Reversal, trade %1").arg(entries->int64(3));
            else if (kind == QLatin1String("demurrage"))
                payee = tr("Demurrage");
            else
                payee = clean(kind);
            const QString memo = clean(entries->text(4));
            text += QStringLiteral("\n%1 * %2%3\n    ; journal: %4\n")
                        .arg(entries->text(2), payee, memo.isEmpty() ? QString() : QStringLiteral(": ") + memo)
                        .arg(seq)
                        .toUtf8();
        }
        text += QStringLiteral("    %1  %2\n").arg(accountNames.value(entries->int64(5)), -40).arg(amountText(entries->int64(6)), 16).toUtf8();
    }
    if (entries->error())
        return *entries->error();
    if (out.write(text) != text.size())
        return Error::make(ErrorCode::IoError, tr("Writing the ledger journal failed: %1.").arg(out.errorString()));
    return {};
}

} // namespace mycelium
