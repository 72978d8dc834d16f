// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A member's new PIN, typed twice; both fields empty removes the PIN.
FormDialog {
    id: dialog

    property real number: -1
    property string memberName
    property bool hasPin: false

    title: hasPin ? qsTr("Change the PIN of %1").arg(memberName) : qsTr("Set a PIN for %1").arg(memberName)
    operation: "setPin"
    acceptText: pinField.text.length === 0 && confirmField.text.length === 0 && hasPin ? qsTr("Remove PIN") : qsTr("Save PIN")

    onOpened: {
        pinField.clear()
        confirmField.clear()
        pinField.forceActiveFocus()
    }
    onSubmitted: LedgerController.setPin(number, pinField.text, confirmField.text)

    SecondaryLabel {
        text: qsTr("Let %1 type the PIN themselves. At least %2 characters. Leave both fields empty to remove the PIN; the coordinator then confirms their trades.")
              .arg(dialog.memberName).arg(LedgerController.minimumPinLength)
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("New PIN")
    }
    PassphraseField {
        id: pinField
        objectName: "newPinField"
        focus: true
        purpose: qsTr("New PIN of %1").arg(dialog.memberName)
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("New PIN again")
    }
    PassphraseField {
        id: confirmField
        objectName: "confirmPinField"
        purpose: qsTr("New PIN again, to confirm")
    }
}
