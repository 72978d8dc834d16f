// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A member's own ecological balance on their page (the only place it is
// shown by name): the last twelve months, newest first, and what settling
// each did; their pledges of restoration work; their ecological
// multiplier, which scales their credit line's extension.
Card {
    id: card

    property real memberNumber: -1
    readonly property alias balance: balance

    title: qsTr("Ecological balance")
    description: balance.hasActivity ? qsTr("Points over the last twelve months: regeneration minus extraction and trade impacts. Total %1.").arg(balance.totalText)
                                     : qsTr("No extraction, regeneration or trade impacts in the last twelve months.")

    EcoBalanceMember {
        id: balance
        ledger: LedgerController
        memberNumber: card.memberNumber
    }

    InlineMessage {
        type: InlineMessage.Error
        text: balance.error
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        SecondaryLabel {
            Layout.fillWidth: false
            Layout.preferredWidth: 150
            text: qsTr("Ecological multiplier")
        }
        Label {
            objectName: "memberEcoMultiplier"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: balance.multiplierText
            font.weight: Font.DemiBold
        }
    }

    // A positioner: the months are read again with every change.
    Column {
        id: monthList
        objectName: "memberEcoMonths"
        Layout.fillWidth: true
        visible: balance.hasActivity
        spacing: 2

        RowLayout {
            width: monthList.width
            spacing: Theme.spacing
            SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 130; text: qsTr("Month") }
            SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight; text: qsTr("Regeneration") }
            SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight; text: qsTr("Extraction") }
            SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight; text: qsTr("Impacts") }
            SecondaryLabel { Layout.fillWidth: false; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight; text: qsTr("Net") }
            SecondaryLabel { Layout.leftMargin: Theme.smallSpacing; text: qsTr("Settlement") }
        }
        Repeater {
            model: balance
            delegate: RowLayout {
                required property int index
                required property string monthText
                required property string regenerationText
                required property string extractionText
                required property string impactsText
                required property string netText
                required property real net
                required property string settlementText
                required property string accessibleText
                objectName: "memberEcoMonth-" + index
                width: monthList.width
                spacing: Theme.spacing
                Accessible.role: Accessible.StaticText
                Accessible.name: accessibleText

                Label { Layout.preferredWidth: 130; text: monthText; elide: Text.ElideRight }
                Label { Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight; text: regenerationText }
                Label { Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight; text: extractionText }
                Label { Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight; text: impactsText }
                Label {
                    Layout.preferredWidth: 80
                    horizontalAlignment: Text.AlignRight
                    text: netText
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.smallSpacing
                    text: settlementText
                    elide: Text.ElideRight
                }
            }
        }
    }
    Label {
        text: qsTr("Pledges of restoration work")
        font.weight: Font.DemiBold
        visible: balance.pledges.length > 0
    }
    Column {
        id: pledgeList
        objectName: "memberEcoPledges"
        Layout.fillWidth: true
        visible: balance.pledges.length > 0
        Repeater {
            model: balance.pledges
            delegate: Label {
                required property var modelData
                width: pledgeList.width
                wrapMode: Text.Wrap
                text: modelData.text
            }
        }
    }
}
