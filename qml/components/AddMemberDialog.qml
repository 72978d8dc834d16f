// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A new member: name, contact, number (the next free one when empty) and an
// optional PIN for confirming trades at the hall.
FormDialog {
    id: dialog

    title: qsTr("Add a member")
    operation: "addMember"
    acceptText: qsTr("Add member")

    onOpened: {
        nameField.clear()
        contactField.clear()
        numberField.clear()
        pinField.clear()
        pinConfirmField.clear()
        nameField.forceActiveFocus()
    }
    onSubmitted: LedgerController.addMember(nameField.text, contactField.text, numberField.text, pinField.text, pinConfirmField.text)

    Label { text: qsTr("Name") }
    TextField {
        id: nameField
        objectName: "newMemberName"
        Layout.fillWidth: true
        focus: true
        Accessible.name: qsTr("Name of the new member")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Contact (optional)")
    }
    TextField {
        id: contactField
        objectName: "newMemberContact"
        Layout.fillWidth: true
        placeholderText: qsTr("Phone or e-mail")
        Accessible.name: qsTr("Contact of the new member")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Member number (optional)")
    }
    TextField {
        id: numberField
        objectName: "newMemberNumber"
        Layout.fillWidth: true
        placeholderText: qsTr("The next free number")
        inputMethodHints: Qt.ImhDigitsOnly
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,9}/ }
        Accessible.name: qsTr("Member number; empty takes the next free one")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("PIN (optional, at least %1 characters)").arg(LedgerController.minimumPinLength)
    }
    PassphraseField {
        id: pinField
        objectName: "newMemberPin"
        purpose: qsTr("PIN of the new member")
    }
    PassphraseField {
        id: pinConfirmField
        objectName: "newMemberPinConfirm"
        purpose: qsTr("PIN again, to confirm")
        placeholderText: qsTr("The PIN again")
    }
    SecondaryLabel {
        text: qsTr("With a PIN the member confirms their own trades at the hall; without one the coordinator confirms them.")
    }
}
