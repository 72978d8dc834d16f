// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphraseinput.h"
#include "security/passphrasepolicy.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mycelium::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium-cli", text);
}

constexpr char kEnvironmentVariable[] = "MYCELIUM_PASSPHRASE";
// Longer than any passphrase a person types; a bigger file is a mistake.
constexpr qsizetype kMaxPassphraseBytes = 4096;

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// Removes one trailing "\n" (or "\r\n").
void chopNewline(QByteArray &bytes)
{
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    }
}

SecretText takeUtf8(QByteArray &bytes)
{
    SecretText text(QString::fromUtf8(bytes));
    wipeBytes(bytes);
    return text;
}

// ---- terminal without echo ---------------------------------------------

// Restores the echo if a signal arrives while it is off, then dies of the
// signal as usual. Only async-signal-safe calls in the handler.
termios g_savedTerminal;
volatile std::sig_atomic_t g_echoIsOff = 0;
constexpr std::array kRestoringSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreEchoAndDie(int signalNumber)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    const char newline = '\n';
    (void)!write(STDERR_FILENO, &newline, 1);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreEchoAndDie;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < kRestoringSignals.size(); ++i)
            sigaction(kRestoringSignals[i], &action, &m_previous[i]);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= tcflag_t(~ECHO);
        quiet.c_lflag |= ECHONL; // the Enter key still moves to the next line
        g_echoIsOff = 1;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
            g_echoIsOff = 0;
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        if (g_echoIsOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoIsOff = 0;
        for (std::size_t i = 0; i < kRestoringSignals.size(); ++i)
            sigaction(kRestoringSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
    std::array<struct sigaction, kRestoringSignals.size()> m_previous = {};
};

// ---- reading one line ----------------------------------------------------

enum class LineStatus { Line, EndOfInput, TooLong, ReadError };

// Reads up to and including the next newline, byte by byte, so that nothing
// after it is taken out of standard input (passwd may read a second line)
// and no copy of the secret is left in a stdio buffer.
LineStatus readLine(QByteArray &line)
{
    std::array<char, kMaxPassphraseBytes + 1> buffer;
    qsizetype length = 0;
    bool sawAnything = false;
    LineStatus status = LineStatus::Line;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            status = LineStatus::ReadError;
            break;
        }
        if (n == 0) {
            if (!sawAnything)
                status = LineStatus::EndOfInput;
            break;
        }
        sawAnything = true;
        if (c == '\n')
            break;
        if (length == qsizetype(buffer.size())) {
            status = LineStatus::TooLong;
            continue; // drain the rest of the line
        }
        buffer[std::size_t(length++)] = c;
    }
    if (status == LineStatus::Line) {
        line = QByteArray(buffer.data(), length);
        if (line.endsWith('\r'))
            line.chop(1);
    }
    sodium_memzero(buffer.data(), buffer.size());
    return status;
}

Result<SecretText> promptWithoutEcho(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray line;
    LineStatus status;
    {
        EchoOff echoOff;
        status = readLine(line);
    }
    if (status == LineStatus::EndOfInput)
        std::fputc('\n', stderr);
    switch (status) {
    case LineStatus::Line:
        break;
    case LineStatus::EndOfInput:
        return Error::make(ErrorCode::Cancelled, tr("No passphrase was entered; nothing was changed."));
    case LineStatus::TooLong:
        return Error::make(ErrorCode::InvalidArgument, tr("The passphrase is longer than %1 bytes; nothing was changed.").arg(kMaxPassphraseBytes));
    case LineStatus::ReadError:
        return Error::make(ErrorCode::IoError, tr("Cannot read from the terminal: %1.").arg(QString::fromLocal8Bit(strerror(errno))));
    }
    if (line.isEmpty())
        return Error::make(ErrorCode::Cancelled, tr("No passphrase was entered; nothing was changed."));
    return takeUtf8(line);
}

Result<SecretText> readStandardInputLine()
{
    QByteArray line;
    switch (readLine(line)) {
    case LineStatus::Line:
        break;
    case LineStatus::EndOfInput:
        return Error::make(ErrorCode::InvalidArgument,
                           tr("No passphrase given: use --passphrase-file FILE, set MYCELIUM_PASSPHRASE, or run the command on a terminal."));
    case LineStatus::TooLong:
        return Error::make(ErrorCode::InvalidArgument,
                           tr("The line read from standard input is longer than %1 bytes, too long for a passphrase.").arg(kMaxPassphraseBytes));
    case LineStatus::ReadError:
        return Error::make(ErrorCode::IoError, tr("Cannot read the passphrase from standard input: %1.").arg(QString::fromLocal8Bit(strerror(errno))));
    }
    if (line.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("The passphrase read from standard input is empty."));
    return takeUtf8(line);
}

} // namespace

