// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/idlelock.h"

namespace mycelium {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(0, milliseconds);
    if (m_running)
        start();
}

void IdleLock::start()
{
    m_running = true;
    m_sinceActivity.start();
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleLock::stop()
{
    m_running = false;
    m_timer.stop();
}

void IdleLock::activity()
{
    if (m_running)
        m_sinceActivity.restart();
}

void IdleLock::check()
{
    if (!m_running || m_timeoutMs <= 0)
        return;
    const qint64 idle = m_sinceActivity.elapsed();
    if (idle >= m_timeoutMs) {
        stop();
        Q_EMIT timedOut();
    } else {
        m_timer.start(int(m_timeoutMs - idle));
    }
}

} // namespace mycelium
