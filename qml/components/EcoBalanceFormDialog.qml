// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Mycelium
import Mycelium.Ui

// A FormDialog for an EcoBalanceController operation ("settle", "pledge"):
// it closes when the operation succeeds and shows the core's refusal
// otherwise.
FormDialog {
    id: dialog

    property EcoBalanceController controller

    Connections {
        target: dialog.controller
        function onOperationFinished(operation, ok, message) {
            if (operation !== dialog.operation || !dialog.visible)
                return
            if (ok)
                dialog.close()
            else
                dialog.errorText = message
        }
    }
}
