// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the screen benchmarks (on the window tests' environment) share.
#pragma once

#include "testenvironment.h"

#include "session/vaultsession.h"

#include <QString>
#include <QTest>

#include <functional>

namespace mycelium::bench {

// Makes a vault with `create(passphrase)` and unlocks it; false when either
// fails.
inline bool unlockNewVault(TestEnvironment &env, const std::function<bool(const QString &passphrase)> &create)
{
    const QString passphrase = QStringLiteral("correct horse battery staple");
    if (!create(passphrase))
        return false;
    env.session()->unlock(passphrase, false);
    return QTest::qWaitFor([&] { return env.session()->state() == VaultSession::State::Unlocked; }, 60000);
}

} // namespace mycelium::bench
