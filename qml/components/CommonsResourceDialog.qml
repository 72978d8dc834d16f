// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Adds a commons resource (resourceId 0) or edits one: what it is, its
// sustainable yield per period divided into permits, the safe threshold
// (the yield when empty), the price rule, what regeneration earns, and
// where its light turns amber and red. The core checks everything.
CommonsFormDialog {
    id: dialog

    property real resourceId: 0
    property var values: ({})

    objectName: "resourceDialog"
    title: resourceId > 0 ? qsTr("Edit %1").arg(values.name || "") : qsTr("Add a commons resource")
    operation: "saveResource"
    acceptText: resourceId > 0 ? qsTr("Save") : qsTr("Add resource")
    width: Math.min(760, parent ? parent.width - 2 * Theme.largeSpacing : 760)

    function value(key) {
        return values[key] !== undefined ? String(values[key]) : ""
    }

    onOpened: {
        values = commons ? commons.resourceFields(resourceId) : {}
        nameField.text = value("name")
        unitField.text = value("unit")
        descriptionField.text = value("description")
        stockField.text = value("stock")
        periodBox.currentIndex = Math.max(0, periodBox.indexOfValue(value("period")))
        yieldField.text = value("yield")
        permitsField.text = value("permits")
        thresholdField.text = value("threshold")
        priceField.text = value("basePrice")
        elasticityBox.value = Number(values.elasticity)
        regenerationUnitField.text = value("regenerationUnit")
        regenerationPermitsField.text = value("permitsPerRegenerationUnit")
        regenerationCreditsField.text = value("creditsPerRegenerationUnit")
        amberBox.value = Number(values.amberFromPercent)
        redBox.value = Number(values.redAbovePercent)
        nameField.forceActiveFocus()
    }
    onSubmitted: commons.saveResource(resourceId, {
        name: nameField.text, unit: unitField.text, description: descriptionField.text,
        stock: stockField.text, period: periodBox.currentValue, yield: yieldField.text,
        permits: permitsField.text, threshold: thresholdField.text, basePrice: priceField.text,
        elasticity: elasticityBox.value, regenerationUnit: regenerationUnitField.text,
        permitsPerRegenerationUnit: regenerationPermitsField.text,
        creditsPerRegenerationUnit: regenerationCreditsField.text,
        amberFromPercent: amberBox.value, redAbovePercent: redBox.value
    })

    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "resourceNameField"
            Layout.fillWidth: true
            focus: true
            placeholderText: qsTr("e.g. Village forest")
            Accessible.name: qsTr("Name of the resource")
        }
        Label { text: qsTr("Unit") }
        TextField {
            id: unitField
            objectName: "resourceUnitField"
            Layout.fillWidth: true
            placeholderText: qsTr("t, m³, kWh")
            Accessible.name: qsTr("Unit the resource is measured in")
        }

        Label { text: qsTr("Description") }
        TextField {
            id: descriptionField
            objectName: "resourceDescriptionField"
            Layout.fillWidth: true
            Layout.columnSpan: 3
            Accessible.name: qsTr("Description of the resource")
        }

        Label { text: qsTr("Period") }
        ComboBox {
            id: periodBox
            objectName: "resourcePeriodBox"
            Layout.fillWidth: true
            model: dialog.commons ? dialog.commons.periodOptions : []
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Period the yield is counted over")
        }
        Label { text: qsTr("Stock") }
        TextField {
            id: stockField
            objectName: "resourceStockField"
            Layout.fillWidth: true
            placeholderText: qsTr("Optional")
            Accessible.name: qsTr("Stock or capacity, optional")
        }

        Label { text: qsTr("Sustainable yield") }
        TextField {
            id: yieldField
            objectName: "resourceYieldField"
            Layout.fillWidth: true
            placeholderText: qsTr("per period")
            Accessible.name: qsTr("Sustainable yield per period")
        }
        Label { text: qsTr("Permits") }
        TextField {
            id: permitsField
            objectName: "resourcePermitsField"
            Layout.fillWidth: true
            placeholderText: qsTr("per period")
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("Permits the yield is divided into, per period")
        }

        Label { text: qsTr("Safe threshold") }
        TextField {
            id: thresholdField
            objectName: "resourceThresholdField"
            Layout.fillWidth: true
            placeholderText: qsTr("The yield when empty")
            Accessible.name: qsTr("Safe use per period; the yield when empty")
        }
        Label { text: qsTr("Base price") }
        TextField {
            id: priceField
            objectName: "resourcePriceField"
            Layout.fillWidth: true
            placeholderText: qsTr("per permit; empty: free")
            Accessible.name: qsTr("Base price per permit at the threshold")
        }

        Label { text: qsTr("Elasticity") }
        SpinBox {
            id: elasticityBox
            objectName: "resourceElasticityBox"
            from: 0
            to: 4
            editable: true
            Accessible.name: qsTr("Elasticity of the price, 0 to 4")
        }
        Label { text: qsTr("Regeneration unit") }
        TextField {
            id: regenerationUnitField
            objectName: "resourceRegenerationUnitField"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. trees; the unit when empty")
            Accessible.name: qsTr("Unit regeneration is counted in")
        }

        Label { text: qsTr("Permits per unit") }
        TextField {
            id: regenerationPermitsField
            objectName: "resourceRegenerationPermitsField"
            Layout.fillWidth: true
            placeholderText: qsTr("earned by regeneration")
            Accessible.name: qsTr("Permits earned per unit of regeneration")
        }
        Label { text: qsTr("Credits per unit") }
        TextField {
            id: regenerationCreditsField
            objectName: "resourceRegenerationCreditsField"
            Layout.fillWidth: true
            placeholderText: qsTr("paid by the commons fund")
            Accessible.name: qsTr("Credits paid per unit of regeneration")
        }

        Label { text: qsTr("Amber from (%)") }
        SpinBox {
            id: amberBox
            objectName: "resourceAmberBox"
            from: 1
            to: 1000
            editable: true
            Accessible.name: qsTr("The light turns amber from this percent of the threshold")
        }
        Label { text: qsTr("Red above (%)") }
        SpinBox {
            id: redBox
            objectName: "resourceRedBox"
            from: 1
            to: 1000
            editable: true
            Accessible.name: qsTr("The light turns red above this percent of the threshold")
        }
    }
}
