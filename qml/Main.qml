// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The window: shows the screen the controller asks for. A page is created
// anew each time its screen appears, so no typed passphrase and nothing read
// from the vault outlives a lock.
ApplicationWindow {
    id: window

    width: 1000
    height: 680
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: VaultController.communityName.length > 0
           ? qsTr("%1 — Mycelium").arg(VaultController.communityName)
           : qsTr("Mycelium")

    // The application palette, which the platform theme sets from the
    // desktop's colour scheme (light or dark). Qt 6.4's Fusion style for
    // Qt Quick reads the platform theme only, so follow the application
    // palette explicitly; it changes along with the system.
    SystemPalette {
        id: activeColors
        colorGroup: SystemPalette.Active
    }
    SystemPalette {
        id: disabledColors
        colorGroup: SystemPalette.Disabled
    }
    palette {
        window: activeColors.window
        windowText: activeColors.windowText
        base: activeColors.base
        alternateBase: activeColors.alternateBase
        text: activeColors.text
        button: activeColors.button
        buttonText: activeColors.buttonText
        highlight: activeColors.highlight
        highlightedText: activeColors.highlightedText
        light: activeColors.light
        midlight: activeColors.midlight
        mid: activeColors.mid
        dark: activeColors.dark
        shadow: activeColors.shadow
        disabled.window: disabledColors.window
        disabled.windowText: disabledColors.windowText
        disabled.base: disabledColors.base
        disabled.text: disabledColors.text
        disabled.button: disabledColors.button
        disabled.buttonText: disabledColors.buttonText
        disabled.highlight: disabledColors.highlight
        disabled.highlightedText: disabledColors.highlightedText
    }

    Shortcut {
        objectName: "lockShortcut"
        sequence: "Ctrl+L"
        enabled: VaultController.state === VaultController.Unlocked
        onActivated: VaultController.lock()
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (VaultController.screen) {
            case VaultController.SetupScreen:
                return setupScreen
            case VaultController.UnlockScreen:
                return unlockScreen
            case VaultController.ErrorScreen:
                return errorScreen
            default:
                return mainScreen
            }
        }
    }

    Component {
        id: setupScreen
        SetupWizard {
            objectName: "setupWizard"
            focus: true
        }
    }
    Component {
        id: unlockScreen
        UnlockPage {
            objectName: "unlockPage"
            focus: true
        }
    }
    Component {
        id: errorScreen
        ErrorPage {
            objectName: "errorPage"
            focus: true
        }
    }
    Component {
        id: mainScreen
        MainView {
            objectName: "mainView"
            focus: true
        }
    }
}
