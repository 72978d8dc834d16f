// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mycelium {

// A rough, explainable strength estimate for the coordinator's passphrase.
// It guards the whole community's books, so very weak ones are refused; the
// hint tells how to do better rather than imposing character rules.
struct PassphraseVerdict {
    enum Strength { TooShort, Weak, Fair, Strong, VeryStrong };
    Strength strength = TooShort;
    int estimatedBits = 0; // entropy estimate after penalties
    bool acceptable = false; // at least kMinimumLength characters and Fair
    QString hint; // one sentence for the person typing
};

inline constexpr int kMinimumPassphraseLength = 10;

PassphraseVerdict assessPassphrase(const QString &passphrase);

} // namespace mycelium
