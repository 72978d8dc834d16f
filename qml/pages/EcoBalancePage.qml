// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The community's ecological balance: regeneration against extraction and
// trade impacts month by month over 1, 5 or 10 years, the trend figures,
// how the members' balances of the last month are spread (counts, never
// names: a member's own balance is on their page), and settling that
// month or recording a pledge of restoration work. Alt+Y, Alt+5 and
// Alt+0 switch the range.
ScrollablePage {
    id: page

    readonly property alias controller: controller
    readonly property alias settleDialog: settleDialog
    readonly property alias pledgeDialog: pledgeDialog
    property string actionMessage

    function focusFirstField() {
        rangeButtons.itemAt(0).forceActiveFocus()
    }
    function trendSymbol(trend) {
        return trend === "improving" ? "↗" : trend === "worsening" ? "↘" : trend === "steady" ? "→" : ""
    }
    function setRange(years) {
        controller.rangeYears = years
    }

    maximumWidth: 1100

    EcoBalanceController {
        id: controller
        ledger: LedgerController
        active: page.visible
        onOperationFinished: (operation, ok, message) => {
            if (ok)
                page.actionMessage = message
        }
    }

    Shortcut {
        enabled: page.visible
        sequence: "Alt+Y"
        onActivated: page.setRange(1)
    }
    Shortcut {
        enabled: page.visible
        sequence: "Alt+5"
        onActivated: page.setRange(5)
    }
    Shortcut {
        enabled: page.visible
        sequence: "Alt+0"
        onActivated: page.setRange(10)
    }

    Heading {
        text: qsTr("Ecological balance")
    }
    SecondaryLabel {
        Layout.topMargin: -Theme.spacing
        text: qsTr("Regeneration earns points; extraction from the commons and the impacts of trades cost them. Each member's monthly balance is settled once the month is over.")
    }
    InlineMessage {
        objectName: "ecoBalanceError"
        type: InlineMessage.Error
        text: controller.error
    }
    InlineMessage {
        objectName: "ecoBalanceMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }

    RowLayout {
        spacing: Theme.smallSpacing

        Label {
            text: qsTr("Show")
        }
        Repeater {
            id: rangeButtons
            model: [
                { years: 1, text: qsTr("1 year"), key: "Alt+Y" },
                { years: 5, text: qsTr("5 years"), key: "Alt+5" },
                { years: 10, text: qsTr("10 years"), key: "Alt+0" }
            ]
            delegate: Button {
                required property var modelData
                objectName: "range" + modelData.years
                text: modelData.text
                checkable: true
                checked: controller.rangeYears === modelData.years
                highlighted: checked
                Accessible.name: qsTr("Show the last %1").arg(modelData.text)
                Accessible.description: modelData.key
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.setRange(modelData.years)
            }
        }
        BusyIndicator {
            running: controller.loading
            visible: running
            Layout.preferredHeight: 28
            Layout.preferredWidth: 28
            Accessible.name: qsTr("Reading the balance")
        }
    }

    Card {
        objectName: "balanceChartCard"
        title: qsTr("Regeneration, extraction and impacts per month")
        description: controller.periodText

        EcoBalanceChart {
            id: balanceChart
            objectName: "ecoBalanceChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 320
            visible: controller.hasActivity
            from: controller.rangeStart
            to: controller.rangeEnd
            minimum: controller.chartMinimum
            maximum: controller.chartMaximum
            summary: controller.chartSummary
            plot: function(regeneration, extraction, impacts, net) { controller.plotMonths(regeneration, extraction, impacts, net) }
        }
        Connections {
            target: controller
            function onRangeChanged() { balanceChart.replot() }
        }
        SecondaryLabel {
            objectName: "ecoBalanceChartSummary"
            text: controller.loaded ? (controller.hasActivity ? controller.chartSummary : qsTr("Nothing extracted, regenerated or traded with impacts in these months yet.")) : ""
        }
    }

    Card {
        objectName: "trendCard"
        title: qsTr("Trends")
        visible: controller.loaded

        // A positioner of rows at fixed widths: the figures change on every reload.
        Column {
            id: trendRows
            objectName: "trendRows"
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            RowLayout {
                width: trendRows.width
                spacing: Theme.spacing
                SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 130; text: qsTr("Period") }
                SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: qsTr("Regeneration") }
                SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: qsTr("Extraction") }
                SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: qsTr("Impacts") }
                SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: qsTr("Net") }
                SecondaryLabel { Layout.leftMargin: Theme.spacing; text: qsTr("Trend") }
            }
            Repeater {
                model: controller.trendFigures
                delegate: RowLayout {
                    required property var modelData
                    required property int index
                    objectName: "trendRow-" + modelData.key
                    width: trendRows.width
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: regeneration %2, extraction %3, impacts %4, net %5 points; trend: %6").arg(modelData.label)
                                     .arg(modelData.regenerationText).arg(modelData.extractionText).arg(modelData.impactsText)
                                     .arg(modelData.netText).arg(modelData.trendWord)

                    Label { Layout.preferredWidth: 130; text: modelData.label; elide: Text.ElideRight }
                    Label { Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: modelData.regenerationText }
                    Label { Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: modelData.extractionText }
                    Label { Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: modelData.impactsText }
                    Label {
                        Layout.preferredWidth: 110
                        horizontalAlignment: Text.AlignRight
                        text: modelData.netText
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing
                        wrapMode: Text.Wrap
                        text: modelData.trendBasis.length > 0 ? qsTr("%1 %2 (%3)").arg(page.trendSymbol(modelData.trend)).arg(modelData.trendWord).arg(modelData.trendBasis)
                                                              : modelData.trendWord
                    }
                }
            }
        }
        SecondaryLabel {
            text: qsTr("In points. A trend compares the net of the last part of the period with the parts before it.")
        }
    }

    Card {
        objectName: "distributionCard"
        title: qsTr("Members' balances in %1").arg(controller.settleMonthText)
        description: qsTr("How many members ended the month in each band of points. Counts only: a member's own balance is on their page.")
        visible: controller.loaded

        EcoBalanceDistributionChart {
            id: distributionChart
            objectName: "distributionChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 240
            visible: controller.distributionMembers > 0
            controller: controller
        }
        SecondaryLabel {
            objectName: "distributionSummary"
            text: controller.distributionMembers === 1 ? qsTr("1 member with activity.")
                : controller.distributionMembers > 1 ? qsTr("%1 members with activity.").arg(controller.distributionMembers)
                : qsTr("No member had any activity in %1.").arg(controller.settleMonthText)
        }
    }

    Card {
        objectName: "settleCard"
        title: qsTr("Settling %1").arg(controller.settleMonthText)
        description: controller.settleMonthSettled
                     ? qsTr("%1 is settled: credits were paid, fees charged and the ecological multipliers set.").arg(controller.settleMonthText)
                     : qsTr("Settling pays regeneration credits to members with a positive balance and charges a restoration fee to those with a negative one, unless they pledged restoration work.")
        visible: controller.loaded

        SecondaryLabel {
            objectName: "settleMonthSummary"
            text: controller.settleMonthSummary
            visible: text.length > 0
        }
        Label {
            text: qsTr("Pledges of restoration work")
            font.weight: Font.DemiBold
            visible: controller.settleMonthPledges.length > 0
        }
        Column {
            id: pledgeList
            objectName: "pledgeList"
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: controller.settleMonthPledges
                delegate: Label {
                    required property var modelData
                    width: pledgeList.width
                    wrapMode: Text.Wrap
                    text: modelData.fulfilled ? qsTr("%1: “%2” (done)").arg(modelData.memberText).arg(modelData.work)
                                              : qsTr("%1: “%2”").arg(modelData.memberText).arg(modelData.work)
                }
            }
        }
        RowLayout {
            spacing: Theme.smallSpacing

            Button {
                id: settleButton
                objectName: "settleButton"
                text: qsTr("Settle %1…").arg(controller.settleMonthText)
                Accessible.name: text
                Accessible.description: qsTr("Shows what will be paid and charged before anything is recorded")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    page.actionMessage = ""
                    settleDialog.open()
                }
            }
            Button {
                objectName: "pledgeButton"
                text: qsTr("Record a pledge…")
                enabled: !controller.settleMonthSettled
                Accessible.name: qsTr("Record a pledge of restoration work for %1").arg(controller.settleMonthText)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    page.actionMessage = ""
                    pledgeDialog.open()
                }
            }
        }
    }

    EcoBalanceSettleDialog {
        id: settleDialog
        objectName: "settleDialog"
        controller: controller
        onClosed: settleButton.forceActiveFocus()
    }
    EcoBalancePledgeDialog {
        id: pledgeDialog
        objectName: "pledgeDialog"
        controller: controller
    }
}
