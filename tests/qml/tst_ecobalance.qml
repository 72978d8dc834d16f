// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium
import Mycelium.Ui
import Mycelium.Test

// The ecological balance screens on TestVault.ecoBalanceSeed's commons:
// the Balance page (ranges, the distribution, settling February 2026 and a
// pledge), a trade's impacts from the Ledger page, and a member's own
// balance on their page.
MainWindowTestCase {
    id: testCase
    name: "EcoBalance"

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 120))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        verify(TestVault.ecoBalanceSeed())
    }

    function openPage() {
        // The Commons section's Balance tab, by its shortcuts.
        keyClick(Qt.Key_6, Qt.ControlModifier)
        keyClick(Qt.Key_2, Qt.AltModifier)
        const page = item("commonsBalance")
        tryVerify(function() { return page.visible }, 2000, "the Balance tab is shown")
        tryVerify(function() { return page.controller.loaded }, 10000, "the balance is read")
        return page
    }

    function test_rangesSwitch() {
        const page = openPage()
        page.focusFirstField()
        verify(item("range1").activeFocus)
        compare(page.controller.rangeYears, 1)
        compare(page.controller.monthCount, 12)
        const chart = item("ecoBalanceChart")
        compare(chart.netLine.count, 12)
        compare(chart.regenerationArea.upperSeries.count, 24)
        keyClick(Qt.Key_5, Qt.AltModifier)
        compare(page.controller.monthCount, 60)
        compare(chart.netLine.count, 60)
        verify(item("range5").checked)
        keyClick(Qt.Key_0, Qt.AltModifier)
        compare(page.controller.monthCount, 120)
        compare(chart.netLine.count, 120)
        // And by Tab and Space.
        item("range1").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(item("range5").activeFocus)
        keyClick(Qt.Key_Space)
        compare(page.controller.rangeYears, 5)
        compare(chart.netLine.count, 60)
        // The trends: February's +20 − 30 − 3 − 5 and the rest of the year.
        const figures = page.controller.trendFigures
        compare(figures.length, 3)
        compare(figures[0].label, "Last 12 months")
        compare(figures[0].regenerationText, "+27")
        verify(item("trendRow-1").visible)
        compare(unnamedControls(), [], "every control of the balance page is named")
    }

    function test_distributionShowsCounts() {
        const page = openPage()
        compare(page.controller.settleMonthText, "February 2026")
        compare(page.controller.distributionMembers, 4)
        const set = item("distributionChart").membersSet
        let total = 0
        for (let i = 0; i < set.count; ++i)
            total += set.at(i)
        compare(total, 4)
        compare(item("distributionSummary").text, "4 members with activity.")
        // Counts only: no name on the page's distribution.
        verify(page.controller.distributionSummary.indexOf("Ana") < 0)
    }

    function test_settlingPaysChargesAndRefusesTheSecondTime() {
        const page = openPage()
        const before = TestVault.availableToSpend(1)
        item("settleButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = page.settleDialog
        tryVerify(function() { return dialog.opened })
        compare(dialog.preview.ok, true)
        compare(dialog.preview.lines.length, 4)
        verify(dialog.preview.summaryText.indexOf("20.00") >= 0, dialog.preview.summaryText)
        // Nothing is recorded by the preview.
        compare(TestVault.ecoBalanceMultiplier(1), 100)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 5000, "the dialog closes when settled")
        tryVerify(function() { return page.controller.settleMonthSettled }, 10000, "the page reads the settlement")
        verify(item("ecoBalanceMessage").text.indexOf("February 2026 is settled") === 0, item("ecoBalanceMessage").text)
        compare(TestVault.availableToSpend(1), before + 2000)
        compare(TestVault.ecoBalanceMultiplier(1), 120)
        compare(TestVault.ecoBalanceMultiplier(2), 70)
        verify(item("settleCard").description.indexOf("is settled") > 0)
        // A second time: the core's refusal, in the dialog.
        item("settleButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(function() { return dialog.opened })
        compare(dialog.preview.ok, false)
        verify(dialog.errorText.length > 0)
        keyClick(Qt.Key_Return)
        verify(dialog.visible, "the refused settlement keeps the dialog open")
        verify(item("settleDialog-result").text.length > 0)
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !dialog.visible })
    }

    function test_aPledgeReplacesTheFee() {
        const page = openPage()
        item("pledgeButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const dialog = page.pledgeDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("pledgeMemberPicker").activeFocus })
        typeText("3")
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "memberNumber", 3)
        tryVerify(function() { return item("pledgeWorkField").activeFocus })
        typeText("two Saturdays at the wetland")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 5000)
        verify(item("ecoBalanceMessage").text.indexOf("Chloé Martin (3) pledged") === 0, item("ecoBalanceMessage").text)
        tryCompare(page.controller.settleMonthPledges, "length", 1)
        // Settling: Chloé owes the work instead of the fee.
        const preview = page.controller.settlementPreview()
        let chloe = null
        for (let i = 0; i < preview.lines.length; ++i) {
            if (preview.lines[i].memberText.indexOf("Chloé") === 0)
                chloe = preview.lines[i]
        }
        verify(chloe)
        compare(chloe.pledged, true)
        compare(chloe.fee, 0)
    }

    function test_tradeImpactsDialogSetsAndShowsImpacts() {
        keyClick(Qt.Key_3, Qt.ControlModifier)
        const list = item("tradeList")
        const id = TestVault.ecoBalanceImpactTrade()
        let row = -1
        tryVerify(function() {
            for (let r = 0; r < list.count; ++r) {
                if (list.model.tradeIdAt(r) === id) {
                    row = r
                    return true
                }
            }
            return false
        }, 5000, "the seeded trade is listed")
        list.currentIndex = row
        list.forceActiveFocus()
        keyClick(Qt.Key_I)
        const dialog = item("ledgerPage").impactsDialog
        tryVerify(function() { return dialog.opened })
        compare(item("impactField-carbon").text, "50")
        compare(item("impactField-water").text, "")
        verify(item("tradeImpactsSummary").text.indexOf("Carbon 50 kg CO2e") >= 0, item("tradeImpactsSummary").text)
        item("impactField-water").forceActiveFocus()
        typeText("300.5")
        item("impactField-land").forceActiveFocus()
        typeText("abc")
        keyClick(Qt.Key_Return)
        verify(dialog.visible, "a wrong quantity keeps the dialog open")
        verify(item("tradeImpactsFieldError").text.length > 0)
        item("impactField-land").selectAll()
        keyClick(Qt.Key_Delete)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(item("reverseResult").text, "Trade " + id + " carries Carbon 50 kg CO2e, Water 300.5 L.")
        keyClick(Qt.Key_I)
        tryVerify(function() { return dialog.opened })
        compare(item("impactField-water").text, "300.5")
        keyClick(Qt.Key_Escape)
    }

    function test_memberCardShowsTheMembersMonths() {
        keyClick(Qt.Key_2, Qt.ControlModifier)
        item("membersStack").openMember(1)
        tryVerify(function() { return item("memberEcoCard").visible })
        const card = item("memberEcoCard")
        compare(card.balance.count, 12)
        compare(item("memberEcoMultiplier").text, "100 %: neutral")
        // Newest first: March, then February's +20.
        const february = item("memberEcoMonth-1")
        compare(february.monthText, "February 2026")
        compare(february.netText, "+20")
        compare(february.settlementText, "not settled yet")
        compare(item("memberEcoMonth-2").netText, "+5")
        verify(card.description.indexOf("+25 points") >= 0, card.description)
    }
}
