// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QPointer>

namespace mycelium {

// Points a model at another LedgerController (a property set from QML):
// the old controller's connections go, connectTo() makes the new ones.
// Returns false when nothing changed, so the caller skips its reload.
template<typename ConnectTo>
bool rebindLedger(QObject *object, QPointer<LedgerController> &current, LedgerController *next, ConnectTo connectTo)
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, object, nullptr);
    current = next;
    if (current)
        connectTo(current.data());
    return true;
}

} // namespace mycelium
