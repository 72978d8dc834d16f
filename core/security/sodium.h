// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mycelium {

// Initialises libsodium once per process; safe to call from any thread.
// Aborts when the library cannot start (no usable random source), because
// nothing secure can happen after that.
void ensureSodium();

// Keeps secrets out of core files: no core dumps, not attachable by ptrace
// from unprivileged processes. Called first thing by both programs.
void disableCoreDumps();

} // namespace mycelium
