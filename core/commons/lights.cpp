// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/lights.h"

#include <QCoreApplication>

#include <algorithm>

namespace mycelium::lights {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::commons", text);
}

__extension__ typedef __int128 Wide;

} // namespace

LightState stateOf(std::int64_t value, std::int64_t threshold, Direction direction, const Bands &bands)
{
    if (threshold <= 0)
        return LightState::Grey;
    // Compare ratio × 100 with the band percentages without dividing:
    // lower is better reads value / threshold, higher is better threshold / value.
    Wide numerator = Wide(value) * 100;
    Wide denominator = threshold;
    if (direction == Direction::HigherIsBetter) {
        if (value <= 0)
            return LightState::Red;
        numerator = Wide(threshold) * 100;
        denominator = value;
    }
    if (numerator < Wide(bands.amberFromPercent) * denominator)
        return LightState::Green;
    if (numerator <= Wide(bands.redAbovePercent) * denominator)
        return LightState::Amber;
    return LightState::Red;
}

int percentOf(std::int64_t value, std::int64_t threshold)
{
    if (threshold <= 0)
        return 0;
    const Wide percent = Wide(value) * 100 / threshold;
    const Wide floored = (Wide(value) * 100 % threshold != 0 && value < 0) ? percent - 1 : percent;
    return int(std::clamp<Wide>(floored, -1'000'000, 1'000'000));
}

Trend trendOf(const QList<std::int64_t> &periods, Direction direction)
{
    if (periods.size() < 2)
        return Trend::Unknown;
    const std::int64_t last = periods.last();
    const qsizetype before = std::min<qsizetype>(3, periods.size() - 1);
    Wide sum = 0;
    for (qsizetype i = periods.size() - 1 - before; i < periods.size() - 1; ++i)
        sum += periods.at(i);
    // Compare last × n with the sum: within 5 % of the mean is steady.
    const Wide scaledLast = Wide(last) * before;
    const Wide tolerance = (sum < 0 ? -sum : sum) * 5 / 100;
    if (scaledLast - sum <= tolerance && sum - scaledLast <= tolerance)
        return Trend::Steady;
    const bool rising = scaledLast > sum;
    return rising == (direction == Direction::HigherIsBetter) ? Trend::Improving : Trend::Worsening;
}

int severityRank(LightState state)
{
    switch (state) {
    case LightState::Red:
        return 0;
    case LightState::Amber:
        return 1;
    case LightState::Grey:
        return 2;
    case LightState::Green:
        return 3;
    }
    return 3;
}

QString stateName(LightState state)
{
    switch (state) {
    case LightState::Green:
        return QStringLiteral("green");
    case LightState::Amber:
        return QStringLiteral("amber");
    case LightState::Red:
        return QStringLiteral("red");
    case LightState::Grey:
        return QStringLiteral("grey");
    }
    return {};
}

QString stateWord(LightState state)
{
    switch (state) {
    case LightState::Green:
        return tr("Within limits");
    case LightState::Amber:
        return tr("Near the limit");
    case LightState::Red:
        return tr("Over the limit");
    case LightState::Grey:
        return tr("No recent data");
    }
    return {};
}

QString stateSymbol(LightState state)
{
    switch (state) {
    case LightState::Green:
        return QStringLiteral("✓");
    case LightState::Amber:
        return QStringLiteral("!");
    case LightState::Red:
        return QStringLiteral("✕");
    case LightState::Grey:
        return QStringLiteral("?");
    }
    return {};
}

QString trendName(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return QStringLiteral("improving");
    case Trend::Steady:
        return QStringLiteral("steady");
    case Trend::Worsening:
        return QStringLiteral("worsening");
    case Trend::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString trendWord(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return tr("Improving");
    case Trend::Steady:
        return tr("Steady");
    case Trend::Worsening:
        return tr("Worsening");
    case Trend::Unknown:
        break;
    }
    return tr("Not enough data");
}

QString directionName(Direction direction)
{
    return direction == Direction::HigherIsBetter ? QStringLiteral("higher-is-better") : QStringLiteral("lower-is-better");
}

} // namespace mycelium::lights
