// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Opens a maintenance record for an item, dated today: it is not lent
// until the record is closed on the Maintenance tab.
CatalogueFormDialog {
    id: dialog

    property string assetTag
    property string itemName

    title: qsTr("Start maintenance of %1").arg(itemName)
    operation: "openMaintenance"
    acceptText: qsTr("Start maintenance")

    onOpened: {
        reasonField.clear()
        reasonField.forceActiveFocus()
    }
    onSubmitted: catalogue.openMaintenance(assetTag, reasonField.text)

    Label { text: qsTr("What needs doing") }
    TextField {
        id: reasonField
        objectName: "toolItemMaintenanceReason"
        Layout.fillWidth: true
        focus: true
        placeholderText: qsTr("For example: blade blunt, cable frayed")
        Accessible.name: qsTr("What needs doing to %1").arg(dialog.itemName)
    }
    SecondaryLabel {
        text: qsTr("From today %1 is not lent until the maintenance record is closed with the work done.").arg(dialog.itemName)
    }
}
