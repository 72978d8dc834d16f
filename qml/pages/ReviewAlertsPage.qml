// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Patterns for a coordinator to look at: pairs trading back and forth,
// large trades near the credit floor, many reversals. "Scan now"
// (Ctrl+Shift+S) runs the checks; Review… closes an alert in words.
ScrollablePage {
    id: page

    property TrustController trust
    readonly property alias alerts: alerts
    readonly property alias reviewDialog: reviewDialog
    readonly property alias alertList: alertList
    readonly property alias scanButton: scanButton
    property string actionMessage

    function focusFirstField() {
        scanButton.forceActiveFocus()
    }

    AlertModel {
        id: alerts
        ledger: LedgerController
        openOnly: !showReviewed.checked
    }
    Connections {
        target: page.trust
        function onOperationFinished(operation, ok, message) {
            if (operation === "scanAlerts" || (operation === "reviewAlert" && ok)) {
                page.actionMessage = ok ? message : ""
                page.errorMessage = ok ? "" : message
                Qt.callLater(page.focusFirstField)
            }
        }
    }
    property string errorMessage
    Shortcut {
        sequence: "Ctrl+Shift+S"
        enabled: page.visible
        onActivated: scanButton.clicked()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Heading {
            Layout.fillWidth: true
            text: qsTr("Alerts")
        }
        CheckBox {
            id: showReviewed
            objectName: "showReviewedAlerts"
            text: qsTr("Show reviewed ones too")
            Accessible.name: text
        }
        Button {
            id: scanButton
            objectName: "scanAlertsButton"
            text: qsTr("Scan now")
            highlighted: true
            Accessible.name: qsTr("Scan the ledger for patterns")
            Accessible.description: qsTr("Ctrl+Shift+S")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Look for rings, large trades near the floor and many reversals (Ctrl+Shift+S)")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: {
                page.actionMessage = ""
                page.trust.scanAlerts()
            }
        }
    }
    SecondaryLabel {
        text: qsTr("The checks look at the last 90 days: two members who each paid the other at least three times and mostly trade with each other; one trade of a quarter of the payer's line that took them close to the floor; a member in three or more reversed trades within 30 days. An alert is a question, not a verdict; a reviewed pattern is not raised again.")
    }
    InlineMessage {
        type: InlineMessage.Error
        text: alerts.error.length > 0 ? alerts.error : page.errorMessage
    }
    InlineMessage {
        objectName: "alertActionMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }
    SecondaryLabel {
        objectName: "noAlerts"
        visible: alerts.count === 0
        text: showReviewed.checked ? qsTr("No alerts have been raised. Scan now to run the checks.") : qsTr("No open alerts. Scan now to run the checks.")
    }
    ListView {
        id: alertList
        objectName: "alertList"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        spacing: Theme.smallSpacing
        model: alerts
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Alerts")

        delegate: ReviewRow {
            required property var alertId
            required property string kindText
            required property string memberText
            required property string detail
            required property string raisedText
            required property bool open
            required property string reviewedText
            required property string review
            required property string accessibleText

            width: ListView.view.width
            accent: open ? Theme.warning : Theme.positive
            heading: qsTr("%1: %2").arg(kindText).arg(memberText)
            facts: qsTr("Raised on %1").arg(raisedText)
            body: detail
            note: open ? "" : qsTr("Reviewed on %1: %2").arg(reviewedText).arg(review)
            actionText: open ? qsTr("Review…") : ""
            actionName: qsTr("Review the alert about %1").arg(memberText)
            Accessible.name: accessibleText
            onAction: {
                page.actionMessage = ""
                reviewDialog.alertId = alertId
                reviewDialog.kindText = kindText
                reviewDialog.detail = qsTr("%1. %2").arg(memberText).arg(detail)
                reviewDialog.open()
            }
        }
    }

    ReviewAlertDialog {
        id: reviewDialog
        objectName: "alertReviewDialog"
        trust: page.trust
    }
}
