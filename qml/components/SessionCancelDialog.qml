// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Cancels a planned session, saying by whom: a cancellation by the
// provider counts against their reliability in later matches.
SkillFormDialog {
    id: dialog

    property real sessionId: 0
    property var session: ({})
    readonly property string by: byBox.currentValue === undefined ? "" : byBox.currentValue

    function openFor(id) {
        sessionId = id
        session = skills ? skills.sessionFields(id) : ({})
        open()
    }

    objectName: "sessionCancelDialog"
    title: qsTr("Cancel the session")
    operation: "cancelSession"
    acceptText: qsTr("Cancel session")

    onOpened: {
        byBox.currentIndex = 0
        byBox.forceActiveFocus()
    }
    onSubmitted: skills.cancelSession(sessionId, by)

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("%1 for %2: %3, %4.").arg(dialog.session.providerName || "").arg(dialog.session.receiverName || "")
                  .arg(dialog.session.description || "").arg(dialog.session.hoursText || "")
    }
    Label { text: qsTr("Cancelled by") }
    ComboBox {
        id: byBox
        objectName: "sessionCancelBy"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: [
            { value: "provider", text: qsTr("%1, who gives it").arg(dialog.session.providerName || qsTr("The provider")) },
            { value: "receiver", text: qsTr("%1, who receives it").arg(dialog.session.receiverName || qsTr("The receiver")) },
            { value: "coordinator", text: qsTr("The coordinator") }
        ]
        Accessible.name: qsTr("Who cancels")
        Keys.onReturnPressed: (event) => dialog.submitFromBox(byBox, event)
        Keys.onEnterPressed: (event) => dialog.submitFromBox(byBox, event)
    }
    SecondaryLabel {
        text: dialog.by === "provider" ? qsTr("Counts against the provider's reliability in later matches.") : ""
        visible: text.length > 0
    }
}
