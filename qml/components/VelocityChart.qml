// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCharts
import Mycelium
import Mycelium.Ui

// How many times the money in circulation changed hands each month
// (LedgerSignalsModel's velocity), as a line through the months.
ChartView {
    id: chart

    property LedgerSignalsModel signalsModel
    readonly property alias velocitySeries: velocitySeries

    readonly property color textColor: palette.windowText
    readonly property color gridColor: Qt.rgba(textColor.r, textColor.g, textColor.b, 0.12)

    function replot() {
        if (!signalsModel)
            return
        monthAxis.categories = signalsModel.monthLabels
        valueAxis.min = 0
        valueAxis.max = Math.max(signalsModel.velocityMaximum * 1.15, 0.5)
        valueAxis.applyNiceNumbers()
        signalsModel.plotVelocity(velocitySeries)
    }

    implicitHeight: 220
    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins { left: 0; right: 0; top: 0; bottom: 0 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Velocity per month")
    Accessible.description: signalsModel ? signalsModel.velocitySummary : ""

    BarCategoryAxis {
        id: monthAxis
        labelsColor: chart.textColor
        gridVisible: false
        lineVisible: false
    }
    ValueAxis {
        id: valueAxis
        tickCount: 5
        labelFormat: "%.2f"
        labelsColor: chart.textColor
        gridLineColor: chart.gridColor
        lineVisible: false
    }
    LineSeries {
        id: velocitySeries
        objectName: "velocitySeries"
        name: qsTr("Velocity")
        axisX: monthAxis
        axisY: valueAxis
        color: Theme.positive
        width: 2
        pointsVisible: true
    }

    Connections {
        target: chart.signalsModel
        function onChanged() { chart.replot() }
    }
    Component.onCompleted: replot()
}
