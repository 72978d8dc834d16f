// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// A message inside a page, like Kirigami.InlineMessage: a tinted box with a
// coloured edge. Hidden while it has no text.
Control {
    id: message

    enum Type { Information, Positive, Warning, Error }
    property int type: InlineMessage.Information
    property alias text: label.text

    readonly property color accent: type === InlineMessage.Positive ? Theme.positive
                                  : type === InlineMessage.Warning ? Theme.warning
                                  : type === InlineMessage.Error ? Theme.negative
                                  : Theme.information

    visible: text.length > 0
    Layout.fillWidth: true
    padding: Theme.spacing
    leftPadding: Theme.spacing + 4

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: Qt.rgba(message.accent.r, message.accent.g, message.accent.b, 0.15)
        border.color: message.accent
        border.width: 1

        Rectangle {
            width: 4
            radius: 2
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
            color: message.accent
        }
    }

    contentItem: Label {
        id: label
        wrapMode: Text.Wrap
        color: message.palette.windowText
    }
}
