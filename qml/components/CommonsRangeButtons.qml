// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// The ranges of a commons chart: 1 year, 5 years, 10 years, all. `range` is
// the one shown ("1y", "5y", "10y", "all"); chosen(value) asks for another.
RowLayout {
    id: buttons

    property string range: "1y"
    // What the chart shows, for screen readers.
    property string what

    signal chosen(string value)

    spacing: Theme.smallSpacing

    Repeater {
        model: [{ value: "1y", text: qsTr("1 year") }, { value: "5y", text: qsTr("5 years") },
                { value: "10y", text: qsTr("10 years") }, { value: "all", text: qsTr("All") }]
        delegate: Button {
            required property var modelData
            required property int index
            objectName: "rangeButton-" + modelData.value
            text: modelData.text
            checkable: true
            checked: buttons.range === modelData.value
            highlighted: checked
            // Not colour alone: the range shown is bold too.
            font.bold: checked
            Accessible.name: qsTr("Show %1 of %2").arg(modelData.text).arg(buttons.what)
            Accessible.checked: checked
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            // The page decides: a click must not untoggle the range shown.
            onClicked: {
                checked = Qt.binding(function() { return buttons.range === modelData.value })
                buttons.chosen(modelData.value)
            }
        }
    }
}
