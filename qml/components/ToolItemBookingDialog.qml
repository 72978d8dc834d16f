// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Books an item for a member for future days (both counted); a loan that
// would overlap another member's booking is then refused at the desk.
CatalogueFormDialog {
    id: dialog

    property string assetTag
    property string itemName
    property real memberNumber: -1

    title: qsTr("Book %1").arg(itemName)
    operation: "reserve"
    acceptText: qsTr("Book")

    onOpened: {
        memberNumber = -1
        picker.clearChoice()
        fromField.text = ""
        toField.text = ""
        noteField.text = ""
        picker.forceActiveFocus()
    }
    onSubmitted: catalogue.reserve(assetTag, memberNumber, fromField.text, toField.text, noteField.text)

    Label { text: qsTr("Member") }
    MemberPicker {
        id: picker
        objectName: "bookingMemberPicker"
        focus: true
        includeCommonsFund: false
        purpose: qsTr("Member who books %1").arg(dialog.itemName)
        number: dialog.memberNumber
        chosenName: number > 0 ? chosenMember.name : ""
        onPicked: (number) => {
            dialog.memberNumber = number
            if (number > 0)
                Qt.callLater(fromField.forceActiveFocus)
        }
    }
    MemberDetails {
        id: chosenMember
        ledger: LedgerController
        number: dialog.memberNumber
    }
    RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Label { text: qsTr("From") }
            TextField {
                id: fromField
                objectName: "bookingFrom"
                placeholderText: LedgerController.todayText
                Accessible.name: qsTr("First day of the booking")
                onAccepted: dialog.submit()
            }
        }
        ColumnLayout {
            Label { text: qsTr("To") }
            TextField {
                id: toField
                objectName: "bookingTo"
                placeholderText: LedgerController.todayText
                Accessible.name: qsTr("Last day of the booking")
                onAccepted: dialog.submit()
            }
        }
    }
    Label { text: qsTr("Note (optional)") }
    TextField {
        id: noteField
        objectName: "bookingNote"
        Layout.fillWidth: true
        Accessible.name: qsTr("Note on the booking")
        onAccepted: dialog.submit()
    }
}
