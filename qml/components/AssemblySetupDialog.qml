// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Before the assembly: which days to show (last month, this year, the last
// twelve months, or from and to as typed). Start reads the pages and opens
// the full-screen AssemblyView; Escape there closes it.
//
//   AssemblySetupDialog { id: assemblySetup }
//   Button { text: qsTr("Assembly view…"); onClicked: assemblySetup.open() }
Dialog {
    id: dialog

    readonly property alias controller: assembly
    readonly property alias view: assemblyView
    property string preset: "lastMonth"

    function choose(name) {
        preset = name
        if (name === "custom")
            return
        const range = assembly.preset(name)
        fromField.text = range.fromText
        toField.text = range.toText
    }
    function start() {
        if (!assembly.start(fromField.text, toField.text))
            return
        close()
        assemblyView.open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 2 * Theme.largeSpacing : 520)
    modal: true
    focus: true
    padding: Theme.largeSpacing
    title: qsTr("Assembly view")
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        choose(preset)
        presetButtons.itemAt(["lastMonth", "thisYear", "last12Months", "custom"].indexOf(preset)).forceActiveFocus()
    }

    AssemblyController {
        id: assembly
        ledger: LedgerController
    }
    AssemblyView {
        id: assemblyView
        objectName: "assemblyView"
        controller: assembly
        transientParent: dialog.parent ? dialog.parent.Window.window : null
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Keys.onReturnPressed: dialog.start()
        Keys.onEnterPressed: dialog.start()

        SecondaryLabel {
            text: qsTr("The warning lights, a chart for each resource and indicator, and the ecological balance, one a page, full screen for the projector.")
        }
        Label {
            text: qsTr("Days to show")
            font.weight: Font.DemiBold
        }
        ColumnLayout {
            spacing: 0
            Repeater {
                id: presetButtons
                model: [
                    { name: "lastMonth", text: qsTr("Last month") },
                    { name: "thisYear", text: qsTr("This year") },
                    { name: "last12Months", text: qsTr("Last 12 months") },
                    { name: "custom", text: qsTr("From and to as typed") }
                ]
                delegate: RadioButton {
                    required property var modelData
                    objectName: "assemblyPreset-" + modelData.name
                    text: modelData.text
                    checked: dialog.preset === modelData.name
                    Accessible.name: modelData.text
                    onToggled: if (checked) dialog.choose(modelData.name)
                }
            }
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing

            Label { text: qsTr("From") }
            TextField {
                id: fromField
                objectName: "assemblyFromField"
                Layout.fillWidth: true
                placeholderText: LedgerController.dateFormatHint
                Accessible.name: qsTr("First day")
                onTextEdited: dialog.preset = "custom"
            }
            Label { text: qsTr("To") }
            TextField {
                id: toField
                objectName: "assemblyToField"
                Layout.fillWidth: true
                placeholderText: LedgerController.dateFormatHint
                Accessible.name: qsTr("Last day")
                onTextEdited: dialog.preset = "custom"
            }
        }
        InlineMessage {
            objectName: "assemblySetupError"
            type: InlineMessage.Error
            text: assembly.error
        }
        RowLayout {
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: "assemblySetupCancel"
                text: qsTr("Cancel")
                Accessible.name: text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: dialog.close()
            }
            Button {
                objectName: "assemblyStartButton"
                text: qsTr("Start")
                highlighted: true
                Accessible.name: qsTr("Start the assembly view")
                Accessible.description: qsTr("Full screen; arrow keys move between pages, Escape leaves")
                onClicked: dialog.start()
            }
        }
    }
}
