// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QtGlobal>

#include <functional>

namespace mycelium {

class Database;

struct DemoSpec {
    int members = 50;
    int trades = 2000; // trade rows, reversals included
    int years = 2;
    quint64 seed = 1;

    // How the rows reach the vault. Bulk writes exactly the rows that the
    // ledger's own calls would write (the same journal bodies, hash chain,
    // postings, trades and demurrage charges), with statements prepared once
    // for the whole run; it is what makes a million trades take seconds.
    // LedgerCalls goes through ledger::recordTrade and friends one call at a
    // time: the reference that the bulk path is tested against.
    enum class Writer { Bulk, LedgerCalls };
    Writer writer = Writer::Bulk;
};

// Fills an empty vault (no members, no trades) with a synthetic community
// that looks lived in:
//  - members with names from many cultures, some founders and others joining
//    over the period; a few with productive capacity (a larger credit line);
//    some suspended for a while, some who leave;
//  - trades dated over the last `years` years up to today in date order,
//    busier on Saturdays and as the community grows; amounts mostly 5 to 80
//    credits with a long tail; categories (food, childcare, repairs,
//    tutoring, transport, crafts, gardening, tools, care, commons) and memos
//    like "3 hours of gardening"; a few trades with the commons fund and a
//    few reversals;
//  - two changes of the demurrage rate (a third and two thirds into the
//    period, when it is long enough), and demurrage settled through
//    yesterday at the end, so that balances are current.
// Every trade respects the payer's credit line (and an accumulation ceiling
// if the vault has one), so the ledger refuses none. Only a few members get
// a PIN, because hashing one (Argon2id) takes a noticeable time: the first
// min(5, members / 20) members (at least one), whose PIN is their number
// with four digits ("0001").
//
// The same spec, seed and day give the same community, journal hashes
// included (journal timestamps are noon of each simulated day, and `now` on
// the last one). Everything happens in one transaction: an error, or
// `progress` returning false (Cancelled), leaves the vault as it was.
// `progress` is called every thousand trades or so with the trades written.
//
// For the duration of a bulk run, with 5,000 trades or more, the vault's
// ordinary indexes on postings, trades and demurrage charges are rebuilt at
// the end rather than row by row, the page cache grows to hold the run
// (about 1.5 KiB per trade, at most 2 GiB), and, when the call is not inside
// a caller's transaction and no other connection holds the vault, the vault
// uses a rollback journal instead of its WAL (each page is written once).
// Everything is back as it was when the call returns.
Status generateDemo(Database &db, const DemoSpec &spec, const QDateTime &now,
                    const std::function<bool(int done, int total)> &progress = {});

} // namespace mycelium
