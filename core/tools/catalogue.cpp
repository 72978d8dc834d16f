// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/catalogue.h"
#include "ledger/journal.h"
#include "members/members.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <variant>

namespace mycelium {

namespace {

// The catalogue's sentences, translated in a context of their own.
QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::catalogue", text);
}

// SQL text with its parameters, in the order of their '?'s.
struct Sql
{
    using Value = std::variant<QString, std::int64_t, std::nullptr_t>; // nullptr: NULL
    QString text;
    QList<Value> values;

    Sql &add(const QString &fragment, QList<Value> fragmentValues = {})
    {
        text += fragment;
        values += fragmentValues;
        return *this;
    }
    Result<Statement> prepare(Database &db) const
    {
        auto stmt = db.prepare(text);
        if (!stmt)
            return stmt.error();
        for (int i = 0; i < values.size(); ++i) {
            if (const auto *number = std::get_if<std::int64_t>(&values.at(i)))
                stmt->bind(i + 1, *number);
            else if (const auto *string = std::get_if<QString>(&values.at(i)))
                stmt->bind(i + 1, *string);
            else
                stmt->bindNull(i + 1);
        }
        return stmt;
    }
};

// The day the item's maintenance intervals count from: its last closed
// maintenance, or the day it was added (as tools::availability counts).
const QString kMaintenanceSince = QStringLiteral("coalesce((SELECT max(r2.closed_on) FROM tool_maintenance r2 WHERE "
                                                 "r2.item = i.id AND r2.closed_on IS NOT NULL), i.created_on)");
// Whether an interval has come round by the day bound to its one '?'. Items
// without intervals (most) stop at the first IS NOT NULL.
const QString kMaintenanceDue = QStringLiteral(
    "((i.maintenance_every_days IS NOT NULL AND julianday(?) - julianday(%1) >= i.maintenance_every_days) "
    "OR (i.maintenance_every_loans IS NOT NULL AND i.loans_since_maintenance >= i.maintenance_every_loans))")
                                    .arg(kMaintenanceSince);
// For one item (a listed row): an index seek.
const QString kOpenMaintenance
    = QStringLiteral("EXISTS (SELECT 1 FROM tool_maintenance r WHERE r.item = i.id AND r.closed_on IS NULL)");
// For filtering every item: each list is read once per query, through the
// partial indexes (they are short: what is out, under maintenance or
// waited for), and looked up per item.
const QString kOnLoan = QStringLiteral("i.id IN (SELECT item FROM tool_loan WHERE returned_on IS NULL)");
const QString kOpenMaintenanceList
    = QStringLiteral("i.id IN (SELECT item FROM tool_maintenance WHERE closed_on IS NULL)");
const QString kWaiting = QStringLiteral("i.id IN (SELECT item FROM tool_hold WHERE state = 'waiting')");

// The SQL condition for an item in `state`, as CatalogueEntry::State orders them.
Sql statePredicate(CatalogueEntry::State state, QDate today)
{
    using State = CatalogueEntry::State;
    Sql sql;
    if (state == State::Retired)
        return sql.add(QStringLiteral("i.condition = 'retired'"));
    sql.add(QStringLiteral("i.condition <> 'retired' AND "));
    if (state == State::OnLoan)
        return sql.add(kOnLoan);
    sql.add(QStringLiteral("NOT ") + kOnLoan + QStringLiteral(" AND "));
    const QString inMaintenance
        = QStringLiteral("(i.condition = 'needs_repair' OR %1 OR %2)").arg(kOpenMaintenanceList, kMaintenanceDue);
    if (state == State::Maintenance)
        return sql.add(inMaintenance, { today.toString(Qt::ISODate) });
    sql.add(QStringLiteral("NOT ") + inMaintenance + QStringLiteral(" AND "), { today.toString(Qt::ISODate) });
    return sql.add(state == State::Held ? kWaiting : QStringLiteral("NOT ") + kWaiting);
}

QString likePattern(const QString &word)
{
    QString pattern = QStringLiteral("%");
    for (QChar c : word) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    return pattern + QLatin1Char('%');
}

// SQLite's LIKE ignores the case of ASCII letters only. For the other
// letters the word is also tried as such words are written: in lower case,
// capitalised and in capitals ("säge", "Säge", "SÄGE"); LIKE itself takes
// care of the ASCII letters around them.
QStringList caseVariants(const QString &word)
{
    const QString lower = word.toLower();
    QString title = lower;
    if (!title.isEmpty()) {
        const bool pair = title.size() > 1 && title.at(0).isHighSurrogate();
        const char32_t first = pair ? QChar::surrogateToUcs4(title.at(0), title.at(1)) : title.at(0).unicode();
        const char32_t capital = QChar::toUpper(first);
        title.replace(0, pair ? 2 : 1, QString::fromUcs4(&capital, 1));
    }
    // Variants that differ only in ASCII letters are one for LIKE.
    const auto asciiFolded = [](QString text) {
        for (QChar &c : text) {
            if (c.unicode() < 0x80)
                c = c.toLower();
        }
        return text;
    };
    QStringList variants;
    QStringList seen;
    for (const QString &variant : { lower, title, word.toUpper() }) {
        if (const QString key = asciiFolded(variant); !seen.contains(key)) {
            seen.append(key);
            variants.append(variant);
        }
    }
    return variants;
}

// The word in any of the four searched fields.
Sql wordPredicate(const QString &word)
{
    QStringList alternatives;
    QList<Sql::Value> values;
    for (const QString &variant : caseVariants(word)) {
        const QString pattern = likePattern(variant);
        for (const char *column : { "i.asset_tag", "i.name", "i.category", "i.description" }) {
            alternatives.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            values.append(pattern);
        }
    }
    Sql sql;
    sql.add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    return sql;
}

// "WHERE …" for the words and filters of the query (never empty: "WHERE 1").
Sql whereClause(const CatalogueQuery &query, const QStringList &words)
{
    // SQLite tries the terms in this order: the cheap ones first, the
    // lookups of the state last, for the items that are left.
    Sql sql;
    sql.add(QStringLiteral(" WHERE 1"));
    if (const QString category = query.category.simplified(); !category.isEmpty())
        sql.add(QStringLiteral(" AND i.category = ? COLLATE NOCASE"), { category });
    if (query.condition)
        sql.add(QStringLiteral(" AND i.condition = ?"), { ToolItem::conditionName(*query.condition) });
    for (const QString &word : words) {
        const Sql predicate = wordPredicate(word);
        sql.add(QStringLiteral(" AND ") + predicate.text, predicate.values);
    }
    if (query.state) {
        const Sql predicate = statePredicate(*query.state, query.today);
        sql.add(QStringLiteral(" AND ") + predicate.text, predicate.values);
    }
    return sql;
}

CatalogueEntry entryFromRow(const Statement &row)
{
    CatalogueEntry entry;
    entry.id = row.int64(0);
    entry.assetTag = row.text(1);
    entry.name = row.text(2);
    entry.category = row.text(3);
    entry.condition = ToolItem::conditionFromName(row.text(4)).value_or(ToolItem::Condition::Good);
    entry.location = row.text(5);
    entry.replacementValue = row.int64(6);
    return entry;
}

// Who has the entry's item or waits for it, and whether it is under
// maintenance: one query per listed item, all index seeks.
Status fillState(Database &db, CatalogueEntry &entry, QDate today)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT l.due_on, lm.number, lm.name, %1, %2, "
        "(SELECT count(*) FROM tool_hold h WHERE h.item = i.id AND h.state = 'waiting'), hm.number, hm.name "
        "FROM tool_item i "
        "LEFT JOIN tool_loan l ON l.item = i.id AND l.returned_on IS NULL "
        "LEFT JOIN member lm ON lm.id = l.member "
        "LEFT JOIN tool_hold fh ON fh.id = (SELECT min(h2.id) FROM tool_hold h2 WHERE h2.item = i.id AND h2.state = "
        "'waiting') "
        "LEFT JOIN member hm ON hm.id = fh.member "
        "WHERE i.id = ?")
                               .arg(kOpenMaintenance, kMaintenanceDue));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, today.toString(Qt::ISODate)).bind(2, entry.id);
    if (!stmt->next())
        return stmt->error().value_or(
            Error::make(ErrorCode::IntegrityViolation, tr("Item %1 is missing.").arg(entry.assetTag)));
    using State = CatalogueEntry::State;
    entry.waiting = stmt->integer(5);
    const bool onLoan = !stmt->isNull(0);
    const bool underMaintenance = entry.condition == ToolItem::Condition::NeedsRepair || stmt->int64(3) != 0;
    const bool maintenanceDue = stmt->int64(4) != 0;
    if (entry.condition == ToolItem::Condition::Retired) {
        entry.state = State::Retired;
    } else if (onLoan) {
        entry.state = State::OnLoan;
        entry.dueOn = QDate::fromString(stmt->text(0), Qt::ISODate);
        entry.memberNumber = stmt->int64(1);
        entry.memberName = stmt->text(2);
    } else if (underMaintenance || maintenanceDue) {
        entry.state = State::Maintenance;
        entry.maintenanceDue = !underMaintenance;
    } else if (entry.waiting > 0) {
        entry.state = State::Held;
        entry.memberNumber = stmt->int64(6);
        entry.memberName = stmt->text(7);
    }
    return stmt->reset();
}

