// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A member's trust profile on the member page: every dimension with the
// counts it is made of, the score as the product of its parts (never a
// single number alone), the open concerns and the sanction in force with
// its history. "Flag a concern…" (Ctrl+Shift+F) and "Sanction…" open their
// forms.
Card {
    id: card

    property real memberNumber: -1
    readonly property alias profile: profile
    readonly property alias flagDialog: flagDialog
    readonly property alias sanctionDialog: sanctionDialog
    readonly property alias flagButton: flagButton
    readonly property alias sanctionButton: sanctionButton
    property string actionMessage

    title: qsTr("Trust profile")
    description: profile.hasHistory ? qsTr("Each side of trust with what it is made of. The score multiplies the parts marked ×.")
                                    : qsTr("No history yet: nothing to score until %1 delivers a session, returns a loan or trades.").arg(profile.name)

    TrustProfileDetails {
        id: profile
        ledger: LedgerController
        number: card.memberNumber
    }
    TrustController {
        id: trust
        ledger: LedgerController
        onOperationFinished: (operation, ok, message) => {
            if (ok && (operation === "raiseFlag" || operation === "applySanction")) {
                card.actionMessage = message
                flagButton.forceActiveFocus()
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+Shift+F"
        enabled: card.visible && profile.exists
        onActivated: flagButton.clicked()
    }

    InlineMessage {
        type: InlineMessage.Error
        text: profile.error
    }
    InlineMessage {
        objectName: "trustActionMessage"
        type: InlineMessage.Positive
        text: card.actionMessage
    }

    // The dimensions: title, inputs in words and numbers, their part.
    ListView {
        id: dimensions
        objectName: "trustDimensions"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        spacing: Theme.smallSpacing
        model: profile
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Trust dimensions")

        delegate: RowLayout {
            required property string title
            required property string summary
            required property string factor
            required property string accessibleText
            width: ListView.view.width
            spacing: Theme.spacing
            Accessible.role: Accessible.ListItem
            Accessible.name: accessibleText

            Label {
                Layout.preferredWidth: 130
                Layout.alignment: Qt.AlignTop
                text: title
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                wrapMode: Text.Wrap
                text: summary
            }
            Label {
                Layout.preferredWidth: 110
                Layout.alignment: Qt.AlignTop
                horizontalAlignment: Text.AlignRight
                text: factor
                color: Theme.information
            }
        }
    }

    // The score and its parts, side by side.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.15)
    }
    RowLayout {
        id: formula
        objectName: "trustFormula"
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.StaticText
        Accessible.name: profile.formulaText

        component Part: ColumnLayout {
            property string value
            property string label
            spacing: 0
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: parent.value
                font.pointSize: Theme.subheadingFontSize
                font.weight: Font.DemiBold
            }
            SecondaryLabel {
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignHCenter
                text: parent.label
                wrapMode: Text.NoWrap
            }
        }
        component Sign: Label {
            Layout.alignment: Qt.AlignTop
            font.pointSize: Theme.subheadingFontSize
            opacity: 0.6
        }

        Part {
            value: profile.hasHistory ? profile.successText : qsTr("—")
            label: profile.hasHistory ? qsTr("success (%1)").arg(profile.successDetail) : qsTr("success: no history yet")
        }
        Sign { text: "×" }
        Part {
            value: profile.ecologicalText
            label: qsTr("ecological")
        }
        Sign { text: "×" }
        Part {
            value: profile.longevityText
            label: qsTr("longevity")
        }
        Sign { text: "×" }
        Part {
            value: profile.vouchingText
            label: qsTr("vouching")
        }
        Sign { text: "=" }
        Part {
            objectName: "trustScore"
            value: profile.hasHistory ? profile.scoreText : qsTr("—")
            label: qsTr("score")
        }
        Item { Layout.fillWidth: true }
    }
    SecondaryLabel {
        text: profile.boundsText
    }

    // For the coordinator: concerns and the sanction.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.15)
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "trustOpenFlags"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: profile.openFlagsText
                color: profile.openFlags > 0 ? Theme.warning : palette.windowText
                font.weight: profile.openFlags > 0 ? Font.DemiBold : Font.Normal
            }
            Label {
                objectName: "trustSanction"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: profile.sanctioned ? qsTr("Sanction: %1. %2").arg(profile.sanctionText).arg(profile.sanctionEffect) : qsTr("No sanction")
            }
        }
        Button {
            id: flagButton
            objectName: "flagConcernButton"
            Layout.alignment: Qt.AlignTop
            text: qsTr("Flag a concern…")
            enabled: profile.exists
            Accessible.name: qsTr("Flag a concern about %1").arg(profile.name)
            Accessible.description: qsTr("Ctrl+Shift+F")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Record a concern for the review queue (Ctrl+Shift+F)")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: {
                card.actionMessage = ""
                flagDialog.open()
            }
        }
        Button {
            id: sanctionButton
            objectName: "sanctionButton"
            Layout.alignment: Qt.AlignTop
            text: qsTr("Sanction…")
            enabled: profile.exists
            Accessible.name: qsTr("Apply or lift a sanction on %1").arg(profile.name)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: {
                card.actionMessage = ""
                sanctionDialog.presetLevel = profile.sanctioned ? "none" : "warning"
                sanctionDialog.open()
            }
        }
    }
    Label {
        visible: sanctionHistory.count > 0
        text: qsTr("Sanction history")
        font.weight: Font.DemiBold
    }
    SanctionHistoryList {
        id: sanctionHistory
        objectName: "trustSanctionHistory"
        visible: count > 0
        memberNumber: card.memberNumber
    }

    FlagConcernDialog {
        id: flagDialog
        objectName: "flagConcernDialog"
        trust: trust
        number: card.memberNumber
        memberName: profile.name
    }
    SanctionDialog {
        id: sanctionDialog
        objectName: "memberSanctionDialog"
        trust: trust
        presetNumber: card.memberNumber
    }
}
