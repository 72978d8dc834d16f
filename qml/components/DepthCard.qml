// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Mycelium
import Mycelium.Ui

// Depth over breadth: how evenly members give and receive, how many
// distinct pairs trade per trading member, how many concerns raised were
// resolved, and thank-you notes month by month (a small bar chart).
Card {
    id: card

    property alias active: depth.active
    readonly property alias depth: depth
    readonly property color textColor: palette.windowText

    title: qsTr("Depth")
    description: depth.loaded ? qsTr("Depth over breadth, %1.").arg(depth.periodText) : ""

    DepthMetricsModel {
        id: depth
        ledger: LedgerController
    }

    InlineMessage {
        type: InlineMessage.Error
        text: depth.error
    }
    BusyIndicator {
        running: depth.loading && !depth.loaded
        visible: running
        Accessible.name: qsTr("Reading the depth metrics")
    }
    // Three tiles side by side, as the signal tiles above (a Row: the
    // wrapped text needs the width first).
    Row {
        id: tiles
        objectName: "depthTiles"
        Layout.fillWidth: true
        visible: depth.loaded
        spacing: Theme.spacing

        readonly property real tileWidth: (width - 2 * spacing) / 3
        readonly property real tileHeight: Math.max(reciprocityTile.implicitHeight, pairsTile.implicitHeight, resolutionTile.implicitHeight)

        SignalTile {
            id: reciprocityTile
            objectName: "depthReciprocity"
            width: tiles.tileWidth
            height: tiles.tileHeight
            label: qsTr("Reciprocity")
            value: depth.reciprocityText
            detail: depth.reciprocityDetail
        }
        SignalTile {
            id: pairsTile
            objectName: "depthPairs"
            width: tiles.tileWidth
            height: tiles.tileHeight
            label: qsTr("Pairs per trading member")
            value: depth.pairsText
            detail: depth.pairsDetail
        }
        SignalTile {
            id: resolutionTile
            objectName: "depthResolution"
            width: tiles.tileWidth
            height: tiles.tileHeight
            label: qsTr("Concerns resolved")
            value: depth.resolutionText
            detail: depth.resolutionDetail
        }
    }
    Label {
        visible: depth.loaded
        text: qsTr("Gratitude notes per month")
        font.weight: Font.DemiBold
    }
    SecondaryLabel {
        objectName: "depthGratitude"
        visible: depth.loaded
        text: depth.gratitudeDetail
    }
    ChartView {
        id: chart
        objectName: "gratitudeChart"
        Layout.fillWidth: true
        Layout.preferredHeight: 140
        visible: depth.loaded && depth.gratitudeTotal > 0
        antialiasing: true
        legend.visible: false
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        backgroundRoundness: 0
        margins { left: 0; right: 0; top: 0; bottom: 0 }
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Gratitude notes per month")
        Accessible.description: depth.gratitudeSummary

        function replot() {
            monthAxis.categories = depth.monthLabels
            valueAxis.min = 0
            valueAxis.max = Math.max(depth.gratitudeMaximum + 1, 4)
            valueAxis.applyNiceNumbers()
            depth.plotGratitude(gratitudeSet)
        }

        BarSeries {
            barWidth: 0.6
            axisX: BarCategoryAxis {
                id: monthAxis
                labelsColor: card.textColor
                gridVisible: false
                lineVisible: false
            }
            axisY: ValueAxis {
                id: valueAxis
                tickCount: 3
                labelFormat: "%.0f"
                labelsColor: card.textColor
                gridLineColor: Qt.rgba(card.textColor.r, card.textColor.g, card.textColor.b, 0.12)
                lineVisible: false
            }
            BarSet {
                id: gratitudeSet
                objectName: "gratitudeSet"
                label: qsTr("Notes")
                color: Theme.positive
                borderColor: Theme.positive
            }
        }
        Connections {
            target: depth
            function onChanged() { chart.replot() }
        }
        Component.onCompleted: replot()
    }
}