Status fillStates(Database &db, QList<CatalogueEntry> &entries, QDate today)
{
    for (CatalogueEntry &entry : entries) {
        if (auto s = fillState(db, entry, today); !s)
            return s;
    }
    return {};
}

// Past this many matches a search reads its page from the indexes.
constexpr int kFewMatches = 1000;

Result<int> countOf(Database &db, const Sql &where)
{
    auto count = Sql().add(QStringLiteral("SELECT count(*) FROM tool_item i") + where.text, where.values).prepare(db);
    if (!count)
        return count.error();
    if (!count->next())
        return count->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("The items cannot be counted.")));
    const int matches = count->integer(0);
    if (auto s = count->reset(); !s)
        return s.error();
    return matches;
}

// The items matching `where`, at most `limit` of them after `offset`: in
// `order`, which an index gives, so that reading stops at the limit; or,
// without an order, as the table holds them.
Result<QList<CatalogueEntry>> rowsOf(Database &db, const Sql &where, const QString &order, qint64 limit, qint64 offset)
{
    Sql page;
    page.add(QStringLiteral("SELECT i.id, i.asset_tag, i.name, i.category, i.condition, i.location, "
                            "i.replacement_value FROM tool_item i")
            + (order.isEmpty() ? QStringLiteral(" NOT INDEXED") : QString()) + where.text,
        where.values);
    if (!order.isEmpty())
        page.add(QStringLiteral(" ORDER BY ") + order);
    page.add(QStringLiteral(" LIMIT ? OFFSET ?"), { std::int64_t(limit), std::int64_t(offset) });
    auto stmt = page.prepare(db);
    if (!stmt)
        return stmt.error();
    return stmt->rows(entryFromRow);
}

