// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The band the money in circulation should stay in: a low and a high
// amount, typed as people write amounts here; both empty removes the band.
FormDialog {
    id: dialog

    // The band in force, to start from.
    property string low
    property string high

    title: qsTr("Circulation target")
    operation: "circulationTarget"
    acceptText: lowField.text.trim().length === 0 && highField.text.trim().length === 0 && low.length > 0 ? qsTr("Remove target") : qsTr("Save target")

    onOpened: {
        lowField.text = low
        highField.text = high
        lowField.selectAll()
        lowField.forceActiveFocus()
    }
    onSubmitted: LedgerController.setCirculationTarget(lowField.text, highField.text)

    SecondaryLabel {
        text: qsTr("When the money in circulation leaves this band, the overview suggests a new demurrage rate; a person decides whether to take it. Leave both fields empty to remove the target.")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Low end (credits)")
    }
    TextField {
        id: lowField
        objectName: "targetLowField"
        Layout.fillWidth: true
        focus: true
        placeholderText: LedgerController.formatMoney(500000)
        Accessible.name: qsTr("Low end of the circulation target, in credits")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("High end (credits)")
    }
    TextField {
        id: highField
        objectName: "targetHighField"
        Layout.fillWidth: true
        placeholderText: LedgerController.formatMoney(1000000)
        Accessible.name: qsTr("High end of the circulation target, in credits")
    }
}
