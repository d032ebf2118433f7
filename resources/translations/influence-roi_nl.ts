<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>iroi::ui</name>
        <message>
            <source>Influence ROI desktop app</source>
            <translation>Influence ROI desktopapp</translation>
        </message>
        <message>
            <source>Open the demo, print the time to the first painted dashboard and exit.</source>
            <translation>Open de demo, toon de tijd tot het eerste getekende dashboard en sluit af.</translation>
        </message>
        <message>
            <source>A workspace (.iroi) to open.</source>
            <translation>Een werkruimte (.iroi) om te openen.</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::BrandingDialog</name>
        <message>
            <source>Report branding</source>
            <translation>Huisstijl van het rapport</translation>
        </message>
        <message>
            <source>Shown on every page of the board pack</source>
            <translation>Staat op elke pagina van de bestuursrapportage</translation>
        </message>
        <message>
            <source>PNG, JPEG or SVG file; empty = the company name</source>
            <translation>PNG-, JPEG- of SVG-bestand; leeg = de bedrijfsnaam</translation>
        </message>
        <message>
            <source>Title page and headings; empty = the house colours</source>
            <translation>Titelpagina en koppen; leeg = de standaardkleuren</translation>
        </message>
        <message>
            <source>The band at the top of every page</source>
            <translation>De balk boven aan elke pagina</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Bedrijfsnaam</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Primary colour</source>
            <translation>Hoofdkleur</translation>
        </message>
        <message>
            <source>Accent colour</source>
            <translation>Accentkleur</translation>
        </message>
        <message>
            <source>House colour</source>
            <translation>Standaardkleur</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Kies een kleur</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Kies een logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::ChartExportMenu</name>
        <message>
            <source>There is no chart to export.</source>
            <translation>Er is geen grafiek om te exporteren.</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Grafiek exporteren</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG-afbeelding (*.png);;SVG-vectorafbeelding (*.svg);;PDF-document (*.pdf)</translation>
        </message>
        <message>
            <source>Export chart as PNG, SVG or PDF…</source>
            <translation>Grafiek exporteren als PNG, SVG of PDF…</translation>
        </message>
        <message>
            <source>Copy chart</source>
            <translation>Grafiek kopiëren</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::Charts</name>
        <message>
            <source>Fees</source>
            <translation>Honoraria</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Verzending</translation>
        </message>
        <message>
            <source>Travel &amp; lodging</source>
            <translation>Reis &amp; verblijf</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Productie</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Bureau</translation>
        </message>
        <message>
            <source>Staff time</source>
            <translation>Personeelsuren</translation>
        </message>
        <message>
            <source>Paid boosts (media)</source>
            <translation>Betaalde boosts (media)</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::DataPage</name>
        <message>
            <source>Costs</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Maatstaf</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doelwaarde</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Nulmeting</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Handle</source>
            <translation>Handle</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Weergavenaam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>Volgers</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Hourly rate</source>
            <translation>Uurtarief</translation>
        </message>
        <message>
            <source>Audience profiles</source>
            <translation>Doelgroepprofielen</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensie</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Share of audience</source>
            <translation>Aandeel publiek</translation>
        </message>
        <message>
            <source>EMV rate card</source>
            <translation>EMV-tarievenkaart</translation>
        </message>
        <message>
            <source>Card version</source>
            <translation>Kaartversie</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>Rate per count</source>
            <translation>Tarief per eenheid</translation>
        </message>
        <message>
            <source>Imports log</source>
            <translation>Importlogboek</translation>
        </message>
        <message>
            <source>Imported at</source>
            <translation>Geïmporteerd op</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Voorinstelling</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>%1 (double-click a cell to edit; Ctrl+Z undoes)</source>
            <translation>%1 (dubbelklik op een cel om te bewerken; Ctrl+Z maakt ongedaan)</translation>
        </message>
        <message>
            <source>Edit %1 %2</source>
            <translation>%1 %2 bewerken</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::DataTableView</name>
        <message>
            <source>Search this table</source>
            <translation>Zoek in deze tabel</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <source>Copy the selected cells (Ctrl+C)</source>
            <translation>De geselecteerde cellen kopiëren (Ctrl+C)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Save the rows shown as an Excel workbook (.xlsx) or a CSV file</source>
            <translation>De getoonde rijen opslaan als Excel-werkmap (.xlsx) of CSV-bestand</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Tabel exporteren</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Kon %1 niet schrijven: %2</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::FilterBar</name>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <source>Content types</source>
            <translation>Contenttypen</translation>
        </message>
        <message>
            <source>Influencers and advocates</source>
            <translation>Influencers en ambassadeurs</translation>
        </message>
        <message>
            <source>Influencers only</source>
            <translation>Alleen influencers</translation>
        </message>
        <message>
            <source>Employee advocates only</source>
            <translation>Alleen medewerkers-ambassadeurs</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Alle tijd</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Laatste 30 dagen</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Dit kwartaal</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Vorig kwartaal</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dit jaar</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Vorig jaar</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Eigen periode</translation>
        </message>
        <message>
            <source>Clear filter</source>
            <translation>Filter wissen</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>Filter:</translation>
        </message>
        <message>
            <source>All campaigns</source>
            <translation>Alle campagnes</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle kanalen</translation>
        </message>
        <message>
            <source>All content types</source>
            <translation>Alle contenttypes</translation>
        </message>
        <message>
            <source>%1 campaign(s)</source>
            <translation>%1 campagne(s)</translation>
        </message>
        <message>
            <source>%1 channel(s)</source>
            <translation>%1 kana(a)l(en)</translation>
        </message>
        <message>
            <source>%1 content type(s)</source>
            <translation>%1 contenttype(n)</translation>
        </message>
        <message>
            <source>all campaigns</source>
            <translation>alle campagnes</translation>
        </message>
        <message>
            <source>all dates (%1 – %2)</source>
            <translation>alle datums (%1 – %2)</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>start</source>
            <translation>begin</translation>
        </message>
        <message>
            <source>end</source>
            <translation>eind</translation>
        </message>
        <message>
            <source>all channels</source>
            <translation>alle kanalen</translation>
        </message>
        <message>
            <source>influencers only</source>
            <translation>alleen influencers</translation>
        </message>
        <message>
            <source>employee advocates only</source>
            <translation>alleen medewerker-ambassadeurs</translation>
        </message>
        <message>
            <source>Showing: %1</source>
            <translation>Getoond: %1</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::FunnelPage</name>
        <message>
            <source>acquired through the programme</source>
            <translation>geworven via het programma</translation>
        </message>
        <message>
            <source>two or more orders</source>
            <translation>twee of meer bestellingen</translation>
        </message>
        <message>
            <source>per acquired customer</source>
            <translation>per geworven klant</translation>
        </message>
        <message>
            <source>per order</source>
            <translation>per bestelling</translation>
        </message>
        <message>
            <source>over %1 expected years</source>
            <translation>over %1 verwachte jaren</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Trechter</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::GroupPage</name>
        <message>
            <source>Figures per %1 (double-click to narrow the filter)</source>
            <translation>Cijfers per %1 (dubbelklik om het filter te vernauwen)</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::HowPage</name>
        <message>
            <source>Cost per person (travel and shipping show where local creators save money)</source>
            <translation>Kosten per persoon (reis en verzending tonen waar lokale makers geld besparen)</translation>
        </message>
        <message>
            <source>every cost category</source>
            <translation>alle kostencategorieën</translation>
        </message>
        <message>
            <source>all but paid boosts</source>
            <translation>alles behalve betaalde boosts</translation>
        </message>
        <message>
            <source>of fully loaded cost</source>
            <translation>van de integrale kosten</translation>
        </message>
        <message>
            <source>awareness</source>
            <translation>bekendheid</translation>
        </message>
        <message>
            <source>consideration</source>
            <translation>overweging</translation>
        </message>
        <message>
            <source>purchase</source>
            <translation>aankoop</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Travel &amp; lodging (%1)</source>
            <translation>Reis &amp; verblijf (%1)</translation>
        </message>
        <message>
            <source>Shipping (%1)</source>
            <translation>Verzending (%1)</translation>
        </message>
        <message>
            <source>Fully loaded cost (%1)</source>
            <translation>Integrale kosten (%1)</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Hoe</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::ImportWizard</name>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Next file</source>
            <translation>Volgend bestand</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Records:</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>Eerste rijen van het bestand</translation>
        </message>
        <message>
            <source>Detected mapping (choose another column where the guess is wrong)</source>
            <translation>Herkende koppeling (kies een andere kolom waar de gok niet klopt)</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Geweigerde rijen</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Source column</source>
            <translation>Bronkolom</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Zekerheid</translation>
        </message>
        <message>
            <source>Cannot read this file: %1</source>
            <translation>Kan dit bestand niet lezen: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (file %2 of %3)</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (bestand %2 van %3)</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(niet in het bestand)</translation>
        </message>
        <message>
            <source>Missing for %1: %2</source>
            <translation>Ontbreekt voor %1: %2</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was written.</source>
            <translation>Import geannuleerd: er is niets weggeschreven.</translation>
        </message>
        <message>
            <source>Import failed: %1</source>
            <translation>Import mislukt: %1</translation>
        </message>
        <message>
            <source>Imported %1 rows, updated %2, skipped %3, rejected %4.</source>
            <translation>%1 rijen geïmporteerd, %2 bijgewerkt, %3 overgeslagen, %4 geweigerd.</translation>
        </message>
        <message>
            <source>Nothing was written: %1 rows were rejected.</source>
            <translation>Er is niets weggeschreven: %1 rijen zijn geweigerd.</translation>
        </message>
        <message>
            <source>This file was imported before: nothing was written.</source>
            <translation>Dit bestand is al eerder geïmporteerd: er is niets weggeschreven.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::MainMenus</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bewerken</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;doen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Influence ROI</source>
            <translation>&amp;Over Influence ROI</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Over &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <translation>&amp;Nieuwe werkruimte…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <source>Open the &amp;demo workspace</source>
            <translation>De &amp;demowerkruimte openen</translation>
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
        <message>
            <source>&amp;Import files…</source>
            <translation>Bestanden &amp;importeren…</translation>
        </message>
        <message>
            <source>Export &amp;chart…</source>
            <translation>&amp;Grafiek exporteren…</translation>
        </message>
        <message>
            <source>Copy c&amp;hart to the clipboard</source>
            <translation>Grafiek naar het &amp;klembord kopiëren</translation>
        </message>
        <message>
            <source>Export &amp;report (PDF or PowerPoint)…</source>
            <translation>&amp;Rapport exporteren (PDF of PowerPoint)…</translation>
        </message>
        <message>
            <source>Report &amp;branding…</source>
            <translation>&amp;Huisstijl van het rapport…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Vooruit</translation>
        </message>
        <message>
            <source>&amp;Light theme</source>
            <translation>&amp;Licht thema</translation>
        </message>
        <message>
            <source>&amp;Dark theme</source>
            <translation>&amp;Donker thema</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>T&amp;aal</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::MainWindow</name>
        <message>
            <source>Opening %1…</source>
            <translation>%1 openen…</translation>
        </message>
        <message>
            <source>Could not open the workspace</source>
            <translation>Kon de werkruimte niet openen</translation>
        </message>
        <message>
            <source>Edit refused: %1</source>
            <translation>Bewerking geweigerd: %1</translation>
        </message>
        <message>
            <source>Report written to %1 (%2 pages)</source>
            <translation>Rapport geschreven naar %1 (%2 pagina's)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Rapport exporteren</translation>
        </message>
        <message>
            <source>%1 metric rows · %2</source>
            <translation>%1 meetrijen · %2</translation>
        </message>
        <message>
            <source>Influence ROI</source>
            <translation>Influence ROI</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Could not prepare the demo workspace: %1</source>
            <translation>Kon de demowerkruimte niet voorbereiden: %1</translation>
        </message>
        <message>
            <source>Preparing the demo workspace…</source>
            <translation>De demowerkruimte wordt voorbereid…</translation>
        </message>
        <message>
            <source>%1 – Influence ROI</source>
            <translation>%1 – Influence ROI</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Nieuwe werkruimte</translation>
        </message>
        <message>
            <source>Influence ROI workspaces (*.iroi)</source>
            <translation>Influence ROI-werkruimtes (*.iroi)</translation>
        </message>
        <message>
            <source>Could not create the workspace</source>
            <translation>Kon de werkruimte niet aanmaken</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Werkruimte openen</translation>
        </message>
        <message>
            <source>Save workspace as</source>
            <translation>Werkruimte opslaan als</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Opslaan als</translation>
        </message>
        <message>
            <source>Could not replace %1</source>
            <translation>Kon %1 niet vervangen</translation>
        </message>
        <message>
            <source>Saving a copy…</source>
            <translation>Een kopie wordt opgeslagen…</translation>
        </message>
        <message>
            <source>Import files</source>
            <translation>Bestanden importeren</translation>
        </message>
        <message>
            <source>Exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Exports (*.csv *.tsv *.txt *.xlsx);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>This page has no chart to export.</source>
            <translation>Deze pagina heeft geen grafiek om te exporteren.</translation>
        </message>
        <message>
            <source>Chart written to %1</source>
            <translation>Grafiek geschreven naar %1</translation>
        </message>
        <message>
            <source>Chart copied to the clipboard (PNG and SVG).</source>
            <translation>Grafiek naar het klembord gekopieerd (PNG en SVG).</translation>
        </message>
        <message>
            <source>About Influence ROI</source>
            <translation>Over Influence ROI</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Influence ROI %1&lt;/h3&gt;&lt;p&gt;Offline ROI analysis for influencer and employee-advocacy programmes: the five W's + H, stage by stage, from a private workspace file on your laptop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Influence ROI %1&lt;/h3&gt;&lt;p&gt;Offline ROI-analyse voor influencer- en medewerker-ambassadeursprogramma's: de vijf W's + H, fase voor fase, uit een privé werkruimtebestand op uw laptop.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::OverviewPage</name>
        <message>
            <source>Rate card v%1 “%2”; an estimate, not cash</source>
            <translation>Tariefkaart v%1 “%2”; een schatting, geen geld</translation>
        </message>
        <message>
            <source>No EMV rate card in this workspace</source>
            <translation>Geen EMV-tariefkaart in deze werkruimte</translation>
        </message>
        <message>
            <source>(revenue − cost) / fully loaded cost</source>
            <translation>(omzet − kosten) / integrale kosten</translation>
        </message>
        <message>
            <source>all categories, staff time included</source>
            <translation>alle categorieën, inclusief personeelsuren</translation>
        </message>
        <message>
            <source>per reach</source>
            <translation>per bereik</translation>
        </message>
        <message>
            <source>per impression</source>
            <translation>per vertoning</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::PlannerControls</name>
        <message>
            <source>Target</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Optimise</source>
            <translation>Optimaliseren</translation>
        </message>
        <message>
            <source>Reset to current</source>
            <translation>Terug naar huidig</translation>
        </message>
        <message>
            <source>Refit</source>
            <translation>Opnieuw fitten</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Content types</source>
            <translation>Contenttypen</translation>
        </message>
        <message>
            <source>What a plan line is. Channels use the media-mix sheet when the workspace has one.</source>
            <translation>Wat een planregel is. Kanalen gebruiken het mediamixblad als de werkruimte er een heeft.</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Conversions</source>
            <translation>Conversies</translation>
        </message>
        <message>
            <source>The purchase-stage outcome each line's response curve is fitted on: revenue or orders.</source>
            <translation>De uitkomst in de aankoopfase waarop de responscurve van elke regel wordt gefit: omzet of bestellingen.</translation>
        </message>
        <message>
            <source>Maximise outcome</source>
            <translation>Uitkomst maximaliseren</translation>
        </message>
        <message>
            <source>Maximise ROI</source>
            <translation>ROI maximaliseren</translation>
        </message>
        <message>
            <source>Reach target ROAS</source>
            <translation>Doel-ROAS halen</translation>
        </message>
        <message>
            <source>Reach target outcome</source>
            <translation>Doeluitkomst halen</translation>
        </message>
        <message>
            <source>Maximise ROI spends at least the minimum total; the targets use the budget as a cap.</source>
            <translation>ROI maximaliseren besteedt minstens het minimumtotaal; bij de doelen geldt het budget als plafond.</translation>
        </message>
        <message>
            <source>The planned period. Current spend is what each line spent over as many weeks before the data end.</source>
            <translation>De geplande periode. De huidige besteding is wat elke regel uitgaf in evenveel weken vóór het einde van de gegevens.</translation>
        </message>
        <message>
            <source>Even</source>
            <translation>Gelijkmatig</translation>
        </message>
        <message>
            <source>Front-loaded</source>
            <translation>Aflopend</translation>
        </message>
        <message>
            <source>Back-loaded</source>
            <translation>Oplopend</translation>
        </message>
        <message>
            <source>Pulsed</source>
            <translation>Pulserend</translation>
        </message>
        <message>
            <source>How each line's spend is spread over the weeks of the period. Even: the same every week. Front-loaded: 1.5× the average in the first week falling to 0.5× in the last (a launch). Back-loaded: the reverse (a build-up). Pulsed: two weeks on, one week dark. Saturation works per week: bunching the same total returns less on a saturated line and more on one still below the bend of its S-curve.</source>
            <translation>Hoe de besteding van elke regel over de weken van de periode wordt verdeeld. Gelijkmatig: elke week hetzelfde. Aflopend: 1,5× het gemiddelde in de eerste week, dalend tot 0,5× in de laatste (een lancering). Oplopend: het omgekeerde (een opbouw). Pulserend: twee weken aan, één week uit. Verzadiging werkt per week: hetzelfde totaal geconcentreerd inzetten levert minder op bij een verzadigde regel en meer bij een regel die nog onder de knik van zijn S-curve zit.</translation>
        </message>
        <message>
            <source>Total spend for the planned period, frozen lines included.</source>
            <translation>Totale besteding voor de geplande periode, inclusief bevroren regels.</translation>
        </message>
        <message>
            <source>Allocate the budget over the lines for the objective, within each line's min, max and freeze.</source>
            <translation>Verdeel het budget over de regels volgens de doelstelling, binnen het minimum, maximum en de bevriezing van elke regel.</translation>
        </message>
        <message>
            <source>Put every line back to its current spend.</source>
            <translation>Zet elke regel terug op de huidige besteding.</translation>
        </message>
        <message>
            <source>Fit the response curves again from the workspace's history.</source>
            <translation>Fit de responscurves opnieuw op de historie van de werkruimte.</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Flighting</source>
            <translation>Spreiding</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Doelstelling</translation>
        </message>
        <message>
            <source>Min total</source>
            <translation>Minimumtotaal</translation>
        </message>
        <message>
            <source>Target ROAS</source>
            <translation>Doel-ROAS</translation>
        </message>
        <message>
            <source>Maximise ROI: spend at least this much in total.</source>
            <translation>ROI maximaliseren: besteed in totaal minstens dit bedrag.</translation>
        </message>
        <message>
            <source>Target ROAS: outcome per unit spent to keep (e.g. 3 = 3 of revenue per 1 spent); target outcome: the outcome to reach with the least budget.</source>
            <translation>Doel-ROAS: de uitkomst per bestede eenheid die minstens gehaald moet worden (bijv. 3 = 3 omzet per 1 besteed); doeluitkomst: de uitkomst die met zo min mogelijk budget gehaald moet worden.</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::PlannerOutlook</name>
        <message>
            <source>Awareness</source>
            <translation>Bekendheid</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Overweging</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Aankoop</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retentie</translation>
        </message>
        <message>
            <source>impressions</source>
            <translation>vertoningen</translation>
        </message>
        <message>
            <source>clicks</source>
            <translation>klikken</translation>
        </message>
        <message>
            <source>repeat orders of acquired customers</source>
            <translation>herhaalbestellingen van geworven klanten</translation>
        </message>
        <message>
            <source>Times the lines' content or ads were shown, summed over the period.</source>
            <translation>Aantal keren dat de content of advertenties van de regels zijn getoond, opgeteld over de periode.</translation>
        </message>
        <message>
            <source>Clicks on the lines' links or ads, summed over the period.</source>
            <translation>Klikken op de links of advertenties van de regels, opgeteld over de periode.</translation>
        </message>
        <message>
            <source>Later orders of the customers the lines acquired (their first order was attributed to the line), whatever brought them back.</source>
            <translation>Latere bestellingen van de klanten die de regels hebben geworven (hun eerste bestelling is aan de regel toegeschreven), ongeacht waardoor ze terugkwamen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Predicted by funnel stage&lt;/b&gt; over the planned period</source>
            <translation>&lt;b&gt;Voorspeld per trechterfase&lt;/b&gt; over de geplande periode</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Huidig</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Voorstel</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <source>80% band</source>
            <translation>80%-band</translation>
        </message>
        <message>
            <source>8 in 10 bootstrap refits of the curves predict the proposed figure in this range.</source>
            <translation>8 op de 10 bootstrap-herfits van de curves voorspellen de voorgestelde waarde in dit bereik.</translation>
        </message>
        <message>
            <source>Each stage's KPI has its own response curve per line, fitted on the same weekly spend: moving a line's spend moves every stage.</source>
            <translation>De KPI van elke fase heeft per regel een eigen responscurve, gefit op dezelfde wekelijkse besteding: wie de besteding van een regel verandert, verandert elke fase.</translation>
        </message>
        <message>
            <source>The outcome the plan optimises.</source>
            <translation>De uitkomst die het plan optimaliseert.</translation>
        </message>
        <message>
            <source>n/a: a media-mix sheet does not say who bought</source>
            <translation>n.v.t.: een mediamixblad vermeldt niet wie er kocht</translation>
        </message>
        <message>
            <source>n/a: no data for this stage in the history</source>
            <translation>n.v.t.: geen gegevens voor deze fase in de historie</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.v.t.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 is beyond twice the largest week the history saw; the curve is extrapolated.</source>
            <translation>%1: %2 is meer dan twee keer de grootste week in de historie; de curve wordt geëxtrapoleerd.</translation>
        </message>
        <message>
            <source>%1 is held at its history cap (twice its largest week); raise its Max to plan beyond what the history has seen.</source>
            <translation>%1 wordt op het plafond uit de historie gehouden (twee keer de grootste week); verhoog de Max om verder te plannen dan de historie heeft gezien.</translation>
        </message>
        <message>
            <source>Other funnel stages not predicted: %1</source>
            <translation>Andere trechterfasen niet voorspeld: %1</translation>
        </message>
        <message>
            <source>No cautions: every curve was fitted on enough variation in spend.</source>
            <translation>Geen aandachtspunten: elke curve is gefit op voldoende variatie in besteding.</translation>
        </message>
        <message numerus="yes">
            <source>Cautions (%n)</source>
            <translation>
                <numerusform>Aandachtspunt (%n)</numerusform>
                <numerusform>Aandachtspunten (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::PlannerPage</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>ROI = (revenue − spend) / spend. The 80% band: 8 in 10 bootstrap refits of the curves predict a figure in this range.</source>
            <translation>ROI = (omzet − besteding) / besteding. De 80%-band: 8 op de 10 bootstrap-herfits van de curves voorspellen een waarde in dit bereik.</translation>
        </message>
        <message>
            <source>Fitting response curves (carry-over and saturation, %1 bootstrap refits for the bands)…</source>
            <translation>Responscurves worden gefit (overloop en verzadiging, %1 bootstrap-herfits voor de banden)…</translation>
        </message>
        <message>
            <source>Fitting cancelled; the table shows the previous fit.</source>
            <translation>Fitten geannuleerd; de tabel toont de vorige fit.</translation>
        </message>
        <message>
            <source>Cannot plan on this workspace: %1</source>
            <translation>Kan niet plannen met deze werkruimte: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Proposed&lt;/b&gt;: spend %1 (budget %2) → predicted %3 &lt;b&gt;%4&lt;/b&gt; (80% band %5 – %6)</source>
            <translation>&lt;b&gt;Voorstel&lt;/b&gt;: besteding %1 (budget %2) → voorspelde %3 &lt;b&gt;%4&lt;/b&gt; (80%-band %5 – %6)</translation>
        </message>
        <message>
            <source>, ROI &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>, ROI &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source> &amp;nbsp;·&amp;nbsp; &lt;b&gt;Current&lt;/b&gt;: spend %1 → %2 %3 over %4 weeks.</source>
            <translation> &amp;nbsp;·&amp;nbsp; &lt;b&gt;Huidig&lt;/b&gt;: besteding %1 → %2 %3 over %4 weken.</translation>
        </message>
        <message>
            <source>Cannot optimise: %1</source>
            <translation>Kan niet optimaliseren: %1</translation>
        </message>
        <message>
            <source>Optimised for “%1”.</source>
            <translation>Geoptimaliseerd voor “%1”.</translation>
        </message>
        <message>
            <source>The target cannot be reached within the budget; this is the best plan.</source>
            <translation>Het doel is binnen het budget niet haalbaar; dit is het beste plan.</translation>
        </message>
        <message>
            <source>“%1” plans %2 lines; switch the line kind to load it.</source>
            <translation>“%1” plant %2-regels; kies dat soort regels om het te laden.</translation>
        </message>
        <message>
            <source>Loaded “%1”.</source>
            <translation>“%1” geladen.</translation>
        </message>
        <message>
            <source>%1 lines fitted jointly on %2 weeks of the media-mix sheet's %3 with baseline, trend and season: R² %4, MAPE %5.</source>
            <translation>%1 regels samen gefit op %2 weken %3 uit het mediamixblad, met basislijn, trend en seizoen: R² %4, MAPE %5.</translation>
        </message>
        <message>
            <source>%1 lines fitted on %2 weeks of attributed %3 (median R² %4).</source>
            <translation>%1 regels gefit op %2 weken toegeschreven %3 (mediaan R² %4).</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s), listed under Cautions.</source>
            <translation>
                <numerusform>%n waarschuwing, vermeld onder Aandachtspunten.</numerusform>
                <numerusform>%n waarschuwingen, vermeld onder Aandachtspunten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planner</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::PlannerScenarioPanel</name>
        <message>
            <source>Save as…</source>
            <translation>Opslaan als…</translation>
        </message>
        <message>
            <source>Duplicate…</source>
            <translation>Dupliceren…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Laden</translation>
        </message>
        <message>
            <source>Compare ticked</source>
            <translation>Aangevinkte vergelijken</translation>
        </message>
        <message>
            <source>Plan vs actual</source>
            <translation>Plan tegen werkelijk</translation>
        </message>
        <message>
            <source>&lt;b&gt;Scenarios&lt;/b&gt; (saved in the workspace; tick 2–4 to compare)</source>
            <translation>&lt;b&gt;Scenario's&lt;/b&gt; (opgeslagen in de werkruimte; vink er 2–4 aan om te vergelijken)</translation>
        </message>
        <message>
            <source>Saved plans. Tick two to four and press Compare; double-click one to load it.</source>
            <translation>Opgeslagen plannen. Vink er twee tot vier aan en druk op Vergelijken; dubbelklik op een plan om het te laden.</translation>
        </message>
        <message>
            <source>Save the spend and bounds in the table as a named scenario.</source>
            <translation>Sla de bestedingen en grenzen in de tabel op als een scenario met een naam.</translation>
        </message>
        <message>
            <source>Put 2 to 4 ticked scenarios side by side, predicted with the same curves.</source>
            <translation>Zet 2 tot 4 aangevinkte scenario's naast elkaar, voorspeld met dezelfde curves.</translation>
        </message>
        <message>
            <source>Compare the selected scenario with what was actually spent and earned in its period.</source>
            <translation>Vergelijk het gekozen scenario met wat er in de periode werkelijk is besteed en verdiend.</translation>
        </message>
        <message>
            <source>Save the plan on screen as a scenario; tick two to four saved scenarios and press Compare to see them side by side below.</source>
            <translation>Sla het plan op het scherm op als scenario; vink twee tot vier opgeslagen scenario's aan en druk op Vergelijken om ze hieronder naast elkaar te zien.</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Scenario opslaan</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Plan %1</source>
            <translation>Plan %1</translation>
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation>Scenario dupliceren</translation>
        </message>
        <message>
            <source>Name of the copy:</source>
            <translation>Naam van de kopie:</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (kopie)</translation>
        </message>
        <message>
            <source>Delete scenario</source>
            <translation>Scenario verwijderen</translation>
        </message>
        <message>
            <source>Delete the scenario “%1”?</source>
            <translation>Het scenario “%1” verwijderen?</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.v.t.</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1 (unreadable)</source>
            <translation>%1 (onleesbaar)</translation>
        </message>
        <message>
            <source>Nothing to save yet: the curves are still being fitted.</source>
            <translation>Nog niets om op te slaan: de curves worden nog gefit.</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>“%1” opgeslagen.</translation>
        </message>
        <message>
            <source>Copied “%1” to “%2”.</source>
            <translation>“%1” gekopieerd naar “%2”.</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>“%1” verwijderd.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>%1
spend</source>
            <translation>%1
besteding</translation>
        </message>
        <message>
            <source>%1
predicted</source>
            <translation>%1
voorspeld</translation>
        </message>
        <message>
            <source>80% band %1 – %2</source>
            <translation>80%-band %1 – %2</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <source>Outcome per unit spent</source>
            <translation>Uitkomst per bestede eenheid</translation>
        </message>
        <message>
            <source>Comparing %1 scenarios.</source>
            <translation>%1 scenario's vergeleken.</translation>
        </message>
        <message>
            <source>No actuals for “%1” yet: %2</source>
            <translation>Nog geen werkelijke cijfers voor “%1”: %2</translation>
        </message>
        <message>
            <source>Planned
spend</source>
            <translation>Geplande
besteding</translation>
        </message>
        <message>
            <source>Actual
spend</source>
            <translation>Werkelijke
besteding</translation>
        </message>
        <message>
            <source>Predicted
at plan</source>
            <translation>Voorspeld
bij plan</translation>
        </message>
        <message>
            <source>Predicted at
actual spend</source>
            <translation>Voorspeld bij
werkelijke besteding</translation>
        </message>
        <message>
            <source>Actual
outcome</source>
            <translation>Werkelijke
uitkomst</translation>
        </message>
        <message>
            <source>What the curves predict for the spend that actually happened: far from the actual outcome means the curve was wrong, far from the plan means the plan was not followed.</source>
            <translation>Wat de curves voorspellen voor de werkelijke besteding: ver van de werkelijke uitkomst betekent dat de curve niet klopte, ver van het plan betekent dat het plan niet is gevolgd.</translation>
        </message>
        <message>
            <source>“%1” against %2 weeks of actual data (total actual outcome %3).</source>
            <translation>“%1” tegen %2 weken werkelijke gegevens (totale werkelijke uitkomst %3).</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::ReportExport</name>
        <message>
            <source>PDF, 16:9 slides (*.pdf)</source>
            <translation>PDF, 16:9-dia's (*.pdf)</translation>
        </message>
        <message>
            <source>PDF, A4 pages (*.pdf)</source>
            <translation>PDF, A4-pagina's (*.pdf)</translation>
        </message>
        <message>
            <source>PowerPoint, 16:9 slides (*.pptx)</source>
            <translation>PowerPoint, 16:9-dia's (*.pptx)</translation>
        </message>
        <message>
            <source>PowerPoint, A4 slides (*.pptx)</source>
            <translation>PowerPoint, A4-dia's (*.pptx)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Rapport exporteren</translation>
        </message>
        <message>
            <source>A report is written as .pdf or .pptx.</source>
            <translation>Een rapport wordt geschreven als .pdf of .pptx.</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>Er is geen werkruimte geopend.</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::WhatPage</name>
        <message>
            <source>Content type</source>
            <translation>Contenttype</translation>
        </message>
        <message>
            <source>Revenue per post by content type (performance)</source>
            <translation>Omzet per post per contenttype (prestatie)</translation>
        </message>
        <message>
            <source>Engagement rate by content type (engagements per reach)</source>
            <translation>Engagementratio per contenttype (engagements per bereik)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::WhenPage</name>
        <message>
            <source>Heatmap of</source>
            <translation>Heatmap van</translation>
        </message>
        <message>
            <source>Engagement rate per post (publishing time)</source>
            <translation>Engagementratio per post (publicatietijd)</translation>
        </message>
        <message>
            <source>Click-through rate per post (publishing time)</source>
            <translation>Doorklikratio per post (publicatietijd)</translation>
        </message>
        <message>
            <source>Engagements (publishing time)</source>
            <translation>Engagements (publicatietijd)</translation>
        </message>
        <message>
            <source>Clicks (publishing time)</source>
            <translation>Klikken (publicatietijd)</translation>
        </message>
        <message>
            <source>Orders (order time)</source>
            <translation>Bestellingen (besteltijd)</translation>
        </message>
        <message>
            <source>Revenue (order time)</source>
            <translation>Omzet (besteltijd)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::WherePage</name>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Stage-to-stage rates by channel</source>
            <translation>Overgangsratio's per kanaal</translation>
        </message>
        <message>
            <source>Revenue against fully loaded cost by channel</source>
            <translation>Omzet tegen integrale kosten per kanaal</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::WhoPage</name>
        <message>
            <source>People: performance and recommendation (double-click for the scorecard)</source>
            <translation>Personen: prestatie en advies (dubbelklik voor de scorekaart)</translation>
        </message>
        <message>
            <source>%1 against the group median revenue per post</source>
            <translation>%1 ten opzichte van de mediane omzet per post van de groep</translation>
        </message>
        <message>
            <source>no group comparison (n/a)</source>
            <translation>geen groepsvergelijking (n.v.t.)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Scorecard: %1 (%2)&lt;/h3&gt;&lt;p&gt;Posts &lt;b&gt;%3&lt;/b&gt; · Revenue &lt;b&gt;%4&lt;/b&gt; · Revenue per post &lt;b&gt;%5&lt;/b&gt; (%6) · Cost &lt;b&gt;%7&lt;/b&gt; · ROI &lt;b&gt;%8&lt;/b&gt; · Audience fit &lt;b&gt;%9&lt;/b&gt; · Trend &lt;b&gt;%10&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%11&lt;/b&gt;: %12&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Scorekaart: %1 (%2)&lt;/h3&gt;&lt;p&gt;Posts &lt;b&gt;%3&lt;/b&gt; · Omzet &lt;b&gt;%4&lt;/b&gt; · Omzet per post &lt;b&gt;%5&lt;/b&gt; (%6) · Kosten &lt;b&gt;%7&lt;/b&gt; · ROI &lt;b&gt;%8&lt;/b&gt; · Publieksmatch &lt;b&gt;%9&lt;/b&gt; · Trend &lt;b&gt;%10&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%11&lt;/b&gt;: %12&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::WhyPage</name>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>No brand mentions in this workspace: share of voice needs a brand-mention import.</source>
            <translation>Geen merkvermeldingen in deze werkruimte: share of voice heeft een import van merkvermeldingen nodig.</translation>
        </message>
        <message>
            <source>White space (topics where %1 is least talked about): %2</source>
            <translation>Witte vlekken (onderwerpen waarover %1 het minst besproken wordt): %2</translation>
        </message>
        <message>
            <source>No goals for the campaigns in the filter</source>
            <translation>Geen doelen voor de campagnes in het filter</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::WorkspaceSession</name>
        <message>
            <source>%1.%2 cannot be edited</source>
            <translation>%1.%2 kan niet worden bewerkt</translation>
        </message>
        <message>
            <source>No workspace is open</source>
            <translation>Er is geen werkruimte geopend</translation>
        </message>
        <message>
            <source>Opening was cancelled.</source>
            <translation>Openen is geannuleerd.</translation>
        </message>
    </context>
</TS>
