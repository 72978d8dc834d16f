// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The tool library's catalogue through the real window, by keyboard only:
// TestVault.addToolLibrary's thirteen items.
MainWindowTestCase {
    name: "Catalogue"

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 10))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        compare(TestVault.addToolLibrary(), 13)
        tryVerify(function() { return item("payerPicker").activeFocus })
        keyClick(Qt.Key_5, Qt.ControlModifier)
        keyClick(Qt.Key_2, Qt.AltModifier)
        compare(item("toolPages").currentIndex, 1)
        tryVerify(function() { return item("catalogueSearchField").activeFocus }, 2000, "the search field has the keyboard")
    }

    function list() {
        return item("catalogueList")
    }

    function tagsShown() {
        const tags = []
        for (let row = 0; row < list().count; ++row)
            tags.push(list().model.tagAt(row))
        return tags
    }

    function openItem(query) {
        const field = item("catalogueSearchField")
        field.forceActiveFocus()
        field.selectAll()
        typeText(query)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("toolItemPage").visible }, 2000, "the item page is shown")
        tryVerify(function() { return item("toolItemBackButton").activeFocus })
        return item("toolItemPage")
    }

    function test_typingNarrowsTheList() {
        compare(list().count, 13)
        compare(item("catalogueCount").text, "13 items")
        tryVerify(function() { return item("figureItems").value !== "…" }, 10000, "the figures arrive")
        compare(item("figureItems").value, "12")
        compare(item("figureLoans").value, "9")
        compare(item("figureNeverBorrowed").value, "5")
        verify(item("figureMostRequested").value.indexOf("Cordless drill (PT-001)") === 0, item("figureMostRequested").value)

        typeText("d")
        verify(list().count < 13)
        typeText("ri")
        compare(tagsShown(), ["PT-001", "PT-002"])
        compare(item("catalogueCount").text, "2 items match")
        typeText("ll conc")
        compare(tagsShown(), ["PT-002"])
        compare(item("catalogueCount").text, "1 item matches")
        // Escape clears the search; the whole list is back.
        keyClick(Qt.Key_Escape)
        compare(item("catalogueSearchField").text, "")
        compare(list().count, 13)
        // A tag: the item with that tag comes first.
        typeText("se-0")
        compare(list().model.tagAt(0), "SE-001")
        compare(unnamedControls(), [], "every control of the catalogue is named")
    }

    function test_filtersByAvailabilityCategoryAndCondition() {
        // Tab to the availability filter; Down chooses without opening it.
        keyClick(Qt.Key_Tab)
        verify(item("categoryFilter").activeFocus)
        keyClick(Qt.Key_Tab)
        verify(item("availabilityFilter").activeFocus)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(item("availabilityFilter").displayText, "On loan")
        compare(tagsShown(), ["PT-001", "CL-001"])
        // The availability is in words, not colour alone.
        list().currentIndex = 1
        compare(list().currentItem.availabilityText, "Overdue")
        verify(list().currentItem.accessibleText.indexOf("Overdue to Chloé Martin (3)") >= 0, list().currentItem.accessibleText)
        list().currentIndex = 0
        compare(list().currentItem.availabilityText, "On loan")

        keyClick(Qt.Key_Up)
        compare(item("availabilityFilter").displayText, "In")
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        verify(item("categoryFilter").activeFocus)
        // Categories in alphabetical order after "All categories": Garden is the third.
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(item("categoryFilter").displayText, "Garden")
        compare(tagsShown(), ["GA-001"])
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab)
        verify(item("conditionFilter").activeFocus)
        keyClick(Qt.Key_Down) // New
        compare(list().count, 0)
        keyClick(Qt.Key_Down) // Good
        keyClick(Qt.Key_Down) // Worn
        compare(item("conditionFilter").displayText, "Worn")
        compare(tagsShown(), ["GA-001"])
    }

    function test_enterOpensAnItemAndEscapeComesBack() {
        typeText("pressure")
        compare(list().count, 1)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("toolItemPage").visible })
        compare(item("toolItemTitle").text, "CL-001 · Pressure washer")
        compare(item("toolItemStateBadge").text, "Overdue")
        verify(item("toolItemLoan").text.indexOf("Chloé Martin") >= 0, item("toolItemLoan").text)
        verify(item("toolItemAvailability").text.indexOf("on loan to Chloé Martin") >= 0, item("toolItemAvailability").text)
        compare(item("toolItemLoanList").count, 1)
        compare(unnamedControls(), [], "every control of the item page is named")

        keyClick(Qt.Key_Escape)
        tryVerify(function() { return list().activeFocus }, 2000, "back in the list")
        compare(item("cataloguePage").itemPage, null, "the item page is gone")
        compare(list().model.tagAt(list().currentIndex), "CL-001")

        // From the list: Down, Down, Enter opens the row under the cursor.
        keyClick(Qt.Key_Up)
        verify(item("catalogueSearchField").activeFocus)
        item("catalogueSearchField").selectAll()
        typeText("drill")
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("toolItemPage").visible })
        compare(item("toolItemTitle").text, "PT-002 · Hammer drill")
        // Alt+Left goes back too.
        keyClick(Qt.Key_Left, Qt.AltModifier)
        tryVerify(function() { return item("cataloguePage").itemPage === null })
        verify(list().activeFocus)
    }

    function test_itemPageShowsHistoryHoldsAndMaintenance() {
        const page = openItem("cordless")
        compare(item("toolItemTitle").text, "PT-001 · Cordless drill")
        compare(item("toolItemLoanList").count, 3)
        compare(item("toolItemHoldList").count, 1)
        compare(item("toolItemMaintenanceList").count, 1)
        // Newest first: Ana's open loan on top.
        verify(item("toolItemLoanList").itemAtIndex(0).accessibleText.indexOf("Ana Benítez") >= 0)

        // A hold for Bjørn, chosen by a part of his name, by keyboard.
        item("placeHoldButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return page.holdDialog.opened })
        tryVerify(function() { return item("holdMemberPicker").activeFocus })
        typeText("bjo")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("holdMemberPicker").activeFocus }, 2000, "back in the field after choosing")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !page.holdDialog.visible }, 5000, "the dialog closes when the hold is placed")
        compare(item("toolItemHoldList").count, 2)
        verify(item("toolItemActionMessage").text.indexOf("number 2 in the queue") >= 0, item("toolItemActionMessage").text)

        // Maintenance: a reason is required.
        item("startMaintenanceButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return page.maintenanceDialog.opened })
        tryVerify(function() { return item("toolItemMaintenanceReason").activeFocus })
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("toolItemMaintenanceDialog-result").visible })
        typeText("Chuck slips")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !page.maintenanceDialog.visible })
        compare(item("toolItemMaintenanceList").count, 2)
        verify(!item("startMaintenanceButton").enabled, "one open record at a time")
    }

    function test_bookAnItemForFutureDays() {
        const page = openItem("LA-001")
        compare(page.bookings.length, 0)
        item("bookButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return page.bookingDialog.opened })
        tryVerify(function() { return item("bookingMemberPicker").activeFocus })
        typeText("bjo")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("bookingFrom").activeFocus }, 2000, "the dates come next")
        typeText("2099-05-01")
        keyClick(Qt.Key_Tab)
        typeText("2099-04-01")
        keyClick(Qt.Key_Return)
        // The end before the start: refused, the dialog stays.
        tryVerify(function() { return page.bookingDialog.errorText !== "" })
        verify(page.bookingDialog.visible)
        item("bookingTo").forceActiveFocus()
        item("bookingTo").selectAll()
        typeText("2099-05-03")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !page.bookingDialog.visible }, 5000, "the dialog closes when booked")
        compare(page.bookings.length, 1)
        verify(page.bookings[0].text.indexOf("Bjørn") >= 0, page.bookings[0].text)
        verify(item("toolItemActionMessage").text.indexOf("is booked for") >= 0, item("toolItemActionMessage").text)
        item("cancelBooking-" + page.bookings[0].id).forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return page.bookings.length === 0 })
    }

    function test_addAnItemThroughTheDialog() {
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const dialog = item("cataloguePage").addDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("toolItemTagField").activeFocus })
        compare(unnamedControls(), [], "the dialog's controls are named")
        // A tag already in use, and a value that is not an amount.
        typeText("pt-001")
        keyClick(Qt.Key_Tab)
        typeText("Jigsaw")
        keyClick(Qt.Key_Tab)
        verify(item("toolItemCategoryBox").activeFocus)
        typeText("Power tools")
        keyClick(Qt.Key_Tab) // condition
        keyClick(Qt.Key_Tab)
        typeText("Shelf A3")
        keyClick(Qt.Key_Tab) // added on: today
        keyClick(Qt.Key_Tab)
        verify(item("toolItemValueField").activeFocus)
        typeText("8o")
        keyClick(Qt.Key_Return)
        const result = item("addToolItemDialog-result")
        tryVerify(function() { return result.visible })
        verify(result.text.indexOf("2 fields") >= 0, result.text)
        verify(dialog.opened, "a refusal keeps the dialog open")
        verify(dialog.errorOf("assetTag").indexOf("already used by Cordless drill") >= 0, dialog.errorOf("assetTag"))
        verify(dialog.errorOf("replacementValue").indexOf("Replacement value") === 0, dialog.errorOf("replacementValue"))
        compare(list().count, 13)

        item("toolItemValueField").forceActiveFocus()
        item("toolItemValueField").selectAll()
        typeText("85")
        item("toolItemTagField").forceActiveFocus()
        item("toolItemTagField").selectAll()
        typeText("PT-010")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 5000, "the dialog closes when the item is added")
        compare(list().count, 14)
        compare(item("catalogueMessage").text, "Jigsaw (PT-010) is in the catalogue.")
        compare(list().model.tagAt(list().currentIndex), "PT-010", "the new item is selected")
        tryVerify(function() { return item("catalogueSearchField").activeFocus })
    }

    function test_editAnItem() {
        const page = openItem("step ladder")
        compare(item("toolItemTitle").text, "LA-001 · Step ladder 3 m")
        item("editToolItemButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = page.editDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("toolItemNameField").activeFocus })
        compare(item("toolItemNameField").text, "Step ladder 3 m")
        compare(item("toolItemValueField").text, "90.00")
        // The name is selected: typing replaces it.
        typeText("Step ladder 2.5 m")
        item("toolItemTagField").forceActiveFocus()
        item("toolItemTagField").selectAll()
        typeText("LA-002")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        // The page follows the new tag.
        compare(item("toolItemTitle").text, "LA-002 · Step ladder 2.5 m")
        verify(item("toolItemActionMessage").text.indexOf("is saved") >= 0, item("toolItemActionMessage").text)
        compare(item("toolItemLoanList").count, 1, "its loan came along")

        keyClick(Qt.Key_Escape)
        tryVerify(function() { return list().activeFocus })
        compare(list().model.tagAt(list().currentIndex), "LA-002")
        verify(list().currentItem.accessibleText.indexOf("Step ladder 2.5 m") >= 0, list().currentItem.accessibleText)
    }
}
