// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A modal form for one LedgerController operation: it stays open while the
// operation runs and shows a refusal inline; it closes when the operation
// succeeds. Enter in a field submits, Escape cancels.
Dialog {
    id: dialog

    // The LedgerController operation this dialog starts ("addMember", …).
    property string operation
    property string acceptText: qsTr("Save")
    property string errorText
    default property alias fields: body.data
    readonly property bool running: LedgerController.runningOperation === operation

    // Starts the operation; false when it was refused at once.
    signal submitted()

    function submit() {
        if (running)
            return
        errorText = ""
        submitted()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 2 * Theme.largeSpacing : 480)
    modal: true
    focus: true
    padding: Theme.largeSpacing
    closePolicy: Popup.CloseOnEscape
    onOpened: errorText = ""

    Connections {
        target: LedgerController
        function onOperationFinished(operation, ok, message, number) {
            if (operation !== dialog.operation || !dialog.visible)
                return
            if (ok)
                dialog.close()
            else
                dialog.errorText = message
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Keys.onReturnPressed: dialog.submit()
        Keys.onEnterPressed: dialog.submit()

        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            enabled: !dialog.running
        }
        InlineMessage {
            objectName: dialog.objectName + "-result"
            type: InlineMessage.Error
            text: dialog.errorText
        }
        RowLayout {
            spacing: Theme.spacing

            BusyIndicator {
                running: dialog.running
                visible: running
                Layout.preferredHeight: acceptButton.implicitHeight
                Layout.preferredWidth: acceptButton.implicitHeight
                Accessible.name: qsTr("Saving")
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: dialog.objectName + "-cancel"
                text: qsTr("Cancel")
                Accessible.name: text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: dialog.close()
            }
            Button {
                id: acceptButton
                objectName: dialog.objectName + "-accept"
                text: dialog.acceptText
                highlighted: true
                enabled: !dialog.running
                Accessible.name: text
                onClicked: dialog.submit()
            }
        }
    }
}
