// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A filter of the catalogue: "all" first, then the options ({value, text}).
// `value` is the chosen option's value, empty for all; it is kept when the
// options change (a category added elsewhere). Up and Down choose without
// opening the list.
ComboBox {
    id: filter

    property var options: []
    property string allText
    property string value: ""

    textRole: "text"
    valueRole: "value"
    model: [{ value: "", text: allText }].concat(options)
    Accessible.name: displayText

    function showValue() {
        currentIndex = Math.max(0, indexOfValue(value))
    }
    onModelChanged: showValue()
    onValueChanged: showValue()
    onActivated: value = currentValue
}
