// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace mycelium {

class Database;

// A prepared statement. Bind by 1-based index, step, read columns.
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    // Advances to the next row. Returns true while a row is available, false
    // when done; a failure is kept in error().
    bool next();
    // Runs a statement that returns no rows.
    Status exec();
    Status reset();

    std::int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    const std::optional<Error> &error() const { return m_error; }

    // Every remaining row, each made by fromRow(*this); the first failure
    // instead.
    template <typename FromRow>
    auto rows(FromRow fromRow) -> Result<QList<std::invoke_result_t<FromRow, const Statement &>>>
    {
        QList<std::invoke_result_t<FromRow, const Statement &>> result;
        while (next())
            result.append(fromRow(std::as_const(*this)));
        if (m_error)
            return *m_error;
        return result;
    }
    // The next row made by fromRow, none when there is no row, or the failure.
    template <typename FromRow>
    auto firstRow(FromRow fromRow) -> Result<std::optional<std::invoke_result_t<FromRow, const Statement &>>>
    {
        using Row = std::invoke_result_t<FromRow, const Statement &>;
        if (next())
            return std::optional<Row>(fromRow(std::as_const(*this)));
        if (m_error)
            return *m_error;
        return std::optional<Row>();
    }

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, Database *db, QByteArray sql) : m_stmt(stmt), m_db(db), m_sql(std::move(sql)) { }
    void release();
    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    QByteArray m_sql; // the key under which the connection keeps it when done
    std::optional<Error> m_error;
};

// An open SQLCipher database. Owns the connection; closing is automatic.
class Database
{
public:
    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    ~Database();

    // Opens (or creates, if create is true) the file and applies the raw
    // 32-byte key. Refuses when SQLCipher is not active in this process, and
    // proves the key by reading sqlite_master: a wrong key is WrongPassphrase,
    // a file that is not a database is VaultDamaged.
    static Result<Database> open(const QString &path, std::span<const unsigned char> rawKey, bool create);

    static constexpr int kCipherPageSize = 4096; // of new vaults
    static constexpr int kLegacyCipherPageSize = 1024; // of vaults made before 4 KiB pages
    // The page size this vault opened with; the sqlcipher shell needs it
    // too (PRAGMA cipher_page_size) when it is not SQLCipher 3's 1,024.
    int cipherPageSize() const { return m_cipherPageSize; }

    // SQLCipher's version, or empty when the process runs plain SQLite.
    static QString cipherVersion(sqlite3 *db);

    bool isOpen() const { return m_db != nullptr; }
    void close();
    QString path() const { return m_path; }

    Status exec(const QString &sql); // may contain several statements
    // Compiled statements are kept per connection and reused when the same
    // SQL is prepared again: recording a trade runs about fifteen, and
    // compiling them each time cost more than running them.
    Result<Statement> prepare(const QString &sql);
    // Convenience for a single integer answer ("SELECT count(*) ...").
    Result<std::int64_t> scalar(const QString &sql);

    int userVersion();
    Status setUserVersion(int version);

    // Write-ahead log housekeeping. SQLite would copy the log back into the
    // file inside whichever commit crosses 1,000 pages, making that one
    // trade ten times slower than the others. Instead the program calls
    // checkpoint() when it has time (the GUI after a change, from a second
    // connection); only a log past kForcedCheckpointPages is folded back
    // inside a commit, so the file cannot grow without end.
    static constexpr int kCheckpointPages = 1000;
    static constexpr int kForcedCheckpointPages = 20000;
    int walPages() const { return m_wal ? m_wal->pages : 0; }
    bool wantsCheckpoint() const { return walPages() >= kCheckpointPages; }
    Status checkpoint();

    // Re-encrypts the whole database under a new raw key (PRAGMA rekey).
    Status rekey(std::span<const unsigned char> newRawKey);

    Error lastError(ErrorCode code, const QString &context) const;
    bool inTransaction() const;
    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    static Result<Database> openKeyed(const QString &path, std::span<const unsigned char> rawKey, int pageSize);
    void recycle(QByteArray sql, sqlite3_stmt *stmt);
    void finalizeIdle();

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_savepoints = 0; // names nested savepoints
    int m_cipherPageSize = 0;
    QHash<QByteArray, sqlite3_stmt *> m_idle; // reset, ready for the next prepare()
    struct WalState {
        int pages = 0;
    };
    std::unique_ptr<WalState> m_wal; // on the heap: SQLite's hook keeps its address across moves
    friend class Transaction;
};

// Commits on commit(), rolls back when destroyed without it. Inside another
// transaction it becomes a savepoint, so operations compose: an import can
// wrap a thousand recordTrade() calls and still apply all or nothing.
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    const Status &began() const { return m_began; }
    Status commit();

private:
    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_began;
    bool m_active = false;
};

} // namespace mycelium
