// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// One member: who they are, their balance and credit line in words, the
// balance over time, the statement with the running balance, and what a
// coordinator can do (edit the name and contact, set the PIN, suspend or
// reinstate). Escape or Alt+Left goes back to the list.
ScrollablePage {
    id: page

    property real number: -1
    readonly property alias details: details
    readonly property alias pinDialog: pinDialog
    readonly property alias suspendDialog: suspendDialog
    readonly property alias editDialog: editDialog
    readonly property alias skillsCard: skillsCard
    readonly property alias trustCard: trustCard

    signal back()

    function focusFirstField() {
        backButton.forceActiveFocus()
    }

    maximumWidth: 1000
    Keys.onEscapePressed: page.back()

    MemberDetails {
        id: details
        ledger: LedgerController
        number: page.number
    }
    StatementModel {
        id: statement
        ledger: LedgerController
        memberNumber: page.number
    }

    Shortcut {
        sequences: [StandardKey.Back]
        enabled: page.visible
        onActivated: page.back()
    }

    Connections {
        target: LedgerController
        function onOperationFinished(operation, ok, message, number) {
            if (number === page.number && ok && (operation === "setPin" || operation === "suspend" || operation === "reinstate" || operation === "editMember")) {
                page.actionMessage = message
                actionsRow.forceFocus()
            }
        }
    }
    property string actionMessage

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Button {
            id: backButton
            objectName: "backButton"
            focus: true
            text: qsTr("‹ Members")
            flat: true
            Accessible.name: qsTr("Back to the members")
            Accessible.description: qsTr("Escape or Alt+Left")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: page.back()
        }
        Heading {
            objectName: "memberName"
            text: details.exists ? qsTr("%1 · %2").arg(String(details.number)).arg(details.name) : qsTr("Member %1").arg(String(page.number))
        }
        StatusBadge {
            objectName: "memberStatusBadge"
            visible: details.exists && !details.active
            text: details.statusText
            accent: Theme.negative
        }
        // The ledger enforces a sanction, so it shows beside the status.
        StatusBadge {
            objectName: "memberSanctionBadge"
            visible: details.exists && trustCard.profile.sanctioned
            text: qsTr("Sanction: %1").arg(trustCard.profile.sanctionText)
            accent: trustCard.profile.sanction === "warning" ? Theme.information : trustCard.profile.sanction === "reduced" ? Theme.warning : Theme.negative
            Accessible.name: text
        }
        StatusBadge {
            objectName: "memberFlagsBadge"
            visible: details.exists && trustCard.profile.openFlags > 0
            text: trustCard.profile.openFlagsText
            Accessible.name: text
        }
    }

    InlineMessage {
        type: InlineMessage.Error
        text: details.error
    }
    InlineMessage {
        objectName: "memberActionMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }

    // Two cards side by side, each half the width. A Row and not a
    // RowLayout: the cards' width must be known before their wrapped text
    // can say how tall they are.
    Row {
        id: summaryRow
        Layout.fillWidth: true
        spacing: Theme.largeSpacing
        visible: details.exists

        Card {
            width: (summaryRow.width - summaryRow.spacing) / 2
            title: qsTr("Balance and credit")

            Label {
                objectName: "memberBalance"
                text: details.balanceText
                font.pointSize: Theme.headingFontSize
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Balance %1 credits").arg(details.balanceText)
            }
            // Label and value side by side at one fixed width: a FactGrid
            // switches its columns with the width, which half a page
            // makes unsteady.
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.smallSpacing

                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    text: qsTr("Credit line")
                }
                Label {
                    objectName: "memberCreditLine"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("%1 (starter %2 + earned %3)").arg(details.creditLineText).arg(details.starterLineText).arg(details.extensionText)
                }
                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    text: qsTr("Can spend now")
                }
                Label {
                    objectName: "memberAvailable"
                    Layout.fillWidth: true
                    text: details.availableText
                    font.weight: Font.DemiBold
                }
                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    visible: details.heldText !== ""
                    text: qsTr("Held for deposits")
                }
                Label {
                    objectName: "memberHeld"
                    Layout.fillWidth: true
                    visible: details.heldText !== ""
                    text: details.heldText
                }
            }
            SecondaryLabel {
                objectName: "creditExplanation"
                text: details.creditExplanation
            }
        }

        Card {
            width: (summaryRow.width - summaryRow.spacing) / 2
            title: qsTr("Member")

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.smallSpacing

                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    text: qsTr("Number")
                }
                Label {
                    Layout.fillWidth: true
                    text: details.number
                }
                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    text: qsTr("Status")
                }
                Label {
                    objectName: "memberStatus"
                    Layout.fillWidth: true
                    text: details.statusText
                }
                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    text: qsTr("Joined")
                }
                Label {
                    Layout.fillWidth: true
                    text: details.joinedOnText
                }
                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    text: qsTr("Contact")
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: details.contact.length > 0 ? details.contact : qsTr("(none)")
                }
                SecondaryLabel {
                    Layout.fillWidth: false
                    Layout.preferredWidth: 110
                    text: qsTr("PIN")
                }
                Label {
                    objectName: "memberPin"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: details.hasPin ? qsTr("Set: confirms trades at the hall") : qsTr("None: the coordinator confirms")
                }
            }
            RowLayout {
                id: actionsRow
                spacing: Theme.smallSpacing

                function forceFocus() { editButton.forceActiveFocus() }

                Button {
                    id: editButton
                    objectName: "editMemberButton"
                    text: qsTr("Edit…")
                    Accessible.name: qsTr("Edit the name and contact of %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        editDialog.open()
                    }
                }
                Button {
                    id: pinButton
                    objectName: "setPinButton"
                    text: details.hasPin ? qsTr("Change PIN…") : qsTr("Set PIN…")
                    Accessible.name: details.hasPin ? qsTr("Change the PIN of %1").arg(details.name) : qsTr("Set a PIN for %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        pinDialog.open()
                    }
                }
                Button {
                    objectName: "suspendButton"
                    text: details.suspended ? qsTr("Reinstate…") : qsTr("Suspend…")
                    enabled: details.active || details.suspended
                    Accessible.name: details.suspended ? qsTr("Reinstate %1").arg(details.name) : qsTr("Suspend %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        suspendDialog.suspending = !details.suspended
                        suspendDialog.open()
                    }
                }
            }
        }
    }

    DeskLoanModel {
        id: toolLoans
        ledger: LedgerController
        memberNumber: details.exists ? page.number : -1
        returnedLimit: 20
    }
    Card {
        objectName: "memberToolLoans"
        visible: details.exists
        title: qsTr("Tool loans")
        description: toolLoans.count === 0 ? qsTr("Nothing borrowed from the tool library yet.")
                   : toolLoans.overdueCount > 0 ? qsTr("%1 out, %2 overdue; the latest returned ones after them.").arg(toolLoans.openCount).arg(toolLoans.overdueCount)
                   : qsTr("%1 out; the latest returned ones after them.").arg(toolLoans.openCount)

        // A positioner: the rows change with every loan.
        Column {
            id: toolLoanList
            Layout.fillWidth: true
            Repeater {
                model: toolLoans
                delegate: RowLayout {
                    required property string itemLabel
                    required property string stateText
                    required property string outText
                    required property bool open
                    required property bool overdue
                    required property string accessibleText
                    width: toolLoanList.width
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: accessibleText
                    Label {
                        Layout.preferredWidth: 220
                        text: itemLabel
                        elide: Text.ElideRight
                        font.weight: open ? Font.DemiBold : Font.Normal
                    }
                    Label {
                        Layout.fillWidth: true
                        text: stateText
                        wrapMode: Text.Wrap
                        color: overdue ? Theme.negative : palette.text
                    }
                    SecondaryLabel {
                        Layout.fillWidth: false
                        text: qsTr("out %1").arg(outText)
                    }
                }
            }
        }
        SecondaryLabel {
            visible: toolLoans.earlierCount > 0
            text: qsTr("%1 earlier loans: mycelium-cli tool loans --member %2 lists them all.").arg(toolLoans.earlierCount).arg(page.number)
        }
    }

    TrustProfileCard {
        id: trustCard
        objectName: "memberTrustCard"
        visible: details.exists
        memberNumber: page.number
    }

    EcoBalanceMemberCard {
        objectName: "memberEcoCard"
        visible: details.exists
        memberNumber: details.exists ? page.number : -1
    }
    SkillMemberCard {
        id: skillsCard
        objectName: "memberSkillsCard"
        visible: details.exists
        memberNumber: details.exists ? page.number : -1
        memberName: details.name
    }

    Card {
        visible: details.exists
        title: qsTr("Balance over time")

        BalanceChart {
            objectName: "balanceChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 240
            statement: statement
            creditLine: details.creditLineCredits
            visible: statement.count > 0
        }
        SecondaryLabel {
            visible: statement.count === 0
            text: qsTr("No trades yet.")
        }
    }

    Card {
        visible: details.exists
        title: qsTr("Statement")
        description: statement.count === 1 ? qsTr("1 line, with the balance after it.")
                   : statement.count > 1 ? qsTr("%1 lines, newest first, each with the balance after it.").arg(statement.count) : ""

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: statement.count > 0

            SecondaryLabel {
                Layout.fillWidth: false
                Layout.preferredWidth: 90
                text: qsTr("Date")
            }
            SecondaryLabel {
                text: qsTr("Trade")
            }
            SecondaryLabel {
                Layout.fillWidth: false
                Layout.preferredWidth: 100
                horizontalAlignment: Text.AlignRight
                text: qsTr("Amount")
            }
            SecondaryLabel {
                Layout.fillWidth: false
                Layout.preferredWidth: 100
                Layout.rightMargin: 12
                horizontalAlignment: Text.AlignRight
                text: qsTr("Balance")
            }
        }

        ListView {
            id: statementList
            objectName: "statementList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 420)
            visible: statement.count > 0
            clip: true
            model: statement
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Statement of %1").arg(details.name)
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: line
                required property int index
                required property string dateText
                required property string description
                required property string memo
                required property string amountText
                required property bool incoming
                required property string balanceAfterText
                required property string accessibleText

                width: ListView.view.width
                implicitHeight: lineLayout.implicitHeight + 2 * Theme.smallSpacing
                color: ListView.isCurrentItem && statementList.activeFocus ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.2)
                     : index % 2 ? Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.04) : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: accessibleText

                RowLayout {
                    id: lineLayout
                    anchors.fill: parent
                    anchors.margins: Theme.smallSpacing
                    anchors.leftMargin: 0
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 90
                        Layout.alignment: Qt.AlignTop
                        text: line.dateText
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: line.description
                            elide: Text.ElideRight
                        }
                        SecondaryLabel {
                            visible: line.memo.length > 0
                            text: line.memo
                            elide: Text.ElideRight
                            wrapMode: Text.NoWrap
                        }
                    }
                    Label {
                        Layout.preferredWidth: 100
                        Layout.alignment: Qt.AlignTop
                        horizontalAlignment: Text.AlignRight
                        text: line.amountText
                        color: line.incoming ? Theme.positive : palette.windowText
                    }
                    Label {
                        Layout.preferredWidth: 100
                        Layout.rightMargin: 12
                        Layout.alignment: Qt.AlignTop
                        horizontalAlignment: Text.AlignRight
                        text: line.balanceAfterText
                        font.weight: Font.DemiBold
                    }
                }
            }
        }
    }

    SetPinDialog {
        id: pinDialog
        objectName: "setPinDialog"
        number: page.number
        memberName: details.name
        hasPin: details.hasPin
    }
    SuspendDialog {
        id: suspendDialog
        objectName: "suspendDialog"
        number: page.number
        memberName: details.name
    }
    EditMemberDialog {
        id: editDialog
        objectName: "editMemberDialog"
        number: page.number
        memberName: details.name
        contact: details.contact
    }
}
