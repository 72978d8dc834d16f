// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/money.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::Money", text);
}

// The user's text inside a message, cut short so a pasted novel does not
// become the error.
QString quoted(QStringView text)
{
    constexpr qsizetype kMaxShown = 40;
    if (text.size() <= kMaxShown)
        return u'\'' + text.toString() + u'\'';
    qsizetype cut = kMaxShown - 1;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return u'\'' + text.left(cut).toString() + QChar(0x2026) + u'\'';
}

QString range()
{
    const QLocale locale;
    return tr("an amount must lie between %1 and %2")
        .arg(Money::minimum().toString(locale), Money::maximum().toString(locale));
}

Error tooLarge()
{
    return Error::make(ErrorCode::InvalidArgument, tr("The amount is too large: %1.").arg(range()));
}

Error textTooLarge(QStringView text)
{
    return Error::make(ErrorCode::InvalidArgument, tr("The amount %1 is too large: %2.").arg(quoted(text), range()));
}

Error tooManyDecimals(QStringView text)
{
    return Error::make(ErrorCode::InvalidArgument,
                       tr("%1 has too many decimals: an amount has at most 2 decimal places.").arg(quoted(text)));
}

// Sums digits into whole credits, remembering rather than wrapping on
// overflow so that a syntax error later in the text is reported first.
class Accumulator
{
public:
    void addDigit(int digit)
    {
        if (__builtin_mul_overflow(m_credits, std::uint64_t(10), &m_credits)
            || __builtin_add_overflow(m_credits, std::uint64_t(digit), &m_credits))
            m_overflow = true;
    }

    // cents is the fraction in minor units (0..99).
    std::optional<Money> finish(bool negative, int cents) const
    {
        std::uint64_t magnitude = 0;
        if (m_overflow || __builtin_mul_overflow(m_credits, std::uint64_t(Money::kMinorPerCredit), &magnitude)
            || __builtin_add_overflow(magnitude, std::uint64_t(cents), &magnitude))
            return std::nullopt;
        // Two's complement: the negative side holds one more minor unit.
        constexpr auto kMax = std::uint64_t(std::numeric_limits<std::int64_t>::max());
        if (magnitude > (negative ? kMax + 1 : kMax))
            return std::nullopt;
        // Modular conversion (defined since C++20) maps 2^63 to INT64_MIN.
        return Money::fromMinor(negative ? std::int64_t(0 - magnitude) : std::int64_t(magnitude));
    }

    // The whole credits so far, if they fit a qint64.
    std::optional<std::uint64_t> wholeCredits() const
    {
        if (m_overflow || m_credits > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return m_credits;
    }

private:
    std::uint64_t m_credits = 0;
    bool m_overflow = false;
};

// The value of the digit at text[i], ASCII or from the locale's own digit
// block (which may lie outside the BMP), or -1; *length gets its code units.
int digitAt(QStringView text, qsizetype i, char32_t zero, qsizetype *length)
{
    const QChar c = text[i];
    if (c >= u'0' && c <= u'9') {
        *length = 1;
        return c.unicode() - u'0';
    }
    if (zero == U'0')
        return -1;
    char32_t point = c.unicode();
    qsizetype units = 1;
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        point = QChar::surrogateToUcs4(c, text[i + 1]);
        units = 2;
    }
    if (point < zero || point > zero + 9)
        return -1;
    *length = units;
    return int(point - zero);
}

char32_t zeroOf(const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() == 2 && zero[0].isHighSurrogate())
        return QChar::surrogateToUcs4(zero[0], zero[1]);
    return zero.isEmpty() ? U'0' : char32_t(zero[0].unicode());
}

// Lengths of the digit runs in text, left to right: {1, 3, 3} for "1,234,567".
QVarLengthArray<int, 20> digitRuns(QStringView text, char32_t zero)
{
    QVarLengthArray<int, 20> runs;
    int run = 0;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype length = 1;
        if (digitAt(text, i, zero, &length) >= 0) {
            ++run;
        } else if (run > 0) {
            runs.append(run);
            run = 0;
        }
        i += length;
    }
    if (run > 0)
        runs.append(run);
    return runs;
}