SecretText &SecretText::operator=(SecretText &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_text = std::move(other.m_text);
        other.m_text = QString();
    }
    return *this;
}

void SecretText::wipe()
{
    // data() would copy a shared string only to wipe the copy; a shared
    // string is still referenced elsewhere, so there is nothing to wipe here.
    if (!m_text.isEmpty() && !m_text.isDetached()) {
        m_text = QString();
        return;
    }
    if (!m_text.isEmpty())
        sodium_memzero(m_text.data(), size_t(m_text.size()) * sizeof(QChar));
    m_text = QString();
}

bool PassphraseInput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

Result<SecretText> PassphraseInput::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorCode::InvalidArgument, tr("The passphrase file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::InvalidArgument, tr("Cannot read the passphrase file %1: %2.").arg(path, file.errorString()));
    QByteArray bytes = file.read(kMaxPassphraseBytes + 3);
    if (bytes.size() > kMaxPassphraseBytes + 2) {
        wipeBytes(bytes);
        return Error::make(ErrorCode::InvalidArgument,
                           tr("The passphrase file %1 is longer than %2 bytes; it does not look like a passphrase.").arg(path).arg(kMaxPassphraseBytes));
    }
    chopNewline(bytes);
    if (bytes.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("The passphrase file %1 is empty.").arg(path));
    return takeUtf8(bytes);
}

Result<SecretText> PassphraseInput::existing(const QString &prompt)
{
    if (!m_passphraseFile.isEmpty()) {
        m_lastSource = tr("the file %1").arg(m_passphraseFile);
        return readFile(m_passphraseFile);
    }
    if (QByteArray fromEnvironment = qgetenv(kEnvironmentVariable); !fromEnvironment.isEmpty()) {
        m_lastSource = tr("the environment variable %1").arg(QLatin1String(kEnvironmentVariable));
        return takeUtf8(fromEnvironment);
    }
    if (stdinIsTerminal()) {
        m_lastSource = tr("the terminal");
        return promptWithoutEcho(prompt);
    }
    m_lastSource = tr("standard input");
    return readStandardInputLine();
}

Result<SecretText> PassphraseInput::forNewVault(const QString &prompt, const QString &consequence)
{
    // The same order as existing(); an empty MYCELIUM_PASSPHRASE counts as unset.
    if (m_passphraseFile.isEmpty() && qEnvironmentVariableIsEmpty(kEnvironmentVariable) && stdinIsTerminal()) {
        m_lastSource = tr("the terminal");
        return askTwiceOnTerminal(prompt, tr("Repeat the passphrase: "), consequence);
    }
    return existing(prompt);
}

Result<SecretText> PassphraseInput::replacement(const QString &newPassphraseFile, const QString &consequence)
{
    if (!newPassphraseFile.isEmpty())
        return readFile(newPassphraseFile);
    if (stdinIsTerminal())
        return askTwiceOnTerminal(tr("New passphrase: "), tr("Repeat the new passphrase: "), consequence);
    return readStandardInputLine();
}

Result<SecretText> PassphraseInput::askTwiceOnTerminal(const QString &prompt, const QString &repeatPrompt, const QString &consequence)
{
    auto first = promptWithoutEcho(prompt);
    if (!first)
        return first.error();
    // Say so before the second question rather than after it.
    if (auto strong = checkStrength(*first, consequence); !strong)
        return strong.error();
    auto second = promptWithoutEcho(repeatPrompt);
    if (!second)
        return second.error();
    if (first->text() != second->text())
        return Error::make(ErrorCode::InvalidArgument, tr("The two passphrases do not match. %1").arg(consequence));
    return std::move(*first);
}

Status checkStrength(const SecretText &passphrase, const QString &consequence)
{
    const PassphraseVerdict verdict = assessPassphrase(passphrase.text());
    if (verdict.acceptable)
        return {};
    return Error::make(ErrorCode::InvalidArgument, tr("Passphrase refused: %1 %2").arg(verdict.hint, consequence));
}

} // namespace mycelium::cli
