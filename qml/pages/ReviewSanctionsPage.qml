// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The sanctions in force, by review date: level and what it does, the
// reason, the review date, contributions since and whether redemption is
// earned, with each member's steps. "Sanction…" (Ctrl+N) applies or lifts
// a step; "Apply earned redemptions" steps down those who earned it.
ScrollablePage {
    id: page

    property TrustController trust
    readonly property alias sanctions: sanctions
    readonly property alias sanctionDialog: sanctionDialog
    readonly property alias sanctionList: sanctionList
    readonly property alias newButton: newButton
    readonly property alias redeemButton: redeemButton
    property string actionMessage
    property string errorMessage

    function focusFirstField() {
        newButton.forceActiveFocus()
    }

    SanctionModel {
        id: sanctions
        ledger: LedgerController
    }
    Connections {
        target: page.trust
        function onOperationFinished(operation, ok, message) {
            if (operation === "redeem" || (operation === "applySanction" && ok && page.visible)) {
                page.actionMessage = ok ? message : ""
                page.errorMessage = ok ? "" : message
                Qt.callLater(page.focusFirstField)
            }
        }
    }
    Shortcut {
        sequences: [StandardKey.New]
        enabled: page.visible
        onActivated: newButton.clicked()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Heading {
            Layout.fillWidth: true
            text: qsTr("Sanctions under review")
        }
        Button {
            id: redeemButton
            objectName: "redeemButton"
            text: sanctions.earnedCount > 0 ? qsTr("Apply earned redemptions (%1)").arg(sanctions.earnedCount) : qsTr("Apply earned redemptions")
            Accessible.name: qsTr("Step down the sanctions whose redemption is earned")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("A warning or reduced line past its review date, with three contributions since, steps down one level")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: {
                page.actionMessage = ""
                page.trust.redeem()
            }
        }
        Button {
            id: newButton
            objectName: "newSanctionButton"
            text: qsTr("Sanction…")
            highlighted: true
            Accessible.name: qsTr("Apply or lift a sanction")
            Accessible.description: qsTr("Ctrl+N")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Apply or lift a step of the graduated sanctions (Ctrl+N)")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: {
                page.actionMessage = ""
                sanctionDialog.presetNumber = -1
                sanctionDialog.presetLevel = "warning"
                sanctionDialog.open()
            }
        }
    }
    SecondaryLabel {
        text: qsTr("Warning → reduced credit line → suspended (mediation required) → excluded. Each step has a reason and a review date; a warning or a reduced line steps down after its review date once the member has made %1 contributions (sessions given, tools lent, regeneration, loans returned on time).").arg(page.trust ? page.trust.redemptionContributions : 3)
    }
    InlineMessage {
        type: InlineMessage.Error
        text: sanctions.error.length > 0 ? sanctions.error : page.errorMessage
    }
    InlineMessage {
        objectName: "sanctionActionMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }
    SecondaryLabel {
        objectName: "noSanctions"
        visible: sanctions.count === 0
        text: qsTr("No member is under a sanction.")
    }
    ListView {
        id: sanctionList
        objectName: "sanctionList"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        spacing: Theme.smallSpacing
        model: sanctions
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Sanctions under review")

        delegate: ReviewRow {
            id: sanctionRow
            required property var memberNumber
            required property string memberText
            required property string level
            required property string levelText
            required property string effect
            required property string reason
            required property string appliedText
            required property string reviewText
            required property bool reviewDue
            required property string contributionsText
            required property bool redemptionEarned
            required property string redemptionText
            required property string accessibleText

            width: ListView.view.width
            accent: level === "warning" ? Theme.information : level === "reduced" ? Theme.warning : Theme.negative
            heading: qsTr("%1 — %2").arg(memberText).arg(levelText)
            facts: reviewDue ? qsTr("Since %1 · review due since %2").arg(appliedText).arg(reviewText)
                             : qsTr("Since %1 · review on %2").arg(appliedText).arg(reviewText)
            body: qsTr("%1 Reason: %2").arg(effect).arg(reason)
            note: redemptionEarned ? qsTr("%1. %2.").arg(contributionsText).arg(redemptionText) : ""
            actionText: qsTr("Change…")
            actionName: qsTr("Change or lift the sanction on %1").arg(memberText)
            Accessible.name: accessibleText
            onAction: {
                page.actionMessage = ""
                sanctionDialog.presetNumber = memberNumber
                sanctionDialog.presetLevel = "none"
                sanctionDialog.open()
            }

            SecondaryLabel {
                visible: !sanctionRow.redemptionEarned
                text: qsTr("%1. %2.").arg(sanctionRow.contributionsText).arg(sanctionRow.redemptionText)
            }
            SanctionHistoryList {
                Layout.topMargin: Theme.smallSpacing
                memberNumber: sanctionRow.memberNumber
            }
        }
    }

    SanctionDialog {
        id: sanctionDialog
        objectName: "reviewSanctionDialog"
        trust: page.trust
    }
}
