// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCharts
import Mycelium
import Mycelium.Ui

// A measure over time against its threshold: the measure as a line, the
// threshold as a dashed line, and the light's bands shaded behind them
// (green, amber, red; each band's edge is also a dotted line, so that the
// bands read in black and white). With higherIsBetter the bands flip: red
// at the bottom, green at the top.
//
//   ThresholdChart {
//       id: chart
//       threshold: 100          // in the unit (not thousandths)
//       amberFromPercent: 70    // Bands: amber from 70 %, red above 100 %
//       redAbovePercent: 100
//       higherIsBetter: false
//       unit: "t"
//       measureName: qsTr("CO2e per month")   // the legend's name of the line
//   }
//   // The page's range buttons ("1y", "5y", "10y", "all") call:
//   chart.load(chartData, "indicator", indicatorId, "5y")   // or "resource"
//
// load() asks CommonsChartData to fill the measure's series from C++ in one
// go (never point by point from QML) and sets the axes from what it
// returns; it returns the number of points drawn. `chartData` is a
// CommonsChartData whose `commons` is set.
ChartView {
    id: chart

    property real threshold: 0
    property int amberFromPercent: 70
    property int redAbovePercent: 100
    property bool higherIsBetter: false
    property string unit: ""
    // The legend's name of the measure's line.
    property string measureName: qsTr("Measured")
    readonly property alias measureSeries: measure
    readonly property alias thresholdSeries: thresholdLine
    // What the last load() drew.
    property int pointCount: 0
    property string rangeText: ""

    readonly property color textColor: palette.windowText
    readonly property color gridColor: Qt.rgba(textColor.r, textColor.g, textColor.b, 0.12)

    // The edges of the bands in the unit: where amber and red begin.
    readonly property real amberEdge: higherIsBetter ? (amberFromPercent > 0 ? threshold * 100 / amberFromPercent : threshold)
                                                     : threshold * amberFromPercent / 100
    readonly property real redEdge: higherIsBetter ? (redAbovePercent > 0 ? threshold * 100 / redAbovePercent : threshold)
                                                   : threshold * redAbovePercent / 100

    function load(chartData, subject, id, range) {
        if (!chartData)
            return 0
        const r = subject === "resource" ? chartData.plotResource(measure, id, range)
                                         : chartData.plotIndicator(measure, id, range)
        pointCount = r.points || 0
        rangeText = r.rangeText || ""
        timeAxis.min = r.from
        timeAxis.max = r.to
        timeAxis.format = r.spanDays > 800 ? "yyyy" : r.spanDays > 120 ? "MMM yyyy" : "d MMM"
        const edges = [threshold, amberEdge, redEdge]
        let low = Math.min(0, r.minimum !== undefined ? r.minimum : 0)
        let high = Math.max(r.maximum !== undefined ? r.maximum : 0, ...edges)
        high = high + Math.max((high - low) * 0.12, 1)
        valueAxis.min = low
        valueAxis.max = high
        valueAxis.applyNiceNumbers()
        drawBands(r.from, r.to)
        return pointCount
    }

    function band(series, from, to, yLow, yHigh) {
        series.upperSeries.clear()
        series.lowerSeries.clear()
        series.upperSeries.append(from.getTime(), yHigh)
        series.upperSeries.append(to.getTime(), yHigh)
        series.lowerSeries.append(from.getTime(), yLow)
        series.lowerSeries.append(to.getTime(), yLow)
    }

    function drawBands(from, to) {
        const bottom = valueAxis.min, top = valueAxis.max
        if (higherIsBetter) {
            band(redBand, from, to, bottom, Math.max(bottom, redEdge))
            band(amberBand, from, to, Math.max(bottom, redEdge), Math.max(bottom, amberEdge))
            band(greenBand, from, to, Math.max(bottom, amberEdge), top)
        } else {
            band(greenBand, from, to, bottom, Math.min(top, amberEdge))
            band(amberBand, from, to, Math.min(top, amberEdge), Math.min(top, redEdge))
            band(redBand, from, to, Math.min(top, redEdge), top)
        }
        thresholdLine.clear()
        thresholdLine.append(from.getTime(), threshold)
        thresholdLine.append(to.getTime(), threshold)
    }

    implicitHeight: 300
    antialiasing: true
    legend.visible: true
    legend.alignment: Qt.AlignBottom
    legend.labelColor: textColor
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins { left: 0; right: 0; top: 0; bottom: 0 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("%1 against its threshold of %2 %3").arg(measure.name).arg(threshold).arg(unit)

    DateTimeAxis {
        id: timeAxis
        format: "MMM yyyy"
        tickCount: 6
        labelsColor: chart.textColor
        gridLineColor: chart.gridColor
        lineVisible: false
    }
    ValueAxis {
        id: valueAxis
        tickCount: 5
        labelFormat: "%.4g"
        titleText: chart.unit
        titleBrush: chart.textColor
        labelsColor: chart.textColor
        gridLineColor: chart.gridColor
        lineVisible: false
    }

    AreaSeries {
        id: greenBand
        name: qsTr("Within limits")
        axisX: timeAxis
        axisY: valueAxis
        color: Qt.rgba(0.15, 0.68, 0.38, 0.16)
        borderColor: Qt.rgba(0.15, 0.68, 0.38, 0.6)
        borderWidth: 1
        upperSeries: LineSeries { }
        lowerSeries: LineSeries { }
    }
    AreaSeries {
        id: amberBand
        name: qsTr("Near the limit")
        axisX: timeAxis
        axisY: valueAxis
        color: Qt.rgba(0.94, 0.63, 0.0, 0.20)
        borderColor: Qt.rgba(0.94, 0.63, 0.0, 0.7)
        borderWidth: 1
        upperSeries: LineSeries { }
        lowerSeries: LineSeries { }
    }
    AreaSeries {
        id: redBand
        name: qsTr("Over the limit")
        axisX: timeAxis
        axisY: valueAxis
        color: Qt.rgba(0.85, 0.27, 0.33, 0.18)
        borderColor: Qt.rgba(0.85, 0.27, 0.33, 0.7)
        borderWidth: 1
        upperSeries: LineSeries { }
        lowerSeries: LineSeries { }
    }
    LineSeries {
        id: thresholdLine
        objectName: "thresholdSeries"
        name: qsTr("Threshold")
        axisX: timeAxis
        axisY: valueAxis
        color: chart.textColor
        width: 2
        style: Qt.DashLine
    }
    LineSeries {
        id: measure
        objectName: "measureSeries"
        name: chart.measureName
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.information
        width: 2
    }
}
