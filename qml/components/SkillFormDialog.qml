// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Mycelium
import Mycelium.Ui

// A FormDialog for one operation of a SkillsController: a refusal (the
// core's sentence) shows inline and keeps it open; success closes it and
// tells `done(message, id)`.
FormDialog {
    id: dialog

    property SkillsController skills

    signal done(string message, real id)

    // Enter in a closed combo box submits, as in a field; in an open one it
    // takes the highlighted choice.
    function submitFromBox(box, event) {
        if (box.popup.visible) {
            event.accepted = false
            return
        }
        submit()
    }

    Connections {
        target: dialog.skills
        function onOperationFinished(operation, ok, message, id) {
            if (operation !== dialog.operation || !dialog.visible)
                return
            if (ok) {
                dialog.close()
                dialog.done(message, id)
            } else {
                dialog.errorText = message
            }
        }
    }
}
