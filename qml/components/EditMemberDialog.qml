// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A member's name and contact, filled in with what they are now.
FormDialog {
    id: dialog

    property real number: -1
    property string memberName
    property string contact

    title: qsTr("Edit %1").arg(memberName)
    operation: "editMember"
    acceptText: qsTr("Save")

    onOpened: {
        nameField.text = memberName
        contactField.text = contact
        nameField.selectAll()
        nameField.forceActiveFocus()
    }
    onSubmitted: LedgerController.editMember(number, nameField.text, contactField.text)

    Label { text: qsTr("Name") }
    TextField {
        id: nameField
        objectName: "editMemberName"
        Layout.fillWidth: true
        focus: true
        Accessible.name: qsTr("Name of member %1").arg(dialog.number)
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Contact (optional)")
    }
    TextField {
        id: contactField
        objectName: "editMemberContact"
        Layout.fillWidth: true
        placeholderText: qsTr("Phone or e-mail")
        Accessible.name: qsTr("Contact of member %1; empty removes it").arg(dialog.number)
    }
    SecondaryLabel {
        text: qsTr("The member number, balance and trades stay as they are. The journal keeps the new name, and that the contact changed.")
    }
}
