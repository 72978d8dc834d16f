// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace mycelium {

// Quantities of the commons (tons of wood, cubic metres of water, a
// measured CO2e) are exact integers of thousandths of their unit, as money
// is an integer of minor units: 12.5 t is 12,500. Three decimals are enough
// for every measure a community enters by hand or imports from a sensor.
namespace quantity {

inline constexpr std::int64_t kScale = 1000;
// The largest magnitude accepted: a trillion units (keeps every product in
// the price and budget rules inside 128 bits).
inline constexpr std::int64_t kMaximum = std::int64_t(1'000'000'000'000) * kScale;

// "12", "12.5", "-0.125", "1,000.5" (commas as thousands separators are
// ignored); at most three decimals; a leading minus only when allowNegative.
// Nothing else: no exponent, no unit.
std::optional<std::int64_t> parse(const QString &text, bool allowNegative = false);
// "12.5", "-0.125", "1000" (no grouping; trailing zeros dropped).
QString toPlainString(std::int64_t thousandths);
// With the locale's grouping and decimal point, for screens and reports.
QString toDisplayString(std::int64_t thousandths);

} // namespace quantity
} // namespace mycelium
