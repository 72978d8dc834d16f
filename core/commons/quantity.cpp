// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/quantity.h"

#include <QLocale>

namespace mycelium::quantity {

std::optional<std::int64_t> parse(const QString &text, bool allowNegative)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(','));
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        if (!allowNegative)
            return std::nullopt;
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype point = s.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? s : s.left(point);
    const QString fraction = point < 0 ? QString() : s.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > 3 || (point >= 0 && fraction.isEmpty()))
        return std::nullopt;
    std::int64_t value = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
        if (value > kMaximum / kScale)
            return std::nullopt;
    }
    value *= kScale;
    std::int64_t unit = kScale / 10;
    for (const QChar c : fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value += (c.unicode() - '0') * unit;
        unit /= 10;
    }
    if (value > kMaximum)
        return std::nullopt;
    return negative ? -value : value;
}

QString toPlainString(std::int64_t thousandths)
{
    const bool negative = thousandths < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(thousandths) : std::uint64_t(thousandths);
    QString text = QString::number(magnitude / kScale);
    if (const std::uint64_t fraction = magnitude % kScale; fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString toDisplayString(std::int64_t thousandths)
{
    const QLocale locale;
    const bool negative = thousandths < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(thousandths) : std::uint64_t(thousandths);
    QString text = locale.toString(qulonglong(magnitude / kScale));
    if (const std::uint64_t fraction = magnitude % kScale; fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return negative ? locale.negativeSign() + text : text;
}

} // namespace mycelium::quantity
