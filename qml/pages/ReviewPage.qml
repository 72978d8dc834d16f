// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The coordinator's review queue: concerns flagged about members, alerts
// the pattern checks raised, and the sanctions in force by review date.
// Alt+1 … Alt+3 switch the tabs.
FocusScope {
    id: review

    property alias currentTab: tabs.currentIndex
    readonly property var tabPages: [flagsPage, alertsPage, sanctionsPage]
    readonly property alias flagsPage: flagsPage
    readonly property alias alertsPage: alertsPage
    readonly property alias sanctionsPage: sanctionsPage
    readonly property alias trust: trust

    function focusFirstField() {
        showTab(tabs.currentIndex)
    }
    function showTab(index) {
        if (index < 0 || index >= tabPages.length)
            return
        tabs.currentIndex = index
        tabPages[index].focusFirstField()
    }
    // The tab's name with how many wait in it.
    function tabTitle(index) {
        const count = [flagsPage.flags.count, alertsPage.alerts.count, sanctionsPage.sanctions.count][index]
        const name = [qsTr("Flags"), qsTr("Alerts"), qsTr("Sanctions")][index]
        return count > 0 ? qsTr("%1 (%2)").arg(name).arg(count) : name
    }

    // One controller for the three tabs: their dialogs answer through it.
    TrustController {
        id: trust
        ledger: LedgerController
    }

    Repeater {
        model: tabBar.count
        delegate: Item {
            required property int index
            Shortcut {
                enabled: review.visible
                sequence: "Alt+" + (index + 1)
                onActivated: review.showTab(index)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabBar
            objectName: "reviewTabs"
            Layout.fillWidth: true
            currentIndex: tabs.currentIndex
            onCurrentIndexChanged: if (currentIndex !== tabs.currentIndex) review.showTab(currentIndex)

            // A fixed count of tabs: a model that changes with the counts
            // would make the buttons anew and move the current tab.
            Repeater {
                model: 3
                delegate: TabButton {
                    required property int index
                    objectName: "reviewTab-" + index
                    text: review.tabTitle(index)
                    Accessible.name: text
                    Accessible.description: qsTr("Alt+%1").arg(index + 1)
                }
            }
        }
        StackLayout {
            id: tabs
            objectName: "reviewPages"
            Layout.fillWidth: true
            Layout.fillHeight: true

            ReviewFlagsPage {
                id: flagsPage
                objectName: "reviewFlagsPage"
                focus: true
                trust: trust
            }
            ReviewAlertsPage {
                id: alertsPage
                objectName: "reviewAlertsPage"
                trust: trust
            }
            ReviewSanctionsPage {
                id: sanctionsPage
                objectName: "reviewSanctionsPage"
                trust: trust
            }
        }
    }
}
