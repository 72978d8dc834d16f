// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// First run: name the community, choose the coordinator passphrase, create
// the vault. The rules (name, strength, confirmation) are checked by the
// controller; this page only shows its answers.
FocusScope {
    id: wizard

    property int step: 0
    property string errorText
    readonly property bool busy: VaultController.busy
    readonly property var verdict: VaultController.passphraseStrength(passphraseField.text)

    function goToPassphrase() {
        if (communityNameField.text.trim().length === 0)
            return
        step = 1
        passphraseField.forceActiveFocus()
    }

    function goBack() {
        errorText = ""
        step = 0
        communityNameField.forceActiveFocus()
    }

    function create() {
        if (busy)
            return
        errorText = ""
        VaultController.create(communityNameField.text, passphraseField.text, confirmField.text, rememberBox.checked)
    }

    Component.onCompleted: communityNameField.forceActiveFocus()

    Connections {
        target: VaultController
        function onOperationFinished(operation, ok, message) {
            if (operation === "create" && !ok)
                wizard.errorText = message
        }
    }

    // Enter on a check box or a button goes on as well.
    Keys.onReturnPressed: step === 0 ? goToPassphrase() : create()
    Keys.onEnterPressed: step === 0 ? goToPassphrase() : create()

    CenteredPage {
        id: card
        anchors.fill: parent

        SecondaryLabel {
            objectName: "stepLabel"
            text: qsTr("Step %1 of 2").arg(wizard.step + 1)
        }

        // One step at a time; a hidden step takes no room.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            ColumnLayout {
                visible: wizard.step === 0
                spacing: Theme.spacing

                Heading {
                    text: qsTr("Welcome to Mycelium")
                }
                SecondaryLabel {
                    text: qsTr("Mycelium keeps your community's books in an encrypted vault on this computer. Start by naming the community.")
                }
                Label {
                    Layout.topMargin: Theme.smallSpacing
                    text: qsTr("Community name")
                }
                TextField {
                    id: communityNameField
                    objectName: "communityNameField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("For example: Riverside Commons")
                    maximumLength: 120
                    Accessible.name: qsTr("Community name")
                    onAccepted: wizard.goToPassphrase()
                }
                RowLayout {
                    Layout.topMargin: Theme.smallSpacing
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "nextButton"
                        text: qsTr("Next")
                        highlighted: true
                        enabled: communityNameField.text.trim().length > 0
                        Accessible.name: qsTr("Next: choose the passphrase")
                        onClicked: wizard.goToPassphrase()
                    }
                }
            }

            ColumnLayout {
                visible: wizard.step === 1
                spacing: Theme.spacing
                enabled: !wizard.busy

                Heading {
                    text: qsTr("Choose the coordinator passphrase")
                }
                SecondaryLabel {
                    text: qsTr("It protects all of the community's records. Nobody can recover it for you: write it down and keep it in a safe place.")
                }
                Label {
                    Layout.topMargin: Theme.smallSpacing
                    text: qsTr("Passphrase")
                }
                PassphraseField {
                    id: passphraseField
                    objectName: "passphraseField"
                    placeholderText: qsTr("At least %1 characters").arg(VaultController.minimumPassphraseLength)
                    purpose: qsTr("Passphrase")
                    onAccepted: confirmField.forceActiveFocus()
                }
                StrengthMeter {
                    objectName: "strengthMeter"
                    verdict: wizard.verdict
                    visible: passphraseField.text.length > 0
                }
                Label {
                    text: qsTr("Confirm passphrase")
                }
                PassphraseField {
                    id: confirmField
                    objectName: "confirmField"
                    purpose: qsTr("Confirm passphrase")
                    onAccepted: wizard.create()
                }
                CheckBox {
                    id: rememberBox
                    leftPadding: 0
                    objectName: "rememberBox"
                    text: qsTr("Remember on this computer")
                    Accessible.name: text
                    Accessible.description: rememberHint.text
                }
                SecondaryLabel {
                    id: rememberHint
                    Layout.topMargin: -Theme.smallSpacing
                    Layout.leftMargin: rememberBox.indicator.width + rememberBox.spacing
                    text: qsTr("Opens the vault without the passphrase, with the key kept in this computer's keychain. Leave it off on a shared laptop.")
                }
                InlineMessage {
                    objectName: "errorMessage"
                    type: InlineMessage.Error
                    text: wizard.errorText
                }
                RowLayout {
                    Layout.topMargin: Theme.smallSpacing
                    spacing: Theme.spacing

                    Button {
                        objectName: "backButton"
                        text: qsTr("Back")
                        Accessible.name: qsTr("Back to the community name")
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        onClicked: wizard.goBack()
                    }
                    BusyIndicator {
                        objectName: "busyIndicator"
                        running: wizard.busy
                        visible: running
                        Layout.preferredHeight: createButton.implicitHeight
                        Layout.preferredWidth: createButton.implicitHeight
                        Accessible.name: qsTr("Creating the vault")
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        id: createButton
                        objectName: "createButton"
                        text: qsTr("Create vault")
                        highlighted: true
                        enabled: wizard.verdict.acceptable && confirmField.text.length > 0 && !wizard.busy
                        Accessible.name: text
                        onClicked: wizard.create()
                    }
                }
            }
        }

        SecondaryLabel {
            Layout.topMargin: Theme.smallSpacing
            text: qsTr("The vault will be saved in %1").arg(VaultController.vaultPath)
            wrapMode: Text.WrapAnywhere
            font.pointSize: Theme.baseFontSize * 0.9
        }
    }
}
