// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// One entry of the review queue on a soft panel: a heading, a line of
// facts, the words of the entry, an optional closing note, and its action
// button on the right. Extra content (a step list) goes below.
Control {
    id: row

    property string heading
    property string facts
    property string body
    property string note
    property color accent: Theme.warning
    property string actionText
    property string actionName
    readonly property alias actionButton: actionButton
    default property alias extra: extraColumn.data

    signal action()

    padding: Theme.spacing
    leftPadding: Theme.spacing + 6
    Accessible.role: Accessible.ListItem

    background: Rectangle {
        color: Qt.rgba(row.palette.windowText.r, row.palette.windowText.g, row.palette.windowText.b, 0.03)
        border.color: Qt.rgba(row.palette.windowText.r, row.palette.windowText.g, row.palette.windowText.b, 0.12)
        radius: Theme.radius
        Rectangle {
            width: 4
            height: parent.height - 2 * Theme.radius
            y: Theme.radius
            x: 1
            color: row.accent
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            id: extraColumn
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: row.heading
                font.weight: Font.DemiBold
            }
            SecondaryLabel {
                visible: text.length > 0
                text: row.facts
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 2
                visible: text.length > 0
                wrapMode: Text.Wrap
                text: row.body
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                text: row.note
                color: Theme.positive
            }
        }
        Button {
            id: actionButton
            Layout.alignment: Qt.AlignTop
            visible: row.actionText.length > 0
            text: row.actionText
            Accessible.name: row.actionName.length > 0 ? row.actionName : row.actionText
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: row.action()
        }
    }
}
