// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The tool library's Overdue tab through the real window: loans past due,
// most days late first, with contact, days late and the fee so far; read
// afresh each time the tab comes into view. The library is
// TestVault.seedToolLibrary's (today is 14 Mar 2026).
MainWindowTestCase {
    name: "ToolOverdue"

    // A row of a list, once the list has made it.
    function rowOf(list, index) {
        tryVerify(function() { return list.itemAtIndex(index) !== null }, 2000, "row " + index + " is shown")
        return list.itemAtIndex(index)
    }

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 60))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        verify(TestVault.seedToolLibrary())
        keyClick(Qt.Key_5, Qt.ControlModifier)
        keyClick(Qt.Key_3, Qt.AltModifier)
        tryVerify(function() { return item("overdueList").activeFocus }, 2000, "the list has the keyboard")
    }

    function test_mostDaysLateFirstWithContactAndFee() {
        const list = item("overdueList")
        compare(list.count, 2)
        compare(item("overdueCount").text, "2 loans, fees so far 12.00")
        verify(!item("overdueEmpty").visible)

        const first = rowOf(list, 0)
        compare(first.itemLabel, "Wallpaper steamer (WS-008)")
        compare(first.memberLabel, "Dario Rossi (4)")
        compare(first.contact, "")
        compare(first.dueText, "27 Feb 2026")
        compare(first.daysLate, 15)
        compare(first.feeText, "7.50")
        verify(first.accessibleText.indexOf("no contact") >= 0, first.accessibleText)
        const second = rowOf(list, 1)
        compare(second.itemLabel, "Step ladder (LD-002)")
        compare(second.contact, "0171 555 0102")
        compare(second.daysLate, 3)
        compare(second.feeText, "4.50")

        // Up and Down move through the list.
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        verify(second.highlighted)
        compare(unnamedControls(), [], "every control of the tab is named")
    }

    function test_aReturnAtTheDeskLeavesTheList() {
        // Both come back at the desk.
        keyClick(Qt.Key_1, Qt.AltModifier)
        tryVerify(function() { return item("deskField").activeFocus })
        for (const tag of ["WS-008", "LD-002"]) {
            typeText(tag)
            keyClick(Qt.Key_Return)
            keyClick(Qt.Key_Return)
        }
        verify(item("deskMessage").text.indexOf("Step ladder (LD-002) returned") === 0, item("deskMessage").text)

        keyClick(Qt.Key_3, Qt.AltModifier)
        tryVerify(function() { return item("overdueList").activeFocus })
        compare(item("overdueList").count, 0)
        compare(item("overdueCount").text, "none")
        verify(item("overdueEmpty").visible)
    }

    function test_aDayLaterTheFeesHaveGrown() {
        TestVault.advanceClock(24 * 3600)
        keyClick(Qt.Key_1, Qt.AltModifier)
        keyClick(Qt.Key_3, Qt.AltModifier)
        tryVerify(function() { return item("overdueList").activeFocus })
        compare(item("overdueCount").text, "2 loans, fees so far 14.00")
        compare(rowOf(item("overdueList"), 0).daysLate, 16)
        TestVault.resetClock()
    }
}
