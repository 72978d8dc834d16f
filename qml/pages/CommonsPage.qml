// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The commons: the dashboard of warning lights first (what the assembly
// looks at), each light opening its resource's or indicator's page, and the
// ecological balance. Alt+1 and Alt+2 switch the tabs; opening the section
// puts the keyboard on the lights. The assembly view (Ctrl+Shift+A) and the
// assembly report (Ctrl+Shift+R) start from here.
FocusScope {
    id: commonsSection

    property alias currentTab: tabs.currentIndex
    readonly property alias commons: commonsController
    readonly property alias assemblySetup: assemblySetup
    readonly property alias reportDialog: reportDialog
    readonly property var tabPages: [dashboard, ecoBalancePage]

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

    // Trades and members change elsewhere; the lights are read again when
    // the section is shown.
    onVisibleChanged: if (visible) commonsController.refresh()

    CommonsController {
        id: commonsController
        ledger: LedgerController
    }

    Repeater {
        model: tabBar.count
        delegate: Item {
            required property int index
            Shortcut {
                enabled: commonsSection.visible
                sequence: "Alt+" + (index + 1)
                onActivated: commonsSection.showTab(index)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            TabBar {
                id: tabBar
                objectName: "commonsTabs"
                Layout.fillWidth: true
                currentIndex: tabs.currentIndex
                onCurrentIndexChanged: if (currentIndex !== tabs.currentIndex) commonsSection.showTab(currentIndex)

                Repeater {
                    // In the order of tabPages.
                    model: [qsTr("Dashboard"), qsTr("Balance")]
                    delegate: TabButton {
                        required property int index
                        required property string modelData
                        objectName: "commonsTab-" + index
                        text: modelData
                        width: Math.max(implicitWidth, 140)
                        Accessible.name: modelData
                        Accessible.description: qsTr("Alt+%1").arg(index + 1)
                    }
                }
            }
            ToolButton {
                objectName: "commonsAssemblyView"
                Layout.preferredHeight: tabBar.height
                Layout.rightMargin: Theme.smallSpacing
                text: qsTr("Assembly view…")
                Accessible.name: qsTr("Assembly view: the lights and charts full screen for a projector")
                Accessible.description: qsTr("Ctrl+Shift+A")
                onClicked: assemblySetup.open()
            }
            ToolButton {
                objectName: "commonsReport"
                Layout.preferredHeight: tabBar.height
                Layout.rightMargin: Theme.smallSpacing
                text: qsTr("Report…")
                Accessible.name: qsTr("Assembly report as a PDF")
                Accessible.description: qsTr("Ctrl+Shift+R")
                onClicked: reportDialog.open()
            }
        }
        StackLayout {
            id: tabs
            objectName: "commonsPages"
            Layout.fillWidth: true
            Layout.fillHeight: true

            CommonsDashboard {
                id: dashboard
                objectName: "commonsDashboard"
                commons: commonsController
                focus: true
            }
            EcoBalancePage {
                id: ecoBalancePage
                objectName: "commonsBalance"
            }
        }
    }

    Shortcut {
        enabled: commonsSection.visible
        sequence: "Ctrl+Shift+A"
        onActivated: assemblySetup.open()
    }
    Shortcut {
        enabled: commonsSection.visible
        sequence: "Ctrl+Shift+R"
        onActivated: reportDialog.open()
    }
    AssemblySetupDialog {
        id: assemblySetup
        objectName: "commonsAssemblySetup"
    }
    AssemblyReportDialog {
        id: reportDialog
        objectName: "commonsReportDialog"
    }
}
