// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace mycelium::cli {

// A passphrase held as briefly as possible: its characters are overwritten
// when it goes away. (Best effort: the core copies it into locked memory
// for the key derivation, but a QString cannot be kept out of the heap.)
class SecretText
{
public:
    SecretText() = default;
    explicit SecretText(QString text) : m_text(std::move(text)) { }
    SecretText(const SecretText &) = delete;
    SecretText &operator=(const SecretText &) = delete;
    SecretText(SecretText &&other) noexcept : m_text(std::move(other.m_text)) { other.m_text = QString(); }
    SecretText &operator=(SecretText &&other) noexcept;
    ~SecretText() { wipe(); }

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    void wipe();

private:
    QString m_text;
};

// Where the passphrases of one run come from, in the documented order:
// --passphrase-file, the MYCELIUM_PASSPHRASE environment variable, a prompt
// without echo on the terminal, one line of standard input.
class PassphraseInput
{
public:
    explicit PassphraseInput(QString passphraseFile) : m_passphraseFile(std::move(passphraseFile)) { }

    // The passphrase of an existing vault.
    Result<SecretText> existing(const QString &prompt);
    // The passphrase of a vault being created: on a terminal it is checked
    // for strength (see checkStrength) and asked a second time.
    Result<SecretText> forNewVault(const QString &prompt, const QString &consequence);
    // A replacement passphrase (passwd): from newPassphraseFile if given,
    // else asked twice on a terminal, else the next line of standard input.
    Result<SecretText> replacement(const QString &newPassphraseFile, const QString &consequence);

    // "the file ~/pass", "the environment variable MYCELIUM_PASSPHRASE", ...:
    // where the last passphrase from existing()/forNewVault() came from.
    QString lastSource() const { return m_lastSource; }

    static bool stdinIsTerminal();
    static Result<SecretText> readFile(const QString &path);

private:
    Result<SecretText> askTwiceOnTerminal(const QString &prompt, const QString &repeatPrompt, const QString &consequence);

    QString m_passphraseFile;
    QString m_lastSource;
};

// Refuses a passphrase the core would refuse (InvalidArgument), with the
// core's hint and what that means for the command ("Nothing was created.").
Status checkStrength(const SecretText &passphrase, const QString &consequence);

} // namespace mycelium::cli
