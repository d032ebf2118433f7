<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>iroi::Metric</name>
        <message>
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>Impressions</source>
            <translation>Vertoningen</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Bereik</translation>
        </message>
        <message>
            <source>Video views</source>
            <translation>Videoweergaven</translation>
        </message>
        <message>
            <source>Follower growth</source>
            <translation>Volgersgroei</translation>
        </message>
        <message>
            <source>Brand mentions</source>
            <translation>Merkvermeldingen</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <source>Engagement rate (by reach)</source>
            <translation>Engagementratio (op bereik)</translation>
        </message>
        <message>
            <source>Clicks</source>
            <translation>Klikken</translation>
        </message>
        <message>
            <source>Click-through rate</source>
            <translation>Doorklikratio</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <source>Affinity</source>
            <translation>Affiniteit</translation>
        </message>
        <message>
            <source>Engagements per post</source>
            <translation>Engagements per post</translation>
        </message>
        <message>
            <source>Conversions (platform)</source>
            <translation>Conversies (platform)</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Bestellingen</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Omzet</translation>
        </message>
        <message>
            <source>Conversion rate</source>
            <translation>Conversieratio</translation>
        </message>
        <message>
            <source>Average order value</source>
            <translation>Gemiddelde orderwaarde</translation>
        </message>
        <message>
            <source>Revenue per post</source>
            <translation>Omzet per post</translation>
        </message>
        <message>
            <source>Cost per acquisition</source>
            <translation>Kosten per acquisitie</translation>
        </message>
        <message>
            <source>Return on ad spend</source>
            <translation>Rendement op advertentie-uitgaven</translation>
        </message>
        <message>
            <source>Return on investment</source>
            <translation>Rendement op investering</translation>
        </message>
        <message>
            <source>Earned media value</source>
            <translation>Earned-mediawaarde</translation>
        </message>
        <message>
            <source>EMV return</source>
            <translation>EMV-rendement</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Klanten</translation>
        </message>
        <message>
            <source>Repeat customers</source>
            <translation>Herhaalkopers</translation>
        </message>
        <message>
            <source>Repeat-purchase rate</source>
            <translation>Herhaalaankoopratio</translation>
        </message>
        <message>
            <source>Customer lifetime value (simple)</source>
            <translation>Klantlevensduurwaarde (eenvoudig)</translation>
        </message>
        <message>
            <source>Fully loaded cost</source>
            <translation>Integrale kosten</translation>
        </message>
        <message>
            <source>Overhead</source>
            <translation>Overhead</translation>
        </message>
        <message>
            <source>Overhead share</source>
            <translation>Overheadaandeel</translation>
        </message>
        <message>
            <source>Cost per mille</source>
            <translation>Kosten per duizend vertoningen</translation>
        </message>
        <message>
            <source>Cost per engagement</source>
            <translation>Kosten per engagement</translation>
        </message>
        <message>
            <source>Cost per click</source>
            <translation>Kosten per klik</translation>
        </message>
        <message>
            <source>Cost per lead</source>
            <translation>Kosten per lead</translation>
        </message>
        <message>
            <source>Share of voice</source>
            <translation>Share of voice</translation>
        </message>
        <message>
            <source>Goal attainment</source>
            <translation>Doelrealisatie</translation>
        </message>
        <message>
            <source>Audience fit</source>
            <translation>Publieksmatch</translation>
        </message>
    </context>
    <context>
        <name>iroi::MetricDefinition</name>
        <message>
            <source>Content items with at least one daily metric row in the filter (activity, not performance).</source>
            <translation>Contentitems met ten minste één dagelijkse meetrij in het filter (activiteit, geen prestatie).</translation>
        </message>
        <message>
            <source>Sum of daily impressions of the filtered content items.</source>
            <translation>Som van de dagelijkse vertoningen van de gefilterde contentitems.</translation>
        </message>
        <message>
            <source>Sum of daily reach of the filtered content items (not de-duplicated across days).</source>
            <translation>Som van het dagelijkse bereik van de gefilterde contentitems (niet ontdubbeld over de dagen heen).</translation>
        </message>
        <message>
            <source>Sum of daily video views.</source>
            <translation>Som van de dagelijkse videoweergaven.</translation>
        </message>
        <message>
            <source>Sum of daily follower growth reported with the content items.</source>
            <translation>Som van de dagelijkse volgersgroei die bij de contentitems is gerapporteerd.</translation>
        </message>
        <message>
            <source>Mentions of the own brand (setting brand.own) in brand_mention rows within the date range.</source>
            <translation>Vermeldingen van het eigen merk (instelling brand.own) in brand_mention-rijen binnen de periode.</translation>
        </message>
        <message>
            <source>likes + comments + shares + saves.</source>
            <translation>likes + reacties + shares + saves.</translation>
        </message>
        <message>
            <source>engagements / reach. Denominator: summed daily reach of the same content and days.</source>
            <translation>engagements / bereik. Noemer: het opgetelde dagelijkse bereik van dezelfde content en dagen.</translation>
        </message>
        <message>
            <source>Link clicks / link visits (sum of daily clicks).</source>
            <translation>Linkklikken / linkbezoeken (som van de dagelijkse klikken).</translation>
        </message>
        <message>
            <source>clicks / impressions. Denominator: impressions of the same content and days.</source>
            <translation>klikken / vertoningen. Noemer: vertoningen van dezelfde content en dagen.</translation>
        </message>
        <message>
            <source>Sum of daily leads (sign-ups, form fills).</source>
            <translation>Som van de dagelijkse leads (aanmeldingen, ingevulde formulieren).</translation>
        </message>
        <message>
            <source>positive reactions / posts. Denominator: posts (content items) in the filter.</source>
            <translation>positieve reacties / posts. Noemer: posts (contentitems) in het filter.</translation>
        </message>
        <message>
            <source>engagements / posts. Denominator: posts (content items) in the filter.</source>
            <translation>engagements / posts. Noemer: posts (contentitems) in het filter.</translation>
        </message>
        <message>
            <source>Conversions reported by the platforms in the daily metrics (sign-ups, downloads, purchases).</source>
            <translation>Conversies die de platforms in de dagelijkse meetwaarden rapporteren (aanmeldingen, downloads, aankopen).</translation>
        </message>
        <message>
            <source>Shop orders attributed to a person or content item (by discount code, UTM link or referral).</source>
            <translation>Webshopbestellingen die aan een persoon of contentitem zijn toegeschreven (via kortingscode, UTM-link of doorverwijzing).</translation>
        </message>
        <message>
            <source>Sum of the revenue of attributed orders, exact to the cent.</source>
            <translation>Som van de omzet van toegeschreven bestellingen, tot op de cent nauwkeurig.</translation>
        </message>
        <message>
            <source>orders / clicks. Denominator: clicks of the same filter.</source>
            <translation>bestellingen / klikken. Noemer: klikken binnen hetzelfde filter.</translation>
        </message>
        <message>
            <source>revenue / orders. Denominator: attributed orders.</source>
            <translation>omzet / bestellingen. Noemer: toegeschreven bestellingen.</translation>
        </message>
        <message>
            <source>revenue / posts. Denominator: posts (content items) in the filter. Performance, not activity.</source>
            <translation>omzet / posts. Noemer: posts (contentitems) in het filter. Prestatie, geen activiteit.</translation>
        </message>
        <message>
            <source>cost / orders. Denominator: attributed orders.</source>
            <translation>kosten / bestellingen. Noemer: toegeschreven bestellingen.</translation>
        </message>
        <message>
            <source>revenue / cost. Denominator: fully loaded cost. 3.0 means 3 earned per 1 spent.</source>
            <translation>omzet / kosten. Noemer: integrale kosten. 3,0 betekent 3 verdiend per 1 besteed.</translation>
        </message>
        <message>
            <source>(revenue - cost) / cost. Denominator: fully loaded cost. 0.25 means 25 % return; below 0 is a loss.</source>
            <translation>(omzet - kosten) / kosten. Noemer: integrale kosten. 0,25 betekent 25 % rendement; onder 0 is verlies.</translation>
        </message>
        <message>
            <source>Sum over metrics of count x rate from the latest EMV rate card valid for the period (a channel's own rate, else the rate for every channel). An estimate: shown beside cash ROI, never instead.</source>
            <translation>Som over de maatstaven van aantal x tarief volgens de meest recente EMV-tariefkaart die voor de periode geldt (het eigen tarief van een kanaal, anders het tarief voor alle kanalen). Een schatting: getoond naast de ROI in geld, nooit in plaats daarvan.</translation>
        </message>
        <message>
            <source>(emv - cost) / cost. Denominator: fully loaded cost. Not cash: compare with roi.</source>
            <translation>(EMV - kosten) / kosten. Noemer: integrale kosten. Geen geld: vergelijk met de ROI.</translation>
        </message>
        <message>
            <source>Distinct customer references among attributed orders.</source>
            <translation>Unieke klantreferenties onder de toegeschreven bestellingen.</translation>
        </message>
        <message>
            <source>Customers acquired through the programme with two or more orders (any attribution).</source>
            <translation>Via het programma geworven klanten met twee of meer bestellingen (ongeacht de toeschrijving).</translation>
        </message>
        <message>
            <source>repeat customers / customers. Denominator: customers whose first order is attributed and in the filter.</source>
            <translation>terugkerende klanten / klanten. Noemer: klanten van wie de eerste bestelling is toegeschreven en in het filter valt.</translation>
        </message>
        <message>
            <source>average order value x purchases per customer per year x expected years (setting clv.expected_years, default 3).</source>
            <translation>gemiddelde orderwaarde x aankopen per klant per jaar x verwachte jaren (instelling clv.expected_years, standaard 3).</translation>
        </message>
        <message>
            <source>Sum of every cost row in the filter: fees, product, shipping, travel, production, agency, staff time and paid boosts.</source>
            <translation>Som van alle kostenrijen in het filter: honoraria, product, verzending, reizen, productie, bureau, personeelsuren en betaalde boosts.</translation>
        </message>
        <message>
            <source>Every cost except paid_boost (media).</source>
            <translation>Alle kosten behalve paid_boost (media).</translation>
        </message>
        <message>
            <source>overhead / cost. Denominator: fully loaded cost.</source>
            <translation>overhead / kosten. Noemer: integrale kosten.</translation>
        </message>
        <message>
            <source>cost / impressions x 1000. Denominator: impressions.</source>
            <translation>kosten / vertoningen x 1000. Noemer: vertoningen.</translation>
        </message>
        <message>
            <source>cost / engagements. Denominator: engagements.</source>
            <translation>kosten / engagements. Noemer: engagements.</translation>
        </message>
        <message>
            <source>cost / clicks. Denominator: clicks.</source>
            <translation>kosten / klikken. Noemer: klikken.</translation>
        </message>
        <message>
            <source>cost / leads. Denominator: leads.</source>
            <translation>kosten / leads. Noemer: leads.</translation>
        </message>
        <message>
            <source>own brand mentions / mentions of all tracked brands, per topic. Denominator: all brands' mentions of the topic.</source>
            <translation>vermeldingen van het eigen merk / vermeldingen van alle gevolgde merken, per onderwerp. Noemer: de vermeldingen van alle merken binnen het onderwerp.</translation>
        </message>
        <message>
            <source>actual / target of a campaign goal, actual measured from the goal's start to the last day of data.</source>
            <translation>gerealiseerd / doelwaarde van een campagnedoel, waarbij het gerealiseerde wordt gemeten vanaf de start van het doel tot de laatste dag met gegevens.</translation>
        </message>
        <message>
            <source>Per dimension (age, gender, country, interest) the overlap sum of min(person share, campaign target share), averaged over the dimensions both define.</source>
            <translation>Per dimensie (leeftijd, geslacht, land, interesse) de overlapsom van min(aandeel persoon, doelaandeel campagne), gemiddeld over de dimensies die beide definiëren.</translation>
        </message>
    </context>
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
        <message>
            <source>B</source>
            <translation>mld</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.v.t.</translation>
        </message>
        <message>
            <source>(not linked)</source>
            <translation>(niet gekoppeld)</translation>
        </message>
        <message>
            <source>Repeat customers</source>
            <translation>Herhaalkopers</translation>
        </message>
        <message>
            <source>engagements per impression</source>
            <translation>engagements per vertoning</translation>
        </message>
        <message>
            <source>clicks per engagement</source>
            <translation>klikken per engagement</translation>
        </message>
        <message>
            <source>orders per click</source>
            <translation>bestellingen per klik</translation>
        </message>
        <message>
            <source>repeat customers per order</source>
            <translation>terugkerende klanten per bestelling</translation>
        </message>
        <message>
            <source>per </source>
            <translation>per </translation>
        </message>
        <message>
            <source>Customer journey: count per stage and stage-to-stage rate</source>
            <translation>Klantreis: aantal per fase en overgangsratio</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Count, log scale (in brackets: rate from the stage above)</source>
            <translation>Aantal, logaritmische schaal (tussen haakjes: ratio vanaf de fase erboven)</translation>
        </message>
        <message>
            <source>Stage rate: </source>
            <translation>Overgangsratio: </translation>
        </message>
        <message>
            <source>Stage-to-stage rates by group</source>
            <translation>Overgangsratio's per groep</translation>
        </message>
        <message>
            <source>Stage rate (%)</source>
            <translation>Overgangsratio (%)</translation>
        </message>
        <message>
            <source>Customers acquired and repeat buyers by person</source>
            <translation>Geworven klanten en herhaalkopers per persoon</translation>
        </message>
        <message>
            <source>Customers acquired</source>
            <translation>Geworven klanten</translation>
        </message>
        <message>
            <source>Repeat customers (2+ orders)</source>
            <translation>Terugkerende klanten (2+ bestellingen)</translation>
        </message>
        <message>
            <source>(not attributed)</source>
            <translation>(niet toegeschreven)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Klanten</translation>
        </message>
        <message>
            <source>Customers acquired: </source>
            <translation>Geworven klanten: </translation>
        </message>
        <message>
            <source>Repeat customers: </source>
            <translation>Terugkerende klanten: </translation>
        </message>
        <message>
            <source>Revenue of these customers: </source>
            <translation>Omzet van deze klanten: </translation>
        </message>
        <message>
            <source>Revenue against fully loaded cost</source>
            <translation>Omzet tegen integrale kosten</translation>
        </message>
        <message>
            <source>ROI </source>
            <translation>ROI </translation>
        </message>
        <message>
            <source>Amount (%1)</source>
            <translation>Bedrag (%1)</translation>
        </message>
        <message>
            <source>Activity vs performance: posts against revenue per post</source>
            <translation>Activiteit versus prestatie: posts tegen omzet per post</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Superstars (together ≥ 50 % of revenue)</source>
            <translation>Supersterren (samen ≥ 50 % van de omzet)</translation>
        </message>
        <message>
            <source>Activity: posts in the filter</source>
            <translation>Activiteit: posts in het filter</translation>
        </message>
        <message>
            <source>Performance: revenue per post (%1)</source>
            <translation>Prestatie: omzet per post (%1)</translation>
        </message>
        <message>
            <source>Activity rank %1, performance rank %2</source>
            <translation>Activiteitsrang %1, prestatierang %2</translation>
        </message>
        <message>
            <source>Top people by attributed revenue, with their cost</source>
            <translation>Personen met de hoogste toegeschreven omzet, met hun kosten</translation>
        </message>
        <message>
            <source>★ = superstar (together ≥ 50 % of revenue)</source>
            <translation>★ = superster (samen ≥ 50 % van de omzet)</translation>
        </message>
        <message>
            <source>Cost by category and ROI</source>
            <translation>Kosten per categorie en ROI</translation>
        </message>
        <message>
            <source>ROI (right axis)</source>
            <translation>ROI (rechteras)</translation>
        </message>
        <message>
            <source>Fully loaded cost (%1)</source>
            <translation>Integrale kosten (%1)</translation>
        </message>
        <message>
            <source>ROI (%)</source>
            <translation>ROI (%)</translation>
        </message>
        <message>
            <source>Fully loaded cost by category</source>
            <translation>Integrale kosten per categorie</translation>
        </message>
        <message>
            <source>&amp;lt;1 %</source>
            <translation>&amp;lt;1 %</translation>
        </message>
        <message>
            <source>Cost (%1)</source>
            <translation>Kosten (%1)</translation>
        </message>
        <message>
            <source>Share of fully loaded cost: </source>
            <translation>Aandeel in de integrale kosten: </translation>
        </message>
        <message>
            <source>Staff hours: </source>
            <translation>Personeelsuren: </translation>
        </message>
        <message>
            <source>Engagement rate per post by publishing day and hour</source>
            <translation>Engagementratio per post naar publicatiedag en -uur</translation>
        </message>
        <message>
            <source>Click-through rate per post by publishing day and hour</source>
            <translation>Doorklikratio per post naar publicatiedag en -uur</translation>
        </message>
        <message>
            <source>Engagements by publishing day and hour</source>
            <translation>Engagements naar publicatiedag en -uur</translation>
        </message>
        <message>
            <source>Clicks by publishing day and hour</source>
            <translation>Klikken naar publicatiedag en -uur</translation>
        </message>
        <message>
            <source>Orders by day and hour of the order</source>
            <translation>Bestellingen naar dag en uur van de bestelling</translation>
        </message>
        <message>
            <source>Revenue by day and hour of the order</source>
            <translation>Omzet naar dag en uur van de bestelling</translation>
        </message>
        <message>
            <source>Hour of day (local time of the post or order)</source>
            <translation>Uur van de dag (lokale tijd van de post of bestelling)</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>geen gegevens</translation>
        </message>
        <message>
            <source>day</source>
            <translation>dag</translation>
        </message>
        <message>
            <source>week</source>
            <translation>week</translation>
        </message>
        <message>
            <source>month</source>
            <translation>maand</translation>
        </message>
        <message>
            <source>Revenue per %1 with %2-%1 rolling average</source>
            <translation>Omzet per %1 met voortschrijdend gemiddelde (%2-%1s)</translation>
        </message>
        <message>
            <source>Revenue per %1</source>
            <translation>Omzet per %1</translation>
        </message>
        <message>
            <source>Rolling average (%1 %2s)</source>
            <translation>Voortschrijdend gemiddelde (%1-%2s)</translation>
        </message>
        <message>
            <source>Goal pace: %1 per %2</source>
            <translation>Doeltempo: %1 per %2</translation>
        </message>
        <message>
            <source>Revenue (%1)</source>
            <translation>Omzet (%1)</translation>
        </message>
        <message>
            <source>Goal: %1 %2 by %3 (%4)</source>
            <translation>Doel: %1 %2 uiterlijk %3 (%4)</translation>
        </message>
        <message>
            <source>Actual, cumulative</source>
            <translation>Gerealiseerd, cumulatief</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Doelwaarde</translation>
        </message>
        <message>
            <source>Linear pace to target</source>
            <translation>Lineair tempo naar de doelwaarde</translation>
        </message>
        <message>
            <source>Seasonality: revenue by calendar month</source>
            <translation>Seizoenspatroon: omzet per kalendermaand</translation>
        </message>
        <message>
            <source>Calendar month (all years in the filter)</source>
            <translation>Kalendermaand (alle jaren in het filter)</translation>
        </message>
        <message>
            <source>Share of voice by topic: %1 against competitors</source>
            <translation>Share of voice per onderwerp: %1 tegenover concurrenten</translation>
        </message>
        <message>
            <source> (own brand)</source>
            <translation> (eigen merk)</translation>
        </message>
        <message>
            <source>Share of mentions; beside each topic the own brand's share (◌ = white space)</source>
            <translation>Aandeel in vermeldingen; naast elk onderwerp het aandeel van het eigen merk (◌ = witte vlek)</translation>
        </message>
        <message>
            <source> of </source>
            <translation> van </translation>
        </message>
        <message>
            <source> mentions</source>
            <translation> vermeldingen</translation>
        </message>
        <message>
            <source>Own share of voice: </source>
            <translation>Eigen share of voice: </translation>
        </message>
        <message>
            <source>Share of voice = own brand mentions / all tracked brands' mentions, per topic.</source>
            <translation>Share of voice = vermeldingen van het eigen merk / vermeldingen van alle gevolgde merken, per onderwerp.</translation>
        </message>
        <message>
            <source>Goal attainment (100 % = target reached)</source>
            <translation>Doelrealisatie (100 % = doelwaarde gehaald)</translation>
        </message>
        <message>
            <source>Actual so far</source>
            <translation>Tot nu toe gerealiseerd</translation>
        </message>
        <message>
            <source>Projected at deadline (linear pace)</source>
            <translation>Verwacht op de deadline (lineair tempo)</translation>
        </message>
        <message>
            <source>Attainment (% of target)</source>
            <translation>Realisatie (% van de doelwaarde)</translation>
        </message>
        <message>
            <source>Target: </source>
            <translation>Doelwaarde: </translation>
        </message>
        <message>
            <source> by </source>
            <translation> uiterlijk </translation>
        </message>
        <message>
            <source>Actual: </source>
            <translation>Gerealiseerd: </translation>
        </message>
        <message>
            <source>Projected: </source>
            <translation>Verwacht: </translation>
        </message>
        <message>
            <source>Pacing: </source>
            <translation>Tempo: </translation>
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
        <name>iroi::ui::PlannerCurves</name>
        <message>
            <source>Response curves over the planned period (○ current, ■ proposed spend)</source>
            <translation>Responscurves over de geplande periode (○ huidige, ■ voorgestelde besteding)</translation>
        </message>
        <message>
            <source>Spend over the period (%1)</source>
            <translation>Besteding over de periode (%1)</translation>
        </message>
        <message>
            <source>Predicted %1 (%2)</source>
            <translation>Voorspelde %1 (%2)</translation>
        </message>
        <message>
            <source>Predicted %1</source>
            <translation>Voorspelde %1</translation>
        </message>
        <message>
            <source>%1, %2: spend %3 → predicted %4</source>
            <translation>%1, %2: besteding %3 → voorspeld %4</translation>
        </message>
        <message>
            <source>%1 current</source>
            <translation>%1 huidig</translation>
        </message>
        <message>
            <source>current</source>
            <translation>huidig</translation>
        </message>
        <message>
            <source>%1 proposed</source>
            <translation>%1 voorgesteld</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>voorgesteld</translation>
        </message>
        <message>
            <source> — the %1 largest of %2 lines</source>
            <translation> — de %1 grootste van %2 regels</translation>
        </message>
    </context>
    <context>
        <name>iroi::ui::PlannerLinesModel</name>
        <message>
            <source>no limit</source>
            <translation>geen limiet</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.v.t.</translation>
        </message>
        <message>
            <source>Predicted %1 at the proposed spend; 80% band %2 – %3 (now: %4)</source>
            <translation>Voorspeld: %1 bij de voorgestelde besteding; 80%-band %2 – %3 (nu: %4)</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Current spend</source>
            <translation>Huidige besteding</translation>
        </message>
        <message>
            <source>Proposed spend</source>
            <translation>Voorgestelde besteding</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>Bevroren</translation>
        </message>
        <message>
            <source>Predicted</source>
            <translation>Voorspeld</translation>
        </message>
        <message>
            <source>80% band</source>
            <translation>80%-band</translation>
        </message>
        <message>
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <source>Per %1 spent</source>
            <translation>Per %1 besteed</translation>
        </message>
        <message>
            <source>Marginal ROI</source>
            <translation>Marginale ROI</translation>
        </message>
        <message>
            <source>Marginal per %1</source>
            <translation>Marginaal per %1</translation>
        </message>
        <message>
            <source>What-if spend</source>
            <translation>Wat-als-besteding</translation>
        </message>
        <message>
            <source>What the line spent over the last stretch of history as long as the planned period.</source>
            <translation>Wat de regel heeft besteed in het laatste deel van de historie, even lang als de geplande periode.</translation>
        </message>
        <message>
            <source>Spend for the planned period: set by the optimiser, a slider or typed in.</source>
            <translation>Besteding voor de geplande periode: bepaald door de optimalisatie, met een schuifregelaar of ingetypt.</translation>
        </message>
        <message>
            <source>Bounds the optimiser respects for this line (double-click to edit).</source>
            <translation>Grenzen die de optimalisatie voor deze regel respecteert (dubbelklik om te bewerken).</translation>
        </message>
        <message>
            <source>A frozen line keeps its proposed spend when the optimiser runs.</source>
            <translation>Een bevroren regel behoudt zijn voorgestelde besteding wanneer de optimalisatie wordt uitgevoerd.</translation>
        </message>
        <message>
            <source>Outcome the fitted response curve predicts over the planned period at the proposed spend.</source>
            <translation>De uitkomst die de gefitte responscurve bij de voorgestelde besteding over de geplande periode voorspelt.</translation>
        </message>
        <message>
            <source>80% band: 8 in 10 bootstrap refits of the curve predict a figure in this range.</source>
            <translation>80%-band: 8 op de 10 bootstrap-herfits van de curve voorspellen een waarde in dit bereik.</translation>
        </message>
        <message>
            <source>ROI = (predicted revenue − spend) / spend at the proposed spend.</source>
            <translation>ROI = (voorspelde omzet − besteding) / besteding, bij de voorgestelde besteding.</translation>
        </message>
        <message>
            <source>Predicted outcome per unit of spend at the proposed spend.</source>
            <translation>Voorspelde uitkomst per bestede eenheid bij de voorgestelde besteding.</translation>
        </message>
        <message>
            <source>Marginal ROI: what the next unit of spend returns, minus the unit itself (the slope of the curve − 1). At an optimum it is equal across lines that are not held by a bound.</source>
            <translation>Marginale ROI: wat de volgende bestede eenheid oplevert, min die eenheid zelf (de helling van de curve − 1). In een optimum is deze gelijk voor alle regels die niet door een grens worden begrensd.</translation>
        </message>
        <message>
            <source>Marginal return: the outcome the next unit of spend adds (the slope of the curve).</source>
            <translation>Marginaal rendement: de uitkomst die de volgende bestede eenheid toevoegt (de helling van de curve).</translation>
        </message>
        <message>
            <source>Drag to try another spend for this line; the rest stays unchanged.</source>
            <translation>Sleep om een andere besteding voor deze regel uit te proberen; de rest blijft ongewijzigd.</translation>
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
        <name>iroi::ui::Tables</name>
        <message>
            <source>(not linked)</source>
            <translation>(niet gekoppeld)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behouden</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>Monitoren</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Employee advocate</source>
            <translation>Medewerker-ambassadeur</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Audience fit</source>
            <translation>Publieksmatch</translation>
        </message>
        <message>
            <source>Mean over dimensions of the sum of min(person share, campaign target share); 100 % = perfect fit.</source>
            <translation>Gemiddelde over de dimensies van de som van min(aandeel persoon, doelaandeel campagne); 100 % = perfecte match.</translation>
        </message>
        <message>
            <source>Activity / performance rank</source>
            <translation>Rang activiteit / prestatie</translation>
        </message>
        <message>
            <source>Rank by posts and rank by revenue per post (1 = best). A big gap means activity and performance disagree.</source>
            <translation>Rang op posts en rang op omzet per post (1 = best). Een groot verschil betekent dat activiteit en prestatie niet met elkaar overeenstemmen.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
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
