// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace mycelium {

// Every rule about days asks a Clock, never the system directly, so that
// tests and the CLI's --today can set the date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stands still at a given moment until told otherwise.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime moment) : m_moment(std::move(moment)) { }
    explicit FixedClock(QDate day) : m_moment(day.startOfDay()) { }
    QDateTime now() const override { return m_moment; }
    void set(QDateTime moment) { m_moment = std::move(moment); }
    void advanceDays(int days) { m_moment = m_moment.addDays(days); }

private:
    QDateTime m_moment;
};

} // namespace mycelium
