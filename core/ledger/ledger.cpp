// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"
#include "ledger/journal.h"
#include "ledger/money.h"
#include "storage/database.h"
#include "vault/integrity.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QVariant>

#include <limits>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::ledger", text);
}

QString credits(std::int64_t minor)
{
    return Money::fromMinor(minor).toPlainString();
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
    if (!p.member || p.member->mayTrade())
        return {};
    return Error::make(ErrorCode::InvalidArgument, p.member->whyNotTrading());
}

Result<Trade> insertTrade(Database &db, Trade t, const Party &payer, const Party &payee, const QDateTime &now)
{
    auto nextId = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM trade"));
    if (!nextId)
        return nextId.error();
    t.id = *nextId;
    auto seq = journal::append(db, now, t.reverses ? QStringLiteral("reversal") : QStringLiteral("trade"), tradeBody(t),
                               {{payer.accountId, -t.amount}, {payee.accountId, t.amount}}, t.date);
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

const QString kTradeColumns = QStringLiteral(
    "SELECT t.id, t.journal_seq, coalesce(mp.number, 0), coalesce(mq.number, 0), t.amount, t.memo, t.category, t.trade_date, "
    "t.recorded_by, t.confirmation, coalesce(t.reverses, 0) ");
const QString kTradeNames = QStringLiteral(
    "JOIN account ap ON ap.id = t.payer LEFT JOIN member mp ON mp.id = ap.member_id "
    "JOIN account aq ON aq.id = t.payee LEFT JOIN member mq ON mq.id = aq.member_id ");
const QString kTradeSelect = kTradeColumns + QStringLiteral("FROM trade t ") + kTradeNames;

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

struct Realized {
    QDate through; // last settled day; null for the commons fund
};

Result<QDate> settledThrough(Database &db, std::int64_t accountId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT demurrage_through FROM account WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, accountId);
    if (!stmt->next())
        return Error::make(ErrorCode::IntegrityViolation, tr("Account %1 is missing.").arg(accountId));
    return stmt->isNull(0) ? QDate() : QDate::fromString(stmt->text(0), Qt::ISODate);
}

// Writes the charges for the days after the account's settled day through
// `throughDay` as one journal entry. Runs inside the caller's transaction.
Status realizeAccount(Database &db, std::int64_t accountId, QDate throughDay, const DemurrageSchedule &schedule, const QDateTime &now)
{
    auto through = settledThrough(db, accountId);
    if (!through)
        return through.error();
    if (through->isNull() || *through >= throughDay)
        return {};
    const QDate firstDay = through->addDays(1);
    auto before = accountBalance(db, accountId);
    if (!before)
        return before.error();
    const DemurrageCharge charge = chargeDays(*before, firstDay, throughDay, schedule);
    if (charge.total > 0) {
        const QByteArray body = CanonicalWriter(QStringLiteral("demurrage"))
                                    .add(accountId)
                                    .add(firstDay.toString(Qt::ISODate))
                                    .add(throughDay.toString(Qt::ISODate))
                                    .add(*before)
                                    .add(charge.total)
                                    .bytes();
        // It counts from the day after the last day it covers.
        auto seq = journal::append(db, now, QStringLiteral("demurrage"), body, {{accountId, -charge.total}, {1, charge.total}}, throughDay.addDays(1));
        if (!seq)
            return seq.error();
        auto insert = db.prepare(QStringLiteral("INSERT INTO demurrage_charge (journal_seq, account, first_day, last_day, balance_before, amount) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        if (auto s = insert->bind(1, *seq)
                         .bind(2, accountId)
                         .bind(3, firstDay.toString(Qt::ISODate))
                         .bind(4, throughDay.toString(Qt::ISODate))
                         .bind(5, *before)
                         .bind(6, charge.total)
                         .exec();
            !s)
            return s;
    }
    auto update = db.prepare(QStringLiteral("UPDATE account SET demurrage_through = ? WHERE id = ?"));
    if (!update)
        return update.error();
    return update->bind(1, throughDay.toString(Qt::ISODate)).bind(2, accountId).exec();
}

// A trade dated `date` may touch the account only if that day is not settled.
Status requireOpenDay(Database &db, const Party &p, QDate date)
{
    auto through = settledThrough(db, p.accountId);
    if (!through)
        return through.error();
    if (!through->isNull() && date <= *through)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("A trade for %1 (member %2) cannot be dated %3: demurrage is settled up to %4. Date it %5 or later.")
                               .arg(p.name)
                               .arg(p.number)
                               .arg(date.toString(Qt::ISODate), through->toString(Qt::ISODate), through->addDays(1).toString(Qt::ISODate)));
    return {};
}