QLocale groupingLocale(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

// Sizes of the lowest digit group and of the groups above it: 3 and 3 in
// most locales, 3 and 2 in India. Qt 6.4 has no public API for this, so read
// it off a formatted number long enough to be grouped in every locale.
struct Grouping {
    int least = 3;
    int higher = 3;
};

Grouping groupingOf(const QLocale &locale, char32_t zero)
{
    const auto runs = digitRuns(groupingLocale(locale).toString(qint64(1'000'000'000'000'000'000)), zero);
    Grouping grouping;
    if (runs.size() >= 2) {
        grouping.least = runs.last();
        grouping.higher = runs.size() >= 3 ? runs[runs.size() - 2] : grouping.least;
    }
    return grouping;
}

// What people type for the locale's group separator: a plain space for a
// (narrow) no-break one, a typewriter apostrophe for U+2019.
QVarLengthArray<QString, 4> groupSeparatorsOf(const QLocale &locale)
{
    const QString separator = locale.groupSeparator();
    static const QString spaces[] = {QStringLiteral(" "), QStringLiteral("\u00a0"), QStringLiteral("\u202f"), QStringLiteral("\u2009")};
    static const QString apostrophes[] = {QStringLiteral("'"), QStringLiteral("\u2019")};
    QVarLengthArray<QString, 4> result;
    for (const auto &family : {std::span<const QString>(spaces), std::span<const QString>(apostrophes)}) {
        if (std::find(family.begin(), family.end(), separator) != family.end()) {
            for (const QString &member : family)
                result.append(member);
            return result;
        }
    }
    if (!separator.isEmpty())
        result.append(separator);
    return result;
}

} // namespace

Result<Money> Money::fromCredits(std::int64_t credits)
{
    std::int64_t minor = 0;
    if (__builtin_mul_overflow(credits, kMinorPerCredit, &minor))
        return tooLarge();
    return Money(minor);
}

Result<Money> Money::plus(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &result))
        return tooLarge();
    return Money(result);
}

Result<Money> Money::minus(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &result))
        return tooLarge();
    return Money(result);
}

Result<Money> Money::negated() const
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(std::int64_t(0), m_minor, &result))
        return tooLarge();
    return Money(result);
}

Result<Money> Money::abs() const
{
    if (m_minor >= 0)
        return *this;
    return negated();
}

Result<Money> Money::times(std::int64_t factor) const
{
    std::int64_t result = 0;
    if (__builtin_mul_overflow(m_minor, factor, &result))
        return tooLarge();
    return Money(result);
}

Result<Money> Money::sum(std::span<const Money> amounts)
{
    std::int64_t total = 0;
    for (const Money amount : amounts) {
        if (__builtin_add_overflow(total, amount.m_minor, &total))
            return tooLarge();
    }
    return Money(total);
}

QString Money::toPlainString() const
{
    // Work on the magnitude as unsigned: -INT64_MIN does not fit an int64.
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? 0 - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    const std::uint64_t cents = magnitude % kMinorPerCredit;
    QString text;
    text.reserve(24);
    if (negative)
        text += u'-';
    text += QString::number(magnitude / kMinorPerCredit);
    text += u'.';
    text += QChar(u'0' + char16_t(cents / 10));
    text += QChar(u'0' + char16_t(cents % 10));
    return text;
}

Result<Money> Money::parsePlain(QStringView text)
{
    const auto invalid = [text] {
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 is not an amount: use digits with an optional '.' and up to 2 decimals, like 12.50.")
                               .arg(quoted(text)));
    };
    if (text.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           tr("The amount is empty: use digits with an optional '.' and up to 2 decimals, like 12.50."));
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype i = 0;
    const bool negative = text[0] == u'-';
    if (negative)
        ++i;
    Accumulator credits;
    const qsizetype integerStart = i;
    for (; i < text.size() && isDigit(text[i]); ++i)
        credits.addDigit(text[i].unicode() - u'0');
    if (i == integerStart)
        return invalid();
    int cents = 0;
    int decimals = 0;
    if (i < text.size() && text[i] == u'.') {
        for (++i; i < text.size() && isDigit(text[i]); ++i, ++decimals) {
            if (decimals < kDecimals)
                cents = cents * 10 + (text[i].unicode() - u'0');
        }
        if (decimals == 0)
            return invalid();
    }
    if (i != text.size())
        return invalid();
    if (decimals > kDecimals)
        return tooManyDecimals(text);
    if (decimals == 1)
        cents *= 10;
    const auto money = credits.finish(negative, cents);
    if (!money)
        return textTooLarge(text);
    return *money;
}

