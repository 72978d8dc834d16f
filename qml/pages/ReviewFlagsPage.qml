// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Concerns flagged about members, oldest first, each with who raised it and
// why, and Resolve… to close it in words. Resolved ones on request.
ScrollablePage {
    id: page

    property TrustController trust
    readonly property alias flags: flags
    readonly property alias resolveDialog: resolveDialog
    readonly property alias flagList: flagList
    property string actionMessage

    function focusFirstField() {
        if (flagList.count > 0)
            flagList.itemAtIndex(0).actionButton.forceActiveFocus()
        else
            showResolved.forceActiveFocus()
    }

    FlagModel {
        id: flags
        ledger: LedgerController
        openOnly: !showResolved.checked
    }
    Connections {
        target: page.trust
        function onOperationFinished(operation, ok, message) {
            if (operation === "resolveFlag" && ok) {
                page.actionMessage = message
                Qt.callLater(page.focusFirstField)
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Heading {
            Layout.fillWidth: true
            text: qsTr("Concerns")
        }
        CheckBox {
            id: showResolved
            objectName: "showResolvedFlags"
            text: qsTr("Show resolved ones too")
            Accessible.name: text
        }
    }
    SecondaryLabel {
        text: qsTr("Concerns members or the coordinator raised about a member; only coordinators see them. Flag one from the member's page (Ctrl+Shift+F there).")
    }
    InlineMessage {
        type: InlineMessage.Error
        text: flags.error
    }
    InlineMessage {
        objectName: "flagActionMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }
    SecondaryLabel {
        objectName: "noFlags"
        visible: flags.count === 0
        text: showResolved.checked ? qsTr("No concerns have been raised.") : qsTr("No open concerns.")
    }
    ListView {
        id: flagList
        objectName: "flagList"
        Layout.fillWidth: true
        implicitHeight: contentHeight
        interactive: false
        spacing: Theme.smallSpacing
        model: flags
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Concerns")

        delegate: ReviewRow {
            required property var flagId
            required property string memberText
            required property string reporterText
            required property string reason
            required property string raisedText
            required property bool open
            required property string resolvedText
            required property string resolution
            required property string accessibleText

            width: ListView.view.width
            accent: open ? Theme.warning : Theme.positive
            heading: memberText
            facts: qsTr("Raised by %1 on %2").arg(reporterText).arg(raisedText)
            body: reason
            note: open ? "" : qsTr("Resolved on %1: %2").arg(resolvedText).arg(resolution)
            actionText: open ? qsTr("Resolve…") : ""
            actionName: qsTr("Resolve the concern about %1").arg(memberText)
            Accessible.name: accessibleText
            onAction: {
                page.actionMessage = ""
                resolveDialog.flagId = flagId
                resolveDialog.memberText = memberText
                resolveDialog.reason = reason
                resolveDialog.open()
            }
        }
    }

    FlagResolveDialog {
        id: resolveDialog
        objectName: "flagResolveDialog"
        trust: page.trust
    }
}
