// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The settings page, driven through the real window.
MainWindowTestCase {
    name: "Settings"

    function init() {
        verify(TestVault.createVault(community, passphrase))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
    }

    function openSettings() {
        const entry = item("navigation-7")
        // Keyboard: Tab reaches the navigation, Space opens the section.
        entry.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(item("sections").currentIndex, 7)
    }

    function test_changePassphrase() {
        openSettings()
        const next = "a different, longer passphrase 2026"
        typeInto("currentPassphraseField", passphrase)
        typeInto("newPassphraseField", next)
        verify(item("newPassphraseStrength").visible)
        typeInto("confirmPassphraseField", next)
        keyClick(Qt.Key_Return)

        const result = item("passphraseResult")
        tryVerify(function() { return result.visible }, 10000)
        compare(result.type, 1 /* InlineMessage.Positive */, result.text)
        compare(item("currentPassphraseField").text, "", "fields are cleared after success")

        // The new passphrase opens the vault, the old one no longer does.
        keyClick(Qt.Key_L, Qt.ControlModifier)
        unlockWith(passphrase)
        tryVerify(function() { return item("errorMessage").visible }, 10000)
        compare(VaultController.state, VaultController.Locked)
        item("passphraseField").selectAll()
        typeText(next)
        keyClick(Qt.Key_Return)
        screenIs(VaultController.MainScreen)
    }

    function test_changePassphraseRefusesWrongCurrentAndMismatch() {
        openSettings()
        typeInto("currentPassphraseField", passphrase)
        typeInto("newPassphraseField", "another good passphrase here")
        typeInto("confirmPassphraseField", "another good passphrase there")
        keyClick(Qt.Key_Return)
        const result = item("passphraseResult")
        tryVerify(function() { return result.visible })
        compare(result.type, 3 /* InlineMessage.Error */)
        verify(result.text.indexOf("not the same") >= 0, result.text)

        item("currentPassphraseField").clear()
        typeInto("currentPassphraseField", "this is not it at all")
        item("confirmPassphraseField").clear()
        typeInto("confirmPassphraseField", "another good passphrase here")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !VaultController.busy && result.text.length > 0 && result.text.indexOf("not the same") < 0 }, 10000)
        compare(result.type, 3 /* InlineMessage.Error */, result.text)
        compare(VaultController.state, VaultController.Unlocked)
    }

    function test_holdDaysAreSavedInTheVault() {
        openSettings()
        const spinBox = item("holdDaysSpinBox")
        compare(spinBox.value, 3)
        compare(spinBox.displayText, "3 days")
        spinBox.forceActiveFocus()
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        compare(spinBox.value, 5)
        compare(item("toolSettingsMessage").text, "A returned item now waits 5 days for the next member in its queue.")
        // Read back from the vault, not from the spin box.
        VaultController.lock()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        openSettings()
        compare(item("holdDaysSpinBox").value, 5)
    }

    function test_idleMinutesAreSaved() {
        openSettings()
        const spinBox = item("idleMinutesSpinBox")
        compare(spinBox.value, 5)
        spinBox.forceActiveFocus()
        keyClick(Qt.Key_Up)
        compare(VaultController.idleMinutes, 6)
        VaultController.idleMinutes = 0
        compare(spinBox.value, 0)
        compare(spinBox.displayText, "Never")
        VaultController.idleMinutes = 500
        compare(VaultController.idleMinutes, VaultController.maximumIdleMinutes)
        VaultController.idleMinutes = 5
    }

    function test_verifyListsResults() {
        openSettings()
        // Tab order: focus the button, Space presses it.
        item("verifyButton").forceActiveFocus()
        keyClick(Qt.Key_Space)
        const result = item("verifyResult")
        tryVerify(function() { return result.visible }, 5000)
        compare(result.type, 1 /* InlineMessage.Positive */, result.text)
        verify(VaultController.verified)
        compare(VaultController.verifyProblems.length, 0)
    }

    function test_rekeyKeepsThePassphrase() {
        openSettings()
        typeInto("rekeyPassphraseField", passphrase)
        keyClick(Qt.Key_Return)
        const result = item("rekeyResult")
        tryVerify(function() { return result.visible }, 10000)
        compare(result.type, 1 /* InlineMessage.Positive */, result.text)

        item("lockNowButton").forceActiveFocus()
        keyClick(Qt.Key_Space)
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
    }

    function test_everyFocusableControlHasAnAccessibleName() {
        compare(unnamedControls(), [], "overview")
        openSettings()
        compare(unnamedControls(), [], "settings")
    }

    function test_ctrlLLocksWhileTypingInAField() {
        openSettings()
        typeInto("currentPassphraseField", "half typed")
        keyClick(Qt.Key_L, Qt.ControlModifier)
        screenIs(VaultController.UnlockScreen)
        compare(VaultController.state, VaultController.Locked)
    }
}
