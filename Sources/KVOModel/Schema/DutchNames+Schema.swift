/// The Dutch names of the schema's fields and choice values: part of the schema, since they are
/// its names in the other language (`wijzig M-12 status=gereed afgerond=2025-06-30`). The rest
/// of the Dutch vocabulary (commands, clauses) is in Language/DutchNames.swift.
extension DutchNames {
    /// Field name → Dutch name, for `wijzig M-12 status=gereed afgerond=2025-06-30`, `waar`,
    /// `sorteer` and `velden`. One Dutch word per English field name, whatever the kind.
    public static let fields: [String: String] = [
        "action": "actie", "activeInArea": "actiefInGebied", "address": "adres", "adopted": "vastgesteld", "after": "na",
        "agreements": "afspraken", "allMembers": "alleLeden", "answer": "antwoord", "approvedBy": "goedgekeurdDoor",
        "area": "gebied", "attendees": "aanwezigen", "audience": "doelgroep", "baseline": "nulmeting", "body": "certificeerder", "buurten": "buurten",
        "by": "door", "category": "categorie", "certification": "certificering", "changes": "veranderingen", "channel": "kanaal",
        "closed": "gesloten", "conclusion": "conclusie", "coordinator": "coordinator",
        "cost": "kosten", "count": "aantal", "date": "datum", "deadline": "termijn", "decision": "besluit",
        "decisionDate": "besluitdatum", "decisions": "besluiten", "description": "omschrijving", "destination": "bestemming",
        "done": "afgerond", "dropped": "vervallenOp", "due": "uiterlijk", "effort": "inspanning", "email": "eMail",
        "entrepreneurs": "ondernemers", "executed": "uitgevoerd", "expertise": "deskundigheid", "finding": "bevinding",
        "formalName": "formeleNaam", "from": "van", "fund": "fonds", "goal": "doel", "handled": "afgehandeld",
        "hours": "uren", "hoursPerQuarter": "urenPerKwartaal", "imports": "importen", "indicator": "indicator", "inspection": "schouw",
        "issued": "uitgegeven", "justification": "motivering", "kind": "soort", "location": "locatie",
        "mainReason": "hoofdreden", "means": "middelen", "medium": "medium", "meetingsPerYear": "overleggenPerJaar",
        "minutes": "notulen", "municipality": "gemeente", "name": "naam", "note": "notitie", "number": "nummer",
        "park": "terrein", "party": "partij", "phone": "telefoon", "photo": "foto", "place": "plaats",
        "postcodes": "postcodes", "problem": "probleem", "progress": "voortgang", "quarters": "kwartalen",
        "question": "vraag", "rank": "rang", "reason": "reden", "recurs": "terugkerend", "report": "rapport",
        "reportDate": "rapportdatum", "retentionYears": "bewaarjaren", "roles": "rollen", "rule": "regel",
        "satisfaction": "tevredenheid", "sent": "verstuurd", "source": "bron", "started": "gestart", "statement": "verklaring",
        "status": "status", "statusText": "statusTekst", "street": "straat", "streets": "straten", "subject": "onderwerp", "subjects": "onderwerpen",
        "summary": "samenvatting", "target": "streefwaarde", "text": "tekst", "theme": "thema", "time": "tijdstip",
        "title": "titel", "to": "tot", "type": "type", "until": "totEnMet", "urgency": "urgentie", "version": "versie",
        "who": "wie", "why": "waarom", "year": "jaar",
        "applied": "aangevraagd", "changesReason": "redenWijzigingen", "evaluation": "evaluatie", "improvement": "verbeterpunt",
        "joined": "toegetreden", "left": "vertrokken", "measuresAsAgreed": "maatregelenZoalsAfgesproken", "onMap": "opKaart",
        "otherApproach": "andereAanpak", "questionId": "vraagId", "tasksAsAgreed": "takenZoalsAfgesproken",
        "widerSelections": "ruimereSelecties",
    ]

    /// Choice value → Dutch value, for `status=gereed`, `time=avond`, `type=politie`. One Dutch
    /// word per English value, whatever the field.
    public static let choices: [String: String] = [
        "advertising-tax": "reclamebelasting", "agenda-member": "agendalid", "agreements": "afspraken",
        "all-entrepreneurs": "alle-ondernemers", "analysis": "analyse", "app-administrator": "appbeheerder",
        "area-changes": "gebiedswijzigingen", "association": "vereniging", "association-members": "verenigingsleden",
        "certification-contact": "certificeringscontact", "chair": "voorzitter", "communication": "communicatie",
        "day": "dag", "day-inspection": "dagschouw", "decisions": "besluitvorming", "delivery": "aanlevering",
        "done": "gereed", "dropped": "vervallen", "evaluation": "evaluatie", "evening": "avond",
        "evening-inspection": "avondschouw", "external": "extern", "external-communication": "externe-communicatie",
        "finances": "financien", "fire": "brandweer", "fire-municipal": "brandweer-gemeente", "fire-region": "brandweer",
        "first": "eerste", "group": "groep", "housing": "woonwijk", "in-progress": "lopend", "individual": "individueel",
        "inspection-report": "schouwrapport", "interim-evaluation": "tussenevaluatie",
        "internal-communication": "interne-communicatie", "map": "kaart", "meeting": "overleg", "meetings": "vergaderingen",
        "members": "leden", "membership": "lidmaatschap", "minutes": "notulen", "municipality": "gemeente",
        "negative": "negatief", "none": "geen", "other": "anders", "on": "aan", "off": "uit", "table": "tabel", "owner": "eigenaar", "pending": "openstaand",
        "planned": "gepland", "police": "politie", "positive": "positief", "public": "openbaar", "recreation": "recreatie",
        "renewal": "hercertificering", "representative": "vertegenwoordiger", "secretary": "secretaris",
        "security": "beveiliging", "spokesperson": "woordvoerder", "sports": "sport", "survey-report": "enquêterapport",
        "workgroup": "werkgroep",
    ]
}
