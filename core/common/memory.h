// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mycelium {

// Hands memory that the program has freed back to the system. glibc keeps
// freed heap memory for reuse, so after a burst (Argon2id's 224 MiB at
// unlock, a worker thread's SQLite page cache) the resident size would stay
// at its peak for the rest of the session. Cheap; call after such bursts.
void releaseFreedMemory();

} // namespace mycelium