// SQLite's NOCASE: UTF-8 bytes with the ASCII letters folded, then the shorter first.
int compareNoCase(const QByteArray &a, const QByteArray &b)
{
    const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const auto x = static_cast<unsigned char>(fold(a.at(i)));
        const auto y = static_cast<unsigned char>(fold(b.at(i)));
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

// The order in which search() reads many matches from the indexes: tags
// starting with `prefix` by tag, then the rest by name and id.
void sortAsListed(QList<CatalogueEntry> &entries, const QString &prefix)
{
    const QByteArray start = prefix.toUtf8();
    struct Keyed
    {
        bool tagged;
        QByteArray tag;
        QByteArray name;
        CatalogueEntry entry;
    };
    QList<Keyed> keyed;
    keyed.reserve(entries.size());
    for (CatalogueEntry &entry : entries) {
        QByteArray tag = entry.assetTag.toUtf8();
        const bool tagged = !start.isEmpty() && compareNoCase(tag.left(start.size()), start) == 0;
        keyed.append({ tagged, std::move(tag), entry.name.toUtf8(), std::move(entry) });
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.tagged != b.tagged)
            return a.tagged;
        if (a.tagged)
            return compareNoCase(a.tag, b.tag) < 0;
        if (const int byName = compareNoCase(a.name, b.name); byName != 0)
            return byName < 0;
        return a.entry.id < b.entry.id;
    });
    entries.clear();
    for (Keyed &k : keyed)
        entries.append(std::move(k.entry));
}

QString itemLabel(const QString &tag)
{
    return tag.isEmpty() ? tr("the item") : tag;
}

// The fields as they are stored (as tools::addItem stores them).
NewToolItem normalized(const NewToolItem &fields)
{
    NewToolItem item = fields;
    item.assetTag = fields.assetTag.trimmed();
    item.name = fields.name.simplified();
    item.category = fields.category.simplified();
    item.description = fields.description.trimmed();
    item.location = fields.location.trimmed();
    item.safetyNotes = fields.safetyNotes.trimmed();
    return item;
}

