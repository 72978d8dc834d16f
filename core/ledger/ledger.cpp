// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"
#include "ledger/journal.h"
#include "storage/database.h"
#include "vault/integrity.h"

#include <QCoreApplication>
#include <QLocale>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::ledger", text);
}

QString credits(std::int64_t minor)
{
    // Display only; amounts themselves never leave integer minor units.
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const std::uint64_t magnitude = minor < 0 ? std::uint64_t(0) - std::uint64_t(minor) : std::uint64_t(minor);
    return QStringLiteral("%1%2.%3").arg(sign).arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString confirmationName(TradeRequest::Confirmation c)
{
    switch (c) {
    case TradeRequest::Confirmation::None:
        return QStringLiteral("none");
    case TradeRequest::Confirmation::Pin:
        return QStringLiteral("pin");
    case TradeRequest::Confirmation::Coordinator:
        return QStringLiteral("coordinator");
    }
    return {};
}

TradeRequest::Confirmation confirmationFromName(const QString &name)
{
    if (name == QLatin1String("pin"))
        return TradeRequest::Confirmation::Pin;
    if (name == QLatin1String("coordinator"))
        return TradeRequest::Confirmation::Coordinator;
    return TradeRequest::Confirmation::None;
}

QByteArray tradeBody(const Trade &t)
{
    return CanonicalWriter(t.reverses ? QStringLiteral("reversal") : QStringLiteral("trade"))
        .add(t.id)
        .add(t.payer)
        .add(t.payee)
        .add(t.amount)
        .add(t.memo)
        .add(t.category)
        .add(t.date.toString(Qt::ISODate))
        .add(t.recordedBy)
        .add(confirmationName(t.confirmation))
        .add(t.reverses)
        .bytes();
}

struct Party {
    std::int64_t number = 0;
    std::int64_t accountId = 1;
    QString name;
    std::optional<Member> member;
};

Result<Party> party(Database &db, std::int64_t number)
{
    if (number == kCommonsFund)
        return Party{kCommonsFund, 1, tr("the commons fund"), std::nullopt};
    auto member = members::byNumber(db, number);
    if (!member)
        return member.error();
    return Party{number, member->accountId, member->name, *member};
}

Result<std::int64_t> accountBalance(Database &db, std::int64_t accountId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT balance FROM account WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, accountId);
    if (!stmt->next())
        return Error::make(ErrorCode::IntegrityViolation, tr("Account %1 is missing.").arg(accountId));
    return stmt->int64(0);
}

Status requireActive(const Party &p)
{
    if (!p.member || p.member->status == Member::Status::Active)
        return {};
    return Error::make(ErrorCode::InvalidArgument, p.member->status == Member::Status::Suspended
                                                       ? tr("%1 (member %2) is suspended and cannot trade.").arg(p.name).arg(p.number)
                                                       : tr("%1 (member %2) has left the community and cannot trade.").arg(p.name).arg(p.number));
}

