// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The commons at a glance, for the assembly's projector: every warning
// light, worst first, each a tile with its shape, symbol and word, the
// value against the threshold and the trend. Arrow keys move between the
// tiles, Enter (or a click) opens a resource's or an indicator's page
// within the tab; Escape comes back. Above the tiles, the emergency
// overrides of the current period. Ctrl+N adds a resource.
FocusScope {
    id: page

    property CommonsController commons
    readonly property alias lights: lights
    readonly property alias grid: grid
    readonly property alias resourceDialog: resourceDialog
    readonly property alias indicatorDialog: indicatorDialog
    // "resource" or "indicator" while a detail page is shown; empty: the tiles.
    property string openSubject
    property real openId: 0
    readonly property Item detailPage: openSubject === "resource" ? resourceLoader.item
                                     : openSubject === "indicator" ? indicatorLoader.item : null
    property string lastMessage
    property bool lastMessageIsError: false

    function focusFirstField() {
        if (detailPage)
            detailPage.focusFirstField()
        else
            grid.forceActiveFocus()
    }
    function openLight(row) {
        const light = lights.get(row)
        if (light.id === undefined)
            return
        lastMessage = ""
        grid.currentIndex = row
        openId = light.id
        openSubject = light.subject
        Qt.callLater(page.focusFirstField)
    }
    function backToDashboard() {
        const row = lights.rowOf(openSubject, openId)
        openSubject = ""
        openId = 0
        if (row >= 0)
            grid.currentIndex = row
        grid.forceActiveFocus()
    }
    // Imports measurements from a CSV file; the answer shows above the tiles.
    function importFile(url) {
        commons.importMeasurements(url)
    }

    CommonsLightsModel {
        id: lights
        commons: page.commons
    }

    Connections {
        target: page.commons
        function onOperationFinished(operation, ok, message, id) {
            if (operation === "importMeasurements") {
                page.lastMessage = message
                page.lastMessageIsError = !ok
            } else if (ok && (operation === "saveResource" || operation === "saveIndicator") && page.openSubject.length === 0) {
                page.lastMessage = message
                page.lastMessageIsError = false
                const row = lights.rowOf(operation === "saveResource" ? "resource" : "indicator", id)
                if (row >= 0)
                    grid.currentIndex = row
                grid.forceActiveFocus()
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.New]
        enabled: page.visible && page.openSubject.length === 0 && !resourceDialog.visible && !indicatorDialog.visible
        onActivated: resourceDialog.openFor(0)
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.openSubject === "resource" ? 1 : page.openSubject === "indicator" ? 2 : 0

        ColumnLayout {
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                Layout.topMargin: Theme.largeSpacing
                spacing: Theme.spacing

                Heading {
                    Layout.fillWidth: false
                    text: qsTr("Commons")
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "addResourceButton"
                    text: qsTr("Add resource…")
                    Accessible.name: qsTr("Add a commons resource")
                    Accessible.description: qsTr("Ctrl+N")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: resourceDialog.openFor(0)
                }
                Button {
                    objectName: "addIndicatorButton"
                    text: qsTr("Add indicator…")
                    Accessible.name: qsTr("Add an ecological indicator")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: indicatorDialog.openFor(0)
                }
                Button {
                    objectName: "importMeasurementsButton"
                    text: qsTr("Import measurements…")
                    Accessible.name: qsTr("Import measurements from a CSV file")
                    Accessible.description: qsTr("Columns: %1").arg(page.commons ? page.commons.importColumnsText : "")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: importChooser.open()
                }
            }

            SecondaryLabel {
                objectName: "commonsLightCounts"
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                Layout.topMargin: -Theme.smallSpacing
                text: lights.count === 0 ? qsTr("Nothing is watched yet: add a resource or an indicator.")
                    : qsTr("%1 over the limit · %2 near it · %3 without recent data · %4 within limits")
                          .arg(lights.redCount).arg(lights.amberCount).arg(lights.greyCount).arg(lights.greenCount)
            }
            InlineMessage {
                objectName: "commonsMessage"
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                type: page.lastMessageIsError ? InlineMessage.Error : InlineMessage.Positive
                text: page.lastMessage
            }
            InlineMessage {
                objectName: "commonsLoadError"
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                type: InlineMessage.Error
                text: lights.error
            }

            // The emergency overrides of the current period: the assembly sees them.
            Control {
                id: overridesStrip
                objectName: "commonsOverrides"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                visible: page.commons !== null && page.commons.currentOverrides.length > 0
                padding: Theme.spacing
                leftPadding: Theme.spacing + 6
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Emergency overrides, %1").arg(page.commons ? page.commons.overridesPeriodText : "")

                background: Rectangle {
                    radius: Theme.radius
                    color: Qt.rgba(Theme.negative.r, Theme.negative.g, Theme.negative.b, 0.10)
                    border.color: Theme.negative
                    Rectangle {
                        width: 6
                        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
                        color: Theme.negative
                    }
                }
                // A Column: the list changes with every override.
                contentItem: Column {
                    spacing: 2
                    Label {
                        text: qsTr("⚠ Emergency overrides, %1").arg(page.commons ? page.commons.overridesPeriodText : "")
                        font.bold: true
                    }
                    Repeater {
                        model: page.commons ? page.commons.currentOverrides : []
                        delegate: Label {
                            required property var modelData
                            required property int index
                            objectName: "commonsOverride-" + index
                            width: overridesStrip.availableWidth
                            wrapMode: Text.Wrap
                            text: modelData.text
                            Accessible.role: Accessible.ListItem
                            Accessible.name: text
                        }
                    }
                }
            }

            GridView {
                id: grid
                objectName: "commonsLightGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: Theme.pageMargin - Theme.smallSpacing
                Layout.rightMargin: Theme.pageMargin - Theme.smallSpacing
                Layout.bottomMargin: Theme.spacing
                readonly property int columns: Math.max(1, Math.floor(width / 240))
                cellWidth: Math.floor(width / columns)
                cellHeight: 192
                clip: true
                focus: true
                model: lights
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                currentIndex: 0
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Warning lights, worst first")
                ScrollBar.vertical: ScrollBar { }

                Keys.onReturnPressed: page.openLight(currentIndex)
                Keys.onEnterPressed: page.openLight(currentIndex)
                Keys.onSpacePressed: page.openLight(currentIndex)

                delegate: Item {
                    id: cell
                    required property var model
                    required property int index
                    width: grid.cellWidth
                    height: grid.cellHeight

                    AbstractButton {
                        id: tile
                        objectName: "commonsTile-" + cell.index
                        anchors.fill: parent
                        anchors.margins: Theme.smallSpacing
                        focusPolicy: Qt.NoFocus
                        readonly property bool current: grid.currentIndex === cell.index
                        readonly property bool darkPalette: palette.window.hslLightness < palette.windowText.hslLightness
                        Accessible.role: Accessible.Button
                        Accessible.name: cell.model.accessibleText
                        Accessible.description: qsTr("Enter opens its page")
                        Accessible.focused: current && grid.activeFocus
                        onClicked: page.openLight(cell.index)

                        background: Rectangle {
                            radius: Theme.radius
                            color: tile.darkPalette ? Qt.lighter(tile.palette.window, 1.3) : tile.palette.base
                            border.width: tile.current && grid.activeFocus ? 3 : 1
                            border.color: tile.current && grid.activeFocus ? tile.palette.highlight
                                        : Qt.rgba(tile.palette.windowText.r, tile.palette.windowText.g, tile.palette.windowText.b, 0.2)
                            Rectangle {
                                width: 6
                                radius: 2
                                anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: tile.current && grid.activeFocus ? 3 : 1 }
                                color: badge.accent
                            }
                        }
                        contentItem: ColumnLayout {
                            spacing: 4
                            LightBadge {
                                id: badge
                                objectName: "commonsTileBadge-" + cell.index
                                state: cell.model.state
                                symbol: cell.model.symbol
                                word: cell.model.word
                                large: true
                            }
                            Label {
                                objectName: "commonsTileName-" + cell.index
                                Layout.fillWidth: true
                                text: cell.model.name
                                elide: Text.ElideRight
                                font.pointSize: Theme.subheadingFontSize
                                font.weight: Font.DemiBold
                            }
                            Label {
                                objectName: "commonsTileValue-" + cell.index
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                text: cell.model.subject === "resource"
                                      ? qsTr("%1 of %2 (%3 %)").arg(cell.model.valueText).arg(cell.model.thresholdText).arg(cell.model.percent)
                                      : qsTr("%1; threshold %2").arg(cell.model.valueText).arg(cell.model.thresholdText)
                            }
                            SecondaryLabel {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                wrapMode: Text.NoWrap
                                text: [cell.model.subject === "resource" ? qsTr("Resource") : qsTr("Indicator"), cell.model.period]
                                      .filter(function(part) { return part.length > 0 }).join(" · ")
                            }
                            SecondaryLabel {
                                objectName: "commonsTileTrend-" + cell.index
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                wrapMode: Text.NoWrap
                                text: qsTr("Trend: %1").arg(cell.model.trendWord)
                            }
                            Item {
                                Layout.fillHeight: true
                            }
                        }
                        leftPadding: Theme.spacing + 6
                        rightPadding: Theme.spacing
                        topPadding: Theme.spacing
                        bottomPadding: Theme.spacing
                    }
                }
            }
        }

        Loader {
            id: resourceLoader
            active: page.openSubject === "resource"
            sourceComponent: CommonsResourcePage {
                objectName: "commonsResourcePage"
                commons: page.commons
                resourceId: page.openId
                onBack: page.backToDashboard()
            }
        }
        Loader {
            id: indicatorLoader
            active: page.openSubject === "indicator"
            sourceComponent: CommonsIndicatorPage {
                objectName: "commonsIndicatorPage"
                commons: page.commons
                indicatorId: page.openId
                onBack: page.backToDashboard()
            }
        }
    }

    CommonsResourceDialog {
        id: resourceDialog
        commons: page.commons
        function openFor(id) {
            resourceId = id
            open()
        }
    }
    CommonsIndicatorDialog {
        id: indicatorDialog
        commons: page.commons
        function openFor(id) {
            indicatorId = id
            open()
        }
    }
    FileDialog {
        id: importChooser
        title: qsTr("Import measurements from a CSV file")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: page.importFile(selectedFile)
    }
}
