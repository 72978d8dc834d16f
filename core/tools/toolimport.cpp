// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toolimport.h"
#include "ledger/csv.h"
#include "members/members.h"
#include "ledger/money.h"
#include "storage/database.h"
#include "tools/tools.h"

#include <QCoreApplication>
#include <QHash>

namespace mycelium::tools {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::tools", text);
}

Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

const QString kTag = QStringLiteral("tag");
const QString kName = QStringLiteral("name");
const QString kCategory = QStringLiteral("category");
const QString kDescription = QStringLiteral("description");
const QString kCondition = QStringLiteral("condition");
const QString kLocation = QStringLiteral("location");
const QString kValue = QStringLiteral("value");
const QString kDeposit = QStringLiteral("deposit");
const QString kLoanDays = QStringLiteral("loan_days");
const QString kLateFee = QStringLiteral("late_fee");
const QString kSafetyNotes = QStringLiteral("safety_notes");
const QString kNeedsTraining = QStringLiteral("needs_training");
const QString kEveryLoans = QStringLiteral("maintenance_every_loans");
const QString kEveryDays = QStringLiteral("maintenance_every_days");
const QString kOwner = QStringLiteral("owner");

constexpr int kMaxLoanDays = 3650;
// Far beyond any real interval, and small enough for an int.
constexpr int kMaxInterval = 100'000;

// One row being read: the fields of its record and where it is.
class Row
{
public:
    Row(const csv::Columns &columns, const csv::Reader &reader)
        : m_columns(columns)
        , m_fields(reader.fields())
        , m_line(reader.line())
    {
    }

    QString text(const QString &column) const { return m_columns.value(m_fields, column); }
    QString at(const QString &column) const { return csv::atField(m_line, column); }

    // Credits, zero or more; 0 when empty.
    Result<std::int64_t> amount(const QString &column) const
    {
        const QString t = text(column).trimmed();
        if (t.isEmpty())
            return std::int64_t(0);
        const auto money = Money::parsePlain(t);
        if (!money)
            return invalid(tr("%1: %2 is not an amount; write credits like 40 or 12.50.").arg(at(column), csv::quoted(text(column))));
        if (money->isNegative())
            return invalid(tr("%1: the amount cannot be negative, not %2.").arg(at(column), t));
        return money->minor();
    }

    // A whole number from `low` to `high`; `absent` when empty.
    Result<int> number(const QString &column, int low, int high, int absent) const
    {
        const QString t = text(column);
        if (t.trimmed().isEmpty())
            return absent;
        const auto value = csv::parseWholeNumber(t);
        if (!value || *value < low || *value > high)
            return invalid(tr("%1: %2 is not a whole number from %3 to %4.").arg(at(column), csv::quoted(t)).arg(low).arg(high));
        return int(*value);
    }

    Result<bool> yesNo(const QString &column) const
    {
        const QString t = text(column).trimmed().toLower();
        if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
            return false;
        if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
            return true;
        return invalid(tr("%1: %2 is neither yes nor no.").arg(at(column), csv::quoted(text(column))));
    }

private:
    const csv::Columns &m_columns;
    const QStringList &m_fields;
    int m_line;
};

