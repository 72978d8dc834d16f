// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The ledger: every trade, newest first, loaded a page at a time, and its
// filters, through the real window.
MainWindowTestCase {
    name: "Ledger"

    property var trades: null
    property var list: null

    function init() {
        // 120 days of about three trades: more than one page of 200.
        verify(TestVault.createLedgerVault(community, passphrase, 120))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        tryVerify(function() { return item("payerPicker").activeFocus })
        keyClick(Qt.Key_3, Qt.ControlModifier)
        compare(item("sections").currentIndex, 2)
        trades = item("ledgerPage").trades
        list = item("tradeList")
        tryVerify(function() { return trades.totalCount >= 0 }, 5000, "the trades are counted")
    }

    function rowsInOrder() {
        for (let i = 1; i < trades.count; ++i) {
            const newer = trades.get(i - 1)
            const older = trades.get(i)
            if (newer.date < older.date || (newer.date.getTime() === older.date.getTime() && newer.tradeId < older.tradeId))
                return "row " + i + " is newer than row " + (i - 1)
        }
        return ""
    }

    function loadEverything() {
        for (let guard = 0; trades.count < trades.totalCount && guard < 100; ++guard) {
            list.positionViewAtEnd()
            wait(20)
        }
    }

    function test_newestFirstOnePageAtATime() {
        verify(trades.totalCount > 300, "seeded " + trades.totalCount)
        compare(item("tradeCount").text, trades.totalCount + " trades")
        compare(trades.count, 200, "the first page only")
        compare(list.count, 200)
        // Scrolling to the end loads the next page, and so on.
        list.positionViewAtEnd()
        tryVerify(function() { return trades.count > 200 })
        loadEverything()
        compare(trades.count, trades.totalCount, "every trade, once")
        compare(rowsInOrder(), "")
        const ids = {}
        for (let i = 0; i < trades.count; ++i) {
            const id = trades.get(i).tradeId
            verify(!ids[id], "trade " + id + " is listed once")
            ids[id] = true
        }
    }

    // From the member filter, Tab goes through the dates and the category
    // into the list (Clear is skipped while there is nothing to clear).
    function test_tabReachesTheList() {
        tryVerify(function() { return item("ledgerMemberFilter").activeFocus })
        keyClick(Qt.Key_Tab)
        tryVerify(function() { return item("ledgerFromField").activeFocus })
        keyClick(Qt.Key_Tab)
        tryVerify(function() { return item("ledgerToField").activeFocus })
        keyClick(Qt.Key_Tab)
        tryVerify(function() { return item("ledgerCategoryFilter").activeFocus })
        keyClick(Qt.Key_Tab)
        tryVerify(function() { return list.activeFocus })
    }

    function test_keyboardMovesThroughTheList() {
        list.forceActiveFocus()
        list.currentIndex = 0
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        keyClick(Qt.Key_PageDown)
        verify(list.currentIndex > 5)
        // End goes to the last loaded row, which loads the next page.
        keyClick(Qt.Key_End)
        compare(list.currentIndex, 199)
        tryVerify(function() { return trades.count > 200 })
        keyClick(Qt.Key_Home)
        compare(list.currentIndex, 0)
        verify(list.currentItem.Accessible.name.indexOf("Trade " + trades.get(0).tradeId) === 0, list.currentItem.Accessible.name)
    }

    // A mistaken trade is corrected from the list, keyboard only: Delete on
    // the row, Enter to confirm; the reversal is the new first row, and the
    // same trade cannot be reversed again.
    function test_reverseFromTheList() {
        const total = trades.totalCount
        list.forceActiveFocus()
        list.currentIndex = 3
        const original = trades.get(3)
        verify(!original.isReversal)
        keyClick(Qt.Key_Delete)
        const dialog = item("ledgerPage").reverseDialog
        tryVerify(function() { return dialog.opened })
        const summary = findChild(dialog.contentItem, "reverseTradeSummary")
        verify(summary.text.indexOf(original.amountText) >= 0, summary.text)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        tryVerify(function() { return trades.totalCount === total + 1 })
        tryCompare(trades.get(0), "isReversal", true)
        compare(trades.get(0).reverses, original.tradeId)
        compare(trades.get(0).payer, original.payee)
        compare(trades.get(0).amountText, original.amountText)
        verify(item("reverseResult").text.indexOf("reverses trade " + original.tradeId) >= 0, item("reverseResult").text)
        tryVerify(function() { return list.activeFocus })

        // Again: refused inline, nothing recorded.
        list.currentIndex = 4 // the original moved down by one
        compare(trades.get(4).tradeId, original.tradeId)
        keyClick(Qt.Key_Delete)
        tryVerify(function() { return dialog.opened })
        keyClick(Qt.Key_Return)
        tryVerify(function() { return dialog.errorText.indexOf("already reversed") >= 0 }, 2000, dialog.errorText)
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !dialog.visible })
        compare(trades.totalCount, total + 1)

        // A reversal itself offers no reversal.
        list.currentIndex = 0
        verify(!item("reverseTradeButton").enabled)

        // After a filter, the button names the trade now on that row.
        list.currentIndex = 0
        trades.category = trades.get(5).category
        tryVerify(function() { return trades.count > 0 && trades.get(0).category === trades.category })
        compare(item("reverseTradeButton").text, "Reverse trade " + trades.get(0).tradeId + "…")
        trades.clearFilter()

        // Seven-digit numbers stay whole ("1e+06" is how a number reads
        // when it goes through arg() as it comes).
        dialog.trade = { tradeId: 1000000, payer: 1234567, payerName: "A", payee: 0, payeeName: "Commons fund", amountText: "1.00", dateText: "x", memo: "" }
        compare(dialog.title, "Reverse trade 1000000")
        verify(findChild(dialog.contentItem, "reverseTradeSummary").text.indexOf("A (1234567)") >= 0)
    }

    function test_filterByMember() {
        const total = trades.totalCount
        tryVerify(function() { return item("ledgerMemberFilter").activeFocus })
        typeText("ana")
        keyClick(Qt.Key_Return)
        compare(trades.member, 1)
        compare(item("ledgerMemberFilter").text, "1 · Ana Benítez")
        tryVerify(function() { return trades.totalCount >= 0 })
        verify(trades.totalCount > 0 && trades.totalCount < total)
        loadEverything()
        for (let i = 0; i < trades.count; ++i) {
            const t = trades.get(i)
            verify(t.payer === 1 || t.payee === 1, "trade " + t.tradeId + " concerns Ana")
        }
        compare(item("tradeCount").text, trades.totalCount + " matching trades")
    }

    function test_filterByDates() {
        const today = LedgerController.today
        const iso = Qt.formatDate(today, "yyyy-MM-dd")
        item("ledgerFromField").forceActiveFocus()
        typeText(iso)
        keyClick(Qt.Key_Tab)
        tryVerify(function() { return trades.totalCount >= 0 })
        verify(trades.totalCount > 0 && trades.totalCount <= 3, "today's trades: " + trades.totalCount)
        for (let i = 0; i < trades.count; ++i)
            compare(trades.get(i).dateText, LedgerController.todayText)

        // Not a date: said in words, the filter stays.
        item("ledgerToField").forceActiveFocus()
        typeText("31/31/2026")
        keyClick(Qt.Key_Tab)
        const error = item("ledgerDateError")
        verify(error.visible)
        verify(error.text.indexOf("is not a date") >= 0, error.text)
        verify(trades.count > 0)

        mouseClick(item("clearFiltersButton"))
        verify(!trades.filtered)
        compare(item("ledgerFromField").text, "")
        verify(!error.visible)
        tryVerify(function() { return trades.totalCount > 300 })
    }

    function test_filterByCategory() {
        const box = item("ledgerCategoryFilter")
        box.forceActiveFocus()
        const food = box.find("Food")
        verify(food > 0)
        box.currentIndex = food
        box.activated(food)
        compare(trades.category, "Food")
        loadEverything()
        verify(trades.count > 0)
        for (let i = 0; i < trades.count; ++i)
            compare(trades.get(i).category, "Food")
    }

    function test_aNewTradeComesFirst() {
        const before = trades.totalCount
        compare(TestVault.addTrades(1), 1)
        tryCompare(trades, "totalCount", before + 1)
        const top = trades.get(0)
        for (let i = 1; i < trades.count; ++i)
            verify(trades.get(i).tradeId < top.tradeId)
    }

    function test_everyControlIsNamed() {
        compare(unnamedControls(), [])
    }
}
