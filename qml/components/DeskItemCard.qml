// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// The scanned item at the desk: what it is, where it lives, and its state
// in one line a volunteer reads at a glance. When it cannot go out, the
// reason (DeskController.item.reason, the core's sentence) in large text.
Card {
    id: card

    // DeskController.item
    property var item: ({ known: false })
    // The desk will not lend it: the reason replaces the state line.
    property bool refused: false

    readonly property string stateText: !item.known ? ""
        : item.onLoan ? (item.overdue ? qsTr("On loan to %1 since %2, due %3: %4.").arg(item.borrowerLabel).arg(item.outText).arg(item.dueText).arg(item.daysLateText)
                                      : qsTr("On loan to %1 since %2, due %3.").arg(item.borrowerLabel).arg(item.outText).arg(item.dueText))
        : item.lendable ? qsTr("In: lent for %1 days, until %2.").arg(item.loanDays).arg(item.dueIfLentText)
        : ""

    title: item.known ? item.label : ""
    Accessible.role: Accessible.Grouping
    Accessible.name: item.known ? qsTr("%1. %2").arg(item.label).arg(refused ? item.reason : stateText) : ""

    // What it is and where it lives, in one line.
    SecondaryLabel {
        objectName: "deskItemFacts"
        text: !card.item.known ? ""
            : [card.item.category, card.item.location, qsTr("condition: %1").arg(card.item.conditionText),
               qsTr("late fee %1 a day").arg(card.item.lateFeePerDayText)].filter(function(fact) { return fact && fact.length > 0 }).join(" · ")
    }
    Label {
        objectName: "deskItemState"
        visible: text.length > 0 && !card.refused
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pointSize: Theme.subheadingFontSize
        color: card.item.overdue ? Theme.negative : palette.windowText
        text: card.stateText
    }
    // Why it cannot go out: the first thing to read.
    Label {
        objectName: "deskReason"
        visible: card.refused
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pointSize: Theme.headingFontSize
        color: Theme.negative
        text: card.item.reason || ""
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    InlineMessage {
        objectName: "deskHold"
        type: InlineMessage.Warning
        text: card.item.holdText || ""
    }
    InlineMessage {
        objectName: "deskSafety"
        type: InlineMessage.Warning
        text: card.item.safetyNotes ? qsTr("Safety: %1").arg(card.item.safetyNotes) : ""
    }
}
