// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/csv.h"
#include "ledger/ledger.h"
#include "ledger/money.h"
#include "members/members.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <array>
#include <memory>
#include <optional>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::csv", text);
}

Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

} // namespace

// ---- Reading and writing CSV ------------------------------------------------

namespace csv {

Reader::Reader(QByteArrayView bytes)
    : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool Reader::next()
{
    const qsizetype size = m_bytes.size();
    const char *b = m_bytes.data();
    m_fields.clear();
    if (!m_error.isEmpty())
        return false;
    // Blank lines separate nothing; skip them.
    while (m_pos < size && (b[m_pos] == '\n' || b[m_pos] == '\r')) {
        if (b[m_pos] == '\r' && m_pos + 1 < size && b[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_nextLine;
    }
    if (m_pos >= size)
        return false;
    m_line = m_nextLine;
    while (true) {
        const int column = int(m_fields.size()) + 1;
        if (m_pos < size && b[m_pos] == '"') {
            ++m_pos;
            QByteArray value;
            while (true) {
                if (m_pos >= size) {
                    m_error = tr("line %1, column %2: a quoted field is not closed; the closing double quote is missing.").arg(m_line).arg(column);
                    return false;
                }
                const char c = b[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < size && b[m_pos + 1] == '"') {
                        value.append('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == '\r' && m_pos + 1 < size && b[m_pos + 1] == '\n') {
                    value.append('\n');
                    m_pos += 2;
                    ++m_nextLine;
                    continue;
                }
                if (c == '\n')
                    ++m_nextLine;
                value.append(c);
                ++m_pos;
            }
            if (m_pos < size && b[m_pos] != ',' && b[m_pos] != '\n' && b[m_pos] != '\r') {
                m_error = tr("line %1, column %2: text follows the closing double quote; a double quote inside a quoted field is written twice (\"\").")
                              .arg(m_nextLine)
                              .arg(column);
                return false;
            }
            m_fields.append(QString::fromUtf8(value));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && b[m_pos] != ',' && b[m_pos] != '\n' && b[m_pos] != '\r') {
                if (b[m_pos] == '"') {
                    m_error = tr("line %1, column %2: a double quote inside a field that does not start with one; quote the whole field and write the quote twice (\"\").")
                                  .arg(m_line)
                                  .arg(column);
                    return false;
                }
                ++m_pos;
            }
            m_fields.append(QString::fromUtf8(b + start, m_pos - start));
        }
        if (m_pos < size && b[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        // End of the record: LF, CRLF, a lone CR, or the end of the bytes.
        if (m_pos < size) {
            if (b[m_pos] == '\r' && m_pos + 1 < size && b[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_nextLine;
        }
        return true;
    }
}

QString checkUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    int line = 1;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '\n')
                ++line;
            ++i;
            continue;
        }
        int length = 0;
        std::uint32_t code = 0;
        std::uint32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
            minimum = 0x10000;
        }
        bool ok = length > 0 && i + length <= size;
        for (int k = 1; ok && k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                code = (code << 6) | (p[i + k] & 0x3F);
        }
        ok = ok && code >= minimum && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        if (!ok)
            return tr("line %1: the text is not valid UTF-8; save the file as UTF-8 and try again.").arg(line);
        i += length;
    }
    return {};
}

QByteArray field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    bool needsQuotes = false;
    for (char c : std::as_const(utf8)) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return utf8;
    QByteArray quoted;
    quoted.reserve(utf8.size() + 8);
    quoted.append('"');
    for (char c : std::as_const(utf8)) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

QByteArray record(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(',');
        out.append(field(fields.at(i)));
    }
    out.append('\n');
    return out;
}

} // namespace csv

// ---- Shared helpers for the importers --------------------------------------

