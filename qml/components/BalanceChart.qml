// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCharts
import Mycelium
import Mycelium.Ui

// A member's running balance over time (StatementModel's steps), with zero
// and the bottom of the credit line for reference. Drawn in the palette's
// colours, so that it follows light and dark.
ChartView {
    id: chart

    property StatementModel statement
    readonly property alias balanceSeries: balanceSeries
    // The credit line in credits (positive); the floor is drawn at minus it.
    property real creditLine: 0

    readonly property color textColor: palette.windowText
    readonly property color gridColor: Qt.rgba(textColor.r, textColor.g, textColor.b, 0.12)
    readonly property real floor: -creditLine

    // Everything is set here, from the statement itself, when it changes:
    // the axes' ranges (rounded to nice numbers), the balance, zero and
    // the floor of the credit line.
    function replot() {
        const hasData = statement && statement.count > 0
        const start = hasData ? statement.chartStart : new Date()
        const end = hasData ? statement.chartEnd : new Date()
        timeAxis.min = start
        timeAxis.max = end
        const low = Math.min(hasData ? statement.chartMinimum : 0, floor)
        const high = Math.max(hasData ? statement.chartMaximum : 0, 10)
        const margin = Math.max((high - low) * 0.05, 5)
        valueAxis.min = low - margin
        valueAxis.max = high + margin
        valueAxis.applyNiceNumbers()
        if (statement)
            statement.plot(balanceSeries)
        floorSeries.clear()
        floorSeries.append(start.getTime(), floor)
        floorSeries.append(end.getTime(), floor)
        zeroSeries.clear()
        zeroSeries.append(start.getTime(), 0)
        zeroSeries.append(end.getTime(), 0)
    }
    onFloorChanged: replot()

    implicitHeight: 260
    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins { left: 0; right: 0; top: 0; bottom: 0 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Balance over time")

    DateTimeAxis {
        id: timeAxis
        format: "d MMM"
        tickCount: 5
        labelsColor: chart.textColor
        gridLineColor: chart.gridColor
        lineVisible: false
    }
    ValueAxis {
        id: valueAxis
        tickCount: 5
        labelFormat: "%.0f"
        labelsColor: chart.textColor
        gridLineColor: chart.gridColor
        lineVisible: false
    }

    LineSeries {
        id: floorSeries
        name: qsTr("Credit line")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.negative
        width: 1
        style: Qt.DashLine
    }
    LineSeries {
        id: zeroSeries
        name: qsTr("Zero")
        axisX: timeAxis
        axisY: valueAxis
        color: Qt.rgba(chart.textColor.r, chart.textColor.g, chart.textColor.b, 0.4)
        width: 1
    }
    LineSeries {
        id: balanceSeries
        objectName: "balanceSeries"
        name: qsTr("Balance")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.information
        width: 2
    }

    Connections {
        target: chart.statement
        function onChartChanged() { chart.replot() }
    }
    Component.onCompleted: replot()
}
