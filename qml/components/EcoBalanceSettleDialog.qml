// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Settling a closed month, after saying what it will do: who is paid
// regeneration credits, who is charged a restoration fee, who owes the
// work they pledged, and each one's new ecological multiplier — the core's
// own answer, settled and rolled back (EcoBalanceController.settlementPreview).
EcoBalanceFormDialog {
    id: dialog

    property var preview: ({})

    title: controller ? qsTr("Settle %1").arg(controller.settleMonthText) : ""
    operation: "settle"
    acceptText: controller ? qsTr("Settle %1").arg(controller.settleMonthText) : qsTr("Settle")
    width: Math.min(640, parent ? parent.width - 2 * Theme.largeSpacing : 640)

    onOpened: {
        preview = controller.settlementPreview()
        if (!preview.ok)
            errorText = preview.error
        contentItem.forceActiveFocus()
    }
    onSubmitted: controller.settle()

    SecondaryLabel {
        objectName: "settleSummary"
        visible: dialog.preview.ok === true
        text: dialog.preview.summaryText || ""
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(settleLines.implicitHeight, 320)
        visible: dialog.preview.ok === true && (dialog.preview.lines || []).length > 0
        clip: true

        Column {
            id: settleLines
            objectName: "settleLines"
            width: parent.width
            spacing: Theme.smallSpacing

            Repeater {
                model: dialog.preview.lines || []
                delegate: RowLayout {
                    required property var modelData
                    width: settleLines.width
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1, %2: %3").arg(modelData.memberText).arg(modelData.netText).arg(modelData.outcomeText)

                    Label {
                        Layout.preferredWidth: 170
                        Layout.alignment: Qt.AlignTop
                        text: modelData.memberText
                        elide: Text.ElideRight
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.preferredWidth: 100
                        Layout.alignment: Qt.AlignTop
                        horizontalAlignment: Text.AlignRight
                        text: modelData.netText
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.outcomeText
                    }
                }
            }
        }
    }
    SecondaryLabel {
        visible: dialog.preview.ok === true
        text: qsTr("Payments and fees are trades with the commons fund, in the journal. A month is settled once.")
    }
}
