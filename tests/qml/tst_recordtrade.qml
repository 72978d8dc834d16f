// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// Recording a trade at the hall, keyboard only, through the real window.
// The members are TestVault.createLedgerVault's: 1 Ana Benítez (PIN 2468),
// 2 Ben Okafor (PIN 1357), 3 Chloé Martin (no PIN), 5 Bjørn Ødegaard
// (PIN 9999), 12 Kim Nguyen (suspended).
MainWindowTestCase {
    name: "RecordTrade"

    property var recorder: null

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 30))
        LedgerController.hallMode = true
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        recorder = item("recordTradePage").recorder
        tryVerify(function() { return item("payerPicker").activeFocus }, 2000, "the payer field has the keyboard")
    }

    function cleanup() {
        LedgerController.hallMode = true
        TestVault.resetClock()
    }

    // Types into the focused picker and takes the first suggestion with Enter.
    function pick(text) {
        typeText(text)
        keyClick(Qt.Key_Return)
    }

    function test_keyboardOnlyTradeWithPin() {
        const before = item("recordTradePage")
        pick("1")
        compare(recorder.payer, 1)
        compare(item("payerPicker").text, "1 · Ana Benítez")
        verify(item("payeePicker").activeFocus, "Enter goes on to who receives")
        pick("ben")
        compare(recorder.payee, 2)
        verify(item("amountField").activeFocus)
        typeText("12.50")
        compare(recorder.amountValid, true)
        keyClick(Qt.Key_Tab)
        verify(item("memoField").activeFocus)
        typeText("Bread")
        keyClick(Qt.Key_Tab)
        typeText("Food")
        compare(recorder.category, "Food")
        compare(recorder.confirmation, TradeRecorder.PinConfirmation)
        verify(item("pinField").visible)

        // Before and after, for both.
        const payer = recorder.payerPreview
        verify(payer.known)
        compare(item("payerPreview-balance").text, payer.balanceText)
        compare(item("payerPreview-balanceAfter").text, payer.balanceAfterText)
        compare(item("payeePreview-balanceAfter").text, recorder.payeePreview.balanceAfterText)
        verify(payer.balanceText !== payer.balanceAfterText)

        keyClick(Qt.Key_Tab)
        verify(item("pinField").activeFocus, "Tab reaches the PIN")
        typeText("2468")
        keyClick(Qt.Key_Return)

        tryVerify(function() { return recorder.hasReceipt }, 10000, "the receipt shows")
        compare(item("receiptSummary").text, "Ana Benítez (member 1) paid 12.50 credits to Ben Okafor (member 2).")
        verify(item("receiptConfirmation").text.indexOf("PIN") >= 0)
        compare(item("receiptPayerBalance").text, payer.balanceText + " → " + payer.balanceAfterText)
        tryVerify(function() { return item("newTradeButton").activeFocus })
        verify(item("undoButton").enabled)

        // Enter: the next trade, with an empty form.
        keyClick(Qt.Key_Return)
        verify(!recorder.hasReceipt)
        tryVerify(function() { return item("payerPicker").activeFocus })
        compare(item("payerPicker").text, "")
        compare(item("amountField").text, "")
        compare(item("pinField").text, "")
    }

    function test_wrongPinIsRefusedInWords() {
        pick("1")
        pick("2")
        typeText("5")
        item("pinField").forceActiveFocus()
        typeText("0000")
        keyClick(Qt.Key_Return)
        const error = item("tradeError")
        tryVerify(function() { return error.visible }, 10000)
        verify(error.text.indexOf("The PIN is wrong") >= 0, error.text)
        verify(!recorder.hasReceipt)
        tryVerify(function() { return item("pinField").activeFocus })
        compare(item("pinField").text, "", "the wrong PIN is gone")

        typeText("2468")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return recorder.hasReceipt }, 10000)
    }

    function test_fiveWrongPinsPauseThePayersPin() {
        pick("5")
        compare(recorder.payer, 5)
        pick("1")
        typeText("2")
        const error = item("tradeError")
        for (let i = 1; i <= 5; ++i) {
            item("pinField").forceActiveFocus()
            typeText("0000")
            keyClick(Qt.Key_Return)
            tryVerify(function() { return !recorder.busy && error.visible && item("pinField").text === "" }, 10000)
        }
        verify(error.text.indexOf("wrong 5 times in a row") >= 0, error.text)
        verify(error.text.indexOf("Try again in 5 minutes") >= 0, error.text)
        tryVerify(function() { return item("pinField").activeFocus })

        // The right PIN is refused too, until the pause is over.
        typeText("9999")
        keyClick(Qt.Key_Return)
        verify(!recorder.busy)
        verify(!recorder.hasReceipt)
        verify(error.text.indexOf("Try again in 5 minutes") >= 0, error.text)
        TestVault.advanceClock(4 * 60 + 15)
        tryVerify(function() { return error.text.indexOf("Try again in 45 seconds") >= 0 }, 3000, error.text)
        TestVault.advanceClock(45)
        tryVerify(function() { return !error.visible }, 3000)

        item("pinField").forceActiveFocus()
        typeText("9999")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return recorder.hasReceipt }, 10000)
    }

    function test_payerWithoutPinNeedsTheCoordinator() {
        pick("chloe")
        compare(recorder.payer, 3)
        pick("4")
        typeText("3")
        compare(recorder.confirmation, TradeRecorder.CoordinatorConfirmation)
        verify(item("coordinatorBox").visible)
        verify(!item("pinField").visible)
        keyClick(Qt.Key_Return)
        const error = item("tradeError")
        tryVerify(function() { return error.visible })
        verify(error.text.indexOf("Confirmed by the coordinator") >= 0, error.text)
        verify(item("coordinatorBox").activeFocus, "the focus goes to what is missing")
        keyClick(Qt.Key_Space)
        verify(recorder.coordinatorConfirmed)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return recorder.hasReceipt })
        compare(item("receiptConfirmation").text, "Confirmed by the coordinator")
    }

    function test_fuzzySearchFindsNamesWithoutAccents() {
        const picker = item("payerPicker")
        typeText("bjorn")
        compare(picker.suggestions.numberAt(0), 5)
        picker.clearChoice()
        typeText("odeg")
        compare(picker.suggestions.numberAt(0), 5)
        picker.clearChoice()
        typeText("emile")
        compare(picker.suggestions.numberAt(0), 6)
        picker.clearChoice()
        typeText("1")
        compare(picker.suggestions.numberAt(0), 1, "the exact number first")
        compare(picker.suggestions.numberAt(1), 10)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(recorder.payer, 10, "Down chooses the next suggestion")
        // Escape gives up the choice.
        picker.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(recorder.payer, -1)
        compare(picker.text, "")
        typeText("zzzz")
        verify(item("payerPicker-nomatch").visible)
    }

    function test_overTheCreditLineIsRefusedInline() {
        pick("4")
        pick("5")
        typeText("5000")
        const warning = item("tradeWarning")
        verify(warning.visible)
        verify(warning.text.indexOf("can spend at most") >= 0, warning.text)
        verify(recorder.payerPreview.overLimit)
        item("coordinatorBox").forceActiveFocus()
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Return)
        const error = item("tradeError")
        tryVerify(function() { return error.visible })
        verify(error.text.indexOf("can spend at most") >= 0, error.text)
        verify(!recorder.hasReceipt)
        verify(item("amountField").activeFocus, "the focus goes to the amount")
    }

    function test_suspendedMemberIsRefused() {
        pick("12")
        compare(recorder.payer, 12)
        pick("3")
        typeText("5")
        const warning = item("tradeWarning")
        verify(warning.text.indexOf("suspended") >= 0, warning.text)
        item("coordinatorBox").forceActiveFocus()
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Return)
        const error = item("tradeError")
        tryVerify(function() { return error.visible })
        verify(error.text.indexOf("suspended") >= 0, error.text)
        verify(!recorder.hasReceipt)
    }

    function test_amountThatIsNotANumberSaysWhy() {
        pick("1")
        pick("2")
        typeText("12,5,3")
        const error = item("amountError")
        verify(error.visible)
        verify(error.text.indexOf("is not an amount") >= 0, error.text)
        keyClick(Qt.Key_Return)
        verify(item("amountField").activeFocus)
        verify(!recorder.hasReceipt)
    }

    function test_missingPayeeIsNamed() {
        pick("1")
        keyClick(Qt.Key_Return)
        const error = item("tradeError")
        tryVerify(function() { return error.visible })
        verify(error.text.indexOf("Choose who receives") >= 0, error.text)
        verify(item("payeePicker").activeFocus)
    }

    function test_undoWithinAMinuteRecordsAReversal() {
        pick("3")
        pick("2")
        typeText("7")
        item("coordinatorBox").forceActiveFocus()
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return recorder.hasReceipt })
        const tradeId = recorder.receipt.tradeId
        TestVault.advanceClock(30)
        verify(recorder.canUndo)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        tryVerify(function() { return recorder.undone })
        verify(recorder.receipt.reversalId > tradeId)
        const message = item("undoneMessage")
        verify(message.visible)
        verify(message.text.indexOf("reverses trade " + tradeId) >= 0, message.text)
        verify(!item("undoButton").visible)
    }

    function test_undoAfterAMinuteIsNotOffered() {
        pick("3")
        pick("2")
        typeText("7")
        item("coordinatorBox").forceActiveFocus()
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return recorder.hasReceipt })
        TestVault.advanceClock(61)
        tryVerify(function() { return !item("undoButton").enabled }, 3000, "the undo button is disabled after a minute")
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        verify(!recorder.undone)
        verify(!recorder.undo(), "and the recorder refuses")
        verify(item("receiptError").text.indexOf("has passed") >= 0, item("receiptError").text)
    }

    function test_hallModeOffAsksNothing() {
        LedgerController.hallMode = false
        pick("1")
        pick("2")
        typeText("3")
        compare(recorder.confirmation, TradeRecorder.NoConfirmation)
        verify(!item("pinField").visible)
        verify(!item("coordinatorBox").visible)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return recorder.hasReceipt })
        verify(item("receiptConfirmation").text.indexOf("without confirmation") >= 0)
    }

    function test_everyControlIsNamed() {
        compare(unnamedControls(), [], "the empty form")
        pick("1")
        pick("2")
        typeText("3")
        compare(unnamedControls(), [], "the form with a PIN field")
        item("pinField").forceActiveFocus()
        typeText("2468")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return recorder.hasReceipt }, 10000)
        compare(unnamedControls(), [], "the receipt")
    }
}
