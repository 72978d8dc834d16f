// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// Shows a verdict of VaultController.passphraseStrength(): four bars, the
// label and the hint that says how to do better.
Control {
    id: meter

    property var verdict: ({ strength: 0, label: "", hint: "", acceptable: false })
    readonly property color levelColor: verdict.strength <= 1 ? Theme.negative
                                      : verdict.strength === 2 ? Theme.warning
                                      : Theme.positive

    Layout.fillWidth: true
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Passphrase strength: %1. %2").arg(verdict.label).arg(verdict.hint).trim()

    contentItem: ColumnLayout {
        spacing: Theme.smallSpacing

        RowLayout {
            spacing: Theme.smallSpacing

            Repeater {
                model: 4
                delegate: Rectangle {
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: 6
                    radius: 3
                    color: index < meter.verdict.strength
                           ? meter.levelColor
                           : Qt.rgba(meter.palette.windowText.r, meter.palette.windowText.g, meter.palette.windowText.b, 0.15)
                }
            }
            Label {
                objectName: "strengthLabel"
                Layout.minimumWidth: implicitWidth
                Layout.leftMargin: Theme.smallSpacing
                text: meter.verdict.label
                font.weight: Font.DemiBold
            }
        }
        SecondaryLabel {
            objectName: "strengthHint"
            text: meter.verdict.hint
            visible: text.length > 0
        }
    }
}
