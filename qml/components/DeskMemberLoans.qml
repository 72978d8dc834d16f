// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The member whose card was scanned and their loans: open ones first with
// their due dates (overdue ones in red, with the fee so far), then the
// latest returned. Up and Down in the desk field move the highlight; Enter
// takes the highlighted loan back.
Card {
    id: panel

    required property DeskController desk
    readonly property var member: desk.cardholder

    title: member.known ? member.label : ""
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    RowLayout {
        spacing: Theme.spacing
        StatusBadge {
            visible: panel.member.known && !panel.member.active
            text: panel.member.statusText || ""
            accent: Theme.negative
        }
        SecondaryLabel {
            objectName: "deskCardholderSummary"
            text: !panel.member.known ? ""
                : panel.member.overdueLoans > 0 ? qsTr("%1 on loan, %2 overdue").arg(panel.member.openLoans).arg(panel.member.overdueLoans)
                : panel.member.openLoans > 0 ? qsTr("%1 on loan, none overdue").arg(panel.member.openLoans)
                : qsTr("Nothing on loan")
            color: panel.member.overdueLoans > 0 ? Theme.negative : palette.windowText
        }
        SecondaryLabel {
            visible: !!panel.member.contact
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: panel.member.contact || ""
        }
    }

    // A positioner, not a layout: the rows change after every return.
    Column {
        id: loanList
        objectName: "deskMemberLoanList"
        Layout.fillWidth: true

        Repeater {
            model: panel.desk.loans
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string itemLabel
                required property string stateText
                required property string outText
                required property bool open
                required property bool overdue
                required property string accessibleText
                objectName: "deskLoan-" + index
                width: loanList.width
                focusPolicy: Qt.NoFocus
                highlighted: index === panel.desk.loanIndex
                opacity: open ? 1 : 0.7
                Accessible.name: accessibleText
                onClicked: panel.desk.loanIndex = index

                readonly property color textColor: highlighted ? palette.highlightedText : overdue ? Theme.negative : palette.text

                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.itemLabel
                            elide: Text.ElideRight
                            font.weight: row.open ? Font.DemiBold : Font.Normal
                            color: row.highlighted ? palette.highlightedText : palette.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.stateText
                            wrapMode: Text.Wrap
                            color: row.textColor
                        }
                    }
                    Label {
                        Layout.alignment: Qt.AlignTop
                        text: qsTr("out %1").arg(row.outText)
                        color: row.highlighted ? palette.highlightedText : palette.text
                        opacity: 0.8
                    }
                }
            }
        }
        SecondaryLabel {
            visible: panel.desk.loans.count === 0
            width: loanList.width
            text: qsTr("No loans yet.")
        }
        SecondaryLabel {
            visible: panel.desk.loans.earlierCount > 0
            width: loanList.width
            topPadding: Theme.smallSpacing
            text: qsTr("%1 earlier loans are in the catalogue's history.").arg(panel.desk.loans.earlierCount)
        }
    }

    SecondaryLabel {
        text: panel.desk.loans.openCount > 0
              ? qsTr("Up and Down choose a loan, Enter takes it back. Scan an item to lend it to %1.").arg(panel.member.name || "")
              : qsTr("Scan an item to lend it to %1.").arg(panel.member.name || "")
    }
}
