// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Mycelium
import Mycelium.Ui
import Mycelium.Test

// The assembly report's dialog over the real window: the period's presets,
// Generate writing a PDF with the progress reaching the end, a backward
// period refused, Cancel leaving no file. The vault is createLedgerVault's
// with TestVault.reportAddCommons' resources and indicators (today() is
// 14 Mar 2026).
MainWindowTestCase {
    name: "AssemblyReport"

    Component {
        id: dialogComponent
        AssemblyReportDialog {}
    }

    property var dialog: null

    function init() {
        verify(TestVault.createLedgerVault(community, passphrase, 60))
        openWindow()
        unlockWith(passphrase)
        screenIs(VaultController.MainScreen)
        verify(TestVault.reportAddCommons())
        dialog = createTemporaryObject(dialogComponent, window.contentItem)
        verify(dialog)
        dialog.open()
        tryVerify(function() { return dialog.opened }, 2000, "the dialog opens")
    }

    function setPeriod(from, to, path) {
        item("reportFrom").text = from
        item("reportTo").text = to
        item("reportPath").text = path
    }

    function test_defaultsToLastMonth() {
        compare(dialog.title, "Assembly report")
        compare(dialog.report.fromText, LedgerController.formatDate(LedgerController.parseDate("2026-02-01")))
        compare(dialog.report.toText, LedgerController.formatDate(LedgerController.parseDate("2026-02-28")))
        compare(item("reportFrom").text, dialog.report.fromText)
        verify(item("reportPath").text.endsWith("assembly-report-2026-02.pdf"), item("reportPath").text)
        mouseClick(item("reportPreset_thisYear"))
        compare(item("reportFrom").text, LedgerController.formatDate(LedgerController.parseDate("2026-01-01")))
        compare(item("reportTo").text, LedgerController.todayText)
        mouseClick(item("reportPreset_last12Months"))
        compare(item("reportFrom").text, LedgerController.formatDate(LedgerController.parseDate("2025-03-01")))
        compare(item("reportTo").text, LedgerController.formatDate(LedgerController.parseDate("2026-02-28")))
    }

    function test_generateWritesThePdf() {
        const path = TestVault.reportTempPath("assembly.pdf")
        setPeriod("2025-03-01", "2026-02-28", path)
        const progress = []
        dialog.report.progressChanged.connect(function() { progress.push(dialog.report.progress) })
        mouseClick(item("reportGenerateButton"))
        verify(dialog.report.running)
        verify(item("reportCancelButton").visible)
        tryVerify(function() { return !dialog.report.running }, 30000, "the report is written")
        compare(dialog.report.error, "")
        compare(dialog.report.progress, 1)
        verify(progress.length > 2, "progress moved: " + progress)
        for (let i = 1; i < progress.length; ++i)
            verify(progress[i] >= progress[i - 1], "progress never goes back: " + progress)
        verify(item("reportMessage").text.indexOf("assembly.pdf") >= 0, item("reportMessage").text)
        verify(item("reportOpenButton").visible)
        // Cover, 3 resources, 4 indicators, balance, overrides, regenerations.
        compare(TestVault.reportPdfPages(path), 1 + 3 + 4 + 3)
    }

    function test_backwardPeriodIsRefused() {
        const path = TestVault.reportTempPath("backward.pdf")
        setPeriod("2026-02-28", "2026-02-01", path)
        mouseClick(item("reportGenerateButton"))
        verify(!dialog.report.running)
        verify(item("reportError").text.indexOf("after the last day") >= 0, item("reportError").text)
        compare(TestVault.reportPdfPages(path), -1)
    }

    function test_cancelLeavesNoFile() {
        const path = TestVault.reportTempPath("cancelled.pdf")
        setPeriod("2024-03-15", "2026-03-14", path)
        verify(dialog.report.start(item("reportFrom").text, item("reportTo").text, path))
        dialog.report.cancel()
        tryVerify(function() { return !dialog.report.running }, 30000, "the report stops")
        verify(dialog.report.error.indexOf("cancelled") >= 0, dialog.report.error)
        compare(TestVault.reportPdfPages(path), -1)
        // The dialog can go again. Two years of the monthly resources' tables
        // continue on further pages.
        mouseClick(item("reportGenerateButton"))
        tryVerify(function() { return !dialog.report.running }, 30000, "the report is written")
        compare(dialog.report.error, "")
        verify(TestVault.reportPdfPages(path) > 1 + 3 + 4 + 3, "pages: " + TestVault.reportPdfPages(path))
    }
}