// The checks that need nothing but the row itself.
Result<NewToolItem> parseItem(const Row &row, const QDate &today)
{
    NewToolItem item;
    item.createdOn = today;
    item.assetTag = row.text(kTag).trimmed();
    if (item.assetTag.isEmpty())
        return invalid(tr("%1: an item needs an asset tag, the code printed on its label.").arg(row.at(kTag)));
    item.name = row.text(kName).simplified();
    if (item.name.isEmpty())
        return invalid(tr("%1: the item %2 needs a name.").arg(row.at(kName), item.assetTag));
    item.category = row.text(kCategory).simplified();
    item.description = row.text(kDescription).trimmed();
    item.location = row.text(kLocation).trimmed();
    item.safetyNotes = row.text(kSafetyNotes).trimmed();
    if (const QString t = row.text(kCondition).trimmed(); !t.isEmpty()) {
        const auto condition = ToolItem::conditionFromName(t);
        if (!condition)
            return invalid(tr("%1: %2 is not a condition; write new, good, worn, needs_repair or retired.").arg(row.at(kCondition), csv::quoted(t)));
        item.condition = *condition;
    }
    for (const auto &[column, target] : {std::pair{&kValue, &item.replacementValue}, std::pair{&kDeposit, &item.deposit},
                                         std::pair{&kLateFee, &item.lateFeePerDay}}) {
        auto amount = row.amount(*column);
        if (!amount)
            return amount.error();
        *target = *amount;
    }
    auto loanDays = row.number(kLoanDays, 1, kMaxLoanDays, item.loanDays);
    if (!loanDays)
        return loanDays.error();
    item.loanDays = *loanDays;
    auto everyLoans = row.number(kEveryLoans, 0, kMaxInterval, 0);
    if (!everyLoans)
        return everyLoans.error();
    item.maintenanceEveryLoans = *everyLoans;
    auto everyDays = row.number(kEveryDays, 0, kMaxInterval, 0);
    if (!everyDays)
        return everyDays.error();
    item.maintenanceEveryDays = *everyDays;
    auto training = row.yesNo(kNeedsTraining);
    if (!training)
        return training.error();
    item.needsTraining = *training;
    return item;
}

} // namespace

QStringList importColumns()
{
    return {kTag, kName, kCategory, kDescription, kCondition, kLocation, kValue, kDeposit, kLoanDays, kLateFee, kSafetyNotes, kNeedsTraining,
            kEveryLoans, kEveryDays, kOwner};
}

Result<int> importItems(Database &db, QIODevice &device, const QDateTime &now)
{
    auto bytes = csv::readAll(device);
    if (!bytes)
        return bytes.error();
    csv::Reader reader(*bytes);
    auto columns = csv::Columns::read(reader, importColumns(), {kTag, kName});
    if (!columns)
        return columns.error();

    auto existing = items(db);
    if (!existing)
        return existing.error();
    // Tags are compared without case, as itemByTag finds them.
    QHash<QString, QString> vaultTags; // folded tag -> "TAG (name)"
    for (const ToolItem &item : std::as_const(*existing))
        vaultTags.insert(item.assetTag.toCaseFolded(), tr("%1 (%2)").arg(item.assetTag, item.name));

    struct Parsed {
        int line = 0;
        NewToolItem item;
    };
    QList<Parsed> rows;
    QHash<QString, int> fileTags; // folded tag -> line
    while (reader.next()) {
        if (auto s = csv::checkFieldCount(reader, *columns); !s)
            return s.error();
        const Row row(*columns, reader);
        auto item = parseItem(row, now.date());
        if (!item)
            return item.error();
        if (const QString owner = row.text(kOwner).trimmed(); !owner.isEmpty()) {
            const auto number = csv::parseWholeNumber(owner);
            if (!number)
                return invalid(tr("%1: %2 is not a member number.").arg(row.at(kOwner), csv::quoted(owner)));
            if (*number > 0 && !members::byNumber(db, *number))
                return invalid(tr("%1: there is no member number %2.").arg(row.at(kOwner)).arg(*number));
            item->ownerNumber = *number;
        }
        const QString folded = item->assetTag.toCaseFolded();
        if (vaultTags.contains(folded))
            return invalid(tr("%1: the asset tag %2 is already used in the vault by %3.").arg(row.at(kTag), item->assetTag, vaultTags.value(folded)));
        if (fileTags.contains(folded))
            return invalid(tr("%1: the asset tag %2 is also given on line %3.").arg(row.at(kTag), item->assetTag).arg(fileTags.value(folded)));
        fileTags.insert(folded, reader.line());
        rows.append({reader.line(), std::move(*item)});
    }
    if (!reader.error().isEmpty())
        return invalid(reader.error());

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    for (const Parsed &row : std::as_const(rows)) {
        auto added = addItem(db, row.item, now);
        if (!added)
            return Error::make(added.error().code, tr("%1: %2").arg(csv::atLine(row.line), added.error().message));
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(rows.size());
}

} // namespace mycelium::tools
