// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Who borrows the item (or queues for it): the members matching what the
// desk field holds, the chosen one highlighted (Up and Down in the field move
// it), then the loan to confirm with Enter. After a refusal for overdue
// items, a reason typed below (Tab) lends anyway.
Card {
    id: panel

    required property DeskController desk
    // Members matching the field; the page owns it, so that Enter takes
    // the highlighted one.
    required property MemberListModel suggestions
    property int highlighted: 0
    property bool searching: false
    readonly property alias overrideField: overrideField

    // Enter in the reason field.
    signal overrideAccepted()
    // A suggestion clicked: the page takes that member.
    signal suggestionClicked(int index)

    readonly property bool holding: desk.purpose === DeskController.Hold
    readonly property bool confirming: desk.mode === DeskController.Confirm

    title: holding ? qsTr("Hold for…") : qsTr("Lend to…")

    Label {
        objectName: "deskConfirmText"
        visible: panel.confirming && !panel.searching
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pointSize: Theme.subheadingFontSize
        text: !panel.desk.member.known ? ""
            : panel.holding ? qsTr("Queue %1 for %2?").arg(panel.desk.member.label).arg(panel.desk.item.label)
            : qsTr("Lend %1 to %2 until %3?").arg(panel.desk.item.label).arg(panel.desk.member.label).arg(panel.desk.item.dueIfLentText)
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    RowLayout {
        visible: panel.confirming && !panel.searching && panel.desk.member.known
        spacing: Theme.spacing
        StatusBadge {
            visible: panel.desk.member.known && !panel.desk.member.active
            text: panel.desk.member.statusText || ""
            accent: Theme.negative
        }
        SecondaryLabel {
            objectName: "deskMemberLoans"
            text: !panel.desk.member.known ? ""
                : panel.desk.member.overdueLoans > 0 ? qsTr("%1 has %2 on loan, %3 overdue").arg(panel.desk.member.name).arg(panel.desk.member.openLoans).arg(panel.desk.member.overdueLoans)
                : panel.desk.member.openLoans > 0 ? qsTr("%1 has %2 on loan, none overdue").arg(panel.desk.member.name).arg(panel.desk.member.openLoans)
                : qsTr("%1 has nothing on loan").arg(panel.desk.member.name)
            color: panel.desk.member.overdueLoans > 0 ? Theme.negative : palette.windowText
        }
    }

    // The suggestions for what the field holds. A positioner, not a layout:
    // its rows come and go with every key.
    Column {
        id: suggestionList
        visible: panel.searching
        Layout.fillWidth: true

        Repeater {
            model: panel.searching ? panel.suggestions : null
            delegate: ItemDelegate {
                id: suggestion
                required property int index
                required property var number
                required property string name
                required property string statusText
                required property bool active
                required property string accessibleText
                objectName: "deskSuggestion-" + index
                width: suggestionList.width
                focusPolicy: Qt.NoFocus
                highlighted: index === panel.highlighted
                Accessible.name: accessibleText
                onClicked: panel.suggestionClicked(index)

                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Label {
                        Layout.preferredWidth: 40
                        horizontalAlignment: Text.AlignRight
                        text: suggestion.number
                        font.family: "monospace"
                        color: suggestion.highlighted ? suggestion.palette.highlightedText : suggestion.palette.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: suggestion.name
                        elide: Text.ElideRight
                        color: suggestion.highlighted ? suggestion.palette.highlightedText : suggestion.palette.text
                    }
                    StatusBadge {
                        visible: !suggestion.active
                        text: suggestion.statusText
                    }
                }
            }
        }
        Label {
            objectName: "deskNoSuggestion"
            visible: panel.suggestions.count === 0
            width: suggestionList.width
            wrapMode: Text.Wrap
            text: qsTr("No member matches.")
        }
    }

    GridLayout {
        visible: panel.desk.canOverride && panel.confirming
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing

        Label {
            text: qsTr("Lend anyway because")
        }
        TextField {
            id: overrideField
            objectName: "deskOverrideReason"
            Layout.fillWidth: true
            text: panel.desk.overrideReason
            placeholderText: qsTr("The reason, kept with the loan")
            placeholderTextColor: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.55)
            selectByMouse: true
            Accessible.name: qsTr("Reason to lend despite overdue items")
            onTextEdited: panel.desk.overrideReason = text
            onAccepted: panel.overrideAccepted()
        }
    }

    SecondaryLabel {
        text: panel.searching ? qsTr("Up and Down choose, Enter takes the highlighted member; a number is taken as it is.")
            : panel.confirming ? (panel.desk.canOverride ? qsTr("Tab goes to the reason; Enter there lends anyway. Escape cancels.")
                                                          : panel.holding ? qsTr("Enter queues. Escape cancels.") : qsTr("Enter lends. Escape cancels."))
            : qsTr("Type the member's number or a part of their name, then Enter.")
    }
}
