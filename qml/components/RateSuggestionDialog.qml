// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Asks before a suggested demurrage rate is recorded: what changes, from
// when, for whom. Only "Record the new rate" records it.
FormDialog {
    id: dialog

    property LedgerSignalsModel signalsModel

    title: qsTr("Accept the suggested rate?")
    operation: "demurrageRate"
    acceptText: qsTr("Record the new rate")

    onOpened: acceptButtonFocus.forceActiveFocus()
    onSubmitted: {
        // The signals may have been read again meanwhile.
        if (!signalsModel.hasSuggestion)
            errorText = qsTr("The suggestion is gone: the signals were read again. Close this and look at the overview again.")
        else
            signalsModel.accept()
    }

    Label {
        objectName: "rateConfirmationText"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: dialog.signalsModel ? dialog.signalsModel.confirmationText : ""
    }
    SecondaryLabel {
        text: dialog.signalsModel ? dialog.signalsModel.suggestionReason : ""
    }
    // Holds the keyboard so that Enter confirms and Escape cancels without
    // a field to type in.
    Item {
        id: acceptButtonFocus
        focus: true
        Accessible.role: Accessible.StaticText
        Accessible.name: dialog.signalsModel ? dialog.signalsModel.confirmationText : ""
    }
}
