// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Taking an item back (who had it and until when is on the item's card):
// what is owed for the days late (charged unless waived with a reason), the
// deposit (released, or kept for damage with the coordinator's
// confirmation), a kit's checklist, the condition it comes back in (good
// unless said otherwise) and notes. Enter in the desk field, or in any field here, takes it back.
//
// What is owed is a list of lines under "Charges", so that a deposit to
// release, a waiver or a kit's checklist can join it as lines of their own.
Card {
    id: panel

    required property DeskController desk
    readonly property alias conditionBox: conditionBox
    readonly property alias notesField: notesField

    // Enter in one of the panel's fields.
    signal confirmed()

    title: qsTr("Take back")

    // Charges: one line each.
    ColumnLayout {
        objectName: "deskCharges"
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        RowLayout {
            objectName: "deskLateFeeLine"
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.StaticText
            Accessible.name: lateFeeLabel.text + " " + lateFeeAmount.text

            Label {
                id: lateFeeLabel
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: panel.desk.item.overdue
                      ? qsTr("Late fee: %1 × %2 a day").arg(panel.desk.item.daysLateText).arg(panel.desk.item.lateFeePerDayText)
                      : qsTr("Late fee: none, it is back in time")
            }
            Label {
                id: lateFeeAmount
                objectName: "deskReturnFee"
                font.pointSize: Theme.subheadingFontSize
                font.weight: Font.DemiBold
                color: panel.desk.item.fee > 0 ? Theme.negative : palette.windowText
                text: panel.desk.item.feeText || ""
            }
        }
        SecondaryLabel {
            visible: panel.desk.item.fee > 0
            text: panel.desk.waiverReason.trim() !== ""
                  ? qsTr("Waived: nothing is charged; the reason is recorded.")
                  : qsTr("Charged to the commons fund on return, unless waived with a reason.")
        }
        RowLayout {
            objectName: "deskDepositLine"
            Layout.fillWidth: true
            visible: (panel.desk.item.heldDeposit || 0) > 0
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: panel.desk.keepDeposit ? qsTr("Deposit: kept for the damage, paid to the commons fund")
                                             : qsTr("Deposit: released on return")
            }
            Label {
                objectName: "deskReturnDeposit"
                font.weight: Font.DemiBold
                text: panel.desk.item.heldDepositText || ""
            }
        }
    }

    DeskKitChecklist {
        objectName: "deskReturnChecklist"
        Layout.fillWidth: true
        desk: panel.desk
        direction: "in"
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Label {
            text: qsTr("Condition")
        }
        ComboBox {
            id: conditionBox
            objectName: "deskReturnCondition"
            Layout.fillWidth: true
            model: panel.desk.conditionChoices
            textRole: "text"
            valueRole: "value"
            currentIndex: Math.max(0, indexOfValue(panel.desk.returnCondition))
            Accessible.name: qsTr("Condition on return")
            Accessible.description: qsTr("Alt+G good, Alt+W worn, Alt+N needs repair")
            onActivated: panel.desk.returnCondition = currentValue
            Keys.onReturnPressed: (event) => {
                if (popup.visible) {
                    event.accepted = false
                    return
                }
                panel.confirmed()
            }
            Keys.onEnterPressed: (event) => {
                if (popup.visible) {
                    event.accepted = false
                    return
                }
                panel.confirmed()
            }
        }

        Label {
            text: qsTr("Notes")
        }
        TextField {
            id: notesField
            objectName: "deskReturnNotes"
            Layout.fillWidth: true
            text: panel.desk.returnNotes
            placeholderText: qsTr("Optional: what the borrower said, what is missing")
            placeholderTextColor: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.55)
            selectByMouse: true
            Accessible.name: qsTr("Notes on the return")
            onTextEdited: panel.desk.returnNotes = text
            onAccepted: panel.confirmed()
        }

        Label {
            visible: panel.desk.item.fee > 0
            text: qsTr("Waive the fee")
        }
        TextField {
            id: waiverField
            objectName: "deskWaiverReason"
            visible: panel.desk.item.fee > 0
            Layout.fillWidth: true
            text: panel.desk.waiverReason
            placeholderText: qsTr("Optional: the reason for not charging it")
            placeholderTextColor: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.55)
            selectByMouse: true
            Accessible.name: qsTr("Reason to waive the late fee")
            onTextEdited: panel.desk.waiverReason = text
            onAccepted: panel.confirmed()
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0

        CheckBox {
            objectName: "deskKeepDeposit"
            visible: (panel.desk.item.heldDeposit || 0) > 0
            text: qsTr("Keep the deposit for damage")
            checked: panel.desk.keepDeposit
            Accessible.name: text
            onToggled: panel.desk.keepDeposit = checked
        }
        CheckBox {
            objectName: "deskCoordinatorConfirms"
            text: qsTr("Confirmed by the coordinator (to keep a deposit or report the item lost)")
            checked: panel.desk.coordinatorConfirms
            Accessible.name: qsTr("The coordinator confirms")
            onToggled: panel.desk.coordinatorConfirms = checked
        }
    }

    SecondaryLabel {
        text: qsTr("Enter takes it back. Alt+G, Alt+W, Alt+N set the condition; Tab reaches it, the notes, the waiver and the check boxes. Alt+R renews, Alt+H queues someone for it, Alt+L reports it lost.")
    }
}
