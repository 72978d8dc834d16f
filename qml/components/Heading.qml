// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// A page title (level 1) or a section title (level 2).
Label {
    property int level: 1

    Layout.fillWidth: true
    wrapMode: Text.Wrap
    font.pointSize: level === 1 ? Theme.headingFontSize : Theme.subheadingFontSize
    font.weight: level === 1 ? Font.Light : Font.DemiBold
    Accessible.role: Accessible.Heading
}