Result<Trade> insertTrade(Database &db, Trade t, const Party &payer, const Party &payee, const QDateTime &now)
{
    auto nextId = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM trade"));
    if (!nextId)
        return nextId.error();
    t.id = *nextId;
    auto seq = journal::append(db, now, t.reverses ? QStringLiteral("reversal") : QStringLiteral("trade"), tradeBody(t),
                               {{payer.accountId, -t.amount}, {payee.accountId, t.amount}});
    if (!seq)
        return seq.error();
    t.journalSeq = *seq;
    auto insert = db.prepare(QStringLiteral("INSERT INTO trade (id, journal_seq, payer, payee, amount, memo, category, trade_date, "
                                            "recorded_by, confirmation, reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, t.id)
        .bind(2, t.journalSeq)
        .bind(3, payer.accountId)
        .bind(4, payee.accountId)
        .bind(5, t.amount)
        .bind(6, t.memo)
        .bind(7, t.category)
        .bind(8, t.date.toString(Qt::ISODate))
        .bind(9, t.recordedBy)
        .bind(10, confirmationName(t.confirmation));
    if (t.reverses)
        insert->bind(11, t.reverses);
    else
        insert->bindNull(11);
    if (auto s = insert->exec(); !s)
        return s.error();
    return t;
}

const QString kTradeSelect = QStringLiteral(
    "SELECT t.id, t.journal_seq, coalesce(mp.number, 0), coalesce(mq.number, 0), t.amount, t.memo, t.category, t.trade_date, "
    "t.recorded_by, t.confirmation, coalesce(t.reverses, 0) FROM trade t "
    "JOIN account ap ON ap.id = t.payer LEFT JOIN member mp ON mp.id = ap.member_id "
    "JOIN account aq ON aq.id = t.payee LEFT JOIN member mq ON mq.id = aq.member_id ");

Trade tradeFromRow(const Statement &row)
{
    Trade t;
    t.id = row.int64(0);
    t.journalSeq = row.int64(1);
    t.payer = row.int64(2);
    t.payee = row.int64(3);
    t.amount = row.int64(4);
    t.memo = row.text(5);
    t.category = row.text(6);
    t.date = QDate::fromString(row.text(7), Qt::ISODate);
    t.recordedBy = row.text(8);
    t.confirmation = confirmationFromName(row.text(9));
    t.reverses = row.int64(10);
    return t;
}

} // namespace

namespace ledger {

Result<CreditLine> creditLine(Database &db, const Member &member)
{
    auto starter = db.scalar(QStringLiteral("SELECT value FROM ledger_setting WHERE key = 'starter_line'"));
    if (!starter)
        return starter.error();
    return CreditLine{*starter, std::min(member.creditExtension, kMaximumExtension)};
}

Result<Trade> recordTrade(Database &db, const TradeRequest &request, const QDateTime &now)
{
    if (request.amount <= 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The amount of a trade must be more than zero."));
    if (request.payer == request.payee)
        return Error::make(ErrorCode::InvalidArgument, tr("The payer and the payee are the same."));
    if (!request.date.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("The trade needs a valid date."));

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto payer = party(db, request.payer);
    if (!payer)
        return payer.error();
    auto payee = party(db, request.payee);
    if (!payee)
        return payee.error();
    if (auto s = requireActive(*payer); !s)
        return s.error();
    if (auto s = requireActive(*payee); !s)
        return s.error();

    if (payer->member) {
        auto line = creditLine(db, *payer->member);
        if (!line)
            return line.error();
        auto current = accountBalance(db, payer->accountId);
        if (!current)
            return current.error();
        const std::int64_t available = *current + line->total();
        if (request.amount > available)
            return Error::make(ErrorCode::InvalidArgument,
                               tr("%1 (member %2) can spend at most %3 credits now: balance %4, credit line %5.")
                                   .arg(payer->name)
                                   .arg(payer->number)
                                   .arg(credits(std::max<std::int64_t>(available, 0)), credits(*current), credits(line->total())));
    }

    Trade t;
    t.payer = request.payer;
    t.payee = request.payee;
    t.amount = request.amount;
    t.memo = request.memo.trimmed();
    t.category = request.category.trimmed();
    t.date = request.date;
    t.recordedBy = request.recordedBy;
    t.confirmation = request.confirmation;
    auto recorded = insertTrade(db, t, *payer, *payee, now);
    if (!recorded)
        return recorded.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return recorded;
}

Result<Trade> trade(Database &db, std::int64_t tradeId)
{
    auto stmt = db.prepare(kTradeSelect + QStringLiteral("WHERE t.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, tradeId);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::InvalidArgument, tr("There is no trade %1.").arg(tradeId)));
    return tradeFromRow(*stmt);
}

Result<Trade> reverse(Database &db, std::int64_t tradeId, const QString &recordedBy, const QDate &date, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto original = trade(db, tradeId);
    if (!original)
        return original.error();
    if (original->reverses)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("Trade %1 is itself a reversal (of trade %2); record the trade again instead.").arg(tradeId).arg(original->reverses));
    auto already = db.prepare(QStringLiteral("SELECT id FROM trade WHERE reverses = ?"));
    if (!already)
        return already.error();
    already->bind(1, tradeId);
    if (already->next())
        return Error::make(ErrorCode::InvalidArgument, tr("Trade %1 was already reversed by trade %2.").arg(tradeId).arg(already->int64(0)));

    auto payer = party(db, original->payee);
    auto payee = party(db, original->payer);
    if (!payer)
        return payer.error();
    if (!payee)
        return payee.error();
    Trade t = *original;
    t.payer = original->payee;
    t.payee = original->payer;
    t.memo = tr("Reversal of trade %1").arg(tradeId);
    t.date = date.isValid() ? date : now.date();
    t.recordedBy = recordedBy;
    t.confirmation = TradeRequest::Confirmation::Coordinator;
    t.reverses = tradeId;
    auto recorded = insertTrade(db, t, *payer, *payee, now);
    if (!recorded)
        return recorded.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return recorded;
}

Result<std::int64_t> balance(Database &db, std::int64_t memberNumber)
{
    auto p = party(db, memberNumber);
    if (!p)
        return p.error();
    return accountBalance(db, p->accountId);
}

Result<QList<AccountBalance>> balances(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT coalesce(m.number, 0), m.name, a.balance FROM account a LEFT JOIN member m ON m.id = a.member_id "
                                          "ORDER BY coalesce(m.number, 0)"));
    if (!stmt)
        return stmt.error();
    QList<AccountBalance> result;
    while (stmt->next())
        result.append({stmt->int64(0), stmt->isNull(1) ? tr("Commons fund") : stmt->text(1), stmt->int64(2)});
    if (stmt->error())
        return *stmt->error();
    return result;
}

QList<IntegrityProblem> checkZeroSum(Database &db)
{
    QList<IntegrityProblem> problems;
    const QString id = QStringLiteral("ledger.zero_sum");
    if (auto total = db.scalar(QStringLiteral("SELECT coalesce(sum(balance), 0) FROM account")); !total)
        problems.append({id, total.error().message});
    else if (*total != 0)
        problems.append({id, tr("The balances of all accounts sum to %1 instead of zero.").arg(credits(*total))});
    auto entries = db.prepare(QStringLiteral("SELECT journal_seq, sum(amount) FROM posting GROUP BY journal_seq HAVING sum(amount) <> 0 LIMIT 10"));
    if (entries) {
        while (entries->next())
            problems.append({id, tr("The postings of journal entry %1 sum to %2 instead of zero.").arg(entries->int64(0)).arg(credits(entries->int64(1)))});
    }
    auto cached = db.prepare(QStringLiteral("SELECT a.id, a.balance, coalesce(p.total, 0) FROM account a "
                                            "LEFT JOIN (SELECT account, sum(amount) AS total FROM posting GROUP BY account) p ON p.account = a.id "
                                            "WHERE a.balance <> coalesce(p.total, 0) LIMIT 10"));
    if (cached) {
        while (cached->next())
            problems.append({QStringLiteral("ledger.balances"), tr("Account %1 shows a balance of %2 but its postings add up to %3.")
                                                                    .arg(cached->int64(0))
                                                                    .arg(credits(cached->int64(1)), credits(cached->int64(2)))});
    }
    return problems;
}

QList<IntegrityProblem> checkJournal(Database &db)
{
    QList<IntegrityProblem> problems;
    if (const QString broken = journal::verifyChain(db); !broken.isEmpty())
        problems.append({QStringLiteral("ledger.journal_chain"), broken});
    // Every trade row must say exactly what its journal entry says.
    auto stmt = db.prepare(kTradeSelect.left(kTradeSelect.indexOf(QLatin1String(" FROM trade t")))
                           + QStringLiteral(", j.body FROM trade t JOIN account ap ON ap.id = t.payer LEFT JOIN member mp ON mp.id = ap.member_id "
                                            "JOIN account aq ON aq.id = t.payee LEFT JOIN member mq ON mq.id = aq.member_id "
                                            "LEFT JOIN journal j ON j.seq = t.journal_seq ORDER BY t.id"));
    if (!stmt)
        return problems << IntegrityProblem{QStringLiteral("ledger.trades"), stmt.error().message};
    while (stmt->next()) {
        const Trade t = tradeFromRow(*stmt);
        if (tradeBody(t) != stmt->blob(11)) {
            problems.append({QStringLiteral("ledger.trades"), tr("Trade %1 differs from journal entry %2 that recorded it.").arg(t.id).arg(t.journalSeq)});
            break;
        }
    }
    return problems;
}

} // namespace ledger
} // namespace mycelium
