// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// One ecological indicator: its light, the latest measurement, the
// measurements over 1, 5 or 10 years or all against the threshold with the
// bands shaded (flipped when higher is better), and its settings. Record
// measurement… and Edit… open their dialogs. Escape or Alt+Left goes back
// to the dashboard.
ScrollablePage {
    id: page

    property CommonsController commons
    property real indicatorId: 0
    property string range: "1y"
    readonly property alias details: details
    readonly property alias chart: chart
    readonly property alias measurementDialog: measurementDialog
    readonly property alias editDialog: editDialog
    property string actionMessage

    signal back()

    function focusFirstField() {
        recordButton.forceActiveFocus()
    }
    function replot() {
        if (details.exists)
            chart.load(chartData, "indicator", indicatorId, range)
    }
    function showRange(value) {
        range = value
        replot()
    }

    maximumWidth: 1100
    Keys.onEscapePressed: page.back()

    CommonsIndicatorDetails {
        id: details
        commons: page.commons
        indicatorId: page.indicatorId
        onChanged: Qt.callLater(page.replot)
    }
    CommonsChartData {
        id: chartData
        commons: page.commons
    }

    Shortcut {
        sequences: [StandardKey.Back]
        enabled: page.visible
        onActivated: page.back()
    }

    Connections {
        target: page.commons
        function onOperationFinished(operation, ok, message, id) {
            if (ok && page.visible && (operation === "recordMeasurement" || operation === "saveIndicator")) {
                page.actionMessage = message
                recordButton.forceActiveFocus()
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Button {
            objectName: "commonsBackButton"
            text: qsTr("‹ Commons")
            flat: true
            Accessible.name: qsTr("Back to the commons dashboard")
            Accessible.description: qsTr("Escape or Alt+Left")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: page.back()
        }
        Heading {
            objectName: "commonsIndicatorTitle"
            Layout.fillWidth: true
            text: details.name
            elide: Text.ElideRight
            wrapMode: Text.NoWrap
        }
        LightBadge {
            objectName: "commonsIndicatorBadge"
            state: details.lightState
            symbol: details.symbol
            word: details.word
            large: true
        }
    }

    InlineMessage {
        type: InlineMessage.Error
        text: details.error
    }
    InlineMessage {
        objectName: "commonsIndicatorMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }
    Label {
        objectName: "commonsIndicatorSummary"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: details.summary + (details.trendWord.length > 0 ? " " + qsTr("Trend: %1.").arg(details.trendWord) : "")
        font.pointSize: Theme.subheadingFontSize
    }

    Row {
        id: summaryRow
        Layout.fillWidth: true
        spacing: Theme.largeSpacing
        visible: details.exists

        Card {
            width: (summaryRow.width - summaryRow.spacing) / 2
            title: qsTr("Latest")

            FactGrid {
                FactLabel { text: qsTr("Latest measurement") }
                FactValue {
                    objectName: "commonsLatest"
                    text: details.latestDateText.length > 0 ? qsTr("%1 on %2").arg(details.latestText).arg(details.latestDateText) : details.latestText
                    font.bold: true
                }
                FactLabel { text: qsTr("Threshold") }
                FactValue { text: qsTr("%1 (%2)").arg(details.thresholdText).arg(details.directionText.toLowerCase()) }
                FactLabel { text: qsTr("Measurements") }
                FactValue { objectName: "commonsMeasurementCount"; text: details.measurementCount.toLocaleString(Qt.locale(), "f", 0) }
                FactLabel { text: qsTr("Trend") }
                FactValue { text: details.trendWord }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                Button {
                    id: recordButton
                    objectName: "recordMeasurementButton"
                    text: qsTr("Record measurement…")
                    Accessible.name: qsTr("Record a measurement of %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        measurementDialog.open()
                    }
                }
                Button {
                    objectName: "editIndicatorButton"
                    text: qsTr("Edit…")
                    Accessible.name: qsTr("Edit the settings of %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        editDialog.open()
                    }
                }
            }
        }

        Card {
            width: (summaryRow.width - summaryRow.spacing) / 2
            title: qsTr("Settings")

            Repeater {
                model: details.facts
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 150
                        Layout.alignment: Qt.AlignTop
                        text: modelData.label
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.value
                    }
                }
            }
        }
    }

    Card {
        visible: details.exists
        title: qsTr("Measurements against the threshold")
        description: chart.pointCount === 0 ? qsTr("No measurement in these years.") : chart.rangeText

        CommonsRangeButtons {
            range: page.range
            what: details.name
            onChosen: (value) => page.showRange(value)
        }
        ThresholdChart {
            id: chart
            objectName: "commonsIndicatorChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 340
            threshold: details.threshold
            amberFromPercent: details.amberFromPercent
            redAbovePercent: details.redAbovePercent
            higherIsBetter: details.higherIsBetter
            unit: details.unit
            measureName: details.name
        }
    }

    CommonsMeasurementDialog {
        id: measurementDialog
        commons: page.commons
        indicatorId: page.indicatorId
        indicatorName: details.name
        unit: details.unit
    }
    CommonsIndicatorDialog {
        id: editDialog
        commons: page.commons
        indicatorId: page.indicatorId
    }
}
