// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The community's ecological balance month by month over the chosen days,
// in projector type.
Item {
    id: balancePage

    property var page: ({})
    property AssemblyController controller
    property real unit: Theme.baseFontSize * 2.2

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("%1: %2").arg(page.title || "").arg(page.summary || "")

    ColumnLayout {
        anchors.fill: parent
        spacing: balancePage.unit * 0.4

        Label {
            objectName: "assemblyBalanceTitle"
            Layout.fillWidth: true
            text: balancePage.page.title || ""
            font.pointSize: balancePage.unit * 1.5
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: balancePage.page.subtitle || ""
            font.pointSize: balancePage.unit * 0.8
            opacity: 0.8
        }
        EcoBalanceChart {
            id: chart
            objectName: "assemblyBalanceChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            fontScale: balancePage.unit / Theme.baseFontSize * 0.7
            from: balancePage.controller ? balancePage.controller.axisStart : new Date(NaN)
            to: balancePage.controller ? balancePage.controller.axisEnd : new Date(NaN)
            minimum: balancePage.page.minimum || -1
            maximum: balancePage.page.maximum || 1
            summary: balancePage.page.summary || ""
            plot: function(regeneration, extraction, impacts, net) {
                if (balancePage.controller)
                    balancePage.controller.plotBalance(regeneration, extraction, impacts, net)
            }
        }
        Label {
            objectName: "assemblyBalanceSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: balancePage.page.summary || ""
            font.pointSize: balancePage.unit * 0.9
        }
    }
}
