// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium
import Mycelium.Ui
import Mycelium.Test

// Shared steps of the window tests: open the real Main.qml in a window of
// its own, find its parts by objectName, type into fields.
TestCase {
    id: testCase

    readonly property string passphrase: "correct horse battery staple"
    readonly property string community: "Riverside Commons"
    property var window: null

    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function openWindow() {
        window = createTemporaryObject(mainComponent, testCase)
        verify(window, "Main.qml loads")
        window.requestActivate()
        tryVerify(function() { return window.active }, 5000, "the window becomes active")
        return window
    }

    function item(name) {
        // Popups and dialogs live in the window's overlay.
        const found = findChild(window.contentItem, name) || findChild(window.contentItem.parent, name)
        verify(found, "found " + name)
        return found
    }

    function screenIs(screen) {
        tryCompare(VaultController, "screen", screen, 10000)
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function typeInto(name, text) {
        const field = item(name)
        field.forceActiveFocus()
        verify(field.activeFocus, name + " has the focus")
        typeText(text)
        compare(field.text, text)
    }

    function unlockWith(passphrase) {
        screenIs(VaultController.UnlockScreen)
        tryVerify(function() { return item("passphraseField").activeFocus }, 2000, "focus in the passphrase field")
        typeText(passphrase)
        keyClick(Qt.Key_Return)
    }

    // Every control that Tab reaches must tell a screen reader what it is.
    function unnamedControls() {
        const unnamed = []
        function walk(node) {
            if (!node.visible)
                return
            if (node.activeFocusOnTab) {
                const name = node.Accessible.name
                // The editor inside a spin box is named by the spin box.
                const namedByParent = node.parent && node.parent.Accessible.name.length > 0
                if ((!name || name.length === 0) && !namedByParent)
                    unnamed.push(node.toString() + " " + node.objectName)
            }
            for (let i = 0; i < node.children.length; ++i)
                walk(node.children[i])
        }
        walk(window.contentItem)
        return unnamed
    }
}
