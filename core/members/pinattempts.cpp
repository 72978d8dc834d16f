// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/pinattempts.h"
#include "members/members.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::PinAttempts", text);
}

} // namespace

PinAttempts::Count PinAttempts::current(std::int64_t number, const QDateTime &now) const
{
    Count count = m_counts.value(number);
    if (count.pausedUntil.isValid() && now >= count.pausedUntil)
        return {}; // the pause is over: five more tries
    return count;
}

int PinAttempts::secondsLocked(std::int64_t number, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const Count count = current(number, now);
    return count.pausedUntil.isValid() ? int(std::max<qint64>(1, now.secsTo(count.pausedUntil))) : 0;
}

int PinAttempts::triesLeft(std::int64_t number, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const Count count = current(number, now);
    return count.pausedUntil.isValid() ? 0 : kWrongInARow - count.wrongInARow;
}

void PinAttempts::forget(std::int64_t number)
{
    QMutexLocker lock(&m_mutex);
    m_counts.remove(number);
}

void PinAttempts::clear()
{
    QMutexLocker lock(&m_mutex);
    m_counts.clear();
}

Status PinAttempts::check(Database &db, std::int64_t number, const QString &pin, const QDateTime &now)
{
    if (const int seconds = secondsLocked(number, now); seconds > 0)
        return Error::make(ErrorCode::WrongPassphrase, pausedMessage(seconds));
    const Status checked = members::checkPin(db, number, pin);
    // Only a PIN that does not match counts: not a member without a PIN,
    // nor a vault that could not be read.
    const bool wrongPin = !checked && checked.error().code == ErrorCode::WrongPassphrase && [&] {
        auto member = members::byNumber(db, number);
        return member && member->hasPin;
    }();
    QMutexLocker lock(&m_mutex);
    if (checked) {
        m_counts.remove(number);
        return checked;
    }
    if (!wrongPin)
        return checked;
    Count count = current(number, now);
    if (++count.wrongInARow >= kWrongInARow)
        count.pausedUntil = now.addSecs(kPauseSeconds);
    m_counts.insert(number, count);
    if (count.pausedUntil.isValid())
        return Error::make(ErrorCode::WrongPassphrase, pausedMessage(kPauseSeconds));
    return checked;
}

QString PinAttempts::waitText(int seconds)
{
    if (seconds > 60) {
        const int minutes = (seconds + 59) / 60;
        return tr("%1 minutes").arg(minutes);
    }
    if (seconds == 60)
        return tr("1 minute");
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
}

QString PinAttempts::pausedMessage(int seconds)
{
    return tr("The PIN was wrong %1 times in a row, so it is refused for %2 minutes. Try again in %3.")
        .arg(kWrongInARow)
        .arg(kPauseSeconds / 60)
        .arg(waitText(seconds));
}

} // namespace mycelium
