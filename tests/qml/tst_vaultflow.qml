// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// First run, unlock, lock and auto-lock, driven through the real window.
MainWindowTestCase {
    name: "VaultFlow"

    function init() {
        TestVault.freshVault()
        VaultController.idleMinutes = 5
    }

    function test_firstRunShowsTheWizard() {
        compare(VaultController.state, VaultController.NoVault)
        openWindow()
        screenIs(VaultController.SetupScreen)
        verify(item("setupWizard"))
        tryVerify(function() { return item("communityNameField").activeFocus }, 2000, "focus starts in the name field")
        compare(item("nextButton").enabled, false)
    }

    function test_weakPassphraseShowsHintAndKeepsCreateDisabled() {
        openWindow()
        screenIs(VaultController.SetupScreen)
        typeInto("communityNameField", community)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("passphraseField").activeFocus }, 2000, "Enter goes on to the passphrase")
        compare(item("stepLabel").text, "Step 2 of 2")

        typeText("password12")
        const verdict = VaultController.passphraseStrength("password12")
        verify(!verdict.acceptable)
        const meter = item("strengthMeter")
        verify(meter.visible)
        compare(item("strengthHint").text, verdict.hint)
        verify(verdict.hint.length > 0)
        compare(item("strengthLabel").text, verdict.label)

        item("confirmField").forceActiveFocus()
        typeText("password12")
        compare(item("createButton").enabled, false)
        // Enter does not get past the rule either; the controller says why.
        keyClick(Qt.Key_Return)
        tryCompare(item("errorMessage"), "text", verdict.hint)
        compare(VaultController.state, VaultController.NoVault)
    }

    function test_mismatchedConfirmationIsRefused() {
        openWindow()
        screenIs(VaultController.SetupScreen)
        typeInto("communityNameField", community)
        mouseClick(item("nextButton"))
        typeInto("passphraseField", passphrase)
        typeInto("confirmField", passphrase + "!")
        verify(item("createButton").enabled)
        mouseClick(item("createButton"))
        const message = item("errorMessage")
        tryVerify(function() { return message.visible })
        verify(message.text.indexOf("not the same") >= 0, message.text)
        compare(VaultController.state, VaultController.NoVault)
        verify(!TestVault.vaultPath.length || VaultController.screen === VaultController.SetupScreen)
    }

    function test_creatingShowsTheOverview() {
        openWindow()
        screenIs(VaultController.SetupScreen)
        // Keyboard only: name, Enter, passphrase, Enter, confirmation, Enter.
        tryVerify(function() { return item("communityNameField").activeFocus })
        typeText(community)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("passphraseField").activeFocus })
        typeText(passphrase)
        keyClick(Qt.Key_Return)
        verify(item("confirmField").activeFocus)
        typeText(passphrase)
        keyClick(Qt.Key_Return)

        screenIs(VaultController.MainScreen)
        compare(item("communityName").text, community)
        compare(item("headerCommunityName").text, community)
        compare(window.title, community + " — Mycelium")
        verify(item("cipherVersion").text.indexOf("SQLCipher") === 0)
        compare(item("vaultPath").text, TestVault.vaultPath)
        verify(item("createdOn").text.indexOf("2026") >= 0, item("createdOn").text)
    }

    function test_ctrlLLocksAndFocusLandsInPassphrase() {
        verify(TestVault.createVault(community, passphrase))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)

        keyClick(Qt.Key_L, Qt.ControlModifier)
        screenIs(VaultController.UnlockScreen)
        compare(VaultController.state, VaultController.Locked)
        compare(VaultController.communityName, "", "nothing from the vault stays while locked")
        tryVerify(function() { return item("passphraseField").activeFocus }, 2000, "focus in the passphrase field")
        compare(item("passphraseField").text, "")
    }

    function test_lockButtonLocks() {
        verify(TestVault.createVault(community, passphrase))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        mouseClick(item("lockButton"))
        screenIs(VaultController.UnlockScreen)
    }

    function test_wrongPassphraseShowsInlineErrorThenRightOneUnlocks() {
        verify(TestVault.createVault(community, passphrase))
        openWindow()
        unlockWith("not the passphrase at all")
        const error = item("errorMessage")
        tryVerify(function() { return error.visible }, 10000, "inline error shows")
        verify(error.text.length > 0)
        compare(VaultController.state, VaultController.Locked)
        compare(VaultController.screen, VaultController.UnlockScreen)
        tryVerify(function() { return item("passphraseField").activeFocus })

        // The wrong text is selected: typing replaces it.
        typeText(passphrase)
        compare(item("passphraseField").text, passphrase)
        keyClick(Qt.Key_Return)
        screenIs(VaultController.MainScreen)
        compare(VaultController.communityName, community)
    }

    function test_idleTimeoutLocksByItself() {
        verify(TestVault.createVault(community, passphrase))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)

        VaultController.setIdleTimeoutMilliseconds(800)
        // Activity keeps it open...
        for (let i = 0; i < 8; ++i) {
            mouseMove(window.contentItem, 100 + i, 100)
            wait(200)
        }
        compare(VaultController.state, VaultController.Unlocked, "moving the pointer counts as activity")
        // ...and without any it locks.
        screenIs(VaultController.UnlockScreen)
        compare(VaultController.state, VaultController.Locked)
    }

    function test_vaultInUseShowsErrorScreen() {
        verify(TestVault.createVault(community, passphrase))
        verify(TestVault.holdVaultElsewhere())
        VaultController.retry()
        compare(VaultController.state, VaultController.Failed)
        compare(VaultController.errorKind, VaultController.VaultBusy)
        openWindow()
        screenIs(VaultController.ErrorScreen)
        compare(item("errorTitle").text, VaultController.errorTitle)
        verify(item("errorAdvice").text.length > 0)
        compare(item("vaultPath").text, TestVault.vaultPath)
        tryVerify(function() { return item("retryButton").activeFocus }, 2000, "Try again has the focus")

        // Still held: Try again shows the same screen.
        keyClick(Qt.Key_Return)
        compare(VaultController.errorKind, VaultController.VaultBusy)

        TestVault.releaseVault()
        keyClick(Qt.Key_Return)
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
    }

    function test_everyScreenNamesItsControls() {
        openWindow()
        screenIs(VaultController.SetupScreen)
        compare(unnamedControls(), [], "wizard, first step")
        typeInto("communityNameField", community)
        keyClick(Qt.Key_Return)
        compare(unnamedControls(), [], "wizard, second step")

        verify(TestVault.createVault(community, passphrase))
        screenIs(VaultController.UnlockScreen)
        compare(unnamedControls(), [], "unlock page")

        verify(TestVault.holdVaultElsewhere())
        VaultController.retry()
        screenIs(VaultController.ErrorScreen)
        compare(unnamedControls(), [], "error page")
        TestVault.releaseVault()
    }

    function test_unlockPageTabOrder() {
        verify(TestVault.createVault(community, passphrase))
        openWindow()
        screenIs(VaultController.UnlockScreen)
        tryVerify(function() { return item("passphraseField").activeFocus })
        keyClick(Qt.Key_Tab)
        verify(item("rememberBox").activeFocus, "Tab: remember")
        keyClick(Qt.Key_Tab)
        verify(item("unlockButton").activeFocus, "Tab: unlock button")
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        verify(item("rememberBox").activeFocus, "Shift+Tab goes back")
        // Enter on the check box unlocks too; the field is empty, so it says so.
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("errorMessage").visible })
        compare(VaultController.state, VaultController.Locked)
    }

    function test_mainViewStartsInTheTradeForm() {
        verify(TestVault.createVault(community, passphrase))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        // The hall: the first key typed after unlocking goes to the payer.
        compare(item("sections").currentIndex, 0)
        tryVerify(function() { return item("payerPicker").activeFocus })
        // Shift+Tab reaches the navigation; Tab moves through it.
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        tryVerify(function() { return item("navigation-7").activeFocus || item("navigation-0").activeFocus })
        item("navigation-0").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(item("navigation-1").activeFocus)
        keyClick(Qt.Key_Return)
        compare(item("sections").currentIndex, 1)
        // Ctrl+number goes straight to a section and into its first field.
        keyClick(Qt.Key_3, Qt.ControlModifier)
        compare(item("sections").currentIndex, 2)
        verify(item("ledgerMemberFilter").activeFocus)
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(item("sections").currentIndex, 0)
        verify(item("payerPicker").activeFocus)
    }
}
