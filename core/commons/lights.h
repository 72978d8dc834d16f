// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace mycelium {

// The warning light of a commons resource or an ecological indicator. A
// light is never colour alone: every state has a word and a symbol that
// read the same in black and white.
enum class LightState { Green, Amber, Red, Grey };

enum class Direction { LowerIsBetter, HigherIsBetter };

// Where amber and red begin, in percent of the threshold. The defaults are
// the issue's: green below 70 %, amber from 70 % to 100 % (both included),
// red above 100 %.
struct Bands {
    int amberFromPercent = 70;
    int redAbovePercent = 100;
    // 1 <= amber <= red <= 1000.
    bool isValid() const { return amberFromPercent >= 1 && amberFromPercent <= redAbovePercent && redAbovePercent <= 1000; }
    bool operator==(const Bands &) const = default;
};

enum class Trend { Unknown, Improving, Steady, Worsening };

namespace lights {

// The exact rule, in integers. Lower is better (use of a resource, CO2e):
//   green  when value × 100 <  amber × threshold
//   amber  when value × 100 <= red × threshold
//   red    otherwise.
// Higher is better (a biodiversity index, groundwater level): the same on
// the inverted ratio threshold / value, so value = threshold is amber with
// the default bands, value ≥ threshold / 0.7 is green, a value of zero or
// below is red. A threshold of zero or below gives Grey (no limit to read).
LightState stateOf(std::int64_t value, std::int64_t threshold, Direction direction, const Bands &bands);

// value / threshold in whole percent, rounded down (0 when threshold <= 0).
int percentOf(std::int64_t value, std::int64_t threshold);

// The last period against the mean of up to three periods before it
// (oldest first in `periods`): within 5 % of that mean (or both zero) is
// Steady; otherwise Improving or Worsening by the direction. Fewer than two
// periods: Unknown.
Trend trendOf(const QList<std::int64_t> &periods, Direction direction);

// Worst first when sorting: red 0, amber 1, grey 2, green 3.
int severityRank(LightState state);

// "green", "amber", "red", "grey" (JSON, CSV, QML).
QString stateName(LightState state);
// The words shown beside the light: "Within limits", "Near the limit",
// "Over the limit", "No recent data".
QString stateWord(LightState state);
// A symbol readable without colour: ✓ ! ✕ ?
QString stateSymbol(LightState state);
QString trendName(Trend trend); // "improving", "steady", "worsening", "unknown"
QString trendWord(Trend trend); // "Improving", "Steady", "Worsening", "Not enough data"
QString directionName(Direction direction); // "lower-is-better", "higher-is-better"

} // namespace lights
} // namespace mycelium
