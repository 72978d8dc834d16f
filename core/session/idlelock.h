// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace mycelium {

// Fires timedOut() once no activity has been reported for the timeout.
// activity() is called on every key press and pointer event, so it only
// notes the time; the timer re-arms itself lazily when it fires early.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);

    // 0 disables the idle lock.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    void activity();

Q_SIGNALS:
    void timedOut();

private:
    void check();

    QTimer m_timer;
    QElapsedTimer m_sinceActivity;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_running = false;
};

} // namespace mycelium
