// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Suspends a member, with the reason the journal keeps; or reinstates them.
FormDialog {
    id: dialog

    property real number: -1
    property string memberName
    // true: suspend; false: reinstate
    property bool suspending: true

    title: suspending ? qsTr("Suspend %1").arg(memberName) : qsTr("Reinstate %1").arg(memberName)
    operation: suspending ? "suspend" : "reinstate"
    acceptText: suspending ? qsTr("Suspend") : qsTr("Reinstate")

    onOpened: {
        reasonField.clear()
        reasonField.forceActiveFocus()
    }
    onSubmitted: LedgerController.setSuspended(number, suspending, reasonField.text)

    SecondaryLabel {
        text: dialog.suspending
              ? qsTr("While suspended, %1 can neither pay nor receive. The balance stays as it is, and reinstating is always possible.").arg(dialog.memberName)
              : qsTr("%1 may trade again from now on.").arg(dialog.memberName)
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: dialog.suspending ? qsTr("Reason") : qsTr("Note (optional)")
    }
    TextField {
        id: reasonField
        objectName: "suspendReasonField"
        Layout.fillWidth: true
        focus: true
        placeholderText: dialog.suspending ? qsTr("For example: decided at the assembly of 2 March") : ""
        Accessible.name: dialog.suspending ? qsTr("Reason for the suspension") : qsTr("Note on reinstating")
    }
}
