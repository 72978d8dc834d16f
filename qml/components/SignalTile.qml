// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// One signal of the economy on a panel of its own, like a small Card: its
// name, its value large enough to read on a projector, and a line that
// says what it means. Give it a width; its wrapped text then says how tall
// it is.
Control {
    id: tile

    property string label
    property string value
    property string detail
    // Colours the value when the signal asks for attention.
    property color accent: palette.windowText

    padding: Theme.spacing + 4
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2. %3").arg(label).arg(value).arg(detail)

    readonly property bool darkPalette: palette.window.hslLightness < palette.windowText.hslLightness

    background: Rectangle {
        color: tile.darkPalette ? Qt.lighter(tile.palette.window, 1.3) : tile.palette.base
        border.color: Qt.rgba(tile.palette.windowText.r, tile.palette.windowText.g, tile.palette.windowText.b, 0.15)
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: 2

        SecondaryLabel {
            text: tile.label
        }
        Label {
            objectName: tile.objectName + "-value"
            Layout.fillWidth: true
            text: tile.value
            elide: Text.ElideRight
            // Smaller in a narrow window rather than cut off.
            fontSizeMode: Text.HorizontalFit
            minimumPointSize: Theme.baseFontSize
            font.pointSize: Theme.headingFontSize
            color: tile.accent
        }
        SecondaryLabel {
            objectName: tile.objectName + "-detail"
            text: tile.detail
            visible: text.length > 0
        }
        // Text at the top when the tile is taller than its text.
        Item {
            Layout.fillHeight: true
        }
    }
}