QString Money::toString(const QLocale &locale) const
{
    // Integer maths only: the whole credits go through QLocale for digits and
    // grouping, the cents are appended as two digits.
    const bool negative = m_minor < 0;
    const std::uint64_t magnitude = negative ? 0 - std::uint64_t(m_minor) : std::uint64_t(m_minor);
    const auto cents = qint64(magnitude % kMinorPerCredit);
    QString text;
    if (negative)
        text += locale.negativeSign();
    text += locale.toString(qint64(magnitude / kMinorPerCredit));
    text += locale.decimalPoint();
    if (cents < 10)
        text += locale.zeroDigit();
    text += locale.toString(cents);
    return text;
}

Result<Money> Money::parse(QStringView input, const QLocale &locale)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("Enter an amount."));

    const auto invalid = [&] {
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 is not an amount: use digits with an optional '%2' and up to 2 decimals, like %3.")
                               .arg(quoted(text), locale.decimalPoint(), fromMinor(123450).toString(locale)));
    };
    const auto badGrouping = [&] {
        QLocale plain = locale;
        plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        const Money example = fromMinor(1234567890);
        return Error::make(ErrorCode::InvalidArgument,
                           tr("%1 is not an amount: group the digits like %2, or leave them ungrouped like %3.")
                               .arg(quoted(text), example.toString(groupingLocale(locale)), example.toString(plain)));
    };

    const char32_t zero = zeroOf(locale);
    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    const auto separators = groupSeparatorsOf(locale);
    const auto startsWithAt = [text](qsizetype i, QStringView token) {
        return !token.isEmpty() && text.sliced(i).startsWith(token);
    };

    qsizetype i = 0;
    bool negative = false;
    if (const QString sign = locale.negativeSign(); startsWithAt(0, sign)) {
        negative = true;
        i = sign.size();
    } else if (text[0] == u'-' || text[0] == QChar(0x2212)) {
        negative = true;
        i = 1;
    }

    // Integer part: runs of digits, possibly separated by group separators.
    Accumulator credits;
    QVarLengthArray<int, 8> groups;
    int run = 0;
    bool leadingZero = false;
    while (i < text.size()) {
        qsizetype length = 0;
        if (const int digit = digitAt(text, i, zero, &length); digit >= 0) {
            if (groups.isEmpty() && run == 0)
                leadingZero = digit == 0;
            credits.addDigit(digit);
            ++run;
            i += length;
            continue;
        }
        if (run == 0)
            break; // nothing before a separator, or two separators in a row
        const auto separator = std::find_if(separators.begin(), separators.end(),
                                            [&](const QString &s) { return startsWithAt(i, s); });
        if (separator == separators.end())
            break;
        groups.append(run);
        run = 0;
        i += separator->size();
    }
    if (run == 0)
        return invalid();
    groups.append(run);
    const bool grouped = groups.size() > 1;

    int cents = 0;
    int decimals = 0;
    qsizetype pointLength = 0;
    if (i < text.size()) {
        if (startsWithAt(i, decimalPoint))
            pointLength = decimalPoint.size();
        else if (text[i] == u'.' && decimalPoint != QStringView(u".") && groupSeparator != QStringView(u".") && !grouped)
            pointLength = 1; // "12.5" typed in a locale that writes "12,5"
        if (pointLength == 0)
            return invalid();
        i += pointLength;
        while (i < text.size()) {
            qsizetype length = 0;
            const int digit = digitAt(text, i, zero, &length);
            if (digit < 0)
                break;
            if (decimals < kDecimals)
                cents = cents * 10 + digit;
            ++decimals;
            i += length;
        }
        if (decimals == 0)
            return invalid();
    }
    if (i != text.size())
        return invalid();
    if (decimals > kDecimals)
        return tooManyDecimals(text);
    if (decimals == 1)
        cents *= 10;

    if (grouped) {
        if (locale.numberOptions() & QLocale::RejectGroupSeparator)
            return invalid();
        const Grouping grouping = groupingOf(locale, zero);
        bool ok = groups.last() == grouping.least && groups.first() <= grouping.higher;
        for (qsizetype g = 1; ok && g + 1 < groups.size(); ++g)
            ok = groups[g] == grouping.higher;
        // Whatever QLocale itself writes must read back, even where that is
        // not regular: Qt 6.4 prints 1234567 as "1234.567" in es_ES.
        if (!ok && !leadingZero) {
            if (const auto whole = credits.wholeCredits())
                ok = digitRuns(groupingLocale(locale).toString(qint64(*whole)), zero) == groups;
        }
        if (!ok || leadingZero)
            return badGrouping();
    }

    const auto money = credits.finish(negative, cents);
    if (!money)
        return textTooLarge(text);
    return *money;
}

} // namespace mycelium
