// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// One resource or indicator against its threshold over the chosen days,
// the bands shaded (ThresholdChart, filled by the AssemblyController), with
// its name and a one-sentence summary in projector type.
Item {
    id: chartPage

    // An AssemblyController page of kind "resourceChart" or "indicatorChart".
    property var page: ({})
    property AssemblyController controller
    property real unit: Theme.baseFontSize * 2.2
    readonly property alias chart: chart

    function replot() {
        if (!controller || page.subjectId === undefined)
            return
        chart.load(controller, page.subject, page.subjectId, "")
        // Projector type on the axes and the legend.
        const font = Qt.font({ pointSize: chartPage.unit * 0.7 })
        if (typeof chart.axisX !== "function")
            return
        const x = chart.axisX(chart.measureSeries), y = chart.axisY(chart.measureSeries)
        if (x)
            x.labelsFont = font
        if (y) {
            y.labelsFont = font
            y.titleFont = font
        }
        chart.legend.font = font
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("%1: %2").arg(page.title || "").arg(page.summary || "")

    ColumnLayout {
        anchors.fill: parent
        spacing: chartPage.unit * 0.4

        Label {
            objectName: "assemblyChartTitle"
            Layout.fillWidth: true
            text: chartPage.page.title || ""
            elide: Text.ElideRight
            font.pointSize: chartPage.unit * 1.5
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: chartPage.page.subtitle || ""
            font.pointSize: chartPage.unit * 0.8
            opacity: 0.8
        }
        ThresholdChart {
            id: chart
            objectName: "assemblyThresholdChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            threshold: chartPage.page.threshold || 0
            amberFromPercent: chartPage.page.amberFromPercent || 70
            redAbovePercent: chartPage.page.redAbovePercent || 100
            higherIsBetter: chartPage.page.higherIsBetter === true
            unit: chartPage.page.unit || ""
            measureSeries.width: 4
            thresholdSeries.width: 3
        }
        Label {
            objectName: "assemblyChartSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: chartPage.page.summary || ""
            font.pointSize: chartPage.unit * 0.9
        }
    }

    onPageChanged: Qt.callLater(replot)
    Component.onCompleted: replot()
}
