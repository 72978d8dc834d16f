// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Puts a member in an item's queue: first come, first served.
CatalogueFormDialog {
    id: dialog

    property string assetTag
    property string itemName
    property real memberNumber: -1

    title: qsTr("Place a hold on %1").arg(itemName)
    operation: "placeHold"
    acceptText: qsTr("Place hold")

    onOpened: {
        memberNumber = -1
        picker.clearChoice()
        picker.forceActiveFocus()
    }
    onSubmitted: catalogue.placeHold(assetTag, memberNumber)

    Label { text: qsTr("Member") }
    MemberPicker {
        id: picker
        objectName: "holdMemberPicker"
        focus: true
        includeCommonsFund: false
        purpose: qsTr("Member who waits for %1").arg(dialog.itemName)
        number: dialog.memberNumber
        chosenName: number > 0 ? chosenMember.name : ""
        onPicked: (number) => {
            dialog.memberNumber = number
            // Back to the field, where Enter places the hold.
            if (number > 0)
                Qt.callLater(picker.forceActiveFocus)
        }
    }
    MemberDetails {
        id: chosenMember
        ledger: LedgerController
        number: dialog.memberNumber
    }
    SecondaryLabel {
        text: qsTr("When %1 is in, it is held for the first member in the queue for a few days; then for the next.").arg(dialog.itemName)
    }
}
