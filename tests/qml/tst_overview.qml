// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The overview's self-regulation signals through the real window: the
// values and charts, the circulation target, and a suggested demurrage
// rate that is recorded only after a confirmation, or rejected.
MainWindowTestCase {
    name: "Overview"

    property var page: null
    property var signalsModel: null

    function showOverview() {
        keyClick(Qt.Key_4, Qt.ControlModifier)
        compare(item("sections").currentIndex, 3)
        page = item("overviewPage")
        signalsModel = page.signalsModel
        tryVerify(function() { return signalsModel.loaded && !signalsModel.loading }, 10000, "the signals are read")
    }

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 150))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        tryVerify(function() { return item("payerPicker").activeFocus })
        showOverview()
    }

    function tomorrowText() {
        return LedgerController.formatDate(new Date(2026, 2, 15))
    }

    // Opens the target dialog with the keyboard and types the band.
    function typeTarget(low, high) {
        item("setTargetButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = page.targetDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("targetLowField").activeFocus })
        typeText(low)
        keyClick(Qt.Key_Tab)
        verify(item("targetHighField").activeFocus)
        typeText(high)
        keyClick(Qt.Key_Return)
        return dialog
    }

    function setTargetFarBelowCirculation() {
        const dialog = typeTarget("1", "2")
        tryVerify(function() { return !dialog.visible }, 5000, "the target is saved")
        tryVerify(function() { return item("suggestionCard").visible }, 10000, "a higher rate is suggested")
    }

    function test_signalsAndChartsAreShown() {
        verify(signalsModel.circulationText.length > 0)
        compare(item("circulationTile-value").text, signalsModel.circulationText)
        compare(item("commonsFundTile-value").text, signalsModel.commonsFundText)
        compare(item("nearFloorTile-value").text, signalsModel.nearFloorShareText)
        verify(item("nearFloorTile-detail").text.indexOf("of 11 active members") >= 0, item("nearFloorTile-detail").text)
        compare(item("nearCeilingTile-detail").text.indexOf("No accumulation ceiling"), 0)

        const bars = item("volumeChart").volumeSet
        compare(bars.count, 12)
        verify(bars.at(11) > 0, "this month has trades")
        verify(bars.at(0) === 0, "a year ago there were none")
        const velocity = item("velocityChart").velocitySeries
        compare(velocity.count, 12)
        verify(velocity.at(10).y > 0, "last month's money changed hands")
        verify(item("velocityCard").description.indexOf(signalsModel.velocityText) >= 0)

        verify(!item("suggestionCard").visible)
        compare(item("targetText").text, "No target set")
        // The vault's facts are still there below.
        compare(item("communityName").text, community)
        compare(unnamedControls(), [], "every control on the overview is named")
    }

    function test_targetIsCheckedInTheDialog() {
        const dialog = typeTarget("600", "200")
        const result = item("targetDialog-result")
        tryVerify(function() { return result.visible })
        verify(result.text.indexOf("more than the low end") >= 0, result.text)
        verify(dialog.opened, "a refusal keeps the dialog open")
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !dialog.visible })
        compare(item("targetText").text, "No target set")
        verify(!item("suggestionCard").visible)
    }

    function test_acceptRecordsTheRateOnlyAfterConfirmation() {
        setTargetFarBelowCirculation()
        verify(item("targetStatus").text.indexOf("above the target band") >= 0, item("targetStatus").text)
        verify(item("suggestionText").text.indexOf("Raise the demurrage rate") === 0, item("suggestionText").text)
        verify(item("suggestionReason").text.indexOf(tomorrowText()) >= 0, item("suggestionReason").text)

        // Accept asks first; Escape leaves the rate as it is.
        item("acceptSuggestionButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const confirm = page.rateDialog
        tryVerify(function() { return confirm.opened })
        verify(item("rateConfirmationText").text.indexOf(tomorrowText()) >= 0, item("rateConfirmationText").text)
        compare(unnamedControls(), [], "the confirmation's controls are named")
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !confirm.visible })
        compare(TestVault.demurragePpmOn("2026-03-15"), 1000)
        verify(item("suggestionCard").visible)

        // Confirmed with Enter: recorded from tomorrow, today unchanged.
        item("acceptSuggestionButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return confirm.opened })
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !confirm.visible }, 5000, "the dialog closes when the rate is recorded")
        compare(TestVault.demurragePpmOn("2026-03-14"), 1000)
        compare(TestVault.demurragePpmOn("2026-03-15"), 2000)
        tryVerify(function() { return !item("suggestionCard").visible && item("scheduledRate").visible }, 10000)
        verify(item("scheduledRate").text.indexOf(tomorrowText()) >= 0, item("scheduledRate").text)
        verify(item("overviewMessage").text.indexOf(tomorrowText()) >= 0, item("overviewMessage").text)
    }

    function test_rejectHidesTheSuggestionForThisSession() {
        setTargetFarBelowCirculation()
        item("rejectSuggestionButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !item("suggestionCard").visible })
        verify(item("overviewMessage").text.indexOf("hidden") >= 0, item("overviewMessage").text)
        compare(TestVault.demurragePpmOn("2026-03-15"), 1000, "nothing recorded")

        // Away and back: still hidden.
        keyClick(Qt.Key_1, Qt.ControlModifier)
        showOverview()
        verify(!item("suggestionCard").visible)

        // After a lock it is suggested again.
        keyClick(Qt.Key_L, Qt.ControlModifier)
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        tryVerify(function() { return item("payerPicker").activeFocus })
        showOverview()
        tryVerify(function() { return item("suggestionCard").visible })
        compare(TestVault.demurragePpmOn("2026-03-15"), 1000)
    }
}