// Readies the parties' accounts for a posting dated `date`: the day must be
// open for each, and balances current (demurrage realized through the day
// before) before any limit is checked.
Status readyAccounts(Database &db, std::initializer_list<const Party *> parties, QDate date, const QDateTime &now)
{
    auto schedule = ledger::demurrageSchedule(db);
    if (!schedule)
        return schedule.error();
    for (const Party *p : parties) {
        if (auto s = requireOpenDay(db, *p, date); !s)
            return s;
        if (auto s = realizeAccount(db, p->accountId, date.addDays(-1), *schedule, now); !s)
            return s;
    }
    return {};
}

// Credit held against the account (tool deposits while the tool is out).
Result<std::int64_t> heldOnAccount(Database &db, std::int64_t accountId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM credit_hold WHERE account = ? AND settled_on IS NULL"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, accountId);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("Held credit cannot be summed.")));
    return stmt->int64(0);
}

// What the member can still spend: balance and credit line, less what is held.
struct Spendable {
    std::int64_t balance = 0;
    std::int64_t line = 0;
    std::int64_t held = 0;
    std::int64_t available() const { return balance + line - held; }
};

Result<Spendable> spendable(Database &db, const Party &p)
{
    auto line = ledger::creditLine(db, *p.member);
    if (!line)
        return line.error();
    auto current = accountBalance(db, p.accountId);
    if (!current)
        return current.error();
    auto held = heldOnAccount(db, p.accountId);
    if (!held)
        return held.error();
    return Spendable{*current, line->total(), *held};
}

QString cannotSpend(const Party &p, const Spendable &s)
{
    const QString available = credits(std::max<std::int64_t>(s.available(), 0));
    if (s.held == 0)
        return tr("%1 (member %2) can spend at most %3 credits now: balance %4, credit line %5.")
            .arg(p.name)
            .arg(p.number)
            .arg(available, credits(s.balance), credits(s.line));
    return tr("%1 (member %2) can spend at most %3 credits now: balance %4, credit line %5, %6 held for deposits.")
        .arg(p.name)
        .arg(p.number)
        .arg(available, credits(s.balance), credits(s.line), credits(s.held));
}

} // namespace

namespace ledger {

Result<DemurrageSchedule> demurrageSchedule(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT effective_from, ppm_per_day, exempt FROM demurrage_rate ORDER BY effective_from"));
    if (!stmt)
        return stmt.error();
    DemurrageSchedule schedule;
    while (stmt->next()) {
        if (auto s = schedule.add({QDate::fromString(stmt->text(0), Qt::ISODate), stmt->int64(1), stmt->int64(2)}); !s)
            return Error::make(ErrorCode::IntegrityViolation, s.error().message);
    }
    return schedule;
}

Status setDemurrageRate(Database &db, const DemurrageRate &rate, const QDateTime &now)
{
    if (!rate.effectiveFrom.isValid() || rate.effectiveFrom < now.date())
        return Error::make(ErrorCode::InvalidArgument,
                           tr("A new demurrage rate takes effect today (%1) or later, not on days already past.").arg(now.date().toString(Qt::ISODate)));
    DemurrageSchedule check;
    if (auto s = check.add(rate); !s)
        return s;
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto insert = db.prepare(QStringLiteral("INSERT OR REPLACE INTO demurrage_rate (effective_from, ppm_per_day, exempt) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, rate.effectiveFrom.toString(Qt::ISODate)).bind(2, rate.ppmPerDay).bind(3, rate.exemptMinor).exec(); !s)
        return s;
    const QByteArray body = CanonicalWriter(QStringLiteral("demurrage_rate"))
                                .add(rate.effectiveFrom.toString(Qt::ISODate))
                                .add(rate.ppmPerDay)
                                .add(rate.exemptMinor)
                                .bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("demurrage_rate"), body, {}); !seq)
        return seq.error();
    return tx.commit();
}

Status settleDemurrage(Database &db, QDate throughDay, const QDateTime &now)
{
    auto schedule = demurrageSchedule(db);
    if (!schedule)
        return schedule.error();
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto accounts = db.prepare(QStringLiteral("SELECT id FROM account WHERE demurrage_through < ? ORDER BY id"));
    if (!accounts)
        return accounts.error();
    accounts->bind(1, throughDay.toString(Qt::ISODate));
    QList<std::int64_t> due;
    while (accounts->next())
        due.append(accounts->int64(0));
    for (std::int64_t id : std::as_const(due)) {
        if (auto s = realizeAccount(db, id, throughDay, *schedule, now); !s)
            return s;
    }
    return tx.commit();
}

QList<IntegrityProblem> checkDemurrage(Database &db)
{
    QList<IntegrityProblem> problems;
    auto schedule = demurrageSchedule(db);
    if (!schedule)
        return {{QStringLiteral("ledger.demurrage"), schedule.error().message}};
    auto stmt = db.prepare(QStringLiteral("SELECT journal_seq, first_day, last_day, balance_before, amount FROM demurrage_charge ORDER BY journal_seq"));
    if (!stmt)
        return {{QStringLiteral("ledger.demurrage"), stmt.error().message}};
    while (stmt->next()) {
        const DemurrageCharge expected = chargeDays(stmt->int64(3), QDate::fromString(stmt->text(1), Qt::ISODate),
                                                    QDate::fromString(stmt->text(2), Qt::ISODate), *schedule);
        if (expected.total != stmt->int64(4)) {
            problems.append({QStringLiteral("ledger.demurrage"), tr("Demurrage entry %1 charged %2 where the rule gives %3.")
                                                                     .arg(stmt->int64(0))
                                                                     .arg(credits(stmt->int64(4)), credits(expected.total))});
            break;
        }
    }
    return problems;
}

QList<IntegrityProblem> checkCreditHolds(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT h.id FROM credit_hold h LEFT JOIN trade t ON t.id = h.trade WHERE h.outcome = 'charged' "
                                          "AND (t.id IS NULL OR t.payer <> h.account OR t.payee <> 1 OR t.amount <> h.amount) ORDER BY h.id"));
    if (!stmt)
        return {{QStringLiteral("ledger.credit_holds"), stmt.error().message}};
    QList<IntegrityProblem> problems;
    while (stmt->next())
        problems.append({QStringLiteral("ledger.credit_holds"),
                         tr("Credit hold %1 is marked charged, but no trade to the commons fund of its amount records it.").arg(stmt->int64(0))});
    return problems;
}

