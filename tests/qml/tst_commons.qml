// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium.Ui
import Mycelium.Test

// The commons dashboard through the real window, keyboard first, on
// TestVault.commonsSeed's three resources and four indicators.
MainWindowTestCase {
    name: "Commons"

    readonly property var worstFirst: ["Carbon emissions", "Village well", "Bird species", "Village forest",
                                       "Air quality", "Groundwater level", "Solar array"]

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 10))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        compare(TestVault.commonsSeed(), 7)
        tryVerify(function() { return item("payerPicker").activeFocus })
        keyClick(Qt.Key_6, Qt.ControlModifier)
        compare(item("sections").currentIndex, 5)
        tryVerify(function() { return grid().activeFocus }, 2000, "the lights have the keyboard")
    }

    function grid() {
        return item("commonsLightGrid")
    }
    function lights() {
        return grid().model
    }
    function rowOf(name) {
        for (let row = 0; row < lights().count; ++row) {
            if (lights().get(row).name === name)
                return row
        }
        return -1
    }
    function openRow(row) {
        grid().forceActiveFocus()
        grid().currentIndex = row
        keyClick(Qt.Key_Return)
    }
    function openResource(name) {
        openRow(rowOf(name))
        tryVerify(function() { return item("commonsResourcePage").visible }, 2000, "the resource's page is shown")
        tryVerify(function() { return item("extractButton").activeFocus })
        compare(item("commonsResourceTitle").text, name)
    }
    function openExtractDialog() {
        keyClick(Qt.Key_Return)
        const dialog = item("commonsResourcePage").extractDialog
        tryVerify(function() { return dialog.opened })
        tryVerify(function() { return item("extractMemberPicker").activeFocus })
        return dialog
    }

    function test_lightsWorstFirst() {
        compare(lights().count, 7)
        const names = []
        const states = []
        for (let row = 0; row < lights().count; ++row) {
            names.push(lights().get(row).name)
            states.push(lights().get(row).state)
        }
        compare(names, worstFirst)
        compare(states, ["red", "red", "amber", "amber", "grey", "grey", "green"])
        compare(item("commonsLightCounts").text, "2 over the limit · 2 near it · 2 without recent data · 1 within limits")
        // The tiles follow the model's order.
        compare(item("commonsTileName-0").text, "Carbon emissions")
        compare(item("commonsTileName-6").text, "Solar array")
        compare(unnamedControls(), [], "every control of the dashboard is named")
    }

    function test_aLightHasItsWordAndSymbol() {
        const expected = [["red", "✕", "Over the limit"], ["amber", "!", "Near the limit"],
                          ["grey", "?", "No recent data"], ["green", "✓", "Within limits"]]
        const rows = [0, 2, 4, 6]
        for (let i = 0; i < rows.length; ++i) {
            const badge = item("commonsTileBadge-" + rows[i])
            compare(badge.state, expected[i][0])
            compare(findChild(badge, "lightSymbol").text, expected[i][1])
            const word = findChild(badge, "lightWord")
            compare(word.text, expected[i][2])
            verify(word.visible, "the word is shown beside the shape")
            compare(badge.Accessible.name, expected[i][2])
            // The tile says it to a screen reader in one sentence.
            const tile = item("commonsTile-" + rows[i])
            verify(tile.Accessible.name.indexOf(expected[i][2]) >= 0, tile.Accessible.name)
        }
        compare(lights().get(1).valueText, "250 m³")
        compare(lights().get(1).thresholdText, "200 m³")
        compare(lights().get(1).percent, 125)
    }

    function test_enterOpensADetailAndEscapeComesBack() {
        // The first tile is the carbon indicator; Enter opens it.
        compare(grid().currentIndex, 0)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("commonsIndicatorPage").visible }, 2000)
        compare(item("commonsIndicatorTitle").text, "Carbon emissions")
        compare(item("commonsIndicatorBadge").state, "red")
        tryVerify(function() { return item("recordMeasurementButton").activeFocus })
        verify(item("commonsLatest").text.indexOf("12 t CO2e") === 0, item("commonsLatest").text)
        compare(item("commonsMeasurementCount").text, "53")
        tryVerify(function() { return item("commonsIndicatorChart").pointCount > 0 }, 2000, "the chart is drawn")
        compare(unnamedControls(), [], "every control of the indicator's page is named")
        // A range button draws ten years.
        item("rangeButton-10y").forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(item("rangeButton-10y").checked)
        verify(!item("rangeButton-1y").checked)
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return grid().activeFocus })
        compare(grid().currentIndex, 0)

        // Right moves to the next tile: the well, a resource.
        keyClick(Qt.Key_Right)
        compare(grid().currentIndex, 1)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return item("commonsResourcePage").visible }, 2000)
        compare(item("commonsResourceTitle").text, "Village well")
        compare(item("commonsPermits").text, "300")
        compare(item("commonsPermitsLeft").text, "50")
        compare(item("commonsPriceNow").text, "Free")
        compare(unnamedControls(), [], "every control of the resource's page is named")
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return grid().activeFocus })
        compare(grid().currentIndex, 1)
    }

    function test_extractionBeyondThePermitsIsRefusedWithWhatIsLeft() {
        openResource("Village well")
        const before = TestVault.commonsExtractionCount("Village well")
        compare(before, 6)
        const dialog = openExtractDialog()
        typeText("4")
        keyClick(Qt.Key_Return) // takes Dario Rossi, goes on to the quantity
        tryVerify(function() { return item("extractQuantityField").activeFocus })
        typeText("60")
        // The live quote refuses, saying how much is left.
        const refusal = item("extractRefusal")
        tryVerify(function() { return refusal.text.length > 0 }, 2000, "the quote refuses")
        verify(refusal.text.indexOf("50") >= 0, refusal.text)
        keyClick(Qt.Key_Return)
        verify(dialog.opened, "a refusal keeps the dialog open")
        const result = item("extractDialog-result")
        verify(result.text.indexOf("50") >= 0, result.text)
        compare(TestVault.commonsExtractionCount("Village well"), before, "nothing is recorded")

        // 40 m³ fits: the quote says what it takes, Enter records it.
        item("extractQuantityField").selectAll()
        typeText("40")
        tryVerify(function() { return item("extractRefusal").text.length === 0 })
        verify(item("extractQuote").text.indexOf("40 permits") === 0, item("extractQuote").text)
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 2000, "the dialog closes")
        compare(TestVault.commonsExtractionCount("Village well"), before + 1)
        compare(item("commonsPermitsLeft").text, "10")
        verify(item("commonsResourceMessage").text.indexOf("40 m³ of Village well taken by Dario Rossi") === 0,
               item("commonsResourceMessage").text)
    }

    function test_overrideWithAReasonAppearsOnTheDashboard() {
        verify(!item("commonsOverrides").visible, "no override yet")
        openResource("Village well")
        const before = TestVault.commonsExtractionCount("Village well")
        const dialog = openExtractDialog()
        typeText("4")
        keyClick(Qt.Key_Return)
        typeText("60")
        keyClick(Qt.Key_Tab) // the day
        keyClick(Qt.Key_Tab) // the override
        verify(item("extractOverrideBox").activeFocus)
        keyClick(Qt.Key_Space)
        verify(item("extractOverrideBox").checked)
        // Without a reason it is refused.
        keyClick(Qt.Key_Tab)
        verify(item("extractReasonField").activeFocus)
        keyClick(Qt.Key_Return)
        verify(dialog.opened)
        verify(item("extractDialog-result").text.indexOf("reason") >= 0, item("extractDialog-result").text)
        compare(TestVault.commonsExtractionCount("Village well"), before)
        typeText("Fire brigade refilled its tank")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 2000, "the override is recorded")
        compare(TestVault.commonsExtractionCount("Village well"), before + 1)
        verify(item("commonsOverrideCount").text.indexOf("1 this period") === 0, item("commonsOverrideCount").text)

        keyClick(Qt.Key_Escape)
        tryVerify(function() { return grid().activeFocus })
        const strip = item("commonsOverrides")
        tryVerify(function() { return strip.visible })
        const line = item("commonsOverride-0").text
        verify(line.indexOf("Fire brigade refilled its tank") >= 0, line)
        verify(line.indexOf("Village well") >= 0, line)
        verify(line.indexOf("Dario Rossi") >= 0, line)
    }

    function test_recordingAMeasurementUpdatesTheLight() {
        const row = rowOf("Air quality")
        compare(lights().get(row).state, "grey")
        const id = lights().get(row).id
        openRow(row)
        tryVerify(function() { return item("commonsIndicatorPage").visible }, 2000)
        tryVerify(function() { return item("recordMeasurementButton").activeFocus })
        keyClick(Qt.Key_Return)
        const dialog = item("commonsIndicatorPage").measurementDialog
        tryVerify(function() { return item("measurementValueField").activeFocus })
        typeText("30")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !dialog.visible }, 2000)
        compare(item("commonsIndicatorBadge").state, "red")
        compare(item("commonsIndicatorBadge").word, "Over the limit")
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return grid().activeFocus })
        const now = lights().get(lights().rowOf("indicator", id))
        compare(now.state, "red")
        compare(now.valueText, "30 µg/m³")
        // Worst first: it moved up among the reds.
        verify(lights().rowOf("indicator", id) < 3)
    }

    function test_importErrorNamesTheLineAndTheField() {
        const bad = TestVault.commonsWriteFile("sensor.csv",
            "indicator,date,value\nAir quality,2026-03-10,20\nAir quality,2026-03-11,twenty\n")
        item("commonsDashboard").importFile(bad)
        const message = item("commonsMessage")
        tryVerify(function() { return message.visible })
        compare(message.type, 3 /* InlineMessage.Error */)
        verify(message.text.indexOf("line 3") >= 0, message.text)
        verify(message.text.indexOf("value") >= 0, message.text)
        // All or nothing: the first row is not recorded either.
        compare(lights().get(rowOf("Air quality")).state, "grey")

        const good = TestVault.commonsWriteFile("sensor-fixed.csv",
            "indicator,date,value\nAir quality,2026-03-10,20\nAir quality,2026-03-11,21\n")
        item("commonsDashboard").importFile(good)
        tryVerify(function() { return message.type === 1 /* Positive */ })
        verify(message.text.indexOf("2 measurements imported") === 0, message.text)
        compare(lights().get(rowOf("Air quality")).state, "amber")
    }

    function test_addAResourceAndAnIndicatorFromTheirForms() {
        // Ctrl+N: a resource; the form starts in the name.
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const resourceDialog = item("commonsDashboard").resourceDialog
        tryVerify(function() { return resourceDialog.opened })
        tryVerify(function() { return item("resourceNameField").activeFocus })
        typeText("Fishery")
        typeInto("resourceUnitField", "kg")
        typeInto("resourceYieldField", "1200")
        // Enter without permits: refused in words, the dialog stays.
        keyClick(Qt.Key_Return)
        verify(resourceDialog.opened)
        verify(item("resourceDialog-result").text.indexOf("Permits per period") >= 0, item("resourceDialog-result").text)
        typeInto("resourcePermitsField", "120")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !resourceDialog.visible }, 2000)
        compare(lights().count, 8)
        const fishery = lights().get(grid().currentIndex)
        compare(fishery.name, "Fishery")
        verify(item("commonsMessage").text.indexOf("Fishery") === 0, item("commonsMessage").text)

        item("addIndicatorButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const indicatorDialog = item("commonsDashboard").indicatorDialog
        tryVerify(function() { return item("indicatorNameField").activeFocus })
        typeText("Nitrogen surplus")
        typeInto("indicatorUnitField", "kg/ha")
        typeInto("indicatorThresholdField", "62.5")
        keyClick(Qt.Key_Return)
        tryVerify(function() { return !indicatorDialog.visible }, 2000)
        compare(lights().count, 9)
        compare(lights().get(grid().currentIndex).name, "Nitrogen surplus")
        compare(lights().get(grid().currentIndex).state, "grey")
        compare(lights().get(grid().currentIndex).thresholdText, "62.5 kg/ha")
    }

    function test_balanceTabAssemblyViewAndReportStartFromTheSection() {
        const section = item("commonsPages").parent.parent
        keyClick(Qt.Key_2, Qt.AltModifier)
        tryVerify(function() { return item("commonsBalance").visible }, 2000, "Alt+2 shows the ecological balance")
        compare(item("commonsTabs").currentIndex, 1)
        keyClick(Qt.Key_1, Qt.AltModifier)
        tryVerify(function() { return item("commonsDashboard").visible })

        keyClick(Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
        const setup = section.assemblySetup
        tryVerify(function() { return setup.opened }, 2000, "Ctrl+Shift+A asks for the assembly's days")
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !setup.opened })

        mouseClick(item("commonsReport"))
        const report = section.reportDialog
        tryVerify(function() { return report.opened }, 2000, "Report… opens the report's dialog")
        keyClick(Qt.Key_Escape)
        tryVerify(function() { return !report.opened })
        compare(unnamedControls(), [], "the new buttons are named")
    }

    function test_regionalBudgetFillsTheThreshold() {
        item("addIndicatorButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        const indicatorDialog = item("commonsDashboard").indicatorDialog
        tryVerify(function() { return item("indicatorNameField").activeFocus })
        typeText("Carbon budget")
        typeInto("indicatorUnitField", "t CO2e")
        mouseClick(item("indicatorBudgetToggle"))
        verify(item("indicatorGlobalField").visible)
        // 500 Gt × (300/8,000,000,000 + 0.00000005) / 2 = 21,875 t.
        typeInto("indicatorGlobalField", "500000000000")
        typeInto("indicatorPopulationShareField", "300/8000000000")
        typeInto("indicatorEcosystemShareField", "abc")
        verify(item("indicatorBudgetResult").text.indexOf("ecosystem service share") >= 0, item("indicatorBudgetResult").text)
        verify(!item("indicatorUseBudget").enabled)
        item("indicatorEcosystemShareField").text = ""
        typeInto("indicatorEcosystemShareField", "0.00000005")
        compare(item("indicatorBudgetResult").text, "Regional budget: 21,875")
        mouseClick(item("indicatorUseBudget"))
        compare(item("indicatorThresholdField").text, "21875")
        indicatorDialog.close()
    }

    function pressSave() {
        item("ecoRatesSave").forceActiveFocus()
        keyClick(Qt.Key_Space)
    }

    function test_settingsChangeTheEcologicalRates() {
        keyClick(Qt.Key_8, Qt.ControlModifier)
        tryVerify(function() { return item("ecoRatesCard").visible }, 2000, "Settings shows the ecological rates")
        compare(item("ecoCreditsPerPointField").text, "1.00")
        compare(item("ecoFeePerPointField").text, "1.00")
        compare(item("ecoWeight-carbon").text, "0.1")
        item("ecoFeePerPointField").text = "a lot"
        pressSave()
        verify(item("ecoRatesMessage").text.indexOf("Fee per point") === 0, item("ecoRatesMessage").text)
        compare(item("ecoFeePerPointField").text, "a lot")
        item("ecoFeePerPointField").text = "2"
        item("ecoWeight-carbon").text = "0.5"
        pressSave()
        verify(item("ecoRatesMessage").text.indexOf("saved") > 0, item("ecoRatesMessage").text)
        // Read back from the vault.
        compare(item("ecoFeePerPointField").text, "2.00")
        compare(item("ecoWeight-carbon").text, "0.5")
        compare(unnamedControls(), [], "every control of the settings is named")
    }
}
