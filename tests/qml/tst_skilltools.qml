// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// A member's own tool: the catalogue's item form takes an owner, the item's
// page names them, and editing keeps them.
MainWindowTestCase {
    name: "SkillTools"

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 10))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        compare(TestVault.addToolLibrary(), 13)
        tryVerify(function() { return item("payerPicker").activeFocus })
        keyClick(Qt.Key_5, Qt.ControlModifier)
        keyClick(Qt.Key_2, Qt.AltModifier)
        tryVerify(function() { return item("catalogueSearchField").activeFocus }, 2000, "the search field has the keyboard")
    }

    function factValue(page, label) {
        const facts = page.details.facts
        for (let i = 0; i < facts.length; ++i) {
            if (facts[i].label === label)
                return facts[i].value
        }
        return "(no " + label + ")"
    }

    function test_anItemWithAnOwner() {
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const dialog = item("cataloguePage").addDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("toolItemTagField").activeFocus })
        compare(dialog.ownerNumber, -1, "a new item is the library's own")
        typeText("PT-020")
        keyClick(Qt.Key_Tab)
        typeText("Angle grinder")
        const owner = item("toolItemOwnerPicker")
        owner.forceActiveFocus()
        typeText("ana")
        keyClick(Qt.Key_Return)
        compare(dialog.ownerNumber, 1)
        compare(owner.text, "1 · Ana Benítez")
        dialog.submit()
        tryVerify(function() { return !dialog.visible }, 5000, "the dialog closes when the item is added: " + dialog.errorText)

        const field = item("catalogueSearchField")
        field.forceActiveFocus()
        field.selectAll()
        typeText("angle grinder")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("toolItemPage").visible }, 2000, "the item page is shown")
        const page = item("toolItemPage")
        tryCompare(page.details, "exists", true)
        compare(factValue(page, "Owner"), "Ana Benítez (1), lent through the library")

        // Editing shows the owner; clearing the field makes it the library's own.
        page.editDialog.open()
        tryVerify(function() { return page.editDialog.opened })
        compare(page.editDialog.ownerNumber, 1)
        compare(item("toolItemOwnerPicker").text, "1 · Ana Benítez")
        item("toolItemOwnerPicker").clearChoice()
        compare(page.editDialog.ownerNumber, -1)
        page.editDialog.submit()
        tryVerify(function() { return !page.editDialog.visible }, 5000, "saved: " + page.editDialog.errorText)
        tryCompare(page.details, "exists", true)
        compare(factValue(page, "Owner"), "The library")
    }
}
