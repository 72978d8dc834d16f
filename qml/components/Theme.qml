// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// Spacing and the few colours that carry meaning. Everything else comes
// from the style's palette, so light and dark follow the system.
QtObject {
    readonly property int smallSpacing: 6
    readonly property int spacing: 12
    readonly property int largeSpacing: 20
    readonly property int pageMargin: 32
    readonly property int radius: 6
    // Forms read best when they do not stretch across a wide window.
    readonly property int formWidth: 520
    readonly property int pageWidth: 780
    readonly property int sidebarWidth: 200
    readonly property int fieldWidth: 420
    // The label column of fact lists, so that the cards line up.
    readonly property int factLabelWidth: 200

    readonly property real baseFontSize: Qt.application.font.pointSize > 0 ? Qt.application.font.pointSize : 10
    readonly property real headingFontSize: baseFontSize * 1.6
    readonly property real subheadingFontSize: baseFontSize * 1.2

    // Breeze's semantic colours: readable on light and dark backgrounds.
    readonly property color positive: "#27ae60"
    readonly property color warning: "#f67400"
    readonly property color negative: "#da4453"
    readonly property color information: "#3daee9"
}
