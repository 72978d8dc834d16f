// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// A titled group of related fields on a soft panel, like a Kirigami FormCard.
Control {
    id: card

    property string title
    property string description
    default property alias content: body.data

    Layout.fillWidth: true
    padding: Theme.largeSpacing

    // Light palettes: a white card on the grey window. Dark ones: a card a
    // little lighter than the window, so that the (darker) fields on it
    // still stand out.
    readonly property bool darkPalette: palette.window.hslLightness < palette.windowText.hslLightness

    background: Rectangle {
        color: card.darkPalette ? Qt.lighter(card.palette.window, 1.3) : card.palette.base
        border.color: Qt.rgba(card.palette.windowText.r, card.palette.windowText.g, card.palette.windowText.b, 0.15)
        radius: Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Heading {
            level: 2
            text: card.title
            visible: text.length > 0
        }
        SecondaryLabel {
            text: card.description
            visible: text.length > 0
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
