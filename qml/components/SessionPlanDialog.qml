// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Plans a session: who gives, who receives, what, how many hours and on
// which day, with what it will cost read again at every key. From a match
// it opens filled in from the offer and the want; nothing is booked until
// the coordinator presses Plan session.
SkillFormDialog {
    id: dialog

    property real listingId: 0
    property real providerNumber: -1
    property real receiverNumber: -1
    readonly property var quote: skills && visible ? skills.quoteSession(listingId, hoursField.text) : ({})
    property var draft: ({})

    signal planned(real id)

    // listingId 0: an empty form; matchListingId 0: the other side left to choose.
    function openFor(listingId, matchListingId) {
        draft = listingId > 0 && skills ? skills.sessionDraft(listingId, matchListingId) : ({})
        open()
    }

    objectName: "sessionPlanDialog"
    title: qsTr("Plan a session")
    operation: "planSession"
    acceptText: qsTr("Plan session")

    onOpened: {
        listingId = draft.listingId || 0
        providerNumber = draft.provider > 0 ? draft.provider : -1
        receiverNumber = draft.receiver > 0 ? draft.receiver : -1
        if (providerNumber < 0)
            providerPicker.clearChoice()
        if (receiverNumber < 0)
            receiverPicker.clearChoice()
        descriptionField.text = draft.description || ""
        hoursField.text = draft.hours || "1"
        dayField.clear()
        mentoringBox.checked = draft.mentoring === true
        if (providerNumber < 0)
            providerPicker.forceActiveFocus()
        else if (receiverNumber < 0)
            receiverPicker.forceActiveFocus()
        else
            hoursField.forceActiveFocus()
    }
    onSubmitted: skills.planSession(providerNumber, receiverNumber, listingId, descriptionField.text, hoursField.text,
                                    dayField.text, mentoringBox.checked)
    onDone: (message, id) => dialog.planned(id)

    Label { text: qsTr("Given by") }
    MemberPicker {
        id: providerPicker
        objectName: "sessionProviderPicker"
        includeCommonsFund: false
        purpose: qsTr("Member who gives the session")
        number: dialog.providerNumber
        chosenName: number > 0 ? providerDetails.name : ""
        onPicked: (number) => dialog.providerNumber = number
    }
    MemberDetails {
        id: providerDetails
        ledger: LedgerController
        number: dialog.providerNumber
    }
    Label { text: qsTr("Received by (pays)") }
    MemberPicker {
        id: receiverPicker
        objectName: "sessionReceiverPicker"
        includeCommonsFund: false
        purpose: qsTr("Member who receives the session and pays for it")
        number: dialog.receiverNumber
        chosenName: number > 0 ? receiverDetails.name : ""
        onPicked: (number) => dialog.receiverNumber = number
    }
    MemberDetails {
        id: receiverDetails
        ledger: LedgerController
        number: dialog.receiverNumber
    }
    Label { text: qsTr("What") }
    TextField {
        id: descriptionField
        objectName: "sessionDescriptionField"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. fix the garden gate's hinge")
        Accessible.name: qsTr("What the session is about")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Label { text: qsTr("Hours") }
            TextField {
                id: hoursField
                objectName: "sessionHoursField"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: qsTr("e.g. 1.5 or 1:30")
                Accessible.name: qsTr("Hours")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Label { text: qsTr("Day") }
            TextField {
                id: dayField
                objectName: "sessionDayField"
                Layout.fillWidth: true
                placeholderText: qsTr("Today, or %1").arg(LedgerController.dateFormatHint)
                Accessible.name: qsTr("Day of the session")
                Accessible.description: qsTr("Empty for today")
            }
        }
    }
    CheckBox {
        id: mentoringBox
        objectName: "sessionMentoring"
        text: qsTr("A mentorship session")
        Accessible.name: text
        Keys.onReturnPressed: toggle()
        Keys.onEnterPressed: toggle()
    }
    Label {
        objectName: "sessionQuote"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: dialog.quote.ok ? dialog.quote.text : (hoursField.text.length > 0 ? (dialog.quote.error || "") : "")
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    SecondaryLabel {
        text: qsTr("Nothing is paid now: completing the session records the trade.")
    }
}
