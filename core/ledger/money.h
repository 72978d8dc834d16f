// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <limits>
#include <span>
#include <type_traits>

namespace mycelium {

// An amount of credit, held as an integer count of minor units so that no
// floating point ever touches a balance. The precision is fixed: 1 credit is
// 100 minor units (two decimal places). Changing it would change the meaning
// of every stored amount, so it is not configurable.
//
// There is deliberately no operator+ or operator-: arithmetic that could wrap
// silently has no place in a ledger. plus/minus/times/negated/abs are checked
// and return an error when the result does not fit.
class Money
{
public:
    static constexpr int kDecimals = 2;
    static constexpr std::int64_t kMinorPerCredit = 100;

    constexpr Money() noexcept = default; // zero
    static constexpr Money fromMinor(std::int64_t minor) noexcept { return Money(minor); }
    // Whole credits; fails when credits * 100 does not fit.
    static Result<Money> fromCredits(std::int64_t credits);

    // The representable range: -92233720368547758.08 .. 92233720368547758.07.
    static constexpr Money minimum() noexcept { return Money(std::numeric_limits<std::int64_t>::min()); }
    static constexpr Money maximum() noexcept { return Money(std::numeric_limits<std::int64_t>::max()); }

    constexpr std::int64_t minor() const noexcept { return m_minor; }

    constexpr bool isZero() const noexcept { return m_minor == 0; }
    constexpr bool isNegative() const noexcept { return m_minor < 0; }
    constexpr bool isPositive() const noexcept { return m_minor > 0; }

    constexpr auto operator<=>(const Money &) const noexcept = default;
    constexpr bool operator==(const Money &) const noexcept = default;

    // Checked arithmetic: an amount that does not fit is an InvalidArgument
    // error saying the amount is too large, never a wrapped value.
    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    Result<Money> negated() const; // fails for minimum(), which has no opposite
    Result<Money> abs() const; // likewise
    Result<Money> times(std::int64_t factor) const;
    static Result<Money> sum(std::span<const Money> amounts);

    // Canonical machine form for JSON and CSV: optional '-', digits, '.', and
    // exactly two decimals, no grouping: "-1234.50", "0.00", "40.00".
    QString toPlainString() const;
    // Accepts exactly: optional leading '-', one or more ASCII digits,
    // optionally '.' followed by one or two digits ("40", "40.5", "-0.01",
    // "007", "-0"). No whitespace, '+', grouping or exponent.
    // minimum() ("-92233720368547758.08") is accepted, so every value
    // round-trips through toPlainString().
    static Result<Money> parsePlain(QStringView text);

    // For people: the locale's digits, group separator (and grouping pattern,
    // e.g. 12,34,567.00 in hi_IN), decimal point and negative sign, always
    // two decimals: "1,234.50" (en_US), "1.234,50" (de_DE).
    QString toString(const QLocale &locale = QLocale()) const;
    // What a person types. parse(toString(x, l), l) == x for every locale.
    //  - Surrounding whitespace is ignored; empty text is an error.
    //  - Optional leading sign: '-', U+2212 or the locale's negative sign.
    //  - Digits (ASCII or the locale's own), either with no grouping at all or
    //    with the locale's group separator between correctly sized groups
    //    (3s in most locales, 2s above the last 3 in hi_IN). A grouped number
    //    may not start with 0, so "0,500" in en_US is refused, not read as 500.
    //    Where the separator is a space, any of space, no-break space, narrow
    //    no-break space and thin space is accepted; where it is an apostrophe,
    //    both ' and U+2019 are. Grouping a number the locale would leave
    //    ungrouped ("1.234" in es_ES) is accepted, and so is whatever QLocale
    //    itself writes even where it is irregular (Qt 6.4 prints 1234567 as
    //    "1234.567" in es_ES). A locale with QLocale::RejectGroupSeparator
    //    accepts no grouping.
    //  - Optionally the locale's decimal point and one or two digits.
    //  - Convenience: where the decimal point is not '.', a '.' still works as
    //    one if the text has no group separators and the locale's group
    //    separator is not '.' ("12.5" is 12.50 in fr_FR). In de_DE, where '.'
    //    groups, "12.500" is 12500.00 and "12.5" is an error, not a guess.
    static Result<Money> parse(QStringView text, const QLocale &locale = QLocale());

private:
    constexpr explicit Money(std::int64_t minor) noexcept : m_minor(minor) { }

    std::int64_t m_minor = 0;
};

static_assert(sizeof(Money) == 8);
static_assert(std::is_trivially_copyable_v<Money>);

} // namespace mycelium

#include <QMetaType>
Q_DECLARE_METATYPE(mycelium::Money)
