// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The work done on an item: date (today unless said), what was done, the
// cost and who did it. Saving closes the item's maintenance record (opening
// one first for an item that was only due), and it can be lent again.
FormDialog {
    id: dialog

    required property MaintenanceController controller
    property string assetTag
    property string itemLabel
    // Why the item was due; kept on the record opened for it.
    property string reason

    // Opens the dialog for one item of the maintenance list.
    function openFor(tag, label, why) {
        assetTag = tag
        itemLabel = label
        reason = why
        open()
    }

    title: qsTr("Maintenance of %1").arg(itemLabel)
    operation: "toolMaintenance"
    acceptText: qsTr("Record work")

    onOpened: {
        controller.clearError()
        dateField.text = LedgerController.todayText
        workField.clear()
        costField.clear()
        doneByField.clear()
        workField.forceActiveFocus()
    }
    onSubmitted: {
        if (controller.recordWork(assetTag, dateField.text, workField.text, costField.text, doneByField.text, reason))
            close()
        else
            errorText = controller.error
    }

    SecondaryLabel {
        visible: dialog.reason.length > 0
        text: dialog.reason
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Work done")
    }
    TextField {
        id: workField
        objectName: "maintenanceWork"
        Layout.fillWidth: true
        focus: true
        placeholderText: qsTr("Replaced the hose, sharpened the blades")
        Accessible.name: qsTr("Work done")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Date")
    }
    TextField {
        id: dateField
        objectName: "maintenanceDate"
        Layout.fillWidth: true
        placeholderText: LedgerController.dateFormatHint
        Accessible.name: qsTr("Date of the work")
        Accessible.description: LedgerController.dateFormatHint
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Cost in credits (optional)")
    }
    TextField {
        id: costField
        objectName: "maintenanceCost"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignRight
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        placeholderText: qsTr("Nothing")
        Accessible.name: qsTr("Cost in credits")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Done by (optional)")
    }
    TextField {
        id: doneByField
        objectName: "maintenanceDoneBy"
        Layout.fillWidth: true
        placeholderText: qsTr("Who did the work")
        Accessible.name: qsTr("Who did the work")
    }
}
