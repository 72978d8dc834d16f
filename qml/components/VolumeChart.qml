// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCharts
import Mycelium
import Mycelium.Ui

// Credits moved by trades, one bar a month (LedgerSignalsModel's months),
// in the palette's colours so that it follows light and dark.
ChartView {
    id: chart

    property LedgerSignalsModel signalsModel
    readonly property alias volumeSet: volumeSet

    readonly property color textColor: palette.windowText
    readonly property color gridColor: Qt.rgba(textColor.r, textColor.g, textColor.b, 0.12)

    function replot() {
        if (!signalsModel)
            return
        monthAxis.categories = signalsModel.monthLabels
        valueAxis.min = 0
        valueAxis.max = Math.max(signalsModel.volumeMaximum * 1.1, 10)
        valueAxis.applyNiceNumbers()
        signalsModel.plotVolume(volumeSet)
    }

    implicitHeight: 220
    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins { left: 0; right: 0; top: 0; bottom: 0 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Trade volume per month")
    Accessible.description: signalsModel ? signalsModel.volumeSummary : ""

    BarSeries {
        id: series
        barWidth: 0.6
        axisX: BarCategoryAxis {
            id: monthAxis
            labelsColor: chart.textColor
            gridVisible: false
            lineVisible: false
        }
        axisY: ValueAxis {
            id: valueAxis
            tickCount: 5
            labelFormat: "%.0f"
            labelsColor: chart.textColor
            gridLineColor: chart.gridColor
            lineVisible: false
        }
        BarSet {
            id: volumeSet
            objectName: "volumeSet"
            label: qsTr("Credits")
            color: Theme.information
            borderColor: Theme.information
        }
    }

    Connections {
        target: chart.signalsModel
        function onChanged() { chart.replot() }
    }
    Component.onCompleted: replot()
}
