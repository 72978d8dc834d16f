// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The lending desk: one field that keeps the keyboard. A scanner types an
// asset tag or a member card number and Enter; the item's state and its one
// next step appear (lend, take back, or why not), or the member's loans.
// Lending a known item to a known member: scan, number, Enter, Enter.
// Escape always comes back to an empty field. Every rule is
// DeskController's; this page shows and passes keys on.
FocusScope {
    id: page

    readonly property alias desk: controller
    readonly property alias field: field
    readonly property bool choosing: controller.mode === DeskController.ChooseMember || controller.mode === DeskController.Confirm
    readonly property bool searching: choosing && field.text.trim().length > 0
    property int highlighted: 0

    function focusFirstField() {
        field.forceActiveFocus()
    }

    // Enter, from the field or from a field of a panel.
    function submit() {
        const suggested = searching && memberSuggestions.count > 0 ? memberSuggestions.numberAt(Math.min(highlighted, memberSuggestions.count - 1)) : -1
        const used = controller.submit(field.text, suggested)
        if (used)
            field.clear()
        else
            field.selectAll()
        highlighted = 0
        field.forceActiveFocus()
    }

    function reset() {
        controller.reset()
        field.clear()
        highlighted = 0
        field.forceActiveFocus()
    }

    // A step started by a shortcut or a button: the field is ready for it.
    function afterStep(done) {
        if (done)
            field.clear()
        field.forceActiveFocus()
    }

    function move(step) {
        if (searching)
            highlighted = Math.max(0, Math.min(highlighted + step, memberSuggestions.count - 1))
        else if (controller.mode === DeskController.MemberLoans && controller.loans.count > 0)
            controller.loanIndex = Math.max(0, Math.min(controller.loanIndex + step, controller.loans.count - 1))
    }

    function setCondition(value) {
        controller.returnCondition = value
        field.forceActiveFocus()
    }

    DeskController {
        id: controller
        ledger: LedgerController
    }

    MemberListModel {
        id: memberSuggestions
        ledger: LedgerController
        filter: page.searching ? field.text : ""
        limit: 6
    }

    // Escape from a panel's field, or a key nobody took.
    Keys.onEscapePressed: page.reset()

    Shortcut {
        sequence: "Alt+R"
        enabled: page.visible && controller.mode === DeskController.Return
        onActivated: page.afterStep(controller.renew())
    }
    Shortcut {
        sequence: "Alt+H"
        enabled: page.visible && controller.item.known && !controller.item.retired
        onActivated: page.afterStep(controller.startHold())
    }
    Shortcut {
        sequence: "Alt+L"
        enabled: page.visible && controller.mode === DeskController.Return
        onActivated: page.afterStep(controller.reportLost())
    }
    Shortcut {
        sequence: "Alt+G"
        enabled: page.visible && controller.mode === DeskController.Return
        onActivated: page.setCondition("good")
    }
    Shortcut {
        sequence: "Alt+W"
        enabled: page.visible && controller.mode === DeskController.Return
        onActivated: page.setCondition("worn")
    }
    Shortcut {
        sequence: "Alt+N"
        enabled: page.visible && controller.mode === DeskController.Return
        onActivated: page.setCondition("needs_repair")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.pageWidth
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: false
                text: qsTr("Lending desk")
            }
            Item { Layout.fillWidth: true }
            SecondaryLabel {
                Layout.fillWidth: false
                text: LedgerController.todayText
            }
        }

        TextField {
            id: field
            objectName: "deskField"
            focus: true
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.pageWidth
            font.pointSize: Theme.subheadingFontSize * 1.2
            placeholderText: controller.prompt
            // The prompt is the page's instruction: readable on dark palettes too.
            placeholderTextColor: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.55)
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Accessible.name: qsTr("Desk: scan or type")
            Accessible.description: controller.prompt

            onTextEdited: page.highlighted = 0
            Keys.onReturnPressed: page.submit()
            Keys.onEnterPressed: page.submit()
            Keys.onUpPressed: page.move(-1)
            Keys.onDownPressed: page.move(1)
            Keys.onEscapePressed: page.reset()
        }

        InlineMessage {
            objectName: "deskError"
            Layout.maximumWidth: Theme.pageWidth
            type: InlineMessage.Error
            text: controller.error
        }
        InlineMessage {
            objectName: "deskMessage"
            Layout.maximumWidth: Theme.pageWidth
            type: InlineMessage.Positive
            text: controller.message
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.pageWidth
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroller.availableWidth
                spacing: Theme.spacing

                // The member at the desk, while an item of theirs is on screen.
                SecondaryLabel {
                    objectName: "deskCardholder"
                    visible: controller.cardholder.known && controller.mode !== DeskController.MemberLoans
                    text: qsTr("At the desk: %1. Escape to finish with them.").arg(controller.cardholder.label || "")
                }
                DeskBorrowerPanel {
                    id: borrowerPanel
                    objectName: "deskBorrower"
                    visible: page.choosing
                    desk: controller
                    suggestions: memberSuggestions
                    highlighted: page.highlighted
                    searching: page.searching
                    onOverrideAccepted: page.submit()
                    onSuggestionClicked: (index) => {
                        page.highlighted = index
                        page.submit()
                    }
                }
                Card {
                    objectName: "deskGoingOut"
                    visible: controller.mode === DeskController.Confirm && controller.purpose === DeskController.Checkout
                             && ((controller.item.deposit || 0) > 0 || (controller.item.components || []).length > 0)
                    title: qsTr("Going out")

                    Label {
                        objectName: "deskDepositToHold"
                        visible: (controller.item.deposit || 0) > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Deposit %1, held on %2's credit until it is back.").arg(controller.item.depositText || "").arg(controller.member.name || "")
                    }
                    DeskKitChecklist {
                        objectName: "deskCheckoutChecklist"
                        Layout.fillWidth: true
                        desk: controller
                        direction: "out"
                    }
                }
                DeskItemCard {
                    objectName: "deskItem"
                    visible: controller.item.known
                    item: controller.item
                    refused: controller.mode === DeskController.Unavailable
                }
                DeskReturnPanel {
                    objectName: "deskReturn"
                    visible: controller.mode === DeskController.Return
                    desk: controller
                    onConfirmed: page.submit()
                }
                DeskMemberLoans {
                    objectName: "deskMemberLoans"
                    visible: controller.mode === DeskController.MemberLoans
                    desk: controller
                }
                Card {
                    objectName: "deskHelp"
                    visible: controller.mode === DeskController.Scan
                    title: qsTr("At the desk")

                    SecondaryLabel {
                        text: qsTr("Scan an item's label: its state appears with the next step. An item that is in asks for the borrower's number or name, then Enter lends it. An item that is out is taken back with Enter.")
                    }
                    SecondaryLabel {
                        text: qsTr("Scan a member's card to see their loans, take any of them back, or lend them the next items you scan.")
                    }
                    SecondaryLabel {
                        text: qsTr("Escape starts again. The keyboard always stays in the field.")
                    }
                }
            }
        }

        // The same steps for the mouse; the keyboard stays in the field.
        RowLayout {
            Layout.maximumWidth: Theme.pageWidth
            spacing: Theme.spacing

            Button {
                objectName: "deskLendButton"
                visible: controller.mode === DeskController.Confirm
                focusPolicy: Qt.NoFocus
                highlighted: true
                text: controller.purpose === DeskController.Hold ? qsTr("Queue (Enter)") : qsTr("Lend (Enter)")
                Accessible.name: controller.purpose === DeskController.Hold ? qsTr("Queue the member") : qsTr("Lend the item")
                onClicked: page.submit()
            }
            Button {
                objectName: "deskReturnButton"
                visible: controller.mode === DeskController.Return
                focusPolicy: Qt.NoFocus
                highlighted: true
                text: qsTr("Take back (Enter)")
                Accessible.name: qsTr("Take the item back")
                onClicked: page.submit()
            }
            Button {
                objectName: "deskRenewButton"
                visible: controller.mode === DeskController.Return
                focusPolicy: Qt.NoFocus
                text: qsTr("Renew (Alt+R)")
                Accessible.name: qsTr("Renew the loan")
                onClicked: page.afterStep(controller.renew())
            }
            Button {
                objectName: "deskLostButton"
                visible: controller.mode === DeskController.Return
                focusPolicy: Qt.NoFocus
                text: qsTr("Report lost (Alt+L)")
                Accessible.name: qsTr("Report the item lost")
                onClicked: page.afterStep(controller.reportLost())
            }
            Button {
                objectName: "deskHoldButton"
                visible: controller.item.known && !controller.item.retired && controller.purpose !== DeskController.Hold
                focusPolicy: Qt.NoFocus
                text: qsTr("Hold for… (Alt+H)")
                Accessible.name: qsTr("Queue a member for the item")
                onClicked: page.afterStep(controller.startHold())
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "deskCancelButton"
                visible: controller.mode !== DeskController.Scan
                focusPolicy: Qt.NoFocus
                text: qsTr("Start again (Esc)")
                Accessible.name: qsTr("Start again with an empty field")
                onClicked: page.reset()
            }
        }
    }
}
