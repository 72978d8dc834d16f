// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mycelium {

// What went wrong, in terms a caller can branch on. The CLI maps these to its
// exit codes and the GUI to its error screens, so keep the list short.
enum class ErrorCode {
    InvalidArgument, // the caller asked for something malformed (usage error)
    WrongPassphrase, // the passphrase or key does not open the vault
    Locked, // the vault is locked and the operation needs it open
    KeyFileMissing,
    KeyFileDamaged,
    VaultMissing,
    VaultExists,
    VaultDamaged, // not a vault, truncated, or failing its integrity check
    VaultBusy, // another process holds the vault's lock file
    NotEncrypted, // SQLCipher is not active in this process: refuse to touch the file
    SchemaTooNew, // the vault was written by a newer Mycelium
    IoError,
    KeychainUnavailable,
    IntegrityViolation, // an invariant of a domain does not hold
    Cancelled,
};

struct Error {
    ErrorCode code;
    QString message; // one sentence a coordinator can act on

    static Error make(ErrorCode code, QString message) { return Error{code, std::move(message)}; }
};

// Either a value or an Error. Errors are values here: nothing throws across
// the core's boundary.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // A temporary hands its value out by value, so that
    // `for (auto &x : *makeList())` cannot dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace mycelium

#include <QMetaType>
Q_DECLARE_METATYPE(mycelium::Error)
