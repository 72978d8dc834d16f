// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Confirms one of a member's skills: a vouch by another member (two verify
// it) or the coordinator's verification. The skill is picked from the
// member's offers or typed.
SkillFormDialog {
    id: dialog

    property real memberNumber: -1
    property string memberName
    property var suggestedTags: []
    property bool asCoordinator: false
    property real voucherNumber: -1

    function openAs(coordinator) {
        asCoordinator = coordinator
        open()
    }

    objectName: "skillVerifyDialog"
    title: asCoordinator ? qsTr("Verify a skill of %1").arg(memberName) : qsTr("Vouch for a skill of %1").arg(memberName)
    operation: "verify"
    acceptText: asCoordinator ? qsTr("Verify") : qsTr("Record vouch")

    onOpened: {
        tagBox.currentIndex = suggestedTags.length > 0 ? 0 : -1
        tagBox.editText = suggestedTags.length > 0 ? suggestedTags[0] : ""
        voucherNumber = -1
        voucherPicker.clearChoice()
        tagBox.forceActiveFocus()
    }
    onSubmitted: skills.verifySkill(memberNumber, tagBox.editText, asCoordinator ? -1 : Math.max(0, voucherNumber))

    Label { text: qsTr("Skill") }
    ComboBox {
        id: tagBox
        objectName: "skillVerifyTag"
        Layout.fillWidth: true
        editable: true
        model: dialog.suggestedTags
        Accessible.name: qsTr("Skill to confirm")
        Accessible.description: qsTr("One of the member's offers, or type a skill")
    }
    Label {
        visible: !dialog.asCoordinator
        text: qsTr("Vouched for by")
    }
    MemberPicker {
        id: voucherPicker
        objectName: "skillVoucherPicker"
        visible: !dialog.asCoordinator
        includeCommonsFund: false
        purpose: qsTr("Member who vouches")
        number: dialog.voucherNumber
        chosenName: number > 0 ? voucher.name : ""
        onPicked: (number) => dialog.voucherNumber = number
    }
    MemberDetails {
        id: voucher
        ledger: LedgerController
        number: dialog.voucherNumber
    }
    SecondaryLabel {
        text: dialog.asCoordinator ? qsTr("Verified at once; the member's credit line grows with each verified skill.")
                                   : qsTr("Two members vouching verify a skill; nobody vouches for themselves.")
    }
}