// The columns of an item as stored from `fields`, in the order the journal
// writes them. The schema keeps "no interval" as NULL (an empty field in
// the journal).
QList<std::pair<QString, Sql::Value>> storedColumns(const NewToolItem &fields)
{
    const auto interval = [](int every) { return every > 0 ? Sql::Value(std::int64_t(every)) : Sql::Value(nullptr); };
    return {
        { QStringLiteral("asset_tag"), fields.assetTag },
        { QStringLiteral("name"), fields.name },
        { QStringLiteral("category"), fields.category },
        { QStringLiteral("description"), fields.description },
        { QStringLiteral("condition"), ToolItem::conditionName(fields.condition) },
        { QStringLiteral("location"), fields.location },
        { QStringLiteral("replacement_value"), fields.replacementValue },
        { QStringLiteral("deposit"), fields.deposit },
        { QStringLiteral("loan_days"), std::int64_t(fields.loanDays) },
        { QStringLiteral("late_fee_per_day"), fields.lateFeePerDay },
        { QStringLiteral("safety_notes"), fields.safetyNotes },
        { QStringLiteral("needs_training"), std::int64_t(fields.needsTraining ? 1 : 0) },
        { QStringLiteral("maintenance_every_loans"), interval(fields.maintenanceEveryLoans) },
        { QStringLiteral("maintenance_every_days"), interval(fields.maintenanceEveryDays) },
        { QStringLiteral("created_on"), fields.createdOn.toString(Qt::ISODate) },
        // the owner's member number (stored as the member's id); none: the library's own
        { QStringLiteral("owner"), fields.ownerNumber > 0 ? Sql::Value(fields.ownerNumber) : Sql::Value(nullptr) },
    };
}

} // namespace

namespace {
const std::array<std::pair<CatalogueEntry::State, const char *>, 5> kStateNames { {
    { CatalogueEntry::State::In, "in" },
    { CatalogueEntry::State::OnLoan, "on_loan" },
    { CatalogueEntry::State::Held, "held" },
    { CatalogueEntry::State::Maintenance, "maintenance" },
    { CatalogueEntry::State::Retired, "retired" },
} };
} // namespace

QString CatalogueEntry::stateName(State state)
{
    const auto named = std::find_if(
        kStateNames.cbegin(), kStateNames.cend(), [state](const auto &entry) { return entry.first == state; });
    return named == kStateNames.cend() ? QString() : QString::fromLatin1(named->second);
}

std::optional<CatalogueEntry::State> CatalogueEntry::stateFromName(const QString &name)
{
    const auto named = std::find_if(kStateNames.cbegin(), kStateNames.cend(),
        [&name](const auto &entry) { return name == QLatin1String(entry.second); });
    return named == kStateNames.cend() ? std::nullopt : std::optional<State>(named->first);
}

