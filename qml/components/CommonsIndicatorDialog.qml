// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Adds an ecological indicator (indicatorId 0) or edits one: its unit,
// the planetary boundary it follows, the threshold, which way is better,
// the bands of its light and after how many days without a measurement it
// turns grey.
CommonsFormDialog {
    id: dialog

    property real indicatorId: 0
    property var values: ({})

    objectName: "indicatorDialog"
    title: indicatorId > 0 ? qsTr("Edit %1").arg(values.name || "") : qsTr("Add an ecological indicator")
    operation: "saveIndicator"
    acceptText: indicatorId > 0 ? qsTr("Save") : qsTr("Add indicator")
    width: Math.min(560, parent ? parent.width - 2 * Theme.largeSpacing : 560)

    onOpened: {
        values = commons ? commons.indicatorFields(indicatorId) : {}
        nameField.text = values.name || ""
        unitField.text = values.unit || ""
        boundaryField.text = values.boundary || ""
        thresholdField.text = values.threshold || ""
        directionBox.currentIndex = Math.max(0, directionBox.indexOfValue(values.direction))
        amberBox.value = Number(values.amberFromPercent)
        redBox.value = Number(values.redAbovePercent)
        staleBox.value = Number(values.staleAfterDays)
        budgetToggle.checked = false
        nameField.forceActiveFocus()
    }
    onSubmitted: commons.saveIndicator(indicatorId, {
        name: nameField.text, unit: unitField.text, boundary: boundaryField.text,
        threshold: thresholdField.text, direction: directionBox.currentValue,
        amberFromPercent: amberBox.value, redAbovePercent: redBox.value, staleAfterDays: staleBox.value
    })

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "indicatorNameField"
            Layout.fillWidth: true
            focus: true
            placeholderText: qsTr("e.g. Carbon emissions")
            Accessible.name: qsTr("Name of the indicator")
        }
        Label { text: qsTr("Unit") }
        TextField {
            id: unitField
            objectName: "indicatorUnitField"
            Layout.fillWidth: true
            placeholderText: qsTr("t CO2e, ppm, index")
            Accessible.name: qsTr("Unit of the measurements")
        }
        Label { text: qsTr("Planetary boundary") }
        TextField {
            id: boundaryField
            objectName: "indicatorBoundaryField"
            Layout.fillWidth: true
            placeholderText: qsTr("Optional, e.g. climate change")
            Accessible.name: qsTr("Planetary boundary it follows, optional")
        }
        Label { text: qsTr("Threshold") }
        TextField {
            id: thresholdField
            objectName: "indicatorThresholdField"
            Layout.fillWidth: true
            Accessible.name: qsTr("Safe threshold or budget")
        }
        Item { implicitWidth: 1; implicitHeight: 1 }
        CheckBox {
            id: budgetToggle
            objectName: "indicatorBudgetToggle"
            text: qsTr("Work out a regional budget from a global one")
            Accessible.name: text
        }
        // Regional_Budget = Global_Safe_Space × (Population_Share +
        // Ecosystem_Service_Share) / 2, worked out by the core.
        Label { visible: budgetToggle.checked; text: qsTr("Global safe space") }
        TextField {
            id: globalField
            objectName: "indicatorGlobalField"
            visible: budgetToggle.checked
            Layout.fillWidth: true
            placeholderText: qsTr("In the indicator's unit")
            Accessible.name: qsTr("Global safe space, in the indicator's unit")
        }
        Label { visible: budgetToggle.checked; text: qsTr("Population share") }
        TextField {
            id: populationField
            objectName: "indicatorPopulationShareField"
            visible: budgetToggle.checked
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. 300/8000000000 or 0.0000000375")
            Accessible.name: qsTr("The community's share of the population")
        }
        Label { visible: budgetToggle.checked; text: qsTr("Ecosystem share") }
        TextField {
            id: ecosystemField
            objectName: "indicatorEcosystemShareField"
            visible: budgetToggle.checked
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. 0.00000005 or 0.000005%")
            Accessible.name: qsTr("The community's share of ecosystem services")
        }
        Item { visible: budgetToggle.checked; implicitWidth: 1; implicitHeight: 1 }
        RowLayout {
            visible: budgetToggle.checked
            Layout.fillWidth: true
            readonly property var budget: dialog.commons && budgetToggle.checked
                                          ? dialog.commons.regionalBudget(globalField.text, populationField.text, ecosystemField.text) : ({})
            Label {
                objectName: "indicatorBudgetResult"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: parent.budget.ok ? parent.budget.text
                    : (globalField.text || populationField.text || ecosystemField.text) ? (parent.budget.error || "") : ""
            }
            Button {
                objectName: "indicatorUseBudget"
                text: qsTr("Use as threshold")
                enabled: parent.budget.ok === true
                Accessible.name: qsTr("Use the regional budget as the threshold")
                onClicked: thresholdField.text = parent.budget.value
            }
        }
        Label { text: qsTr("Better when") }
        ComboBox {
            id: directionBox
            objectName: "indicatorDirectionBox"
            Layout.fillWidth: true
            model: dialog.commons ? dialog.commons.directionOptions : []
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Which way is better")
        }
        Label { text: qsTr("Amber from (%)") }
        SpinBox {
            id: amberBox
            objectName: "indicatorAmberBox"
            from: 1
            to: 1000
            editable: true
            Accessible.name: qsTr("The light turns amber from this percent of the threshold")
        }
        Label { text: qsTr("Red above (%)") }
        SpinBox {
            id: redBox
            objectName: "indicatorRedBox"
            from: 1
            to: 1000
            editable: true
            Accessible.name: qsTr("The light turns red above this percent of the threshold")
        }
        Label { text: qsTr("Grey after (days)") }
        SpinBox {
            id: staleBox
            objectName: "indicatorStaleBox"
            from: 1
            to: 3650
            editable: true
            Accessible.name: qsTr("Days without a measurement before the light turns grey")
        }
    }
}
