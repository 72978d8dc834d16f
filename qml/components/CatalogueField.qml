// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// A field of the item form: its label, the control, and what is wrong
// with it (after a refused save) right under it.
ColumnLayout {
    id: field

    property string label
    property string error
    default property alias control: slot.data

    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: field.label
        elide: Text.ElideRight
    }
    ColumnLayout {
        id: slot
        Layout.fillWidth: true
        spacing: 0
    }
    Label {
        Layout.fillWidth: true
        visible: field.error.length > 0
        text: field.error
        wrapMode: Text.Wrap
        color: Theme.negative
        font.pointSize: Theme.baseFontSize * 0.9
    }
}
