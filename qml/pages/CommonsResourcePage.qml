// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// One commons resource: its light, the permits of the current period (used,
// left, drawing rights earned by regeneration, emergency overrides, the
// price per permit now), its use per period against the safe threshold
// over 1, 5 or 10 years or all, the recent extractions and regenerations,
// and its settings. Extract…, Regenerate… and Edit… open their dialogs.
// Escape or Alt+Left goes back to the dashboard.
ScrollablePage {
    id: page

    property CommonsController commons
    property real resourceId: 0
    property string range: "1y"
    readonly property alias details: details
    readonly property alias chart: chart
    readonly property alias extractDialog: extractDialog
    readonly property alias regenerateDialog: regenerateDialog
    readonly property alias editDialog: editDialog
    property string actionMessage

    signal back()

    function focusFirstField() {
        extractButton.forceActiveFocus()
    }
    function replot() {
        if (details.exists)
            chart.load(chartData, "resource", resourceId, range)
    }
    function showRange(value) {
        range = value
        replot()
    }

    maximumWidth: 1100
    Keys.onEscapePressed: page.back()

    CommonsResourceDetails {
        id: details
        commons: page.commons
        resourceId: page.resourceId
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
            if (ok && page.visible && (operation === "extract" || operation === "override" || operation === "regenerate" || operation === "saveResource")) {
                page.actionMessage = message
                extractButton.forceActiveFocus()
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Button {
            id: backButton
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
            objectName: "commonsResourceTitle"
            Layout.fillWidth: true
            text: details.name
            elide: Text.ElideRight
            wrapMode: Text.NoWrap
        }
        LightBadge {
            objectName: "commonsResourceBadge"
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
        objectName: "commonsResourceMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }
    Label {
        objectName: "commonsResourceSummary"
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
            title: qsTr("Permits in %1").arg(details.periodLabel)

            FactGrid {
                FactLabel { text: qsTr("Permits this period") }
                FactValue { objectName: "commonsPermits"; text: details.permits.toLocaleString(Qt.locale(), "f", 0) }
                FactLabel { text: qsTr("Used") }
                FactValue { objectName: "commonsPermitsUsed"; text: qsTr("%1 (%2 taken)").arg(details.used.toLocaleString(Qt.locale(), "f", 0)).arg(details.extractedText) }
                FactLabel { text: qsTr("Left") }
                FactValue {
                    objectName: "commonsPermitsLeft"
                    text: details.left.toLocaleString(Qt.locale(), "f", 0)
                    font.bold: true
                }
                FactLabel { text: qsTr("Drawing rights") }
                FactValue {
                    objectName: "commonsDrawingRights"
                    text: qsTr("%1 unspent, %2 earned this period").arg(details.drawingRights.toLocaleString(Qt.locale(), "f", 0))
                                .arg(details.earnedInPeriod.toLocaleString(Qt.locale(), "f", 0))
                }
                FactLabel { text: qsTr("Regenerated") }
                FactValue { objectName: "commonsRegenerated"; text: details.regeneratedText }
                FactLabel { text: qsTr("Emergency overrides") }
                FactValue {
                    objectName: "commonsOverrideCount"
                    text: details.overrides === 0 ? qsTr("None")
                        : qsTr("%1 this period, %2 permits beyond the yield").arg(details.overrides).arg(details.beyondPermits.toLocaleString(Qt.locale(), "f", 0))
                    color: details.overrides > 0 ? Theme.negative : palette.windowText
                }
                FactLabel { text: qsTr("Price now") }
                FactValue {
                    objectName: "commonsPriceNow"
                    text: details.priceNowText
                    font.bold: true
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                Button {
                    id: extractButton
                    objectName: "extractButton"
                    text: qsTr("Extract…")
                    Accessible.name: qsTr("Record what a member takes from %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        extractDialog.open()
                    }
                }
                Button {
                    objectName: "regenerateButton"
                    text: qsTr("Regenerate…")
                    Accessible.name: qsTr("Record regeneration work on %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        regenerateDialog.open()
                    }
                }
                Button {
                    objectName: "editResourceButton"
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
            description: details.description

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
        title: qsTr("Use per period against the safe threshold")
        description: chart.pointCount === 0 ? qsTr("Nothing taken in these years.") : chart.rangeText

        CommonsRangeButtons {
            range: page.range
            what: details.name
            onChosen: (value) => page.showRange(value)
        }
        ThresholdChart {
            id: chart
            objectName: "commonsResourceChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 320
            threshold: details.threshold
            amberFromPercent: details.amberFromPercent
            redAbovePercent: details.redAbovePercent
            higherIsBetter: false
            unit: details.unit
            measureName: qsTr("Taken per period")
        }
    }

    Row {
        id: historyRow
        Layout.fillWidth: true
        spacing: Theme.largeSpacing
        visible: details.exists

        Card {
            width: (historyRow.width - historyRow.spacing) / 2
            title: qsTr("Recent extractions")
            description: details.extractions.count === 0 ? qsTr("Nothing taken yet.") : ""

            // A Column: the list is read again after every change.
            Column {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Repeater {
                    model: details.extractions
                    delegate: HistoryRow { width: parent ? parent.width : 0 }
                }
            }
        }
        Card {
            width: (historyRow.width - historyRow.spacing) / 2
            title: qsTr("Recent regenerations")
            description: details.regenerations.count === 0 ? qsTr("No regeneration recorded yet.") : ""

            Column {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Repeater {
                    model: details.regenerations
                    delegate: HistoryRow { width: parent ? parent.width : 0 }
                }
            }
        }
    }

    component HistoryRow: ColumnLayout {
        required property string dateText
        required property string memberText
        required property string quantityText
        required property string detailText
        required property string reason
        required property string text
        spacing: 0
        Accessible.role: Accessible.ListItem
        Accessible.name: text
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: qsTr("%1 · %2 · %3").arg(dateText).arg(quantityText).arg(memberText)
        }
        SecondaryLabel {
            text: reason.length > 0 ? qsTr("%1; override: %2").arg(detailText).arg(reason) : detailText
        }
    }

    CommonsExtractDialog {
        id: extractDialog
        commons: page.commons
        resourceId: page.resourceId
        resourceName: details.name
        unit: details.unit
    }
    CommonsRegenerateDialog {
        id: regenerateDialog
        commons: page.commons
        resourceId: page.resourceId
        resourceName: details.name
        unit: details.regenerationUnit
    }
    CommonsResourceDialog {
        id: editDialog
        commons: page.commons
        resourceId: page.resourceId
    }
}
