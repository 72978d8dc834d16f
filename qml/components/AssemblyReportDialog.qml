// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Mycelium
import Mycelium.Ui

// The monthly assembly's report: the period (the last full month unless a
// preset or the fields say otherwise) and where to save the PDF. Generating
// reads the vault and draws the pages in the background with a progress
// bar; Cancel stops it and leaves no file. Enter generates, Escape closes.
Dialog {
    id: dialog

    readonly property alias report: report

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(620, parent ? parent.width - 2 * Theme.largeSpacing : 620)
    modal: true
    focus: true
    padding: Theme.largeSpacing
    closePolicy: report.running ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Assembly report")
    onAboutToShow: {
        if (!report.running && report.message === "")
            pathField.text = report.suggestedPath
    }
    onOpened: fromField.forceActiveFocus()

    function generate() {
        report.start(fromField.text, toField.text, pathField.text)
    }

    AssemblyReportController {
        id: report
        ledger: LedgerController
    }
    FileDialog {
        id: chooser
        title: qsTr("Save the assembly report as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: pathField.text = selectedFile.toString().replace(/^file:\/\//, "")
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Keys.onReturnPressed: dialog.generate()
        Keys.onEnterPressed: dialog.generate()

        SecondaryLabel {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("A printable A4 PDF for the assembly: every warning light, a page with a chart for each resource and indicator, the ecological balance, the emergency overrides and the top regeneration actions.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Period")
            }
            Repeater {
                model: report.presets
                Button {
                    required property var modelData
                    objectName: "reportPreset_" + modelData.name
                    text: modelData.label
                    enabled: !report.running
                    flat: true
                    Accessible.name: qsTr("Period: %1").arg(modelData.label)
                    onClicked: {
                        report.applyPreset(modelData.name)
                        fromField.text = report.fromText
                        toField.text = report.toText
                        pathField.text = report.suggestedPath
                    }
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing

            Label { text: qsTr("From") }
            TextField {
                id: fromField
                objectName: "reportFrom"
                Layout.fillWidth: true
                text: report.fromText
                enabled: !report.running
                selectByMouse: true
                placeholderText: LedgerController.dateFormatHint
                Accessible.name: qsTr("First day of the report")
                onEditingFinished: report.fromText = text
            }
            Label { text: qsTr("To") }
            TextField {
                id: toField
                objectName: "reportTo"
                Layout.fillWidth: true
                text: report.toText
                enabled: !report.running
                selectByMouse: true
                placeholderText: LedgerController.dateFormatHint
                Accessible.name: qsTr("Last day of the report")
                onEditingFinished: report.toText = text
            }
            Label { text: qsTr("Save as") }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: pathField
                    objectName: "reportPath"
                    Layout.fillWidth: true
                    enabled: !report.running
                    selectByMouse: true
                    Accessible.name: qsTr("The PDF file to write")
                }
                Button {
                    objectName: "reportChoose"
                    text: qsTr("Choose…")
                    enabled: !report.running
                    Accessible.name: qsTr("Choose where to save the PDF")
                    onClicked: chooser.open()
                }
            }
        }
        ProgressBar {
            objectName: "reportProgress"
            Layout.fillWidth: true
            visible: report.running || report.progress > 0
            value: report.progress
            Accessible.name: qsTr("Progress of the report")
        }
        InlineMessage {
            objectName: "reportError"
            type: InlineMessage.Error
            text: report.error
        }
        InlineMessage {
            objectName: "reportMessage"
            type: InlineMessage.Positive
            text: report.message
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "reportOpenButton"
                visible: report.message !== ""
                text: qsTr("Open")
                Accessible.name: qsTr("Open the report in the PDF viewer")
                onClicked: Qt.openUrlExternally(report.savedFile)
            }
            Button {
                objectName: "reportCancelButton"
                visible: report.running
                text: qsTr("Cancel")
                Accessible.name: qsTr("Stop making the report")
                onClicked: report.cancel()
            }
            Button {
                objectName: "reportGenerateButton"
                highlighted: true
                enabled: !report.running
                text: qsTr("Generate")
                Accessible.name: qsTr("Generate the assembly report as a PDF")
                onClicked: dialog.generate()
            }
            Button {
                objectName: "reportCloseButton"
                text: qsTr("Close")
                enabled: !report.running
                onClicked: dialog.close()
            }
        }
    }
}