namespace tools {

Result<CatalogueResult> search(Database &db, const CatalogueQuery &query)
{
    const QStringList words = query.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const Sql where = whereClause(query, words);
    const QString prefix = words.isEmpty() ? QString() : words.first();
    const qint64 offset = std::max(0, query.offset);
    const qint64 limit = query.limit > 0 ? query.limit : std::numeric_limits<int>::max();
    CatalogueResult result;

    // Up to this many matches are collected in one pass and sorted here.
    const int few = query.countUpTo > 0 ? query.countUpTo : kFewMatches;
    const bool everything = where.values.isEmpty() && !query.state;
    if (!everything) {
        auto collected = rowsOf(db, where, {}, few + 1, 0);
        if (!collected)
            return collected.error();
        if (collected->size() <= few) {
            QList<CatalogueEntry> matches = std::move(*collected);
            sortAsListed(matches, prefix);
            result.matches = int(matches.size());
            result.entries
                = matches.mid(std::min(offset, qint64(matches.size())), std::min<qint64>(limit, matches.size()));
            if (auto s = fillStates(db, result.entries, query.today); !s)
                return s.error();
            return result;
        }
    }
    if (query.countUpTo > 0 && !everything) {
        result.matches = query.countUpTo;
        result.moreMatches = true;
    } else {
        auto count = countOf(db, where);
        if (!count)
            return count.error();
        result.matches = *count;
    }

    // Many matches: read from the indexes in the order listed, as far as the
    // page reaches: tags starting with the first word (the tag itself
    // first), then the rest by name.
    constexpr char32_t kLast = QChar::LastValidCodePoint;
    const QList<Sql::Value> range { prefix, prefix + QString::fromUcs4(&kLast, 1) };
    qint64 restOffset = offset;
    qint64 wanted = limit;
    if (!prefix.isEmpty()) {
        Sql tagged = where;
        tagged.add(QStringLiteral(" AND i.asset_tag >= ? AND i.asset_tag < ?"), range);
        if (offset > 0) {
            auto before = countOf(db, tagged);
            if (!before)
                return before.error();
            restOffset = std::max<qint64>(0, offset - *before);
        }
        auto first = rowsOf(db, tagged, QStringLiteral("i.asset_tag"), wanted, offset);
        if (!first)
            return first.error();
        result.entries = *first;
        wanted -= result.entries.size();
    }
    if (wanted > 0) {
        Sql rest = where;
        if (!prefix.isEmpty())
            rest.add(QStringLiteral(" AND NOT (i.asset_tag >= ? AND i.asset_tag < ?)"), range);
        auto byName = rowsOf(db, rest, QStringLiteral("i.name COLLATE NOCASE, i.id"), wanted, restOffset);
        if (!byName)
            return byName.error();
        result.entries += *byName;
    }
    if (auto s = fillStates(db, result.entries, query.today); !s)
        return s.error();
    return result;
}

Result<CatalogueEntry> catalogueEntry(Database &db, const QString &assetTag, QDate today)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT i.id, i.asset_tag, i.name, i.category, i.condition, i.location, i.replacement_value "
                       "FROM tool_item i WHERE i.asset_tag = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, assetTag.trimmed());
    auto entry = stmt->firstRow(entryFromRow);
    if (!entry)
        return entry.error();
    if (!*entry)
        return Error::make(ErrorCode::InvalidArgument, tr("No item has the asset tag %1.").arg(assetTag.trimmed()));
    if (auto s = fillState(db, **entry, today); !s)
        return s.error();
    return **entry;
}

Result<QStringList> categories(Database &db)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT min(category) FROM tool_item WHERE category <> '' GROUP BY category COLLATE NOCASE "
                       "ORDER BY category COLLATE NOCASE"));
    if (!stmt)
        return stmt.error();
    QStringList result;
    while (stmt->next())
        result.append(stmt->text(0));
    if (stmt->error())
        return *stmt->error();
    return result;
}

Result<QList<ToolItemProblem>> itemProblems(Database &db, const NewToolItem &input, const QString &exceptTag)
{
    const NewToolItem fields = normalized(input);
    std::optional<ToolItem> current;
    if (!exceptTag.trimmed().isEmpty()) {
        auto item = itemByTag(db, exceptTag);
        if (!item)
            return item.error();
        current = *item;
    }
    const QString label = itemLabel(fields.assetTag);
    QList<ToolItemProblem> problems;
    if (fields.assetTag.isEmpty()) {
        problems.append({ ToolItemField::AssetTag, tr("An item needs an asset tag, the code printed on its label.") });
    } else if (auto other = itemByTag(db, fields.assetTag); other && (!current || other->id != current->id)) {
        problems.append({ ToolItemField::AssetTag,
            tr("The asset tag %1 is already used by %2; every item needs its own tag.")
                .arg(other->assetTag, other->name) });
    }
    if (fields.name.isEmpty())
        problems.append({ ToolItemField::Name, tr("Item %1 needs a name.").arg(label) });
    if (fields.replacementValue < 0)
        problems.append(
            { ToolItemField::ReplacementValue, tr("The replacement value of %1 cannot be negative.").arg(label) });
    if (fields.deposit < 0)
        problems.append({ ToolItemField::Deposit, tr("The deposit of %1 cannot be negative.").arg(label) });
    if (fields.loanDays < 1)
        problems.append({ ToolItemField::LoanDays, tr("The loan period of %1 is at least one day.").arg(label) });
    if (fields.lateFeePerDay < 0)
        problems.append(
            { ToolItemField::LateFeePerDay, tr("The late fee per day of %1 cannot be negative.").arg(label) });
    if (fields.maintenanceEveryLoans < 0)
        problems.append({ ToolItemField::MaintenanceEveryLoans,
            tr("The maintenance interval of %1 in loans cannot be negative.").arg(label) });
    if (fields.maintenanceEveryDays < 0)
        problems.append({ ToolItemField::MaintenanceEveryDays,
            tr("The maintenance interval of %1 in days cannot be negative.").arg(label) });
    if (!fields.createdOn.isValid())
        problems.append({ ToolItemField::CreatedOn, tr("Item %1 needs a valid date of adding.").arg(label) });
    if (current && fields.condition == ToolItem::Condition::Retired
        && current->condition != ToolItem::Condition::Retired) {
        auto loan = openLoan(db, current->assetTag);
        if (!loan)
            return loan.error();
        if (*loan)
            problems.append({ ToolItemField::Condition,
                tr("%1 (%2) is on loan to %3 until %4; retire it once it is back.")
                    .arg(
                        current->name, current->assetTag, (*loan)->memberName, (*loan)->dueOn.toString(Qt::ISODate)) });
    }
    return problems;
}

