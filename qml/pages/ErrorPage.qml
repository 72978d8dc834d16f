// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The vault cannot be opened: what happened, what to do, where the vault
// is. Nothing is deleted or repaired from here; "Try again" looks again.
FocusScope {
    id: page

    Component.onCompleted: retryButton.forceActiveFocus()

    CenteredPage {
        id: card
        anchors.fill: parent
        maximumWidth: Theme.formWidth + 80

        RowLayout {
            spacing: Theme.spacing

            // One line of the title high, beside its first line.
            FontMetrics {
                id: titleMetrics
                font: errorTitle.font
            }
            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: titleMetrics.height
                implicitHeight: titleMetrics.height
                radius: width / 2
                color: Theme.negative

                Label {
                    anchors.centerIn: parent
                    text: "!"
                    color: "white"
                    font.bold: true
                    font.pointSize: Theme.subheadingFontSize
                }
            }
            Heading {
                id: errorTitle
                objectName: "errorTitle"
                Layout.alignment: Qt.AlignTop
                text: VaultController.errorTitle
            }
        }
        Label {
            objectName: "errorMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: VaultController.errorMessage
        }
        Heading {
            level: 2
            Layout.topMargin: Theme.smallSpacing
            text: qsTr("What to do")
        }
        Label {
            objectName: "errorAdvice"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: VaultController.errorAdvice
        }
        Label {
            Layout.topMargin: Theme.smallSpacing
            text: qsTr("Vault location")
            font.weight: Font.DemiBold
        }
        TextEdit {
            objectName: "vaultPath"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            text: VaultController.vaultPath
            color: card.palette.text
            selectionColor: card.palette.highlight
            selectedTextColor: card.palette.highlightedText
            font.family: "monospace"
            activeFocusOnTab: true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Vault location")
            Accessible.readOnly: true
        }
        RowLayout {
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing

            Item { Layout.fillWidth: true }
            Button {
                objectName: "quitButton"
                text: qsTr("Quit")
                Accessible.name: qsTr("Quit Mycelium")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: Qt.quit()
            }
            Button {
                id: retryButton
                objectName: "retryButton"
                text: qsTr("Try again")
                highlighted: true
                Accessible.name: text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: VaultController.retry()
            }
        }
    }
}
