// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Later starts and after every lock: the passphrase, or an automatic unlock
// while the key is read from the keychain. Focus starts in the passphrase
// field; Enter unlocks.
FocusScope {
    id: page

    property string errorText
    readonly property bool busy: VaultController.busy

    function unlock() {
        if (busy)
            return
        errorText = ""
        VaultController.unlock(passphraseField.text, rememberBox.checked)
    }

    Component.onCompleted: passphraseField.forceActiveFocus()

    Connections {
        target: VaultController
        function onUnlockFailed(message) {
            page.errorText = message
            passphraseField.selectAll()
            passphraseField.forceActiveFocus()
        }
        function onBusyChanged() {
            if (!page.busy)
                passphraseField.forceActiveFocus()
        }
    }

    Keys.onReturnPressed: unlock()
    Keys.onEnterPressed: unlock()

    CenteredPage {
        id: card
        anchors.fill: parent

        Heading {
            text: qsTr("Unlock the vault")
        }
        SecondaryLabel {
            text: qsTr("Enter the coordinator passphrase to open the community's books.")
        }
        Label {
            Layout.topMargin: Theme.smallSpacing
            text: qsTr("Passphrase")
        }
        PassphraseField {
            id: passphraseField
            objectName: "passphraseField"
            enabled: !page.busy
            purpose: qsTr("Passphrase")
            onAccepted: page.unlock()
        }
        CheckBox {
            id: rememberBox
            leftPadding: 0
            objectName: "rememberBox"
            enabled: !page.busy
            text: qsTr("Remember on this computer")
            checked: VaultController.rememberOnThisComputer
            Accessible.name: text
            Accessible.description: qsTr("Opens the vault without the passphrase next time, with the key kept in this computer's keychain.")
        }
        InlineMessage {
            objectName: "errorMessage"
            type: InlineMessage.Error
            text: page.errorText
        }
        InlineMessage {
            objectName: "keychainNotice"
            type: InlineMessage.Warning
            text: VaultController.keychainNotice
        }
        RowLayout {
            Layout.topMargin: Theme.smallSpacing
            spacing: Theme.spacing

            BusyIndicator {
                objectName: "busyIndicator"
                running: page.busy || VaultController.keychainPending
                visible: running
                Layout.preferredHeight: unlockButton.implicitHeight
                Layout.preferredWidth: unlockButton.implicitHeight
                Accessible.name: busyLabel.text
            }
            Label {
                id: busyLabel
                objectName: "busyLabel"
                visible: page.busy || VaultController.keychainPending
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                // While only the keychain is asked, the form stays usable.
                text: page.busy ? qsTr("Opening the vault…")
                                : qsTr("Asking this computer's keychain for the key; you can also type the passphrase.")
            }
            Item {
                visible: !busyLabel.visible
                Layout.fillWidth: true
            }
            Button {
                id: unlockButton
                objectName: "unlockButton"
                text: qsTr("Unlock")
                highlighted: true
                enabled: !page.busy
                Accessible.name: text
                onClicked: page.unlock()
            }
        }
        SecondaryLabel {
            Layout.topMargin: Theme.smallSpacing
            text: qsTr("Vault: %1").arg(VaultController.vaultPath)
            wrapMode: Text.WrapAnywhere
            font.pointSize: Theme.baseFontSize * 0.9
        }
    }
}
