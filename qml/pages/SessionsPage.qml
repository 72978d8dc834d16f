// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Sessions, planned and done, of everyone or of one member. On a planned
// session Enter completes it (after showing the amount) and Delete cancels
// it; on a done one Enter opens its feedback. Ctrl+N plans a new session.
FocusScope {
    id: page

    property SkillsController skills
    property real memberNumber: -1
    readonly property alias planned: plannedModel
    readonly property alias done: doneModel
    readonly property alias plannedList: plannedList
    readonly property alias doneList: doneList
    readonly property alias completeDialog: completeDialog
    readonly property alias cancelDialog: cancelDialog
    readonly property alias feedbackDialog: feedbackDialog
    property string lastMessage

    signal planSession()

    function focusFirstField() {
        if (plannedList.count > 0)
            plannedList.forceActiveFocus()
        else if (doneList.count > 0)
            doneList.forceActiveFocus()
        else
            memberPicker.forceActiveFocus()
    }
    // Selects a session just planned.
    function showSession(id) {
        const row = plannedModel.rowOf(id)
        if (row >= 0) {
            plannedList.currentIndex = row
            plannedList.forceActiveFocus()
        }
    }
    function completeCurrent() {
        if (plannedList.count > 0)
            completeDialog.openFor(plannedModel.idAt(Math.max(0, plannedList.currentIndex)))
    }
    function cancelCurrent() {
        if (plannedList.count > 0)
            cancelDialog.openFor(plannedModel.idAt(Math.max(0, plannedList.currentIndex)))
    }
    function feedbackOnCurrent() {
        if (doneList.count > 0)
            feedbackDialog.openFor(doneModel.idAt(Math.max(0, doneList.currentIndex)))
    }

    SessionModel {
        id: plannedModel
        skills: page.skills
        state: "planned"
        memberNumber: page.memberNumber
    }
    SessionModel {
        id: doneModel
        skills: page.skills
        state: "completed"
        memberNumber: page.memberNumber
    }

    Shortcut {
        sequences: [StandardKey.New]
        enabled: page.visible
        onActivated: page.planSession()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        anchors.topMargin: Theme.largeSpacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Heading {
                Layout.fillWidth: true
                text: qsTr("Sessions")
            }
            MemberPicker {
                id: memberPicker
                objectName: "sessionMemberFilter"
                Layout.fillWidth: false
                Layout.preferredWidth: 260
                includeCommonsFund: false
                placeholderText: qsTr("Everyone (type a member)")
                purpose: qsTr("Show only this member's sessions")
                number: page.memberNumber
                chosenName: number > 0 ? filterMember.name : ""
                onPicked: (number) => page.memberNumber = number
            }
            MemberDetails {
                id: filterMember
                ledger: LedgerController
                number: page.memberNumber
            }
            Button {
                objectName: "sessionPlanButton"
                text: qsTr("Plan session…")
                Accessible.name: qsTr("Plan a session")
                Accessible.description: qsTr("Ctrl+N")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Plan a session (Ctrl+N)")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.planSession()
            }
        }
        InlineMessage {
            objectName: "sessionsMessage"
            type: InlineMessage.Positive
            text: page.lastMessage
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Heading {
                level: 2
                Layout.fillWidth: true
                text: qsTr("Planned (%1)").arg(plannedList.count)
            }
            Button {
                objectName: "sessionCompleteButton"
                text: qsTr("Complete…")
                enabled: plannedList.count > 0
                Accessible.name: qsTr("Complete the selected session and record its trade")
                Accessible.description: qsTr("Enter on a planned session")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Complete the selected session (Enter)")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.completeCurrent()
            }
            Button {
                objectName: "sessionCancelButton"
                text: qsTr("Cancel…")
                enabled: plannedList.count > 0
                Accessible.name: qsTr("Cancel the selected session")
                Accessible.description: qsTr("Delete on a planned session")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Cancel the selected session (Delete)")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.cancelCurrent()
            }
        }
        SessionList {
            id: plannedList
            objectName: "plannedSessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 1
            model: plannedModel
            Accessible.name: qsTr("Planned sessions")
            emptyText: qsTr("No sessions planned. Plan one from a match on the board, or with Plan session….")
            onActivated: page.completeCurrent()
            Keys.onDeletePressed: page.cancelCurrent()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Heading {
                level: 2
                Layout.fillWidth: true
                text: qsTr("Done (%1)").arg(doneList.count)
            }
            Button {
                objectName: "sessionFeedbackButton"
                text: qsTr("Feedback…")
                enabled: doneList.count > 0
                Accessible.name: qsTr("Feedback and a thank-you note on the selected session")
                Accessible.description: qsTr("Enter on a done session")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Feedback on the selected session (Enter)")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.feedbackOnCurrent()
            }
        }
        SessionList {
            id: doneList
            objectName: "doneSessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 1
            model: doneModel
            Accessible.name: qsTr("Done sessions")
            emptyText: qsTr("No sessions done yet.")
            onActivated: page.feedbackOnCurrent()
        }
    }

    SessionCompleteDialog {
        id: completeDialog
        skills: page.skills
        onDone: (message, id) => {
            page.lastMessage = message
            const row = doneModel.rowOf(id)
            if (row >= 0)
                doneList.currentIndex = row
            page.focusFirstField()
        }
    }
    SessionCancelDialog {
        id: cancelDialog
        skills: page.skills
        onDone: (message, id) => {
            page.lastMessage = message
            page.focusFirstField()
        }
    }
    SessionFeedbackDialog {
        id: feedbackDialog
        skills: page.skills
        onDone: (message, id) => {
            page.lastMessage = message
            doneList.forceActiveFocus()
        }
    }
}
