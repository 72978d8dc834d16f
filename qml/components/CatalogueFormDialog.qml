// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Mycelium
import Mycelium.Ui

// A FormDialog for one operation of a CatalogueController: a refusal shows
// inline and keeps it open; success closes it.
FormDialog {
    id: dialog

    property CatalogueController catalogue

    Connections {
        target: dialog.catalogue
        function onOperationFinished(operation, ok, message, assetTag) {
            if (operation !== dialog.operation || !dialog.visible)
                return
            if (ok)
                dialog.close()
            else
                dialog.errorText = message
        }
    }
}
