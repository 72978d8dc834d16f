// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Completes a planned session: says who pays whom how much (hours × rate)
// before anything is recorded; the ledger's refusal (credit line,
// sanction) shows here and the session stays planned.
SkillFormDialog {
    id: dialog

    property real sessionId: 0
    property var session: ({})

    function openFor(id) {
        sessionId = id
        session = skills ? skills.sessionFields(id) : ({})
        open()
    }

    objectName: "sessionCompleteDialog"
    title: qsTr("Complete the session")
    operation: "completeSession"
    acceptText: qsTr("Record %1").arg(session.amountText || "")

    onOpened: {
        dayField.clear()
        dayField.forceActiveFocus()
    }
    onSubmitted: skills.completeSession(sessionId, dayField.text)

    Label {
        objectName: "sessionCompleteWhat"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.weight: Font.DemiBold
        text: dialog.session.description || ""
    }
    Label {
        objectName: "sessionCompleteAmount"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: dialog.session.confirmText || ""
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Label { text: qsTr("Done on") }
    TextField {
        id: dayField
        objectName: "sessionCompleteDayField"
        Layout.fillWidth: true
        placeholderText: qsTr("Today, or %1").arg(LedgerController.dateFormatHint)
        Accessible.name: qsTr("Day the session was done")
        Accessible.description: qsTr("Empty for today")
    }
}
