// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A kit's components as check boxes, all ticked: untick what is not there.
// The desk keeps the list of what is missing.
ColumnLayout {
    id: checklist

    required property DeskController desk
    // "out" or "in", for the words only.
    property string direction: "in"

    visible: (desk.item.components || []).length > 0
    spacing: 0

    Label {
        text: checklist.direction === "out" ? qsTr("Check the kit as it goes out: untick what is missing")
                                            : qsTr("Check the kit as it comes back: untick what is missing")
        font.weight: Font.DemiBold
    }
    // A Column, not a layout: its Repeater's model changes with each item.
    Column {
        Layout.fillWidth: true
        Repeater {
            model: checklist.desk.item.components || []
            delegate: CheckBox {
                required property string modelData
                objectName: "deskComponent-" + modelData
                text: modelData
                checked: checklist.desk.missingComponents.indexOf(modelData) < 0
                Accessible.name: qsTr("%1 is there").arg(modelData)
                onToggled: {
                    const missing = checklist.desk.missingComponents.filter(name => name !== modelData)
                    if (!checked)
                        missing.push(modelData)
                    checklist.desk.missingComponents = missing
                }
            }
        }
    }
}
