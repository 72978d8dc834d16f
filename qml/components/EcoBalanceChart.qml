// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCharts
import Mycelium

// The ecological balance month by month: regeneration above the zero line,
// extraction and then trade impacts below it, stacked, and the net as a
// line. The series are filled from C++ in one go by `plot(regeneration,
// extraction, impacts, net)` (EcoBalanceController.plotMonths or
// AssemblyController.plotBalance), so ten years draw as fast as one.
ChartView {
    id: chart

    // function(regenerationArea, extractionArea, impactsArea, netLine)
    property var plot: null
    property date from
    property date to
    property real minimum: -1
    property real maximum: 1
    // Larger type on a projector.
    property real fontScale: 1
    property string summary

    readonly property color textColor: palette.windowText
    readonly property color gridColor: Qt.rgba(textColor.r, textColor.g, textColor.b, 0.12)
    readonly property real years: (to.getTime() - from.getTime()) / (365.25 * 24 * 3600 * 1000)
    readonly property alias regenerationArea: regenerationArea
    readonly property alias extractionArea: extractionArea
    readonly property alias impactsArea: impactsArea
    readonly property alias netLine: netLine

    function replot() {
        if (!plot || isNaN(from.getTime()) || isNaN(to.getTime()))
            return
        monthAxis.min = from
        monthAxis.max = to
        valueAxis.min = minimum
        valueAxis.max = maximum
        valueAxis.applyNiceNumbers()
        plot(regenerationArea, extractionArea, impactsArea, netLine)
    }

    implicitHeight: 300
    antialiasing: true
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins { left: 0; right: 0; top: 0; bottom: 0 }
    legend.alignment: Qt.AlignBottom
    legend.labelColor: textColor
    legend.font.pointSize: Theme.baseFontSize * fontScale
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Ecological balance per month")
    Accessible.description: summary

    DateTimeAxis {
        id: monthAxis
        // A label a month for a year, a year a label beyond.
        format: chart.years > 1.5 ? "yyyy" : "MMM yyyy"
        tickCount: chart.years > 1.5 ? Math.min(11, Math.round(chart.years) + 1) : 7
        labelsColor: chart.textColor
        labelsFont.pointSize: Theme.baseFontSize * 0.9 * chart.fontScale
        gridLineColor: chart.gridColor
        lineVisible: false
    }
    ValueAxis {
        id: valueAxis
        tickCount: 7
        labelFormat: "%.0f"
        titleText: qsTr("points")
        titleBrush: chart.textColor
        titleFont.pointSize: Theme.baseFontSize * 0.9 * chart.fontScale
        labelsColor: chart.textColor
        labelsFont.pointSize: Theme.baseFontSize * 0.9 * chart.fontScale
        gridLineColor: chart.gridColor
        lineVisible: false
    }

    AreaSeries {
        id: regenerationArea
        objectName: "regenerationArea"
        name: qsTr("Regeneration")
        axisX: monthAxis
        axisY: valueAxis
        color: Qt.rgba(0.153, 0.682, 0.376, 0.75)
        borderColor: Theme.positive
        borderWidth: 1
        upperSeries: LineSeries {}
        lowerSeries: LineSeries {}
    }
    AreaSeries {
        id: extractionArea
        objectName: "extractionArea"
        name: qsTr("Extraction")
        axisX: monthAxis
        axisY: valueAxis
        color: Qt.rgba(0.855, 0.267, 0.325, 0.7)
        borderColor: Theme.negative
        borderWidth: 1
        upperSeries: LineSeries {}
        lowerSeries: LineSeries {}
    }
    AreaSeries {
        id: impactsArea
        objectName: "impactsArea"
        name: qsTr("Trade impacts")
        axisX: monthAxis
        axisY: valueAxis
        color: Qt.rgba(0.965, 0.455, 0, 0.6)
        borderColor: Theme.warning
        borderWidth: 1
        upperSeries: LineSeries {}
        lowerSeries: LineSeries {}
    }
    LineSeries {
        id: netLine
        objectName: "netLine"
        name: qsTr("Net")
        axisX: monthAxis
        axisY: valueAxis
        color: chart.textColor
        width: 2 * chart.fontScale
    }

    onPlotChanged: replot()
    Component.onCompleted: replot()
}
