// Written by hand (not generated): the Dutch restatement of each rule of shared/spec/requirements.md,
// in the handbook's own words. scripts/gen-catalogues joins it with the English text, so that
// `Rule.text` is a Message; RuleCatalogueTests checks that every rule has one and no other ID is here.

extension RuleCatalogue {
    /// Rule ID → the rule in Dutch.
    static let dutchText: [String: String] = [
        // Gebied (§3.1, §3.1.1)
        "KVO-3.1-AREA-DELINEATED":
            "Elk bedrijventerrein in het KVO-gebied heeft een naam en is op straatniveau eenduidig afgebakend (stratenlijst en/of postcodereeksen, met een verwijzing naar de kaart).",
        "KVO-3.1-MAX-ENTREPRENEURS":
            "Het totale aantal ondernemers in het KVO-gebied (bij een cluster opgeteld over alle bedrijventerreinen) is ten hoogste 600.",
        "KVO-3.1-ADJACENT-MARKED":
            "Aangrenzende locaties met invloed op het terrein (sportparken, stations, scholen, recreatieterreinen) worden apart gemarkeerd en tellen niet mee als deel van het KVO-gebied.",
        "KVO-3.1.1-CLUSTER-SIZE":
            "Een cluster bestaat uit ten hoogste vier bedrijventerreinen.",
        "KVO-3.1.1-ONE-MUNICIPALITY":
            "Alle bedrijventerreinen van een cluster liggen binnen één gemeente.",
        "KVO-3.1.1-FORMAL-NAME":
            "In een cluster heeft elk terrein zijn formele tenaamstelling uit het bestemmingsplan en de bestemming \"bedrijventerrein\".",
        "KVO-3.1.1-PARK-REPRESENTED":
            "In een cluster heeft elk bedrijventerrein een vertegenwoordiger in de werkgroep.",
        "KVO-3.1.1-COORDINATOR":
            "Een cluster heeft één overkoepelende organisatie (bijvoorbeeld parkmanagement of de gemeente) als centraal aanspreekpunt, met mandaat voor regie.",
        // Werkgroep (§3.2, §3.3, §3.4)
        "KVO-3.2-ENTREPRENEURS":
            "De ondernemers zijn vertegenwoordigd vanuit een ondernemersvereniging en/of een organisatie die op basis van een overeenkomst hun belangen behartigt. Is er nog geen van beide (startfase), dan moet er binnen één jaar na de startdatum een worden opgericht: tot die termijn is dit een advies met de termijn erbij, daarna een eis.",
        "KVO-3.2-MUNICIPALITY":
            "De gemeente is vertegenwoordigd in de werkgroep.",
        "KVO-3.2-POLICE":
            "De politie is vertegenwoordigd in de werkgroep.",
        "KVO-3.2-FIRE":
            "De brandweer is vertegenwoordigd vanuit de Veiligheidsregio of, als dat niet lukt, door een vertegenwoordiger van de gemeente met specialisatie brandpreventie.",
        "KVO-3.2-MEMBER-LIST":
            "Er is een schriftelijk overzicht van de leden van de werkgroep, elk gekoppeld aan de partij die hij of zij vertegenwoordigt.",
        "KVO-3.2-ACTIVE-ENTREPRENEURS":
            "De ondernemers in de werkgroep zijn aantoonbaar actief in het gebied (als bedrijf, verhuurder of beheerder van vastgoed).",
        "KVO-3.2-PRIVACY":
            "Telefoonnummers en e-mailadressen staan nooit in een gepubliceerd document (AVG): elke export voor publicatie laat ze weg, tenzij uitdrukkelijk anders gevraagd.",
        "KVO-3.3-CHAIR":
            "Er is een voorzitter benoemd; bij voorkeur een ondernemer (advies).",
        "KVO-3.3-SECRETARY":
            "Er is een secretaris benoemd; bij voorkeur een ondernemer (advies).",
        "KVO-3.3-COMMUNICATION-ROLES":
            "Er zijn vaste personen benoemd voor de interne en voor de externe communicatie (ook bij calamiteiten).",
        "KVO-3.3-ASSOCIATION-RELATION":
            "De relatie tussen de ondernemersvereniging en de KVO-werkgroep is beschreven.",
        "KVO-3.3-FUND-RELATION":
            "Als er een ondernemersfonds is (BIZ, reclamebelasting), is de relatie tussen dat fonds en de werkgroep beschreven.",
        "KVO-3.3-ADDRESS":
            "Het samenwerkingsverband heeft een correspondentieadres (NAW-gegevens: naam, adres, woonplaats).",
        "KVO-3.4-AGREEMENTS":
            "De schriftelijke samenwerkingsafspraken gaan over: het aantal bijeenkomsten per jaar, wijzigingen in de samenstelling van de werkgroep, wijzigingen in het gebied, de wijze van besluitvorming, de wijze van communiceren intern en extern (ook met ondernemers die geen lid zijn van de ondernemersvereniging) en de financiële middelen. Elk ontbrekend onderwerp wordt genoemd.",
        "KVO-3.4-MEETINGS-AGREED":
            "Het afgesproken aantal bijeenkomsten van de werkgroep per jaar is minimaal 3.",
        // Documenten en communicatie (§3.6, §3.7)
        "KVO-3.6-DOCSET-FIRST":
            "De documentenset bevat een veiligheidsanalyse (enquêteresultaten, incidentcijfers van politie, brandweer en gemeente, schouwrapport) en een plan van aanpak (SMART-doelstellingen, maatregelmatrix gekoppeld aan de doelstellingen).",
        "KVO-3.6-DOCSET-RENEWAL":
            "De documentenset bevat een nieuwe veiligheidsanalyse, een vernieuwd plan van aanpak en evaluatieverslagen over de samenwerking en over het resultaat van de maatregelen.",
        "KVO-3.6-RETENTION":
            "Er is schriftelijk een bewaartermijn van minimaal zes jaar vastgelegd.",
        "KVO-3.6-MINUTES":
            "Van elke gehouden werkgroepvergadering zijn de agenda en de notulen gearchiveerd.",
        "KVO-3.6-CURRENT-VERSIONS":
            "Elk document heeft een versie en een datum; verouderde versies zijn als zodanig gemarkeerd, zodat ze niet onbedoeld worden gebruikt.",
        "KVO-3.7-SPOKESPERSON":
            "Er is een woordvoerder aangesteld die het woord voert bij incidenten in het KVO-gebied.",
        "KVO-3.7-UPDATES":
            "In elk afgelopen planjaar hebben ten minste twee voortgangsupdates alle ondernemers in het gebied bereikt (niet alleen de leden van de ondernemersvereniging).",
        "KVO-3.7-APP-ADMIN":
            "Als er een communicatie-app met de ondernemers actief is, heeft de app-groep een beheerder.",
        // Veiligheidsanalyse (§4.1)
        "KVO-4.1-VA-WRITTEN":
            "De veiligheidsanalyse is schriftelijk vastgelegd, inclusief een samenvatting.",
        "KVO-4.1.1-THEME-MINIMUM":
            "Per verplicht thema bevat de enquête ten minste het minimumaantal onderwerpblokken van dat thema (shared/spec/themes.tsv); elk thema dat tekortschiet wordt genoemd met het aantal dat er is en dat nodig is.",
        "KVO-4.1.1-OPEN-QUESTIONS":
            "De drie verplichte open vragen (onderwerpen 16, 23 en 33) zijn opgenomen.",
        "KVO-4.1.1-BLOCK-TOTAL":
            "Opgenomen blokken: N van het minimum van 20 + 3.",
        "KVO-4.1.1-OWN-QUESTIONS":
            "Eigen vragen en eigen thema's die de werkgroep heeft toegevoegd worden genoemd; voor een eigen thema werkt de werkgroep zelf de vragen uit.",
        "KVO-4.1.1-INDIVIDUAL-INVITE":
            "De enquête is persoonlijk (1 op 1, via een afgeschermde weblink) uitgezet naar alle ondernemers in het KVO-gebied.",
        "KVO-4.1.1-CLUSTER-SAME-QUESTIONS":
            "In een cluster heeft elk bedrijventerrein dezelfde vragen ontvangen.",
        "KVO-4.1.1-RESPONSE":
            "Per bedrijventerrein haalt de respons (reacties ÷ ondernemers) het minimum: 0–50 ondernemers 40 %, 51–100 30 %, 101–600 20 %. De respons-eis geldt per bedrijventerrein, ook in een cluster; het verslag toont per terrein de respons en het aantal reacties dat nog nodig is.",
        "KVO-4.1.1-RESULTS-UNSUMMARISED":
            "De uitkomsten worden per vraag bewaard (niet alleen samengevat) en anoniem (zonder identiteit van de respondent), en elk antwoord op een open vraag wordt volledig overgenomen.",
        "KVO-4.1.2-POLICE-FIGURES":
            "De incidentcijfers van de politie (aangiftes en meldingen) beslaan ten minste één geheel jaar vóór de analyse.",
        "KVO-4.1.2-FIRE-FIGURES":
            "De incidentcijfers van de brandweer beslaan ten minste één geheel jaar vóór de analyse.",
        "KVO-4.1.2-MUNICIPAL-FIGURES":
            "De meldingen openbare ruimte van de gemeente beslaan ten minste één geheel jaar vóór de analyse, inclusief de meldingen die al zijn afgehandeld.",
        "KVO-4.1.2-SPLIT":
            "Als de cijfers op een postcodegebied zijn geselecteerd dat groter is dan het KVO-gebied, zijn ze gesplitst in \"bedrijventerrein\" en \"overig\".",
        "KVO-4.1.3-DAY-EVENING":
            "Elk planjaar (en het analysejaar) heeft ten minste één dagschouw en één avondschouw.",
        "KVO-4.1.3-ATTENDANCE":
            "Van de dagschouw en de avondschouw van elk jaar is er ten minste één met alle leden van de werkgroep uitgevoerd (de andere mag in kleinere groepen of individueel).",
        "KVO-4.1.3-FINDINGS":
            "Elke bevinding waaraan iets moet veranderen heeft een opvolgend fotonummer, een locatie, wat er moet gebeuren, wie het uitvoert en wanneer het gereed moet zijn.",
        "KVO-4.1.3-POSITIVES":
            "Elk schouwrapport bevat ten minste vijf locaties (met foto) waar de werkgroep tevreden over is, met waarom en wat er nodig was om dat resultaat te krijgen.",
        "KVO-4.1.3-REPORT-META":
            "Elk schouwrapport heeft een datum en een namenlijst van de aanwezigen.",
        "KVO-4.1.4-PRIORITISED":
            "De analyse eindigt in een schriftelijke conclusie die de thema's rangschikt naar urgentie en middelen, uitgezet in een tijdpad van drie jaar en gedragen door de werkgroep; de schouw- en enquêteresultaten zijn als bijlage beschikbaar.",
        "KVO-4.1.4-CONSENSUS":
            "De partijen bereiken zoveel mogelijk consensus over de prioritering: de shell toont de maat voor overeenstemming die hij gebruikt (Kendalls W; de richtlijn van kvo is 0,50 of meer, geen eis van het handboek, dus een lagere W is een advies) en noemt de thema's waarover de partijen het het meest oneens zijn.",
        // Plan van aanpak (§4.2 t/m §4.5)
        "KVO-4.2.1-SMART":
            "Elke doelstelling is SMART: specifiek omschreven, meetbaar met een norm (een percentage, een aantal, een eenmalige actie of een zichtbaar effect), acceptabel voor de werkgroep, realistisch en tijdgebonden. Per doelstelling wordt elk ontbrekend onderdeel genoemd.",
        "KVO-4.2.2-MANDATORY-THEMES":
            "De doelstellingen dekken ten minste 7 van de 10 verplichte thema's.",
        "KVO-4.2.2-CHOSEN-THEMES":
            "Elk optioneel thema dat in de enquête zat en elk eigen thema dat de werkgroep heeft toegevoegd, heeft een doelstelling.",
        "KVO-4.2.4-MEASURE-FIELDS":
            "Elke maatregel vermeldt wie verantwoordelijk is, in welke kwartalen van het driejarenplan hij valt, hoeveel tijd hij kost, of de deskundigheid in de werkgroep aanwezig is of extern advies nodig is, en hoe de voortgang wordt vastgesteld. Hij is gekoppeld aan een doelstelling.",
        "KVO-4.2.4-INSPECTION-POINTS":
            "Schouwpunten die terugkomen (in twee of meer schouwen) of een andere aanpak vragen, zijn opgenomen in de maatregelmatrix.",
        "KVO-4.2.4-BALANCE":
            "De maatregelen zijn evenwichtig verdeeld over de partijen (de shell toont het aandeel van elke partij en noemt een partij zonder maatregel of met meer dan de helft).",
        "KVO-4.2.4-COSTS":
            "Bij een maatregel waarvan de kosten niet bekend zijn of waarvoor geen budget is, hoort het organiseren van de financiële middelen tot de maatregel zelf.",
        "KVO-4.2.5-FIXED":
            "Elk planjaar bevat de vaste maatregelen: ten minste 1 dagschouw en 1 avondschouw, een tussentijdse evaluatie, ten minste 2 communicatie-uitingen naar de ondernemers en ten minste 2 keer aanleveren van incidentcijfers door hulpdiensten en gemeente voor de werkgroepoverleggen.",
        "KVO-4.3-ADOPTED":
            "Het plan van aanpak is door alle leden van de werkgroep goed bevonden (met datum).",
        "KVO-4.3.1-MEETINGS":
            "In elk afgelopen planjaar is de werkgroep ten minste 3 keer bij elkaar gekomen, telkens met schriftelijk vastgelegde resultaten (notulen of voortgang in de maatregelmatrix).",
        "KVO-4.4-SCHEDULED":
            "In het plan van aanpak staat op welk moment er geëvalueerd wordt.",
        "KVO-4.4.1-YEARLY":
            "Elk afgelopen planjaar heeft een schriftelijke evaluatie die de vier vragen over de maatregelen beantwoordt (uitgevoerd? wat droeg bij? waarom wel/niet gehaald? wijzigingen in het plan nodig?) en de vier over de samenwerking (hoe verloopt die? hebben de partijen hun taken uitgevoerd? zijn de maatregelen uitgevoerd zoals afgesproken? waarom grote wijzigingen?), met verbeterpunten.",
        "KVO-4.4.2-THIRD-YEAR":
            "De evaluatie in het derde jaar beantwoordt ook: welke doelstellingen zijn behaald of niet gehaald, en wat is daarvan de belangrijkste reden.",
        "KVO-4.5-IMPROVEMENTS-CARRIED":
            "Elk verbeterpunt uit de evaluaties staat in de vernieuwde samenwerkingsafspraken of in het vernieuwde plan van aanpak.",
        // Aanvraag en audit (§5, §6)
        "KVO-5.1-CONTACT":
            "Eén contactpersoon (een lid of een aangewezen procesbegeleider) verzorgt de communicatie met de certificatie-instelling.",
        "KVO-5.2-APPLICATION":
            "Bij de aanvraag is de definitieve afbakening van het gebied beschikbaar.",
        "KVO-5.2.1-DOCS-TWO-WEEKS":
            "De documentenset van §5.2.1 is minimaal twee weken (14 dagen) vóór de auditdatum bij de certificatie-instelling aangeleverd: samenstelling van partijen en deelnemers, veiligheidsanalyse, plan van aanpak, schouwrapport, maatregelmatrix (uitgevoerd en gepland), verslagen van de overleggen met voortgangsrapportage en (alleen bij hercertificering) de evaluatieresultaten. Toont de laatste aanleverdatum.",
        "KVO-5.2.2-FOUR-MEASURES":
            "Op de datum van de eerste audit zijn ten minste 4 maatregelen uit het plan uitgevoerd: ten minste 3 uit de schouw en ten minste 1 communicatie naar de ondernemers.",
        "KVO-5.3-NO-EARLY-CLAIM":
            "Geen publicatie meldt dat de audit is gehaald voordat er een positief besluit is vastgelegd.",
        "KVO-6.3-ALL-PRESENT":
            "Alle vertegenwoordigers uit de werkgroep zijn bij de audit aanwezig (de aanwezigheid wordt vastgelegd zodra de audit is gehouden).",
        "KVO-6.3-RENEWAL-MEASURES":
            "Bij een hercertificeringsaudit is elke maatregel van het (eventueel bijgestelde) plan van aanpak uitgevoerd of is de wijziging toegelicht.",
        "KVO-6.3-SUPPLEMENTS":
            "Na een audit met afwijkingen levert de werkgroep binnen 2 maanden aanvullingen aan; de certificatie-instelling beoordeelt die binnen 1 maand. Toont beide termijnen.",
        "KVO-6.3.1-AUDIT-HOURS":
            "Minimale audittijd: 1 bedrijventerrein 8 uur, 2 terreinen 10 uur, 3 terreinen 11 uur, 4 terreinen 12 uur; ongeveer de helft op locatie.",
        "KVO-6.4-REPORT-TWO-WEEKS":
            "Het auditrapport is binnen twee weken (14 dagen) na de audit bij de werkgroep.",
        // Certificaat en beeldmerk (§7, bijlage 1, §1.5)
        "KVO-7.2-VALIDITY":
            "Een certificaat is drie jaar geldig vanaf de datum van uitgifte; de shell toont de vervaldatum, het aantal resterende dagen en wanneer de volgende audit gepland moet worden.",
        "KVO-7.2-CONTENT":
            "Een certificaat bevat: NAW-gegevens van de certificatie-instelling en van het samenwerkingsverband, het werkgebied, de locatie, een verwijzing naar het convenant, de tekst \"<certificatie-instelling> verklaart dat het KVO-samenwerkingsverband <naam> voldoet aan de eisen van het KVO Handboek Bedrijventerreinen, versie 4.0\", de datum van uitgifte, de handtekening met naam en functie, een uniek certificaatnummer en de twee teksten over status en eigendom.",
        "KVO-7.3-NAMING":
            "Eén bedrijventerrein: het certificaat draagt de eigen naam van het terrein. Cluster: één centraal certificaat voor het hele cluster, met een generieke clusternaam of de namen van alle terreinen; nooit een eigen certificaat per terrein.",
        "KVO-B1-MARK-USE":
            "Het beeldmerk KVO wordt alleen gebruikt zolang er een geldig certificaat is (drie jaar vanaf uitgifte), en het gebruik ervan wordt bijgehouden.",
        "KVO-1.5-VERSION":
            "Trajecten die op of na 1 maart 2024 zijn gestart volgen versie 4.0. Eerder gestarte trajecten mogen nog volgens versie 3.1 worden beoordeeld bij een audit uiterlijk 28 februari 2025.",
    ]
}

extension RuleCatalogue {
    /// The Dutch text of a rule, for the generated catalogue; empty when the table lacks the ID
    /// (RuleCatalogueTests fails then).
    static func dutch(_ id: String) -> String { dutchText[id] ?? "" }
}
