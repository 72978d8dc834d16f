// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Resolves an open concern, in words: what was done about it.
TrustFormDialog {
    id: dialog

    property real flagId: -1
    property string memberText
    property string reason

    title: qsTr("Resolve the concern about %1").arg(memberText)
    operation: "resolveFlag"
    acceptText: qsTr("Resolve")

    onOpened: {
        resolutionField.clear()
        resolutionField.forceActiveFocus()
    }
    onSubmitted: trust.resolveFlag(flagId, resolutionField.text)

    SecondaryLabel {
        text: qsTr("The concern: %1").arg(dialog.reason)
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Resolution")
    }
    TextField {
        id: resolutionField
        objectName: "flagResolutionField"
        Layout.fillWidth: true
        placeholderText: qsTr("For example: talked it through; the repair is paid once")
        Accessible.name: qsTr("How the concern was resolved")
    }
}