namespace csv {

QString atLine(int line)
{
    return tr("line %1").arg(line);
}

QString atField(int line, const QString &field)
{
    return tr("line %1, field %2").arg(line).arg(field);
}

Result<Columns> Columns::read(Reader &reader, const QStringList &known, const QStringList &required)
{
    if (!reader.next()) {
        if (!reader.error().isEmpty())
            return invalid(reader.error());
        return invalid(tr("The file is empty: its first line must name the columns, for example %1.").arg(required.join(QLatin1Char(','))));
    }
    Columns columns;
    columns.m_count = int(reader.fields().size());
    for (int i = 0; i < columns.m_count; ++i) {
        const QString name = reader.fields().at(i);
        if (name.trimmed().isEmpty())
            return invalid(tr("%1, column %2: the column has no name; name it, or remove the extra comma.").arg(atLine(reader.line())).arg(i + 1));
        if (!known.contains(name))
            return invalid(tr("%1: \"%2\" is not a column this import knows; the columns are %3 (spelled exactly so).")
                               .arg(atField(reader.line(), name), name, known.join(QStringLiteral(", "))));
        if (columns.m_index.contains(name))
            return invalid(tr("%1: the column appears twice.").arg(atField(reader.line(), name)));
        columns.m_index.insert(name, i);
    }
    for (const QString &name : required) {
        if (!columns.m_index.contains(name))
            return invalid(tr("%1: the column \"%2\" is missing; the file needs the columns %3.")
                               .arg(atLine(reader.line()), name, required.join(QStringLiteral(", "))));
    }
    return columns;
}

Result<QByteArray> readAll(QIODevice &device)
{
    if (!device.isOpen() || !device.isReadable())
        return Error::make(ErrorCode::IoError, tr("The CSV file is not open for reading."));
    QByteArray bytes = device.readAll();
    if (const QString bad = checkUtf8(bytes); !bad.isEmpty())
        return invalid(bad);
    return bytes;
}

Status checkFieldCount(const Reader &reader, const Columns &columns)
{
    if (reader.fields().size() == columns.count())
        return {};
    return invalid(tr("%1: %2 fields where the first line names %3 columns; a field that contains a comma must be in double quotes.")
                       .arg(atLine(reader.line()))
                       .arg(reader.fields().size())
                       .arg(columns.count()));
}

std::optional<std::int64_t> parseWholeNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    for (QChar c : t) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-'))
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int k = 0; k < lengths[p]; ++k) {
            const QChar c = t.at(starts[p] + k);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return {};
            parts[p] = parts[p] * 10 + (c.unicode() - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

} // namespace csv

namespace {

using csv::atField;
using csv::atLine;
using csv::checkFieldCount;
using csv::Columns;
using csv::parseDate;
using csv::quoted;

QString statusWords(Member::Status status)
{
    return status == Member::Status::Suspended ? tr("is suspended") : tr("has left the community");
}

} // namespace

// ---- Export ----------------------------------------------------------------

namespace {

class CsvFile
{
public:
    explicit CsvFile(const QString &path) : m_file(path) { }
    bool open() { return m_file.open(QIODevice::WriteOnly); }
    void write(const QStringList &fields)
    {
        m_buffer.append(csv::record(fields));
        if (m_buffer.size() >= 1 << 20)
            flush();
    }
    void flush()
    {
        if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    Status finish()
    {
        flush();
        if (m_failed || !m_file.commit())
            return Error::make(ErrorCode::IoError, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }
    QString errorString() const { return m_file.errorString(); }
    QString fileName() const { return m_file.fileName(); }

private:
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

QString amount(std::int64_t minor)
{
    return Money::fromMinor(minor).toPlainString();
}

} // namespace

Status exportCsv(Database &db, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Error::make(ErrorCode::IoError, tr("Cannot create the folder %1.").arg(directory));
    const QDir dir(directory);
    // One snapshot for all four files; nothing is written, so it rolls back.
    Transaction snapshot(db);
    if (!snapshot.began())
        return snapshot.began();

    std::array<std::unique_ptr<CsvFile>, 4> files;
    const char *names[] = {"members.csv", "trades.csv", "balances.csv", "demurrage.csv"};
    for (int i = 0; i < 4; ++i) {
        files[i] = std::make_unique<CsvFile>(dir.filePath(QString::fromLatin1(names[i])));
        if (!files[i]->open())
            return Error::make(ErrorCode::IoError, tr("Cannot write %1: %2").arg(files[i]->fileName(), files[i]->errorString()));
    }
    CsvFile &membersFile = *files[0];
    CsvFile &tradesFile = *files[1];
    CsvFile &balancesFile = *files[2];
    CsvFile &demurrageFile = *files[3];

    {
        auto starter = ledger::starterLine(db);
        if (!starter)
            return starter.error();
        auto all = members::list(db);
        if (!all)
            return all.error();
        QHash<std::int64_t, std::int64_t> balanceOf; // account id -> balance
        auto stmt = db.prepare(QStringLiteral("SELECT id, balance FROM account"));
        if (!stmt)
            return stmt.error();
        while (stmt->next())
            balanceOf.insert(stmt->int64(0), stmt->int64(1));
        if (stmt->error())
            return *stmt->error();
        membersFile.write({QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("contact"), QStringLiteral("joined_on"),
                           QStringLiteral("status"), QStringLiteral("balance"), QStringLiteral("credit_line")});
        for (const Member &m : std::as_const(*all)) {
            membersFile.write({QString::number(m.number), m.name, m.contact, m.joinedOn.toString(Qt::ISODate), Member::statusName(m.status),
                               amount(balanceOf.value(m.accountId)), amount(m.creditLine(*starter))});
        }
    }
    {
        auto stmt = db.prepare(QStringLiteral(
            "SELECT t.id, t.trade_date, coalesce(mp.number, 0), coalesce(mq.number, 0), t.amount, t.memo, t.category, t.recorded_by, "
            "t.confirmation, t.reverses FROM trade t "
            "JOIN account ap ON ap.id = t.payer LEFT JOIN member mp ON mp.id = ap.member_id "
            "JOIN account aq ON aq.id = t.payee LEFT JOIN member mq ON mq.id = aq.member_id ORDER BY t.id"));
        if (!stmt)
            return stmt.error();
        tradesFile.write({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("payer_number"), QStringLiteral("payee_number"),
                          QStringLiteral("amount"), QStringLiteral("memo"), QStringLiteral("category"), QStringLiteral("recorded_by"),
                          QStringLiteral("confirmation"), QStringLiteral("reverses")});
        while (stmt->next()) {
            tradesFile.write({QString::number(stmt->int64(0)), stmt->text(1), QString::number(stmt->int64(2)), QString::number(stmt->int64(3)),
                              amount(stmt->int64(4)), stmt->text(5), stmt->text(6), stmt->text(7), stmt->text(8),
                              stmt->isNull(9) ? QString() : QString::number(stmt->int64(9))});
        }
        if (stmt->error())
            return *stmt->error();
    }
    {
        auto all = ledger::balances(db);
        if (!all)
            return all.error();
        balancesFile.write({QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("balance")});
        for (const AccountBalance &b : std::as_const(*all))
            balancesFile.write({QString::number(b.number), b.name, amount(b.balance)});
    }
    {
        auto stmt = db.prepare(QStringLiteral("SELECT d.journal_seq, coalesce(m.number, 0), d.first_day, d.last_day, d.balance_before, d.amount "
                                              "FROM demurrage_charge d JOIN account a ON a.id = d.account "
                                              "LEFT JOIN member m ON m.id = a.member_id ORDER BY d.journal_seq"));
        if (!stmt)
            return stmt.error();
        demurrageFile.write({QStringLiteral("journal_seq"), QStringLiteral("number"), QStringLiteral("first_day"), QStringLiteral("last_day"),
                             QStringLiteral("balance_before"), QStringLiteral("amount")});
        while (stmt->next()) {
            demurrageFile.write({QString::number(stmt->int64(0)), QString::number(stmt->int64(1)), stmt->text(2), stmt->text(3),
                                 amount(stmt->int64(4)), amount(stmt->int64(5))});
        }
        if (stmt->error())
            return *stmt->error();
    }
    for (auto &file : files) {
        if (auto s = file->finish(); !s)
            return s;
    }
    return {};
}

// ---- Members ---------------------------------------------------------------

Result<int> importMembers(Database &db, QIODevice &device, const QDateTime &now)
{
    auto bytes = csv::readAll(device);
    if (!bytes)
        return bytes.error();
    csv::Reader reader(*bytes);
    const QString kName = QStringLiteral("name"), kNumber = QStringLiteral("number"), kContact = QStringLiteral("contact"),
                  kJoined = QStringLiteral("joined_on"), kPin = QStringLiteral("pin"), kStatus = QStringLiteral("status");
    auto columns = Columns::read(reader,
                                 {kName, kNumber, kContact, kJoined, kPin, kStatus, QStringLiteral("balance"), QStringLiteral("credit_line")},
                                 {kName});
    if (!columns)
        return columns.error();

    auto existing = members::list(db);
    if (!existing)
        return existing.error();
    QHash<std::int64_t, QString> vaultNumbers;
    std::int64_t highest = 0;
    for (const Member &m : std::as_const(*existing)) {
        vaultNumbers.insert(m.number, m.name);
        highest = std::max(highest, m.number);
    }

    struct Row {
        int line = 0;
        NewMember member;
        Member::Status status = Member::Status::Active;
    };
    QList<Row> rows;
    QHash<std::int64_t, int> fileNumbers; // number -> line
    while (reader.next()) {
        if (auto s = checkFieldCount(reader, *columns); !s)
            return s.error();
        const QStringList &f = reader.fields();
        const int line = reader.line();
        Row row;
        row.line = line;
        row.member.name = columns->value(f, kName).simplified();
        if (row.member.name.isEmpty())
            return invalid(tr("%1: a member needs a name.").arg(atField(line, kName)));
        if (const QString text = columns->value(f, kNumber); !text.trimmed().isEmpty()) {
            const auto number = csv::parseWholeNumber(text);
            if (!number || *number <= 0)
                return invalid(tr("%1: %2 is not a member number; member numbers are whole numbers from 1.").arg(atField(line, kNumber), quoted(text)));
            if (vaultNumbers.contains(*number))
                return invalid(tr("%1: member number %2 is already taken in the vault (%3).").arg(atField(line, kNumber)).arg(*number).arg(vaultNumbers.value(*number)));
            if (fileNumbers.contains(*number))
                return invalid(tr("%1: member number %2 is also given on line %3.").arg(atField(line, kNumber)).arg(*number).arg(fileNumbers.value(*number)));
            fileNumbers.insert(*number, line);
            row.member.number = *number;
        }
        row.member.contact = columns->value(f, kContact).trimmed();
        if (const QString text = columns->value(f, kJoined); !text.trimmed().isEmpty()) {
            row.member.joinedOn = parseDate(text);
            if (!row.member.joinedOn.isValid())
                return invalid(tr("%1: %2 is not a date; write dates as YYYY-MM-DD, for example 2026-03-21.").arg(atField(line, kJoined), quoted(text)));
        } else {
            row.member.joinedOn = now.date();
        }
        row.member.pin = columns->value(f, kPin);
        if (!row.member.pin.isEmpty() && row.member.pin.size() < members::kMinimumPinLength)
            return invalid(tr("%1: a PIN needs at least %2 characters.").arg(atField(line, kPin)).arg(members::kMinimumPinLength));
        if (const QString text = columns->value(f, kStatus).trimmed(); !text.isEmpty()) {
            const auto status = Member::statusFromName(text);
            if (!status)
                return invalid(tr("%1: %2 is not a status; write active, suspended or left.").arg(atField(line, kStatus), quoted(text)));
            row.status = *status;
        }
        rows.append(std::move(row));
    }
    if (!reader.error().isEmpty())
        return invalid(reader.error());

    // Members without a number come after every number in the vault and the file.
    for (auto it = fileNumbers.cbegin(); it != fileNumbers.cend(); ++it)
        highest = std::max(highest, it.key());
    for (Row &row : rows) {
        if (!row.member.number)
            row.member.number = ++highest;
    }

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    for (const Row &row : std::as_const(rows)) {
        auto added = members::add(db, row.member, now);
        if (!added)
            return Error::make(added.error().code, tr("%1: %2 Nothing was imported.").arg(atLine(row.line), added.error().message));
        if (row.status != Member::Status::Active) {
            if (auto s = members::setStatus(db, added->number, row.status, tr("imported"), now); !s)
                return Error::make(s.error().code, tr("%1: %2 Nothing was imported.").arg(atLine(row.line), s.error().message));
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(rows.size());
}

// ---- Trades ----------------------------------------------------------------

namespace {

const QString kDate = QStringLiteral("date");
const QString kPayer = QStringLiteral("payer_number");
const QString kPayee = QStringLiteral("payee_number");
const QString kAmount = QStringLiteral("amount");
const QString kMemo = QStringLiteral("memo");
const QString kCategory = QStringLiteral("category");
const QString kRecordedBy = QStringLiteral("recorded_by");
const QString kConfirmation = QStringLiteral("confirmation");
const QString kId = QStringLiteral("id");
const QString kReverses = QStringLiteral("reverses");

struct TradeRow {
    int line = 0;
    QDate date;
    std::int64_t payer = 0;
    std::int64_t payee = 0;
    std::int64_t amount = 0;
    QString memo;
    QString category;
    QString recordedBy;
    TradeRequest::Confirmation confirmation = TradeRequest::Confirmation::None;
    std::int64_t id = 0; // the file's own id, 0 when not given
    std::int64_t reverses = 0; // the file id of the trade this row reverses
};

// The checks that need nothing but the row itself.
Result<TradeRow> parseTradeRow(const csv::Reader &reader, const Columns &columns, const QDate &today)
{
    if (auto s = checkFieldCount(reader, columns); !s)
        return s.error();
    const QStringList &f = reader.fields();
    TradeRow row;
    row.line = reader.line();
    const int line = row.line;

    const QString dateText = columns.value(f, kDate);
    row.date = parseDate(dateText);
    if (!row.date.isValid())
        return invalid(tr("%1: %2 is not a date; write dates as YYYY-MM-DD, for example 2026-03-21.").arg(atField(line, kDate), quoted(dateText)));
    if (row.date > today)
        return invalid(tr("%1: %2 is in the future; today is %3.").arg(atField(line, kDate), row.date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    for (const QString *column : {&kPayer, &kPayee}) {
        const QString text = columns.value(f, *column);
        const auto number = csv::parseWholeNumber(text);
        if (!number)
            return invalid(tr("%1: %2 is not a member number; use the number on the member card, or 0 for the commons fund.")
                               .arg(atField(line, *column), quoted(text)));
        (column == &kPayer ? row.payer : row.payee) = *number;
    }
    if (row.payer == row.payee)
        return invalid(tr("%1: the payee is the payer (%2); a trade is between two accounts.").arg(atField(line, kPayee)).arg(row.payee));
    const QString amountText = columns.value(f, kAmount);
    const auto parsed = Money::parsePlain(QStringView(amountText).trimmed());
    if (!parsed)
        return invalid(tr("%1: %2 is not an amount; write it with a point and no grouping, for example 40.00.").arg(atField(line, kAmount), quoted(amountText)));
    if (!parsed->isPositive())
        return invalid(tr("%1: the amount must be more than zero, not %2.").arg(atField(line, kAmount), parsed->toPlainString()));
    row.amount = parsed->minor();
    row.memo = columns.value(f, kMemo);
    row.category = columns.value(f, kCategory);
    row.recordedBy = columns.value(f, kRecordedBy);
    if (const QString text = columns.value(f, kConfirmation).trimmed(); !text.isEmpty()) {
        if (text == QLatin1String("pin"))
            row.confirmation = TradeRequest::Confirmation::Pin;
        else if (text == QLatin1String("coordinator"))
            row.confirmation = TradeRequest::Confirmation::Coordinator;
        else if (text != QLatin1String("none"))
            return invalid(tr("%1: %2 is not a confirmation; write none, pin or coordinator.").arg(atField(line, kConfirmation), quoted(text)));
    }
    if (const QString text = columns.value(f, kId); !text.trimmed().isEmpty()) {
        const auto id = csv::parseWholeNumber(text);
        if (!id || *id <= 0)
            return invalid(tr("%1: %2 is not a trade id; ids are whole numbers from 1.").arg(atField(line, kId), quoted(text)));
        row.id = *id;
    }
    if (const QString text = columns.value(f, kReverses).trimmed(); !text.isEmpty()) {
        const auto id = csv::parseWholeNumber(text);
        if (!id || *id <= 0)
            return invalid(tr("%1: %2 is not a trade id; leave the field empty for an ordinary trade.").arg(atField(line, kReverses), quoted(text)));
        row.reverses = *id;
    }
    return row;
}

struct AccountState {
    QString name;
    Member::Status status = Member::Status::Active;
    QDate joinedOn;
    QDate settledThrough; // null: never pays demurrage (the commons fund)
};

} // namespace

Result<int> importTrades(Database &db, QIODevice &device, const QDateTime &now)
{
    auto bytes = csv::readAll(device);
    if (!bytes)
        return bytes.error();
    const QStringList known{kDate, kPayer, kPayee, kAmount, kMemo, kCategory, kRecordedBy, kConfirmation, kId, kReverses};
    const QStringList required{kDate, kPayer, kPayee, kAmount, kMemo};
    const QDate today = now.date();

    // The accounts as the vault has them now.
    QHash<std::int64_t, AccountState> accounts;
    accounts.insert(kCommonsFund, {tr("the commons fund"), Member::Status::Active, {}, {}});
    {
        // A member suspended or excluded by a sanction cannot trade either.
        auto stmt = db.prepare(QStringLiteral("SELECT m.number, m.name, "
                                              "CASE WHEN m.sanction IN ('suspended', 'excluded') AND m.status = 'active' THEN 'suspended' ELSE m.status END, "
                                              "m.joined_on, a.demurrage_through FROM member m JOIN account a ON a.member_id = m.id"));
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            accounts.insert(stmt->int64(0), {stmt->text(1), Member::statusFromName(stmt->text(2)).value_or(Member::Status::Active),
                                             QDate::fromString(stmt->text(3), Qt::ISODate),
                                             stmt->isNull(4) ? QDate() : QDate::fromString(stmt->text(4), Qt::ISODate)});
        }
        if (stmt->error())
            return *stmt->error();
    }

    // First pass: check every row against the file and the vault.
    struct Recorded {
        int line = 0;
        std::int64_t payer = 0;
        std::int64_t payee = 0;
        std::int64_t amount = 0;
        bool isReversal = false;
        int reversedOnLine = 0;
    };
    QHash<std::int64_t, Recorded> byId; // file id -> what that row recorded
    int count = 0;
    {
        csv::Reader reader(*bytes);
        auto columns = Columns::read(reader, known, required);
        if (!columns)
            return columns.error();
        if (columns->has(kReverses) && !columns->has(kId))
            return invalid(tr("%1: the column \"reverses\" names trades by their id, so the file needs the column \"id\" too.").arg(atLine(reader.line())));
        QDate previous;
        int previousLine = 0;
        while (reader.next()) {
            auto parsed = parseTradeRow(reader, *columns, today);
            if (!parsed)
                return parsed.error();
            const TradeRow &row = *parsed;
            const int line = row.line;
            if (previous.isValid() && row.date < previous)
                return invalid(tr("%1: %2 is earlier than %3 on line %4. Trades must be in date order, oldest first, because demurrage "
                                  "settles each account's days in order: once a later trade is recorded, the days before it are closed.")
                                   .arg(atField(line, kDate), row.date.toString(Qt::ISODate), previous.toString(Qt::ISODate))
                                   .arg(previousLine));
            previous = row.date;
            previousLine = line;
            for (const QString *column : {&kPayer, &kPayee}) {
                const std::int64_t number = column == &kPayer ? row.payer : row.payee;
                const auto it = accounts.constFind(number);
                if (it == accounts.cend())
                    return invalid(tr("%1: there is no member number %2 in the vault; import the members first.").arg(atField(line, *column)).arg(number));
                // A reversal is a correction and is allowed whatever the members' status.
                if (!row.reverses && it->status != Member::Status::Active)
                    return invalid(tr("%1: %2 (member %3) %4 and cannot trade.").arg(atField(line, *column), it->name).arg(number).arg(statusWords(it->status)));
                if (it->settledThrough.isValid() && row.date <= it->settledThrough) {
                    if (it->joinedOn.isValid() && row.date < it->joinedOn)
                        return invalid(tr("%1: %2 (member %3) joined on %4; a trade for them cannot be dated %5.")
                                           .arg(atField(line, kDate), it->name)
                                           .arg(number)
                                           .arg(it->joinedOn.toString(Qt::ISODate), row.date.toString(Qt::ISODate)));
                    return invalid(tr("%1: demurrage for %2 (member %3) is settled up to %4, so a trade for them cannot be dated %5; "
                                      "date it %6 or later.")
                                       .arg(atField(line, kDate), it->name)
                                       .arg(number)
                                       .arg(it->settledThrough.toString(Qt::ISODate), row.date.toString(Qt::ISODate),
                                            it->settledThrough.addDays(1).toString(Qt::ISODate)));
                }
            }
            if (row.id) {
                if (const auto it = byId.constFind(row.id); it != byId.cend())
                    return invalid(tr("%1: trade id %2 is also on line %3.").arg(atField(line, kId)).arg(row.id).arg(it->line));
            }
            if (row.reverses) {
                auto it = byId.find(row.reverses);
                if (it == byId.end())
                    return invalid(tr("%1: no earlier line has the id %2; a reversal comes after the trade it reverses.")
                                       .arg(atField(line, kReverses))
                                       .arg(row.reverses));
                if (it->isReversal)
                    return invalid(tr("%1: the trade on line %2 is itself a reversal, and a reversal is not reversed.").arg(atField(line, kReverses)).arg(it->line));
                if (it->reversedOnLine)
                    return invalid(tr("%1: the trade on line %2 is already reversed on line %3.")
                                       .arg(atField(line, kReverses))
                                       .arg(it->line)
                                       .arg(it->reversedOnLine));
                if (it->payer != row.payee || it->payee != row.payer || it->amount != row.amount)
                    return invalid(tr("%1: the reversal of the trade on line %2 must move %3 from member %4 back to member %5.")
                                       .arg(atField(line, kReverses))
                                       .arg(it->line)
                                       .arg(Money::fromMinor(it->amount).toPlainString())
                                       .arg(it->payee)
                                       .arg(it->payer));
                it->reversedOnLine = line;
            }
            if (row.id)
                byId.insert(row.id, {line, row.payer, row.payee, row.amount, row.reverses != 0, 0});
            ++count;
        }
        if (!reader.error().isEmpty())
            return invalid(reader.error());
    }

    // Second pass: record them all, or nothing.
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    QHash<std::int64_t, std::int64_t> vaultIds; // file id -> trade id in the vault
    csv::Reader reader(*bytes);
    auto columns = Columns::read(reader, known, required);
    if (!columns)
        return columns.error();
    while (reader.next()) {
        auto parsed = parseTradeRow(reader, *columns, today);
        if (!parsed)
            return parsed.error();
        const TradeRow &row = *parsed;
        Result<Trade> recorded = Error::make(ErrorCode::InvalidArgument, QString());
        if (row.reverses) {
            recorded = ledger::reverse(db, vaultIds.value(row.reverses), row.recordedBy, row.date, now);
        } else {
            TradeRequest request;
            request.payer = row.payer;
            request.payee = row.payee;
            request.amount = row.amount;
            request.memo = row.memo;
            request.category = row.category;
            request.date = row.date;
            request.recordedBy = row.recordedBy;
            request.confirmation = row.confirmation;
            recorded = ledger::recordTrade(db, request, now);
        }
        if (!recorded) {
            // Everything but the payer's credit line was checked above, so a
            // refusal here is about the amount.
            const QString where = recorded.error().code == ErrorCode::InvalidArgument ? atField(row.line, kAmount) : atLine(row.line);
            return Error::make(recorded.error().code, tr("%1: %2 Nothing was imported.").arg(where, recorded.error().message));
        }
        if (row.id)
            vaultIds.insert(row.id, recorded->id);
    }
    if (!reader.error().isEmpty())
        return invalid(reader.error());
    if (auto s = tx.commit(); !s)
        return s.error();
    return count;
}

} // namespace mycelium
