// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Corrects a mistaken trade the only way the ledger allows: a reversal,
// dated today, that moves the amount back. The original stays in the
// journal; nothing is deleted.
FormDialog {
    id: dialog

    // The row of TradeListModel.get(): tradeId, dateText, payer, payerName, …
    property var trade: ({})

    function party(number, name) {
        return number === 0 ? name : qsTr("%1 (%2)").arg(name).arg(String(number))
    }

    title: qsTr("Reverse trade %1").arg(String(trade.tradeId))
    operation: "reverse"
    acceptText: qsTr("Record the reversal")

    SecondaryLabel {
        objectName: "reverseTradeSummary"
        text: qsTr("%1: %2 paid %3 %4 for “%5”.")
                  .arg(dialog.trade.dateText)
                  .arg(dialog.party(dialog.trade.payer, dialog.trade.payerName))
                  .arg(dialog.party(dialog.trade.payee, dialog.trade.payeeName))
                  .arg(dialog.trade.amountText)
                  .arg(dialog.trade.memo || qsTr("no memo"))
    }
    SecondaryLabel {
        text: qsTr("The reversal moves %1 back from %2 to %3, dated today. Both trades stay in the journal, and a trade can be reversed only once.")
                  .arg(dialog.trade.amountText)
                  .arg(dialog.party(dialog.trade.payee, dialog.trade.payeeName))
                  .arg(dialog.party(dialog.trade.payer, dialog.trade.payerName))
    }

    // No field to type in: the form itself takes Enter (and Escape).
    onOpened: contentItem.forceActiveFocus()
    onSubmitted: LedgerController.reverseTrade(trade.tradeId)
}