Result<CreditLine> creditLine(Database &db, const Member &member)
{
    auto starter = starterLine(db);
    if (!starter)
        return starter.error();
    return CreditLine{*starter, member.creditExtension, member.sanction == Member::Sanction::Reduced};
}

Result<std::int64_t> starterLine(Database &db)
{
    return db.scalar(QStringLiteral("SELECT value FROM ledger_setting WHERE key = 'starter_line'"));
}

Result<std::optional<std::int64_t>> accumulationCeiling(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM ledger_setting WHERE key = 'accumulation_ceiling'"));
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(stmt->int64(0));
}

namespace {
Status writeSetting(Database &db, const QString &key, std::optional<std::int64_t> value, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto stmt = value ? db.prepare(QStringLiteral("INSERT OR REPLACE INTO ledger_setting (key, value) VALUES (?, ?)"))
                      : db.prepare(QStringLiteral("DELETE FROM ledger_setting WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    if (value)
        stmt->bind(2, *value);
    if (auto s = stmt->exec(); !s)
        return s;
    const QByteArray body = CanonicalWriter(QStringLiteral("ledger_setting")).add(key).add(value ? QString::number(*value) : QStringLiteral("none")).bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("ledger_setting"), body, {}); !seq)
        return seq.error();
    return tx.commit();
}
} // namespace

