// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/sqlcipher.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::Database", text);
}

// "x'<64 hex digits>'": SQLCipher's syntax for a raw key, which skips its own
// PBKDF2 (our key is already random and full-strength).
QByteArray rawKeyLiteral(std::span<const unsigned char> key)
{
    QByteArray literal(int(key.size() * 2 + 3), '\0');
    literal[0] = 'x';
    literal[1] = '\'';
    sodium_bin2hex(literal.data() + 2, key.size() * 2 + 1, key.data(), key.size());
    literal[literal.size() - 1] = '\'';
    return literal;
}

int walCommitted(void *context, sqlite3 *db, const char *schema, int pages)
{
    auto *state = static_cast<int *>(context);
    *state = pages;
    if (pages >= Database::kForcedCheckpointPages)
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void wipe(QByteArray &bytes)
{
    sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace

// ---- Statement -------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_sql(std::move(other.m_sql))
    , m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_db)
        m_db->recycle(std::move(m_sql), m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db->lastError(ErrorCode::VaultDamaged, tr("Reading the vault failed"));
    return false;
}

Status Statement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    const ErrorCode code = (rc == SQLITE_CONSTRAINT) ? ErrorCode::IntegrityViolation : ErrorCode::VaultDamaged;
    m_error = m_db->lastError(code, tr("Writing to the vault failed"));
    return *m_error;
}

Status Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.reset();
    return {};
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// ---- Database --------------------------------------------------------------

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cipherPageSize(other.m_cipherPageSize)
    , m_idle(std::exchange(other.m_idle, {}))
    , m_wal(std::move(other.m_wal))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_idle = std::exchange(other.m_idle, {});
        m_wal = std::move(other.m_wal);
        m_cipherPageSize = other.m_cipherPageSize;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::finalizeIdle()
{
    for (sqlite3_stmt *stmt : std::as_const(m_idle))
        sqlite3_finalize(stmt);
    m_idle.clear();
}

void Database::recycle(QByteArray sql, sqlite3_stmt *stmt)
{
    // Enough for every fixed query of the program; filter queries built from
    // user choices could grow without end, so past the limit they are
    // finalized instead of kept.
    constexpr qsizetype kMaxIdle = 128;
    if (!m_db || sql.isEmpty() || m_idle.size() >= kMaxIdle || m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_idle.insert(std::move(sql), stmt);
}

void Database::close()
{
    finalizeIdle();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

QString Database::cipherVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return version;
}

Result<Database> Database::openKeyed(const QString &path, std::span<const unsigned char> rawKey, int pageSize)
{
    const QByteArray nativePath = QFile::encodeName(path);
    Database db;
    db.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(nativePath.constData(), &db.m_db, flags, nullptr) != SQLITE_OK)
        return db.lastError(ErrorCode::IoError, tr("Cannot open the vault file %1").arg(path));

    // The silent plaintext trap: if the system SQLite was loaded first,
    // sqlite3_key is a no-op and the data would be written in the clear.
    if (cipherVersion(db.m_db).isEmpty())
        return Error::make(ErrorCode::NotEncrypted,
                           tr("Encryption is not available in this process (SQLCipher is not active); the vault was not touched."));

    QByteArray literal = rawKeyLiteral(rawKey);
    const int keyed = sqlite3_key(db.m_db, literal.constData(), int(literal.size()));
    wipe(literal);
    if (keyed != SQLITE_OK)
        return db.lastError(ErrorCode::IoError, tr("Cannot apply the vault key"));
    if (auto s = db.exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize)); !s)
        return s.error();

    // Prove the key: with a wrong key the first page does not decrypt.
    sqlite3_stmt *probe = nullptr;
    int rc = sqlite3_prepare_v2(db.m_db, "SELECT count(*) FROM sqlite_master", -1, &probe, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(probe);
    sqlite3_finalize(probe);
    if (rc != SQLITE_ROW) {
        if (rc == SQLITE_NOTADB)
            return Error::make(ErrorCode::WrongPassphrase, tr("The key does not open the vault %1.").arg(path));
        return db.lastError(ErrorCode::VaultDamaged, tr("The vault %1 cannot be read").arg(path));
    }
    db.m_cipherPageSize = pageSize;
    return db;
}

