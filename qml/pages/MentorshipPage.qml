// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Mentorship: the learners (wants to learn) beside the mentors matched to
// the selected one, each with the reason; below, every mentor (offers to
// teach) and the mentorship sessions. Enter on a matched mentor plans a
// session; Tab moves between the lists.
FocusScope {
    id: page

    property SkillsController skills
    readonly property alias learners: learnerModel
    readonly property alias mentors: mentorModel
    readonly property alias learnerList: learnerList
    readonly property alias matchedMentors: learnerDetails.matches
    readonly property alias matchedMentorList: matchedList
    readonly property alias sessions: sessionModel

    signal planSession(real listingId, real matchListingId)

    function focusFirstField() {
        if (learnerList.count > 0)
            learnerList.forceActiveFocus()
        else
            mentorList.forceActiveFocus()
    }

    SkillBoardModel {
        id: learnerModel
        skills: page.skills
        kind: "want"
        mentoringOnly: true
    }
    SkillBoardModel {
        id: mentorModel
        skills: page.skills
        kind: "offer"
        mentoringOnly: true
    }
    SkillListingDetails {
        id: learnerDetails
        skills: page.skills
        listingId: learnerList.currentIndex >= 0 ? learnerModel.idAt(learnerList.currentIndex) : 0
    }
    SessionModel {
        id: sessionModel
        skills: page.skills
        mentoringOnly: true
    }

    component Section: ColumnLayout {
        property string title
        property string hint
        default property alias content: slot.data
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        spacing: Theme.smallSpacing
        Heading {
            level: 2
            text: parent.title
        }
        // A section's hint is fixed; the matched mentors say their skills in the title.
        SecondaryLabel {
            text: parent.hint
            visible: parent.hint.length > 0
        }
        ColumnLayout {
            id: slot
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    component ListingList: ListView {
        id: listView
        property string emptyText
        signal activated(int row)
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 2
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        currentIndex: 0
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        ScrollBar.vertical: ScrollBar { }
        Keys.onReturnPressed: if (count > 0) activated(currentIndex)
        Keys.onEnterPressed: if (count > 0) activated(currentIndex)
        SecondaryLabel {
            anchors.fill: parent
            visible: listView.count === 0
            text: listView.emptyText
        }
        delegate: SkillListingRow {
            width: listView.width
            objectName: listView.objectName + "-" + index
            highlighted: listView.currentIndex === index && listView.activeFocus
            onClicked: {
                listView.currentIndex = index
                listView.forceActiveFocus()
                listView.activated(index)
            }
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        anchors.topMargin: Theme.largeSpacing
        anchors.bottomMargin: Theme.spacing
        columns: 2
        columnSpacing: Theme.largeSpacing
        rowSpacing: Theme.largeSpacing

        Section {
            title: qsTr("Learners (%1)").arg(learnerList.count)
            hint: qsTr("Select one to see their mentors.")
            ListingList {
                id: learnerList
                objectName: "learnerList"
                model: learnerModel
                Accessible.name: qsTr("Learners")
                emptyText: qsTr("Nobody asks to learn yet: a want with Mentoring ticked shows here.")
                onActivated: matchedList.forceActiveFocus()
            }
        }
        Section {
            title: learnerDetails.exists ? qsTr("Mentors for %1 (%2)").arg(learnerModel.get(learnerList.currentIndex).memberName || "").arg(learnerDetails.tagsText)
                                         : qsTr("Mentors for a learner")
            ListView {
                id: matchedList
                objectName: "matchedMentorList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: learnerDetails.matches
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Mentors matched to the selected learner, best first")
                ScrollBar.vertical: ScrollBar { }
                Keys.onReturnPressed: if (count > 0) page.planSession(learnerDetails.listingId, learnerDetails.matches.idAt(Math.max(0, currentIndex)))
                Keys.onEnterPressed: if (count > 0) page.planSession(learnerDetails.listingId, learnerDetails.matches.idAt(Math.max(0, currentIndex)))
                SecondaryLabel {
                    anchors.fill: parent
                    visible: matchedList.count === 0
                    text: learnerList.count === 0 ? "" : qsTr("No mentor above this learner's level offers these skills yet.")
                }
                delegate: ItemDelegate {
                    id: mentorRow
                    required property int index
                    required property string memberText
                    required property string levelText
                    required property string reason
                    required property string accessibleText
                    objectName: "matchedMentor-" + index
                    width: matchedList.width
                    focusPolicy: Qt.NoFocus
                    highlighted: matchedList.currentIndex === index && matchedList.activeFocus
                    Accessible.role: Accessible.ListItem
                    Accessible.name: accessibleText
                    onClicked: {
                        matchedList.currentIndex = index
                        page.planSession(learnerDetails.listingId, learnerDetails.matches.idAt(index))
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: mentorRow.highlighted ? Qt.rgba(mentorRow.palette.highlight.r, mentorRow.palette.highlight.g, mentorRow.palette.highlight.b, 0.25)
                                                     : mentorRow.palette.base
                        border.color: Qt.rgba(mentorRow.palette.windowText.r, mentorRow.palette.windowText.g, mentorRow.palette.windowText.b, 0.12)
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: mentorRow.levelText.length > 0 ? qsTr("%1 · %2").arg(mentorRow.memberText).arg(mentorRow.levelText) : mentorRow.memberText
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "matchedMentorReason-" + mentorRow.index
                            Layout.fillWidth: true
                            text: mentorRow.reason
                            wrapMode: Text.Wrap
                            font.italic: true
                        }
                    }
                }
            }
        }
        Section {
            title: qsTr("Mentors (%1)").arg(mentorList.count)
            hint: qsTr("Offers to teach.")
            ListingList {
                id: mentorList
                objectName: "mentorList"
                model: mentorModel
                Accessible.name: qsTr("Mentors")
                emptyText: qsTr("Nobody offers to teach yet: an offer with Mentoring ticked shows here.")
                onActivated: (row) => page.planSession(mentorModel.idAt(row), 0)
            }
        }
        Section {
            title: qsTr("Mentorship sessions (%1)").arg(mentorshipSessions.count)
            SessionList {
                id: mentorshipSessions
                objectName: "mentorshipSessionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: sessionModel
                Accessible.name: qsTr("Mentorship sessions")
                emptyText: qsTr("No mentorship sessions yet.")
            }
        }
    }
}
