// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// One warning light on the projector: the light as shape, symbol and word,
// large; the resource's or indicator's name; its value against the
// threshold; the one-sentence summary; the trend as an arrow and a word.
Item {
    id: lightPage

    // An AssemblyController page of kind "light".
    property var page: ({})
    // The view's type size: everything is a multiple of it.
    property real unit: Theme.baseFontSize * 2.2

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("%1: %2. %3").arg(page.title || "").arg(page.word || "").arg(page.summary || "")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, lightPage.unit * 40)
        spacing: lightPage.unit * 0.6

        Label {
            objectName: "assemblyLightSubject"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: lightPage.page.subtitle || ""
            font.pointSize: lightPage.unit * 0.8
            opacity: 0.75
        }
        Label {
            objectName: "assemblyLightName"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: lightPage.page.title || ""
            font.pointSize: lightPage.unit * 2
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
        // The light large enough to read from the back of the hall.
        Item {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: badge.implicitWidth
            implicitHeight: badge.implicitHeight
            LightBadge {
                id: badge
                objectName: "assemblyLightBadge"
                anchors.centerIn: parent
                large: true
                shapeSize: lightPage.unit * 4.5
                state: lightPage.page.state || "grey"
                symbol: lightPage.page.symbol || ""
                word: lightPage.page.word || ""
            }
        }
        Label {
            objectName: "assemblyLightValue"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: lightPage.page.percentText ? qsTr("%1 · %2").arg(lightPage.page.valueText).arg(lightPage.page.percentText) : (lightPage.page.valueText || "")
            font.pointSize: lightPage.unit * 1.4
        }
        Label {
            objectName: "assemblyLightThreshold"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: lightPage.page.thresholdText || ""
            font.pointSize: lightPage.unit
            opacity: 0.8
        }
        Label {
            objectName: "assemblyLightSummary"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: lightPage.page.summary || ""
            font.pointSize: lightPage.unit
        }
        Label {
            objectName: "assemblyLightTrend"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Trend: %1 %2").arg(lightPage.page.trendSymbol || "").arg(lightPage.page.trendWord || "")
            font.pointSize: lightPage.unit
            font.weight: Font.DemiBold
        }
    }
}
