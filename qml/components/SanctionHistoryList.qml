// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A member's sanction steps, oldest first, as a list of steps joined by a
// line: each with the change of level, the day, who made it, the reason
// and the review date. A ListView sized to its content: the model resets
// with every change.
ListView {
    id: list

    property alias memberNumber: history.memberNumber
    readonly property alias history: history

    Layout.fillWidth: true
    implicitHeight: contentHeight
    interactive: false
    model: history
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Sanction history")

    SanctionHistoryModel {
        id: history
        ledger: LedgerController
    }

    delegate: Item {
        id: step
        required property int index
        required property string stepText
        required property bool lifting
        required property string appliedText
        required property string appliedBy
        required property string reason
        required property string reviewText
        required property string accessibleText

        width: ListView.view.width
        implicitHeight: stepColumn.implicitHeight + Theme.spacing
        Accessible.role: Accessible.ListItem
        Accessible.name: accessibleText

        // The dot and the line that joins the steps.
        Rectangle {
            x: 4
            y: 5
            width: 10
            height: 10
            radius: 5
            color: step.lifting ? Theme.positive : Theme.warning
        }
        Rectangle {
            x: 8
            y: 17
            width: 2
            height: parent.height - 14
            visible: step.index < list.count - 1
            color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.2)
        }
        ColumnLayout {
            id: stepColumn
            x: 24
            width: parent.width - x
            spacing: 0
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                text: qsTr("%1 · %2 %3").arg(step.appliedText).arg(step.stepText).arg(step.appliedBy)
            }
            SecondaryLabel {
                text: step.reviewText.length > 0 ? qsTr("%1 · review on %2").arg(step.reason).arg(step.reviewText) : step.reason
            }
        }
    }
}
