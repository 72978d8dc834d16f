// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "ledger/demurrage.h"
#include "members/members.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;
struct IntegrityProblem;

// Member number 0 stands for the community's commons fund wherever a member
// number names an account.
inline constexpr std::int64_t kCommonsFund = 0;

struct TradeRequest {
    enum class Confirmation { None, Pin, Coordinator };

    std::int64_t payer = 0; // member number (0: commons fund)
    std::int64_t payee = 0;
    std::int64_t amount = 0; // minor units, > 0
    QString memo;
    QString category;
    QDate date;
    QString recordedBy;
    Confirmation confirmation = Confirmation::None;
};

struct Trade {
    std::int64_t id = 0;
    std::int64_t journalSeq = 0;
    std::int64_t payer = 0; // member numbers
    std::int64_t payee = 0;
    std::int64_t amount = 0;
    QString memo;
    QString category;
    QDate date;
    QString recordedBy;
    TradeRequest::Confirmation confirmation = TradeRequest::Confirmation::None;
    std::int64_t reverses = 0; // the trade this one reverses, 0 when none
};

// How far a member may go below zero: the starter line plus the extension
// earned from productive capacity.
struct CreditLine {
    std::int64_t starter = 0;
    std::int64_t extension = 0;
    bool reduced = false; // a reduced-line sanction halves the line (rounded down)
    std::int64_t total() const { return reduced ? (starter + extension) / 2 : starter + extension; }
};

struct AccountBalance {
    std::int64_t number = 0; // 0: commons fund
    QString name;
    std::int64_t balance = 0;
};

