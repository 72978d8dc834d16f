// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The skills exchange: the board of offers and wants (each opening its
// match view), the sessions planned and done, mentorship and the gratitude
// wall. Alt+1 … Alt+4 switch the tabs; opening the section puts the
// keyboard in the board's search field.
FocusScope {
    id: skillsSection

    property alias currentTab: tabs.currentIndex
    readonly property alias skills: skillsController
    readonly property alias board: boardPage
    readonly property alias sessions: sessionsPage
    readonly property alias mentorship: mentorshipPage
    readonly property alias gratitude: gratitudePage
    readonly property alias planDialog: planDialog
    readonly property var tabPages: [boardPage, sessionsPage, mentorshipPage, gratitudePage]

    function focusFirstField() {
        showTab(tabs.currentIndex)
    }
    function showTab(index) {
        tabs.currentIndex = index
        const page = tabPages[index]
        if (page.focusFirstField)
            page.focusFirstField()
        else
            page.forceActiveFocus()
    }
    // Plans a session from anywhere in the section (the match view, the
    // mentorship tab, the sessions tab).
    function planSession(listingId, matchListingId) {
        planDialog.openFor(listingId, matchListingId)
    }

    // Members and trades change elsewhere; read again when shown.
    onVisibleChanged: if (visible) skillsController.refresh()

    SkillsController {
        id: skillsController
        ledger: LedgerController
    }

    Repeater {
        model: tabBar.count
        delegate: Item {
            required property int index
            Shortcut {
                enabled: skillsSection.visible
                sequence: "Alt+" + (index + 1)
                onActivated: skillsSection.showTab(index)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabBar
            objectName: "skillsTabs"
            Layout.fillWidth: true
            currentIndex: tabs.currentIndex
            onCurrentIndexChanged: if (currentIndex !== tabs.currentIndex) skillsSection.showTab(currentIndex)

            Repeater {
                // In the order of tabPages.
                model: [qsTr("Board"), qsTr("Sessions"), qsTr("Mentorship"), qsTr("Gratitude")]
                delegate: TabButton {
                    required property int index
                    required property string modelData
                    objectName: "skillsTab-" + index
                    text: modelData
                    width: Math.max(implicitWidth, 140)
                    Accessible.name: modelData
                    Accessible.description: qsTr("Alt+%1").arg(index + 1)
                }
            }
        }
        StackLayout {
            id: tabs
            objectName: "skillsPages"
            Layout.fillWidth: true
            Layout.fillHeight: true

            SkillBoardPage {
                id: boardPage
                objectName: "skillBoardPage"
                skills: skillsController
                focus: true
                onPlanSession: (listingId, matchListingId) => skillsSection.planSession(listingId, matchListingId)
            }
            SessionsPage {
                id: sessionsPage
                objectName: "sessionsPage"
                skills: skillsController
                onPlanSession: skillsSection.planSession(0, 0)
            }
            MentorshipPage {
                id: mentorshipPage
                objectName: "mentorshipPage"
                skills: skillsController
                onPlanSession: (listingId, matchListingId) => skillsSection.planSession(listingId, matchListingId)
            }
            GratitudeWallPage {
                id: gratitudePage
                objectName: "gratitudePage"
                skills: skillsController
            }
        }
    }

    SessionPlanDialog {
        id: planDialog
        objectName: "sessionPlanDialog"
        skills: skillsController
        // The new session shows on the sessions tab.
        onPlanned: (id) => {
            skillsSection.showTab(1)
            sessionsPage.showSession(id)
        }
    }
}