Result<Database> Database::open(const QString &path, std::span<const unsigned char> rawKey, bool create)
{
    const QByteArray nativePath = QFile::encodeName(path);
    if (create) {
        // Create the file ourselves so that it is born private (0600); SQLite
        // gives its -wal and -shm files the same mode.
        const int fd = ::open(nativePath.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0)
            return Error::make(errno == EEXIST ? ErrorCode::VaultExists : ErrorCode::IoError,
                               tr("Cannot create the vault file %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        ::close(fd);
    } else {
        QFile file(path);
        if (!file.exists())
            return Error::make(ErrorCode::VaultMissing, tr("There is no vault at %1.").arg(path));
        if (file.size() == 0)
            return Error::make(ErrorCode::VaultDamaged, tr("The vault file %1 is empty.").arg(path));
    }

    // New vaults use 4 KiB pages: SQLite does a third less work per row than
    // with SQLCipher 3's 1 KiB default (docs/benchmarks.md). SQLCipher 3 does
    // not record the page size, so a vault that the key does not open at
    // 4 KiB is tried at 1 KiB, the size of vaults made before.
    auto keyed = openKeyed(path, rawKey, kCipherPageSize);
    if (!keyed && keyed.error().code == ErrorCode::WrongPassphrase && !create)
        keyed = openKeyed(path, rawKey, kLegacyCipherPageSize);
    if (!keyed)
        return keyed.error();
    Database db = std::move(*keyed);

    const Status pragmas = db.exec(QStringLiteral("PRAGMA journal_mode=WAL;"
                                                  "PRAGMA synchronous=FULL;"
                                                  "PRAGMA foreign_keys=ON;"
                                                  "PRAGMA secure_delete=ON;"
                                                  "PRAGMA temp_store=MEMORY;"));
    if (!pragmas)
        return pragmas.error();
    sqlite3_busy_timeout(db.m_db, 2000);
    db.m_wal = std::make_unique<WalState>();
    // Replaces SQLite's automatic checkpoint (see checkpoint()).
    sqlite3_wal_hook(db.m_db, walCommitted, &db.m_wal->pages);
    return db;
}

Error Database::lastError(ErrorCode code, const QString &context) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    return Error::make(code, tr("%1: %2.").arg(context, detail));
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    const ErrorCode code = (rc == SQLITE_CONSTRAINT) ? ErrorCode::IntegrityViolation
        : (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) ? ErrorCode::VaultBusy
                                                     : ErrorCode::VaultDamaged;
    return Error::make(code, tr("The vault refused a change: %1.").arg(detail));
}

Result<Statement> Database::prepare(const QString &sql)
{
    QByteArray utf8 = sql.toUtf8();
    if (sqlite3_stmt *idle = m_idle.take(utf8))
        return Statement(idle, this, std::move(utf8));
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError(ErrorCode::VaultDamaged, tr("Cannot prepare a query"));
    return Statement(stmt, this, std::move(utf8));
}

Result<std::int64_t> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::VaultDamaged, tr("A query returned no rows.")));
    return stmt->int64(0);
}

int Database::userVersion()
{
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    return version ? int(*version) : -1;
}

Status Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status Database::checkpoint()
{
    if (!m_db)
        return {};
    int logged = 0;
    int copied = 0;
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied) != SQLITE_OK)
        return lastError(ErrorCode::VaultBusy, tr("Folding the write-ahead log into the vault failed"));
    if (m_wal && copied == logged)
        m_wal->pages = 0;
    return {};
}

Status Database::rekey(std::span<const unsigned char> newRawKey)
{
    // SQLCipher cannot rekey a database in WAL mode: fold the WAL back into
    // the file, switch to a rollback journal for the rekey (which runs as one
    // transaction), then return to WAL.
    if (auto s = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;")); !s)
        return s;
    QByteArray literal = rawKeyLiteral(newRawKey);
    const int rc = sqlite3_rekey(m_db, literal.constData(), int(literal.size()));
    wipe(literal);
    if (rc != SQLITE_OK) {
        const Error error = lastError(ErrorCode::IoError, tr("Re-encrypting the vault failed"));
        (void)exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        return error;
    }
    return exec(QStringLiteral("PRAGMA journal_mode=WAL"));
}

// ---- Transaction -----------------------------------------------------------

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.inTransaction())
        m_savepoint = QStringLiteral("nested_%1").arg(++db.m_savepoints);
    m_began = db.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_active = m_began.ok();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty())
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    else
        (void)m_db.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint));
}

Status Transaction::commit()
{
    if (!m_active)
        return m_began.ok() ? Status(Error::make(ErrorCode::InvalidArgument, tr("The transaction is already finished."))) : m_began;
    m_active = false;
    if (!m_savepoint.isEmpty())
        return m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    const Status committed = m_db.exec(QStringLiteral("COMMIT"));
    if (!committed)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    return committed;
}

} // namespace mycelium
