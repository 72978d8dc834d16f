// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace mycelium {

class Database;

// CSV as RFC 4180 describes it: comma separator, fields quoted with double
// quotes (a quote inside is doubled), records ending in LF or CRLF, UTF-8
// with or without a byte order mark. We write LF endings, no BOM, and quote a
// field only when it contains a comma, a quote, CR or LF. Amounts are plain
// decimals ("40.00", Money::toPlainString) and dates ISO 8601 ("2026-11-21").
namespace csv {

// Reads records one at a time from bytes already in memory. Line numbers are
// those a text editor shows (the header is line 1); a record whose quoted
// field spans lines is reported on the line where it starts. Blank lines are
// skipped. Inside a quoted field CRLF is read as LF.
class Reader
{
public:
    // Skips a UTF-8 byte order mark. The bytes must outlive the reader.
    explicit Reader(QByteArrayView bytes);

    // False at the end or on a malformed record; then error() says which.
    bool next();
    int line() const { return m_line; }
    const QStringList &fields() const { return m_fields; }
    // Empty unless next() stopped on a malformed record: "line N: ...".
    const QString &error() const { return m_error; }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_nextLine = 1;
    int m_line = 0;
    QStringList m_fields;
    QString m_error;
};

// Empty when the bytes are valid UTF-8 (a leading BOM allowed); otherwise
// "line N: ..." naming the line of the first invalid byte.
QString checkUtf8(QByteArrayView bytes);

// One field, quoted only when needed.
QByteArray field(const QString &text);
// One record: fields joined by commas, ending in LF.
QByteArray record(const QStringList &fields);

// ---- For importers ----------------------------------------------------------
// Their errors are InvalidArgument and say where: "line 7, field late_fee: ...".

// The header line of an import: which column holds which known name.
class Columns
{
public:
    // Reads the first record: each name one of `known` (spelled exactly so),
    // none twice, every one of `required` present.
    static Result<Columns> read(Reader &reader, const QStringList &known, const QStringList &required);

    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    bool has(const QString &name) const { return m_index.contains(name); }
    int count() const { return m_count; }
    // The field of a record under a column, empty when the file lacks it.
    QString value(const QStringList &fields, const QString &name) const
    {
        const int i = indexOf(name);
        return i < 0 ? QString() : fields.at(i);
    }

private:
    QHash<QString, int> m_index;
    int m_count = 0;
};

// The whole file, refused unless it is UTF-8.
Result<QByteArray> readAll(QIODevice &device);
// Refused unless the reader's record has as many fields as the header.
Status checkFieldCount(const Reader &reader, const Columns &columns);
// A whole number without sign or grouping (surrounding spaces ignored).
std::optional<std::int64_t> parseWholeNumber(const QString &text);
// Exactly YYYY-MM-DD (surrounding spaces ignored), a real day; invalid otherwise.
QDate parseDate(const QString &text);
// "line 7" and "line 7, field late_fee", for messages.
QString atLine(int line);
QString atField(int line, const QString &field);
// The text as the file has it, in double quotes, for messages.
QString quoted(const QString &text);

} // namespace csv

// Writes four files into `directory` (created when missing), each replaced
// atomically (QSaveFile), from one consistent snapshot of the vault:
//   members.csv    number,name,contact,joined_on,status,balance,credit_line
//   trades.csv     id,date,payer_number,payee_number,amount,memo,category,
//                  recorded_by,confirmation,reverses   (reversals included,
//                  reverses empty for ordinary trades; number 0 is the
//                  commons fund)
//   balances.csv   number,name,balance   (the commons fund as number 0)
//   demurrage.csv  journal_seq,number,first_day,last_day,balance_before,amount
// Balances are the vault's current balances: demurrage is realized lazily,
// so a caller that wants them up to date settles demurrage through yesterday
// first (ledger::settleDemurrage); exporting never writes to the vault.
Status exportCsv(Database &db, const QString &directory);

// Adds the members listed in a CSV file whose first line names the columns,
// in any order, spelled exactly:
//   name       required, not blank
//   number     optional; a positive integer not used in the vault or the file.
//              Rows without one get numbers above the highest number in the
//              vault and the file, in file order.
//   contact    optional
//   joined_on  optional, YYYY-MM-DD; today when empty
//   pin        optional, at least members::kMinimumPinLength characters
//              (hashing each PIN takes a noticeable fraction of a second)
//   status     optional: active (when empty), suspended or left
//   balance, credit_line   accepted so that members.csv from exportCsv reads
//              back, and ignored: balances come from importing trades, and
//              the credit line is the community's setting.
// Any other column is an error. Every row is checked before anything is
// written; the first problem comes back as "line N, field F: what is wrong"
// (InvalidArgument) and the vault is unchanged. Then all rows are added in
// one transaction, all or nothing. Returns the number of members added.
Result<int> importMembers(Database &db, QIODevice &csv, const QDateTime &now);

// Records the trades listed in a CSV file, in file order:
//   date, payer_number, payee_number, amount, memo   required columns
//   category, recorded_by, confirmation (none, pin or coordinator)   optional
//   id, reverses   optional, as exportCsv writes them: a row whose reverses
//              names the id of an earlier row is recorded as the reversal of
//              that trade (ledger::reverse), so an export with reversals reads
//              back; its memo and category come from the ledger.
// Member numbers must exist (0 is the commons fund) and be active; amounts
// are plain decimals above zero; dates may not be in the future, nor on days
// whose demurrage is settled, and must not decrease from one row to the next
// (demurrage settles each account's days in order, so the past closes as the
// file advances). Everything that can be checked up front is, naming line and
// field; then the trades are recorded with ledger::recordTrade inside one
// transaction, and if the ledger refuses one (most likely the payer's credit
// line) the error names its line and nothing is recorded. Returns the number
// of rows recorded.
Result<int> importTrades(Database &db, QIODevice &csv, const QDateTime &now);

} // namespace mycelium
