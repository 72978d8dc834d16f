// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Records one measurement of an indicator by hand: a day (today unless
// typed) and a value. A day that has a value already is replaced; the old
// value stays in the journal.
CommonsFormDialog {
    id: dialog

    property real indicatorId: 0
    property string indicatorName
    property string unit

    objectName: "measurementDialog"
    title: qsTr("Record a measurement of %1").arg(indicatorName)
    operation: "recordMeasurement"
    acceptText: qsTr("Record")

    onOpened: {
        valueField.clear()
        dayField.clear()
        valueField.forceActiveFocus()
    }
    onSubmitted: commons.recordMeasurement(indicatorId, dayField.text, valueField.text)

    Label { text: qsTr("Value (%1)").arg(dialog.unit) }
    TextField {
        id: valueField
        objectName: "measurementValueField"
        Layout.fillWidth: true
        focus: true
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        placeholderText: qsTr("e.g. 412.5")
        Accessible.name: qsTr("Measured value of %1, in %2").arg(dialog.indicatorName).arg(dialog.unit)
    }
    Label { text: qsTr("Day") }
    TextField {
        id: dayField
        objectName: "measurementDayField"
        Layout.fillWidth: true
        placeholderText: qsTr("Today, or %1").arg(LedgerController.dateFormatHint)
        Accessible.name: qsTr("Day of the measurement")
        Accessible.description: qsTr("Empty for today")
    }
    SecondaryLabel {
        text: qsTr("One value a day: a day that has one already is replaced, and the journal keeps the old value.")
    }
}
