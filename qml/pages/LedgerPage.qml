// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Every trade, newest first, filtered by member, dates and category. The
// list loads a page at a time as it scrolls (TradeListModel), so a million
// trades scroll as smoothly as a hundred; rows have one fixed height.
FocusScope {
    id: page

    readonly property alias trades: trades
    readonly property alias reverseDialog: reverseDialog
    readonly property alias impactsDialog: impactsDialog

    function focusFirstField() {
        memberFilter.forceActiveFocus()
    }

    // The current row's trade, unless it is itself a reversal.
    function reverseCurrent() {
        const row = trades.get(list.currentIndex)
        if (row.tradeId === undefined || row.isReversal)
            return
        reverseDialog.trade = row
        reverseDialog.open()
    }

    // The current row's ecological impacts, unless it is a reversal.
    function impactsOfCurrent() {
        const row = trades.get(list.currentIndex)
        if (row.tradeId === undefined || row.isReversal)
            return
        impactsDialog.trade = row
        impactsDialog.open()
    }

    TradeListModel {
        id: trades
        ledger: LedgerController
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: false
                text: qsTr("Ledger")
            }
            SecondaryLabel {
                objectName: "tradeCount"
                Layout.alignment: Qt.AlignBaseline
                text: trades.totalCount < 0 ? qsTr("Counting trades…")
                    : trades.filtered ? qsTr("%1 matching trades").arg(Number(trades.totalCount).toLocaleString(Qt.locale(), "f", 0))
                    : qsTr("%1 trades").arg(Number(trades.totalCount).toLocaleString(Qt.locale(), "f", 0))
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "tradeImpactsButton"
                readonly property var row: list.currentIndex >= 0 && trades.count > 0 ? trades.get(list.currentIndex) : ({})
                text: qsTr("Impacts…")
                enabled: row.tradeId !== undefined && !row.isReversal
                Accessible.name: row.tradeId !== undefined ? qsTr("Ecological impacts of trade %1").arg(String(row.tradeId)) : qsTr("Ecological impacts of the trade")
                Accessible.description: qsTr("Carbon, water, land, biodiversity and pollution; I in the list does the same")
                onClicked: page.impactsOfCurrent()
            }
            Button {
                objectName: "reverseTradeButton"
                // trades.count: notified on every reload, so a filter that
                // keeps the count still brings the row up to date.
                readonly property var row: list.currentIndex >= 0 && trades.count > 0 ? trades.get(list.currentIndex) : ({})
                text: row.tradeId !== undefined ? qsTr("Reverse trade %1…").arg(String(row.tradeId)) : qsTr("Reverse trade…")
                enabled: row.tradeId !== undefined && !row.isReversal
                Accessible.name: text
                Accessible.description: qsTr("Records a trade that moves the amount back; Delete in the list does the same")
                onClicked: page.reverseCurrent()
            }
        }

        InlineMessage {
            objectName: "reverseResult"
            id: reverseResult
            type: InlineMessage.Positive
        }
        Connections {
            target: LedgerController
            function onOperationFinished(operation, ok, message, number) {
                if (operation === "reverse" && ok)
                    reverseResult.text = message
            }
        }

        // Filters.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            MemberPicker {
                id: memberFilter
                objectName: "ledgerMemberFilter"
                focus: true
                width: 210
                purpose: qsTr("Only the trades of this member")
                placeholderText: qsTr("Member: everyone")
                number: trades.member
                chosenName: filterMember.exists ? filterMember.name : trades.member === 0 ? qsTr("Commons fund") : ""
                onPicked: (number) => trades.member = number
            }
            TextField {
                id: fromField
                objectName: "ledgerFromField"
                width: 112
                placeholderText: qsTr("From")
                ToolTip.visible: activeFocus || hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The first day, %1").arg(LedgerController.dateFormatHint)
                selectByMouse: true
                Accessible.name: qsTr("From this day")
                Accessible.description: qsTr("A date, %1; empty for no limit").arg(LedgerController.dateFormatHint)
                onEditingFinished: trades.fromText = text
                Keys.onEscapePressed: (event) => { event.accepted = text.length > 0; clear(); trades.fromText = "" }
            }
            TextField {
                id: toField
                objectName: "ledgerToField"
                width: 112
                placeholderText: qsTr("To")
                ToolTip.visible: activeFocus || hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The last day, %1").arg(LedgerController.dateFormatHint)
                selectByMouse: true
                Accessible.name: qsTr("Up to this day")
                Accessible.description: qsTr("A date, %1; empty for no limit").arg(LedgerController.dateFormatHint)
                onEditingFinished: trades.toText = text
                Keys.onEscapePressed: (event) => { event.accepted = text.length > 0; clear(); trades.toText = "" }
            }
            ComboBox {
                id: categoryFilter
                objectName: "ledgerCategoryFilter"
                width: 150
                model: [qsTr("All categories")].concat(LedgerController.categories)
                Accessible.name: qsTr("Category")
                onActivated: (index) => trades.category = index === 0 ? "" : textAt(index)
            }
            Button {
                objectName: "clearFiltersButton"
                text: qsTr("Clear")
                enabled: trades.filtered || fromField.text.length > 0 || toField.text.length > 0
                Accessible.name: qsTr("Clear the filters")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    memberFilter.clearChoice()
                    fromField.clear()
                    toField.clear()
                    categoryFilter.currentIndex = 0
                    trades.clearFilter()
                }
            }
        }

        MemberDetails {
            id: filterMember
            ledger: LedgerController
            number: trades.member
        }

        InlineMessage {
            objectName: "ledgerDateError"
            type: InlineMessage.Warning
            text: trades.dateError
        }
        InlineMessage {
            type: InlineMessage.Error
            text: trades.error
        }

        Control {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 1

            background: Rectangle {
                color: palette.base
                border.color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.2)
                radius: Theme.radius
            }

            contentItem: ColumnLayout {
                spacing: 0

                TradeRow {
                    Layout.fillWidth: true
                    header: true
                    rowDate: qsTr("Date")
                    rowNumber: qsTr("No.")
                    rowPayer: qsTr("Payer")
                    rowPayee: qsTr("Payee")
                    rowAmount: qsTr("Amount")
                    rowCategory: qsTr("Category")
                    rowMemo: qsTr("What for")
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.15)
                }

                ListView {
                    id: list
                    objectName: "tradeList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: trades
                    // Rows scrolled out are used again for the rows scrolled in.
                    reuseItems: true
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Trades, newest first")
                    ScrollBar.vertical: ScrollBar {
                        objectName: "tradeScrollBar"
                    }
                    Keys.onPressed: (event) => {
                        // Page Up/Down move a screenful; Home/End go to the ends
                        // of what is loaded (End loads the next page).
                        const visibleRows = Math.max(1, Math.floor(height / 32) - 1)
                        if (event.key === Qt.Key_PageDown) {
                            currentIndex = Math.min(count - 1, currentIndex + visibleRows)
                        } else if (event.key === Qt.Key_PageUp) {
                            currentIndex = Math.max(0, currentIndex - visibleRows)
                        } else if (event.key === Qt.Key_Home) {
                            currentIndex = 0
                        } else if (event.key === Qt.Key_End) {
                            currentIndex = count - 1
                        } else if (event.key === Qt.Key_Delete) {
                            page.reverseCurrent()
                        } else if (event.key === Qt.Key_I && event.modifiers === Qt.NoModifier) {
                            page.impactsOfCurrent()
                        } else {
                            return
                        }
                        event.accepted = true
                    }

                    delegate: TradeRow {
                        required property int index
                        required property var tradeId
                        required property string dateText
                        required property string payerName
                        required property var payer
                        required property string payeeName
                        required property var payee
                        required property string amountText
                        required property string category
                        required property string memo
                        required property bool isReversal
                        required property string accessibleText

                        width: ListView.view.width
                        rowDate: dateText
                        rowNumber: tradeId
                        rowPayer: payer === 0 ? payerName : qsTr("%1 · %2").arg(payer).arg(payerName)
                        rowPayee: payee === 0 ? payeeName : qsTr("%1 · %2").arg(payee).arg(payeeName)
                        rowAmount: amountText
                        rowCategory: category
                        rowMemo: memo
                        reversal: isReversal
                        current: ListView.isCurrentItem && (list.activeFocus || reverseDialog.visible || impactsDialog.visible)
                        striped: index % 2 === 1
                        Accessible.name: accessibleText

                        TapHandler {
                            onTapped: {
                                list.currentIndex = index
                                list.forceActiveFocus()
                            }
                        }
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.largeSpacing
                        visible: list.count === 0 && trades.error.length === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        text: trades.filtered ? qsTr("No trade matches these filters.") : qsTr("No trades yet. Record the first one under “Record trade”.")
                    }
                }
            }
        }
    }

    TradeImpactsDialog {
        id: impactsDialog
        objectName: "tradeImpactsDialog"
        onClosed: list.forceActiveFocus()
        onResultMessageChanged: if (resultMessage.length > 0) reverseResult.text = resultMessage
    }
    ReverseTradeDialog {
        id: reverseDialog
        objectName: "reverseTradeDialog"
        onClosed: list.forceActiveFocus()
    }
}
