// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QTemporaryDir>

#include <memory>

namespace mycelium {
class Clock;
class Vault;
} // namespace mycelium

namespace mycelium::test {

// Fresh vaults for the tests of a class, each in a file of its own in one
// temporary folder, made with the fastest key derivation libsodium allows.
class TestVaults
{
public:
    static const QString kPassphrase;

    explicit TestVaults(const Clock &clock) : m_clock(clock) { }
    Result<std::unique_ptr<Vault>> create();

private:
    QTemporaryDir m_dir;
    const Clock &m_clock;
    int m_created = 0;
};

} // namespace mycelium::test
