// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Mycelium
import Mycelium.Ui

// A FormDialog for one operation of a CommonsController: a refusal (the
// core's sentence) shows inline and keeps it open; success closes it.
FormDialog {
    id: dialog

    property CommonsController commons
    // Operations that count as this dialog's besides `operation`.
    property var alsoOperations: []

    Connections {
        target: dialog.commons
        function onOperationFinished(operation, ok, message, id) {
            if ((operation !== dialog.operation && dialog.alsoOperations.indexOf(operation) < 0) || !dialog.visible)
                return
            if (ok)
                dialog.close()
            else
                dialog.errorText = message
        }
    }
}
