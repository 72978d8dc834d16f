// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Feedback on a completed session from one side, and a thank-you note for
// the gratitude wall. Each side writes once; writing again replaces it.
SkillFormDialog {
    id: dialog

    property real sessionId: 0
    property var session: ({})
    property var written: []
    readonly property real author: authorBox.currentValue === undefined ? -1 : authorBox.currentValue

    function openFor(id) {
        sessionId = id
        session = skills ? skills.sessionFields(id) : ({})
        written = skills ? skills.sessionFeedback(id) : []
        open()
    }
    function fill() {
        feedbackField.clear()
        thanksField.clear()
        // currentValue follows currentIndex only after this signal.
        const who = authorBox.valueAt(authorBox.currentIndex)
        for (let i = 0; i < written.length; ++i) {
            if (written[i].author === who) {
                feedbackField.text = written[i].feedback
                thanksField.text = written[i].thanks
            }
        }
    }

    objectName: "sessionFeedbackDialog"
    title: qsTr("Feedback on the session")
    operation: "feedback"
    acceptText: qsTr("Save feedback")

    onOpened: {
        authorBox.currentIndex = 1
        fill()
        authorBox.forceActiveFocus()
    }
    onSubmitted: skills.leaveFeedback(sessionId, author, feedbackField.text, thanksField.text)

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("%1 for %2: %3.").arg(dialog.session.providerName || "").arg(dialog.session.receiverName || "")
                  .arg(dialog.session.description || "")
    }
    Label { text: qsTr("Written by") }
    ComboBox {
        id: authorBox
        objectName: "sessionFeedbackAuthor"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: [
            { value: dialog.session.provider || -1, text: qsTr("%1, who gave it").arg(dialog.session.providerName || "") },
            { value: dialog.session.receiver || -1, text: qsTr("%1, who received it").arg(dialog.session.receiverName || "") }
        ]
        Accessible.name: qsTr("Who writes")
        Keys.onReturnPressed: (event) => dialog.submitFromBox(authorBox, event)
        Keys.onEnterPressed: (event) => dialog.submitFromBox(authorBox, event)
        // What this side wrote before, to change it.
        onCurrentIndexChanged: if (dialog.visible) dialog.fill()
    }
    Label { text: qsTr("Feedback") }
    TextField {
        id: feedbackField
        objectName: "sessionFeedbackField"
        Layout.fillWidth: true
        placeholderText: qsTr("How it went")
        Accessible.name: qsTr("Feedback")
    }
    Label { text: qsTr("Thank-you note (on the gratitude wall)") }
    TextField {
        id: thanksField
        objectName: "sessionThanksField"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. Thank you for your patience!")
        Accessible.name: qsTr("Thank-you note")
        Accessible.description: qsTr("Shown on the gratitude wall")
    }
}
