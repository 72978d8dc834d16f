// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Records regeneration work on a resource (planting, restoring, composting,
// repairing) that someone saw done: it earns the member drawing rights
// and regeneration credits from the commons fund, at the resource's rates.
CommonsFormDialog {
    id: dialog

    property real resourceId: 0
    property string resourceName
    property string unit // the regeneration unit
    property real memberNumber: -1

    objectName: "regenerateDialog"
    title: qsTr("Regeneration of %1").arg(resourceName)
    operation: "regenerate"
    acceptText: qsTr("Record regeneration")

    onOpened: {
        memberNumber = -1
        picker.clearChoice()
        quantityField.clear()
        actionField.clear()
        verifiedField.clear()
        dayField.clear()
        picker.forceActiveFocus()
    }
    onSubmitted: commons.regenerate(resourceId, memberNumber, quantityField.text, actionField.text, verifiedField.text, dayField.text)

    Label { text: qsTr("Member who did it") }
    MemberPicker {
        id: picker
        objectName: "regenerateMemberPicker"
        focus: true
        includeCommonsFund: false
        purpose: qsTr("Member who did the regeneration work")
        number: dialog.memberNumber
        chosenName: number > 0 ? chosenMember.name : ""
        onPicked: (number) => {
            dialog.memberNumber = number
        }
    }
    MemberDetails {
        id: chosenMember
        ledger: LedgerController
        number: dialog.memberNumber
    }
    Label { text: qsTr("What was done") }
    TextField {
        id: actionField
        objectName: "regenerateActionField"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. planted 40 oaks")
        Accessible.name: qsTr("What was done")
    }
    Label { text: qsTr("Quantity (%1)").arg(dialog.unit) }
    TextField {
        id: quantityField
        objectName: "regenerateQuantityField"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: qsTr("Quantity of regeneration, in %1").arg(dialog.unit)
    }
    Label { text: qsTr("Verified by") }
    TextField {
        id: verifiedField
        objectName: "regenerateVerifiedField"
        Layout.fillWidth: true
        placeholderText: qsTr("Who saw it done")
        Accessible.name: qsTr("Who verified the work")
    }
    Label { text: qsTr("Day") }
    TextField {
        id: dayField
        objectName: "regenerateDayField"
        Layout.fillWidth: true
        placeholderText: qsTr("Today, or %1").arg(LedgerController.dateFormatHint)
        Accessible.name: qsTr("Day of the work")
        Accessible.description: qsTr("Empty for today")
    }
}
