// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The ecological impacts a recorded trade carries — carbon, water, land,
// biodiversity, pollution — in each kind's unit; an empty field is none.
// They cost the payer points of their ecological balance at the
// community's weights.
FormDialog {
    id: dialog

    // The row of TradeListModel.get(): tradeId, dateText, payerName, …
    property var trade: ({})
    readonly property alias impacts: impacts
    property string resultMessage

    function texts() {
        const values = {}
        for (let i = 0; i < fieldRows.count; ++i) {
            const row = fieldRows.itemAt(i)
            values[row.kind] = row.text
        }
        return values
    }

    title: qsTr("Impacts of trade %1").arg(String(trade.tradeId))
    operation: "tradeImpacts"
    acceptText: qsTr("Save impacts")

    onOpened: {
        impacts.reload()
        resultMessage = ""
        if (fieldRows.count > 0)
            fieldRows.itemAt(0).forceFocus()
    }
    onSubmitted: {
        if (impacts.save(texts()))
            close()
        else
            errorText = impacts.error
    }

    EcoBalanceImpacts {
        id: impacts
        ledger: LedgerController
        tradeId: dialog.trade.tradeId !== undefined ? dialog.trade.tradeId : 0
        onSaved: (message) => dialog.resultMessage = message
    }

    SecondaryLabel {
        objectName: "tradeImpactsSummary"
        text: qsTr("%1: %2 paid %3 %4 for “%5”. Now: %6")
                  .arg(dialog.trade.dateText || "")
                  .arg(dialog.trade.payerName || "")
                  .arg(dialog.trade.payeeName || "")
                  .arg(dialog.trade.amountText || "")
                  .arg(dialog.trade.memo || qsTr("no memo"))
                  .arg(impacts.summary)
    }
    // A positioner: the rows are made anew whenever the impacts are read.
    Column {
        id: fieldColumn
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Repeater {
            id: fieldRows
            model: impacts.kinds
            delegate: RowLayout {
                required property var modelData
                required property int index
                readonly property string kind: modelData.kind
                readonly property alias text: field.text
                function forceFocus() { field.forceActiveFocus() }

                width: fieldColumn.width
                spacing: Theme.spacing

                Label {
                    Layout.preferredWidth: 110
                    text: modelData.label
                }
                TextField {
                    id: field
                    objectName: "impactField-" + modelData.kind
                    Layout.fillWidth: true
                    text: modelData.text
                    placeholderText: qsTr("none")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("%1 in %2").arg(modelData.label).arg(modelData.unit)
                }
                Label {
                    Layout.preferredWidth: 70
                    text: modelData.unit
                }
            }
        }
    }
    InlineMessage {
        objectName: "tradeImpactsFieldError"
        type: InlineMessage.Error
        text: {
            const errors = impacts.fieldErrors
            const parts = []
            for (const kind in errors)
                parts.push(errors[kind])
            return parts.join(" ")
        }
    }
}
