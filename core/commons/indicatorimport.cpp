// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/indicators.h"
#include "commons/commonssupport.h"
#include "commons/quantity.h"
#include "ledger/csv.h"
#include "ledger/journal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace mycelium::indicators {

namespace {

using commons::detail::invalid;
using commons::detail::tr;

const QString kIndicator = QStringLiteral("indicator");
const QString kDate = QStringLiteral("date");
const QString kValue = QStringLiteral("value");
const QString kSource = QStringLiteral("source");

struct Row {
    int line = 0;
    std::int64_t indicatorId = 0;
    QString indicatorName;
    QDate day;
    std::int64_t value = 0;
    QString source;
};

} // namespace

QStringList importColumns()
{
    return {kIndicator, kDate, kValue, kSource};
}

Result<int> importMeasurements(Database &db, QIODevice &device, const QString &sourceName, const QDateTime &now)
{
    auto bytes = csv::readAll(device);
    if (!bytes)
        return bytes.error();
    csv::Reader reader(*bytes);
    auto columns = csv::Columns::read(reader, importColumns(), {kIndicator, kDate, kValue});
    if (!columns)
        return columns.error();

    auto known = list(db);
    if (!known)
        return known.error();
    QHash<QString, Indicator> byFoldedName;
    for (const Indicator &i : std::as_const(*known))
        byFoldedName.insert(i.name.toCaseFolded(), i);

    auto stored = db.prepare(QStringLiteral("SELECT value FROM eco_measurement WHERE indicator = ? AND day = ?"));
    if (!stored)
        return stored.error();

    static const QRegularExpression tooPrecise(QStringLiteral("^\\s*-?[0-9,]*\\.[0-9]{4,}\\s*$"));
    const QString defaultSource = sourceName.trimmed();
    QList<Row> rows;
    QHash<QPair<std::int64_t, qint64>, int> seen; // (indicator, Julian day) -> line
    while (reader.next()) {
        if (auto s = csv::checkFieldCount(reader, *columns); !s)
            return s.error();
        const QStringList &fields = reader.fields();
        const int line = reader.line();
        Row row;
        row.line = line;

        const QString name = columns->value(fields, kIndicator).simplified();
        if (name.isEmpty())
            return invalid(tr("%1: the row names no indicator.").arg(csv::atField(line, kIndicator)));
        const auto indicator = byFoldedName.constFind(name.toCaseFolded());
        if (indicator == byFoldedName.constEnd())
            return invalid(tr("%1: there is no indicator called %2; add it first.").arg(csv::atField(line, kIndicator), csv::quoted(name)));
        row.indicatorId = indicator->id;
        row.indicatorName = indicator->name;

        const QString dateText = columns->value(fields, kDate);
        row.day = csv::parseDate(dateText);
        if (!row.day.isValid())
            return invalid(tr("%1: %2 is not a date; write it as YYYY-MM-DD.").arg(csv::atField(line, kDate), csv::quoted(dateText)));
        if (row.day > now.date())
            return invalid(tr("%1: %2 is in the future.").arg(csv::atField(line, kDate), row.day.toString(Qt::ISODate)));

        const QString valueText = columns->value(fields, kValue);
        const auto value = quantity::parse(valueText, true);
        if (!value) {
            if (tooPrecise.match(valueText).hasMatch())
                return invalid(tr("%1: %2 has more than three decimals.").arg(csv::atField(line, kValue), csv::quoted(valueText)));
            return invalid(tr("%1: %2 is not a number; write it like 412.5 or -3.")
                               .arg(csv::atField(line, kValue), csv::quoted(valueText)));
        }
        row.value = *value;

        const QPair<std::int64_t, qint64> key(row.indicatorId, row.day.toJulianDay());
        if (const auto earlier = seen.constFind(key); earlier != seen.constEnd())
            return invalid(tr("%1: %2 on %3 is also given on line %4; one value a day.")
                               .arg(csv::atField(line, kDate), row.indicatorName, row.day.toString(Qt::ISODate))
                               .arg(*earlier));
        seen.insert(key, line);

        stored->bind(1, row.indicatorId).bind(2, row.day.toString(Qt::ISODate));
        const bool recorded = stored->next();
        if (stored->error())
            return *stored->error();
        const std::int64_t before = recorded ? stored->int64(0) : 0;
        (void)stored->reset();
        if (recorded) {
            if (before != row.value)
                return invalid(tr("%1: %2 on %3 is recorded as %4 already, not %5; change it by hand if the file is right.")
                                   .arg(csv::atField(line, kValue), row.indicatorName, row.day.toString(Qt::ISODate),
                                        quantity::toPlainString(before), quantity::toPlainString(row.value)));
            continue; // the same value: nothing to record
        }

        row.source = columns->value(fields, kSource).trimmed();
        if (row.source.isEmpty())
            row.source = defaultSource.isEmpty() ? QStringLiteral("import") : defaultSource;
        rows.append(std::move(row));
    }
    if (!reader.error().isEmpty())
        return invalid(reader.error());
    if (rows.isEmpty())
        return 0;

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO eco_measurement (indicator, day, value, source) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    // One journal entry for the whole file, listing every value recorded.
    CanonicalWriter body(QStringLiteral("measurements_imported"));
    body.add(defaultSource).add(std::int64_t(rows.size()));
    for (const Row &row : std::as_const(rows)) {
        const QString day = row.day.toString(Qt::ISODate);
        insert->bind(1, row.indicatorId).bind(2, day).bind(3, row.value).bind(4, row.source);
        if (auto s = insert->exec(); !s)
            return Error::make(s.error().code, tr("%1: %2").arg(csv::atLine(row.line), s.error().message));
        (void)insert->reset();
        body.add(row.indicatorName).add(day).add(row.value).add(row.source);
    }
    if (auto seq = journal::append(db, now, QStringLiteral("measurements_imported"), body.bytes(), {}); !seq)
        return seq.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(rows.size());
}

} // namespace mycelium::indicators
