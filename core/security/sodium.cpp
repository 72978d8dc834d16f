// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace mycelium {

void ensureSodium()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            std::fputs("mycelium: libsodium could not be initialised\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)ready;
}

void disableCoreDumps()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace mycelium
