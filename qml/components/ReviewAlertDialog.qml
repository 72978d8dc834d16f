// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Reviews an alert the pattern checks raised: what the coordinator found.
// A reviewed pattern is not raised again.
TrustFormDialog {
    id: dialog

    property real alertId: -1
    property string kindText
    property string detail

    title: qsTr("Review: %1").arg(kindText)
    operation: "reviewAlert"
    acceptText: qsTr("Mark reviewed")

    onOpened: {
        reviewField.clear()
        reviewField.forceActiveFocus()
    }
    onSubmitted: trust.reviewAlert(alertId, reviewField.text)

    SecondaryLabel {
        text: dialog.detail
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("What the review found")
    }
    TextField {
        id: reviewField
        objectName: "alertReviewField"
        Layout.fillWidth: true
        placeholderText: qsTr("For example: neighbours sharing childcare; nothing wrong")
        Accessible.name: qsTr("What the review found")
    }
}
