// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <cstdint>

namespace mycelium {

class Database;

// The limit on guessing a member's PIN at the hall: after five wrong PINs
// in a row for the same member, that member's PIN is refused for five
// minutes, whatever is typed; a right PIN starts the count again, and so
// does the end of the pause.
//
// The count is kept in memory by whoever checks PINs for a while (the
// window's LedgerController, for as long as the program runs), not in the
// vault: the person it stops stands at the hall laptop, and a wrong PIN
// must not have to write to the vault. It outlives a lock of the vault,
// which the same person could otherwise use to start again. One run of
// mycelium-cli checks one PIN, and whoever runs it holds the passphrase and
// may confirm as the coordinator anyway, so it uses members::checkPin
// directly.
//
// check() is safe to call from a worker thread while the window asks
// secondsLocked(); the slow part (Argon2id) runs outside the lock.
class PinAttempts
{
public:
    static constexpr int kWrongInARow = 5;
    static constexpr int kPauseSeconds = 5 * 60;

    // members::checkPin, unless the member's PIN is paused: then a
    // WrongPassphrase error that says for how long. Counts the outcome.
    Status check(Database &db, std::int64_t number, const QString &pin, const QDateTime &now);

    // Seconds until the member's PIN may be tried again; 0 when it may.
    int secondsLocked(std::int64_t number, const QDateTime &now) const;
    // Wrong PINs still allowed before the pause (kWrongInARow when none).
    int triesLeft(std::int64_t number, const QDateTime &now) const;
    // The count starts again, e.g. after a coordinator set a new PIN.
    void forget(std::int64_t number);
    void clear();

    // "5 minutes", "1 minute", "40 seconds": a wait in words, in whole
    // minutes above one minute (rounded up) and in seconds below.
    static QString waitText(int seconds);
    // Why the PIN is refused now, with the time left.
    static QString pausedMessage(int seconds);

private:
    struct Count {
        int wrongInARow = 0;
        QDateTime pausedUntil; // null: not paused
    };
    // The member's count, with an ended pause forgotten. Call with the lock held.
    Count current(std::int64_t number, const QDateTime &now) const;

    mutable QMutex m_mutex;
    QHash<std::int64_t, Count> m_counts;
};

} // namespace mycelium
