// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The hall laptop's screen: a trade from the first key to the receipt
// without the mouse. Who pays, who receives (number or a part of the name),
// amount, what for, category; both balances before and after; the payer's
// PIN or the coordinator's confirmation in hall mode; Enter records. The
// receipt offers Undo (Ctrl+Z) for a minute and Enter for the next trade.
// Every rule is TradeRecorder's; this page only shows and asks.
ScrollablePage {
    id: page

    readonly property alias recorder: recorder
    // Form and balances side by side on a wide screen, one above the
    // other otherwise.
    readonly property bool wide: contentColumnWidth >= 1100

    maximumWidth: 1400

    function record() {
        if (!recorder.busy)
            recorder.record()
    }

    function startNew() {
        recorder.startNew()
        payerPicker.forceActiveFocus()
    }

    // Where the keyboard starts: the payer, or the next trade on the receipt.
    function focusFirstField() {
        if (recorder.hasReceipt)
            newTradeButton.forceActiveFocus()
        else
            payerPicker.forceActiveFocus()
    }

    function focusField(field) {
        switch (field) {
        case TradeRecorder.PayerField:
            payerPicker.forceActiveFocus()
            break
        case TradeRecorder.PayeeField:
            payeePicker.forceActiveFocus()
            break
        case TradeRecorder.AmountField:
            amountField.forceActiveFocus()
            amountField.selectAll()
            break
        case TradeRecorder.PinField:
            pinField.forceActiveFocus()
            break
        case TradeRecorder.CoordinatorField:
            coordinatorBox.forceActiveFocus()
            break
        }
    }

    TradeRecorder {
        id: recorder
        ledger: LedgerController
    }

    Connections {
        target: recorder
        function onRefused(message, field) {
            page.focusField(field)
        }
        function onRecorded(tradeId) {
            newTradeButton.forceActiveFocus()
        }
        function onPinChanged() {
            if (recorder.pin.length === 0)
                pinField.clear()
        }
        function onCategoryChanged() {
            if (categoryBox.editText !== recorder.category)
                categoryBox.showRecorderCategory()
        }
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: page.visible && recorder.hasReceipt && recorder.canUndo
        onActivated: recorder.undo()
    }

    Heading {
        objectName: "recordTradeHeading"
        text: recorder.hasReceipt ? qsTr("Trade recorded") : qsTr("Record a trade")
    }

    // The form and the balances beside it.
    GridLayout {
        id: formArea
        objectName: "tradeForm"
        visible: !recorder.hasReceipt
        Layout.fillWidth: true
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.largeSpacing
        rowSpacing: Theme.largeSpacing

        Card {
            id: formCard
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.wide ? 480 : -1
            Layout.fillWidth: !page.wide
            enabled: !recorder.busy

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                Label {
                    text: qsTr("Who pays")
                }
                MemberPicker {
                    id: payerPicker
                    objectName: "payerPicker"
                    focus: true
                    purpose: qsTr("Who pays")
                    number: recorder.payer
                    chosenName: recorder.payerPreview.known ? recorder.payerPreview.name : ""
                    onPicked: (number) => recorder.payer = number
                    onAccepted: page.record()
                }

                Label {
                    text: qsTr("Who receives")
                }
                MemberPicker {
                    id: payeePicker
                    objectName: "payeePicker"
                    purpose: qsTr("Who receives")
                    number: recorder.payee
                    chosenName: recorder.payeePreview.known ? recorder.payeePreview.name : ""
                    onPicked: (number) => recorder.payee = number
                    onAccepted: page.record()
                }

                Label {
                    text: qsTr("Amount")
                }
                TextField {
                    id: amountField
                    objectName: "amountField"
                    Layout.fillWidth: true
                    text: recorder.amountText
                    placeholderText: qsTr("Credits, %1").arg(recorder.amountExample)
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    horizontalAlignment: Text.AlignRight
                    selectByMouse: true
                    Accessible.name: qsTr("Amount in credits")
                    Accessible.description: recorder.amountError
                    onTextEdited: recorder.amountText = text
                    onAccepted: page.record()
                }
                Item { implicitWidth: 1; visible: amountErrorLabel.visible }
                Label {
                    id: amountErrorLabel
                    objectName: "amountError"
                    Layout.fillWidth: true
                    Layout.topMargin: -Theme.smallSpacing
                    visible: text.length > 0
                    text: recorder.amountError
                    wrapMode: Text.Wrap
                    color: Theme.negative
                }

                Label {
                    text: qsTr("What for")
                }
                TextField {
                    id: memoField
                    objectName: "memoField"
                    Layout.fillWidth: true
                    text: recorder.memo
                    placeholderText: qsTr("3 hours of carpentry")
                    selectByMouse: true
                    Accessible.name: qsTr("What the trade is for")
                    onTextEdited: recorder.memo = text
                    onAccepted: page.record()
                }

                Label {
                    text: qsTr("Category")
                }
                ComboBox {
                    id: categoryBox
                    objectName: "categoryBox"
                    Layout.fillWidth: true
                    editable: true
                    model: LedgerController.categories
                    currentIndex: -1
                    Accessible.name: qsTr("Category")
                    Accessible.description: qsTr("Choose a category in use or type a new one")
                    // Only what the person does goes to the recorder: a
                    // choice from the list, or typing.
                    onActivated: (index) => recorder.category = textAt(index)
                    Connections {
                        target: categoryBox.contentItem
                        ignoreUnknownSignals: true
                        function onTextEdited() {
                            recorder.category = categoryBox.contentItem.text
                        }
                    }
                    onAccepted: {
                        recorder.category = editText
                        page.record()
                    }
                    // An editable ComboBox puts its first entry into the
                    // field whenever its list arrives or changes (after every
                    // trade); the field shows the recorder's category instead.
                    function showRecorderCategory() {
                        if (editText === recorder.category && currentIndex === find(recorder.category))
                            return
                        currentIndex = find(recorder.category)
                        editText = recorder.category
                    }
                    Component.onCompleted: Qt.callLater(showRecorderCategory)
                    onCountChanged: Qt.callLater(showRecorderCategory)
                }

                Label {
                    visible: pinField.visible
                    text: qsTr("PIN")
                }
                PassphraseField {
                    id: pinField
                    objectName: "pinField"
                    visible: recorder.confirmation === TradeRecorder.PinConfirmation
                    purpose: qsTr("PIN of %1").arg(recorder.payerPreview.name || qsTr("the payer"))
                    placeholderText: qsTr("%1 types their PIN").arg(recorder.payerPreview.name || "")
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
                    onTextEdited: recorder.pin = text
                    onAccepted: page.record()
                }

                Item {
                    implicitWidth: 1
                    visible: coordinatorBox.visible
                }
                CheckBox {
                    id: coordinatorBox
                    objectName: "coordinatorBox"
                    Layout.fillWidth: true
                    leftPadding: 0
                    visible: recorder.confirmation === TradeRecorder.CoordinatorConfirmation
                    text: qsTr("Confirmed by the coordinator")
                    checked: recorder.coordinatorConfirmed
                    Accessible.name: text
                    Accessible.description: coordinatorHint.text
                    onToggled: recorder.coordinatorConfirmed = checked
                    Keys.onReturnPressed: page.record()
                    Keys.onEnterPressed: page.record()
                }
                Item {
                    implicitWidth: 1
                    visible: coordinatorHint.visible
                }
                SecondaryLabel {
                    id: coordinatorHint
                    Layout.topMargin: -Theme.smallSpacing
                    visible: coordinatorBox.visible
                    text: recorder.payerPreview.commonsFund
                          ? qsTr("The commons fund pays: the coordinator confirms that the community agreed.")
                          : qsTr("%1 has no PIN: the coordinator confirms that they agreed to pay.").arg(recorder.payerPreview.name || "")
                }
            }

            InlineMessage {
                objectName: "tradeWarning"
                type: InlineMessage.Warning
                text: recorder.error.length === 0 ? recorder.warning : ""
            }
            InlineMessage {
                objectName: "tradeError"
                type: InlineMessage.Error
                text: recorder.error
            }

            RowLayout {
                spacing: Theme.spacing

                BusyIndicator {
                    running: recorder.busy
                    visible: running
                    Layout.preferredHeight: recordButton.implicitHeight
                    Layout.preferredWidth: recordButton.implicitHeight
                    Accessible.name: qsTr("Checking the PIN")
                }
                SecondaryLabel {
                    Layout.fillWidth: true
                    text: recorder.busy ? qsTr("Checking the PIN…")
                        : LedgerController.hallMode ? qsTr("Hall mode: the payer confirms.")
                        : qsTr("Hall mode is off: nothing is asked of the payer.")
                }
                Button {
                    id: recordButton
                    objectName: "recordButton"
                    text: qsTr("Record trade")
                    highlighted: recorder.complete
                    Accessible.name: qsTr("Record the trade")
                    Accessible.description: qsTr("Enter in any field records too")
                    Keys.onReturnPressed: page.record()
                    Keys.onEnterPressed: page.record()
                    onClicked: page.record()
                }
            }
        }

        TradePreview {
            objectName: "tradePreview"
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: true
            payer: recorder.payerPreview
            payee: recorder.payeePreview
        }
    }

    // The receipt.
    Card {
        id: receiptCard
        objectName: "receipt"
        visible: recorder.hasReceipt
        Layout.maximumWidth: 720
        title: recorder.hasReceipt ? qsTr("Trade %1").arg(String(recorder.receipt.tradeId)) : ""

        Label {
            objectName: "receiptSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pointSize: Theme.subheadingFontSize
            text: recorder.hasReceipt
                  ? qsTr("%1 paid %2 credits to %3.").arg(recorder.receipt.payerLabel).arg(recorder.receipt.amountText).arg(recorder.receipt.payeeLabel)
                  : ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        FactGrid {
            FactLabel { text: qsTr("Date") }
            FactValue { text: recorder.receipt.dateText || "" }
            FactLabel { text: qsTr("What for") }
            FactValue { text: recorder.receipt.memo || qsTr("(nothing said)") }
            FactLabel { text: qsTr("Category") }
            FactValue { text: recorder.receipt.category || qsTr("(none)") }
            FactLabel { text: qsTr("Confirmation") }
            FactValue {
                objectName: "receiptConfirmation"
                text: recorder.receipt.confirmationText || ""
            }
            FactLabel { text: qsTr("Balance of %1").arg(recorder.receipt.payerName || "") }
            FactValue {
                objectName: "receiptPayerBalance"
                text: qsTr("%1 → %2").arg(recorder.receipt.payerBalanceBeforeText || "").arg(recorder.receipt.payerBalanceAfterText || "")
            }
            FactLabel { text: qsTr("Balance of %1").arg(recorder.receipt.payeeName || "") }
            FactValue {
                objectName: "receiptPayeeBalance"
                text: qsTr("%1 → %2").arg(recorder.receipt.payeeBalanceBeforeText || "").arg(recorder.receipt.payeeBalanceAfterText || "")
            }
            FactLabel { text: qsTr("%1 can still spend").arg(recorder.receipt.payerName || "") }
            FactValue {
                text: recorder.receipt.payerAvailableAfterText || ""
            }
        }

        InlineMessage {
            objectName: "undoneMessage"
            type: InlineMessage.Information
            text: recorder.undone
                  ? qsTr("Undone: trade %1 reverses trade %2. %3 has %4 again and %5 has %6.")
                    .arg(String(recorder.receipt.reversalId)).arg(String(recorder.receipt.tradeId))
                    .arg(recorder.receipt.payerName).arg(recorder.receipt.payerBalanceUndoneText)
                    .arg(recorder.receipt.payeeName).arg(recorder.receipt.payeeBalanceUndoneText)
                  : ""
        }
        InlineMessage {
            objectName: "receiptError"
            type: InlineMessage.Error
            text: recorder.hasReceipt ? recorder.error : ""
        }

        RowLayout {
            spacing: Theme.spacing

            Button {
                id: undoButton
                objectName: "undoButton"
                visible: !recorder.undone
                enabled: recorder.canUndo
                text: recorder.canUndo ? qsTr("Undo (%1 s)").arg(recorder.undoSecondsLeft) : qsTr("Undo")
                Accessible.name: qsTr("Undo the trade")
                Accessible.description: recorder.canUndo
                                        ? qsTr("Records a reversal; possible for %1 more seconds (Ctrl+Z)").arg(recorder.undoSecondsLeft)
                                        : qsTr("The minute for undoing has passed")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: recorder.undo()
            }
            SecondaryLabel {
                Layout.fillWidth: true
                text: recorder.undone ? "" : recorder.canUndo ? qsTr("Ctrl+Z undoes within a minute.") : qsTr("The minute for undoing has passed.")
            }
            Button {
                id: newTradeButton
                objectName: "newTradeButton"
                text: qsTr("Next trade")
                highlighted: true
                Accessible.name: qsTr("Record the next trade")
                Accessible.description: qsTr("Enter or Escape")
                Keys.onReturnPressed: page.startNew()
                Keys.onEnterPressed: page.startNew()
                Keys.onEscapePressed: page.startNew()
                onClicked: page.startNew()
            }
        }
    }
}