Result<ToolItem> updateItem(Database &db, const QString &assetTag, const NewToolItem &input, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto problems = itemProblems(db, input, item->assetTag);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error::make(ErrorCode::InvalidArgument, problems->first().message);
    const NewToolItem fields = normalized(input);
    const auto columns = storedColumns(fields);
    if (columns == storedColumns(fieldsOf(*item)))
        return *item;

    Sql update;
    QStringList assignments;
    if (fields.ownerNumber < 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The owner of %1 must be a member number, or none.").arg(item->assetTag));
    if (fields.ownerNumber > 0)
        if (auto owner = members::byNumber(db, fields.ownerNumber); !owner)
            return owner.error();
    for (const auto &[column, value] : columns) {
        assignments.append(column == QLatin1String("owner") ? QStringLiteral("owner = (SELECT id FROM member WHERE number = ?)")
                                                            : column + QStringLiteral(" = ?"));
        update.values.append(value);
    }
    update.add(QStringLiteral("UPDATE tool_item SET ") + assignments.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE id = ?"),
        { item->id });
    auto statement = update.prepare(db);
    if (!statement)
        return statement.error();
    if (auto s = statement->exec(); !s)
        return s.error();

    // The old tag, then the new value of every column.
    CanonicalWriter body(QStringLiteral("tool_updated"));
    body.add(item->assetTag);
    for (const auto &[column, value] : columns) {
        if (const auto *number = std::get_if<std::int64_t>(&value))
            body.add(*number);
        else if (const auto *text = std::get_if<QString>(&value))
            body.add(*text);
        else
            body.add(QString());
    }
    if (auto seq = journal::append(db, now, QStringLiteral("tool_updated"), body.bytes(), {}); !seq)
        return seq.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return itemByTag(db, fields.assetTag);
}

NewToolItem fieldsOf(const ToolItem &item)
{
    return { item.assetTag, item.name, item.category, item.description, item.condition, item.location,
        item.replacementValue, item.deposit, item.loanDays, item.lateFeePerDay, item.safetyNotes, item.needsTraining,
        item.maintenanceEveryLoans, item.maintenanceEveryDays, item.createdOn, {}, item.ownerNumber };
}

Result<ToolItemStatistics> itemStatistics(Database &db, const QString &assetTag, QDate today)
{
    auto item = itemByTag(db, assetTag);
    if (!item)
        return item.error();
    auto stmt
        = db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(max(0, CAST(julianday(coalesce(returned_on, ?)) - "
                                    "julianday(out_on) AS INTEGER))), 0), "
                                    "coalesce(sum(returned_on > due_on), 0), "
                                    "(SELECT count(*) FROM tool_hold h WHERE h.item = ?2 AND h.state = 'waiting') "
                                    "FROM tool_loan WHERE item = ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, today.toString(Qt::ISODate)).bind(2, item->id);
    if (!stmt->next())
        return stmt->error().value_or(
            Error::make(ErrorCode::IntegrityViolation, tr("The loans of %1 cannot be counted.").arg(item->assetTag)));
    ToolItemStatistics stats;
    stats.loans = stmt->integer(0);
    stats.daysOnLoan = stmt->integer(1);
    stats.lateReturns = stmt->integer(2);
    stats.waiting = stmt->integer(3);
    if (auto s = stmt->reset(); !s)
        return s.error();
    if (__builtin_mul_overflow(std::int64_t(stats.loans), item->replacementValue, &stats.avoidedSpending))
        return Error::make(
            ErrorCode::IntegrityViolation, tr("The avoided spending of %1 is too large to count.").arg(item->assetTag));
    stats.daysInCatalogue = int(std::max<std::int64_t>(0, item->createdOn.daysTo(today)));
    return stats;
}

} // namespace tools
} // namespace mycelium
