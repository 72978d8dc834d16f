// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The trust screens through the real window, keyboard first: the trust
// profile on the member page, flagging a concern there and resolving it in
// the review queue, scanning for a back-and-forth ring, a sanction with its
// review date (listed, badged on the member page, enforced at the hall) and
// the depth card on the overview. The members are
// TestVault.createLedgerVault's: 1 Ana Benítez, 2 Ben Okafor, 3 Chloé
// Martin (no PIN), 4 Dario Rossi, …
MainWindowTestCase {
    name: "Review"

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 30))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        tryVerify(function() { return item("payerPicker").activeFocus })
    }

    function cleanup() {
        TestVault.resetClock()
    }

    function openMember(query) {
        keyClick(Qt.Key_2, Qt.ControlModifier)
        tryVerify(function() { return item("memberSearchField").activeFocus })
        const field = item("memberSearchField")
        field.selectAll()
        typeText(query)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return findChild(window.contentItem, "memberPage") !== null })
        return item("memberPage")
    }

    function openReview(tab) {
        keyClick(Qt.Key_8, Qt.ControlModifier)
        compare(item("sections").currentIndex, 7)
        keyClick(Qt.Key_1 + tab, Qt.AltModifier)
        compare(item("reviewPage").currentTab, tab)
        return item("reviewPage")
    }

    function test_skillsIsCtrl7ReviewCtrl8AndSettingsCtrl9() {
        keyClick(Qt.Key_7, Qt.ControlModifier)
        compare(item("sections").currentIndex, 6)
        compare(item("navigation-6").text, "Skills")
        keyClick(Qt.Key_8, Qt.ControlModifier)
        compare(item("sections").currentIndex, 7)
        compare(item("navigation-7").text, "Review")
        keyClick(Qt.Key_9, Qt.ControlModifier)
        compare(item("sections").currentIndex, 8)
        compare(item("navigation-8").text, "Settings")
    }

    function test_trustProfileShowsEveryDimensionAndTheScoreParts() {
        const page = openMember("ana")
        const card = page.trustCard
        tryVerify(function() { return card.profile.exists })
        compare(item("trustDimensions").count, 6)
        verify(card.profile.hasHistory, "Ana has traded")
        const formula = item("trustFormula").Accessible.name
        verify(formula.indexOf("× ecological") > 0 && formula.indexOf("= score") > 0, formula)
        verify(!item("memberSanctionBadge").visible)
        verify(!item("memberFlagsBadge").visible)
        compare(unnamedControls(), [])
    }

    function test_flagOnTheMemberPageThenResolveInTheQueue() {
        const page = openMember("dario")
        const card = page.trustCard
        tryVerify(function() { return card.profile.exists })
        // Ctrl+Shift+F opens the form with the keyboard in "Raised by".
        keyClick(Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
        const dialog = card.flagDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("flagReporterPicker").activeFocus })
        typeText("2")
        keyClick(Qt.Key_Return)
        compare(dialog.reporterNumber, 2)
        tryVerify(function() { return item("flagReasonField").activeFocus })
        typeText("Asked to be paid twice for one repair")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(TestVault.trustOpenFlags(4), 1)
        tryVerify(function() { return item("memberFlagsBadge").visible })
        compare(item("trustOpenFlags").text, "1 open concern for review")
        verify(item("trustActionMessage").text.indexOf("Dario Rossi") >= 0)

        const review = openReview(0)
        const flags = review.flagsPage
        tryCompare(flags.flags, "count", 1)
        const row = flags.flagList.itemAtIndex(0)
        compare(row.heading, "4 · Dario Rossi")
        verify(row.facts.indexOf("Ben Okafor") >= 0, row.facts)
        row.actionButton.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(function() { return flags.resolveDialog.opened })
        // Empty: refused in words.
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("flagResolveDialog-result").visible })
        typeText("Talked it through; paid once")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !flags.resolveDialog.visible })
        compare(flags.flags.count, 0)
        verify(item("noFlags").visible)
        compare(TestVault.trustOpenFlags(4), 0)
        // Resolved ones on request, with the resolution.
        item("showResolvedFlags").forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(flags.flags.count, 1)
        verify(flags.flagList.itemAtIndex(0).note.indexOf("Talked it through") >= 0)
    }

    function test_scanFindsTheBackAndForthRing() {
        verify(TestVault.trustSeedRing())
        const review = openReview(1)
        const alerts = review.alertsPage
        tryVerify(function() { return item("scanAlertsButton").activeFocus })
        compare(alerts.alerts.count, 0)
        keyClick(Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
        tryVerify(function() { return alerts.alerts.count > 0 })
        verify(item("alertActionMessage").text.length > 0)
        let ring = -1
        for (let i = 0; i < alerts.alerts.count; ++i) {
            if (alerts.alerts.get(i).kind === "ring")
                ring = i
        }
        verify(ring >= 0, "the ring is among the alerts")
        const row = alerts.alertList.itemAtIndex(ring)
        verify(row.heading.indexOf("Luz Moreno") >= 0 && row.heading.indexOf("Mateo Silva") >= 0, row.heading)
        const before = alerts.alerts.count
        row.actionButton.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(function() { return alerts.reviewDialog.opened })
        typeText("Housemates sharing bike repairs")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !alerts.reviewDialog.visible })
        compare(alerts.alerts.count, before - 1)
    }

    function test_sanctionListedBadgedAndEnforcedAtTheHall() {
        const review = openReview(2)
        const sanctions = review.sanctionsPage
        verify(item("noSanctions").visible)
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const dialog = sanctions.sanctionDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("sanctionMemberPicker").activeFocus })
        typeText("3")
        keyClick(Qt.Key_Return)
        compare(dialog.number, 3)
        tryVerify(function() { return item("sanctionLevelBox").activeFocus })
        // Down twice: warning → reduced → suspended, and the effect in words.
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(dialog.level, "suspended")
        verify(item("sanctionEffect").text.indexOf("mediation required") >= 0, item("sanctionEffect").text)
        item("sanctionReasonField").forceActiveFocus()
        typeText("Threatened a member at the hall")
        // The review date must be after today.
        const reviewField = item("sanctionReviewField")
        reviewField.forceActiveFocus()
        reviewField.selectAll()
        typeText("2026-03-14")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("reviewSanctionDialog-result").visible })
        reviewField.forceActiveFocus()
        reviewField.selectAll()
        typeText("2026-04-30")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(TestVault.trustSanctionOf(3), "suspended")
        compare(sanctions.sanctions.count, 1)
        const row = sanctions.sanctionList.itemAtIndex(0)
        compare(row.heading, "3 · Chloé Martin — Suspended")
        verify(row.facts.indexOf("review on") >= 0 && row.facts.indexOf("2026") > 0, row.facts)
        verify(item("sanctionActionMessage").text.indexOf("Chloé Martin") >= 0)

        // The member page shows it beside the status.
        openMember("chloe")
        tryVerify(function() { return item("memberSanctionBadge").visible })
        compare(item("memberSanctionBadge").text, "Sanction: Suspended")
        verify(item("creditExplanation").text.indexOf("suspended until mediation") >= 0, item("creditExplanation").text)
        compare(item("trustSanctionHistory").count, 1)

        // And the hall refuses the trade.
        keyClick(Qt.Key_1, Qt.ControlModifier)
        tryVerify(function() { return item("payerPicker").activeFocus })
        typeText("3")
        keyClick(Qt.Key_Return)
        typeText("1")
        keyClick(Qt.Key_Return)
        typeText("5")
        const warning = item("tradeWarning")
        tryVerify(function() { return warning.text.indexOf("suspended until mediation") >= 0 }, 2000, warning.text)
    }

    function test_sanctionFromTheMemberPageThenLift() {
        const page = openMember("dario")
        const card = page.trustCard
        tryVerify(function() { return card.profile.exists })
        card.sanctionButton.forceActiveFocus()
        keyClick(Qt.Key_Space)
        const dialog = card.sanctionDialog
        tryVerify(function() { return dialog.opened })
        compare(dialog.level, "warning")
        item("sanctionReasonField").forceActiveFocus()
        typeText("Paid twice for one repair")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(TestVault.trustSanctionOf(4), "warning")
        tryVerify(function() { return item("memberSanctionBadge").visible })
        // Opened again on a sanctioned member, it proposes lifting.
        card.sanctionButton.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(function() { return dialog.opened })
        compare(dialog.level, "none")
        verify(!item("sanctionReviewField").visible, "lifting has no review date")
        item("sanctionReasonField").forceActiveFocus()
        typeText("Talked it through")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(TestVault.trustSanctionOf(4), "none")
        tryVerify(function() { return !item("memberSanctionBadge").visible })
        compare(item("trustSanctionHistory").count, 2)
    }

    function test_depthCardShowsFigures() {
        keyClick(Qt.Key_4, Qt.ControlModifier)
        const card = item("depthCard")
        tryVerify(function() { return card.depth.loaded }, 10000)
        verify(card.visible)
        verify(item("depthReciprocity").value.indexOf("%") > 0, item("depthReciprocity").value)
        verify(item("depthPairs").detail.indexOf("distinct pairs") > 0, item("depthPairs").detail)
        compare(item("depthResolution").detail, "No concerns raised in the period.")
        verify(item("depthGratitude").text.length > 0)
    }

    function test_earnedRedemptionStepsDown() {
        // Grace (8): a warning past its review date with three sessions given since.
        verify(TestVault.trustSeedReview())
        const review = openReview(2)
        const sanctions = review.sanctionsPage
        tryCompare(sanctions.sanctions, "count", 3)
        compare(sanctions.sanctions.earnedCount, 1)
        compare(sanctions.redeemButton.text, "Apply earned redemptions (1)")
        sanctions.redeemButton.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(sanctions.sanctions, "count", 2)
        compare(TestVault.trustSanctionOf(8), "none")
        verify(item("sanctionActionMessage").text.indexOf("Grace Liu") >= 0, item("sanctionActionMessage").text)
        compare(sanctions.sanctions.rowOf(8), -1)
    }
}
