// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The monthly assembly on a projector: a window of its own, full screen
// (on the second screen when there is one), one light or chart a page in
// large type. Right, Page Down and Space go on; Left and Page Up go back;
// Home and End go to the ends; Escape leaves. Every page shows the days
// it covers and where it is ("3 / 24").
ApplicationWindow {
    id: view

    property AssemblyController controller
    readonly property var page: controller ? controller.current : ({})
    // The type size of the view: every page's text is a multiple of it,
    // read from the back of a room on a 1080-line projector.
    readonly property real unit: Math.max(Theme.baseFontSize * 1.4, Math.min(width / 90, height / 50))

    // Shows the view full screen and takes the keyboard.
    function open() {
        const screens = Qt.application.screens
        if (screens.length > 1 && transientParent) {
            for (let i = 0; i < screens.length; ++i) {
                if (screens[i].name !== transientParent.screen.name) {
                    screen = screens[i]
                    break
                }
            }
        }
        showFullScreen()
        requestActivate()
        pages.forceActiveFocus()
    }
    function leave() {
        close()
    }

    title: qsTr("Assembly")
    width: 1920
    height: 1080
    visible: false
    color: palette.window

    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: view.visible
        onActivated: view.leave()
    }

    FocusScope {
        id: pages
        objectName: "assemblyPages"
        anchors.fill: parent
        focus: true
        Accessible.role: Accessible.Pane
        Accessible.name: qsTr("Assembly, page %1").arg(view.controller ? view.controller.counterText : "")

        Keys.onPressed: (event) => {
            if (!view.controller)
                return
            switch (event.key) {
            case Qt.Key_Right:
            case Qt.Key_PageDown:
            case Qt.Key_Space:
            case Qt.Key_Down:
                view.controller.next()
                break
            case Qt.Key_Left:
            case Qt.Key_PageUp:
            case Qt.Key_Backspace:
            case Qt.Key_Up:
                view.controller.previous()
                break
            case Qt.Key_Home:
                view.controller.first()
                break
            case Qt.Key_End:
                view.controller.last()
                break
            case Qt.Key_Escape:
                view.leave()
                break
            default:
                return
            }
            event.accepted = true
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: view.unit * 1.5
            spacing: view.unit

            RowLayout {
                Layout.fillWidth: true
                spacing: view.unit

                Label {
                    objectName: "assemblyCommunity"
                    Layout.fillWidth: true
                    text: view.controller ? view.controller.communityName : ""
                    elide: Text.ElideRight
                    font.pointSize: view.unit * 0.9
                    opacity: 0.75
                }
                Label {
                    objectName: "assemblyPeriod"
                    text: view.controller ? view.controller.periodText : ""
                    font.pointSize: view.unit * 0.9
                    font.weight: Font.DemiBold
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                BusyIndicator {
                    anchors.centerIn: parent
                    running: view.controller && view.controller.loading
                    visible: running
                    width: view.unit * 4
                    height: width
                    Accessible.name: qsTr("Reading the assembly's pages")
                }
                Label {
                    objectName: "assemblyError"
                    anchors.centerIn: parent
                    width: parent.width
                    visible: view.controller && view.controller.error.length > 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: view.controller ? view.controller.error : ""
                    font.pointSize: view.unit
                }
                Loader {
                    id: pageLoader
                    objectName: "assemblyPageLoader"
                    anchors.fill: parent
                    readonly property string kind: view.page.kind || ""
                    sourceComponent: kind === "light" ? lightComponent
                                   : kind === "resourceChart" || kind === "indicatorChart" ? chartComponent
                                   : kind === "balance" ? balanceComponent : null
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: view.unit

                Label {
                    Layout.fillWidth: true
                    text: qsTr("← → move · Home End · Esc leaves")
                    font.pointSize: view.unit * 0.6
                    opacity: 0.6
                }
                Label {
                    objectName: "assemblyCounter"
                    text: view.controller ? view.controller.counterText : ""
                    font.pointSize: view.unit * 0.9
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Page %1").arg(text)
                }
            }
        }
    }

    Component {
        id: lightComponent
        AssemblyLightPage {
            objectName: "assemblyLightPage"
            page: view.page
            unit: view.unit
        }
    }
    Component {
        id: chartComponent
        AssemblyChartPage {
            objectName: "assemblyChartPage"
            page: view.page
            controller: view.controller
            unit: view.unit
        }
    }
    Component {
        id: balanceComponent
        AssemblyBalancePage {
            objectName: "assemblyBalancePage"
            page: view.page
            controller: view.controller
            unit: view.unit
        }
    }
}
