// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// Both sides of a trade before and after it, side by side: balance and
// available credit, as TradeRecorder.payerPreview / payeePreview give them.
Card {
    id: card

    property var payer: ({ known: false })
    property var payee: ({ known: false })

    title: qsTr("Balances")
    padding: Theme.spacing + 4

    function spoken(side, role) {
        if (!side.known)
            return qsTr("%1: not chosen yet").arg(role)
        if (!side.hasAfter)
            return qsTr("%1 %2: balance %3, available credit %4").arg(role).arg(side.label).arg(side.balanceText).arg(side.availableText)
        return qsTr("%1 %2: balance %3, after the trade %4; available credit %5, after %6")
            .arg(role).arg(side.label).arg(side.balanceText).arg(side.balanceAfterText).arg(side.availableText).arg(side.availableAfterText)
    }

    Accessible.role: Accessible.Grouping
    Accessible.name: spoken(payer, qsTr("Pays")) + ". " + spoken(payee, qsTr("Receives"))

    component Amount: Label {
        Layout.preferredWidth: 96
        horizontalAlignment: Text.AlignRight
    }

    SecondaryLabel {
        visible: !card.payer.known && !card.payee.known
        text: qsTr("Choose who pays and who receives to see their balances and credit before and after the trade.")
    }

    GridLayout {
        visible: card.payer.known || card.payee.known
        Layout.fillWidth: true
        columns: 5
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        // Who.
        Item { implicitWidth: 1; implicitHeight: 1; Layout.fillWidth: true }
        SecondaryLabel {
            Layout.columnSpan: 2
            Layout.fillWidth: false
            Layout.preferredWidth: 2 * 96 + Theme.spacing
            horizontalAlignment: Text.AlignRight
            text: card.payer.known && !card.payer.commonsFund ? qsTr("Pays · member %1").arg(String(card.payer.number)) : qsTr("Pays")
        }
        SecondaryLabel {
            Layout.columnSpan: 2
            Layout.fillWidth: false
            Layout.preferredWidth: 2 * 96 + Theme.spacing
            Layout.leftMargin: Theme.largeSpacing
            horizontalAlignment: Text.AlignRight
            text: card.payee.known && !card.payee.commonsFund ? qsTr("Receives · member %1").arg(String(card.payee.number)) : qsTr("Receives")
        }
        Item { implicitWidth: 1; implicitHeight: 1 }
        Label {
            objectName: "payerPreview-name"
            Layout.columnSpan: 2
            Layout.preferredWidth: 2 * 96 + Theme.spacing
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            font.weight: Font.DemiBold
            text: card.payer.known ? card.payer.name : "—"
        }
        Label {
            objectName: "payeePreview-name"
            Layout.columnSpan: 2
            Layout.preferredWidth: 2 * 96 + Theme.spacing
            Layout.leftMargin: Theme.largeSpacing
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideRight
            font.weight: Font.DemiBold
            text: card.payee.known ? card.payee.name : "—"
        }

        Item { implicitWidth: 1; implicitHeight: 1 }
        Amount { text: qsTr("now"); opacity: 0.75 }
        Amount { text: qsTr("after"); opacity: 0.75 }
        Amount { text: qsTr("now"); opacity: 0.75; Layout.leftMargin: Theme.largeSpacing }
        Amount { text: qsTr("after"); opacity: 0.75 }

        Label { text: qsTr("Balance") }
        Amount {
            objectName: "payerPreview-balance"
            text: card.payer.known ? card.payer.balanceText : "—"
        }
        Amount {
            objectName: "payerPreview-balanceAfter"
            text: card.payer.known && card.payer.hasAfter ? card.payer.balanceAfterText : "—"
            font.weight: Font.DemiBold
        }
        Amount {
            objectName: "payeePreview-balance"
            Layout.leftMargin: Theme.largeSpacing
            text: card.payee.known ? card.payee.balanceText : "—"
        }
        Amount {
            objectName: "payeePreview-balanceAfter"
            text: card.payee.known && card.payee.hasAfter ? card.payee.balanceAfterText : "—"
            font.weight: Font.DemiBold
        }

        Label { text: qsTr("Available credit") }
        Amount {
            objectName: "payerPreview-available"
            text: card.payer.known ? card.payer.availableText : "—"
        }
        Amount {
            objectName: "payerPreview-availableAfter"
            text: card.payer.known && card.payer.hasAfter ? card.payer.availableAfterText : "—"
            color: card.payer.overLimit ? Theme.negative : palette.windowText
            font.weight: Font.DemiBold
        }
        Amount {
            objectName: "payeePreview-available"
            Layout.leftMargin: Theme.largeSpacing
            text: card.payee.known ? card.payee.availableText : "—"
        }
        Amount {
            objectName: "payeePreview-availableAfter"
            text: card.payee.known && card.payee.hasAfter ? card.payee.availableAfterText : "—"
            font.weight: Font.DemiBold
        }

        SecondaryLabel {
            Layout.fillWidth: true
            text: qsTr("Credit line")
        }
        Amount {
            Layout.columnSpan: 2
            Layout.preferredWidth: 2 * 96 + Theme.spacing
            opacity: 0.75
            text: card.payer.known ? card.payer.creditLineText : "—"
        }
        Amount {
            Layout.columnSpan: 2
            Layout.preferredWidth: 2 * 96 + Theme.spacing
            Layout.leftMargin: Theme.largeSpacing
            opacity: 0.75
            text: card.payee.known ? card.payee.creditLineText : "—"
        }
    }
}
