// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The community at a glance: the ledger's self-regulation signals (money in
// circulation, the commons fund, members near their limits, trade volume
// and velocity month by month, a suggested demurrage rate that a person
// accepts or rejects, the circulation target), then the vault as
// Vault::info() reports it.
ScrollablePage {
    id: page

    readonly property alias signalsModel: signalsModel
    readonly property alias rateDialog: rateDialog
    readonly property alias targetDialog: targetDialog
    property string actionMessage

    // The counts change as trades are recorded elsewhere: read them again
    // whenever the overview is shown.
    onVisibleChanged: if (visible) VaultController.refresh()

    LedgerSignalsModel {
        id: signalsModel
        ledger: LedgerController
        // Read on the worker, and only while shown: see the model.
        active: page.visible
    }

    Connections {
        target: LedgerController
        function onOperationFinished(operation, ok, message, number) {
            if (ok && (operation === "demurrageRate" || operation === "circulationTarget"))
                page.actionMessage = message
        }
    }

    Heading {
        text: qsTr("Overview")
    }

    InlineMessage {
        objectName: "signalsError"
        type: InlineMessage.Error
        text: signalsModel.error
    }
    InlineMessage {
        objectName: "overviewMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }

    SecondaryLabel {
        Layout.topMargin: -Theme.spacing
        text: qsTr("The ledger's own signals, for the assembly. They inform; nothing changes by itself.")
    }
    BusyIndicator {
        running: signalsModel.loading && !signalsModel.loaded
        visible: running
        Accessible.name: qsTr("Reading the signals")
    }
    // Four tiles side by side. A Row and not a RowLayout: the tiles'
    // width must be known before their wrapped text can say how tall they
    // are. (A Grid or Flow whose columns follow the width never settles in
    // Qt 6.4; in a narrow window the values shrink to fit instead.)
    Row {
        id: tiles
        objectName: "signalTiles"
        Layout.fillWidth: true
        visible: signalsModel.loaded
        spacing: Theme.spacing

        readonly property real tileWidth: (width - 3 * spacing) / 4
        // All as tall as the tallest, so that they line up.
        readonly property real tileHeight: Math.max(circulationTile.implicitHeight, commonsFundTile.implicitHeight,
                                                    nearFloorTile.implicitHeight, nearCeilingTile.implicitHeight)

        SignalTile {
            id: circulationTile
            objectName: "circulationTile"
            width: tiles.tileWidth
            height: tiles.tileHeight
            label: qsTr("Money in circulation")
            value: signalsModel.circulationText
            detail: signalsModel.hasTarget ? signalsModel.targetStatusText : qsTr("The sum of all positive balances.")
        }
        SignalTile {
            id: commonsFundTile
            objectName: "commonsFundTile"
            width: tiles.tileWidth
            height: tiles.tileHeight
            label: qsTr("Commons fund")
            value: signalsModel.commonsFundText
            detail: qsTr("Fed by demurrage; spent on what the community shares.")
        }
        SignalTile {
            id: nearFloorTile
            objectName: "nearFloorTile"
            width: tiles.tileWidth
            height: tiles.tileHeight
            label: qsTr("Near their credit floor")
            value: signalsModel.nearFloorShareText
            detail: signalsModel.nearFloorDetail
            accent: signalsModel.nearFloor > 0 ? Theme.warning : palette.windowText
        }
        SignalTile {
            id: nearCeilingTile
            objectName: "nearCeilingTile"
            width: tiles.tileWidth
            height: tiles.tileHeight
            label: qsTr("Near the ceiling")
            value: signalsModel.nearCeilingShareText
            detail: signalsModel.nearCeilingDetail
            accent: signalsModel.nearCeiling > 0 ? Theme.warning : palette.windowText
        }
    }

    Card {
        objectName: "suggestionCard"
        visible: signalsModel.hasSuggestion
        title: qsTr("Suggested demurrage rate")

        Label {
            objectName: "suggestionText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            text: signalsModel.suggestionText
        }
        SecondaryLabel {
            objectName: "suggestionReason"
            text: signalsModel.suggestionDetail
        }
        RowLayout {
            spacing: Theme.smallSpacing

            Button {
                objectName: "acceptSuggestionButton"
                text: qsTr("Accept…")
                Accessible.name: qsTr("Accept the suggested demurrage rate")
                Accessible.description: qsTr("Asks for confirmation before anything is recorded")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    page.actionMessage = ""
                    rateDialog.open()
                }
            }
            Button {
                objectName: "rejectSuggestionButton"
                text: qsTr("Reject")
                Accessible.name: qsTr("Reject the suggested demurrage rate")
                Accessible.description: qsTr("Hides the suggestion until the vault is locked; nothing is recorded")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    signalsModel.reject()
                    page.actionMessage = qsTr("The suggestion is hidden until the vault is locked. The demurrage rate stays as it is.")
                }
            }
        }
    }
    InlineMessage {
        objectName: "scheduledRate"
        type: InlineMessage.Information
        text: signalsModel.scheduledRateText
    }

    Card {
        objectName: "volumeCard"
        visible: signalsModel.loaded
        title: qsTr("Trade volume per month")
        description: qsTr("Credits moved by trades, reversals not counted: %1.").arg(signalsModel.periodText)

        VolumeChart {
            objectName: "volumeChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 200
            visible: signalsModel.hasActivity
            signalsModel: signalsModel
        }
        SecondaryLabel {
            visible: !signalsModel.hasActivity
            text: qsTr("No trades in these twelve months yet.")
        }
    }

    Card {
        objectName: "velocityCard"
        visible: signalsModel.loaded
        title: qsTr("Velocity per month")
        description: qsTr("How many times the money in circulation changed hands: a month's trade volume divided by the circulation at its end. Last month: %1.").arg(signalsModel.velocityText)

        VelocityChart {
            objectName: "velocityChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 200
            visible: signalsModel.hasActivity
            signalsModel: signalsModel
        }
        SecondaryLabel {
            visible: !signalsModel.hasActivity
            text: qsTr("No trades in these twelve months yet.")
        }
    }

    DepthCard {
        id: depthCard
        objectName: "depthCard"
        // Read on the worker, and only while shown, as the signals.
        active: page.visible
    }

    Card {
        objectName: "targetCard"
        visible: signalsModel.loaded
        title: qsTr("Circulation target")
        description: qsTr("The band the money in circulation should stay in. Outside it, a new demurrage rate is suggested here.")

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "targetText"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.weight: Font.DemiBold
                    text: signalsModel.targetText
                }
                SecondaryLabel {
                    objectName: "targetStatus"
                    visible: text.length > 0
                    text: signalsModel.targetStatusText
                }
            }
            Button {
                objectName: "setTargetButton"
                Layout.alignment: Qt.AlignTop
                text: signalsModel.hasTarget ? qsTr("Change target…") : qsTr("Set target…")
                Accessible.name: signalsModel.hasTarget ? qsTr("Change the circulation target") : qsTr("Set a circulation target")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    page.actionMessage = ""
                    targetDialog.open()
                }
            }
        }
    }

    Card {
        title: qsTr("Community")

        FactGrid {
            id: communityFacts

            FactLabel { text: qsTr("Name") }
            FactValue {
                objectName: "communityName"
                text: VaultController.communityName
                font.weight: Font.DemiBold
            }
            FactLabel { text: qsTr("Created on") }
            FactValue {
                objectName: "createdOn"
                text: VaultController.createdOnText
            }
        }
    }

    Card {
        title: qsTr("Vault")

        FactGrid {
            id: vaultFacts

            FactLabel { text: qsTr("Location") }
            FactValue {
                objectName: "vaultPath"
                text: VaultController.vaultPath
                wrapMode: Text.WrapAnywhere
            }
            FactLabel { text: qsTr("Schema version") }
            FactValue {
                objectName: "schemaVersion"
                text: VaultController.schemaVersion
            }
            FactLabel { text: qsTr("Encryption") }
            FactValue {
                objectName: "cipherVersion"
                text: VaultController.cipherVersion.length > 0 ? qsTr("SQLCipher %1").arg(VaultController.cipherVersion) : qsTr("Unknown")
            }
            FactLabel { text: qsTr("Vault ID") }
            FactValue {
                objectName: "vaultId"
                text: VaultController.vaultId
                font.family: "monospace"
                wrapMode: Text.WrapAnywhere
            }
            FactLabel { text: qsTr("Remember on this computer") }
            FactValue {
                objectName: "rememberState"
                text: VaultController.rememberOnThisComputer
                      ? qsTr("Yes: this computer's keychain holds the vault key")
                      : qsTr("No: the passphrase is needed to unlock")
            }
        }
    }

    Card {
        title: qsTr("Records")

        FactGrid {
            id: recordFacts

            Repeater {
                model: VaultController.counts
                delegate: FactLabel {
                    required property var modelData
                    required property int index
                    Layout.row: recordFacts.wide ? index : 2 * index
                    Layout.column: 0
                    text: modelData.label
                }
            }
            Repeater {
                model: VaultController.counts
                delegate: FactValue {
                    required property var modelData
                    required property int index
                    objectName: "count-" + modelData.key
                    Layout.row: recordFacts.wide ? index : 2 * index + 1
                    Layout.column: recordFacts.wide ? 1 : 0
                    text: modelData.count < 0 ? qsTr("cannot be counted") : Number(modelData.count).toLocaleString(Qt.locale(), "f", 0)
                }
            }
        }
    }

    RateSuggestionDialog {
        id: rateDialog
        objectName: "rateDialog"
        signalsModel: signalsModel
    }
    CirculationTargetDialog {
        id: targetDialog
        objectName: "targetDialog"
        low: signalsModel.targetLowInput
        high: signalsModel.targetHighInput
    }
}
