// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Mycelium
import Mycelium.Ui

// A new item (originalTag empty) or an item's fields, filled in with what
// they are now. A refused save says under each field what is wrong with it.
// The column on the left keeps the place of the item's photo.
CatalogueFormDialog {
    id: dialog

    property string originalTag
    // A photo chosen for an item not added yet: stored once it is.
    property url pendingPhoto
    // A member's own tool, lent through the library; -1 the library's own.
    property real ownerNumber: -1
    readonly property bool adding: originalTag.length === 0
    readonly property var errors: catalogue ? catalogue.fieldErrors : ({})

    function errorOf(key) {
        return errors[key] || ""
    }
    function fill() {
        catalogue.clearFieldErrors()
        const f = catalogue.itemFields(originalTag)
        tagField.text = f.assetTag
        nameField.text = f.name
        categoryBox.currentIndex = -1
        categoryBox.editText = f.category
        conditionBox.currentIndex = Math.max(0, conditionBox.indexOfValue(f.condition))
        locationField.text = f.location
        addedOnField.text = f.createdOn
        valueField.text = f.replacementValue
        depositField.text = f.deposit
        loanDaysField.text = String(f.loanDays)
        lateFeeField.text = f.lateFeePerDay
        everyLoansField.text = f.maintenanceEveryLoans > 0 ? String(f.maintenanceEveryLoans) : ""
        everyDaysField.text = f.maintenanceEveryDays > 0 ? String(f.maintenanceEveryDays) : ""
        descriptionArea.text = f.description
        safetyField.text = f.safetyNotes
        componentsField.text = f.components.split("\n").join(", ")
        trainingBox.checked = f.needsTraining
        ownerNumber = f.owner > 0 ? f.owner : -1
        if (ownerNumber < 0)
            ownerPicker.clearChoice()
    }

    title: adding ? qsTr("Add an item") : qsTr("Edit %1").arg(originalTag)
    operation: adding ? "addToolItem" : "editToolItem"
    acceptText: adding ? qsTr("Add item") : qsTr("Save")
    width: Math.min(900, parent ? parent.width - 2 * Theme.largeSpacing : 900)

    onOpened: {
        pendingPhoto = ""
        photo.source = adding ? "" : catalogue.photoUrl(originalTag)
        fill()
        const first = adding ? tagField : nameField
        first.selectAll()
        first.forceActiveFocus()
    }
    onSubmitted: catalogue.saveItem(originalTag, {
        assetTag: tagField.text,
        name: nameField.text,
        category: categoryBox.editText,
        condition: conditionBox.currentValue,
        location: locationField.text,
        createdOn: addedOnField.text,
        replacementValue: valueField.text,
        deposit: depositField.text,
        loanDays: loanDaysField.text,
        lateFeePerDay: lateFeeField.text,
        maintenanceEveryLoans: everyLoansField.text.length > 0 ? everyLoansField.text : 0,
        maintenanceEveryDays: everyDaysField.text.length > 0 ? everyDaysField.text : 0,
        description: descriptionArea.text,
        safetyNotes: safetyField.text,
        components: componentsField.text.split(/[,\n]/).map(s => s.trim()).filter(s => s.length > 0).join("\n"),
        needsTraining: trainingBox.checked,
        owner: ownerNumber > 0 ? ownerNumber : 0
    })

    Connections {
        target: dialog.catalogue
        function onOperationFinished(operation, ok, message, assetTag) {
            if (ok && operation === "addToolItem" && dialog.pendingPhoto.toString() !== "")
                dialog.catalogue.setPhotoFromFile(assetTag, dialog.pendingPhoto)
            if (ok && operation === "photo" && !dialog.adding)
                photo.source = dialog.catalogue.photoUrl(dialog.originalTag)
        }
    }
    FileDialog {
        id: photoChooser
        title: qsTr("Photo of the item")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp *.bmp)")]
        onAccepted: {
            if (dialog.adding) {
                dialog.pendingPhoto = selectedFile
                photo.source = selectedFile
            } else {
                dialog.catalogue.setPhotoFromFile(dialog.originalTag, selectedFile)
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.largeSpacing

        // The item's photo, kept in the vault (scaled down first).
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.smallSpacing
            spacing: Theme.smallSpacing

            Rectangle {
                objectName: "toolItemPhotoSlot"
                implicitWidth: 140
                implicitHeight: 140
                radius: Theme.radius
                color: "transparent"
                border.color: Qt.rgba(dialog.palette.windowText.r, dialog.palette.windowText.g, dialog.palette.windowText.b, 0.25)

                Image {
                    id: photo
                    objectName: "toolItemPhoto"
                    anchors.fill: parent
                    anchors.margins: 1
                    fillMode: Image.PreserveAspectFit
                    asynchronous: false
                    cache: false
                    sourceSize: Qt.size(280, 280)
                }
                SecondaryLabel {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.smallSpacing
                    horizontalAlignment: Text.AlignHCenter
                    visible: photo.status !== Image.Ready
                    text: qsTr("No photo")
                }
            }
            Button {
                objectName: "toolItemChoosePhoto"
                Layout.fillWidth: true
                text: photo.status === Image.Ready ? qsTr("Change photo…") : qsTr("Add photo…")
                Accessible.name: qsTr("Choose a photo of the item")
                onClicked: photoChooser.open()
            }
            Button {
                objectName: "toolItemRemovePhoto"
                Layout.fillWidth: true
                visible: photo.status === Image.Ready
                text: qsTr("Remove photo")
                Accessible.name: text
                onClicked: {
                    if (dialog.adding) {
                        dialog.pendingPhoto = ""
                        photo.source = ""
                    } else if (dialog.catalogue.removePhoto(dialog.originalTag)) {
                        photo.source = ""
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing

            CatalogueField {
                label: qsTr("Asset tag")
                error: dialog.errorOf("assetTag")
                TextField {
                    id: tagField
                    objectName: "toolItemTagField"
                    Layout.fillWidth: true
                    focus: true
                    placeholderText: qsTr("Scan or type the label's code")
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Asset tag")
                    Accessible.description: dialog.errorOf("assetTag")
                }
            }
            CatalogueField {
                label: qsTr("Name")
                error: dialog.errorOf("name")
                TextField {
                    id: nameField
                    objectName: "toolItemNameField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("For example: Cordless drill")
                    Accessible.name: qsTr("Name of the item")
                    Accessible.description: dialog.errorOf("name")
                }
            }
            CatalogueField {
                label: qsTr("Category")
                error: dialog.errorOf("category")
                ComboBox {
                    id: categoryBox
                    objectName: "toolItemCategoryBox"
                    Layout.fillWidth: true
                    editable: true
                    model: dialog.catalogue ? dialog.catalogue.categories : []
                    Accessible.name: qsTr("Category; choose one or type a new one")
                }
            }
            CatalogueField {
                label: qsTr("Condition")
                error: dialog.errorOf("condition")
                ComboBox {
                    id: conditionBox
                    objectName: "toolItemConditionBox"
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: dialog.catalogue ? dialog.catalogue.conditionOptions : []
                    Accessible.name: qsTr("Condition: %1").arg(displayText)
                    Accessible.description: dialog.errorOf("condition")
                }
            }
            CatalogueField {
                label: qsTr("Location or shelf")
                error: dialog.errorOf("location")
                TextField {
                    id: locationField
                    objectName: "toolItemLocationField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("For example: Shelf B2")
                    Accessible.name: qsTr("Location or shelf")
                }
            }
            CatalogueField {
                label: qsTr("Added on")
                error: dialog.errorOf("createdOn")
                TextField {
                    id: addedOnField
                    objectName: "toolItemAddedOnField"
                    Layout.fillWidth: true
                    placeholderText: LedgerController.dateFormatHint
                    Accessible.name: qsTr("Date the item was added")
                    Accessible.description: dialog.errorOf("createdOn")
                }
            }
            CatalogueField {
                label: qsTr("Replacement value (credits)")
                error: dialog.errorOf("replacementValue")
                TextField {
                    id: valueField
                    objectName: "toolItemValueField"
                    Layout.fillWidth: true
                    placeholderText: "0.00"
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Replacement value in credits")
                    Accessible.description: dialog.errorOf("replacementValue")
                }
            }
            CatalogueField {
                label: qsTr("Deposit (credits)")
                error: dialog.errorOf("deposit")
                TextField {
                    id: depositField
                    objectName: "toolItemDepositField"
                    Layout.fillWidth: true
                    placeholderText: "0.00"
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Deposit in credits, held while the item is out")
                    Accessible.description: dialog.errorOf("deposit")
                }
            }
            CatalogueField {
                label: qsTr("Loan period (days)")
                error: dialog.errorOf("loanDays")
                TextField {
                    id: loanDaysField
                    objectName: "toolItemLoanDaysField"
                    Layout.fillWidth: true
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,4}/ }
                    Accessible.name: qsTr("Loan period in days")
                    Accessible.description: dialog.errorOf("loanDays")
                }
            }
            CatalogueField {
                label: qsTr("Late fee per day (credits)")
                error: dialog.errorOf("lateFeePerDay")
                TextField {
                    id: lateFeeField
                    objectName: "toolItemLateFeeField"
                    Layout.fillWidth: true
                    placeholderText: "0.00"
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Late fee per day in credits")
                    Accessible.description: dialog.errorOf("lateFeePerDay")
                }
            }
            CatalogueField {
                label: qsTr("Maintenance every … loans")
                error: dialog.errorOf("maintenanceEveryLoans")
                TextField {
                    id: everyLoansField
                    objectName: "toolItemEveryLoansField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Empty: no such interval")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,5}/ }
                    Accessible.name: qsTr("Maintenance after this many loans; empty for none")
                }
            }
            CatalogueField {
                label: qsTr("Maintenance every … days")
                error: dialog.errorOf("maintenanceEveryDays")
                TextField {
                    id: everyDaysField
                    objectName: "toolItemEveryDaysField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Empty: no such interval")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,5}/ }
                    Accessible.name: qsTr("Maintenance after this many days; empty for none")
                }
            }
            CatalogueField {
                Layout.columnSpan: 2
                label: qsTr("Description")
                error: dialog.errorOf("description")
                TextArea {
                    id: descriptionArea
                    objectName: "toolItemDescriptionArea"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(implicitHeight, 52)
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("What is in the case, what it is good for")
                    Accessible.name: qsTr("Description")
                    background: Rectangle {
                        color: descriptionArea.palette.base
                        radius: 2
                        border.color: descriptionArea.activeFocus ? descriptionArea.palette.highlight
                                    : Qt.rgba(descriptionArea.palette.windowText.r, descriptionArea.palette.windowText.g, descriptionArea.palette.windowText.b, 0.3)
                    }
                    // Tab moves on, as in every other field.
                    Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                    Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                }
            }
            CatalogueField {
                label: qsTr("Safety notes")
                error: dialog.errorOf("safetyNotes")
                TextField {
                    id: safetyField
                    objectName: "toolItemSafetyField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("For example: eye protection")
                    Accessible.name: qsTr("Safety notes")
                }
            }
            CatalogueField {
                label: qsTr("Kit components")
                error: dialog.errorOf("components")
                TextField {
                    id: componentsField
                    objectName: "toolItemComponentsField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("For a kit: its parts, separated by commas")
                    Accessible.name: qsTr("Components of the kit, separated by commas, checked on the way out and in")
                }
            }
            CheckBox {
                id: trainingBox
                objectName: "toolItemTrainingBox"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Borrowers need a training sign-off")
                Accessible.name: qsTr("Borrowers need a training sign-off for the item's category")
            }
            CatalogueField {
                label: qsTr("Owner (empty: the library's own)")
                error: dialog.errorOf("owner")
                MemberPicker {
                    id: ownerPicker
                    objectName: "toolItemOwnerPicker"
                    includeCommonsFund: false
                    placeholderText: qsTr("A member who lends their own tool")
                    purpose: qsTr("Owner: the member whose own tool this is; empty for the library's own")
                    number: dialog.ownerNumber
                    chosenName: number > 0 ? owner.name : ""
                    onPicked: (number) => dialog.ownerNumber = number
                }
                MemberDetails {
                    id: owner
                    ledger: LedgerController
                    number: dialog.ownerNumber
                }
            }
        }
    }
}
