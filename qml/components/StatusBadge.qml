// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Mycelium

// A member's status when it is not "active": a small tinted label.
Label {
    id: badge

    property color accent: Theme.warning

    leftPadding: Theme.smallSpacing
    rightPadding: Theme.smallSpacing
    topPadding: 1
    bottomPadding: 1
    font.pointSize: Theme.baseFontSize * 0.9
    color: palette.windowText
    background: Rectangle {
        radius: height / 2
        color: Qt.rgba(badge.accent.r, badge.accent.g, badge.accent.b, 0.22)
        border.color: badge.accent
    }
}
