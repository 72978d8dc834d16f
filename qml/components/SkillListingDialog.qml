// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A new offer or want on the board: the member, skill tags (completed from
// the community's vocabulary: Down takes the first suggestion), what it is
// about, the days and a note on availability, the level and mentoring, a
// rate of its own (offers) and an expiry day.
SkillFormDialog {
    id: dialog

    property string kind: "offer"
    property real memberNumber: -1
    property int days: 0
    readonly property var completions: skills && visible ? skills.completeTag(tagsField.text) : []

    function openAs(newKind) {
        kind = newKind
        open()
    }

    objectName: "skillListingDialog"
    title: kind === "offer" ? qsTr("New offer") : qsTr("New want")
    operation: "addListing"
    acceptText: kind === "offer" ? qsTr("Add offer") : qsTr("Add want")

    onOpened: {
        memberNumber = -1
        picker.clearChoice()
        tagsField.clear()
        descriptionField.clear()
        days = 0
        noteField.clear()
        levelBox.currentIndex = 0
        mentoringBox.checked = false
        rateField.clear()
        expiresField.clear()
        picker.forceActiveFocus()
    }
    onSubmitted: skills.addListing({
        kind: kind, member: memberNumber, tags: tagsField.text, description: descriptionField.text,
        days: days, note: noteField.text, level: levelBox.currentValue, mentoring: mentoringBox.checked,
        rate: kind === "offer" ? rateField.text : "", expires: expiresField.text
    })

    Label { text: qsTr("Member") }
    MemberPicker {
        id: picker
        objectName: "skillListingMemberPicker"
        focus: true
        includeCommonsFund: false
        purpose: dialog.kind === "offer" ? qsTr("Member who offers") : qsTr("Member who asks")
        number: dialog.memberNumber
        chosenName: number > 0 ? chosenMember.name : ""
        onPicked: (number) => dialog.memberNumber = number
    }
    MemberDetails {
        id: chosenMember
        ledger: LedgerController
        number: dialog.memberNumber
    }
    Label { text: qsTr("Skills (separated by commas)") }
    TextField {
        id: tagsField
        objectName: "skillListingTagsField"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. welding, bike repair")
        Accessible.name: qsTr("Skill tags")
        Accessible.description: dialog.completions.length > 0 ? qsTr("Down arrow takes %1").arg(dialog.completions[0]) : ""
        Keys.onDownPressed: (event) => {
            if (dialog.completions.length === 0) {
                event.accepted = false
                return
            }
            text = dialog.skills.acceptTag(text, dialog.completions[0])
        }
    }
    // The vocabulary's words for what is typed; a click takes one.
    Flow {
        objectName: "skillListingCompletions"
        Layout.fillWidth: true
        visible: dialog.completions.length > 0
        spacing: Theme.smallSpacing
        Repeater {
            model: dialog.completions
            delegate: StatusBadge {
                required property string modelData
                required property int index
                text: index === 0 ? qsTr("%1 (↓)").arg(modelData) : modelData
                accent: Theme.information
                TapHandler {
                    onTapped: {
                        tagsField.text = dialog.skills.acceptTag(tagsField.text, modelData)
                        tagsField.forceActiveFocus()
                    }
                }
            }
        }
    }
    Label { text: qsTr("Description") }
    TextField {
        id: descriptionField
        objectName: "skillListingDescriptionField"
        Layout.fillWidth: true
        placeholderText: dialog.kind === "offer" ? qsTr("What you can do, in a sentence") : qsTr("What you need, in a sentence")
        Accessible.name: qsTr("Description")
    }
    Label { text: qsTr("Available on (none: any day)") }
    RowLayout {
        Layout.fillWidth: true
        spacing: 0
        Repeater {
            model: 7
            delegate: CheckBox {
                required property int index
                objectName: "skillListingDay-" + (index + 1)
                readonly property int bit: 1 << index
                text: Qt.locale().dayName(index + 1 === 7 ? 0 : index + 1, Locale.ShortFormat)
                checked: (dialog.days & bit) !== 0
                Accessible.name: Qt.locale().dayName(index + 1 === 7 ? 0 : index + 1, Locale.LongFormat)
                onToggled: dialog.days = checked ? (dialog.days | bit) : (dialog.days & ~bit)
            }
        }
    }
    TextField {
        id: noteField
        objectName: "skillListingNoteField"
        Layout.fillWidth: true
        placeholderText: qsTr("Availability note, e.g. evenings")
        Accessible.name: qsTr("Availability note")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Label { text: dialog.kind === "offer" ? qsTr("Level (what can be taught)") : qsTr("Level (where the learner stands)") }
            ComboBox {
                id: levelBox
                objectName: "skillListingLevel"
                Layout.fillWidth: true
                model: dialog.skills ? dialog.skills.levelOptions : []
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Level")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            visible: dialog.kind === "offer"
            Label { text: qsTr("Rate per hour") }
            TextField {
                id: rateField
                objectName: "skillListingRateField"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: dialog.skills ? dialog.skills.hourRateText : ""
                Accessible.name: qsTr("Rate in credits per hour")
                Accessible.description: qsTr("Empty: the community's rate")
            }
        }
    }
    CheckBox {
        id: mentoringBox
        objectName: "skillListingMentoring"
        text: dialog.kind === "offer" ? qsTr("Mentoring: will teach this skill") : qsTr("Mentoring: wants to learn this skill")
        Accessible.name: text
        Keys.onReturnPressed: toggle()
        Keys.onEnterPressed: toggle()
    }
    Label { text: qsTr("Expires on") }
    TextField {
        id: expiresField
        objectName: "skillListingExpiresField"
        Layout.fillWidth: true
        placeholderText: qsTr("Never, or %1").arg(LedgerController.dateFormatHint)
        Accessible.name: qsTr("Expiry day")
        Accessible.description: qsTr("Empty: the listing does not expire")
    }
}
