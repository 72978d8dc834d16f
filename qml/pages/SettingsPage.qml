// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Locking, "remember on this computer", the passphrase, re-encryption and
// the integrity check. Every operation is the controller's; while one runs,
// its form shows a busy indicator and all forms wait.
ScrollablePage {
    id: page

    readonly property bool busy: VaultController.busy
    property string passphraseResult
    property bool passphraseResultOk: false
    property string rekeyResult
    property bool rekeyResultOk: false
    property string verifyResult
    property bool verifyResultOk: false

    function changePassphrase() {
        if (busy)
            return
        passphraseResult = ""
        VaultController.changePassphrase(currentField.text, newField.text, confirmField.text)
    }

    function rekey() {
        if (busy)
            return
        rekeyResult = ""
        VaultController.rekey(rekeyField.text)
    }

    function verify() {
        if (busy)
            return
        verifyResult = ""
        VaultController.verify()
    }

    Connections {
        target: VaultController
        function onOperationFinished(operation, ok, message) {
            if (operation === "changePassphrase") {
                page.passphraseResult = message
                page.passphraseResultOk = ok
                if (ok) {
                    currentField.clear()
                    newField.clear()
                    confirmField.clear()
                }
            } else if (operation === "rekey") {
                page.rekeyResult = message
                page.rekeyResultOk = ok
                if (ok)
                    rekeyField.clear()
            } else if (operation === "verify") {
                page.verifyResult = message
                page.verifyResultOk = ok
            }
        }
    }

    Heading {
        text: qsTr("Settings")
    }

    Card {
        objectName: "lockingCard"
        title: qsTr("Locking")
        description: qsTr("The vault closes and its key is wiped from memory when nobody has used the computer for this long.")

        RowLayout {
            spacing: Theme.spacing

            Label {
                text: qsTr("Lock when idle for")
            }
            SpinBox {
                id: idleSpinBox
                objectName: "idleMinutesSpinBox"
                from: 0
                to: VaultController.maximumIdleMinutes
                value: VaultController.idleMinutes
                editable: true
                Layout.preferredWidth: Math.max(implicitWidth, 170)
                Accessible.name: qsTr("Minutes of inactivity before the vault locks; 0 means never")
                textFromValue: function(value, locale) {
                    if (value === 0)
                        return qsTr("Never")
                    return value === 1 ? qsTr("1 minute") : qsTr("%1 minutes").arg(value)
                }
                valueFromText: function(text, locale) {
                    const minutes = parseInt(text)
                    if (!isNaN(minutes))
                        return minutes
                    return text.trim() === qsTr("Never") ? 0 : idleSpinBox.value
                }
                // Accepts "Never" and "5 minutes" as shown; valueFromText reads them.
                validator: RegularExpressionValidator {
                    regularExpression: /.*/
                }
                onValueModified: VaultController.idleMinutes = value
            }
            Item { Layout.fillWidth: true }
        }
        RowLayout {
            spacing: Theme.spacing

            Button {
                objectName: "lockNowButton"
                text: qsTr("Lock now")
                Accessible.name: qsTr("Lock the vault now")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: VaultController.lock()
            }
            SecondaryLabel {
                text: qsTr("Shortcut: Ctrl+L")
            }
        }
    }

    Card {
        objectName: "hallModeCard"
        title: qsTr("Trades at the hall")

        Switch {
            id: hallModeSwitch
            objectName: "hallModeSwitch"
            Layout.fillWidth: true
            leftPadding: 0
            text: qsTr("Hall mode: the payer confirms each trade")
            checked: LedgerController.hallMode
            Accessible.name: text
            Accessible.description: hallModeHint.text
            onToggled: LedgerController.hallMode = checked
        }
        SecondaryLabel {
            id: hallModeHint
            Layout.topMargin: -Theme.smallSpacing
            text: qsTr("A payer with a PIN types it before the trade is recorded; for a payer without one, and for the commons fund, the coordinator ticks “Confirmed by the coordinator”. Turn it off only when you enter trades on your own authority, for example from paper slips: they are then recorded as unconfirmed.")
        }
    }

    ToolLibrarySettings {
        id: toolSettings
        ledger: LedgerController
    }
    Card {
        objectName: "toolLibraryCard"
        title: qsTr("Tool library")
        description: qsTr("When an item comes back and members are queued for it, it is kept for the first of them for this many days (that day counted); then it passes to the next.")

        RowLayout {
            spacing: Theme.spacing

            Label {
                text: qsTr("Hold a returned item for")
            }
            SpinBox {
                id: holdDaysSpinBox
                objectName: "holdDaysSpinBox"
                from: 1
                to: 60
                value: toolSettings.holdDays
                editable: true
                Accessible.name: qsTr("Days a returned item is held for the next member in its queue")
                textFromValue: function(value, locale) {
                    return value === 1 ? qsTr("1 day") : qsTr("%1 days").arg(value)
                }
                valueFromText: function(text, locale) {
                    const days = parseInt(text)
                    return isNaN(days) ? holdDaysSpinBox.value : days
                }
                validator: RegularExpressionValidator {
                    regularExpression: /.*/
                }
                onValueModified: toolSettings.setHoldDays(value)
            }
            Item { Layout.fillWidth: true }
        }
        InlineMessage {
            objectName: "toolSettingsMessage"
            type: toolSettings.error !== "" ? InlineMessage.Error : InlineMessage.Positive
            text: toolSettings.error !== "" ? toolSettings.error : toolSettings.message
        }
    }

    EcoBalanceSettings {
        id: ecoSettings
        ledger: LedgerController
    }
    Card {
        objectName: "ecoRatesCard"
        title: qsTr("Ecological accounting")
        description: qsTr("Settling a month pays members with a positive ecological balance, and charges those with a negative one a restoration fee, per point. A trade's impacts cost points per unit, borne by the payer.")

        GridLayout {
            columns: 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing

            Label { text: qsTr("Credits per point"); Layout.row: 0; Layout.column: 0 }
            TextField {
                Layout.row: 0
                Layout.column: 1
                id: creditsPerPointField
                objectName: "ecoCreditsPerPointField"
                text: ecoSettings.creditsPerPoint
                Accessible.name: qsTr("Regeneration credits paid per point of a positive monthly balance")
            }
            Label { text: qsTr("credits"); Layout.row: 0; Layout.column: 2 }
            Label { text: qsTr("Fee per point"); Layout.row: 1; Layout.column: 0 }
            TextField {
                Layout.row: 1
                Layout.column: 1
                id: feePerPointField
                objectName: "ecoFeePerPointField"
                text: ecoSettings.feePerPoint
                Accessible.name: qsTr("Restoration fee charged per point of a negative monthly balance")
            }
            Label { text: qsTr("credits"); Layout.row: 1; Layout.column: 2 }
            Repeater {
                id: weightFields
                model: ecoSettings.weights
                delegate: TextField {
                    required property var modelData
                    objectName: "ecoWeight-" + modelData.kind
                    Layout.row: index + 2
                    Layout.column: 1
                    required property int index
                    text: modelData.pointsPerUnit
                    Accessible.name: qsTr("Points one %1 of %2 costs").arg(modelData.unit).arg(modelData.label)
                }
            }
            Repeater {
                model: ecoSettings.weights
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 2
                    Layout.column: 0
                    text: qsTr("%1 impact").arg(modelData.label)
                }
            }
            Repeater {
                model: ecoSettings.weights
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 2
                    Layout.column: 2
                    // "points per unit" rather than "per units" for biodiversity.
                    text: qsTr("points per %1").arg(modelData.unit === "units" ? qsTr("unit") : modelData.unit)
                }
            }
        }
        Button {
            objectName: "ecoRatesSave"
            text: qsTr("Save the rates")
            Accessible.name: text
            onClicked: {
                const weights = {}
                for (let i = 0; i < weightFields.count; ++i) {
                    const field = weightFields.itemAt(i)
                    weights[field.modelData.kind] = field.text
                }
                // Saved: show the rates as the vault now has them.
                if (ecoSettings.save(creditsPerPointField.text, feePerPointField.text, weights)) {
                    creditsPerPointField.text = ecoSettings.creditsPerPoint
                    feePerPointField.text = ecoSettings.feePerPoint
                }
            }
        }
        InlineMessage {
            objectName: "ecoRatesMessage"
            type: ecoSettings.error !== "" ? InlineMessage.Error : InlineMessage.Positive
            text: ecoSettings.error !== "" ? ecoSettings.error : ecoSettings.message
        }
    }

    Card {
        objectName: "rememberCard"
        title: qsTr("This computer")

        Switch {
            id: rememberSwitch
            objectName: "rememberSwitch"
            Layout.fillWidth: true
            leftPadding: 0
            text: qsTr("Remember on this computer")
            checked: VaultController.rememberOnThisComputer
            enabled: !page.busy
            Accessible.name: text
            Accessible.description: rememberHint.text
            onToggled: VaultController.rememberOnThisComputer = checked
        }
        SecondaryLabel {
            id: rememberHint
            Layout.topMargin: -Theme.smallSpacing
            text: qsTr("Keeps the vault key in this computer's keychain, so that the vault opens without the passphrase. Turn it off on a laptop that others use.")
        }
        InlineMessage {
            objectName: "keychainNotice"
            type: InlineMessage.Warning
            text: VaultController.keychainNotice
        }
    }

    Card {
        id: passphraseCard
        objectName: "passphraseCard"
        title: qsTr("Change passphrase")
        description: qsTr("The vault key is sealed again under the new passphrase; the records are not touched.")

        Keys.onReturnPressed: page.changePassphrase()
        Keys.onEnterPressed: page.changePassphrase()

        ColumnLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.fieldWidth
            spacing: Theme.smallSpacing
            enabled: !page.busy

            Label { text: qsTr("Current passphrase") }
            PassphraseField {
                id: currentField
                objectName: "currentPassphraseField"
                purpose: qsTr("Current passphrase")
                onAccepted: newField.forceActiveFocus()
            }
            Label {
                Layout.topMargin: Theme.smallSpacing
                text: qsTr("New passphrase")
            }
            PassphraseField {
                id: newField
                objectName: "newPassphraseField"
                purpose: qsTr("New passphrase")
                onAccepted: confirmField.forceActiveFocus()
            }
            StrengthMeter {
                objectName: "newPassphraseStrength"
                verdict: VaultController.passphraseStrength(newField.text)
                visible: newField.text.length > 0
            }
            Label {
                Layout.topMargin: Theme.smallSpacing
                text: qsTr("Confirm new passphrase")
            }
            PassphraseField {
                id: confirmField
                objectName: "confirmPassphraseField"
                purpose: qsTr("Confirm new passphrase")
                onAccepted: page.changePassphrase()
            }
        }
        InlineMessage {
            objectName: "passphraseResult"
            type: page.passphraseResultOk ? InlineMessage.Positive : InlineMessage.Error
            text: page.passphraseResult
        }
        RowLayout {
            Layout.maximumWidth: Theme.fieldWidth
            spacing: Theme.spacing

            BusyIndicator {
                running: VaultController.runningOperation === "changePassphrase"
                visible: running
                Layout.preferredHeight: changeButton.implicitHeight
                Layout.preferredWidth: changeButton.implicitHeight
                Accessible.name: qsTr("Changing the passphrase")
            }
            Item { Layout.fillWidth: true }
            Button {
                id: changeButton
                objectName: "changePassphraseButton"
                text: qsTr("Change passphrase")
                enabled: !page.busy && currentField.text.length > 0 && newField.text.length > 0 && confirmField.text.length > 0
                Accessible.name: text
                onClicked: page.changePassphrase()
            }
        }
    }

    Card {
        objectName: "rekeyCard"
        title: qsTr("Re-encrypt vault")
        description: qsTr("Replaces the vault key with a new random key and encrypts every record again. Do it when a copy of the vault and its key may have left your hands, for example after a laptop was lost and found. The passphrase stays the same; a key kept on this computer is updated.")

        Keys.onReturnPressed: page.rekey()
        Keys.onEnterPressed: page.rekey()

        Label { text: qsTr("Passphrase") }
        PassphraseField {
            id: rekeyField
            objectName: "rekeyPassphraseField"
            Layout.maximumWidth: Theme.fieldWidth
            Layout.topMargin: -Theme.smallSpacing
            enabled: !page.busy
            purpose: qsTr("Passphrase for re-encryption")
            onAccepted: page.rekey()
        }
        InlineMessage {
            objectName: "rekeyResult"
            type: page.rekeyResultOk ? InlineMessage.Positive : InlineMessage.Error
            text: page.rekeyResult
        }
        RowLayout {
            Layout.maximumWidth: Theme.fieldWidth
            spacing: Theme.spacing

            BusyIndicator {
                running: VaultController.runningOperation === "rekey"
                visible: running
                Layout.preferredHeight: rekeyButton.implicitHeight
                Layout.preferredWidth: rekeyButton.implicitHeight
                Accessible.name: qsTr("Re-encrypting the vault")
            }
            Item { Layout.fillWidth: true }
            Button {
                id: rekeyButton
                objectName: "rekeyButton"
                text: qsTr("Re-encrypt")
                enabled: !page.busy && rekeyField.text.length > 0
                Accessible.name: qsTr("Re-encrypt the vault")
                onClicked: page.rekey()
            }
        }
    }

    Card {
        objectName: "verifyCard"
        title: qsTr("Verify vault")
        description: qsTr("Checks that the database is sound and that every record keeps the rules. Nothing is changed.")

        InlineMessage {
            objectName: "verifyResult"
            type: page.verifyResultOk ? InlineMessage.Positive : InlineMessage.Error
            text: page.verifyResult
        }
        Repeater {
            model: VaultController.verifyProblems
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%1: %2").arg(modelData.check).arg(modelData.message)
            }
        }
        RowLayout {
            Layout.maximumWidth: Theme.fieldWidth
            spacing: Theme.spacing

            BusyIndicator {
                running: VaultController.runningOperation === "verify"
                visible: running
                Layout.preferredHeight: verifyButton.implicitHeight
                Layout.preferredWidth: verifyButton.implicitHeight
                Accessible.name: qsTr("Verifying the vault")
            }
            Item { Layout.fillWidth: true }
            Button {
                id: verifyButton
                objectName: "verifyButton"
                text: qsTr("Verify now")
                enabled: !page.busy
                Accessible.name: qsTr("Verify the vault now")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.verify()
            }
        }
    }
}
