// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

namespace mycelium {
class Vault;
}

namespace mycelium::test {

inline const QString kPassphrase = QStringLiteral("correct horse battery staple");
inline const QString kCommunity = QStringLiteral("Riverside Commons");
inline const QString kDay1 = QStringLiteral("2026-01-01");
inline const QString kAdaPin = QStringLiteral("2468");

struct CliRun {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

// Runs mycelium-cli with HOME and XDG_* in `home`, MYCELIUM_PASSPHRASE set to
// `passphrase` (unset when null), and standard input a pipe that holds
// `input` and then ends, so that the program never waits for a person.
CliRun runCli(const QStringList &arguments, const QString &home, const QString &passphrase, const QByteArray &input = {});

// The command must fail as a usage error (exit 2) whose one line names
// `named`, and print nothing on standard output.
void verifyUsageError(const CliRun &result, const QString &named);

// QStringList from plain literals: L({"trade", "--from", "1"}).
QStringList L(std::initializer_list<const char *> words);
QJsonObject parseObject(const QString &text);
// An error is one "mycelium-cli: ..." line on stderr.
void verifyOneLineError(const CliRun &result);

// Runs the real mycelium-cli on vaults copied from templates made once.
//
// The vaults are made in-process with the fastest key derivation libsodium
// allows: every command unlocks the vault, and with the standard Argon2id
// cost that alone would take half a second per run.
class CliFixture
{
protected:
    // In initTestCase: "empty.vault", and "people.vault" with three members
    // who joined on 2026-01-01: 1 Ada Lovelace (contact ada@example.org, PIN
    // kAdaPin), 2 Bob, 3 Cleo.
    void makeTemplates();
    // In init and cleanup: a fresh folder for each test.
    void startTest();
    void endTest();

    // Runs mycelium-cli on this test's vault with --today `today`, HOME and
    // XDG_* in the test's folder and the passphrase in the environment.
    CliRun run(const QStringList &arguments, const QString &today = kDay1);
    CliRun runOn(const QString &vault, const QStringList &arguments, const QString &today);
    // Copies a template into this test's folder as its vault.
    void useTemplate(const QString &name);
    QString vaultPath() const { return m_dir->filePath(QStringLiteral("community.vault")); }
    QString writeFile(const QString &name, const QByteArray &content);
    // Opens the vault in this process, to look at what the commands left.
    std::unique_ptr<Vault> openVault();

    QTemporaryDir m_templateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{QDate(2026, 1, 1)};
};

} // namespace mycelium::test
