// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The community and its vault at a glance, as Vault::info() reports them.
ScrollablePage {
    id: page

    // The counts change as trades are recorded elsewhere: read them again
    // whenever the overview is shown.
    onVisibleChanged: if (visible) VaultController.refresh()

    Heading {
        text: qsTr("Overview")
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
}
