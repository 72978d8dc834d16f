// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The tool library: the lending desk first (what a volunteer needs at the
// counter), then the catalogue, the overdue list and the maintenance list.
// Alt+1 … Alt+4 switch the tabs; opening the section puts the keyboard in
// the desk's scan field.
FocusScope {
    id: library

    property alias currentTab: tabs.currentIndex
    readonly property var tabPages: [deskPage, cataloguePage, overduePage, maintenancePage]

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

    Repeater {
        model: tabBar.count
        delegate: Item {
            required property int index
            Shortcut {
                enabled: library.visible
                sequence: "Alt+" + (index + 1)
                onActivated: library.showTab(index)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabBar
            objectName: "toolTabs"
            Layout.fillWidth: true
            currentIndex: tabs.currentIndex
            onCurrentIndexChanged: if (currentIndex !== tabs.currentIndex) library.showTab(currentIndex)

            Repeater {
                model: [qsTr("Desk"), qsTr("Catalogue"), qsTr("Overdue"), qsTr("Maintenance")]
                delegate: TabButton {
                    required property int index
                    required property string modelData
                    objectName: "toolTab-" + index
                    text: modelData
                    Accessible.name: modelData
                    Accessible.description: qsTr("Alt+%1").arg(index + 1)
                }
            }
        }
        StackLayout {
            id: tabs
            objectName: "toolPages"
            Layout.fillWidth: true
            Layout.fillHeight: true

            DeskPage {
                id: deskPage
                objectName: "deskPage"
                focus: true
            }
            CataloguePage {
                id: cataloguePage
                objectName: "cataloguePage"
            }
            OverduePage {
                id: overduePage
                objectName: "overduePage"
            }
            ToolMaintenancePage {
                id: maintenancePage
                objectName: "toolMaintenancePage"
            }
        }
    }
}
