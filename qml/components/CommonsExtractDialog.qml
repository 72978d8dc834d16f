// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Records what a member takes from a resource, with the quote read again
// at every key: the permits it takes, the price per permit now and the
// charge to the commons fund, or why it would be refused and how much is
// left. Beyond the permits only an emergency override records it, with a
// reason the dashboard shows to the assembly.
CommonsFormDialog {
    id: dialog

    property real resourceId: 0
    property string resourceName
    property string unit
    property real memberNumber: -1
    readonly property bool overriding: overrideBox.checked
    // CommonsController::quoteExtraction's answer for what is typed.
    readonly property var quote: commons && visible
        ? commons.quoteExtraction(resourceId, memberNumber, quantityField.text, dayField.text, overriding ? reasonField.text : "")
        : ({})

    objectName: "extractDialog"
    title: qsTr("Take from %1").arg(resourceName)
    operation: "extract"
    alsoOperations: ["override"]
    acceptText: overriding ? qsTr("Record override") : qsTr("Record extraction")

    onOpened: {
        memberNumber = -1
        picker.clearChoice()
        quantityField.clear()
        dayField.clear()
        overrideBox.checked = false
        reasonField.clear()
        picker.forceActiveFocus()
    }
    onSubmitted: {
        if (overriding)
            commons.extractWithOverride(resourceId, memberNumber, quantityField.text, dayField.text, reasonField.text)
        else
            commons.extract(resourceId, memberNumber, quantityField.text, dayField.text, "")
    }

    Label { text: qsTr("Member") }
    MemberPicker {
        id: picker
        objectName: "extractMemberPicker"
        focus: true
        includeCommonsFund: false
        purpose: qsTr("Member who takes from %1").arg(dialog.resourceName)
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
    Label { text: qsTr("Quantity (%1)").arg(dialog.unit) }
    TextField {
        id: quantityField
        objectName: "extractQuantityField"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        placeholderText: qsTr("e.g. 2.5")
        Accessible.name: qsTr("Quantity taken from %1, in %2").arg(dialog.resourceName).arg(dialog.unit)
    }
    Label { text: qsTr("Day") }
    TextField {
        id: dayField
        objectName: "extractDayField"
        Layout.fillWidth: true
        placeholderText: qsTr("Today, or %1").arg(LedgerController.dateFormatHint)
        Accessible.name: qsTr("Day of the extraction")
        Accessible.description: qsTr("Empty for today")
    }

    // The live quote.
    Label {
        objectName: "extractQuote"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: text.length > 0
        text: dialog.quote.refusal ? "" : (dialog.quote.text || "")
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    InlineMessage {
        objectName: "extractRefusal"
        type: dialog.overriding ? InlineMessage.Information : InlineMessage.Warning
        text: dialog.quote.refusal || ""
    }
    SecondaryLabel {
        objectName: "extractHint"
        visible: text.length > 0
        text: quantityField.text.length > 0 && dialog.memberNumber > 0 ? (dialog.quote.error || "") : ""
    }

    CheckBox {
        id: overrideBox
        objectName: "extractOverrideBox"
        text: qsTr("Emergency override: take it beyond the permits")
        Accessible.name: text
        Accessible.description: qsTr("Needs a reason; it is logged and shown on the dashboard")
        Keys.onReturnPressed: toggle()
        Keys.onEnterPressed: toggle()
    }
    Label {
        visible: overrideBox.checked
        text: qsTr("Reason")
    }
    TextField {
        id: reasonField
        objectName: "extractReasonField"
        visible: overrideBox.checked
        Layout.fillWidth: true
        placeholderText: qsTr("Why it cannot wait, for the assembly")
        Accessible.name: qsTr("Reason for the emergency override")
    }
}
