// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace mycelium {

// Compiles every .qml file of the Mycelium module (the qrc folder
// :/Mycelium, walked recursively) with the given engine and prints each
// error. Returns the process exit code: 0 when all of them load.
int runQmlSelfTest(QQmlEngine &engine);

} // namespace mycelium
