<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="14"/>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="16"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="34"/>
        <source>Name of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="38"/>
        <source>Contact (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="44"/>
        <source>Phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="45"/>
        <source>Contact of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="49"/>
        <source>Member number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="55"/>
        <source>The next free number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="58"/>
        <source>Member number; empty takes the next free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="62"/>
        <source>PIN (optional, at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="67"/>
        <source>PIN of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="72"/>
        <source>PIN again, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="73"/>
        <source>The PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AddMemberDialog.qml" line="76"/>
        <source>With a PIN the member confirms their own trades at the hall; without one the coordinator confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyBalancePage</name>
    <message>
        <location filename="../qml/components/AssemblyBalancePage.qml" line="19"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyChartPage</name>
    <message>
        <location filename="../qml/components/AssemblyChartPage.qml" line="40"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyController</name>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="83"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="99"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="170"/>
        <location filename="../ui/commons/assemblycontroller.cpp" line="228"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="176"/>
        <source>Type the first day as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="180"/>
        <source>Type the last day as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="184"/>
        <source>The first day comes after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="188"/>
        <source>The last day is in the future: choose today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="240"/>
        <source>Commons resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="241"/>
        <source>Ecological indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="253"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="254"/>
        <source>Threshold %1, higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="255"/>
        <source>Threshold %1, lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="256"/>
        <source>No threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="257"/>
        <source>%1 % of the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="286"/>
        <source>Extracted per %1 against the safe threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="287"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="287"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="295"/>
        <source>%1 extracted in the periods shown; safe threshold %2 per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="312"/>
        <source>No measurement in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/assemblycontroller.cpp" line="313"/>
        <source>%n measurements; latest %1, lowest %2, highest %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="314"/>
        <location filename="../ui/commons/assemblycontroller.cpp" line="315"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="323"/>
        <source>Measured against the threshold; higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="324"/>
        <source>Measured against the threshold; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="348"/>
        <source>Ecological balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="349"/>
        <source>Regeneration above the line; extraction and trade impacts below it; the net month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="350"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/assemblycontroller.cpp" line="353"/>
        <source>Regeneration %1, extraction %2, trade impacts %3: net %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyLightPage</name>
    <message>
        <location filename="../qml/components/AssemblyLightPage.qml" line="20"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyLightPage.qml" line="66"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyLightPage.qml" line="91"/>
        <source>Trend: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyReportController</name>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="76"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="77"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="78"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="158"/>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="235"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="162"/>
        <source>The first day &quot;%1&quot; is not a date; type it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="164"/>
        <source>The last day &quot;%1&quot; is not a date; type it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="166"/>
        <source>The first day, %1, is after the last day, %2: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="170"/>
        <source>The report is saved as a PDF: the file name ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="199"/>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="222"/>
        <source>The report was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/assemblyreportcontroller.cpp" line="228"/>
        <source>The assembly report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyReportDialog</name>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="26"/>
        <source>Assembly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="43"/>
        <source>Save the assembly report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="46"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="58"/>
        <source>A printable A4 PDF for the assembly: every warning light, a page with a chart for each resource and indicator, the ecological balance, the emergency overrides and the top regeneration actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="64"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="74"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="89"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="98"/>
        <source>First day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="101"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="110"/>
        <source>Last day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="113"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="122"/>
        <source>The PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="126"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="128"/>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="138"/>
        <source>Progress of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="156"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="157"/>
        <source>Open the report in the PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="163"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="164"/>
        <source>Stop making the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="171"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="172"/>
        <source>Generate the assembly report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblyReportDialog.qml" line="177"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblySetupDialog</name>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="43"/>
        <source>Assembly view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="69"/>
        <source>The warning lights, a chart for each resource and indicator, and the ecological balance, one a page, full screen for the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="72"/>
        <source>Days to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="80"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="81"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="82"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="83"/>
        <source>From and to as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="100"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="106"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="109"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="115"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="129"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="137"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="139"/>
        <source>Start the assembly view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AssemblySetupDialog.qml" line="140"/>
        <source>Full screen; arrow keys move between pages, Escape leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssemblyView</name>
    <message>
        <location filename="../qml/pages/AssemblyView.qml" line="42"/>
        <source>Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AssemblyView.qml" line="60"/>
        <source>Assembly, page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AssemblyView.qml" line="128"/>
        <source>Reading the assembly&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AssemblyView.qml" line="157"/>
        <source>← → move · Home End · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/AssemblyView.qml" line="167"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../qml/components/BalanceChart.qml" line="58"/>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/BalanceChart.qml" line="79"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/BalanceChart.qml" line="88"/>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/BalanceChart.qml" line="97"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueController</name>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="80"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="82"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="84"/>
        <source>Worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="86"/>
        <source>Needs repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="88"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="105"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="97"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="99"/>
        <source>On loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="101"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="103"/>
        <source>Maintenance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="103"/>
        <source>Under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/cataloguecontroller.cpp" line="112"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/cataloguecontroller.cpp" line="116"/>
        <source>to %1 (%2), due %3, %n days late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="116"/>
        <source>to %1 (%2), due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="118"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="122"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="121"/>
        <source>for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="126"/>
        <source>its maintenance interval has come round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="127"/>
        <source>needs repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="231"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="255"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="324"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="423"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="446"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="463"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="493"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="526"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="544"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="326"/>
        <source>The vault is busy with another operation. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="336"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="345"/>
        <source>%1: type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="356"/>
        <source>Choose the condition the item is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="358"/>
        <source>Replacement value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="359"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="360"/>
        <source>Loan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="361"/>
        <source>Late fee per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="364"/>
        <source>Maintenance every … loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="365"/>
        <source>Maintenance every … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="370"/>
        <source>Added on: type a date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/cataloguecontroller.cpp" line="385"/>
        <source>%n fields need a look; each says what is wrong under it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="412"/>
        <source>%1 (%2) is in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="413"/>
        <source>%1 (%2) is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="425"/>
        <source>Choose the member who waits for the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="432"/>
        <source>%1 (member %2) is number %3 in the queue for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="448"/>
        <source>Say what needs doing; the maintenance record keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="453"/>
        <source>%1 is under maintenance from today and is not lent until the record is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="465"/>
        <source>Choose the member the item is booked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="473"/>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="475"/>
        <source>“%1” is not a day; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="480"/>
        <source>%1 is booked for %2 (member %3) from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="494"/>
        <source>Cancelled from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="496"/>
        <source>The booking is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="510"/>
        <source>%1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="516"/>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="535"/>
        <source>The photo of %1 is kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguecontroller.cpp" line="549"/>
        <source>The photo of %1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguemodel.cpp" line="197"/>
        <location filename="../ui/tools/toolitemdetails.cpp" line="80"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueFigure</name>
    <message>
        <location filename="../qml/components/CatalogueFigure.qml" line="21"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../ui/tools/cataloguemodel.cpp" line="237"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguemodel.cpp" line="238"/>
        <source>condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/cataloguemodel.cpp" line="239"/>
        <source>replacement value %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="113"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="117"/>
        <source>More than %1 items match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="118"/>
        <source>1 item matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="118"/>
        <source>%1 items match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="119"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="119"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="123"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="124"/>
        <source>Add an item to the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="125"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="132"/>
        <source>Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="134"/>
        <source>Print labels for the items listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="135"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="155"/>
        <location filename="../qml/pages/CataloguePage.qml" line="330"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="160"/>
        <source>Loans ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="165"/>
        <source>Avoided spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="170"/>
        <source>In use (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="172"/>
        <source>Share of the items&apos; days spent on loan over the last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="176"/>
        <source>Never borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="183"/>
        <source>Most requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="185"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="185"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="201"/>
        <location filename="../qml/pages/CataloguePage.qml" line="204"/>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="205"/>
        <source>By tag, name, category or description; every word must match. Down goes to the list, Enter opens the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="222"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="224"/>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="230"/>
        <source>Any availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="232"/>
        <source>Availability filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="238"/>
        <source>Any condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="240"/>
        <source>Condition filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="290"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="293"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="298"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="304"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="435"/>
        <source>No item matches the search and the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CataloguePage.qml" line="436"/>
        <source>No items yet. Add the first one with “Add item…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirculationTargetDialog</name>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="18"/>
        <source>Circulation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="20"/>
        <source>Remove target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="20"/>
        <source>Save target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="31"/>
        <source>When the money in circulation leaves this band, the overview suggests a new demurrage rate; a person decides whether to take it. Leave both fields empty to remove the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="35"/>
        <source>Low end (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="43"/>
        <source>Low end of the circulation target, in credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="47"/>
        <source>High end (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CirculationTargetDialog.qml" line="54"/>
        <source>High end of the circulation target, in credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../core/ledger/csv.cpp" line="230"/>
        <source>The file is empty: its first line must name the columns, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="237"/>
        <source>%1, column %2: the column has no name; name it, or remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="239"/>
        <source>%1: &quot;%2&quot; is not a column this import knows; the columns are %3 (spelled exactly so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="242"/>
        <source>%1: the column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="247"/>
        <source>%1: the column &quot;%2&quot; is missing; the file needs the columns %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsController</name>
    <message>
        <location filename="../ui/commons/commonschartdata.cpp" line="48"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="61"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="78"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="80"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="86"/>
        <source>Lower is better (use, emissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="88"/>
        <source>Higher is better (biodiversity, groundwater)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="142"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="239"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="259"/>
        <source>%1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonscontroller.cpp" line="152"/>
        <source>%1: %2 of %3 taken by %4 beyond the permits (%n permits), because: %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="226"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="316"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="354"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="476"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="516"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="543"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="233"/>
        <source>%1: type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="238"/>
        <source>%1: “%2” is not a number with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="249"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="259"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="223"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="262"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="219"/>
        <source>Sustainable yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="266"/>
        <source>Permits per period: type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="268"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="221"/>
        <source>Safe threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="269"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="224"/>
        <source>Base price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="272"/>
        <source>Permits per unit of regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="273"/>
        <source>Credits per unit of regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="287"/>
        <source>%1 is stewarded from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="287"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="344"/>
        <source>%1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="326"/>
        <source>Threshold: type the safe threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="327"/>
        <source>Threshold: “%1” is not a number with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="344"/>
        <source>%1 is watched from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="359"/>
        <source>Choose the member who takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="364"/>
        <source>Type how much is taken, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="365"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="488"/>
        <source>“%1” is not a quantity; type a number with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="368"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="491"/>
        <location filename="../ui/commons/commonscontroller.cpp" line="528"/>
        <source>“%1” is not a day; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="385"/>
        <source>The global safe space must be a number of at most three decimals, like 1,000,000 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="388"/>
        <source>The population share must be between 0 and 1: a decimal like 0.0000375, a percentage like 3.75% or a fraction like 300/8000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="391"/>
        <source>The ecosystem service share must be between 0 and 1: a decimal, a percentage or a fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="395"/>
        <source>Regional budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonscontroller.cpp" line="422"/>
        <source>%n permits at %1 each: %2 charged to the commons fund.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonscontroller.cpp" line="425"/>
        <source>%n from the member&apos;s drawing rights.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonscontroller.cpp" line="427"/>
        <source>%n beyond the permits, under the emergency override.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="454"/>
        <source>%1 of %2 taken by %3; %4 charged to the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="455"/>
        <source>%1 of %2 taken by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="457"/>
        <source>The emergency override is logged and shown on the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="466"/>
        <source>An emergency override needs a reason; the assembly will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="481"/>
        <source>Choose the member who did the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="487"/>
        <source>Type how much was done, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonscontroller.cpp" line="505"/>
        <source>%1 for %2 recorded: %3 earns %n permits and %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="524"/>
        <source>Type the measured value, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="525"/>
        <source>“%1” is not a number with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="533"/>
        <source>%1 on %2: %3 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="547"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonscontroller.cpp" line="550"/>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonscontroller.cpp" line="552"/>
        <source>%n measurements imported from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="19"/>
        <source>amber from %1 %, red above %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="214"/>
        <source>%1 per permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="215"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="226"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="217"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="218"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="220"/>
        <source>%1 a %2, in %3 permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="221"/>
        <source>%1 a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="225"/>
        <source>%1 per permit, elasticity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="228"/>
        <source>Regeneration earns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="229"/>
        <source>%1 permits and %2 per unit (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="232"/>
        <location filename="../ui/commons/commonsdetails.cpp" line="328"/>
        <source>Warning bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonsdetails.cpp" line="243"/>
        <source>%n permits, %1 charged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonsdetails.cpp" line="244"/>
        <source>%n permits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="246"/>
        <source>; emergency override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="248"/>
        <source>%1: %2 took %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="250"/>
        <source>, because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonsdetails.cpp" line="261"/>
        <source>%1, verified by %2; %n permits and %3 earned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="263"/>
        <source>%1: %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="315"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="315"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="322"/>
        <source>No measurement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="326"/>
        <source>Planetary boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="327"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="327"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonsdetails.cpp" line="329"/>
        <source>Grey after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/commonsdetails.cpp" line="329"/>
        <source>%n days without a measurement</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/commonslightsmodel.cpp" line="62"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/commonslightsmodel.cpp" line="103"/>
        <source>%1: %2. %3 of %4. Trend: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsDashboard</name>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="105"/>
        <source>Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="112"/>
        <source>Add resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="113"/>
        <source>Add a commons resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="114"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="121"/>
        <source>Add indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="122"/>
        <source>Add an ecological indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="129"/>
        <source>Import measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="130"/>
        <location filename="../qml/pages/CommonsDashboard.qml" line="363"/>
        <source>Import measurements from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="131"/>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="143"/>
        <source>Nothing is watched yet: add a resource or an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="144"/>
        <source>%1 over the limit · %2 near it · %3 without recent data · %4 within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="173"/>
        <source>Emergency overrides, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="189"/>
        <source>⚠ Emergency overrides, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="227"/>
        <source>Warning lights, worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="251"/>
        <source>Enter opens its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="293"/>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="294"/>
        <source>%1; threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="300"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="300"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="308"/>
        <source>Trend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="365"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsDashboard.qml" line="365"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsExtractDialog</name>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="28"/>
        <source>Take from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="31"/>
        <source>Record override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="31"/>
        <source>Record extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="49"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="55"/>
        <source>Member who takes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="67"/>
        <source>Quantity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="73"/>
        <source>e.g. 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="74"/>
        <source>Quantity taken from %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="76"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="81"/>
        <source>Today, or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="82"/>
        <source>Day of the extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="83"/>
        <source>Empty for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="110"/>
        <source>Emergency override: take it beyond the permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="112"/>
        <source>Needs a reason; it is logged and shown on the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="118"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="125"/>
        <source>Why it cannot wait, for the assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsExtractDialog.qml" line="126"/>
        <source>Reason for the emergency override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsIndicatorDialog</name>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="20"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="20"/>
        <source>Add an ecological indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="22"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="22"/>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="56"/>
        <source>e.g. Carbon emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="57"/>
        <source>Name of the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="59"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="64"/>
        <source>t CO2e, ppm, index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="65"/>
        <source>Unit of the measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="67"/>
        <source>Planetary boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="72"/>
        <source>Optional, e.g. climate change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="73"/>
        <source>Planetary boundary it follows, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="75"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="80"/>
        <source>Safe threshold or budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="86"/>
        <source>Work out a regional budget from a global one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="91"/>
        <source>Global safe space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="97"/>
        <source>In the indicator&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="98"/>
        <source>Global safe space, in the indicator&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="100"/>
        <source>Population share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="106"/>
        <source>e.g. 300/8000000000 or 0.0000000375</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="107"/>
        <source>The community&apos;s share of the population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="109"/>
        <source>Ecosystem share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="115"/>
        <source>e.g. 0.00000005 or 0.000005%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="116"/>
        <source>The community&apos;s share of ecosystem services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="133"/>
        <source>Use as threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="135"/>
        <source>Use the regional budget as the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="139"/>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="147"/>
        <source>Which way is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="149"/>
        <source>Amber from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="156"/>
        <source>The light turns amber from this percent of the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="158"/>
        <source>Red above (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="165"/>
        <source>The light turns red above this percent of the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="167"/>
        <source>Grey after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsIndicatorDialog.qml" line="174"/>
        <source>Days without a measurement before the light turns grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsIndicatorPage</name>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="76"/>
        <source>‹ Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="78"/>
        <source>Back to the commons dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="79"/>
        <source>Escape or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="113"/>
        <source>Trend: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="125"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="128"/>
        <source>Latest measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="131"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="134"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="135"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="136"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="138"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="148"/>
        <source>Record measurement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="149"/>
        <source>Record a measurement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="159"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="160"/>
        <source>Edit the settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="173"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="182"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="201"/>
        <source>Measurements against the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsIndicatorPage.qml" line="202"/>
        <source>No measurement in these years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsMeasurementDialog</name>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="20"/>
        <source>Record a measurement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="22"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="31"/>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="38"/>
        <source>e.g. 412.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="39"/>
        <source>Measured value of %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="41"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="46"/>
        <source>Today, or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="47"/>
        <source>Day of the measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="48"/>
        <source>Empty for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsMeasurementDialog.qml" line="51"/>
        <source>One value a day: a day that has one already is replaced, and the journal keeps the old value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsPage</name>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="73"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="73"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="81"/>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="89"/>
        <source>Assembly view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="90"/>
        <source>Assembly view: the lights and charts full screen for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="91"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="98"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="99"/>
        <source>Assembly report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsPage.qml" line="100"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsRangeButtons</name>
    <message>
        <location filename="../qml/components/CommonsRangeButtons.qml" line="22"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRangeButtons.qml" line="22"/>
        <source>5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRangeButtons.qml" line="23"/>
        <source>10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRangeButtons.qml" line="23"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRangeButtons.qml" line="34"/>
        <source>Show %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsRegenerateDialog</name>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="21"/>
        <source>Regeneration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="23"/>
        <source>Record regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="36"/>
        <source>Member who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="42"/>
        <source>Member who did the regeneration work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="54"/>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="60"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="59"/>
        <source>e.g. planted 40 oaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="62"/>
        <source>Quantity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="68"/>
        <source>Quantity of regeneration, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="70"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="75"/>
        <source>Who saw it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="76"/>
        <source>Who verified the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="78"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="83"/>
        <source>Today, or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="84"/>
        <source>Day of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsRegenerateDialog.qml" line="85"/>
        <source>Empty for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsResourceDialog</name>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="20"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="20"/>
        <source>Add a commons resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="22"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="22"/>
        <source>Add resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="70"/>
        <source>e.g. Village forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="71"/>
        <source>Name of the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="73"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="78"/>
        <source>t, m³, kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="79"/>
        <source>Unit the resource is measured in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="82"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="88"/>
        <source>Description of the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="91"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="99"/>
        <source>Period the yield is counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="101"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="106"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="107"/>
        <source>Stock or capacity, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="110"/>
        <source>Sustainable yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="115"/>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="123"/>
        <source>per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="116"/>
        <source>Sustainable yield per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="118"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="125"/>
        <source>Permits the yield is divided into, per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="128"/>
        <source>Safe threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="133"/>
        <source>The yield when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="134"/>
        <source>Safe use per period; the yield when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="136"/>
        <source>Base price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="141"/>
        <source>per permit; empty: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="142"/>
        <source>Base price per permit at the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="145"/>
        <source>Elasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="152"/>
        <source>Elasticity of the price, 0 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="154"/>
        <source>Regeneration unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="159"/>
        <source>e.g. trees; the unit when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="160"/>
        <source>Unit regeneration is counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="163"/>
        <source>Permits per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="168"/>
        <source>earned by regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="169"/>
        <source>Permits earned per unit of regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="171"/>
        <source>Credits per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="176"/>
        <source>paid by the commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="177"/>
        <source>Credits paid per unit of regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="180"/>
        <source>Amber from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="187"/>
        <source>The light turns amber from this percent of the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="189"/>
        <source>Red above (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/CommonsResourceDialog.qml" line="196"/>
        <source>The light turns red above this percent of the threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsResourcePage</name>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="79"/>
        <source>‹ Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="81"/>
        <source>Back to the commons dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="82"/>
        <source>Escape or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="116"/>
        <source>Trend: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="128"/>
        <source>Permits in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="131"/>
        <source>Permits this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="133"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="134"/>
        <source>%1 (%2 taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="135"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="141"/>
        <source>Drawing rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="144"/>
        <source>%1 unspent, %2 earned this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="147"/>
        <source>Regenerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="149"/>
        <source>Emergency overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="152"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="153"/>
        <source>%1 this period, %2 permits beyond the yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="156"/>
        <source>Price now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="170"/>
        <source>Extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="171"/>
        <source>Record what a member takes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="181"/>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="182"/>
        <source>Record regeneration work on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="192"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="193"/>
        <source>Edit the settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="206"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="216"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="235"/>
        <source>Use per period against the safe threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="236"/>
        <source>Nothing taken in these years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="253"/>
        <source>Taken per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="265"/>
        <source>Recent extractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="266"/>
        <source>Nothing taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="280"/>
        <source>Recent regenerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="281"/>
        <source>No regeneration recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="307"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/CommonsResourcePage.qml" line="310"/>
        <source>%1; override: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityProfile</name>
    <message>
        <location filename="../core/community/communityprofile.cpp" line="21"/>
        <source>The community needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/community/communityprofile.cpp" line="24"/>
        <source>The community name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="280"/>
        <source>Cannot create the vault file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="285"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="287"/>
        <source>The vault file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="240"/>
        <source>Cannot open the vault file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="246"/>
        <source>Encryption is not available in this process (SQLCipher is not active); the vault was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="252"/>
        <source>Cannot apply the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="264"/>
        <source>The key does not open the vault %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="265"/>
        <source>The vault %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="318"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="332"/>
        <source>The vault refused a change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="342"/>
        <source>Cannot prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="352"/>
        <source>A query returned no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="374"/>
        <source>Folding the write-ahead log into the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="391"/>
        <source>Re-encrypting the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemurrageSchedule</name>
    <message>
        <location filename="../core/ledger/demurrage.cpp" line="91"/>
        <source>A demurrage rate needs a valid date from which it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demurrage.cpp" line="94"/>
        <source>A demurrage rate must be between 0 and 1,000,000 parts per million per day, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demurrage.cpp" line="97"/>
        <source>The demurrage exemption cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demurrage.cpp" line="101"/>
        <source>There is already a demurrage rate from %1; change that one instead of adding another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskBorrowerPanel</name>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="32"/>
        <source>Hold for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="32"/>
        <source>Lend to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="41"/>
        <source>Queue %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="42"/>
        <source>Lend %1 to %2 until %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="57"/>
        <source>%1 has %2 on loan, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="58"/>
        <source>%1 has %2 on loan, none overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="59"/>
        <source>%1 has nothing on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="115"/>
        <source>No member matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="126"/>
        <source>Lend anyway because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="133"/>
        <source>The reason, kept with the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="136"/>
        <source>Reason to lend despite overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="143"/>
        <source>Up and Down choose, Enter takes the highlighted member; a number is taken as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="144"/>
        <source>Tab goes to the reason; Enter there lends anyway. Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="145"/>
        <source>Enter queues. Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="145"/>
        <source>Enter lends. Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskBorrowerPanel.qml" line="146"/>
        <source>Type the member&apos;s number or a part of their name, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="56"/>
        <location filename="../ui/tools/deskcontroller.cpp" line="67"/>
        <source>Scan an item or a member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="58"/>
        <source>Hold %1 for: member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="59"/>
        <source>Lend %1 to: member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="61"/>
        <source>Enter to queue, or type another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="61"/>
        <source>Enter to lend, or type another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="63"/>
        <source>Enter to take it back, or scan the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="65"/>
        <source>Scan another item or a member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="67"/>
        <source>Scan an item to lend to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="118"/>
        <source>Held for %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="120"/>
        <source>%1 is waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="122"/>
        <source>%1 members are waiting for it; %2 is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="236"/>
        <location filename="../ui/tools/deskcontroller.cpp" line="318"/>
        <location filename="../ui/tools/deskcontroller.cpp" line="527"/>
        <location filename="../ui/tools/deskcontroller.cpp" line="550"/>
        <location filename="../ui/tools/deskcontroller.cpp" line="565"/>
        <location filename="../ui/tools/deskcontroller.cpp" line="588"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="360"/>
        <source>No item or member “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="413"/>
        <source>Type the member&apos;s number or a part of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="425"/>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="441"/>
        <source>Scan an item and choose the borrower first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="460"/>
        <source>%1 lent to %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="462"/>
        <source>Deposit %1 held on their credit until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="464"/>
        <source>Noted as missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="472"/>
        <source>Scan an item and choose the member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="479"/>
        <source>%1 is number %2 in the queue for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="486"/>
        <source>Scan an item that is out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="503"/>
        <source>%1 returned by %2, %3: late fee %4 charged to the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="505"/>
        <source>%1 returned by %2, %3: late fee %4 waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="507"/>
        <source>%1 returned by %2 on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="510"/>
        <source>Deposit %1 kept for the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="511"/>
        <source>Deposit %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="513"/>
        <source>Missing: %1; it waits for maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="515"/>
        <source>It waits for maintenance before it is lent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="519"/>
        <source>Put it aside for %1, first in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="529"/>
        <source>Scan the item that is out to report it lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="540"/>
        <source>%1 recorded as lost by %2 and retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="542"/>
        <source>Deposit %1 paid to the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="552"/>
        <source>Scan an item that is out to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="557"/>
        <source>%1 renewed for %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="567"/>
        <source>Scan the item to hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="590"/>
        <source>Scan a member card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="592"/>
        <source>%1 has nothing on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskcontroller.cpp" line="594"/>
        <source>Choose a loan that is still out: Up and Down move between them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskItemCard</name>
    <message>
        <location filename="../qml/components/DeskItemCard.qml" line="20"/>
        <source>On loan to %1 since %2, due %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskItemCard.qml" line="21"/>
        <source>On loan to %1 since %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskItemCard.qml" line="22"/>
        <source>In: lent for %1 days, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskItemCard.qml" line="27"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskItemCard.qml" line="33"/>
        <source>condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskItemCard.qml" line="34"/>
        <source>late fee %1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskItemCard.qml" line="65"/>
        <source>Safety: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskKitChecklist</name>
    <message>
        <location filename="../qml/components/DeskKitChecklist.qml" line="22"/>
        <source>Check the kit as it goes out: untick what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskKitChecklist.qml" line="23"/>
        <source>Check the kit as it comes back: untick what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskKitChecklist.qml" line="36"/>
        <source>%1 is there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskLoanModel</name>
    <message>
        <location filename="../ui/tools/deskloanmodel.cpp" line="67"/>
        <source>Returned %1, %2 · fee %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskloanmodel.cpp" line="69"/>
        <source>Returned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskloanmodel.cpp" line="72"/>
        <source>%1 since %2 · fee so far %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskloanmodel.cpp" line="74"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskloanmodel.cpp" line="109"/>
        <source>%1, out %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskMemberLoans</name>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="33"/>
        <source>%1 on loan, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="34"/>
        <source>%1 on loan, none overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="35"/>
        <source>Nothing on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="94"/>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="104"/>
        <source>No loans yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="110"/>
        <source>%1 earlier loans are in the catalogue&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="116"/>
        <source>Up and Down choose a loan, Enter takes it back. Scan an item to lend it to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskMemberLoans.qml" line="117"/>
        <source>Scan an item to lend it to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="124"/>
        <source>Lending desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="145"/>
        <source>Desk: scan or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="185"/>
        <source>At the desk: %1. Escape to finish with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="205"/>
        <source>Going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="212"/>
        <source>Deposit %1, held on %2&apos;s credit until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="241"/>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="244"/>
        <source>Scan an item&apos;s label: its state appears with the next step. An item that is in asks for the borrower&apos;s number or name, then Enter lends it. An item that is out is taken back with Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="247"/>
        <source>Scan a member&apos;s card to see their loans, take any of them back, or lend them the next items you scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="250"/>
        <source>Escape starts again. The keyboard always stays in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="266"/>
        <source>Queue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="266"/>
        <source>Lend (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="267"/>
        <source>Queue the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="267"/>
        <source>Lend the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="275"/>
        <source>Take back (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="276"/>
        <source>Take the item back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="283"/>
        <source>Renew (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="284"/>
        <source>Renew the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="291"/>
        <source>Report lost (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="292"/>
        <source>Report the item lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="299"/>
        <source>Hold for… (Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="300"/>
        <source>Queue a member for the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="308"/>
        <source>Start again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/DeskPage.qml" line="309"/>
        <source>Start again with an empty field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskReturnPanel</name>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="27"/>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="47"/>
        <source>Late fee: %1 × %2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="48"/>
        <source>Late fee: none, it is back in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="62"/>
        <source>Waived: nothing is charged; the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="63"/>
        <source>Charged to the commons fund on return, unless waived with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="74"/>
        <source>Deposit: kept for the damage, paid to the commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="75"/>
        <source>Deposit: released on return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="99"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="109"/>
        <source>Condition on return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="110"/>
        <source>Alt+G good, Alt+W worn, Alt+N needs repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="129"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="136"/>
        <source>Optional: what the borrower said, what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="139"/>
        <source>Notes on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="146"/>
        <source>Waive the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="154"/>
        <source>Optional: the reason for not charging it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="157"/>
        <source>Reason to waive the late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="170"/>
        <source>Keep the deposit for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="177"/>
        <source>Confirmed by the coordinator (to keep a deposit or report the item lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="179"/>
        <source>The coordinator confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DeskReturnPanel.qml" line="185"/>
        <source>Enter takes it back. Alt+G, Alt+W, Alt+N set the condition; Tab reaches it, the notes, the waiver and the check boxes. Alt+R renews, Alt+H queues someone for it, Alt+L reports it lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceChart</name>
    <message>
        <location filename="../qml/components/EcoBalanceChart.qml" line="55"/>
        <source>Ecological balance per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceChart.qml" line="72"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceChart.qml" line="84"/>
        <source>Regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceChart.qml" line="96"/>
        <source>Extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceChart.qml" line="108"/>
        <source>Trade impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceChart.qml" line="120"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceController</name>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="165"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="191"/>
        <source>%1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="191"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="199"/>
        <source>%1 to %2 (this month so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="240"/>
        <source>%1: regeneration %2, extraction %3, trade impacts %4, net %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="267"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="267"/>
        <source>the last quarter against the three before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="268"/>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="268"/>
        <source>the last year against the three before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="269"/>
        <source>Last 10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="269"/>
        <source>the last two years against the six before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="323"/>
        <source>%1: net %2 (regeneration %3, extraction %4, impacts %5); %n members with activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="337"/>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="512"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="349"/>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="358"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="388"/>
        <source>%n members from %1 to %2 points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="391"/>
        <source>No member had a balance in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="392"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="468"/>
        <source>receives %1 credits of regeneration credits; multiplier %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="470"/>
        <source>owes the restoration work pledged instead of a fee; multiplier %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="472"/>
        <source>pays a restoration fee of %1 credits; multiplier %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="473"/>
        <source>nothing to pay or charge; multiplier %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="482"/>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="541"/>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="564"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="523"/>
        <source>No member had a balance in %1: settling only marks the month as settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="524"/>
        <source>The commons fund pays %1 credits to %2 and charges %3 credits to %4; %5 pledged work instead of a fee. Each member&apos;s ecological multiplier is set from their last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="525"/>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="526"/>
        <source>%n members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="554"/>
        <source>%1 is settled: %2 credits paid in regeneration credits, %3 credits charged in restoration fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="566"/>
        <source>Choose the member who pledges the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancecontroller.cpp" line="573"/>
        <source>%1 (%2) pledged “%3” for %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceDistributionChart</name>
    <message>
        <location filename="../qml/components/EcoBalanceDistributionChart.qml" line="38"/>
        <source>Members by monthly balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceDistributionChart.qml" line="51"/>
        <source>points in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceDistributionChart.qml" line="61"/>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceDistributionChart.qml" line="68"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceImpacts</name>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="16"/>
        <source>Carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="18"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="20"/>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="22"/>
        <source>Biodiversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="24"/>
        <source>Pollution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="89"/>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="92"/>
        <source>No impacts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="101"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="114"/>
        <source>Type a quantity in %1, such as 12.5 (at most three decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="133"/>
        <source>Trade %1 carries no impacts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalanceimpacts.cpp" line="134"/>
        <source>Trade %1 carries %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceMember</name>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="78"/>
        <source>%1: “%2”, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="79"/>
        <source>%1: “%2”, still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="117"/>
        <source>%1 %: a positive balance over the last twelve months raises the credit line&apos;s extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="119"/>
        <source>%1 %: a negative balance over the last twelve months lowers the credit line&apos;s extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="120"/>
        <source>%1 %: neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="128"/>
        <source>this month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="130"/>
        <source>not settled yet; work pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="130"/>
        <source>not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="133"/>
        <source>settled: regeneration credits paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="135"/>
        <source>settled: restoration work pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="135"/>
        <source>settled: restoration fee charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="136"/>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancemember.cpp" line="167"/>
        <source>%1: regeneration %2, extraction %3, impacts %4, net %5; %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceMemberCard</name>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="19"/>
        <source>Ecological balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="20"/>
        <source>Points over the last twelve months: regeneration minus extraction and trade impacts. Total %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="21"/>
        <source>No extraction, regeneration or trade impacts in the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="39"/>
        <source>Ecological multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="61"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="62"/>
        <source>Regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="63"/>
        <source>Extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="64"/>
        <source>Impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="65"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="66"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceMemberCard.qml" line="106"/>
        <source>Pledges of restoration work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalancePage</name>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="62"/>
        <source>Ecological balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="66"/>
        <source>Regeneration earns points; extraction from the commons and the impacts of trades cost them. Each member&apos;s monthly balance is settled once the month is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="83"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="88"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="89"/>
        <source>5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="90"/>
        <source>10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="99"/>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="111"/>
        <source>Reading the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="117"/>
        <source>Regeneration, extraction and impacts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="139"/>
        <source>Nothing extracted, regenerated or traded with impacts in these months yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="145"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="158"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="159"/>
        <source>Regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="160"/>
        <source>Extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="161"/>
        <source>Impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="162"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="163"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="174"/>
        <source>%1: regeneration %2, extraction %3, impacts %4, net %5 points; trend: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="192"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="199"/>
        <source>In points. A trend compares the net of the last part of the period with the parts before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="205"/>
        <source>Members&apos; balances in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="206"/>
        <source>How many members ended the month in each band of points. Counts only: a member&apos;s own balance is on their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="219"/>
        <source>1 member with activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="220"/>
        <source>%1 members with activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="221"/>
        <source>No member had any activity in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="227"/>
        <source>Settling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="229"/>
        <source>%1 is settled: credits were paid, fees charged and the ecological multipliers set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="230"/>
        <source>Settling pays regeneration credits to members with a positive balance and charges a restoration fee to those with a negative one, unless they pledged restoration work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="239"/>
        <source>Pledges of restoration work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="254"/>
        <source>%1: “%2” (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="255"/>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="265"/>
        <source>Settle %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="267"/>
        <source>Shows what will be paid and charged before anything is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="277"/>
        <source>Record a pledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/EcoBalancePage.qml" line="279"/>
        <source>Record a pledge of restoration work for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalancePledgeDialog</name>
    <message>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="16"/>
        <source>Record a pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="18"/>
        <source>Record the pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="28"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="34"/>
        <source>Member who pledges restoration work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="48"/>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="54"/>
        <source>Work pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="53"/>
        <source>two Saturdays at the wetland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalancePledgeDialog.qml" line="57"/>
        <source>For %1: when the month is settled, the member owes this work instead of a restoration fee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceSettings</name>
    <message>
        <location filename="../ui/commons/ecobalancesettings.cpp" line="63"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancesettings.cpp" line="66"/>
        <source>Credits per point: write an amount of credits of zero or more, like 1 or 0.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancesettings.cpp" line="69"/>
        <source>Fee per point: write an amount of credits of zero or more, like 1 or 0.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancesettings.cpp" line="76"/>
        <source>%1: write the points one %2 costs, a number of zero or more with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commons/ecobalancesettings.cpp" line="90"/>
        <source>The ecological rates are saved; they apply to months settled from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcoBalanceSettleDialog</name>
    <message>
        <location filename="../qml/components/EcoBalanceSettleDialog.qml" line="18"/>
        <location filename="../qml/components/EcoBalanceSettleDialog.qml" line="20"/>
        <source>Settle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceSettleDialog.qml" line="20"/>
        <source>Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceSettleDialog.qml" line="55"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EcoBalanceSettleDialog.qml" line="81"/>
        <source>Payments and fees are trades with the commons fund, in the journal. A month is settled once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="17"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="19"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="35"/>
        <source>Name of member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="39"/>
        <source>Contact (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="45"/>
        <source>Phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="46"/>
        <source>Contact of member %1; empty removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EditMemberDialog.qml" line="49"/>
        <source>The member number, balance and trades stay as they are. The journal keeps the new name, and that the contact changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="60"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="70"/>
        <location filename="../qml/pages/ErrorPage.qml" line="86"/>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="96"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="97"/>
        <source>Quit Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="105"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../qml/components/FormDialog.qml" line="17"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FormDialog.qml" line="78"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FormDialog.qml" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/security/keyfile.cpp" line="106"/>
        <source>Invalid vault key or key-derivation parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="139"/>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="161"/>
        <source>The key file %1 is damaged (%2). Restore it from a backup; the vault cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="164"/>
        <source>it is not a Mycelium key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="168"/>
        <source>The key file %1 has format version %2, which this Mycelium does not know. Install a newer Mycelium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="170"/>
        <source>%1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="172"/>
        <source>its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="174"/>
        <source>unknown key-derivation function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="179"/>
        <source>implausible key-derivation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="192"/>
        <source>The key file %1 is missing. Put it back from a backup; the vault cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="194"/>
        <source>Cannot read the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="203"/>
        <location filename="../core/security/keyfile.cpp" line="207"/>
        <source>Cannot write the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSheetController</name>
    <message>
        <location filename="../ui/tools/labelsheetcontroller.cpp" line="114"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/labelsheetcontroller.cpp" line="118"/>
        <source>Labels are saved as a PDF: the file name ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/labelsheetcontroller.cpp" line="120"/>
        <source>Choose the items to print labels for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/labelsheetcontroller.cpp" line="167"/>
        <source>1 label saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/labelsheetcontroller.cpp" line="167"/>
        <source>%1 labels on %3 page(s) saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSheetDialog</name>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="33"/>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="42"/>
        <source>Save the labels as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="45"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="55"/>
        <source>Items (asset tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="64"/>
        <source>Asset tags of the items, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="74"/>
        <location filename="../qml/components/LabelSheetDialog.qml" line="82"/>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="86"/>
        <source>First free label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="93"/>
        <source>Position of the first free label on the sheet, counting across then down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="96"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="104"/>
        <source>The PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="107"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="108"/>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="115"/>
        <source>No items chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="116"/>
        <source>%1 labels on %2 page(s); the first on label %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="140"/>
        <source>Open to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="141"/>
        <source>Open the PDF in the viewer to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="146"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="153"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="154"/>
        <source>Save the labels as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LabelSheetDialog.qml" line="158"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerController</name>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="113"/>
        <source>like %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="313"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="315"/>
        <source>The vault is busy with another operation. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="317"/>
        <source>Another change is still being saved. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="332"/>
        <source>Type the new member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="337"/>
        <source>A member number is a whole number from 1 up; leave it empty to take the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="341"/>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="454"/>
        <source>The PIN and its confirmation are not the same. Type the PIN again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="343"/>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="456"/>
        <source>A PIN needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="364"/>
        <source>%1 joined as member %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="376"/>
        <source>Say why the member is suspended; the journal keeps the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="387"/>
        <source>%1 (member %2) is suspended and cannot trade until reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="388"/>
        <source>%1 (member %2) may trade again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="397"/>
        <source>the commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="399"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="399"/>
        <source>member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="415"/>
        <source>Trade %1 reverses trade %2: %3 went back from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="429"/>
        <source>Type the member&apos;s name; it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="441"/>
        <source>Nothing changed for %1 (member %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="442"/>
        <source>%1 (member %2) is now called %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="443"/>
        <source>The contact of %1 (member %2) is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="474"/>
        <source>%1 (member %2) has no PIN now; in hall mode the coordinator confirms their trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="475"/>
        <source>The new PIN for %1 (member %2) is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="487"/>
        <source>A new demurrage rate takes effect today or later, not on a day already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="498"/>
        <source>From %1 the demurrage rate is %2 parts per million a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="513"/>
        <source>Type both the low and the high end of the band, or leave both empty to remove the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="517"/>
        <source>The low end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="520"/>
        <source>The high end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="522"/>
        <source>The low end cannot be below zero: circulation counts positive balances only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="524"/>
        <source>The high end must be more than the low end (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="532"/>
        <source>The target for money in circulation is now %1 to %2 credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgercontroller.cpp" line="533"/>
        <source>The circulation target is removed; no demurrage rate will be suggested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="57"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="62"/>
        <source>Counting trades…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="63"/>
        <source>%1 matching trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="64"/>
        <source>%1 trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="70"/>
        <source>Impacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="72"/>
        <source>Ecological impacts of trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="72"/>
        <source>Ecological impacts of the trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="73"/>
        <source>Carbon, water, land, biodiversity and pollution; I in the list does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="81"/>
        <source>Reverse trade %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="81"/>
        <source>Reverse trade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="84"/>
        <source>Records a trade that moves the amount back; Delete in the list does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="112"/>
        <source>Only the trades of this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="113"/>
        <source>Member: everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="115"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="122"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="125"/>
        <source>The first day, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="127"/>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="128"/>
        <location filename="../qml/pages/LedgerPage.qml" line="142"/>
        <source>A date, %1; empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="136"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="139"/>
        <source>The last day, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="141"/>
        <source>Up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="150"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="151"/>
        <location filename="../qml/pages/LedgerPage.qml" line="209"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="156"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="158"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="204"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="205"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="206"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="207"/>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="208"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="210"/>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="232"/>
        <source>Trades, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="275"/>
        <location filename="../qml/pages/LedgerPage.qml" line="276"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="300"/>
        <source>No trade matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LedgerPage.qml" line="300"/>
        <source>No trades yet. Record the first one under “Record trade”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSignalsModel</name>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="119"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="136"/>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="154"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="137"/>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="155"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="145"/>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="165"/>
        <source>No active members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="146"/>
        <source>%1 of %2 active members are within 10 % of the bottom of their credit line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="163"/>
        <source>No accumulation ceiling is set, so nobody can be near it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="166"/>
        <source>%1 of %2 active members are within 10 % of the ceiling of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="186"/>
        <source>%1 to %2 (this month so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="220"/>
        <source>%1: %2 credits in 1 trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="221"/>
        <source>%1: %2 credits in %3 trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="236"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="245"/>
        <source>No target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="246"/>
        <source>%1 to %2 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="254"/>
        <source>Money in circulation is below the target band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="256"/>
        <source>Money in circulation is above the target band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="257"/>
        <source>Money in circulation is within the target band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="284"/>
        <source>%1 parts per million a day (%2 % a day, about %3 % a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="294"/>
        <source>Raise the demurrage rate from %1 to %2 parts per million a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="295"/>
        <source>Lower the demurrage rate from %1 to %2 parts per million a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="304"/>
        <source>%1 Today: %2. Suggested from %3: %4. Nothing changes unless you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="319"/>
        <source>From %1, balances above the exemption pay %2 to the commons fund, instead of %3 today. The change goes into the journal and applies to every member; it can be changed again later, but not undone for days already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/ledgersignalsmodel.cpp" line="328"/>
        <source>From %1 the demurrage rate will be %2. No new rate is suggested until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>%1 — Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="22"/>
        <source>Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../qml/pages/MainView.qml" line="17"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="17"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="17"/>
        <source>Record trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="17"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="17"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="17"/>
        <source>Tool library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="17"/>
        <source>Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="70"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="71"/>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="72"/>
        <source>Closes the vault and wipes the key from memory (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="75"/>
        <source>Close the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="98"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="123"/>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceController</name>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="74"/>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="100"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="77"/>
        <source>Give the date of the work, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="78"/>
        <source>The date of the work, “%1”, is not a date; type it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="81"/>
        <source>The date of the work, %1, is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="86"/>
        <source>The cost, “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="92"/>
        <source>Maintenance of %1 recorded; it can be lent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="102"/>
        <source>Type the asset tag of the item that needs maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancecontroller.cpp" line="106"/>
        <source>%1 is under maintenance and is not lent until the work is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceModel</name>
    <message>
        <location filename="../ui/tools/maintenancemodel.cpp" line="32"/>
        <source>Under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancemodel.cpp" line="32"/>
        <source>Due for maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancemodel.cpp" line="38"/>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancemodel.cpp" line="45"/>
        <source>On loan to %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancemodel.cpp" line="83"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/maintenancemodel.cpp" line="85"/>
        <location filename="../ui/tools/maintenancemodel.cpp" line="87"/>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceRecordDialog</name>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="29"/>
        <source>Maintenance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="31"/>
        <source>Record work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="54"/>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="62"/>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="61"/>
        <source>Replaced the hose, sharpened the blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="66"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="73"/>
        <source>Date of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="78"/>
        <source>Cost in credits (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="86"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="87"/>
        <source>Cost in credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="91"/>
        <source>Done by (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="97"/>
        <location filename="../qml/components/MaintenanceRecordDialog.qml" line="98"/>
        <source>Who did the work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetails</name>
    <message>
        <location filename="../ui/members/memberdetails.cpp" line="127"/>
        <source>%1 may go as far as %2 below zero: the starter line of %3 that every member has, plus %4 earned through productive capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberdetails.cpp" line="129"/>
        <source>%1 may go as far as %2 below zero: the starter line that every member has. Productive capacity adds no extension yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberdetails.cpp" line="133"/>
        <source>While suspended, %1 cannot trade at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberdetails.cpp" line="135"/>
        <source>%1 has left the community and cannot trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberdetails.cpp" line="137"/>
        <source>The whole line is in use: %1 has to earn credits before spending more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberdetails.cpp" line="139"/>
        <source>With a balance of %1 and %2 held for tool deposits, %3 can spend up to %4 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberdetails.cpp" line="142"/>
        <source>With a balance of %1, %2 can spend up to %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../ui/members/memberlistmodel.cpp" line="77"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberlistmodel.cpp" line="134"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberlistmodel.cpp" line="136"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberlistmodel.cpp" line="137"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberlistmodel.cpp" line="172"/>
        <source>Commons fund, number 0, balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/members/memberlistmodel.cpp" line="173"/>
        <source>Member %1, %2, %3, balance %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="67"/>
        <source>‹ Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="69"/>
        <source>Back to the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="70"/>
        <source>Escape or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="77"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="77"/>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="108"/>
        <source>Balance and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="115"/>
        <source>Balance %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="129"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="135"/>
        <source>%1 (starter %2 + earned %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="140"/>
        <source>Can spend now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="152"/>
        <source>Held for deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="169"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="180"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="189"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="199"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="208"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="213"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="218"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="224"/>
        <source>Set: confirms trades at the hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="224"/>
        <source>None: the coordinator confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="236"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="237"/>
        <source>Edit the name and contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="248"/>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="248"/>
        <source>Set PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="249"/>
        <source>Change the PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="249"/>
        <source>Set a PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="259"/>
        <source>Reinstate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="259"/>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="261"/>
        <source>Reinstate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="261"/>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="283"/>
        <source>Tool loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="284"/>
        <source>Nothing borrowed from the tool library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="285"/>
        <source>%1 out, %2 overdue; the latest returned ones after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="286"/>
        <source>%1 out; the latest returned ones after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="319"/>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="326"/>
        <source>%1 earlier loans: mycelium-cli tool loans --member %2 lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="338"/>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="350"/>
        <source>No trades yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="356"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="357"/>
        <source>1 line, with the balance after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="358"/>
        <source>%1 lines, newest first, each with the balance after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="368"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="371"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="377"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="384"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MemberPage.qml" line="401"/>
        <source>Statement of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../qml/components/MemberPicker.qml" line="34"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MemberPicker.qml" line="53"/>
        <source>Member number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MemberPicker.qml" line="57"/>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MemberPicker.qml" line="58"/>
        <source>Type a member number or a part of a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MemberPicker.qml" line="187"/>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="55"/>
        <location filename="../qml/pages/MembersPage.qml" line="172"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="60"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="61"/>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="61"/>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="66"/>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="67"/>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="80"/>
        <source>Search by number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="83"/>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="84"/>
        <source>Type a member number or a part of a name; Down goes to the list, Enter opens the first member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="136"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="139"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="144"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="150"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="261"/>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MembersPage.qml" line="262"/>
        <source>No members yet. Add the first one with “Add member…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/ledger/money.cpp" line="272"/>
        <source>%1 is not an amount: use digits with an optional &apos;.&apos; and up to 2 decimals, like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="277"/>
        <source>The amount is empty: use digits with an optional &apos;.&apos; and up to 2 decimals, like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="333"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="337"/>
        <source>%1 is not an amount: use digits with an optional &apos;%2&apos; and up to 2 decimals, like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="345"/>
        <source>%1 is not an amount: group the digits like %2, or leave them ungrouped like %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../ui/tools/overduemodel.cpp" line="30"/>
        <source>too large to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/overduemodel.cpp" line="74"/>
        <source>%1, with %2, due %3, %4, fee so far %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/overduemodel.cpp" line="77"/>
        <source>, no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/overduemodel.cpp" line="77"/>
        <source>, contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="46"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="51"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="52"/>
        <source>1 loan, fees so far %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="53"/>
        <source>%1 loans, fees so far %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="89"/>
        <source>Item, borrower and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="93"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="99"/>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="105"/>
        <source>Fee so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="128"/>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="164"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="164"/>
        <source>no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverduePage.qml" line="200"/>
        <source>Nothing is overdue: every item that is out is within its loan period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="42"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="58"/>
        <source>The ledger&apos;s own signals, for the assembly. They inform; nothing changes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="63"/>
        <source>Reading the signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="86"/>
        <source>Money in circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="88"/>
        <source>The sum of all positive balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="95"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="97"/>
        <source>Fed by demurrage; spent on what the community shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="104"/>
        <source>Near their credit floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="114"/>
        <source>Near the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="124"/>
        <source>Suggested demurrage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="142"/>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="143"/>
        <source>Accept the suggested demurrage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="144"/>
        <source>Asks for confirmation before anything is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="154"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="155"/>
        <source>Reject the suggested demurrage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="156"/>
        <source>Hides the suggestion until the vault is locked; nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="161"/>
        <source>The suggestion is hidden until the vault is locked. The demurrage rate stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="175"/>
        <source>Trade volume per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="176"/>
        <source>Credits moved by trades, reversals not counted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="187"/>
        <location filename="../qml/pages/OverviewPage.qml" line="206"/>
        <source>No trades in these twelve months yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="194"/>
        <source>Velocity per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="195"/>
        <source>How many times the money in circulation changed hands: a month&apos;s trade volume divided by the circulation at its end. Last month: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="213"/>
        <source>Circulation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="214"/>
        <source>The band the money in circulation should stay in. Outside it, a new demurrage rate is suggested here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="239"/>
        <source>Change target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="239"/>
        <source>Set target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="240"/>
        <source>Change the circulation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="240"/>
        <source>Set a circulation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="252"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="257"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="263"/>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="272"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="277"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="283"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="288"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="291"/>
        <source>SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="291"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="293"/>
        <source>Vault ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="300"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="304"/>
        <source>Yes: this computer&apos;s keychain holds the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="305"/>
        <source>No: the passphrase is needed to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="311"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="334"/>
        <source>cannot be counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinAttempts</name>
    <message>
        <location filename="../core/members/pinattempts.cpp" line="85"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/pinattempts.cpp" line="88"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/pinattempts.cpp" line="89"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/pinattempts.cpp" line="89"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/pinattempts.cpp" line="94"/>
        <source>The PIN was wrong %1 times in a row, so it is refused for %2 minutes. Try again in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateSuggestionDialog</name>
    <message>
        <location filename="../qml/components/RateSuggestionDialog.qml" line="16"/>
        <source>Accept the suggested rate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/RateSuggestionDialog.qml" line="18"/>
        <source>Record the new rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/RateSuggestionDialog.qml" line="24"/>
        <source>The suggestion is gone: the signals were read again. Close this and look at the overview again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../core/ledger/csv.cpp" line="69"/>
        <source>line %1, column %2: a quoted field is not closed; the closing double quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="94"/>
        <source>line %1, column %2: text follows the closing double quote; a double quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="104"/>
        <source>line %1, column %2: a double quote inside a field that does not start with one; quote the whole field and write the quote twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTradePage</name>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="95"/>
        <source>Trade recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="95"/>
        <source>Record a trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="122"/>
        <location filename="../qml/pages/RecordTradePage.qml" line="128"/>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="136"/>
        <location filename="../qml/pages/RecordTradePage.qml" line="141"/>
        <source>Who receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="149"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="156"/>
        <source>Credits, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="160"/>
        <source>Amount in credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="178"/>
        <location filename="../qml/pages/RecordTradePage.qml" line="351"/>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="185"/>
        <source>3 hours of carpentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="187"/>
        <source>What the trade is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="193"/>
        <location filename="../qml/pages/RecordTradePage.qml" line="202"/>
        <location filename="../qml/pages/RecordTradePage.qml" line="353"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="203"/>
        <source>Choose a category in use or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="233"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="239"/>
        <source>PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="239"/>
        <source>the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="240"/>
        <source>%1 types their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="256"/>
        <source>Confirmed by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="273"/>
        <source>The commons fund pays: the coordinator confirms that the community agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="274"/>
        <source>%1 has no PIN: the coordinator confirms that they agreed to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="297"/>
        <source>Checking the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="301"/>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="302"/>
        <source>Hall mode: the payer confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="303"/>
        <source>Hall mode is off: nothing is asked of the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="308"/>
        <source>Record trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="310"/>
        <source>Record the trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="311"/>
        <source>Enter in any field records too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="334"/>
        <source>Trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="342"/>
        <source>%1 paid %2 credits to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="349"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="352"/>
        <source>(nothing said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="354"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="355"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="360"/>
        <location filename="../qml/pages/RecordTradePage.qml" line="365"/>
        <source>Balance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="363"/>
        <location filename="../qml/pages/RecordTradePage.qml" line="368"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="370"/>
        <source>%1 can still spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="380"/>
        <source>Undone: trade %1 reverses trade %2. %3 has %4 again and %5 has %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="400"/>
        <source>Undo (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="400"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="401"/>
        <source>Undo the trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="403"/>
        <source>Records a reversal; possible for %1 more seconds (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="404"/>
        <source>The minute for undoing has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="411"/>
        <source>Ctrl+Z undoes within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="411"/>
        <source>The minute for undoing has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="416"/>
        <source>Next trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="418"/>
        <source>Record the next trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/RecordTradePage.qml" line="419"/>
        <source>Enter or Escape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseTradeDialog</name>
    <message>
        <location filename="../qml/components/ReverseTradeDialog.qml" line="19"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReverseTradeDialog.qml" line="22"/>
        <source>Reverse trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReverseTradeDialog.qml" line="24"/>
        <source>Record the reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReverseTradeDialog.qml" line="28"/>
        <source>%1: %2 paid %3 %4 for “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReverseTradeDialog.qml" line="33"/>
        <source>no memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ReverseTradeDialog.qml" line="36"/>
        <source>The reversal moves %1 back from %2 to %3, dated today. Both trades stay in the journal, and a trade can be reversed only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="17"/>
        <source>Change the PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="17"/>
        <source>Set a PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="19"/>
        <source>Remove PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="19"/>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="29"/>
        <source>Let %1 type the PIN themselves. At least %2 characters. Leave both fields empty to remove the PIN; the coordinator then confirms their trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="34"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="40"/>
        <source>New PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="44"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SetPinDialog.qml" line="49"/>
        <source>New PIN again, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="68"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="74"/>
        <source>The vault closes and its key is wiped from memory when nobody has used the computer for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="80"/>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="90"/>
        <source>Minutes of inactivity before the vault locks; 0 means never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="93"/>
        <location filename="../qml/pages/SettingsPage.qml" line="100"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="115"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="116"/>
        <source>Lock the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="122"/>
        <source>Shortcut: Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="129"/>
        <source>Trades at the hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="136"/>
        <source>Hall mode: the payer confirms each trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="145"/>
        <source>A payer with a PIN types it before the trade is recorded; for a payer without one, and for the commons fund, the coordinator ticks “Confirmed by the coordinator”. Turn it off only when you enter trades on your own authority, for example from paper slips: they are then recorded as unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="155"/>
        <source>Tool library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="156"/>
        <source>When an item comes back and members are queued for it, it is kept for the first of them for this many days (that day counted); then it passes to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="162"/>
        <source>Hold a returned item for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="171"/>
        <source>Days a returned item is held for the next member in its queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="173"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="173"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="199"/>
        <source>Ecological accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="200"/>
        <source>Settling a month pays members with a positive ecological balance, and charges those with a negative one a restoration fee, per point. A trade&apos;s impacts cost points per unit, borne by the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="207"/>
        <source>Credits per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="214"/>
        <source>Regeneration credits paid per point of a positive monthly balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="216"/>
        <location filename="../qml/pages/SettingsPage.qml" line="226"/>
        <source>credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="217"/>
        <source>Fee per point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="224"/>
        <source>Restoration fee charged per point of a negative monthly balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="237"/>
        <source>Points one %1 of %2 costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="247"/>
        <source>%1 impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="258"/>
        <source>points per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="258"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="264"/>
        <source>Save the rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="288"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="295"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="305"/>
        <source>Keeps the vault key in this computer&apos;s keychain, so that the vault opens without the passphrase. Turn it off on a laptop that others use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="317"/>
        <location filename="../qml/pages/SettingsPage.qml" line="382"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="318"/>
        <source>The vault key is sealed again under the new passphrase; the records are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="329"/>
        <location filename="../qml/pages/SettingsPage.qml" line="333"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="338"/>
        <location filename="../qml/pages/SettingsPage.qml" line="343"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="353"/>
        <location filename="../qml/pages/SettingsPage.qml" line="358"/>
        <source>Confirm new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="376"/>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="392"/>
        <source>Re-encrypt vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="393"/>
        <source>Replaces the vault key with a new random key and encrypts every record again. Do it when a copy of the vault and its key may have left your hands, for example after a laptop was lost and found. The passphrase stays the same; a key kept on this computer is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="398"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="405"/>
        <source>Passphrase for re-encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="422"/>
        <source>Re-encrypting the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="428"/>
        <source>Re-encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="430"/>
        <source>Re-encrypt the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="438"/>
        <source>Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="439"/>
        <source>Checks that the database is sound and that every record keeps the rules. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="452"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="464"/>
        <source>Verifying the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="470"/>
        <source>Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="472"/>
        <source>Verify the vault now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="60"/>
        <source>Step %1 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="73"/>
        <source>Welcome to Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="76"/>
        <source>Mycelium keeps your community&apos;s books in an encrypted vault on this computer. Start by naming the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="80"/>
        <location filename="../qml/pages/SetupWizard.qml" line="88"/>
        <source>Community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="86"/>
        <source>For example: Riverside Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="96"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="99"/>
        <source>Next: choose the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="111"/>
        <source>Choose the coordinator passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="114"/>
        <source>It protects all of the community&apos;s records. Nobody can recover it for you: write it down and keep it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="118"/>
        <location filename="../qml/pages/SetupWizard.qml" line="124"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="123"/>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="133"/>
        <location filename="../qml/pages/SetupWizard.qml" line="138"/>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="145"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="153"/>
        <source>Opens the vault without the passphrase, with the key kept in this computer&apos;s keychain. Leave it off on a shared laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="166"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="167"/>
        <source>Back to the community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="178"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="184"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="196"/>
        <source>The vault will be saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalTile</name>
    <message>
        <location filename="../qml/components/SignalTile.qml" line="23"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../core/storage/database.cpp" line="119"/>
        <source>Reading the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="129"/>
        <source>Writing to the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="171"/>
        <source>the commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="177"/>
        <source>To the commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="177"/>
        <location filename="../ui/ledger/statementmodel.cpp" line="183"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="179"/>
        <source>Reversal, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="179"/>
        <source>Reversal, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="183"/>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="195"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="197"/>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="199"/>
        <source>Demurrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="224"/>
        <source>%1, %2, %3 %4, balance after %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="226"/>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/statementmodel.cpp" line="227"/>
        <source>paid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="20"/>
        <source>Passphrase strength: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="18"/>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="18"/>
        <source>Reinstate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="20"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="20"/>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="30"/>
        <source>While suspended, %1 can neither pay nor receive. The balance stays as it is, and reinstating is always possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="31"/>
        <source>%1 may trade again from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="35"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="35"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="42"/>
        <source>For example: decided at the assembly of 2 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="43"/>
        <source>Reason for the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SuspendDialog.qml" line="43"/>
        <source>Note on reinstating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdChart</name>
    <message>
        <location filename="../qml/components/ThresholdChart.qml" line="40"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ThresholdChart.qml" line="112"/>
        <source>%1 against its threshold of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ThresholdChart.qml" line="135"/>
        <source>Within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ThresholdChart.qml" line="146"/>
        <source>Near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ThresholdChart.qml" line="157"/>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ThresholdChart.qml" line="169"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemBookingDialog</name>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="18"/>
        <source>Book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="20"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="32"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="38"/>
        <source>Member who books %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="55"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="60"/>
        <source>First day of the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="65"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="70"/>
        <source>Last day of the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="75"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemBookingDialog.qml" line="80"/>
        <source>Note on the booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemDetails</name>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="87"/>
        <source>Held for %1 (member %2), first in the queue; only they can borrow it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="91"/>
        <source>In, and can be lent today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="94"/>
        <source>%1 (member %2) since %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/toolitemdetails.cpp" line="99"/>
        <source>: %n days late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="105"/>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="106"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="106"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="107"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="108"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="108"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="109"/>
        <source>Replacement value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="110"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="111"/>
        <source>Loan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/toolitemdetails.cpp" line="111"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="112"/>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="112"/>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="113"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="114"/>
        <source>Borrowers need a sign-off for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="115"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/toolitemdetails.cpp" line="118"/>
        <source>every %n loans</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/toolitemdetails.cpp" line="120"/>
        <source>every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="121"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="121"/>
        <source>When it needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="121"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="122"/>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="124"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="126"/>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="128"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="129"/>
        <source>Avoided spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="130"/>
        <source>Days on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="132"/>
        <source>%1 of %2 days in the library (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="136"/>
        <source>Returned late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemdetails.cpp" line="137"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemDialog</name>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="47"/>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="47"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="49"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="49"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="90"/>
        <source>Photo of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="91"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="135"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="141"/>
        <source>Change photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="141"/>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="142"/>
        <source>Choose a photo of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="149"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="169"/>
        <location filename="../qml/components/ToolItemDialog.qml" line="178"/>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="176"/>
        <source>Scan or type the label&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="183"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="189"/>
        <source>For example: Cordless drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="190"/>
        <source>Name of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="195"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="203"/>
        <source>Category; choose one or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="207"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="216"/>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="221"/>
        <location filename="../qml/components/ToolItemDialog.qml" line="228"/>
        <source>Location or shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="227"/>
        <source>For example: Shelf B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="232"/>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="239"/>
        <source>Date the item was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="244"/>
        <source>Replacement value (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="252"/>
        <source>Replacement value in credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="257"/>
        <source>Deposit (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="265"/>
        <source>Deposit in credits, held while the item is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="270"/>
        <source>Loan period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="278"/>
        <source>Loan period in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="283"/>
        <source>Late fee per day (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="291"/>
        <source>Late fee per day in credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="296"/>
        <source>Maintenance every … loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="302"/>
        <location filename="../qml/components/ToolItemDialog.qml" line="315"/>
        <source>Empty: no such interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="305"/>
        <source>Maintenance after this many loans; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="309"/>
        <source>Maintenance every … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="318"/>
        <source>Maintenance after this many days; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="323"/>
        <location filename="../qml/components/ToolItemDialog.qml" line="332"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="331"/>
        <source>What is in the case, what it is good for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="345"/>
        <location filename="../qml/components/ToolItemDialog.qml" line="352"/>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="351"/>
        <source>For example: eye protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="356"/>
        <source>Kit components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="362"/>
        <source>For a kit: its parts, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="363"/>
        <source>Components of the kit, separated by commas, checked on the way out and in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="370"/>
        <source>Borrowers need a training sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemDialog.qml" line="371"/>
        <source>Borrowers need a training sign-off for the item&apos;s category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemHoldDialog</name>
    <message>
        <location filename="../qml/components/ToolItemHoldDialog.qml" line="17"/>
        <source>Place a hold on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemHoldDialog.qml" line="19"/>
        <source>Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemHoldDialog.qml" line="28"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemHoldDialog.qml" line="34"/>
        <source>Member who waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemHoldDialog.qml" line="50"/>
        <source>When %1 is in, it is held for the first member in the queue for a few days; then for the next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemHoldModel</name>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="144"/>
        <source>%1. %2 (member %3), waiting since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="150"/>
        <source>, ready for them since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemLoanModel</name>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="96"/>
        <source>Out since %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="97"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="98"/>
        <source>%1: %2 (member %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="100"/>
        <source>, back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/toolitemlists.cpp" line="102"/>
        <source>, %n days late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="104"/>
        <source>, overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemMaintenanceDialog</name>
    <message>
        <location filename="../qml/components/ToolItemMaintenanceDialog.qml" line="17"/>
        <source>Start maintenance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemMaintenanceDialog.qml" line="19"/>
        <source>Start maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemMaintenanceDialog.qml" line="27"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemMaintenanceDialog.qml" line="33"/>
        <source>For example: blade blunt, cable frayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemMaintenanceDialog.qml" line="34"/>
        <source>What needs doing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ToolItemMaintenanceDialog.qml" line="37"/>
        <source>From today %1 is not lent until the maintenance record is closed with the work done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemMaintenanceModel</name>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="187"/>
        <source>Open since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toolitemlists.cpp" line="188"/>
        <source>%1 to %2: %3; %4, cost %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolItemPage</name>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="90"/>
        <source>‹ Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="92"/>
        <source>Back to the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="93"/>
        <source>Escape or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="102"/>
        <location filename="../qml/pages/ToolItemPage.qml" line="355"/>
        <location filename="../qml/pages/ToolItemPage.qml" line="456"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="144"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="159"/>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="169"/>
        <location filename="../qml/pages/ToolItemPage.qml" line="204"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="187"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="194"/>
        <source>On loan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="225"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="226"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="236"/>
        <source>Place hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="238"/>
        <source>Place a hold on %1 for a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="248"/>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="250"/>
        <source>Book %1 for a member for future days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="260"/>
        <source>Start maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="262"/>
        <source>Start maintenance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="263"/>
        <source>Already under maintenance; close the record on the Maintenance tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="278"/>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="279"/>
        <source>Not booked for any future days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="280"/>
        <source>Loans that would overlap these days are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="294"/>
        <location filename="../qml/pages/ToolItemPage.qml" line="538"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="298"/>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="299"/>
        <source>Cancel the booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="311"/>
        <source>Holds queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="312"/>
        <source>Nobody is waiting for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="313"/>
        <source>1 member waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="313"/>
        <source>%1 members waiting, first come first served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="327"/>
        <source>Members waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="360"/>
        <source>waiting since %1, ready since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="361"/>
        <source>waiting since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="370"/>
        <source>Loan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="371"/>
        <source>Never lent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="372"/>
        <source>1 loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="372"/>
        <source>%1 loans, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="382"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="387"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="390"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="396"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="413"/>
        <source>Loans of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="451"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="463"/>
        <source>out, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="463"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="464"/>
        <source>%1, %2 days late (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="474"/>
        <source>Maintenance log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="475"/>
        <source>No maintenance recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="475"/>
        <source>Latest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="490"/>
        <source>Maintenance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="521"/>
        <source>open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="522"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolItemPage.qml" line="537"/>
        <source>%1 (by %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolLibraryPage</name>
    <message>
        <location filename="../qml/pages/ToolLibraryPage.qml" line="55"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolLibraryPage.qml" line="55"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolLibraryPage.qml" line="55"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolLibraryPage.qml" line="55"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolLibraryPage.qml" line="62"/>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolLibrarySettings</name>
    <message>
        <location filename="../ui/tools/toollibrarysettings.cpp" line="40"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toollibrarysettings.cpp" line="50"/>
        <source>A returned item now waits one day for the next member in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/toollibrarysettings.cpp" line="51"/>
        <source>A returned item now waits %1 days for the next member in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolMaintenancePage</name>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="35"/>
        <source>%1 is out (%2): record its maintenance when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="73"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="78"/>
        <source>%1 under maintenance, %2 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="93"/>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="95"/>
        <source>Asset tag of the item to put under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="102"/>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="104"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="110"/>
        <source>Put under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="111"/>
        <source>Put the item under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="162"/>
        <source>Items under or due for maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="201"/>
        <source>Back from loan first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="201"/>
        <source>Enter records the work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="246"/>
        <source>Record work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="247"/>
        <source>Record the work done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ToolMaintenancePage.qml" line="264"/>
        <source>No item is under maintenance or due for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeImpactsDialog</name>
    <message>
        <location filename="../qml/components/TradeImpactsDialog.qml" line="30"/>
        <source>Impacts of trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradeImpactsDialog.qml" line="32"/>
        <source>Save impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradeImpactsDialog.qml" line="56"/>
        <source>%1: %2 paid %3 %4 for “%5”. Now: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradeImpactsDialog.qml" line="61"/>
        <source>no memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradeImpactsDialog.qml" line="92"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradeImpactsDialog.qml" line="94"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeListModel</name>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="70"/>
        <source>“%1” is not a date: type it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="114"/>
        <source>The first day comes after the last day: no trade can match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="336"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="337"/>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="398"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="400"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="402"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/tradelistmodel.cpp" line="410"/>
        <source>Trade %1 on %2: %3 paid %4 %5 credits. %6 %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradePreview</name>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="16"/>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="21"/>
        <source>%1: not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="23"/>
        <source>%1 %2: balance %3, available credit %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="24"/>
        <source>%1 %2: balance %3, after the trade %4; available credit %5, after %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="29"/>
        <location filename="../qml/components/TradePreview.qml" line="55"/>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="29"/>
        <location filename="../qml/components/TradePreview.qml" line="63"/>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="38"/>
        <source>Choose who pays and who receives to see their balances and credit before and after the trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="55"/>
        <source>Pays · member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="63"/>
        <source>Receives · member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="87"/>
        <location filename="../qml/components/TradePreview.qml" line="89"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="88"/>
        <location filename="../qml/components/TradePreview.qml" line="90"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="92"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="113"/>
        <source>Available credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TradePreview.qml" line="137"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeRecorder</name>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="64"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="147"/>
        <source>The amount of a trade must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="203"/>
        <source>like %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="209"/>
        <source>the commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="210"/>
        <source>%1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="230"/>
        <location filename="../ui/ledger/traderecorder.cpp" line="231"/>
        <location filename="../ui/ledger/traderecorder.cpp" line="237"/>
        <location filename="../ui/ledger/traderecorder.cpp" line="490"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="262"/>
        <location filename="../ui/ledger/traderecorder.cpp" line="358"/>
        <source>The payer and the payee are the same. Choose someone else to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="269"/>
        <source>%1 is suspended and cannot trade until a coordinator reinstates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="271"/>
        <source>%1 has left the community and cannot trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="276"/>
        <source>%1 can spend at most %2 credits now: balance %3, credit line %4, %5 held for deposits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="280"/>
        <source>%1 can spend at most %2 credits now: balance %3, credit line %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="344"/>
        <location filename="../ui/ledger/traderecorder.cpp" line="435"/>
        <location filename="../ui/ledger/traderecorder.cpp" line="448"/>
        <location filename="../ui/ledger/traderecorder.cpp" line="586"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="346"/>
        <source>The vault is busy with another operation. Wait a moment, then press Enter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="350"/>
        <source>Choose who pays: type their member number or a part of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="354"/>
        <source>Choose who receives the credits: type their member number or a part of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="360"/>
        <source>Type the amount, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="380"/>
        <source>The commons fund pays, so the coordinator confirms the trade: tick “Confirmed by the coordinator”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="381"/>
        <source>%1 has no PIN, so the coordinator confirms the trade: tick “Confirmed by the coordinator”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="391"/>
        <source>%1 confirms the trade with their PIN: type it in the PIN field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="421"/>
        <source>The PIN is wrong. %1, please type your PIN again. One more wrong PIN and it is refused for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="424"/>
        <source>The PIN is wrong. %1, please type your PIN again. After %2 more wrong PINs it is refused for %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="482"/>
        <source>Confirmed with %1&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="483"/>
        <source>Confirmed by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="484"/>
        <source>Recorded without confirmation (hall mode is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="533"/>
        <source>The PIN of %1 was wrong %2 times in a row, so it is refused for %3 minutes. Try again in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledger/traderecorder.cpp" line="589"/>
        <source>The minute for undoing trade %1 has passed. A coordinator can still reverse it on the Ledger page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/storage/database.cpp" line="427"/>
        <source>The transaction is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="48"/>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="51"/>
        <source>Enter the coordinator passphrase to open the community&apos;s books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="55"/>
        <location filename="../qml/pages/UnlockPage.qml" line="61"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="69"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="72"/>
        <source>Opens the vault without the passphrase next time, with the key kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="103"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="104"/>
        <source>Asking this computer&apos;s keychain for the key; you can also type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="113"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="122"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/vault/vault.cpp" line="114"/>
        <location filename="../core/vault/vault.cpp" line="128"/>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="119"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="172"/>
        <source>The vault file %1 is missing but its key file is there. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="173"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="201"/>
        <source>The vault %1 is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="227"/>
        <source>The vault %1 is damaged or does not belong to its key file. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="229"/>
        <source>%1 Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="239"/>
        <source>from schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="275"/>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="58"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="159"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="163"/>
        <source>Another operation is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="234"/>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="236"/>
        <source>The key file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="238"/>
        <source>The key file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="240"/>
        <source>The vault file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="242"/>
        <source>The vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="244"/>
        <source>The vault is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="246"/>
        <source>The keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="248"/>
        <source>This vault needs a newer Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="250"/>
        <source>Encryption is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="252"/>
        <source>The vault cannot be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="254"/>
        <source>The vault could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="265"/>
        <source>Check Caps Lock and the keyboard layout, then type the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="267"/>
        <source>The vault cannot be opened without its key file, the file ending in “.vault.key” beside the vault. Copy it back from your backup into the same folder, then choose Try again. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="270"/>
        <source>The key file beside the vault has been changed or cut short, so the vault key cannot be recovered from it. Replace it with the copy from your backup, then choose Try again. The vault itself has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="273"/>
        <source>The key file is there, but the vault it belongs to is not. Copy the vault file back from your backup into the same folder, then choose Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="276"/>
        <source>The vault cannot be read as a Mycelium vault; a full disk or a failed copy may have cut it short. Keep the damaged file, restore the vault from your latest backup, then choose Try again. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="279"/>
        <source>Another Mycelium window or a mycelium-cli command is using this vault. Close it there, then choose Try again. Only one program may open a vault at a time, so that no change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="282"/>
        <source>Enter the passphrase instead. “Remember on this computer” works again once the system keychain (for example KWallet or GNOME Keyring) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="285"/>
        <source>The vault was saved by a newer version of Mycelium. Install that version or a later one to open it; this version leaves the vault untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="288"/>
        <source>This copy of Mycelium runs without working SQLCipher encryption, so it refuses to touch the vault. Reinstall Mycelium and the libsqlcipher package, then start it again. The vault has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="291"/>
        <source>Check that the folder exists, that you may write to it and that the disk is not full, then choose Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="293"/>
        <source>Choose Try again. If the problem stays, note the message above and ask for help. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="402"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="405"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="408"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="411"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="414"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="431"/>
        <source>There is already a vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="443"/>
        <source>The two passphrases are not the same. Type the passphrase again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="455"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="478"/>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="486"/>
        <source>The new passphrase and its confirmation are not the same. Type the new passphrase again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="490"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="504"/>
        <source>Enter the passphrase to re-encrypt the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="154"/>
        <source>This computer&apos;s keychain no longer holds the vault key. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="180"/>
        <source>The key in this computer&apos;s keychain no longer opens the vault (it was re-encrypted). Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="320"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="324"/>
        <source>Another operation is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="343"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="362"/>
        <source>The vault was re-encrypted with a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/vaultsession.cpp" line="381"/>
        <source>All %n checks passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/vaultsession.cpp" line="382"/>
        <source>%n problem(s) found. Restore the vault from a backup if they concern your records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VelocityChart</name>
    <message>
        <location filename="../qml/components/VelocityChart.qml" line="38"/>
        <source>Velocity per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/VelocityChart.qml" line="58"/>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeChart</name>
    <message>
        <location filename="../qml/components/VolumeChart.qml" line="38"/>
        <source>Trade volume per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/VolumeChart.qml" line="61"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Keeps a community economy&apos;s books in an encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>The vault to open or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Load every QML file, report errors and quit; opens no vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Print the milliseconds until the first frame is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium</name>
    <message>
        <location filename="../core/community/communityprofile.cpp" line="34"/>
        <source>The vault has no community profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychain.cpp" line="24"/>
        <source>The system keychain could not be used (%1). Enter the passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="61"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="76"/>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="79"/>
        <source>Too easy to guess: avoid common words, repeats and sequences; add another unrelated word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="82"/>
        <source>Fair. Another word or two would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="85"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="88"/>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="40"/>
        <source>Journal entry %1 moves credit but is neither a trade nor a demurrage charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="42"/>
        <source>The balance of account %1 overflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="549"/>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="552"/>
        <source>The vault has schema version %1, newer than this Mycelium understands (%2). Install a newer Mycelium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="568"/>
        <source>Upgrading the vault to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="47"/>
        <source>Row %1 of table %2 points at a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="56"/>
        <source>Schema version is %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="65"/>
        <source>The community&apos;s creation date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="74"/>
        <source>The database file is structurally sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="75"/>
        <source>Every reference points at an existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="76"/>
        <source>The schema is at the version this program writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="77"/>
        <source>The community profile is present and valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="78"/>
        <source>All balances, the commons fund included, sum to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="79"/>
        <source>The journal&apos;s hash chain is intact and every trade matches its entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="80"/>
        <source>Every demurrage charge follows the published rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="81"/>
        <source>Every charged credit hold is paid by its trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="82"/>
        <source>Every loan agrees with its deposit and its late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="83"/>
        <source>Every extraction and regeneration agrees with its trade and drawing rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="84"/>
        <source>Every ecological settlement&apos;s credits and fees match their trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="39"/>
        <source>Cannot replace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="50"/>
        <source>The vault %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="55"/>
        <source>The vault %1 is cut short (%2 of %3 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="96"/>
        <source>The vault %1 is already open in another Mycelium window or command (process %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="100"/>
        <source>Cannot create the lock file %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="324"/>
        <source>is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="324"/>
        <source>has left the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="376"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="388"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="509"/>
        <source>%1: a member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="513"/>
        <source>%1: %2 is not a member number; member numbers are whole numbers from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="515"/>
        <source>%1: member number %2 is already taken in the vault (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="517"/>
        <source>%1: member number %2 is also given on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="525"/>
        <location filename="../core/ledger/csv.cpp" line="610"/>
        <source>%1: %2 is not a date; write dates as YYYY-MM-DD, for example 2026-03-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="531"/>
        <source>%1: a PIN needs at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="535"/>
        <source>%1: %2 is not a status; write active, suspended or left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="557"/>
        <location filename="../core/ledger/csv.cpp" line="560"/>
        <location filename="../core/ledger/csv.cpp" line="813"/>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="559"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="612"/>
        <source>%1: %2 is in the future; today is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="617"/>
        <source>%1: %2 is not a member number; use the number on the member card, or 0 for the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="622"/>
        <source>%1: the payee is the payer (%2); a trade is between two accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="626"/>
        <source>%1: %2 is not an amount; write it with a point and no grouping, for example 40.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="628"/>
        <source>%1: the amount must be more than zero, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="639"/>
        <source>%1: %2 is not a confirmation; write none, pin or coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="644"/>
        <source>%1: %2 is not a trade id; ids are whole numbers from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="650"/>
        <source>%1: %2 is not a trade id; leave the field empty for an ordinary trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="676"/>
        <location filename="../core/ledger/ledger.cpp" line="78"/>
        <source>the commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="708"/>
        <source>%1: the column &quot;reverses&quot; names trades by their id, so the file needs the column &quot;id&quot; too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="718"/>
        <source>%1: %2 is earlier than %3 on line %4. Trades must be in date order, oldest first, because demurrage settles each account&apos;s days in order: once a later trade is recorded, the days before it are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="728"/>
        <source>%1: there is no member number %2 in the vault; import the members first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="731"/>
        <source>%1: %2 (member %3) %4 and cannot trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="734"/>
        <source>%1: %2 (member %3) joined on %4; a trade for them cannot be dated %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="738"/>
        <source>%1: demurrage for %2 (member %3) is settled up to %4, so a trade for them cannot be dated %5; date it %6 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="748"/>
        <source>%1: trade id %2 is also on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="753"/>
        <source>%1: no earlier line has the id %2; a reversal comes after the trade it reverses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="757"/>
        <source>%1: the trade on line %2 is itself a reversal, and a reversal is not reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="759"/>
        <source>%1: the trade on line %2 is already reversed on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="764"/>
        <source>%1: the reversal of the trade on line %2 must move %3 from member %4 back to member %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="92"/>
        <location filename="../core/ledger/ledger.cpp" line="175"/>
        <source>Account %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="101"/>
        <source>%1 (member %2) is suspended and cannot trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="102"/>
        <source>%1 (member %2) has left the community and cannot trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="233"/>
        <source>A trade for %1 (member %2) cannot be dated %3: demurrage is settled up to %4. Date it %5 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="265"/>
        <source>Held credit cannot be summed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="295"/>
        <source>%1 (member %2) can spend at most %3 credits now: balance %4, credit line %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="299"/>
        <source>%1 (member %2) can spend at most %3 credits now: balance %4, credit line %5, %6 held for deposits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledgerexport.cpp" line="78"/>
        <source>Trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledgerexport.cpp" line="80"/>
        <source>Reversal, trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledgerexport.cpp" line="82"/>
        <source>Demurrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledgerexport.cpp" line="96"/>
        <source>Writing the ledger journal failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="36"/>
        <source>an amount must lie between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="42"/>
        <source>The amount is too large: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="47"/>
        <source>The amount %1 is too large: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/money.cpp" line="53"/>
        <source>%1 has too many decimals: an amount has at most 2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="26"/>
        <source>A PIN needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="33"/>
        <source>Not enough memory to protect the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="111"/>
        <source>Loan %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="170"/>
        <source>There is no member number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="181"/>
        <source>%1 (%2) is due for maintenance: it has been lent %3 times since the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="197"/>
        <source>%1 (%2) is due for maintenance: the last was on %3, every %4 days is the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="207"/>
        <source>%1 (%2) is retired and is no longer lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="212"/>
        <source>%1 (%2) is on loan to %3 (member %4) until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="220"/>
        <source>%1 (%2) is under maintenance since %3; close the maintenance record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="223"/>
        <source>%1 (%2) needs repair; record the maintenance before lending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="245"/>
        <source>The component %1 of %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="279"/>
        <source>%1 is not a component of %2 (%3); its components are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="280"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="210"/>
        <source>Item %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="252"/>
        <source>The items cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="326"/>
        <source>the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="122"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="134"/>
        <source>A commons resource needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="136"/>
        <source>The resource %1 needs a unit, like t, m³ or kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="138"/>
        <source>The sustainable yield of %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="140"/>
        <source>The permits per period of %1 must be a whole number from 1 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="142"/>
        <source>The safe threshold of %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="144"/>
        <source>The stock of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="146"/>
        <source>The base price of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="148"/>
        <source>The price elasticity of %1 must be a whole number from 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="150"/>
        <source>The permits earned per unit of regeneration of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="152"/>
        <source>The credits paid per unit of regeneration of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="154"/>
        <source>The bands of %1 must have amber from 1 % up to red, and red at most 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="156"/>
        <source>The resource %1 needs the day it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="196"/>
        <source>A commons resource named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="295"/>
        <source>An extraction needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="297"/>
        <source>The quantity extracted must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="321"/>
        <source>The price of extracting %1 from %2 is too large to charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="325"/>
        <source>%1 (member %2) is suspended and cannot extract from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="326"/>
        <source>%1 (member %2) has left the community and cannot extract from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="328"/>
        <source>Only %1 permits (%2) of %3 are left for %4 (member %5) in %6: %7 shared and %8 earned by regeneration. Extracting %9 needs %10 permits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::BulkWriter</name>
    <message>
        <location filename="../core/ledger/demo.cpp" line="623"/>
        <source>The vault has no table of trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="663"/>
        <source>Journal entry %1 has a damaged hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::CachedStatement</name>
    <message>
        <location filename="../core/ledger/demo.cpp" line="396"/>
        <source>Cannot prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="426"/>
        <source>Writing to the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::CsvFile</name>
    <message>
        <location filename="../core/ledger/csv.cpp" line="354"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::Generator</name>
    <message>
        <location filename="../core/ledger/demo.cpp" line="908"/>
        <source>The demo community needs an empty vault, and this one already has members or trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="933"/>
        <source>The commons fund&apos;s account is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="995"/>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="998"/>
        <source>Mediation under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="1001"/>
        <source>Reinstated after mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="1294"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="1303"/>
        <source>A demo community has 0 to 100,000 members, zero or more trades and spans 1 to 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="1305"/>
        <source>Trades need at least two members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="1307"/>
        <source>The demo needs today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="1336"/>
        <source>The demo community was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::JournalMode</name>
    <message>
        <location filename="../core/ledger/demo.cpp" line="833"/>
        <source>The vault&apos;s journal mode cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::LedgerCallsWriter</name>
    <message>
        <location filename="../core/ledger/demo.cpp" line="371"/>
        <source>The demo planned a trade that the ledger refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="373"/>
        <source>The demo expected trade %1 but the ledger recorded trade %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::ToolPhoto</name>
    <message>
        <location filename="../ui/tools/toolphotoprovider.cpp" line="50"/>
        <source>%1 is not an image that can be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli</name>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="349"/>
        <source>the command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="351"/>
        <source>the commands %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="372"/>
        <source>run &apos;mycelium-cli --help&apos; for the list of commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="407"/>
        <source>an impact is written KIND=QTY with KIND one of carbon, water, land, biodiversity and pollution, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="412"/>
        <source>the quantity of %1 must be a number more than zero with at most three decimals, like 12.5, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="417"/>
        <source>the impact %1 is given twice; give each kind once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="483"/>
        <source>Unknown option &apos;%1&apos;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="493"/>
        <source>The option %1 needs a value; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="497"/>
        <source>The option %1 takes no value, but was given &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="519"/>
        <source>No command given; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="530"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="532"/>
        <source>The command %1 needs one of %2 after it; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="535"/>
        <source>Unknown command &apos;%1 %2&apos;; after %1 comes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="543"/>
        <source>Unknown command &apos;%1&apos;; the commands are init, info, verify, passwd, rekey, raw-key, member, trade, reverse, balance, statement, demurrage, export, import, demo, signals, circulation-target, tool, commons, indicator, impact, report and help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="557"/>
        <location filename="../app/cli/cliarguments.cpp" line="1177"/>
        <source>The command %1 needs %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="569"/>
        <source>The command member add needs the member&apos;s name, not an empty one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="580"/>
        <source>The command %1 expects a member number from 1 up, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="587"/>
        <source>The command statement expects a member number (0 for the commons fund), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="594"/>
        <source>The command reverse expects the id of a trade (a whole number from 1 up), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="605"/>
        <source>The command %1 needs a path, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="611"/>
        <source>The command commons add needs the resource&apos;s name, not an empty one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="618"/>
        <source>The command %1 needs the name of a resource, not an empty one: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="623"/>
        <source>The command indicator add needs the indicator&apos;s name, not an empty one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="628"/>
        <source>The command indicator record needs the name of an indicator, not an empty one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="633"/>
        <source>The command impact expects the id of a trade (a whole number from 1 up), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="638"/>
        <source>The command impact: %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="645"/>
        <source>The command report assembly writes a PDF file whose name ends in .pdf, not &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="656"/>
        <source>The command tool labels writes a PDF file whose name ends in .pdf, not &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="660"/>
        <source>The command tool labels takes asset tags after the file, not an empty one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="668"/>
        <source>The command tool hold-days expects a number of days from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="675"/>
        <source>The command tool unreserve expects the id of a booking (a whole number from 1 up), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="686"/>
        <source>The command %1 takes no empty words after the tag: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="692"/>
        <source>The command tool photo takes one FILE: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="714"/>
        <source>The option %1 belongs to %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="716"/>
        <source>The option %1 is given twice; give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="721"/>
        <source>The option %1 expects a real date written YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="725"/>
        <source>The option %1 needs %2, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="786"/>
        <source>the unit it is counted in, like t or kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="798"/>
        <source>The option %1 expects a quantity of more than zero written like 100 or 12.5 (at most three decimals), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="817"/>
        <source>The option %1 expects a quantity (zero or more) written like 100 or 12.5 (at most three decimals), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="828"/>
        <source>The option --period expects month or year, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="835"/>
        <source>The option --permits expects a whole number of permits from 1 up, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="844"/>
        <source>The option %1 expects an amount of credits (zero or more) written like 2 or 0.50, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="851"/>
        <source>The option --elasticity expects a whole number from 0 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="856"/>
        <source>the unit regeneration is counted in, like trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="865"/>
        <source>The option %1 expects a percentage of the threshold, a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="875"/>
        <source>the reason in words for taking more than the permits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="880"/>
        <source>a text saying what was done, like &quot;planted 40 oaks&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="885"/>
        <source>the name of who saw the work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="892"/>
        <source>The option --month expects a month written YYYY-MM, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="897"/>
        <source>a text saying what restoration work is pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="910"/>
        <source>The option --stale-days expects a number of days from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="918"/>
        <source>The option %1 expects a share between 0 and 1 written like 0.0000375, 37.5% or 300/8000000000, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="927"/>
        <source>The option --impact: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="940"/>
        <source>The option --missing expects the names of the missing components, separated by commas, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="943"/>
        <source>a reason in words for waiving the late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="994"/>
        <source>The option %1 expects an amount of credits of zero or more written like 1 or 0.50, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1004"/>
        <source>The option --weight expects KIND=X, KIND one of carbon, water, land, biodiversity and pollution and X the points one unit costs (at most three decimals), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1024"/>
        <source>The option --value expects a number with at most three decimals, like 12.5 or -0.25, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1045"/>
        <source>The option --loan-days expects a number of days from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1065"/>
        <source>a reason in words for lending despite an overdue item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1070"/>
        <source>the name of who signed the member off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1080"/>
        <source>The option --sheet expects one of the label sheets %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1088"/>
        <source>The option --start expects the position of the first free label on the sheet, from 1 up, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1199"/>
        <source>The command member edit needs --name NAME, --contact TEXT or both: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1203"/>
        <source>The command member pin needs exactly one of --pin-file FILE (set or change the PIN) and --remove: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1210"/>
        <source>The options --from and --to both name account %1; a trade goes between two different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1214"/>
        <source>The statement cannot run from %1 back to %2: --from must not come after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1223"/>
        <source>The command circulation-target needs both --low X and --high X (the band), or --none alone (no band): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1226"/>
        <source>The option --high (%1) must be more than --low (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1246"/>
        <source>The option --category needs the category the member is trained for, not an empty value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1254"/>
        <source>Keeping a deposit needs the coordinator&apos;s confirmation: add --coordinator to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1258"/>
        <source>Reporting an item lost keeps its deposit and retires it; it needs the coordinator&apos;s confirmation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1270"/>
        <source>The command tool components takes names or --clear, not both: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1274"/>
        <source>The command tool photo takes a FILE to store, or --remove: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1279"/>
        <source>The option --start expects a position from 1 to %1 on the sheet %2 (%3 across, %4 down), not %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1298"/>
        <source>The option --amber (%1 %) must not be more than --red (%2 %): amber is where the light leaves green, red where it leaves amber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1330"/>
        <source>The command impact takes KIND=QTY or --clear, not both: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1336"/>
        <source>The report cannot run from %1 back to %2: --from must not come after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1341"/>
        <source>A demo community with trades needs at least 2 members, not %1; add --trades 0 for members only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1352"/>
        <source>Usage: mycelium-cli [OPTIONS] COMMAND [COMMAND OPTIONS]

Keeps a community&apos;s books in an encrypted Mycelium vault. Options may come
before or after the command, and may be written --option=VALUE; after &quot;--&quot;
nothing more is read as an option.

Commands:
  init --community NAME   Create a new vault and its key file for the
                          community NAME. Refuses to touch an existing vault.
  info [--json]           Show the community, creation date, schema version,
                          vault path and id, SQLCipher version and how many
                          records of each kind the vault holds. --json prints
                          the same as one JSON object.
  verify                  Run every integrity check on the vault and show
                          each check as ok or with its problems.
  passwd [--new-passphrase-file FILE]
                          Change the passphrase. The current passphrase comes
                          from the usual source; the new one from FILE, or is
                          asked twice on a terminal, or is read as the next
                          line of standard input. The vault keeps its
                          encryption key (see rekey).
  rekey                   Re-encrypt the whole vault under a fresh random key
                          (the passphrase stays the same).
  raw-key                 Print the vault&apos;s raw SQLCipher key as 64 hex
                          digits, so that the standard sqlcipher shell opens
                          the vault without Mycelium:
                            PRAGMA key = &quot;x&apos;&lt;the 64 digits&gt;&apos;&quot;;
                            PRAGMA cipher_page_size = 4096;
                          (the second line as raw-key says on standard
                          error: vaults made before 4 KiB pages need none).
                          Anyone with this key can read the vault: keep it
                          as secret as the passphrase. rekey replaces it.
  help                    Show this text.

Members:
  member add NAME [--number N] [--pin-file FILE] [--contact TEXT]
             [--joined YYYY-MM-DD]
                          Add a member and print the member&apos;s number alone
                          (the next free one unless --number is given). The
                          PIN, if any, is the first line of FILE (at least 4
                          characters). Joined: today unless given.
  member list [--json]    Every member: number, name, status, balance and
                          credit line. The commons fund is not a member; see
                          balance.
  member show N [--json]  One member: contact, joining date, status, whether
                          a PIN is set, balance, credit line (starter line
                          plus earned extension) and available credit.
  member edit N [--name NAME] [--contact TEXT]
                          Change a member&apos;s name or contact (an empty TEXT
                          removes the contact); what is not given stays.
  member suspend N --reason TEXT
  member leave N --reason TEXT
  member reinstate N [--reason TEXT]
                          Change a member&apos;s status; a suspended member or one
                          who left cannot trade. Reinstating makes the member
                          active again.
  member pin N --pin-file FILE | --remove
                          Set, change or remove a member&apos;s PIN.

Trades and balances (member number 0 is the commons fund; amounts are
credits written like 40 or 12.50, with a point and no grouping):
  trade --from N --to N --amount X --memo TEXT [--category C]
        [--date YYYY-MM-DD] [--pin-file FILE] [--impact KIND=QTY[,KIND=QTY]]
                          Record that member --from paid member --to, and
                          print the new trade&apos;s id alone. The date is today
                          unless given; it may not be in the future nor on a
                          day already settled. With --pin-file the payer
                          confirms with the PIN in FILE, otherwise the
                          coordinator confirms. --impact: the ecological
                          impacts the trade carries (see impact), recorded
                          with it or not at all.
  reverse TRADE_ID [--date YYYY-MM-DD]
                          Record the mirror image of a trade and print the
                          reversal&apos;s id. A trade is reversed at most once.
  balance [--at YYYY-MM-DD] [--json]
                          Every account&apos;s balance, the commons fund first
                          (number 0), after settling demurrage through
                          yesterday; --at: at the end of that day instead.
  statement N [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                          Trades, reversals and demurrage charges of account
                          N (0: the commons fund), oldest first, each with the
                          balance after it.
  demurrage rate --ppm N --from YYYY-MM-DD [--exempt X]
                          From that day (today or later) balances above X
                          credits pay N parts per million of the excess per
                          day to the commons fund. Without --exempt the
                          exemption in force on that day is kept.
  demurrage show [--json] The demurrage rates over time. Until the first one
                          set: 1000 ppm (0.1 %) per day, no exemption.
  export ledger FILE      Write the whole ledger as a journal for the ledger
                          program (ledger -f FILE balance); FILE is replaced
                          atomically.
  export csv DIR          Write members.csv, trades.csv, balances.csv and
                          demurrage.csv into DIR (created when missing), each
                          replaced atomically. Amounts like &quot;40.00&quot;, dates
                          YYYY-MM-DD, member number 0 the commons fund.
  import members FILE     Add the members listed in a CSV file with a header
                          line: name (required), number, contact, joined_on,
                          pin, status; members.csv from export csv reads
                          back. Prints how many were added.
  import trades FILE      Record the trades listed in a CSV file: date,
                          payer_number, payee_number, amount, memo (required),
                          category, recorded_by, confirmation, id, reverses;
                          trades.csv from export csv reads back.
  import tools FILE       Add the tool library&apos;s items listed in a CSV file:
                          tag, name (required), category, description,
                          condition (new, good, worn, needs_repair, retired;
                          good when empty), location, value, deposit,
                          late_fee (credits, like 40 or 12.50; 0 when
                          empty), loan_days (7 when empty), safety_notes,
                          needs_training (yes or no), maintenance_every_loans,
                          maintenance_every_days (none when empty). A tag
                          may not repeat in the file or the vault.
                          The imports check every row first and then apply
                          all rows or none; an error names the line and the
                          field.

Self-regulation:
  signals [--json]        The ledger&apos;s signals after settling demurrage
                          through yesterday: money in circulation (the sum of
                          positive balances), the commons fund, members near
                          their credit floor or the accumulation ceiling,
                          trades, volume, circulation and velocity for each
                          of the last 12 months, the circulation target, a
                          demurrage rate already scheduled, and a suggested
                          rate when circulation is outside the target. A
                          suggestion is never applied by itself: record it
                          with demurrage rate.
  circulation-target --low X --high X | --none
                          The band of money in circulation (credits) outside
                          which signals suggests a new demurrage rate; --none
                          removes it.

The tool library (amounts in credits, like 40 or 12.50):
  tool add NAME --tag TAG [--category C] [--value X] [--deposit X]
           [--loan-days N] [--late-fee X]
                          Add an item to the catalogue. TAG is the code on its
                          label, unique; the loan period is 7 days unless
                          given; the late fee is per day late.
  tool list [--json]      Every item: tag, name, category, condition and who
                          has it until when.
  tool show TAG [--json]  One item, its loan, its holds queue and its history.
  tool checkout TAG --member N [--date YYYY-MM-DD] [--override-reason TEXT]
                [--missing A,B]
                          Lend the item to member N; prints the due date. The
                          item&apos;s deposit is held on the member&apos;s credit until
                          it comes back. The refusal says why (on loan,
                          retired, needs repair, held or booked for someone
                          else, member suspended, not trained, cannot cover
                          the deposit, or with an overdue item). A member with
                          an overdue item borrows only with --override-reason,
                          which is recorded with the loan. --missing: a kit&apos;s
                          components not there as it goes out (noted).
  tool return TAG [--condition C] [--date YYYY-MM-DD] [--waive REASON]
                [--missing A,B] [--notes TEXT] [--charge-deposit --coordinator]
                          Take the item back (condition new, good, worn,
                          needs_repair or retired; good unless given). The
                          deposit is released; the late fee (days late x the
                          item&apos;s fee a day) is charged to the commons fund
                          unless --waive gives a reason. needs_repair, or
                          components --missing, keep it from being lent until
                          its maintenance is closed. --charge-deposit keeps the
                          deposit for damage; it needs --coordinator.
  tool lost TAG --coordinator [--notes TEXT] [--date YYYY-MM-DD]
                          The item will not come back: its deposit is charged
                          to the commons fund, it is retired, its queue and
                          bookings are cancelled. No late fee is added.
  tool reserve TAG --member N --from YYYY-MM-DD --to YYYY-MM-DD [--notes TEXT]
                          Book the item for member N for those days (both
                          counted); loans that would overlap are refused.
  tool unreserve ID [--reason TEXT]
                          Cancel a booking (its id is in tool show).
  tool components TAG [NAME...] [--clear]
                          Show a kit&apos;s components, or set them (in order), or
                          clear them. The desk checks them out and in.
  tool photo TAG FILE | tool photo TAG --remove
                          Keep a JPEG or PNG photo (at most 2 MiB) of the item
                          in the vault, or remove it.
  tool renew TAG [--date YYYY-MM-DD]
                          Another loan period, from the due date (or from the
                          date, when later); refused while someone waits.
  tool hold TAG --member N
                          Put member N in the item&apos;s queue; first come, first
                          served: the item is lent to no one else first.
  tool overdue [--json]   Items past their due date, most days late first,
                          with the late fee so far and the borrower&apos;s contact.
  tool maintenance TAG --done TEXT [--cost X] [--date YYYY-MM-DD]
                          Record maintenance done: closes the open record (an
                          item back as needs_repair is good again), or records
                          routine work.
  tool labels FILE.pdf [TAG...] [--sheet NAME] [--start N]
                          Write a PDF of labels to print on a sheet of
                          self-adhesive labels: each with the tag as a QR code
                          and as text, and the item&apos;s name. Without tags:
                          every item that is not retired. Sheets (A4):
                          L7160 (default; 21 labels of 63.5 x 38.1 mm),
                          L7163 (14 of 99.1 x 38.1 mm), L7165 (8 of 99.1 x
                          67.7 mm), L7651 (65 of 38.1 x 21.2 mm; the name
                          only where it fits). --start N: the first label
                          goes to position N (1 is top left, counting across,
                          then down), to use up a sheet already started.
                          Further labels go on more pages.
  tool train N --category C [--date YYYY-MM-DD] [--by NAME]
                          Sign member N off for the category C, so that they
                          may borrow items of C that need training.
  tool hold-days [N]      Show, or set to N, the days an item that comes back
                          is kept for the first member in its queue.
  tool loans --member N [--json]
                          Member N&apos;s loans: those out first (earliest due
                          first), then those returned (newest first), with
                          days late and the late fee.
  tool stats [--json]     Items (not retired), loans ever, the avoided
                          spending (replacement value of every loan), the
                          utilisation over the last 365 days (share of
                          item-days on loan), the most requested items (loans
                          and holds) and the items never borrowed.

The commons (quantities are written like 100 or 12.5, at most three
decimals, in the resource&apos;s or indicator&apos;s unit; prices and credits like
amounts):
  commons add NAME --unit U --yield X --period month|year --permits N
              [--threshold X] [--stock X] [--price X] [--elasticity N]
              [--regen-unit U] [--regen-permits X] [--regen-credits X]
              [--amber P] [--red P] [--description TEXT]
                          Add a shared resource: its sustainable yield per
                          month or year is divided into N extraction permits
                          each period. --threshold: the safe use per period
                          (the yield unless given); --stock: the stock or
                          capacity, where it applies; --price: credits per
                          permit when use reaches the threshold (0, free,
                          unless given), rising with use as (use /
                          threshold) ^ elasticity (2 unless given, 0 to 4);
                          regeneration is counted in --regen-unit (the unit
                          unless given) and earns --regen-permits permits
                          and --regen-credits credits per unit; the light is
                          amber from --amber and red above --red percent of
                          the threshold (70 and 100 unless given).
  commons list [--json]   Every resource and its settings.
  commons show NAME [--member N] [--json]
                          One resource: settings, this period&apos;s permits (used,
                          left, earned), the price of a permit now, its
                          light, recent extractions and regenerations and the
                          period&apos;s emergency overrides; --member: that
                          member&apos;s drawing rights as well.
  commons extract NAME --member N --qty X [--date YYYY-MM-DD]
                  [--override REASON]
                          Record that member N took X of the resource: whole
                          permits, first from the member&apos;s drawing rights,
                          then from the period&apos;s shared permits; the price
                          is charged to the member and paid to the commons
                          fund. Prints the permits taken, the charge and the
                          permits left. Beyond the permits left it is refused
                          with what is left (exit 4), unless the coordinator
                          records an emergency override with its reason.
  commons regenerate NAME --member N --qty X --action TEXT
                     [--verified-by NAME] [--date YYYY-MM-DD]
                          Record regeneration by member N (planting,
                          restoring, composting, repairing), verified by NAME
                          (&quot;coordinator&quot; unless given): it earns drawing
                          rights on the resource and regeneration credits
                          paid by the commons fund, at the resource&apos;s rates.
  commons status [--json] Every warning light, worst first: each resource&apos;s
                          use this period and each indicator&apos;s latest
                          measurement against its threshold, with the state
                          as a symbol and a word (green within limits, amber
                          near the limit, red over it, grey no recent data),
                          the value, threshold, percent and trend.
  commons balance [--month YYYY-MM] [--member N] [--json]
                          The ecological balance of a month (this month
                          unless given) in points: regeneration minus
                          extraction and trade impacts, for the community
                          and each member with activity (or member N).
  commons settle --month YYYY-MM
                          Settle a month that has ended, once: members with a
                          positive balance are paid regeneration credits by
                          the commons fund, members with a negative one owe
                          it a restoration fee (unless they pledged work),
                          and every member&apos;s ecological multiplier is set.
  commons pledge --member N --month YYYY-MM --work TEXT
                          Member N pledges restoration work instead of the
                          fee of that month.
  indicator add NAME --unit U --threshold X [--higher-is-better]
                [--boundary TEXT] [--stale-days N] [--amber P] [--red P]
                          Add an ecological indicator with its safe
                          threshold or budget; lower is better unless
                          --higher-is-better. --boundary: the planetary
                          boundary it follows; its light turns grey when the
                          latest measurement is older than N days (45 unless
                          given).
  indicator list [--json] Every indicator with its latest measurement.
  indicator record NAME --value X [--date YYYY-MM-DD]
                          Record a measurement (negative values allowed) for
                          a day (today unless given); a day already measured
                          gets the new value.
  indicator budget --global X --population-share S --ecosystem-share S
                          Print the regional budget alone: X x (S1 + S2) / 2,
                          rounded to three decimals. Shares are written like
                          0.0000375, 37.5% or 300/8000000000. Needs no vault.
  import measurements FILE
                          Record the measurements listed in a CSV file:
                          indicator, date, value (required), source (the
                          file&apos;s name when empty). Checked like the other
                          imports: all rows or none.
  impact TRADE_ID [KIND=QTY ...] [--clear]
                          Show the ecological impacts a trade carries, or
                          replace them, or clear them. KIND is carbon (kg
                          CO2e), water (L), land (m²), biodiversity (units)
                          or pollution (kg); the payer bears them in the
                          ecological balance.
  report assembly FILE.pdf --from YYYY-MM-DD --to YYYY-MM-DD
                          Write the monthly assembly&apos;s report as an A4 PDF: a
                          cover with every light, then a page per resource
                          and per indicator (chart and table), the
                          ecological balance, the emergency overrides and
                          the largest regeneration actions.

Demonstration:
  demo [--members N] [--trades N] [--years N] [--seed S] [--commons]
                          Fill an empty vault with a synthetic community that
                          looks lived in: N members (default 50), N trades
                          (default 2000) over the last N years (default 2) up
                          to today, demurrage rate changes, a few reversals.
                          The same options, seed (default 1) and --today give
                          the same community. The first few members get a PIN:
                          their number with four digits (&quot;0001&quot;). Refused
                          (exit 4) when the vault already has members or
                          trades. --commons: commons demo data as well
                          (resources, extractions, regenerations, indicators
                          with three years of measurements, trade impacts);
                          on a vault that has members already, the commons
                          demo data alone.

JSON (--json): amounts are strings with two decimals (&quot;40.00&quot;, &quot;-12.50&quot;),
never numbers; accounts carry &quot;number&quot; (0: commons fund) and &quot;name&quot;.
  member list     {&quot;members&quot;: [{&quot;number&quot;, &quot;name&quot;, &quot;status&quot;, &quot;balance&quot;,
                  &quot;creditLine&quot;, &quot;available&quot;, &quot;pinSet&quot;}]}
  member show     {&quot;number&quot;, &quot;name&quot;, &quot;contact&quot;, &quot;joinedOn&quot;, &quot;status&quot;,
                  &quot;pinSet&quot;, &quot;balance&quot;, &quot;creditLine&quot;, &quot;creditLineStarter&quot;,
                  &quot;creditLineExtension&quot;, &quot;available&quot;}
  balance         {&quot;asOf&quot;, &quot;accounts&quot;: [{&quot;number&quot;, &quot;name&quot;, &quot;balance&quot;}],
                  &quot;total&quot;}
  statement       {&quot;number&quot;, &quot;name&quot;, &quot;from&quot;, &quot;to&quot;, &quot;lines&quot;: [{&quot;date&quot;,
                  &quot;kind&quot; (trade, reversal, demurrage), &quot;tradeId&quot;,
                  &quot;counterparty&quot;, &quot;counterpartyName&quot;, &quot;memo&quot;, &quot;amount&quot;,
                  &quot;balance&quot;}]}
  demurrage show  {&quot;rates&quot;: [{&quot;from&quot;, &quot;ppmPerDay&quot;, &quot;exempt&quot;}]}
  signals         {&quot;asOf&quot;, &quot;circulation&quot;, &quot;commonsFund&quot;, &quot;activeMembers&quot;,
                  &quot;nearFloor&quot;, &quot;nearCeiling&quot;, &quot;ceiling&quot;, &quot;velocityPermille&quot;,
                  &quot;target&quot;: {&quot;low&quot;, &quot;high&quot;}, &quot;months&quot;: [{&quot;month&quot; (YYYY-MM),
                  &quot;trades&quot;, &quot;volume&quot;, &quot;circulation&quot;, &quot;velocityPermille&quot;}],
                  &quot;scheduledRate&quot;: {&quot;from&quot;, &quot;ppmPerDay&quot;, &quot;exempt&quot;},
                  &quot;suggestion&quot;: {&quot;currentPpm&quot;, &quot;suggestedPpm&quot;, &quot;from&quot;,
                  &quot;reason&quot;}}; velocity in permille (1000: the money in
                  circulation changed hands once that month); ceiling,
                  target, scheduledRate and suggestion are null when there
                  is none.
  tool list       {&quot;items&quot;: [{&quot;tag&quot;, &quot;name&quot;, &quot;category&quot;, &quot;condition&quot;,
                  &quot;borrower&quot;, &quot;dueOn&quot;}]}; borrower and dueOn are null when
                  the item is in
  tool show       {&quot;tag&quot;, &quot;name&quot;, &quot;category&quot;, &quot;description&quot;, &quot;condition&quot;,
                  &quot;location&quot;, &quot;replacementValue&quot;, &quot;deposit&quot;, &quot;loanDays&quot;,
                  &quot;lateFeePerDay&quot;, &quot;lendable&quot;, &quot;whyNot&quot;, &quot;loan&quot;: {&quot;member&quot;,
                  &quot;name&quot;, &quot;outOn&quot;, &quot;dueOn&quot;} or null, &quot;holds&quot;: [{&quot;member&quot;,
                  &quot;name&quot;, &quot;queuedAt&quot;}], &quot;history&quot;: [{&quot;member&quot;, &quot;name&quot;,
                  &quot;outOn&quot;, &quot;dueOn&quot;, &quot;returnedOn&quot;, &quot;condition&quot;}]}
  tool overdue    {&quot;asOf&quot;, &quot;loans&quot;: [{&quot;tag&quot;, &quot;name&quot;, &quot;member&quot;,
                  &quot;memberName&quot;, &quot;contact&quot;, &quot;dueOn&quot;, &quot;daysLate&quot;,
                  &quot;feeSoFar&quot;}]}
  tool loans      {&quot;member&quot;, &quot;name&quot;, &quot;asOf&quot;, &quot;loans&quot;: [{&quot;tag&quot;, &quot;name&quot;,
                  &quot;outOn&quot;, &quot;dueOn&quot;, &quot;returnedOn&quot;, &quot;condition&quot;, &quot;daysLate&quot;,
                  &quot;lateFee&quot;, &quot;notes&quot;}]}; returnedOn and condition are null
                  while the item is out, and daysLate and lateFee are then
                  counted to today (the fee so far)
  tool stats      {&quot;items&quot;, &quot;loans&quot;, &quot;avoidedSpending&quot;, &quot;mostRequested&quot;:
                  [{&quot;tag&quot;, &quot;name&quot;, &quot;requests&quot;}], &quot;neverBorrowed&quot;: [tag]}
Quantities and points are strings too (&quot;12.5&quot;), permits are numbers:
  commons list    {&quot;resources&quot;: [{&quot;name&quot;, &quot;unit&quot;, &quot;description&quot;, &quot;stock&quot;,
                  &quot;period&quot;, &quot;yield&quot;, &quot;permits&quot;, &quot;threshold&quot;, &quot;basePrice&quot;,
                  &quot;elasticity&quot;, &quot;regenerationUnit&quot;, &quot;regenerationPermits&quot;,
                  &quot;regenerationCredits&quot;, &quot;amber&quot;, &quot;red&quot;, &quot;createdOn&quot;}]}
  commons show    the same keys as one resource, and &quot;account&quot;: {&quot;from&quot;,
                  &quot;to&quot;, &quot;label&quot;, &quot;permits&quot;, &quot;sharedUsed&quot;, &quot;sharedLeft&quot;,
                  &quot;earnedInPeriod&quot;, &quot;earnedUsed&quot;, &quot;drawingRightsLeft&quot;,
                  &quot;beyondPermits&quot;, &quot;extracted&quot;, &quot;regenerated&quot;, &quot;overrides&quot;,
                  &quot;pricePerPermit&quot;}, &quot;light&quot; (as in commons status),
                  &quot;member&quot;: {&quot;number&quot;, &quot;name&quot;, &quot;drawingRights&quot;} or null,
                  &quot;extractions&quot;: [{&quot;id&quot;, &quot;date&quot;, &quot;member&quot;, &quot;name&quot;,
                  &quot;quantity&quot;, &quot;permits&quot;, &quot;permitsBeyond&quot;, &quot;pricePerPermit&quot;,
                  &quot;charge&quot;, &quot;tradeId&quot;, &quot;override&quot;}], &quot;regenerations&quot;:
                  [{&quot;id&quot;, &quot;date&quot;, &quot;member&quot;, &quot;name&quot;, &quot;quantity&quot;, &quot;action&quot;,
                  &quot;verifiedBy&quot;, &quot;permitsEarned&quot;, &quot;credits&quot;, &quot;tradeId&quot;}],
                  &quot;overrides&quot; (extractions)
  commons status  {&quot;asOf&quot;, &quot;lights&quot;: [{&quot;state&quot; (green, amber, red, grey),
                  &quot;symbol&quot;, &quot;word&quot;, &quot;subject&quot; (resource, indicator),
                  &quot;name&quot;, &quot;unit&quot;, &quot;value&quot;, &quot;threshold&quot;, &quot;percent&quot;, &quot;trend&quot;
                  (improving, steady, worsening, unknown), &quot;asOf&quot;,
                  &quot;summary&quot;}]}; value is null without data
  commons balance {&quot;month&quot; (YYYY-MM), &quot;settled&quot;, &quot;community&quot;:
                  {&quot;regeneration&quot;, &quot;extraction&quot;, &quot;impacts&quot;, &quot;net&quot;},
                  &quot;members&quot;: [{&quot;number&quot;, &quot;name&quot;, &quot;regeneration&quot;,
                  &quot;extraction&quot;, &quot;impacts&quot;, &quot;net&quot;}]}
  indicator list  {&quot;indicators&quot;: [{&quot;name&quot;, &quot;unit&quot;, &quot;boundary&quot;,
                  &quot;threshold&quot;, &quot;direction&quot;, &quot;amber&quot;, &quot;red&quot;, &quot;staleDays&quot;,
                  &quot;latest&quot;: {&quot;date&quot;, &quot;value&quot;} or null}]}
Dates are YYYY-MM-DD; an open end or the built-in default rate is null.

Options:
  --vault PATH            The vault file; its key file is PATH.key, beside it.
                          Default: %1
  --passphrase-file FILE  Read the passphrase from FILE (one trailing newline
                          is removed).
  --today YYYY-MM-DD      Act as if today were this date (for scripts and
                          tests); without it the system clock is used.
  -h, --help              Show this text.
  --version               Show the program&apos;s version.

Passphrase:
  Taken from --passphrase-file, else from the environment variable
  MYCELIUM_PASSPHRASE, else asked on the terminal without echo (twice for
  init), else read as one line from standard input.

Environment:
  MYCELIUM_PASSPHRASE     The vault&apos;s passphrase, when --passphrase-file is
                          not given.
  XDG_DATA_HOME           Where the default vault lives (mycelium/ inside it).

Exit status:
  0  Success.
  1  Cancelled at a prompt, or an unexpected error.
  2  Usage error: unknown command or option, missing or malformed argument
     (such as a bad --today date or an amount like &quot;12,5&quot;), no such member,
     trade, item tag, resource or indicator, a file to import that does not
     exist, a passphrase
     that is too weak, an empty community name, passphrases that do not
     match.
  3  Wrong passphrase, or the vault is locked; a wrong member PIN.
  4  Integrity or data error: the vault or key file is missing, damaged or
     written by a newer Mycelium; a vault already exists (init); a check of
     verify failed; the files cannot be read or written; encryption is not
     available; or the ledger refused the operation, e.g. over the credit
     line, a suspended member, a trade already reversed, a day already
     settled, a member number already taken, a CSV file with a bad line,
     an item that cannot be lent, no items to print labels for, an
     extraction beyond the permits left, a month already settled.
  5  The vault is busy: another Mycelium window or command has it open.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="563"/>
        <source>Unexpected argument &apos;%1&apos; after the command %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="651"/>
        <source>The command tool add needs the item&apos;s name, not an empty one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="683"/>
        <location filename="../app/cli/cliarguments.cpp" line="705"/>
        <source>The command %1 needs an asset tag, not an empty one: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="732"/>
        <source>The option --vault needs a path to a vault file, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="737"/>
        <source>The option --passphrase-file needs the path of a file, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="743"/>
        <source>The option --today expects a real date written YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="753"/>
        <source>The option --new-passphrase-file needs the path of a file, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="759"/>
        <source>The option --number expects a member number from 1 up, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="764"/>
        <source>the member&apos;s new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="778"/>
        <source>the path of a file holding the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="960"/>
        <source>a reason in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="969"/>
        <source>The option %1 expects a member number (0 for the commons fund), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="984"/>
        <source>The option --amount expects an amount of credits written like 40 or 12.50, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="986"/>
        <source>The option --amount expects an amount of more than zero credits, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1011"/>
        <source>the asset tag printed on the item&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1016"/>
        <source>a text saying what work was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1035"/>
        <source>The option %1 expects an amount of credits (zero or more) written like 40 or 12.50, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1052"/>
        <source>The option --member expects a member number from 1 up, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1061"/>
        <source>The option --condition expects new, good, worn, needs_repair or retired, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1094"/>
        <source>a text saying what the trade was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1115"/>
        <source>The option --ppm expects parts per million per day, a whole number from 0 to 1000000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1123"/>
        <source>The option --exempt expects an amount of credits (zero or more) written like 100 or 12.50, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1144"/>
        <source>The option %1 expects a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1152"/>
        <source>The option --seed expects a whole number from 0 to 18446744073709551615, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1161"/>
        <source>The option %1 expects an amount of credits (zero or more) written like 5000 or 12.50, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="1190"/>
        <source>The command init needs the community&apos;s name: mycelium-cli init --community NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="372"/>
        <source>No command given; run &apos;mycelium-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="172"/>
        <location filename="../app/cli/passphraseinput.cpp" line="179"/>
        <source>No passphrase was entered; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="174"/>
        <source>The passphrase is longer than %1 bytes; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="176"/>
        <source>Cannot read from the terminal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="191"/>
        <source>No passphrase given: use --passphrase-file FILE, set MYCELIUM_PASSPHRASE, or run the command on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="194"/>
        <source>The line read from standard input is longer than %1 bytes, too long for a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="196"/>
        <source>Cannot read the passphrase from standard input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="199"/>
        <source>The passphrase read from standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="310"/>
        <source>Passphrase refused: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="49"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="55"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="70"/>
        <source>The PIN file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="72"/>
        <source>Cannot read the PIN file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="80"/>
        <source>The PIN file %1 is longer than %2 bytes; it does not look like a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="90"/>
        <source>The PIN in %1 is too short: a PIN needs at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="57"/>
        <location filename="../app/cli/commonscommands.cpp" line="72"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="67"/>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="67"/>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="820"/>
        <source>Not a commons command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="835"/>
        <source>Added the commons demo: %1 resources and %2 indicators with %3 years of measurements up to %4 (seed %5).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli::CliSession</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="86"/>
        <source>There is no vault at %1; create one with &apos;mycelium-cli init --community NAME&apos; or name another with --vault PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="90"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="97"/>
        <source>The passphrase from %1 does not open the vault %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="113"/>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="116"/>
        <source>A key file already exists at %1 without its vault; nothing was changed. Move it away to create a new vault there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="119"/>
        <source>Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="120"/>
        <source>Passphrase for the new vault: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="129"/>
        <source>Created the vault of &quot;%1&quot;.
Vault:    %2
Key file: %3
Keep copies of both files and of the passphrase in safe places: the vault cannot be opened without its key file and the passphrase.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="171"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="171"/>
        <source>(missing: run &apos;mycelium-cli verify&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="172"/>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="172"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="173"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="174"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="175"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="176"/>
        <source>Vault id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="177"/>
        <source>SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="178"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="178"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="180"/>
        <source>Records:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="183"/>
        <source>cannot be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="202"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="209"/>
        <source>PROBLEM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="214"/>
        <source>%1 of %2 checks found problems in the vault %3; restore it from a backup before recording anything new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="218"/>
        <source>All %1 checks passed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="224"/>
        <source>The passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="254"/>
        <source>The passphrase of the vault %1 was changed and its key file %2 was rewritten; the vault keeps its encryption key.
Old copies of the key file still open the vault with the old passphrase: if the old passphrase may be known to someone else, run &apos;mycelium-cli rekey&apos; as well.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="268"/>
        <source>The vault %1 was re-encrypted under a new key and its key file %2 was replaced; the passphrase is unchanged.
Back up the vault and the new key file together: older backups of the vault open only with the key file saved with them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="284"/>
        <source>The key remembered in this computer&apos;s keychain was replaced as well.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="287"/>
        <source>The keychain could not be updated (%1); the app will ask for the passphrase next time. Turn &quot;Remember on this computer&quot; on again there if you want it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="311"/>
        <source>In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;the key&gt;&apos;&quot;;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="312"/>
        <source>In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;the key&gt;&apos;&quot;; PRAGMA cipher_page_size = %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="105"/>
        <source>There is no member number %1; &apos;mycelium-cli member list&apos; shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="110"/>
        <source>There is no trade %1; &apos;mycelium-cli statement N&apos; shows a member&apos;s trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="117"/>
        <source>The file %1 does not exist; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="120"/>
        <source>Cannot read the file %1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="132"/>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="105"/>
        <source>%1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli::CommonsSession</name>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="195"/>
        <source>There is no resource named %1; &apos;mycelium-cli commons list&apos; shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="200"/>
        <source>There is no indicator named %1; &apos;mycelium-cli indicator list&apos; shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="221"/>
        <source>Added the resource %1: a sustainable yield of %2 %3 in %4 permits; safe use %5 %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="241"/>
        <source>No resources yet; add one with &apos;mycelium-cli commons add NAME --unit U --yield X --period month|year --permits N&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="242"/>
        <location filename="../app/cli/commonscommands.cpp" line="324"/>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <location filename="../app/cli/commonscommands.cpp" line="550"/>
        <location filename="../app/cli/commonscommands.cpp" line="569"/>
        <location filename="../app/cli/commonscommands.cpp" line="684"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="242"/>
        <location filename="../app/cli/commonscommands.cpp" line="324"/>
        <location filename="../app/cli/commonscommands.cpp" line="684"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="242"/>
        <location filename="../app/cli/commonscommands.cpp" line="338"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="242"/>
        <source>Yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="242"/>
        <location filename="../app/cli/commonscommands.cpp" line="360"/>
        <location filename="../app/cli/commonscommands.cpp" line="368"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="242"/>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <location filename="../app/cli/commonscommands.cpp" line="684"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="242"/>
        <location filename="../app/cli/commonscommands.cpp" line="332"/>
        <source>Base price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="326"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="328"/>
        <source>Stock or capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="329"/>
        <source>Sustainable yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="330"/>
        <source>%1 %2 in %3 permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="331"/>
        <source>Safe threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="331"/>
        <location filename="../app/cli/commonscommands.cpp" line="729"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="332"/>
        <source>%1 a permit at the threshold, elasticity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="333"/>
        <source>none: extraction is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="334"/>
        <source>Regeneration earns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="334"/>
        <source>%1 permits and %2 credits per unit (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="337"/>
        <source>Light bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="337"/>
        <source>amber from %1 %, red above %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="338"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="339"/>
        <source>Shared permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="340"/>
        <source>%1 used of %2; %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="341"/>
        <source>Drawing rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="341"/>
        <source>%1 earned this period, %2 used; %3 unspent in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="346"/>
        <source>Drawing rights of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="347"/>
        <source>Extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="348"/>
        <source>Regenerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="349"/>
        <source>Emergency overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="349"/>
        <source>%1 (%2 permits beyond those left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="350"/>
        <source>Price of a permit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="351"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="351"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="357"/>
        <location filename="../app/cli/commonscommands.cpp" line="365"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="359"/>
        <source>
Recent extractions:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="360"/>
        <location filename="../app/cli/commonscommands.cpp" line="368"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="360"/>
        <location filename="../app/cli/commonscommands.cpp" line="368"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="360"/>
        <location filename="../app/cli/commonscommands.cpp" line="368"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="360"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="360"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="367"/>
        <source>
Recent regenerations:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="368"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="368"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="368"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="371"/>
        <source>
Emergency overrides in %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="373"/>
        <source>  %1  %2 (%3): %4, %5 permits beyond those left. Reason: %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="407"/>
        <source>%1 of %2 taken by %3 on %4: %5 permits (%6 from the member&apos;s drawing rights, %7 shared).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="413"/>
        <source>Emergency override: %1 permits beyond those left. Reason: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="415"/>
        <source>Charge: %1 (%2 a permit), paid to the commons fund (trade %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="419"/>
        <source>Charge: none.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="420"/>
        <source>Permits left: %1 (%2 shared in %3, %4 of the member&apos;s drawing rights).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="449"/>
        <source>%1 by %2 on %3 for %4, verified by %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="452"/>
        <source>Action: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="453"/>
        <source>Permits earned: %1 (the member&apos;s drawing rights now %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="455"/>
        <source>Credits paid by the commons fund: %1 (trade %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="457"/>
        <source>Credits paid: none.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="475"/>
        <source>No warning lights yet; add a resource with &apos;mycelium-cli commons add&apos; or an indicator with &apos;mycelium-cli indicator add&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="480"/>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="480"/>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="481"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="482"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="485"/>
        <source>Warning lights on %1, worst first:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="486"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="545"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="548"/>
        <source>Ecological balance of %1 in points (settled):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="548"/>
        <source>Ecological balance of %1 in points (not settled):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="550"/>
        <location filename="../app/cli/commonscommands.cpp" line="569"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="550"/>
        <source>Regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="550"/>
        <source>Extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="550"/>
        <source>Impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="550"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="566"/>
        <source>pledged work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="569"/>
        <source>Net points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="569"/>
        <source>Credits paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="569"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="569"/>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="570"/>
        <source>Settled %1: %2 members with a balance; %3 paid in regeneration credits, %4 charged in restoration fees.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="585"/>
        <source>%1 pledged restoration work for %2 instead of the fee: %3 (pledge %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="629"/>
        <source>The ecological rates are saved; they apply to months settled from now on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="630"/>
        <source>A positive monthly balance is paid %1 a point; a negative one owes a restoration fee of %2 a point.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="637"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="637"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="637"/>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="648"/>
        <source>Added the indicator %1: threshold %2, %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="650"/>
        <location filename="../app/cli/commonscommands.cpp" line="679"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="650"/>
        <location filename="../app/cli/commonscommands.cpp" line="679"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="680"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="680"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="683"/>
        <source>No indicators yet; add one with &apos;mycelium-cli indicator add NAME --unit U --threshold X&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="684"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="684"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="684"/>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="698"/>
        <source>%1 on %2: %3. Light: %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="709"/>
        <source>Recorded %1 measurements from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="724"/>
        <source>Trade %1 carries no ecological impacts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="730"/>
        <source>Trade %1 carries: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="745"/>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commonscommands.cpp" line="747"/>
        <source>The assembly report from %1 to %2 (pages: %3) written to %4.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli::LedgerCommand</name>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1413"/>
        <source>Not a ledger command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli::PassphraseInput</name>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="237"/>
        <source>The passphrase file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="239"/>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="244"/>
        <source>The passphrase file %1 is longer than %2 bytes; it does not look like a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="248"/>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="255"/>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="259"/>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="263"/>
        <location filename="../app/cli/passphraseinput.cpp" line="274"/>
        <source>the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="266"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="275"/>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="285"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="285"/>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="301"/>
        <source>The two passphrases do not match. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli::Session</name>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="507"/>
        <location filename="../app/cli/ledgercommands.cpp" line="1011"/>
        <source>%1 (member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="714"/>
        <source>Member number %1 is already taken by %2; nothing was added. Leave out --number to get the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="765"/>
        <source>No members yet; add one with &apos;mycelium-cli member add NAME&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="766"/>
        <location filename="../app/cli/ledgercommands.cpp" line="966"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="199"/>
        <location filename="../app/cli/ledgercommands.cpp" line="282"/>
        <location filename="../app/cli/ledgercommands.cpp" line="766"/>
        <location filename="../app/cli/ledgercommands.cpp" line="802"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="766"/>
        <location filename="../app/cli/ledgercommands.cpp" line="805"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="766"/>
        <location filename="../app/cli/ledgercommands.cpp" line="807"/>
        <location filename="../app/cli/ledgercommands.cpp" line="966"/>
        <location filename="../app/cli/ledgercommands.cpp" line="1027"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="766"/>
        <location filename="../app/cli/ledgercommands.cpp" line="808"/>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="801"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="518"/>
        <location filename="../app/cli/ledgercommands.cpp" line="803"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="295"/>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="297"/>
        <source>Booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="297"/>
        <source>%1 (member %2), %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="320"/>
        <source>%1 lent to %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="322"/>
        <source>Deposit %1 held on their credit until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="324"/>
        <source>Missing as it went out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="351"/>
        <source>Days late: %1; late fee %2 charged to the commons fund (trade %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="356"/>
        <source>Days late: %1; late fee %2 waived (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="358"/>
        <source>Deposit %1 kept for damage and paid to the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="359"/>
        <source>Deposit %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="361"/>
        <source>Missing: %1; it is not lent until its maintenance is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="803"/>
        <location filename="../app/cli/ledgercommands.cpp" line="827"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="804"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="806"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="806"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="806"/>
        <source>not set (a coordinator confirms the trades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="808"/>
        <source>%1 (starter line %2 + extension %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="809"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="823"/>
        <source>%1 already has that name and contact; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="826"/>
        <source>%1 is saved: name %2, contact %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="838"/>
        <source>%1 is already %2; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="843"/>
        <source>%1 is now %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="853"/>
        <source>%1 has no PIN; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="859"/>
        <source>The PIN of %1 was removed; a coordinator confirms the trades.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="861"/>
        <source>The PIN of %1 was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="861"/>
        <source>The PIN of %1 was set.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="867"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="154"/>
        <source>No item has the asset tag %1; &apos;mycelium-cli tool list&apos; shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="196"/>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="196"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="198"/>
        <source>No items yet; add one with &apos;mycelium-cli tool add NAME --tag TAG&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="199"/>
        <location filename="../app/cli/ledgercommands.cpp" line="281"/>
        <location filename="../app/cli/ledgercommands.cpp" line="518"/>
        <location filename="../app/cli/ledgercommands.cpp" line="656"/>
        <location filename="../app/cli/ledgercommands.cpp" line="699"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="199"/>
        <location filename="../app/cli/ledgercommands.cpp" line="283"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="199"/>
        <location filename="../app/cli/ledgercommands.cpp" line="284"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="199"/>
        <location filename="../app/cli/ledgercommands.cpp" line="289"/>
        <source>On loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="285"/>
        <source>Replacement value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="286"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="287"/>
        <source>Loan period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="288"/>
        <source>Late fee per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="289"/>
        <source>to %1 (member %2) since %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="289"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="290"/>
        <source>Lendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="290"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="291"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="292"/>
        <location filename="../app/cli/ledgercommands.cpp" line="692"/>
        <source>Loans so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="349"/>
        <source>%1 back from %2 (member %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="363"/>
        <source>It needs repair and is not lent until its maintenance is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="382"/>
        <source>%1 recorded as lost by %2 (member %3) and retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="384"/>
        <source>Deposit %1 paid to the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="400"/>
        <source>%1 booked for %2 from %3 to %4 (booking %5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="410"/>
        <source>Booking %1 cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="426"/>
        <source>%1 has no components.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="427"/>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="439"/>
        <source>The photo of %1 is removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="444"/>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="448"/>
        <source>%1 is %2 KiB; at most %3 KiB is kept. Scale the photo down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="454"/>
        <source>The photo of %1 is kept in the vault.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="466"/>
        <source>%1 renewed for %2 (member %3) until %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="484"/>
        <source>%1 is number %2 in the queue for %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="515"/>
        <source>Nothing is overdue.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="518"/>
        <location filename="../app/cli/ledgercommands.cpp" line="656"/>
        <location filename="../app/cli/ledgercommands.cpp" line="699"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="518"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="518"/>
        <location filename="../app/cli/ledgercommands.cpp" line="656"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="518"/>
        <location filename="../app/cli/ledgercommands.cpp" line="656"/>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="518"/>
        <source>Fee so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="530"/>
        <source>Maintenance of %1 recorded on %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="547"/>
        <source>There are no items to label; add them with &apos;mycelium-cli tool add&apos; or &apos;mycelium-cli import tools&apos;. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="556"/>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="564"/>
        <source>Labels for the sheet %1 from position %2 (labels: %3, pages: %4) written to %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="582"/>
        <source>%1 is signed off for %2 on %3 by %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="591"/>
        <source>An item that comes back is now kept for %1 days for the first member in its queue.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="597"/>
        <source>An item that comes back is kept for %1 days for the first member in its queue.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="641"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="652"/>
        <source>%1 has borrowed nothing yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="655"/>
        <source>Loans of %1 on %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="656"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="656"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="656"/>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="691"/>
        <source>Items (not retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="693"/>
        <source>Avoided spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="694"/>
        <source>Utilisation (last 365 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="694"/>
        <source>%1 % of item-days on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="695"/>
        <source>Never borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="695"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="698"/>
        <source>
Most requested (loans and holds):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="699"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="706"/>
        <source>Added %1 items from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="890"/>
        <source>The commons fund has no PIN; record its payments without --pin-file. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="897"/>
        <source>The PIN in %1 does not confirm for %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="928"/>
        <source>The option --at asks for the balances at the end of %1, which is after today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="964"/>
        <source>Total (always zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="965"/>
        <source>Balances at the end of %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="965"/>
        <source>Balances on %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="966"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1012"/>
        <source>Statement of %1, %2 to %3:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1013"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1013"/>
        <source>from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1014"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1016"/>
        <source>No trades in this period.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1021"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1027"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1027"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1027"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1027"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1027"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1042"/>
        <source>From %1 balances above %2 credits pay %3 parts per million per day of the excess to the commons fund.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1069"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1070"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1070"/>
        <source>ppm per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1070"/>
        <source>Exempt up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1072"/>
        <source>In force today (%1): %2 ppm per day on balances above %3 credits.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1085"/>
        <location filename="../app/cli/ledgercommands.cpp" line="1093"/>
        <source>Cannot write the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1094"/>
        <source>Wrote the ledger journal to %1; read it with: ledger -f %1 balance
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1105"/>
        <source>Wrote members.csv, trades.csv, balances.csv and demurrage.csv into %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1111"/>
        <source>Added %1 members from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1116"/>
        <source>Recorded %1 trades from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1140"/>
        <source>Made a demo community: %1 members and %2 trades over %3 up to %4 (seed %5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1143"/>
        <source>one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1143"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1208"/>
        <source>%1 of %2 active members (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1209"/>
        <source>no active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1211"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1213"/>
        <source>circulation is below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1214"/>
        <source>circulation is above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1215"/>
        <source>circulation is within it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1216"/>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1218"/>
        <source>Signals on %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1220"/>
        <source>Money in circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1221"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1222"/>
        <source>Near their credit floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1223"/>
        <source>Near the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1223"/>
        <source>no ceiling set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1224"/>
        <source>Velocity last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1225"/>
        <source>Circulation target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1232"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1232"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1232"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1232"/>
        <source>Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1232"/>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1234"/>
        <source>
Scheduled: from %1 the demurrage rate is %2 ppm a day; no new rate is suggested until then.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1238"/>
        <source>
Suggestion: %1 the demurrage rate from %2 to %3 ppm a day. %4
Nothing changes by itself. To accept it: mycelium-cli demurrage rate --ppm %3 --from %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1240"/>
        <source>raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1240"/>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1252"/>
        <source>The circulation target is removed; signals will suggest no demurrage rate.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ledgercommands.cpp" line="1254"/>
        <source>The target for money in circulation is now %1 to %2 credits.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::commons</name>
    <message>
        <location filename="../core/commons/commons.cpp" line="467"/>
        <source>There is no commons resource named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="473"/>
        <source>There is no commons resource number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="530"/>
        <source>An extraction cannot be dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="549"/>
        <source>Extraction of %1 from %2 (%3 permits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="586"/>
        <source>The extraction just recorded is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="595"/>
        <source>A regeneration needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="597"/>
        <source>A regeneration cannot be dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="599"/>
        <source>The quantity of regeneration must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="603"/>
        <source>Say what was done: a regeneration needs an action, like &quot;planted 40 oaks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="605"/>
        <source>Say who verified the regeneration &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="616"/>
        <source>%1 (member %2) has left the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="623"/>
        <source>The credits for this regeneration are too large to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="633"/>
        <source>Regeneration of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="769"/>
        <source>Choose a range of days whose first day is not after its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="854"/>
        <source>Nothing recorded yet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="861"/>
        <source>%1 of %2 used in %3 (%4 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="880"/>
        <source>Extraction %1 charges %2 credits, but its trade does not record that charge to the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="893"/>
        <source>Regeneration %1 pays %2 credits, but its trade does not record that payment from the commons fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commons.cpp" line="908"/>
        <source>Member %1 has spent %2 drawing rights on %3 but earned only %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::commons::Demo</name>
    <message>
        <location filename="../core/commons/commonsdemo.cpp" line="299"/>
        <source>the resource&apos;s steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsdemo.cpp" line="325"/>
        <source>Drought: the school garden and the care home had no other water for a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsdemo.cpp" line="506"/>
        <source>The commons demo takes 0 or more resources and indicators over 1 to 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsdemo.cpp" line="508"/>
        <source>The commons demo cannot end after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsdemo.cpp" line="518"/>
        <source>The commons demo needs members to extract and regenerate: run the ledger demo first (mycelium-cli demo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::csv</name>
    <message>
        <location filename="../core/ledger/csv.cpp" line="167"/>
        <source>line %1: the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="217"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="222"/>
        <source>line %1, field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="256"/>
        <source>The CSV file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/csv.cpp" line="267"/>
        <source>%1: %2 fields where the first line names %3 columns; a field that contains a comma must be in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::demo</name>
    <message>
        <location filename="../core/ledger/demo.cpp" line="115"/>
        <source>food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="116"/>
        <source>Bread and eggs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="116"/>
        <source>A box of vegetables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="117"/>
        <source>%1 jars of jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="117"/>
        <source>Soup for the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="118"/>
        <source>childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="119"/>
        <source>%1 hours of childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="119"/>
        <source>Babysitting on Friday evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="120"/>
        <source>School pick-up for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="120"/>
        <source>%1 hours of babysitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="121"/>
        <source>repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="122"/>
        <source>%1 hours of carpentry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="122"/>
        <source>Fixed a leaking tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="123"/>
        <source>Bicycle repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="123"/>
        <source>Mended the garden fence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="124"/>
        <source>tutoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="125"/>
        <source>%1 hours of maths tutoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="125"/>
        <source>Guitar lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="126"/>
        <source>%1 hours of language exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="126"/>
        <source>Help with a job application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="127"/>
        <source>transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="128"/>
        <source>Lift to the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="128"/>
        <source>Lift to the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="129"/>
        <source>Moving help with the van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="129"/>
        <source>%1 trips to the recycling centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="130"/>
        <source>crafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="131"/>
        <source>Knitted scarf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="131"/>
        <source>%1 hand-thrown bowls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="132"/>
        <source>Sewing repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="132"/>
        <source>Wooden toy for a birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="133"/>
        <source>gardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="134"/>
        <source>%1 hours of gardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="134"/>
        <source>Pruned the apple trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="135"/>
        <source>%1 trays of seedlings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="135"/>
        <source>Mowed the lawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="136"/>
        <source>tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="137"/>
        <source>Borrowed the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="137"/>
        <source>Drill for a weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="138"/>
        <source>Lawnmower for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="138"/>
        <source>Sharpened %1 knives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="139"/>
        <source>care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="140"/>
        <source>Shopping for an elder neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="140"/>
        <source>%1 hours of company and tea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="141"/>
        <source>Dog walking for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="141"/>
        <source>%1 hours of cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="146"/>
        <source>commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="147"/>
        <source>Work day at the community garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="148"/>
        <source>Repaired the hall roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="149"/>
        <source>%1 hours at the tool library desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="150"/>
        <source>Hall rental for a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="151"/>
        <source>Seeds from the seed bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="152"/>
        <source>Firewood from the community wood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="153"/>
        <location filename="../core/ledger/demo.cpp" line="154"/>
        <source>hall desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/demo.cpp" line="154"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::desk</name>
    <message>
        <location filename="../core/tools/desk.cpp" line="138"/>
        <source>The loans of member %1 cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/desk.cpp" line="207"/>
        <source>Needs repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/desk.cpp" line="209"/>
        <source>Lent %1 times since %2; maintenance is due every %3 loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/desk.cpp" line="211"/>
        <source>%1 days since %2; maintenance is due every %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/desk.cpp" line="254"/>
        <source>%1 (%2) is on loan to %3 (member %4); record its maintenance when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/desk.cpp" line="262"/>
        <source>Routine maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::deskformat</name>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="31"/>
        <location filename="../ui/tools/deskformat.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="43"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="45"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="47"/>
        <source>Worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="49"/>
        <source>Needs repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="51"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="58"/>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tools/deskformat.cpp" line="58"/>
        <source>%1 days late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::ecobalance</name>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="194"/>
        <source>The community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="230"/>
        <source>There is no restoration pledge number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="287"/>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="312"/>
        <source>The weight of %1 must be from 0 to 1000 points per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="346"/>
        <source>The regeneration credits per point must be from 0 to a million credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="348"/>
        <source>The restoration fee per point must be from 0 to a million credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="368"/>
        <source>An impact of trade %1 has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="370"/>
        <source>The %1 impact of trade %2 is given twice; give each kind once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="373"/>
        <source>The %1 impact of trade %2 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="382"/>
        <source>Trade %1 is a reversal of trade %2; impacts belong to the original trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="389"/>
        <source>Trade %1 is dated in %2, whose ecological balance is settled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="433"/>
        <location filename="../core/commons/ecobalance.cpp" line="443"/>
        <source>A balance needs a valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="468"/>
        <location filename="../core/commons/ecobalance.cpp" line="483"/>
        <source>A history needs a valid first and last month, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="501"/>
        <source>A distribution needs from 1 to 1000 bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="529"/>
        <source>A restoration pledge needs a valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="531"/>
        <source>A restoration pledge needs the work promised, such as two Saturdays at the wetland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="543"/>
        <source>%1 is settled already; a pledge can only replace the fee of a month not yet settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="553"/>
        <source>%1 (member %2) has pledged restoration work for %3 already: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="583"/>
        <source>The restoration pledge %1 of %2 is fulfilled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="607"/>
        <location filename="../core/commons/ecobalance.cpp" line="736"/>
        <source>A settlement needs a valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="611"/>
        <source>%1 has not ended yet; settle it from %2 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="620"/>
        <source>%1 is settled already; a month is settled once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="663"/>
        <source>Regeneration credits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="669"/>
        <source>The regeneration credits of %1 (member %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="676"/>
        <source>The restoration pledges cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="684"/>
        <source>Restoration fee for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="691"/>
        <source>The restoration fee of %1 (member %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="742"/>
        <source>The settlements cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="758"/>
        <source>The settlement of %1 for member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="768"/>
        <source>%1 sets the multiplier %2, outside 50 to 150.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="770"/>
        <source>%1 does not follow from its balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="774"/>
        <source>%1 pays nothing but names trade %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="778"/>
        <source>%1 is missing its trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/ecobalance.cpp" line="784"/>
        <source>%1 does not match its trade %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::indicators</name>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="77"/>
        <source>%1: the row names no indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="80"/>
        <source>%1: there is no indicator called %2; add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="87"/>
        <source>%1: %2 is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="89"/>
        <source>%1: %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="95"/>
        <source>%1: %2 has more than three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="96"/>
        <source>%1: %2 is not a number; write it like 412.5 or -3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="103"/>
        <source>%1: %2 on %3 is also given on line %4; one value a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="116"/>
        <source>%1: %2 on %3 is recorded as %4 already, not %5; change it by hand if the file is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicatorimport.cpp" line="145"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="78"/>
        <source>An indicator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="80"/>
        <source>The indicator %1 needs a unit, such as t CO2e or m³.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="82"/>
        <source>The threshold of %1 must be more than zero (and at most a trillion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="84"/>
        <source>The bands of %1 are invalid: amber begins from 1 % to the red percentage, and red at most at 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="86"/>
        <source>The days after which a measurement of %1 is stale must be from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="88"/>
        <source>The indicator %1 needs a valid date of adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="114"/>
        <source>The indicator name %1 is already used by %2; every indicator needs its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="259"/>
        <source>There is no indicator called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="265"/>
        <source>There is no indicator number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="280"/>
        <source>A measurement needs a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="282"/>
        <source>A measurement cannot be dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="284"/>
        <source>The measured value is beyond a trillion units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="338"/>
        <source>The measurement of %1 on %2 was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="361"/>
        <source>A chart needs room for at least one point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="369"/>
        <source>The measurements cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="435"/>
        <source>No measurement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="454"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="456"/>
        <source>No measurement since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/indicators.cpp" line="460"/>
        <source>Latest %1 %2 on %3, %4 % of the threshold %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::integrity</name>
    <message>
        <location filename="../core/vault/integrity.cpp" line="106"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="107"/>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="108"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="109"/>
        <source>Security events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::journal</name>
    <message>
        <location filename="../core/ledger/journal.cpp" line="62"/>
        <source>A journal entry that moves credit needs the day it counts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/journal.cpp" line="66"/>
        <source>The amounts of a journal entry are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/journal.cpp" line="69"/>
        <source>The postings of a journal entry do not sum to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/journal.cpp" line="103"/>
        <source>Account %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/journal.cpp" line="106"/>
        <source>The balance of account %1 would overflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/journal.cpp" line="128"/>
        <source>Journal entry %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/journal.cpp" line="130"/>
        <source>Journal entry %1 does not follow entry %2: the chain is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/journal.cpp" line="133"/>
        <source>Journal entry %1 was altered: its hash does not match its contents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::labels</name>
    <message>
        <location filename="../core/tools/labels.cpp" line="62"/>
        <source>The asset tag %1 cannot be made into a QR code: it is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="243"/>
        <source>Avery L7160 and compatibles: 21 labels of 63.5 × 38.1 mm, 3 across, 7 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="245"/>
        <source>Avery L7163 and compatibles: 14 labels of 99.1 × 38.1 mm, 2 across, 7 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="247"/>
        <source>Avery L7165 and compatibles: 8 labels of 99.1 × 67.7 mm, 2 across, 4 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="249"/>
        <source>Avery L7651 and compatibles: 65 labels of 38.1 × 21.2 mm, 5 across, 13 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="275"/>
        <source>Labels are drawn with fonts, which need a QGuiApplication; this program has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="277"/>
        <source>There are no labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="279"/>
        <source>The label sheet %1 has no labels on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="281"/>
        <source>A sheet %1 has label positions 1 to %2; %3 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="291"/>
        <source>Label %1 has no asset tag; every label shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="299"/>
        <source>Tool labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="304"/>
        <source>Cannot start the PDF of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="310"/>
        <source>Cannot add a page to the PDF of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="315"/>
        <source>Printing the labels was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="319"/>
        <source>Cannot finish the PDF of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/labels.cpp" line="328"/>
        <location filename="../core/tools/labels.cpp" line="334"/>
        <source>Cannot write the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::ledger</name>
    <message>
        <location filename="../core/ledger/demo.cpp" line="1166"/>
        <location filename="../core/ledger/ledger.cpp" line="574"/>
        <source>Reversal of trade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="326"/>
        <source>A new demurrage rate takes effect today (%1) or later, not on days already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="383"/>
        <source>Demurrage entry %1 charged %2 where the rule gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="401"/>
        <source>Credit hold %1 is marked charged, but no trade to the commons fund of its amount records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="453"/>
        <source>The starter line cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="460"/>
        <source>The accumulation ceiling must be more than zero, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="467"/>
        <source>The amount of a trade must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="469"/>
        <source>The payer and the payee are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="471"/>
        <source>The trade needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="487"/>
        <source>A trade cannot be dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="508"/>
        <source>%1 (member %2) can receive at most %3 credits now: balance %4, accumulation ceiling %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="538"/>
        <source>There is no trade %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="552"/>
        <source>Trade %1 is itself a reversal (of trade %2); record the trade again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="558"/>
        <source>Trade %1 was already reversed by trade %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="568"/>
        <source>A reversal cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="590"/>
        <source>The amount of a charge must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="592"/>
        <source>A charge needs a valid date, today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="600"/>
        <source>Only a member can be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="659"/>
        <source>Credit hold %1 was already %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="661"/>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="661"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="664"/>
        <source>Credit hold %1 was placed on %2; it cannot be settled before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="693"/>
        <source>A credit hold must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="695"/>
        <source>A credit hold needs a valid date, today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="703"/>
        <source>Credit is held only on a member&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="788"/>
        <source>There is no credit hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="815"/>
        <source>Only a member has a credit line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="838"/>
        <location filename="../core/ledger/ledger.cpp" line="1098"/>
        <location filename="../core/ledger/ledger.cpp" line="1218"/>
        <source>Commons fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="851"/>
        <source>The balances of all accounts sum to %1 instead of zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="886"/>
        <source>The postings of journal entry %1 sum to %2 instead of zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="902"/>
        <source>Journal entry %1 has a posting to account %2 that its trade or charge does not explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="904"/>
        <source>Journal entry %1 gives account %2 a balance of %3 where its postings add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="909"/>
        <source>Journal entry %1 counts for account %2 from %3 instead of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="911"/>
        <source>Journal entry %1 of account %2 is dated %3, before the entry recorded ahead of it (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="929"/>
        <source>Account %1 shows a balance of %2 but its postings add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="934"/>
        <source>The trades have %1 postings instead of two each (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="951"/>
        <source>Trade %1 differs from journal entry %2 that recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="1055"/>
        <source>Counting trades failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="1099"/>
        <source>Demurrage %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="1149"/>
        <source>Counting statement lines failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="1187"/>
        <source>A balance needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/ledger.cpp" line="1189"/>
        <source>Balances are known up to today, not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/signals.cpp" line="156"/>
        <source>Circulation is above the target band: a higher demurrage rate would slow hoarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/signals.cpp" line="157"/>
        <source>Circulation is below the target band: a lower demurrage rate would let balances build up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ledger/signals.cpp" line="166"/>
        <source>A circulation band needs a low and a high value, the high one larger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::lights</name>
    <message>
        <location filename="../core/commons/lights.cpp" line="104"/>
        <source>Within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/lights.cpp" line="106"/>
        <source>Near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/lights.cpp" line="108"/>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/lights.cpp" line="110"/>
        <source>No recent data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/lights.cpp" line="149"/>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/lights.cpp" line="151"/>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/lights.cpp" line="153"/>
        <source>Worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/lights.cpp" line="157"/>
        <source>Not enough data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::members</name>
    <message>
        <location filename="../core/members/members.cpp" line="102"/>
        <source>A member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="104"/>
        <source>A member needs a valid joining date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="120"/>
        <source>Member numbers start at 1; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="122"/>
        <source>Member number %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="164"/>
        <location filename="../core/members/members.cpp" line="308"/>
        <source>There is no member number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="186"/>
        <source>A member needs a name; type one that is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="269"/>
        <source>Skills, time, tools and resources are scores from 0 to 100; the ecological multiplier goes from 0 to 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="310"/>
        <source>Member %1 has no PIN; a coordinator must confirm instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/members/members.cpp" line="315"/>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::reports</name>
    <message>
        <location filename="../core/reports/assemblyreport.cpp" line="29"/>
        <source>The report needs a first and a last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreport.cpp" line="31"/>
        <source>The report&apos;s first day, %1, is after its last day, %2: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="78"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="95"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="88"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="88"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="97"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="99"/>
        <source>%1 (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="100"/>
        <source>%1 (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="941"/>
        <source>The report is drawn with fonts, which need a QGuiApplication; this program has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="943"/>
        <source>The report&apos;s period is not valid: it needs a first day on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="946"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="960"/>
        <source>Cannot write the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="949"/>
        <source>Assembly report %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::reports::Report</name>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="254"/>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="268"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="294"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="268"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="268"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="269"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="321"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="269"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="269"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="330"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="273"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="378"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="391"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="273"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="280"/>
        <source>Assembly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="281"/>
        <source>There are no commons resources or ecological indicators in this vault yet: there is no light to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="288"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="289"/>
        <source>Extracted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="290"/>
        <source>Regenerated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="291"/>
        <source>Permits used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="292"/>
        <source>Permits earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="293"/>
        <source>Use of threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="304"/>
        <source>Commons resource: sustainable yield %1 a %2 in %3 permits; safe threshold %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="314"/>
        <source>No period of this resource overlaps the report&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="321"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="323"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="324"/>
        <source>Lowest in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="325"/>
        <source>Highest in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="326"/>
        <source>Measurements in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="327"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="328"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="329"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="329"/>
        <source>amber from %1 %, red beyond %2 % of the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="333"/>
        <source>Planetary boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="336"/>
        <source>Ecological indicator, in %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="346"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="347"/>
        <source>Regeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="348"/>
        <source>Extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="349"/>
        <source>Impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="350"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="360"/>
        <source>Ecological balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="361"/>
        <source>The community&apos;s monthly balance in points: regeneration earns them, extraction and trade impacts cost them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="370"/>
        <source>Nothing was extracted, regenerated or impacted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="373"/>
        <source>No month in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="378"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="391"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="378"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="391"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="378"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="392"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="379"/>
        <source>Beyond permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="379"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="385"/>
        <source>Emergency overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="385"/>
        <source>Extractions a coordinator allowed beyond the permits left, with the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="386"/>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="401"/>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="391"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="392"/>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="392"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="395"/>
        <source>%1 (verified by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="400"/>
        <source>Top regeneration actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="400"/>
        <source>The largest verified regeneration actions of the period, by the credits they earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="512"/>
        <source>%1 · Assembly report · %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="517"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="519"/>
        <source>Generated by Mycelium on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="550"/>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="555"/>
        <source>Generated on %1. The lights show each commons resource and indicator as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="579"/>
        <source>Each light has a shape, a symbol and a word, so the report reads the same in black and white: a disc with ✓ is within limits (below %1 % of the threshold by default), a triangle with ! is near the limit (%1 % to 100 %), an octagon with ✕ is over the limit, a dashed ring with ? has no recent data. Resources compare their use in the current period with the safe threshold; indicators compare their latest measurement, in the direction that is better for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="598"/>
        <source>No light as of the report&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="696"/>
        <source>Threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="731"/>
        <source>Extracted per %1 against the safe threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="771"/>
        <source>%1: %2 of %3 shared permits left, %4 drawing rights unspent, %5 credits a permit at the current use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="791"/>
        <source>Measurements against the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="826"/>
        <source>No measurements in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="854"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="865"/>
        <source>Regeneration (up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="865"/>
        <source>Extraction (down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="865"/>
        <source>Trade impacts (down, hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="917"/>
        <source>Cannot start the PDF of the assembly report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="922"/>
        <source>Cannot add a page to the assembly report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="927"/>
        <source>Writing the assembly report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/assemblyreportpdf.cpp" line="931"/>
        <source>Cannot finish the PDF of the assembly report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::tools</name>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="514"/>
        <location filename="../core/tools/tools.cpp" line="340"/>
        <source>An item needs an asset tag, the code printed on its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="521"/>
        <location filename="../core/tools/tools.cpp" line="342"/>
        <source>Item %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="524"/>
        <source>The replacement value of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="526"/>
        <source>The deposit of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="531"/>
        <source>The late fee per day of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="534"/>
        <source>The maintenance interval of %1 in loans cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="537"/>
        <source>The maintenance interval of %1 in days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="547"/>
        <source>%1 (%2) is on loan to %3 until %4; retire it once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="628"/>
        <source>The loans of %1 cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="638"/>
        <source>The avoided spending of %1 is too large to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="345"/>
        <source>The replacement value, deposit and late fee of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="528"/>
        <location filename="../core/tools/tools.cpp" line="347"/>
        <source>The loan period of %1 is at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="349"/>
        <source>The maintenance interval of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="539"/>
        <location filename="../core/tools/tools.cpp" line="351"/>
        <source>Item %1 needs a valid date of adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="517"/>
        <location filename="../core/tools/tools.cpp" line="361"/>
        <source>The asset tag %1 is already used by %2; every item needs its own tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/catalogue.cpp" line="480"/>
        <location filename="../core/tools/tools.cpp" line="422"/>
        <source>No item has the asset tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="468"/>
        <source>A checkout needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="491"/>
        <source>%1 (member %2) is suspended and cannot borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="492"/>
        <source>%1 (member %2) has left the community and cannot borrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="505"/>
        <source>%1 (member %2) needs a training sign-off for %3 before borrowing %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="520"/>
        <source>%1 (member %2) has an overdue item: %3 (%4), due %5. Return it first, or give a reason to lend anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="534"/>
        <source>%1 (%2) is held for %3 (member %4), first in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="562"/>
        <source>Deposit for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="575"/>
        <source>Lent despite an overdue item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="658"/>
        <source>A return needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="632"/>
        <source>%1 (%2) is not on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="331"/>
        <source>The late fee is too large to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="566"/>
        <source>%1 (%2) needs a deposit of %3 credits, held while it is out: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="671"/>
        <source>%1 went out on %2; it cannot come back on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="677"/>
        <source>Charging the deposit of %1 (%2) needs the coordinator&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="679"/>
        <source>No deposit was held for this loan of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="684"/>
        <source>Deposit kept for damage: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="685"/>
        <location filename="../core/tools/tools.cpp" line="701"/>
        <location filename="../core/tools/tools.cpp" line="800"/>
        <source>Tool library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/tools/tools.cpp" line="700"/>
        <source>Late fee: %1 (%2), %n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="763"/>
        <source>Returned as needing repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="765"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="779"/>
        <source>A lost item needs the date it was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="790"/>
        <source>%1 (%2) is not on loan; retire it from its page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="793"/>
        <source>Reporting %1 (%2) lost needs the coordinator&apos;s confirmation: it retires the item and keeps the deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="797"/>
        <source>%1 went out on %2; it cannot be lost on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="799"/>
        <source>Deposit kept for a lost item: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="804"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="804"/>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="870"/>
        <source>A renewal needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="881"/>
        <source>%1 (%2) is not on loan, so there is nothing to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="887"/>
        <source>%1 (%2) cannot be renewed: %3 (member %4) is waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="897"/>
        <source>%1 (%2) cannot be renewed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="92"/>
        <source>A booking needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="94"/>
        <source>A booking cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="96"/>
        <source>A booking starts today or later, not on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="104"/>
        <location filename="../core/tools/tools.cpp" line="924"/>
        <source>%1 (%2) is retired and is no longer lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="109"/>
        <source>%1 (member %2) is not active and cannot book items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="114"/>
        <source>%1 is already booked by %2 (member %3) from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="122"/>
        <source>%1 is on loan to %2 (member %3) until %4; book it from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="152"/>
        <source>Booking %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/reservations.cpp" line="182"/>
        <source>There is no active booking %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="926"/>
        <source>%1 (member %2) is not active and cannot queue for items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="931"/>
        <source>%1 already has %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="937"/>
        <source>%1 is already in the queue for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="962"/>
        <source>Hold %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="998"/>
        <source>%1 is not in the queue for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1030"/>
        <source>An item is held for at least one day, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1109"/>
        <source>A maintenance record needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1121"/>
        <source>%1 (%2) is already under maintenance since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1143"/>
        <source>Closing maintenance needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1145"/>
        <source>The cost of maintenance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1147"/>
        <source>Say what work was done to close the maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1161"/>
        <source>The maintenance of %1 was opened on %2; it cannot close on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1177"/>
        <source>Routine maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1209"/>
        <source>Maintenance record %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1280"/>
        <source>Loan %1 of %2 does not match its deposit hold or its late-fee trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1287"/>
        <source>Utilisation needs a first day and a last day after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1302"/>
        <source>Loan days cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1313"/>
        <source>A training sign-off is for a category; name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/tools.cpp" line="1315"/>
        <source>A training sign-off needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/photos.cpp" line="36"/>
        <source>A photo must be a JPEG or PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/photos.cpp" line="38"/>
        <source>The photo is %1 KiB; at most %2 KiB is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="108"/>
        <source>%1: an item needs an asset tag, the code printed on its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="111"/>
        <source>%1: the item %2 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="119"/>
        <source>%1: %2 is not a condition; write new, good, worn, needs_repair or retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="189"/>
        <source>%1: the asset tag %2 is already used in the vault by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="191"/>
        <source>%1: the asset tag %2 is also given on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="204"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::tools::Row</name>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="67"/>
        <source>%1: %2 is not an amount; write credits like 40 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="69"/>
        <source>%1: the amount cannot be negative, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="81"/>
        <source>%1: %2 is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tools/toolimport.cpp" line="92"/>
        <source>%1: %2 is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::tools::detail</name>
    <message>
        <location filename="../core/tools/reservations.cpp" line="61"/>
        <source>%1 is booked by %2 (member %3) from %4 to %5; a loan until %6 would overlap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
