// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtCharts
import Mycelium
import Mycelium.Ui

// How many members' monthly balances fall in each band of points: a
// distribution, never a list of names. The counts are written on the bars.
ChartView {
    id: chart

    property EcoBalanceController controller
    readonly property alias membersSet: membersSet

    readonly property color textColor: palette.windowText
    readonly property color gridColor: Qt.rgba(textColor.r, textColor.g, textColor.b, 0.12)

    function replot() {
        if (!controller)
            return
        bandAxis.categories = controller.distributionLabels
        countAxis.min = 0
        countAxis.max = Math.max(2, Math.ceil(controller.distributionMaximum * 1.2))
        countAxis.tickCount = Math.min(countAxis.max, 5) + 1
        controller.plotDistribution(membersSet)
    }

    implicitHeight: 240
    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins { left: 0; right: 0; top: 0; bottom: 0 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Members by monthly balance")
    Accessible.description: controller ? controller.distributionSummary : ""

    BarSeries {
        barWidth: 0.8
        labelsVisible: true
        labelsPosition: AbstractBarSeries.LabelsOutsideEnd
        axisX: BarCategoryAxis {
            id: bandAxis
            labelsColor: chart.textColor
            labelsFont.pointSize: Theme.baseFontSize * 0.8
            gridVisible: false
            lineVisible: false
            titleText: qsTr("points in the month")
            titleBrush: chart.textColor
            titleFont.pointSize: Theme.baseFontSize * 0.9
        }
        axisY: ValueAxis {
            id: countAxis
            labelFormat: "%.0f"
            labelsColor: chart.textColor
            gridLineColor: chart.gridColor
            lineVisible: false
            titleText: qsTr("members")
            titleBrush: chart.textColor
            titleFont.pointSize: Theme.baseFontSize * 0.9
        }
        BarSet {
            id: membersSet
            objectName: "distributionSet"
            label: qsTr("Members")
            color: Theme.information
            borderColor: Theme.information
            labelColor: chart.textColor
        }
    }

    Connections {
        target: chart.controller
        function onChanged() { chart.replot() }
    }
    Component.onCompleted: replot()
}
