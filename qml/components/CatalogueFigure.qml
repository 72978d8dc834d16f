// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// One figure of the catalogue's statistics strip: a small caption over a
// value, read out as one sentence.
ColumnLayout {
    id: figure

    property string label
    property string value
    // A long value (names) in the text's size, not the figures'.
    property bool small: false

    Layout.fillWidth: false
    spacing: 0
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(label).arg(value)

    SecondaryLabel {
        Layout.fillWidth: true
        text: figure.label
        elide: Text.ElideRight
        wrapMode: Text.NoWrap
        font.pointSize: Theme.baseFontSize * 0.9
    }
    Label {
        Layout.fillWidth: true
        text: figure.value
        elide: Text.ElideRight
        font.pointSize: figure.small ? Theme.baseFontSize : Theme.subheadingFontSize
    }
}
