<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="103"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="108"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="109"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="110"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="111"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="112"/>
        <location filename="../../ui/pages/datapage.cpp" line="119"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="113"/>
        <location filename="../../ui/pages/datapage.cpp" line="142"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="114"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="115"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="120"/>
        <location filename="../../ui/pages/datapage.cpp" line="154"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="121"/>
        <source>Target</source>
        <translation>Doelwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="122"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="123"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="124"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="125"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="126"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="130"/>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="131"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="132"/>
        <location filename="../../ui/pages/datapage.cpp" line="162"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="133"/>
        <location filename="../../ui/pages/datapage.cpp" line="153"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="134"/>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="135"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="136"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="137"/>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="138"/>
        <source>Audience profiles</source>
        <translation>Doelgroepprofielen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="143"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="144"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="145"/>
        <source>Share of audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="146"/>
        <source>EMV rate card</source>
        <translation>EMV-tarievenkaart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="151"/>
        <source>Card version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="152"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="155"/>
        <source>Rate per count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="156"/>
        <source>Imports log</source>
        <translation>Importlogboek</translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="160"/>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="161"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="163"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="164"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="165"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="166"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="167"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="195"/>
        <source>%1 (double-click a cell to edit; Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="269"/>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="51"/>
        <source>Search this table</source>
        <translation>Zoek in deze tabel</translation>
    </message>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="55"/>
        <location filename="../../ui/models/tableview.cpp" line="80"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="56"/>
        <source>Copy the selected cells (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="58"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="176"/>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="177"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="182"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/tableview.cpp" line="182"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="37"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="38"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="39"/>
        <source>Content types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="40"/>
        <source>Influencers and advocates</source>
        <translation>Influencers en ambassadeurs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="41"/>
        <source>Influencers only</source>
        <translation>Alleen influencers</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="42"/>
        <source>Employee advocates only</source>
        <translation>Alleen medewerkers-ambassadeurs</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="43"/>
        <source>All time</source>
        <translation>Alle tijd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="44"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="45"/>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="46"/>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="47"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="48"/>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="49"/>
        <source>Custom range</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="54"/>
        <source>Clear filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="55"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="195"/>
        <location filename="../../ui/widgets/filterbar.cpp" line="211"/>
        <source>All campaigns</source>
        <translation>Alle campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="196"/>
        <location filename="../../ui/widgets/filterbar.cpp" line="212"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="197"/>
        <location filename="../../ui/widgets/filterbar.cpp" line="213"/>
        <source>All content types</source>
        <translation>Alle contenttypes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="211"/>
        <source>%1 campaign(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="212"/>
        <source>%1 channel(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="213"/>
        <source>%1 content type(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="238"/>
        <source>all campaigns</source>
        <translation>alle campagnes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="241"/>
        <source>all dates (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="243"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="243"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="244"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="245"/>
        <source>all channels</source>
        <translation>alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="248"/>
        <source>influencers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="248"/>
        <source>employee advocates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/filterbar.cpp" line="253"/>
        <source>Showing: %1</source>
        <translation>Getoond: %1</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../../ui/pages/funnelpage.cpp" line="37"/>
        <source>acquired through the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnelpage.cpp" line="38"/>
        <source>two or more orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnelpage.cpp" line="39"/>
        <source>per acquired customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnelpage.cpp" line="40"/>
        <source>per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/funnelpage.cpp" line="41"/>
        <source>over %1 expected years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../ui/pages/grouppage.cpp" line="33"/>
        <source>Figures per %1 (double-click to narrow the filter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="28"/>
        <source>Cost per person (travel and shipping show where local creators save money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="37"/>
        <source>every cost category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="38"/>
        <source>all but paid boosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="39"/>
        <source>of fully loaded cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="40"/>
        <source>awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="41"/>
        <location filename="../../ui/pages/howpage.cpp" line="42"/>
        <source>consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="43"/>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="50"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="61"/>
        <source>Travel &amp; lodging (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="62"/>
        <source>Shipping (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/howpage.cpp" line="63"/>
        <source>Fully loaded cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="33"/>
        <location filename="../../ui/wizard/importwizard.cpp" line="37"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="34"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="35"/>
        <source>Next file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="42"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="47"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="49"/>
        <source>Detected mapping (choose another column where the guess is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="51"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="64"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="64"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="64"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="64"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="67"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="67"/>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="67"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="97"/>
        <source>Cannot read this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="131"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (file %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="158"/>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="170"/>
        <source>Missing for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="223"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="224"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="240"/>
        <source>Imported %1 rows, updated %2, skipped %3, rejected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="245"/>
        <source>Nothing was written: %1 rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="248"/>
        <source>This file was imported before: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/importwizard.cpp" line="252"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="50"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="67"/>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="70"/>
        <source>Edit refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="77"/>
        <source>%1 metric rows · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="97"/>
        <source>Influence ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="142"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="151"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="152"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="153"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="154"/>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="158"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="159"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="168"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Light theme</source>
        <translation>&amp;Licht thema</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="186"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Donker thema</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="196"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="197"/>
        <source>&amp;About Influence ROI</source>
        <translation>&amp;Over Influence ROI</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="198"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="251"/>
        <source>Could not prepare the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="253"/>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="260"/>
        <source>%1 – Influence ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385"/>
        <location filename="../../ui/mainwindow.cpp" line="400"/>
        <location filename="../../ui/mainwindow.cpp" line="409"/>
        <source>Influence ROI workspaces (*.iroi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="392"/>
        <source>Could not create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="400"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="409"/>
        <source>Save workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="415"/>
        <location filename="../../ui/mainwindow.cpp" line="424"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="415"/>
        <source>Could not replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="428"/>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="460"/>
        <source>About Influence ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="461"/>
        <source>&lt;h3&gt;Influence ROI %1&lt;/h3&gt;&lt;p&gt;Offline ROI analysis for influencer and employee-advocacy programmes: the five W&apos;s + H, stage by stage, from a private workspace file on your laptop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overviewpage.cpp" line="55"/>
        <source>Rate card v%1 “%2”; an estimate, not cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/overviewpage.cpp" line="56"/>
        <source>No EMV rate card in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/overviewpage.cpp" line="58"/>
        <source>(revenue − cost) / fully loaded cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/overviewpage.cpp" line="60"/>
        <source>all categories, staff time included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/overviewpage.cpp" line="62"/>
        <source>per reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/overviewpage.cpp" line="64"/>
        <source>per impression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../ui/pages/plannerpage.cpp" line="20"/>
        <source>&lt;h3&gt;Budget planner: coming in the next release&lt;/h3&gt;&lt;p&gt;The planner will fit a response curve per channel (carry-over and saturation), show marginal ROI at today&apos;s spend and let you try “€X more on channel Y” next to an optimiser, with uncertainty bands and named scenarios. Below is the baseline it starts from: what each channel cost and returned in the current filter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plannerpage.cpp" line="28"/>
        <source>Baseline per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plannerpage.cpp" line="35"/>
        <source>Baseline return on ad spend per channel (revenue per 1 spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plannerpage.cpp" line="38"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../../ui/pages/grouppage.cpp" line="51"/>
        <source>Content type</source>
        <translation>Contenttype</translation>
    </message>
    <message>
        <location filename="../../ui/pages/grouppage.cpp" line="56"/>
        <source>Revenue per post by content type (performance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/grouppage.cpp" line="62"/>
        <source>Engagement rate by content type (engagements per reach)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <location filename="../../ui/pages/whenpage.cpp" line="25"/>
        <source>Heatmap of</source>
        <translation>Heatmap van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/whenpage.cpp" line="26"/>
        <source>Engagements (publishing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whenpage.cpp" line="27"/>
        <source>Clicks (publishing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whenpage.cpp" line="28"/>
        <source>Orders (order time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whenpage.cpp" line="29"/>
        <source>Revenue (order time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <location filename="../../ui/pages/grouppage.cpp" line="65"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/grouppage.cpp" line="70"/>
        <source>Stage-to-stage rates by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/grouppage.cpp" line="76"/>
        <source>Revenue against fully loaded cost by channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <location filename="../../ui/pages/whopage.cpp" line="38"/>
        <source>People: performance and recommendation (double-click for the scorecard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whopage.cpp" line="55"/>
        <source>%1 against the group median revenue per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whopage.cpp" line="56"/>
        <source>no group comparison (n/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whopage.cpp" line="57"/>
        <source>&lt;h3&gt;Scorecard: %1 (%2)&lt;/h3&gt;&lt;p&gt;Posts &lt;b&gt;%3&lt;/b&gt; · Revenue &lt;b&gt;%4&lt;/b&gt; · Revenue per post &lt;b&gt;%5&lt;/b&gt; (%6) · Cost &lt;b&gt;%7&lt;/b&gt; · ROI &lt;b&gt;%8&lt;/b&gt; · Audience fit &lt;b&gt;%9&lt;/b&gt; · Trend &lt;b&gt;%10&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%11&lt;/b&gt;: %12&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../../ui/pages/whypage.cpp" line="22"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/whypage.cpp" line="53"/>
        <source>No brand mentions in this workspace: share of voice needs a brand-mention import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whypage.cpp" line="54"/>
        <source>White space (topics where %1 is least talked about): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/whypage.cpp" line="66"/>
        <source>No goals for the campaigns in the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../ui/session/workspacesession.cpp" line="33"/>
        <source>%1.%2 cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/workspacesession.cpp" line="35"/>
        <source>No workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/workspacesession.cpp" line="159"/>
        <source>Opening was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iroi::ui</name>
    <message>
        <location filename="../../ui/app/guiapp.cpp" line="77"/>
        <source>Influence ROI desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/guiapp.cpp" line="81"/>
        <source>Open the demo, print the time to the first painted dashboard and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/guiapp.cpp" line="83"/>
        <source>A workspace (.iroi) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iroi::ui::Charts</name>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="234"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="235"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="236"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="237"/>
        <source>Travel &amp; lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="238"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="239"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="240"/>
        <source>Staff time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartstyle.cpp" line="241"/>
        <source>Paid boosts (media)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iroi::ui::DataPage</name>
    <message>
        <location filename="../../ui/pages/datapage.h" line="36"/>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
</context>
<context>
    <name>iroi::ui::FunnelPage</name>
    <message>
        <location filename="../../ui/pages/funnelpage.h" line="18"/>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
</context>
<context>
    <name>iroi::ui::HowPage</name>
    <message>
        <location filename="../../ui/pages/howpage.h" line="19"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
</context>
<context>
    <name>iroi::ui::OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overviewpage.h" line="17"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
</context>
<context>
    <name>iroi::ui::PlannerPage</name>
    <message>
        <location filename="../../ui/pages/plannerpage.h" line="20"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
</context>
<context>
    <name>iroi::ui::WhatPage</name>
    <message>
        <location filename="../../ui/pages/grouppage.h" line="39"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>iroi::ui::WhenPage</name>
    <message>
        <location filename="../../ui/pages/whenpage.h" line="20"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
</context>
<context>
    <name>iroi::ui::WherePage</name>
    <message>
        <location filename="../../ui/pages/grouppage.h" line="54"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>iroi::ui::WhoPage</name>
    <message>
        <location filename="../../ui/pages/whopage.h" line="22"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>iroi::ui::WhyPage</name>
    <message>
        <location filename="../../ui/pages/whypage.h" line="19"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
</TS>
