// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The skills exchange through the real window, keyboard first, on
// TestVault.skillsSeed's ten listings, four sessions and two
// confirmations: search as you type, a want's matches with their reasons,
// a session planned from a match and completed (one trade), cancelling,
// feedback onto the gratitude wall, mentorship and the member's Skills card.
MainWindowTestCase {
    name: "Skills"

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 10))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        compare(TestVault.skillsSeed(), 10)
        tryVerify(function() { return item("payerPicker").activeFocus })
        keyClick(Qt.Key_7, Qt.ControlModifier)
        compare(item("sections").currentIndex, 6)
        tryVerify(function() { return item("skillSearchField").activeFocus }, 2000, "the search field has the keyboard")
    }

    function board() {
        return item("skillBoardList")
    }
    function descriptions(list) {
        const found = []
        for (let row = 0; row < list.count; ++row)
            found.push(list.model.get(row).description)
        return found
    }
    function openWant(word, description) {
        typeText(word)
        compare(descriptions(board()), [description])
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("skillListingPage").visible }, 2000, "the match view is shown")
        return item("skillListingPage")
    }

    function test_typingNarrowsTheBoardAtEachKey() {
        const list = board()
        compare(list.count, 10)
        compare(item("skillBoardCount").text, "10 listings; Enter opens one with its matches.")
        // No timer: the rows follow each key at once. One letter is a whole
        // word to the search; from two letters on, each key narrows.
        keyClick("w")
        keyClick("e")
        let previous = list.count
        const rest = "ld"
        for (let i = 0; i < rest.length; ++i) {
            keyClick(rest[i])
            verify(list.count <= previous, "typing " + rest[i] + " does not widen the list")
            previous = list.count
        }
        verify(list.count >= 3 && list.count < 10)
        for (let row = 0; row < list.count; ++row) {
            const tags = list.model.get(row).tagsText
            verify(tags.indexOf("welding") >= 0, tags)
        }
        typeText(" gate")
        compare(descriptions(list), ["Fix the garden gate's hinge"])
        // Escape empties the field and the board is whole again.
        keyClick(Qt.Key_Escape)
        compare(item("skillSearchField").text, "")
        compare(list.count, 10)
        compare(unnamedControls(), [], "every control of the board is named")
    }

    function test_filtersNarrowTheBoard() {
        const list = board()
        const page = item("skillBoardPage")
        item("skillMentoringFilter").checked = true
        compare(list.count, 4)
        item("skillKindFilter").currentIndex = 1 // offers
        compare(list.count, 2)
        for (let row = 0; row < list.count; ++row)
            compare(list.model.get(row).kind, "offer")
        page.board.clearFilters()
        item("skillMentoringFilter").checked = false
        item("skillKindFilter").currentIndex = 0
        compare(list.count, 10)
    }

    function test_aWantShowsItsMatchesInOrderWithReasons() {
        const page = openWant("hinge", "Fix the garden gate's hinge")
        compare(item("skillListingTitle").text, "Want: welding")
        const matches = item("skillMatchList")
        tryVerify(function() { return matches.activeFocus }, 2000, "the matches have the keyboard")
        verify(matches.count >= 2, "Ana and Ben both weld")
        compare(matches.model.get(0).memberNumber, 1)
        for (let row = 0; row < matches.count; ++row) {
            const match = matches.model.get(row)
            compare(match.rank, row + 1)
            verify(match.reason.length > 0, "match " + row + " says why")
        }
        compare(item("skillMatchMember-0").text, "Ana Benítez (1)")
        verify(item("skillMatchReason-0").text.indexOf("welding") >= 0, item("skillMatchReason-0").text)
        // Escape comes back to the board, on the same row.
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return board().activeFocus })
        verify(!item("skillListingPage").visible)
    }

    function test_planAndCompleteASessionFromAMatch() {
        openWant("hinge", "Fix the garden gate's hinge")
        const matches = item("skillMatchList")
        tryVerify(function() { return matches.activeFocus })
        matches.currentIndex = 0
        keyClick(Qt.Key_Return)
        const section = item("skillsPage")
        const dialog = section.planDialog
        tryVerify(function() { return dialog.opened })
        // Filled in from the offer and the want; nothing booked yet.
        compare(dialog.providerNumber, 1)
        compare(dialog.receiverNumber, 7)
        const hours = item("sessionHoursField")
        tryVerify(function() { return hours.activeFocus })
        hours.selectAll()
        typeText("2")
        tryVerify(function() { return item("sessionQuote").text.indexOf("24.00") >= 0 }, 2000, item("sessionQuote").text)
        const plannedBefore = section.sessions.planned.count
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 3000, "planning closes the form")
        // The sessions tab shows the new one, selected.
        compare(section.currentTab, 1)
        compare(section.sessions.planned.count, plannedBefore + 1)
        const list = item("plannedSessionList")
        tryVerify(function() { return list.activeFocus })
        compare(list.model.get(list.currentIndex).receiverNumber, 7)

        // Complete: the amount is shown before anything is recorded.
        const trades = TestVault.skillsTradeCount()
        keyClick(Qt.Key_Return)
        const complete = section.sessions.completeDialog
        tryVerify(function() { return complete.opened })
        verify(item("sessionCompleteAmount").text.indexOf("Fatima Zahra (7) pays Ana Benítez (1) 24.00") === 0,
               item("sessionCompleteAmount").text)
        compare(TestVault.skillsTradeCount(), trades)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !complete.visible }, 3000, "completing closes the form")
        compare(TestVault.skillsTradeCount(), trades + 1)
        compare(section.sessions.planned.count, plannedBefore)
        compare(section.sessions.done.count, 3)
        verify(item("sessionsMessage").text.indexOf("24.00") >= 0, item("sessionsMessage").text)
    }

    function test_cancelASessionSayingByWhom() {
        keyClick(Qt.Key_2, Qt.AltModifier)
        const section = item("skillsPage")
        const list = item("plannedSessionList")
        tryVerify(function() { return list.activeFocus })
        compare(list.count, 2)
        keyClick(Qt.Key_Delete)
        const dialog = section.sessions.cancelDialog
        tryVerify(function() { return dialog.opened })
        item("sessionCancelBy").currentIndex = 1
        compare(dialog.by, "receiver")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 3000, "cancelling closes the form: " + dialog.errorText)
        compare(list.count, 1)
        compare(item("sessionsMessage").text, "The session is cancelled by the receiver.")
    }

    function test_feedbackPutsAThankYouOnTheWall() {
        keyClick(Qt.Key_4, Qt.AltModifier)
        const section = item("skillsPage")
        compare(section.gratitude.wall.count, 2)
        // Newest first: both written today, the later session first.
        compare(item("gratitudeText-0").text, "“Rides like new, thanks Ben.”")
        compare(item("gratitudeFromTo-0").text, "Hugo Schäfer (9) → Ben Okafor (2)")
        compare(item("gratitudeFromTo-1").text, "Jamal Carter (11) → Ana Benítez (1)")

        keyClick(Qt.Key_2, Qt.AltModifier)
        const done = item("doneSessionList")
        done.forceActiveFocus()
        let row = -1
        for (let i = 0; i < done.count; ++i) {
            if (done.model.get(i).providerNumber === 1)
                row = i
        }
        verify(row >= 0)
        done.currentIndex = row
        keyClick(Qt.Key_Return)
        const dialog = section.sessions.feedbackDialog
        tryVerify(function() { return dialog.opened })
        // The provider writes this time.
        item("sessionFeedbackAuthor").currentIndex = 0
        typeInto("sessionThanksField", "Thanks for the coffee, Jamal")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible })
        compare(section.gratitude.wall.count, 3)
        keyClick(Qt.Key_4, Qt.AltModifier)
        // Written the same day as the others: it is one of the cards, from Ana to Jamal.
        const wall = section.gratitude.wall
        let note = -1
        for (let i = 0; i < wall.count; ++i) {
            if (wall.get(i).noteText === "Thanks for the coffee, Jamal")
                note = i
        }
        verify(note >= 0)
        compare(item("gratitudeFromTo-" + note).text, "Ana Benítez (1) → Jamal Carter (11)")
    }

    function test_mentorshipPairsLearnersWithMentors() {
        keyClick(Qt.Key_3, Qt.AltModifier)
        const page = item("mentorshipPage")
        const learners = item("learnerList")
        tryVerify(function() { return learners.activeFocus })
        compare(learners.count, 2)
        compare(page.mentors.count, 2)
        // Grace wants to learn the guitar: Dario teaches it at a higher level.
        let grace = -1
        for (let row = 0; row < learners.count; ++row) {
            if (learners.model.get(row).memberNumber === 8)
                grace = row
        }
        verify(grace >= 0)
        learners.currentIndex = grace
        tryCompare(page.matchedMentors, "count", 1)
        compare(page.matchedMentors.get(0).memberNumber, 4)
        verify(page.matchedMentors.get(0).reason.length > 0)
        // Enter moves to the mentors; Enter there plans a mentorship session.
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("matchedMentorList").activeFocus })
        keyClick(Qt.Key_Return)
        const dialog = item("skillsPage").planDialog
        tryVerify(function() { return dialog.opened })
        compare(dialog.providerNumber, 4)
        compare(dialog.receiverNumber, 8)
        verify(item("sessionMentoring").checked)
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !dialog.visible })
        // The planned guitar session is a mentorship session.
        compare(page.sessions.count, 1)
    }

    function test_newOfferWithTagCompletion() {
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const page = item("skillBoardPage")
        const dialog = page.listingDialog
        tryVerify(function() { return dialog.opened })
        compare(dialog.kind, "offer")
        tryVerify(function() { return item("skillListingMemberPicker").activeFocus })
        typeText("5")
        keyClick(Qt.Key_Return)
        compare(dialog.memberNumber, 5)
        const tags = item("skillListingTagsField")
        tags.forceActiveFocus()
        typeText("metal")
        // The synonym completes to the curated tag.
        compare(dialog.completions[0], "welding")
        keyClick(Qt.Key_Down)
        compare(tags.text, "welding, ")
        typeInto("skillListingDescriptionField", "Garden furniture repairs")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 3000, "adding closes the form")
        compare(item("skillBoardMessage").text, "Bjørn Ødegaard offers welding.")
        compare(board().count, 11)
        compare(board().model.get(board().currentIndex).description, "Garden furniture repairs")
    }

    function test_memberPageHasASkillsCard() {
        keyClick(Qt.Key_2, Qt.ControlModifier)
        item("membersStack").openMember(2)
        tryVerify(function() { return findChild(window.contentItem, "memberPage") !== null })
        const card = item("memberPage").skillsCard
        tryCompare(card.listings, "count", 1)
        compare(card.memberSkills.verifications.length, 1)
        verify(item("memberSkillVerification-0").text.indexOf("Hugo Schäfer (9)") >= 0, item("memberSkillVerification-0").text)
        // A second member vouches: the skill is verified.
        const vouch = item("memberVouchButton")
        vouch.forceActiveFocus()
        keyClick(Qt.Key_Space)
        const dialog = card.verifyDialog
        tryVerify(function() { return dialog.opened })
        compare(item("skillVerifyTag").editText, "bike repair")
        item("skillVoucherPicker").forceActiveFocus()
        typeText("4")
        keyClick(Qt.Key_Return)
        compare(dialog.voucherNumber, 4)
        dialog.submit()
        tryVerify(function() { return !dialog.visible })
        compare(card.memberSkills.verifiedCount, 1)
        compare(item("memberSkillsMessage").text, "bike repair is verified.")
    }
}