Status setStarterLine(Database &db, std::int64_t amount, const QDateTime &now)
{
    if (amount < 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The starter line cannot be negative."));
    return writeSetting(db, QStringLiteral("starter_line"), amount, now);
}

Status setAccumulationCeiling(Database &db, std::optional<std::int64_t> ceiling, const QDateTime &now)
{
    if (ceiling && *ceiling <= 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The accumulation ceiling must be more than zero, or none."));
    return writeSetting(db, QStringLiteral("accumulation_ceiling"), ceiling, now);
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
    if (request.date > now.date())
        return Error::make(ErrorCode::InvalidArgument, tr("A trade cannot be dated in the future (%1).").arg(request.date.toString(Qt::ISODate)));
    if (auto s = readyAccounts(db, {&*payer, &*payee}, request.date, now); !s)
        return s.error();

    if (payer->member) {
        auto can = spendable(db, *payer);
        if (!can)
            return can.error();
        if (request.amount > can->available())
            return Error::make(ErrorCode::InvalidArgument, cannotSpend(*payer, *can));
    }

    if (payee->member) {
        auto ceiling = accumulationCeiling(db);
        if (!ceiling)
            return ceiling.error();
        auto current = accountBalance(db, payee->accountId);
        if (!current)
            return current.error();
        if (*ceiling && request.amount > **ceiling - *current)
            return Error::make(ErrorCode::InvalidArgument,
                               tr("%1 (member %2) can receive at most %3 credits now: balance %4, accumulation ceiling %5.")
                                   .arg(payee->name)
                                   .arg(payee->number)
                                   .arg(credits(std::max<std::int64_t>(**ceiling - *current, 0)), credits(*current), credits(**ceiling)));
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
    const QDate reversalDate = date.isValid() ? date : now.date();
    if (reversalDate > now.date())
        return Error::make(ErrorCode::InvalidArgument, tr("A reversal cannot be dated in the future."));
    if (auto s = readyAccounts(db, {&*payer, &*payee}, reversalDate, now); !s)
        return s.error();
    Trade t = *original;
    t.payer = original->payee;
    t.payee = original->payer;
    t.memo = tr("Reversal of trade %1").arg(tradeId);
    t.date = reversalDate;
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

Result<Trade> chargeToCommons(Database &db, const ChargeRequest &request, const QDateTime &now)
{
    if (request.amount <= 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The amount of a charge must be more than zero."));
    if (!request.date.isValid() || request.date > now.date())
        return Error::make(ErrorCode::InvalidArgument, tr("A charge needs a valid date, today or earlier."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto payer = party(db, request.memberNumber);
    if (!payer)
        return payer.error();
    if (!payer->member)
        return Error::make(ErrorCode::InvalidArgument, tr("Only a member can be charged."));
    auto commons = party(db, kCommonsFund);
    QDate day = request.date;
    if (request.laterIfSettled) {
        for (const Party *p : {&*payer, &*commons}) {
            auto through = settledThrough(db, p->accountId);
            if (!through)
                return through.error();
            if (!through->isNull() && day <= *through)
                day = through->addDays(1);
        }
        day = std::min(day, now.date());
    }
    if (auto s = readyAccounts(db, {&*payer, &*commons}, day, now); !s)
        return s.error();
    Trade t;
    t.payer = request.memberNumber;
    t.payee = kCommonsFund;
    t.amount = request.amount;
    t.memo = request.memo.trimmed();
    t.category = request.category.trimmed();
    t.date = day;
    t.recordedBy = request.recordedBy;
    t.confirmation = request.confirmation;
    auto recorded = insertTrade(db, t, *payer, *commons, now);
    if (!recorded)
        return recorded.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return recorded;
}

namespace {

const QString kCreditHoldSelect = QStringLiteral("SELECT h.id, m.number, h.amount, h.reason, h.placed_on, h.settled_on, h.outcome, "
                                                 "coalesce(h.trade, 0) FROM credit_hold h JOIN account a ON a.id = h.account "
                                                 "JOIN member m ON m.id = a.member_id ");

CreditHold creditHoldFromRow(const Statement &row)
{
    CreditHold hold;
    hold.id = row.int64(0);
    hold.memberNumber = row.int64(1);
    hold.amount = row.int64(2);
    hold.reason = row.text(3);
    hold.placedOn = QDate::fromString(row.text(4), Qt::ISODate);
    if (!row.isNull(5))
        hold.settledOn = QDate::fromString(row.text(5), Qt::ISODate);
    hold.charged = row.text(6) == QLatin1String("charged");
    hold.tradeId = row.int64(7);
    return hold;
}

Result<CreditHold> openCreditHold(Database &db, std::int64_t holdId, QDate day)
{
    auto hold = ledger::creditHold(db, holdId);
    if (!hold)
        return hold.error();
    if (hold->settledOn.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("Credit hold %1 was already %2 on %3.")
                                                           .arg(holdId)
                                                           .arg(hold->charged ? tr("charged") : tr("released"), hold->settledOn.toString(Qt::ISODate)));
    if (!day.isValid() || day < hold->placedOn)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("Credit hold %1 was placed on %2; it cannot be settled before.").arg(holdId).arg(hold->placedOn.toString(Qt::ISODate)));
    return hold;
}

Status settleCreditHold(Database &db, const CreditHold &hold, QDate day, std::int64_t tradeId, const QDateTime &now)
{
    auto update = db.prepare(QStringLiteral("UPDATE credit_hold SET settled_on = ?, outcome = ?, trade = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(1, day.toString(Qt::ISODate)).bind(2, tradeId ? QStringLiteral("charged") : QStringLiteral("released")).bind(4, hold.id);
    if (tradeId)
        update->bind(3, tradeId);
    else
        update->bindNull(3);
    if (auto s = update->exec(); !s)
        return s;
    const QString kind = tradeId ? QStringLiteral("credit_hold_charged") : QStringLiteral("credit_hold_released");
    const QByteArray body = CanonicalWriter(kind).add(hold.id).add(hold.memberNumber).add(hold.amount).add(day.toString(Qt::ISODate)).add(tradeId).bytes();
    if (auto seq = journal::append(db, now, kind, body, {}); !seq)
        return seq.error();
    return {};
}

} // namespace

Result<CreditHold> placeCreditHold(Database &db, std::int64_t memberNumber, std::int64_t amount, const QString &reason, QDate day,
                                   const QDateTime &now)
{
    if (amount <= 0)
        return Error::make(ErrorCode::InvalidArgument, tr("A credit hold must be more than zero."));
    if (!day.isValid() || day > now.date())
        return Error::make(ErrorCode::InvalidArgument, tr("A credit hold needs a valid date, today or earlier."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto member = party(db, memberNumber);
    if (!member)
        return member.error();
    if (!member->member)
        return Error::make(ErrorCode::InvalidArgument, tr("Credit is held only on a member's account."));
    // A hold posts nothing, so a settled day is no obstacle; the balance
    // must be current all the same.
    {
        auto schedule = demurrageSchedule(db);
        if (!schedule)
            return schedule.error();
        if (auto s = realizeAccount(db, member->accountId, day.addDays(-1), *schedule, now); !s)
            return s.error();
    }
    auto can = spendable(db, *member);
    if (!can)
        return can.error();
    if (amount > can->available())
        return Error::make(ErrorCode::InvalidArgument, cannotSpend(*member, *can));
    auto insert = db.prepare(QStringLiteral("INSERT INTO credit_hold (account, amount, reason, placed_on) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, member->accountId).bind(2, amount).bind(3, reason.trimmed()).bind(4, day.toString(Qt::ISODate)).exec(); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    const QByteArray body = CanonicalWriter(QStringLiteral("credit_hold"))
                                .add(*id)
                                .add(memberNumber)
                                .add(amount)
                                .add(reason.trimmed())
                                .add(day.toString(Qt::ISODate))
                                .bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("credit_hold"), body, {}); !seq)
        return seq.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return creditHold(db, *id);
}

Status releaseCreditHold(Database &db, std::int64_t holdId, QDate day, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto hold = openCreditHold(db, holdId, day);
    if (!hold)
        return hold.error();
    if (auto s = settleCreditHold(db, *hold, day, 0, now); !s)
        return s;
    return tx.commit();
}

Result<Trade> chargeCreditHold(Database &db, std::int64_t holdId, const QString &memo, const QString &category, QDate day,
                               const QString &recordedBy, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto hold = openCreditHold(db, holdId, day);
    if (!hold)
        return hold.error();
    ChargeRequest charge;
    charge.memberNumber = hold->memberNumber;
    charge.amount = hold->amount;
    charge.memo = memo;
    charge.category = category;
    charge.date = day;
    charge.recordedBy = recordedBy;
    charge.confirmation = TradeRequest::Confirmation::Coordinator;
    charge.laterIfSettled = true;
    auto charged = chargeToCommons(db, charge, now);
    if (!charged)
        return charged.error();
    if (auto s = settleCreditHold(db, *hold, day, charged->id, now); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return charged;
}

Result<CreditHold> creditHold(Database &db, std::int64_t holdId)
{
    auto stmt = db.prepare(kCreditHoldSelect + QStringLiteral("WHERE h.id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, holdId);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::InvalidArgument, tr("There is no credit hold %1.").arg(holdId)));
    return creditHoldFromRow(*stmt);
}

Result<QList<CreditHold>> creditHolds(Database &db, std::int64_t memberNumber)
{
    auto stmt = db.prepare(kCreditHoldSelect + QStringLiteral("WHERE m.number = ? AND h.settled_on IS NULL ORDER BY h.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, memberNumber);
    return stmt->rows(creditHoldFromRow);
}

Result<std::int64_t> heldCredit(Database &db, std::int64_t memberNumber)
{
    auto p = party(db, memberNumber);
    if (!p)
        return p.error();
    return heldOnAccount(db, p->accountId);
}

Result<std::int64_t> availableToSpend(Database &db, std::int64_t memberNumber)
{
    auto p = party(db, memberNumber);
    if (!p)
        return p.error();
    if (!p->member)
        return Error::make(ErrorCode::InvalidArgument, tr("Only a member has a credit line."));
    auto can = spendable(db, *p);
    if (!can)
        return can.error();
    return can->available();
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
    // Each entry's own zero sum is checked in the same pass over the postings.
    problems += checkPostings(db);
    return problems;
}

QList<IntegrityProblem> checkPostings(Database &db)
{
    // Each posting against what it records, its running balance against the
    // sum before it, its day against its account's order (balances at a day
    // rely on it), and each account's last balance against the cached one.
    // One pass in stored order: a million trades take seconds, not minutes.
    QList<IntegrityProblem> problems;
    const QString id = QStringLiteral("ledger.balances");
    auto stmt = db.prepare(QStringLiteral(
        "SELECT p.journal_seq, p.account, p.day, p.amount, p.balance_after, coalesce(t.trade_date, date(d.last_day, '+1 day')), "
        " CASE WHEN t.id IS NOT NULL THEN (p.account = t.payer AND p.amount = -t.amount) OR (p.account = t.payee AND p.amount = t.amount) "
        "      WHEN d.journal_seq IS NOT NULL THEN (p.account = d.account AND p.amount = -d.amount) OR (p.account = 1 AND p.amount = d.amount) "
        "      ELSE 0 END, t.id IS NOT NULL "
        "FROM posting p LEFT JOIN trade t ON t.journal_seq = p.journal_seq "
        "LEFT JOIN demurrage_charge d ON d.journal_seq = p.journal_seq ORDER BY p.journal_seq, p.account"));
    if (!stmt)
        return {{id, stmt.error().message}};
    struct Running {
        std::int64_t balance = 0;
        QString lastDay;
    };
    QHash<std::int64_t, Running> accounts;
    std::int64_t tradePostings = 0;
    // Stored order is entry by entry: each entry's postings must sum to zero.
    std::int64_t entrySeq = 0;
    std::int64_t entrySum = 0;
    const auto closeEntry = [&] {
        if (entrySum != 0)
            problems.append({QStringLiteral("ledger.zero_sum"),
                             tr("The postings of journal entry %1 sum to %2 instead of zero.").arg(entrySeq).arg(credits(entrySum))});
    };
    while (stmt->next() && problems.size() < 10) {
        const std::int64_t seq = stmt->int64(0);
        if (seq != entrySeq) {
            closeEntry();
            entrySeq = seq;
            entrySum = 0;
        }
        entrySum += stmt->int64(3);
        const std::int64_t account = stmt->int64(1);
        const QString day = stmt->text(2);
        Running &r = accounts[account];
        r.balance += stmt->int64(3);
        tradePostings += stmt->int64(7);
        if (stmt->int64(6) == 0)
            problems.append({id, tr("Journal entry %1 has a posting to account %2 that its trade or charge does not explain.").arg(seq).arg(account)});
        else if (stmt->int64(4) != r.balance)
            problems.append({id, tr("Journal entry %1 gives account %2 a balance of %3 where its postings add up to %4.")
                                     .arg(seq)
                                     .arg(account)
                                     .arg(credits(stmt->int64(4)), credits(r.balance))});
        else if (day != stmt->text(5))
            problems.append({id, tr("Journal entry %1 counts for account %2 from %3 instead of %4.").arg(seq).arg(account).arg(day, stmt->text(5))});
        else if (account != 1 && day < r.lastDay)
            problems.append({id, tr("Journal entry %1 of account %2 is dated %3, before the entry recorded ahead of it (%4).")
                                     .arg(seq)
                                     .arg(account)
                                     .arg(day, r.lastDay)});
        r.lastDay = day;
    }
    if (stmt->error())
        return problems << IntegrityProblem{id, stmt->error()->message};
    if (problems.size() < 10)
        closeEntry();
    if (!problems.isEmpty())
        return problems;
    auto cached = db.prepare(QStringLiteral("SELECT id, balance FROM account ORDER BY id"));
    if (!cached)
        return {{id, cached.error().message}};
    while (cached->next() && problems.size() < 10) {
        const std::int64_t running = accounts.value(cached->int64(0)).balance;
        if (running != cached->int64(1))
            problems.append({id, tr("Account %1 shows a balance of %2 but its postings add up to %3.")
                                     .arg(cached->int64(0))
                                     .arg(credits(cached->int64(1)), credits(running))});
    }
    if (auto trades = db.scalar(QStringLiteral("SELECT count(*) FROM trade")); trades && *trades * 2 != tradePostings)
        problems.append({id, tr("The trades have %1 postings instead of two each (%2).").arg(tradePostings).arg(*trades * 2)});
    return problems;
}

QList<IntegrityProblem> checkJournal(Database &db)
{
    QList<IntegrityProblem> problems;
    if (const QString broken = journal::verifyChain(db); !broken.isEmpty())
        problems.append({QStringLiteral("ledger.journal_chain"), broken});
    // Every trade row must say exactly what its journal entry says.
    auto stmt = db.prepare(kTradeColumns + QStringLiteral(", j.body FROM trade t ") + kTradeNames
                           + QStringLiteral("LEFT JOIN journal j ON j.seq = t.journal_seq ORDER BY t.id"));
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

namespace {

// FROM and WHERE clauses and bindings for a trade filter, shared by
// trades() and countTrades().
struct FilterSql {
    QString from = QStringLiteral("FROM trade t ");
    QString where;
    QList<QVariant> values;
    // A member's trades come through the postings of their account, newest
    // first by journal order, which for a member is also date order (see
    // migration 4). The commons fund's are found by date.
    bool throughPostings = false;
};

Result<FilterSql> filterSql(Database &db, const TradeFilter &filter)
{
    FilterSql sql;
    QStringList conditions;
    if (filter.member >= 0) {
        auto p = party(db, filter.member);
        if (!p)
            return p.error();
        if (p->accountId == 1) {
            conditions << QStringLiteral("(t.payer = ? OR t.payee = ?)");
            sql.values << QVariant::fromValue(p->accountId) << QVariant::fromValue(p->accountId);
        } else {
            sql.throughPostings = true;
            sql.from = QStringLiteral("FROM posting p JOIN trade t ON t.journal_seq = p.journal_seq ");
            conditions << QStringLiteral("p.account = ?");
            sql.values << QVariant::fromValue(p->accountId);
        }
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("t.trade_date >= ?");
        sql.values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("t.trade_date <= ?");
        sql.values << filter.to.toString(Qt::ISODate);
    }
    if (!filter.category.isEmpty()) {
        conditions << QStringLiteral("t.category = ?");
        sql.values << filter.category;
    }
    sql.where = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND ")) + QLatin1Char(' ');
    return sql;
}

void bindAll(Statement &stmt, const QList<QVariant> &values, int first = 1)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString)
            stmt.bind(first + i, v.toString());
        else
            stmt.bind(first + i, v.value<std::int64_t>());
    }
}

} // namespace

Result<QList<Trade>> trades(Database &db, const TradeFilter &filter, int limit, TradeCursor after)
{
    auto sql = filterSql(db, filter);
    if (!sql)
        return sql.error();
    QString where = sql->where;
    QList<QVariant> values = sql->values;
    const QString conjunction = where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral("AND ");
    if (!after.isNull() && sql->throughPostings) {
        where += conjunction + QStringLiteral("p.journal_seq < (SELECT journal_seq FROM trade WHERE id = ?) ");
        values << QVariant::fromValue(after.id);
    } else if (!after.isNull()) {
        where += conjunction + QStringLiteral("(t.trade_date, t.id) < (?, ?) ");
        // Row values arrived in SQLite 3.15: fine for SQLCipher 3.4.1.
        values << after.date.toString(Qt::ISODate) << QVariant::fromValue(after.id);
    }
    const QString order = sql->throughPostings ? QStringLiteral("ORDER BY p.journal_seq DESC LIMIT ?")
                                               : QStringLiteral("ORDER BY t.trade_date DESC, t.id DESC LIMIT ?");
    auto stmt = db.prepare(kTradeColumns + sql->from + kTradeNames + where + order);
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, values);
    stmt->bind(int(values.size()) + 1, std::max(0, limit));
    return stmt->rows(tradeFromRow);
}

Result<std::int64_t> countTrades(Database &db, const TradeFilter &filter)
{
    auto sql = filterSql(db, filter);
    if (!sql)
        return sql.error();
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) ") + sql->from + sql->where);
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, sql->values);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::VaultDamaged, tr("Counting trades failed.")));
    return stmt->int64(0);
}

QStringList categories(Database &db)
{
    QStringList result;
    auto stmt = db.prepare(QStringLiteral("SELECT DISTINCT category FROM trade WHERE category <> '' ORDER BY category"));
    if (!stmt)
        return result;
    while (stmt->next())
        result << stmt->text(0);
    return result;
}

namespace {

// A statement line per posting of the account, with what it was: a trade,
// a reversal, or a demurrage charge (paid by a member, or received by the
// commons fund from the member named).
// The other account of a posting: the other side of its trade; for a
// demurrage charge the commons fund, or for the fund the member who paid.
const QString kCounterparty = QStringLiteral(
    "CASE WHEN t.id IS NULL THEN (CASE WHEN p.account = 1 THEN d.account ELSE 1 END) "
    "     WHEN t.payer = p.account THEN t.payee ELSE t.payer END");
const QString kStatementSelect = QStringLiteral(
    "SELECT p.journal_seq, p.amount, p.balance_after, coalesce(t.trade_date, d.last_day), coalesce(t.id, 0), "
    "CASE WHEN t.id IS NULL THEN 2 WHEN t.reverses IS NULL THEN 0 ELSE 1 END, "
    "coalesce(om.number, 0), coalesce(om.name, ''), coalesce(t.memo, ''), d.first_day, d.last_day "
    "FROM posting p LEFT JOIN trade t ON t.journal_seq = p.journal_seq LEFT JOIN demurrage_charge d ON d.journal_seq = p.journal_seq "
    "LEFT JOIN account oa ON oa.id = (") + kCounterparty + QStringLiteral(") LEFT JOIN member om ON om.id = oa.member_id ");

StatementLine statementLineFromRow(const Statement &row)
{
    StatementLine line;
    line.journalSeq = row.int64(0);
    line.amount = row.int64(1);
    line.balanceAfter = row.int64(2);
    line.date = QDate::fromString(row.text(3), Qt::ISODate);
    line.tradeId = row.int64(4);
    const int kind = row.integer(5);
    line.kind = kind == 0 ? StatementLine::Kind::Trade : kind == 1 ? StatementLine::Kind::Reversal : StatementLine::Kind::Demurrage;
    line.counterparty = row.int64(6);
    line.counterpartyName = line.counterparty == kCommonsFund ? tr("Commons fund") : row.text(7);
    line.memo = line.kind == StatementLine::Kind::Demurrage ? tr("Demurrage %1 – %2").arg(row.text(9), row.text(10)) : row.text(8);
    return line;
}

} // namespace

Result<QList<StatementLine>> statement(Database &db, std::int64_t memberNumber, QDate from, QDate to)
{
    auto p = party(db, memberNumber);
    if (!p)
        return p.error();
    // Journal order; the running balance is stored with each posting.
    auto stmt = db.prepare(kStatementSelect + QStringLiteral("WHERE p.account = ? ORDER BY p.journal_seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, p->accountId);
    QList<StatementLine> lines;
    while (stmt->next()) {
        StatementLine line = statementLineFromRow(*stmt);
        if ((from.isValid() && line.date < from) || (to.isValid() && line.date > to))
            continue;
        lines.append(std::move(line));
    }
    if (stmt->error())
        return *stmt->error();
    return lines;
}

Result<QList<StatementLine>> statementPage(Database &db, std::int64_t memberNumber, int limit, std::int64_t beforeJournalSeq)
{
    auto p = party(db, memberNumber);
    if (!p)
        return p.error();
    auto stmt = db.prepare(kStatementSelect + QStringLiteral("WHERE p.account = ?1 AND p.journal_seq < ?2 ORDER BY p.journal_seq DESC LIMIT ?3"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, p->accountId).bind(2, beforeJournalSeq > 0 ? beforeJournalSeq : std::numeric_limits<std::int64_t>::max()).bind(3, std::max(0, limit));
    return stmt->rows(statementLineFromRow);
}

Result<std::int64_t> statementLength(Database &db, std::int64_t memberNumber)
{
    auto p = party(db, memberNumber);
    if (!p)
        return p.error();
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM posting WHERE account = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, p->accountId);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::VaultDamaged, tr("Counting statement lines failed.")));
    return stmt->int64(0);
}

Result<QList<BalancePoint>> balanceHistory(Database &db, std::int64_t memberNumber)
{
    auto p = party(db, memberNumber);
    if (!p)
        return p.error();
    // By day: for a member that is journal order, for the commons fund not
    // (demurrage can be realized late for days long past), so the sum is
    // taken here rather than read from the stored running balance.
    const bool commons = p->accountId == 1;
    auto stmt = db.prepare(commons ? QStringLiteral("SELECT day, amount FROM posting WHERE account = ? ORDER BY day, journal_seq")
                                   : QStringLiteral("SELECT day, balance_after FROM posting WHERE account = ? ORDER BY journal_seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, p->accountId);
    QList<BalancePoint> points;
    std::int64_t running = 0;
    QString lastDay;
    while (stmt->next()) {
        running = commons ? running + stmt->int64(1) : stmt->int64(1);
        const QString day = stmt->text(0);
        if (day == lastDay)
            points.last().balance = running;
        else
            points.append({QDate::fromString(day, Qt::ISODate), running});
        lastDay = day;
    }
    if (stmt->error())
        return *stmt->error();
    return points;
}

Result<QList<AccountBalance>> balancesAt(Database &db, QDate day, const QDateTime &now)
{
    if (!day.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A balance needs a valid date."));
    if (day > now.date())
        return Error::make(ErrorCode::InvalidArgument, tr("Balances are known up to today, not for %1.").arg(day.toString(Qt::ISODate)));
    // Demurrage for the days before `day` must be in the journal first.
    if (auto s = settleDemurrage(db, day.addDays(-1), now); !s)
        return s.error();
    auto schedule = demurrageSchedule(db);
    if (!schedule)
        return schedule.error();
    return settledBalancesAt(db, day, *schedule);
}

Result<QList<AccountBalance>> settledBalancesAt(Database &db, QDate day, const DemurrageSchedule &schedule)
{
    // Per member account, two index seeks: the running balance after its
    // last posting that counts on `day` (journal order is day order for a
    // member), less the days before `day` of a demurrage charge that runs
    // across it (recomputed with the same rule).
    auto stmt = db.prepare(QStringLiteral(
        "SELECT m.number, m.name, "
        " (SELECT p.balance_after FROM posting p WHERE p.account = a.id AND p.account <> 1 AND p.day <= ?1 "
        "  ORDER BY p.day DESC, p.journal_seq DESC LIMIT 1), "
        " d.first_day, d.last_day, d.balance_before "
        "FROM account a JOIN member m ON m.id = a.member_id "
        "LEFT JOIN demurrage_charge d ON d.journal_seq = (SELECT c.journal_seq FROM demurrage_charge c WHERE c.account = a.id AND c.first_day < ?1 "
        "  ORDER BY c.first_day DESC LIMIT 1) AND d.last_day >= ?1 "
        "ORDER BY m.number"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, day.toString(Qt::ISODate));
    QList<AccountBalance> result;
    result.append({kCommonsFund, tr("Commons fund"), 0});
    std::int64_t members = 0;
    while (stmt->next()) {
        std::int64_t balance = stmt->int64(2);
        if (!stmt->isNull(3))
            balance -= chargeDays(stmt->int64(5), QDate::fromString(stmt->text(3), Qt::ISODate), day.addDays(-1), schedule).total;
        result.append({stmt->int64(0), stmt->text(1), balance});
        members += balance;
    }
    if (stmt->error())
        return *stmt->error();
    // Every entry sums to zero, so the commons fund holds what the members do not.
    result.first().balance = -members;
    return result;
}

} // namespace ledger
} // namespace mycelium
