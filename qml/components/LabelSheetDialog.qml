// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Mycelium
import Mycelium.Ui

// A sheet of labels (QR code, asset tag, name) for the items chosen, saved
// as a PDF for A4 label sheets; print it from the PDF viewer at actual size.
// open(tags) starts with the catalogue's current list; the tags can be
// edited. Enter saves, Escape closes.
Dialog {
    id: dialog

    readonly property alias sheet: sheet

    function openFor(tags) {
        sheet.tags = tags
        tagsArea.text = tags.join(" ")
        pathField.text = sheet.suggestedPath
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(620, parent ? parent.width - 2 * Theme.largeSpacing : 620)
    modal: true
    focus: true
    padding: Theme.largeSpacing
    closePolicy: sheet.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Print labels")
    onOpened: pathField.forceActiveFocus()

    LabelSheetController {
        id: sheet
        ledger: LedgerController
    }
    FileDialog {
        id: chooser
        title: qsTr("Save the labels as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: pathField.text = selectedFile.toString().replace(/^file:\/\//, "")
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Keys.onReturnPressed: sheet.save(pathField.text)
        Keys.onEnterPressed: sheet.save(pathField.text)

        Label {
            text: qsTr("Items (asset tags)")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            TextArea {
                id: tagsArea
                objectName: "labelTags"
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Asset tags of the items, separated by spaces")
                onTextChanged: sheet.setTagsText(text)
                Keys.onReturnPressed: (event) => { event.accepted = false }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing

            Label { text: qsTr("Label sheet") }
            ComboBox {
                id: sheetBox
                objectName: "labelSheetBox"
                Layout.fillWidth: true
                model: sheet.sheets
                textRole: "description"
                valueRole: "name"
                Accessible.name: qsTr("Label sheet")
                onActivated: sheet.sheet = currentValue
                Component.onCompleted: currentIndex = indexOfValue(sheet.sheet)
            }
            Label { text: qsTr("First free label") }
            SpinBox {
                objectName: "labelStartPosition"
                from: 1
                to: sheet.labelsPerSheet
                value: sheet.startPosition
                editable: true
                Accessible.name: qsTr("Position of the first free label on the sheet, counting across then down")
                onValueModified: sheet.startPosition = value
            }
            Label { text: qsTr("Save as") }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: pathField
                    objectName: "labelPath"
                    Layout.fillWidth: true
                    selectByMouse: true
                    Accessible.name: qsTr("The PDF file to write")
                }
                Button {
                    text: qsTr("Choose…")
                    Accessible.name: qsTr("Choose where to save the PDF")
                    onClicked: chooser.open()
                }
            }
        }
        SecondaryLabel {
            objectName: "labelSummary"
            text: sheet.tags.length === 0 ? qsTr("No items chosen.")
                  : qsTr("%1 labels on %2 page(s); the first on label %3 of %4.").arg(sheet.tags.length).arg(sheet.pageCount)
                        .arg(sheet.startPosition).arg(sheet.labelsPerSheet)
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: sheet.busy
            value: sheet.progress
        }
        InlineMessage {
            objectName: "labelError"
            type: InlineMessage.Error
            text: sheet.error
        }
        InlineMessage {
            objectName: "labelMessage"
            type: InlineMessage.Positive
            text: sheet.message
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "labelOpenButton"
                visible: sheet.message !== ""
                text: qsTr("Open to print")
                Accessible.name: qsTr("Open the PDF in the viewer to print it")
                onClicked: Qt.openUrlExternally(sheet.savedFile)
            }
            Button {
                visible: sheet.busy
                text: qsTr("Stop")
                onClicked: sheet.cancel()
            }
            Button {
                objectName: "labelSaveButton"
                highlighted: true
                enabled: !sheet.busy
                text: qsTr("Save PDF")
                Accessible.name: qsTr("Save the labels as a PDF")
                onClicked: sheet.save(pathField.text)
            }
            Button {
                text: qsTr("Close")
                enabled: !sheet.busy
                onClicked: dialog.close()
            }
        }
    }
}
