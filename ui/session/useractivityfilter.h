// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace mycelium {

class IdleLock;

// Installed on the application: every key press, click, scroll or pointer
// movement in any window counts as someone at the laptop and postpones the
// idle lock. It only watches; no event is consumed.
class UserActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit UserActivityFilter(IdleLock *idleLock, QObject *parent = nullptr);

    static bool isUserActivity(const QEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<IdleLock> m_idleLock;
};

} // namespace mycelium
