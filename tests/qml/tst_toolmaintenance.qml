// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The tool library's Maintenance tab through the real window: items under
// maintenance and items due for it, the work recorded in a dialog, and a
// record opened for any item by its tag. The library is
// TestVault.seedToolLibrary's: the pressure washer (PW-003) is under
// maintenance, the hedge trimmer (HT-007) is due after two loans.
MainWindowTestCase {
    name: "ToolMaintenance"

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
        keyClick(Qt.Key_4, Qt.AltModifier)
        tryVerify(function() { return item("maintenanceList").activeFocus }, 2000, "the list has the keyboard")
    }

    function test_openRecordsThenDueItems() {
        const list = item("maintenanceList")
        compare(list.count, 2)
        compare(item("maintenanceCount").text, "1 under maintenance, 1 due")
        const open = rowOf(list, 0)
        compare(open.itemLabel, "Pressure washer (PW-003)")
        compare(open.state, "open")
        compare(open.reason, "Leaking hose")
        compare(open.sinceText, "Since 10 Mar 2026")
        const due = rowOf(list, 1)
        compare(due.itemLabel, "Hedge trimmer (HT-007)")
        compare(due.state, "due")
        verify(due.reason.indexOf("every 2 loans") >= 0, due.reason)
        compare(unnamedControls(), [], "every control of the tab is named")
    }

    function test_recordingTheWorkOfADueItem() {
        const list = item("maintenanceList")
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        keyClick(Qt.Key_Return)
        const dialog = item("toolMaintenancePage").recordDialog
        tryVerify(function() { return dialog.opened })
        compare(dialog.title, "Maintenance of Hedge trimmer (HT-007)")
        tryVerify(function() { return item("maintenanceWork").activeFocus })
        compare(unnamedControls(), [], "the dialog's controls are named")

        // Nothing said about the work: refused, the dialog stays.
        keyClick(Qt.Key_Return)
        const result = item("maintenanceDialog-result")
        tryVerify(function() { return result.visible })
        verify(result.text.indexOf("what work was done") >= 0, result.text)
        verify(dialog.opened)

        typeText("Sharpened the blades")
        keyClick(Qt.Key_Tab) // the date: today already
        keyClick(Qt.Key_Tab)
        typeText("12.50")
        keyClick(Qt.Key_Tab)
        typeText("Hugo")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(item("maintenanceMessage").text, "Maintenance of Hedge trimmer (HT-007) recorded; it can be lent again.")
        compare(list.count, 1)
        compare(item("maintenanceCount").text, "1 under maintenance, 0 due")
        tryVerify(function() { return list.activeFocus }, 2000, "the keyboard is back in the list")

        // The desk lends it now.
        keyClick(Qt.Key_1, Qt.AltModifier)
        tryVerify(function() { return item("deskField").activeFocus })
        typeText("HT-007")
        keyClick(Qt.Key_Return)
        compare(item("deskPage").desk.mode, DeskController.ChooseMember)
    }

    function test_aRecordForAnyItemByItsTag() {
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        verify(item("maintenanceTagField").activeFocus, "the tag field is before the list")
        typeText("XX-1")
        keyClick(Qt.Key_Return)
        verify(item("maintenanceError").text.indexOf("XX-1") >= 0, item("maintenanceError").text)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        typeText("dr-001")
        keyClick(Qt.Key_Tab)
        typeText("Chuck slips")
        keyClick(Qt.Key_Return)
        compare(item("maintenanceError").text, "")
        compare(item("maintenanceMessage").text, "Cordless drill (DR-001) is under maintenance and is not lent until the work is recorded.")
        const list = item("maintenanceList")
        compare(list.count, 3)
        compare(list.currentIndex, 1, "the new record is chosen")
        compare(rowOf(list, 1).reason, "Chuck slips")
        compare(item("maintenanceTagField").text, "")

        // The desk refuses the drill now, in the core's words.
        keyClick(Qt.Key_1, Qt.AltModifier)
        tryVerify(function() { return item("deskField").activeFocus })
        typeText("DR-001")
        keyClick(Qt.Key_Return)
        verify(item("deskReason").text.indexOf("under maintenance") >= 0, item("deskReason").text)
    }

    function test_anItemOutWaitsUntilItIsBack() {
        verify(TestVault.addToolItem("SW-010", "Mitre saw", 7, 100))
        verify(TestVault.lendTool("SW-010", 1, 2))
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        typeText("SW-010")
        keyClick(Qt.Key_Return)
        const list = item("maintenanceList")
        compare(list.count, 3)
        const row = list.currentIndex
        verify(rowOf(list, row).onLoan)
        for (let i = 0; i < 3; ++i)
            keyClick(Qt.Key_Tab)
        verify(list.activeFocus)
        keyClick(Qt.Key_Return)
        verify(!item("toolMaintenancePage").recordDialog.visible)
        verify(item("maintenanceError").text.indexOf("Mitre saw (SW-010) is out") === 0, item("maintenanceError").text)
    }
}
