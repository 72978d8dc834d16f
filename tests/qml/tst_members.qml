// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The members list and a member's page, through the real window. The
// members are TestVault.createLedgerVault's (12, Kim Nguyen suspended).
MainWindowTestCase {
    name: "Members"

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 60))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        tryVerify(function() { return item("payerPicker").activeFocus })
        keyClick(Qt.Key_2, Qt.ControlModifier)
        compare(item("sections").currentIndex, 1)
        tryVerify(function() { return item("memberSearchField").activeFocus })
    }

    function openMember(query) {
        const field = item("memberSearchField")
        field.forceActiveFocus()
        field.selectAll()
        typeText(query)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return findChild(window.contentItem, "memberPage") !== null })
        return item("memberPage")
    }

    function test_listShowsEveryMemberWithBalanceAndStatus() {
        const list = item("memberList")
        compare(list.count, 12)
        compare(item("memberCount").text, "12 members")
        // Kim (12) is suspended; the row says so to a screen reader too.
        const model = list.model
        const row = model.rowOfNumber(12)
        verify(row >= 0)
        list.currentIndex = row
        verify(list.currentItem.accessibleText.indexOf("Suspended") >= 0, list.currentItem.accessibleText)
        verify(list.currentItem.accessibleText.indexOf("balance") >= 0)
    }

    function test_searchFindsByNameWithoutAccentsAndByNumber() {
        typeText("sor")
        const list = item("memberList")
        compare(list.model.numberAt(0), 10, "Ingrid Sørensen")
        compare(item("memberCount").text, "1 of 12")
        item("memberSearchField").selectAll()
        typeText("7")
        compare(list.model.numberAt(0), 7)
        // Down goes into the list, Up at the top comes back.
        keyClick(Qt.Key_Down)
        verify(list.activeFocus)
        keyClick(Qt.Key_Up)
        verify(item("memberSearchField").activeFocus)
    }

    function test_memberPageShowsBalanceCreditStatementAndChart() {
        const page = openMember("ana")
        compare(item("memberName").text, "1 · Ana Benítez")
        const details = page.details
        verify(details.exists)
        compare(item("memberBalance").text, details.balanceText)
        verify(item("creditExplanation").text.indexOf("starter line") >= 0, item("creditExplanation").text)
        verify(item("memberCreditLine").text.indexOf(details.creditLineText) === 0)
        const statement = item("statementList")
        verify(statement.count > 10, "the statement has the seeded trades")
        // Newest first; the first line's balance is the current one.
        compare(statement.itemAtIndex(0).balanceAfterText, details.balanceText)
        const series = item("balanceChart").balanceSeries
        verify(series.count > 2, "the chart has the running balance")
        compare(unnamedControls(), [], "every control on the member page is named")

        // Escape goes back to the list, with the keyboard in the search.
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return item("memberSearchField").activeFocus })
    }

    function test_memberPageShowsToolLoansAndHeldDeposits() {
        verify(TestVault.addToolKit("KT-9", "Pressure washer", 4000, []))
        verify(TestVault.addToolItem("LD-9", "Ladder", 7, 100))
        verify(TestVault.lendTool("KT-9", 1, 0))
        verify(TestVault.lendTool("LD-9", 1, 10))
        openMember("ana")
        const card = item("memberToolLoans")
        verify(card.visible)
        verify(card.description.indexOf("2 out, 1 overdue") === 0, card.description)
        // The deposit is held on her credit: shown, and taken from what she can spend.
        compare(item("memberHeld").text, "40.00")
        verify(item("creditExplanation").text.indexOf("40.00 held for tool deposits") >= 0, item("creditExplanation").text)
    }

    function test_addMember() {
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        item("addMemberButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = item("membersPage").addDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("newMemberName").activeFocus })
        compare(unnamedControls(), [], "the dialog's controls are named")
        typeText("Lena Vogel")
        keyClick(Qt.Key_Tab)
        typeText("lena@example.org")
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab)
        typeText("4321")
        keyClick(Qt.Key_Tab)
        typeText("4322")
        keyClick(Qt.Key_Return)
        const result = item("addMemberDialog-result")
        tryVerify(function() { return result.visible })
        verify(result.text.indexOf("not the same") >= 0, result.text)
        verify(dialog.opened, "a refusal keeps the dialog open")

        item("newMemberPinConfirm").selectAll()
        item("newMemberPinConfirm").forceActiveFocus()
        typeText("4321")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 10000, "the dialog closes when the member is added")
        compare(item("memberList").count, 13)
        compare(item("membersMessage").text, "Lena Vogel joined as member 13.")
        const row = item("memberList").model.rowOfNumber(13)
        compare(item("memberList").currentIndex, row, "the new member is selected")
    }

    function test_suspendAndReinstate() {
        openMember("chloe")
        item("suspendButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = item("memberPage").suspendDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("suspendReasonField").activeFocus })
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("suspendDialog-result").visible })
        verify(item("suspendDialog-result").text.indexOf("Say why") >= 0)
        typeText("Asked for a pause")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(item("memberStatus").text, "Suspended")
        verify(item("memberStatusBadge").visible)
        verify(item("creditExplanation").text.indexOf("cannot trade") >= 0)
        compare(item("suspendButton").text, "Reinstate…")

        item("suspendButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return dialog.opened })
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(item("memberStatus").text, "Active")
    }

    function test_editNameAndContact() {
        openMember("chloe")
        item("editMemberButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = item("memberPage").editDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("editMemberName").activeFocus })
        compare(item("editMemberName").text, "Chloé Martin")
        compare(item("editMemberContact").text, "chloe@example.org")
        compare(unnamedControls(), [], "the dialog's controls are named")

        // An empty name is refused in the dialog, which stays open.
        keyClick(Qt.Key_Delete)
        keyClick(Qt.Key_Return)
        const result = item("editMemberDialog-result")
        tryVerify(function() { return result.visible })
        verify(result.text.indexOf("name") >= 0, result.text)
        verify(dialog.opened)
        // Escape cancels: nothing changes.
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !dialog.visible })
        compare(item("memberName").text, "3 · Chloé Martin")

        item("editMemberButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("editMemberName").activeFocus })
        verify(!item("editMemberDialog-result").visible, "no old error")
        typeText("Claire Dubois")
        keyClick(Qt.Key_Tab)
        item("editMemberContact").selectAll()
        typeText("0171 555 0199")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(item("memberName").text, "3 · Claire Dubois")
        verify(item("memberActionMessage").text.indexOf("is now called Claire Dubois") >= 0, item("memberActionMessage").text)
        compare(item("memberPage").details.contact, "0171 555 0199")

        // The list shows the new name too, and finds it.
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return item("memberSearchField").activeFocus })
        item("memberSearchField").selectAll()
        typeText("dubois")
        const list = item("memberList")
        compare(list.model.numberAt(0), 3)
        list.currentIndex = list.model.rowOfNumber(3)
        verify(list.currentItem.accessibleText.indexOf("Claire Dubois") >= 0, list.currentItem.accessibleText)
    }

    function test_setPinThenTheHallAsksForIt() {
        openMember("chloe")
        compare(item("memberPin").text.indexOf("None"), 0)
        item("setPinButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = item("memberPage").pinDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("newPinField").activeFocus })
        typeText("8642")
        keyClick(Qt.Key_Tab)
        typeText("8642")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 10000)
        compare(item("memberPin").text.indexOf("Set"), 0)
        verify(item("memberActionMessage").text.indexOf("new PIN") >= 0)

        // At the hall, Chloé now confirms with it.
        keyClick(Qt.Key_1, Qt.ControlModifier)
        tryVerify(function() { return item("payerPicker").activeFocus })
        typeText("3")
        keyClick(Qt.Key_Return)
        const recorder = item("recordTradePage").recorder
        compare(recorder.confirmation, TradeRecorder.PinConfirmation)
    }

    function test_everyControlIsNamed() {
        compare(unnamedControls(), [], "the members list")
    }
}