namespace ledger {

inline constexpr std::int64_t kDefaultStarterLine = 100000; // 1,000 credits
inline constexpr std::int64_t kMaximumExtension = ProductiveCapacity::kMaximumExtension; // 5,000 credits

// Records a trade after checking both members and the payer's credit line;
// a refusal says in words how much the payer can still spend.
Result<Trade> recordTrade(Database &db, const TradeRequest &request, const QDateTime &now);
// Records the mirror image of a trade; a trade is reversed at most once and a
// reversal is not reversed (record the trade again instead). Reversals may
// take an account below its credit line: a correction must always be possible.
Result<Trade> reverse(Database &db, std::int64_t tradeId, const QString &recordedBy, const QDate &date, const QDateTime &now);
Result<Trade> trade(Database &db, std::int64_t tradeId);

// A charge the community makes on a member — a tool's late fee, a lost
// tool's deposit — paid to the commons fund. Unlike a trade it is not
// refused by the member's credit line or status: the debt is owed either
// way, and a return at the desk must never fail for it. The day must be open.
struct ChargeRequest {
    std::int64_t memberNumber = 0;
    std::int64_t amount = 0; // minor units, > 0
    QString memo;
    QString category;
    QDate date;
    QString recordedBy;
    TradeRequest::Confirmation confirmation = TradeRequest::Confirmation::None;
    // A charge for a day whose demurrage is already settled (a return
    // recorded late) is dated the first open day instead: it is still owed.
    bool laterIfSettled = false;
};
Result<Trade> chargeToCommons(Database &db, const ChargeRequest &request, const QDateTime &now);

// Credit held on a member's account against a promise (a tool's deposit
// while the tool is out): it lowers what the member can spend — trades and
// further holds are refused past it — until it is released, or charged to
// the commons fund with the coordinator's confirmation.
struct CreditHold {
    std::int64_t id = 0;
    std::int64_t memberNumber = 0;
    std::int64_t amount = 0;
    QString reason;
    QDate placedOn;
    QDate settledOn; // invalid while held
    bool charged = false;
    std::int64_t tradeId = 0; // the charge, when charged
};
// Refused when the member cannot spend the amount now.
Result<CreditHold> placeCreditHold(Database &db, std::int64_t memberNumber, std::int64_t amount, const QString &reason, QDate day,
                                   const QDateTime &now);
Status releaseCreditHold(Database &db, std::int64_t holdId, QDate day, const QDateTime &now);
Result<Trade> chargeCreditHold(Database &db, std::int64_t holdId, const QString &memo, const QString &category, QDate day,
                               const QString &recordedBy, const QDateTime &now);
Result<CreditHold> creditHold(Database &db, std::int64_t holdId);
Result<QList<CreditHold>> creditHolds(Database &db, std::int64_t memberNumber); // held now, oldest first
Result<std::int64_t> heldCredit(Database &db, std::int64_t memberNumber); // the sum held now
// Balance plus credit line, less held credit (may be negative).
Result<std::int64_t> availableToSpend(Database &db, std::int64_t memberNumber);

Result<CreditLine> creditLine(Database &db, const Member &member);
// The community's starter line (default 1,000 credits) and the optional
// ceiling on positive balances; both changes are journaled and apply to
// trades recorded afterwards.
Result<std::int64_t> starterLine(Database &db);
Status setStarterLine(Database &db, std::int64_t amount, const QDateTime &now);
Result<std::optional<std::int64_t>> accumulationCeiling(Database &db);
Status setAccumulationCeiling(Database &db, std::optional<std::int64_t> ceiling, const QDateTime &now);
Result<std::int64_t> balance(Database &db, std::int64_t memberNumber);
// Every account, the commons fund first.
Result<QList<AccountBalance>> balances(Database &db);

// One line of a member's statement: a trade, a reversal or a demurrage
// charge, signed from the member's side, with the balance after it.
struct StatementLine {
    enum class Kind { Trade, Reversal, Demurrage };
    Kind kind = Kind::Trade;
    QDate date;
    std::int64_t journalSeq = 0;
    std::int64_t tradeId = 0; // 0 for demurrage
    std::int64_t counterparty = 0; // member number, 0 for the commons fund
    QString counterpartyName;
    QString memo; // for demurrage: "first day – last day"
    std::int64_t amount = 0; // + received, − paid
    std::int64_t balanceAfter = 0;
};

// Lines dated from..to (either may be null for open ends), in journal
// order (for a member also date order), with running balances that include
// everything before `from`.
Result<QList<StatementLine>> statement(Database &db, std::int64_t memberNumber, QDate from = {}, QDate to = {});
// Newest first, `limit` lines recorded before journal entry
// `beforeJournalSeq` (0: from the newest). A page costs the same anywhere
// in a long history.
Result<QList<StatementLine>> statementPage(Database &db, std::int64_t memberNumber, int limit, std::int64_t beforeJournalSeq = 0);
// How many lines the whole statement has.
Result<std::int64_t> statementLength(Database &db, std::int64_t memberNumber);

// The balance at the end of each day on which it changed, oldest first
// (for the balance chart).
struct BalancePoint {
    QDate day;
    std::int64_t balance = 0;
};
Result<QList<BalancePoint>> balanceHistory(Database &db, std::int64_t memberNumber);

struct TradeFilter {
    std::int64_t member = -1; // member number; 0 the commons fund; -1 everyone
    QDate from;
    QDate to;
    QString category; // empty: all
};
// Where the next page starts: the last trade of the previous page.
struct TradeCursor {
    QDate date;
    std::int64_t id = 0;
    bool isNull() const { return id == 0; }
};
// Newest first; keyset paging, so page 10,000 costs what page 1 costs.
Result<QList<Trade>> trades(Database &db, const TradeFilter &filter, int limit, TradeCursor after = {});
Result<std::int64_t> countTrades(Database &db, const TradeFilter &filter);
QStringList categories(Database &db);

// Balances at the end of a past day: trades dated on or before it and
// demurrage for the days before it (settles demurrage up to then first,
// so it writes to the journal when days are still open).
Result<QList<AccountBalance>> balancesAt(Database &db, QDate day, const QDateTime &now);
// The same for a caller that has already settled demurrage through the day
// before `day`: reads only.
Result<QList<AccountBalance>> settledBalancesAt(Database &db, QDate day, const DemurrageSchedule &schedule);

// Demurrage is realized lazily: before a trade touches an account, its
// charges up to the day before the trade are written to the journal (one
// entry per account covering all the days since the last one). A trade may
// not be dated in the future, nor on a day whose demurrage is already
// settled: the past is closed.
Result<DemurrageSchedule> demurrageSchedule(Database &db);
// A new rate takes effect on a day not yet settled (today or later).
Status setDemurrageRate(Database &db, const DemurrageRate &rate, const QDateTime &now);
// Realizes every member account's demurrage through the given day; call it
// with yesterday before showing balances, so that they are current.
Status settleDemurrage(Database &db, QDate throughDay, const QDateTime &now);

// Invariants for verify: zero sum, cached balances equal their postings,
// the hash chain, and every trade equal to the entry that recorded it.
QList<IntegrityProblem> checkZeroSum(Database &db);
// Part of checkZeroSum: each posting explained by its trade or charge, its
// running balance and day right, and each member's postings in day order.
QList<IntegrityProblem> checkPostings(Database &db);
QList<IntegrityProblem> checkJournal(Database &db);
// Every realized demurrage charge recomputes exactly from its first day,
// balance and the rate schedule.
QList<IntegrityProblem> checkDemurrage(Database &db);
// Every charged credit hold is paid by a trade of its amount to the commons fund.
QList<IntegrityProblem> checkCreditHolds(Database &db);

} // namespace ledger
} // namespace mycelium
