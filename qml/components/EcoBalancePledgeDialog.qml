// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A member pledges restoration work for the month to settle, instead of
// paying its restoration fee.
EcoBalanceFormDialog {
    id: dialog

    property real memberNumber: -1

    title: qsTr("Record a pledge")
    operation: "pledge"
    acceptText: qsTr("Record the pledge")

    onOpened: {
        memberNumber = -1
        picker.clearChoice()
        workField.clear()
        picker.forceActiveFocus()
    }
    onSubmitted: controller.recordPledge(memberNumber, workField.text)

    Label { text: qsTr("Member") }
    MemberPicker {
        id: picker
        objectName: "pledgeMemberPicker"
        focus: true
        includeCommonsFund: false
        purpose: qsTr("Member who pledges restoration work")
        number: dialog.memberNumber
        chosenName: number > 0 ? chosenMember.name : ""
        onPicked: (number) => {
            dialog.memberNumber = number
            if (number > 0)
                Qt.callLater(workField.forceActiveFocus)
        }
    }
    MemberDetails {
        id: chosenMember
        ledger: LedgerController
        number: dialog.memberNumber
    }
    Label { text: qsTr("Work pledged") }
    TextField {
        id: workField
        objectName: "pledgeWorkField"
        Layout.fillWidth: true
        placeholderText: qsTr("two Saturdays at the wetland")
        Accessible.name: qsTr("Work pledged")
    }
    SecondaryLabel {
        text: controller ? qsTr("For %1: when the month is settled, the member owes this work instead of a restoration fee.").arg(controller.settleMonthText) : ""
    }
}
