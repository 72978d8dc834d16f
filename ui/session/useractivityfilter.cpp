// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/useractivityfilter.h"

#include "session/idlelock.h"

#include <QEvent>

namespace mycelium {

UserActivityFilter::UserActivityFilter(IdleLock *idleLock, QObject *parent)
    : QObject(parent)
    , m_idleLock(idleLock)
{
}

bool UserActivityFilter::isUserActivity(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

bool UserActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Input reaches the window first and is then passed on to its items;
    // looking at windows only counts each event once.
    if (m_idleLock && watched->isWindowType() && isUserActivity(event))
        m_idleLock->activity();
    return QObject::eventFilter(watched, event);
}

} // namespace mycelium
