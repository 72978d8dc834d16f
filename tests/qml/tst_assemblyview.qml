// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium
import Mycelium.Ui
import Mycelium.Test

// The assembly view by keyboard: the setup dialog's range, then the
// full-screen pages of TestVault.ecoBalanceSeed's commons (three lights —
// Carbon footprint red, Well amber, Forest green — three charts and the
// ecological balance).
MainWindowTestCase {
    id: testCase
    name: "AssemblyView"

    Component {
        id: setupComponent
        AssemblySetupDialog {}
    }

    property var setup: null

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 60))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        verify(TestVault.ecoBalanceSeed())
        setup = createTemporaryObject(setupComponent, window.contentItem)
        verify(setup)
        setup.open()
        tryVerify(function() { return setup.opened })
    }

    function cleanup() {
        if (setup && setup.view.visible)
            setup.view.close()
    }

    function viewItem(name) {
        const found = findChild(setup.view.contentItem, name)
        verify(found, "found " + name)
        return found
    }

    function startWithLastTwelveMonths() {
        // Tab from the first preset to the third and choose it.
        verify(findChild(setup.contentItem, "assemblyPreset-lastMonth").activeFocus)
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Tab)
        verify(findChild(setup.contentItem, "assemblyPreset-last12Months").activeFocus)
        keyClick(Qt.Key_Space)
        compare(setup.preset, "last12Months")
        const range = setup.controller.preset("last12Months")
        compare(findChild(setup.contentItem, "assemblyFromField").text, range.fromText)
        compare(findChild(setup.contentItem, "assemblyToField").text, range.toText)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return setup.view.visible && setup.view.active }, 5000, "the view opens and takes the keyboard")
        tryVerify(function() { return setup.controller.loaded }, 10000, "the pages are read")
    }

    function test_opensWithTheChosenRange() {
        // Last month is the default: February 2026.
        const lastMonth = setup.controller.preset("lastMonth")
        compare(findChild(setup.contentItem, "assemblyFromField").text, lastMonth.fromText)
        compare(lastMonth.from.getMonth(), 1)
        startWithLastTwelveMonths()
        compare(setup.controller.from.getFullYear(), 2025)
        compare(setup.controller.from.getMonth(), 3) // April 2025
        compare(setup.controller.to.getDate(), 14)
        verify(!setup.visible)
        compare(viewItem("assemblyPeriod").text, setup.controller.periodText)
        verify(viewItem("assemblyPeriod").text.length > 0)
        compare(viewItem("assemblyCounter").text, "1 / 7")
    }

    function test_arrowsHomeAndEndMoveThePages() {
        startWithLastTwelveMonths()
        const counter = viewItem("assemblyCounter")
        compare(counter.text, "1 / 7")
        keyClick(Qt.Key_Right)
        compare(counter.text, "2 / 7")
        keyClick(Qt.Key_PageDown)
        compare(counter.text, "3 / 7")
        keyClick(Qt.Key_Left)
        compare(counter.text, "2 / 7")
        keyClick(Qt.Key_End)
        compare(counter.text, "7 / 7")
        compare(setup.controller.current.kind, "balance")
        tryVerify(function() { return findChild(setup.view.contentItem, "assemblyBalanceChart") !== null })
        keyClick(Qt.Key_Right)
        compare(counter.text, "7 / 7", "the last page stays")
        keyClick(Qt.Key_PageUp)
        compare(counter.text, "6 / 7")
        compare(setup.controller.current.kind, "resourceChart")
        tryVerify(function() { return findChild(setup.view.contentItem, "assemblyThresholdChart") !== null })
        verify(findChild(setup.view.contentItem, "assemblyThresholdChart").pointCount > 0)
        keyClick(Qt.Key_Home)
        compare(counter.text, "1 / 7")
        keyClick(Qt.Key_Left)
        compare(counter.text, "1 / 7", "the first page stays")
        // The period is on every page.
        keyClick(Qt.Key_Right)
        verify(viewItem("assemblyPeriod").text.length > 0)
    }

    function test_everyLightHasASymbolAndAWord() {
        startWithLastTwelveMonths()
        const expected = [
            { name: "Carbon footprint", symbol: "✕", word: "Over the limit" },
            { name: "Well", symbol: "!", word: "Near the limit" },
            { name: "Forest", symbol: "✓", word: "Within limits" }
        ]
        for (let i = 0; i < expected.length; ++i) {
            compare(setup.controller.current.kind, "light")
            tryCompare(viewItem("assemblyLightName"), "text", expected[i].name)
            compare(viewItem("lightSymbol").text, expected[i].symbol)
            compare(viewItem("lightWord").text, expected[i].word)
            verify(viewItem("lightWord").visible)
            verify(viewItem("assemblyLightTrend").text.indexOf("Trend:") === 0)
            verify(viewItem("assemblyLightSummary").text.length > 0)
            keyClick(Qt.Key_Right)
        }
        compare(setup.controller.current.kind, "indicatorChart")
        compare(setup.controller.current.title, "Carbon footprint")
    }

    function test_escapeLeaves() {
        startWithLastTwelveMonths()
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !setup.view.visible }, 2000, "Escape closes the view")
    }

    function test_aCustomRangeIsChecked() {
        const from = findChild(setup.contentItem, "assemblyFromField")
        from.forceActiveFocus()
        from.selectAll()
        typeText("2026-03-01")
        compare(setup.preset, "custom")
        const to = findChild(setup.contentItem, "assemblyToField")
        to.forceActiveFocus()
        to.selectAll()
        typeText("2026-02-01")
        keyClick(Qt.Key_Return)
        compare(findChild(setup.contentItem, "assemblySetupError").text, "The first day comes after the last day.")
        verify(!setup.view.visible)
        verify(setup.visible)
        to.selectAll()
        typeText("2026-03-14")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return setup.view.visible })
        tryVerify(function() { return setup.controller.loaded }, 10000)
        compare(setup.controller.from.getDate(), 1)
        compare(setup.controller.from.getMonth(), 2)
    }
}
