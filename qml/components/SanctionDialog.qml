// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// One step of the graduated sanctions, applied by the coordinator: the
// member, the level (warning, reduced credit line, suspended, excluded, or
// lifting it), the reason the journal keeps and the review date. Says what
// the level does in the ledger before it is applied.
TrustFormDialog {
    id: dialog

    // Preset by the member page; -1 asks for the member.
    property real presetNumber: -1
    property real number: -1
    // The level to propose first (Member::sanctionName).
    property string presetLevel: "warning"
    readonly property string level: levelBox.currentIndex >= 0 ? trust.levelOptions[levelBox.currentIndex].value : ""
    readonly property bool lifting: level === "none"
    readonly property alias levelBox: levelBox
    readonly property alias reasonField: reasonField
    readonly property alias reviewField: reviewField
    readonly property alias memberPicker: memberPicker

    title: presetNumber > 0 ? qsTr("Sanction %1").arg(chosen.name) : qsTr("Apply a sanction")
    operation: "applySanction"
    acceptText: lifting ? qsTr("Lift") : qsTr("Apply")

    onOpened: {
        number = presetNumber
        if (presetNumber < 0)
            memberPicker.clearChoice()
        const options = trust.levelOptions
        for (let i = 0; i < options.length; ++i) {
            if (options[i].value === presetLevel)
                levelBox.currentIndex = i
        }
        reasonField.clear()
        reviewField.text = trust.defaultReviewText
        if (presetNumber < 0)
            memberPicker.forceActiveFocus()
        else
            levelBox.forceActiveFocus()
    }
    onSubmitted: trust.applySanction(number, level, reasonField.text, reviewField.text)

    MemberDetails {
        id: chosen
        ledger: LedgerController
        number: dialog.number
    }

    Label {
        visible: dialog.presetNumber < 0
        text: qsTr("Member")
    }
    MemberPicker {
        id: memberPicker
        objectName: "sanctionMemberPicker"
        visible: dialog.presetNumber < 0
        includeCommonsFund: false
        purpose: qsTr("Member to sanction")
        number: dialog.number
        chosenName: number > 0 ? chosen.name : ""
        onPicked: (number) => {
            dialog.number = number
            if (number > 0)
                Qt.callLater(levelBox.forceActiveFocus)
        }
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Level")
    }
    ComboBox {
        id: levelBox
        objectName: "sanctionLevelBox"
        Layout.fillWidth: true
        model: dialog.trust ? dialog.trust.levelOptions : []
        textRole: "text"
        Accessible.name: qsTr("Level of the sanction")
    }
    InlineMessage {
        objectName: "sanctionEffect"
        type: dialog.lifting ? InlineMessage.Positive : InlineMessage.Warning
        text: levelBox.currentIndex >= 0 && dialog.trust ? dialog.trust.levelOptions[levelBox.currentIndex].effect : ""
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Reason")
    }
    TextField {
        id: reasonField
        objectName: "sanctionReasonField"
        Layout.fillWidth: true
        placeholderText: dialog.lifting ? qsTr("For example: mediation concluded on 12 May") : qsTr("For example: decided at the assembly of 2 March")
        Accessible.name: qsTr("Reason for the step")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        visible: !dialog.lifting
        text: qsTr("Review on")
    }
    TextField {
        id: reviewField
        objectName: "sanctionReviewField"
        Layout.fillWidth: true
        visible: !dialog.lifting
        placeholderText: LedgerController.dateFormatHint
        inputMethodHints: Qt.ImhDate
        Accessible.name: qsTr("Review date")
        Accessible.description: qsTr("The day a coordinator looks at the sanction again")
    }
    SecondaryLabel {
        visible: !dialog.lifting
        text: qsTr("A warning or reduced line steps down by itself after the review date once %1 has made %2 contributions; suspension and exclusion are lifted here after mediation.").arg(dialog.number > 0 ? chosen.name : qsTr("the member")).arg(dialog.trust ? dialog.trust.redemptionContributions : 3)
    }
}
