// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/memory.h"

#include <cstddef> // defines __GLIBC__ on glibc, for the test below

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mycelium {

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace mycelium
