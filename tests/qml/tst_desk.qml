// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The lending desk through the real window, driven only by keys: a scan is
// the label's text and Return, as a USB scanner types it. The library is
// TestVault.seedToolLibrary's (today is 14 Mar 2026).
MainWindowTestCase {
    name: "Desk"

    property var desk: null
    property var field: null

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 60))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        verify(TestVault.seedToolLibrary())
        keyClick(Qt.Key_5, Qt.ControlModifier)
        keyClick(Qt.Key_1, Qt.AltModifier)
        field = item("deskField")
        desk = item("deskPage").desk
        tryVerify(function() { return field.activeFocus }, 2000, "the desk field has the keyboard")
    }

    function scan(text) {
        typeText(text)
        keyClick(Qt.Key_Return)
    }

    function fieldIsReady() {
        verify(field.activeFocus, "the keyboard is in the desk field")
        compare(field.text, "")
    }

    function test_scanNumberEnterEnterLendsTheItem() {
        scan("dr-001")
        compare(desk.mode, DeskController.ChooseMember)
        verify(item("deskItem").visible)
        compare(item("deskItemState").text, "In: lent for 7 days, until 21 Mar 2026.")
        verify(field.placeholderText.indexOf("Cordless drill (DR-001)") >= 0, field.placeholderText)
        fieldIsReady()

        typeText("1")
        verify(item("deskSuggestion-0").visible, "members matching what is typed")
        keyClick(Qt.Key_Return)
        compare(desk.mode, DeskController.Confirm)
        compare(item("deskConfirmText").text, "Lend Cordless drill (DR-001) to Ana Benítez (1) until 21 Mar 2026?")
        fieldIsReady()

        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Cordless drill (DR-001) lent to Ana Benítez (1) until 21 Mar 2026.")
        compare(desk.mode, DeskController.Scan)
        verify(!item("deskItem").visible)
        fieldIsReady()
        compare(unnamedControls(), [], "every control of the desk is named")
    }

    function test_theBorrowerByNameFromTheSuggestions() {
        scan("DR-001")
        typeText("r")
        // Grace Liu, Hugo Schäfer, … : Down highlights the second.
        const first = item("deskSuggestion-0")
        verify(first.highlighted)
        keyClick(Qt.Key_Down)
        verify(item("deskSuggestion-1").highlighted)
        verify(!first.highlighted)
        keyClick(Qt.Key_Up)
        verify(first.highlighted)
        keyClick(Qt.Key_Backspace)
        typeText("grace")
        keyClick(Qt.Key_Return)
        compare(desk.member.label, "Grace Liu (8)")
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Cordless drill (DR-001) lent to Grace Liu (8) until 21 Mar 2026.")
        fieldIsReady()
    }

    function test_takingBackShowsDaysLateAndTheFee() {
        scan("LD-002")
        compare(desk.mode, DeskController.Return)
        verify(item("deskReturn").visible)
        compare(item("deskItemState").text, "On loan to Ben Okafor (2) since 25 Feb 2026, due 11 Mar 2026: 3 days late.")
        compare(item("deskReturnFee").text, "4.50")
        compare(item("deskReturnCondition").currentText, "Good")
        fieldIsReady()

        // Alt+W: worn, the keyboard stays in the field.
        keyClick(Qt.Key_W, Qt.AltModifier)
        compare(desk.returnCondition, "worn")
        compare(item("deskReturnCondition").currentText, "Worn")
        verify(field.activeFocus)
        // Tab reaches the condition and the notes.
        keyClick(Qt.Key_Tab)
        tryVerify(function() { return item("deskReturnCondition").activeFocus })
        keyClick(Qt.Key_Tab)
        verify(item("deskReturnNotes").activeFocus)
        typeText("One rubber foot missing")
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Step ladder (LD-002) returned by Ben Okafor (2), 3 days late: late fee 4.50 charged to the commons fund.")
        compare(desk.mode, DeskController.Scan)
        fieldIsReady()

        // The same ladder is in now, and worn.
        scan("LD-002")
        compare(desk.mode, DeskController.ChooseMember)
        compare(desk.item.conditionText, "Worn")
    }

    function test_theDeskWaivesAFeeWithAReason() {
        scan("LD-002")
        compare(item("deskReturnFee").text, "4.50")
        // Tab: condition, notes, then the waiver.
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab)
        verify(item("deskWaiverReason").activeFocus)
        typeText("bus strike")
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Step ladder (LD-002) returned by Ben Okafor (2), 3 days late: late fee 4.50 waived.")
        fieldIsReady()
    }

    function test_aKitWithADepositGoesOutAndComesBackChecked() {
        verify(TestVault.addToolKit("KT-1", "Tile cutter kit", 2000, ["Cutter", "Spare wheel", "Case"]))
        const before = TestVault.availableToSpend(1)
        scan("KT-1")
        scan("1")
        compare(desk.mode, DeskController.Confirm)
        verify(item("deskGoingOut").visible)
        compare(item("deskDepositToHold").text, "Deposit 20.00, held on Ana Benítez's credit until it is back.")
        verify(item("deskComponent-Spare wheel").checked)
        // Untick the spare wheel by keys: Tab to it, Space.
        item("deskComponent-Spare wheel").forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(desk.missingComponents, ["Spare wheel"])
        field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Tile cutter kit (KT-1) lent to Ana Benítez (1) until 21 Mar 2026. "
                + "Deposit 20.00 held on their credit until it is back. Noted as missing: Spare wheel.")
        compare(TestVault.availableToSpend(1), before - 2000)
        fieldIsReady()

        // Back, with the case missing: the deposit comes back, the kit goes to maintenance.
        scan("KT-1")
        compare(desk.mode, DeskController.Return)
        compare(item("deskReturnDeposit").text, "20.00")
        verify(item("deskReturnChecklist").visible)
        item("deskComponent-Case").forceActiveFocus()
        keyClick(Qt.Key_Space)
        field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Tile cutter kit (KT-1) returned by Ana Benítez (1) on time. Deposit 20.00 released. "
                + "Missing: Case; it waits for maintenance.")
        compare(TestVault.availableToSpend(1), before)
        scan("KT-1")
        compare(desk.mode, DeskController.Unavailable)
    }

    function test_aLostItemNeedsTheCoordinator() {
        verify(TestVault.addToolKit("KT-2", "Pipe threader", 5000, []))
        verify(TestVault.lendTool("KT-2", 3, 0))
        const before = TestVault.availableToSpend(3)
        scan("KT-2")
        keyClick(Qt.Key_L, Qt.AltModifier)
        verify(item("deskError").text.indexOf("coordinator") >= 0, item("deskError").text)
        compare(desk.mode, DeskController.Return)
        item("deskCoordinatorConfirms").forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(desk.coordinatorConfirms)
        keyClick(Qt.Key_L, Qt.AltModifier)
        verify(item("deskMessage").text.indexOf("recorded as lost") >= 0, item("deskMessage").text)
        // The deposit is paid: still 50 less to spend, now as balance.
        compare(TestVault.availableToSpend(3), before)
        scan("KT-2")
        compare(desk.mode, DeskController.Unavailable)
    }

    function test_refusalsShowTheCoresSentence() {
        // On loan to someone else, with Ana at the desk.
        scan("1")
        compare(desk.mode, DeskController.MemberLoans)
        scan("SM-004")
        compare(desk.mode, DeskController.Unavailable)
        verify(item("deskReason").visible)
        verify(item("deskReason").text.indexOf("is on loan to Chloé Martin (member 3)") >= 0, item("deskReason").text)
        fieldIsReady()

        // Under maintenance.
        keyClick(Qt.Key_Escape)
        scan("PW-003")
        compare(desk.mode, DeskController.Unavailable)
        verify(item("deskReason").text.indexOf("is under maintenance since 2026-03-10") >= 0, item("deskReason").text)
        fieldIsReady()

        // A suspended member: refused at the second Enter.
        scan("DR-001")
        typeText("12")
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Return)
        compare(item("deskError").text, "Kim Nguyen (member 12) is suspended and cannot borrow.")
        compare(desk.mode, DeskController.Confirm)
        verify(!item("deskOverrideReason").visible)
        fieldIsReady()

        // Nothing by that name: the text stays, selected, for the next scan.
        keyClick(Qt.Key_Escape)
        scan("XX-999")
        compare(item("deskError").text, "No item or member “XX-999”.")
        compare(field.selectedText, "XX-999")
        scan("DR-001")
        compare(desk.mode, DeskController.ChooseMember)
        compare(item("deskError").text, "")
    }

    function test_overdueItemsNeedAReason() {
        scan("DR-001")
        typeText("2")
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Return)
        verify(item("deskError").text.indexOf("Ben Okafor (member 2) has an overdue item: Step ladder (LD-002)") === 0, item("deskError").text)
        const reason = item("deskOverrideReason")
        verify(reason.visible)
        fieldIsReady()
        keyClick(Qt.Key_Tab)
        verify(reason.activeFocus, "Tab goes to the reason")
        typeText("Repairs the school roof this week")
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Cordless drill (DR-001) lent to Ben Okafor (2) until 21 Mar 2026.")
        compare(item("deskError").text, "")
        verify(!reason.visible)
        fieldIsReady()
    }

    function test_aMemberCardShowsTheirLoans() {
        scan("2")
        compare(desk.mode, DeskController.MemberLoans)
        const loans = item("deskMemberLoans")
        verify(loans.visible)
        compare(loans.title, "Ben Okafor (2)")
        compare(item("deskCardholderSummary").text, "1 on loan, 1 overdue")
        const row = item("deskLoan-0")
        compare(row.itemLabel, "Step ladder (LD-002)")
        verify(row.overdue)
        verify(row.highlighted)
        compare(row.stateText, "3 days late since 11 Mar 2026 · fee so far 4.50")
        fieldIsReady()

        // Enter on the highlighted loan: its return; Enter again takes it back.
        keyClick(Qt.Key_Return)
        compare(desk.mode, DeskController.Return)
        verify(item("deskCardholder").visible)
        keyClick(Qt.Key_Return)
        compare(desk.mode, DeskController.MemberLoans)
        verify(item("deskMessage").text.indexOf("Step ladder (LD-002) returned by Ben Okafor (2)") === 0)
        compare(item("deskCardholderSummary").text, "Nothing on loan")
        verify(!item("deskLoan-0").open)

        // The next item scanned goes to Ben: scan, Enter.
        scan("DR-001")
        compare(desk.mode, DeskController.Confirm)
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Cordless drill (DR-001) lent to Ben Okafor (2) until 21 Mar 2026.")
        compare(desk.mode, DeskController.MemberLoans)
        compare(item("deskCardholderSummary").text, "1 on loan, none overdue")
        fieldIsReady()
        compare(unnamedControls(), [])
    }

    function test_escapeAlwaysGoesBackToAnEmptyScan() {
        scan("DR-001")
        typeText("gr")
        keyClick(Qt.Key_Escape)
        compare(desk.mode, DeskController.Scan)
        verify(!desk.item.known)
        fieldIsReady()

        // From the notes of a return too.
        scan("LD-002")
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab)
        verify(item("deskReturnNotes").activeFocus)
        typeText("half")
        keyClick(Qt.Key_Escape)
        compare(desk.mode, DeskController.Scan)
        compare(desk.returnNotes, "")
        fieldIsReady()

        // And the member at the desk goes.
        scan("3")
        compare(desk.mode, DeskController.MemberLoans)
        keyClick(Qt.Key_Escape)
        verify(!desk.cardholder.known)
        verify(item("deskHelp").visible)
        fieldIsReady()
    }

    function test_renewAndHoldByShortcuts() {
        scan("SM-004")
        keyClick(Qt.Key_R, Qt.AltModifier)
        compare(item("deskMessage").text, "Sewing machine (SM-004) renewed for Chloé Martin (3) until 27 Mar 2026.")
        fieldIsReady()

        scan("SM-004")
        keyClick(Qt.Key_H, Qt.AltModifier)
        compare(desk.mode, DeskController.ChooseMember)
        compare(desk.purpose, DeskController.Hold)
        fieldIsReady()
        typeText("1")
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Return)
        compare(item("deskMessage").text, "Ana Benítez (1) is number 1 in the queue for Sewing machine (SM-004).")
        fieldIsReady()

        // Someone waits: no renewal, and the desk says who.
        scan("SM-004")
        verify(item("deskHold").text.indexOf("Ana Benítez (1) is waiting") === 0, item("deskHold").text)
        keyClick(Qt.Key_R, Qt.AltModifier)
        verify(item("deskError").text.indexOf("Ana Benítez (member 1) is waiting") >= 0, item("deskError").text)
        fieldIsReady()
    }

    function test_theDeskIsWhereTheToolLibraryOpens() {
        // Away and back: the keyboard lands in the field again.
        keyClick(Qt.Key_2, Qt.ControlModifier)
        verify(!field.activeFocus)
        keyClick(Qt.Key_5, Qt.ControlModifier)
        tryVerify(function() { return field.activeFocus })
        keyClick(Qt.Key_3, Qt.AltModifier)
        verify(!field.activeFocus)
        keyClick(Qt.Key_1, Qt.AltModifier)
        tryVerify(function() { return field.activeFocus })
    }
}
