/// Every Dutch word kvo accepts as input, in one table (issue 10; docs/language.md lists them).
/// English names stay valid in every session, so a script runs the same in either language;
/// a Dutch session shows and completes the Dutch names. Chosen as a Dutch facilitator would say
/// them, with the handbook's own terms (schouw, enquête, maatregel).
public enum DutchNames {
    /// Command name → its Dutch name. A command missing here is the same word in Dutch
    /// (`open`, `plan`, `matrix`, `schema`, `status`).
    public static let commands: [String: String] = [
        "echo": "zeg", "assert": "verwacht",
        "new": "nieuw", "save": "bewaar", "reload": "herlaad", "close": "sluit",
        "list": "lijst", "show": "toon", "count": "tel", "add": "voegtoe", "set": "wijzig", "remove": "verwijder",
        "undo": "ongedaan", "redo": "opnieuw", "changes": "wijzigingen", "diff": "verschil", "kinds": "soorten",
        "import": "importeer", "run": "voeruit", "source": "laad", "vars": "variabelen",
        "status": "stand", "check": "controleer", "explain": "uitleg", "waive": "ontheffen", "evidence": "onderbouwing",
        "vote": "stem", "prioritise": "prioriteer", "report": "rapport", "certificate": "certificaat",
        "rules": "regels", "timer": "stopwatch", "help": "hulp", "exit": "stop",
    ]

    /// The words inside commands: `lijst maatregelen waar status = "gereed" sorteer uren aflopend`.
    public static let clauses: [String: String] = [
        "where": "waar", "sort": "sorteer", "desc": "aflopend", "limit": "maximaal",
        "fields": "velden", "as": "als", "until": "tot", "by": "door",
    ]

    /// Field name → Dutch name, for `wijzig M-12 status=gereed afgerond=2025-06-30`, `waar`,
    /// `sorteer` and `velden`. One Dutch word per English field name, whatever the kind.
    public static let fields: [String: String] = [
        "action": "actie", "activeInArea": "actiefInGebied", "address": "adres", "adopted": "vastgesteld", "after": "na",
        "agreements": "afspraken", "allMembers": "alleLeden", "answer": "antwoord", "approvedBy": "goedgekeurdDoor",
        "area": "gebied", "attendees": "aanwezigen", "audience": "doelgroep", "baseline": "nulmeting", "body": "certificeerder",
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
        "status": "status", "street": "straat", "streets": "straten", "subject": "onderwerp", "subjects": "onderwerpen",
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

    /// The English field name a typed name stands for: itself when it is one of `known`, else the
    /// field whose Dutch name it is (case-insensitive). nil when it is neither.
    public static func field(_ typed: String, among known: [String]) -> String? {
        if known.contains(typed) { return typed }
        let lower = typed.lowercased()
        return known.first { fields[$0]?.lowercased() == lower } ?? known.first { $0.lowercased() == lower }
    }

    /// The stored choice a typed value stands for: itself when it is one of `options`, else the
    /// option whose Dutch value it is (case- and accent-insensitive: `enqueterapport`). nil when neither.
    public static func choice(_ typed: String, among options: [String]) -> String? {
        if options.contains(typed) { return typed }
        let key = folded(typed)
        return options.first { choices[$0].map(folded) == key } ?? options.first { folded($0) == key }
    }

    /// A field as a table of this language names it: `title (titel)` in Dutch, where both names
    /// are accepted; `title` in English.
    public static func labelled(field name: String, _ language: Language) -> String {
        guard language == .nl, let dutch = fields[name], dutch != name else { return name }
        return name + " (" + dutch + ")"
    }

    /// Lower case without accents, for matching what people type (ê, é, ë as e).
    static func folded(_ s: String) -> String {
        String(s.lowercased().map { ch -> Character in
            switch ch {
            case "é", "è", "ê", "ë": "e"
            case "á", "à", "â", "ä": "a"
            case "í", "ì", "î", "ï": "i"
            case "ó", "ò", "ô", "ö": "o"
            case "ú", "ù", "û", "ü": "u"
            default: ch
            }
        })
    }

    /// The English name for a Dutch one, from a table (nil when it is no Dutch name there).
    public static func english(for dutch: String, in table: [String: String]) -> String? {
        // A search, not a reversed dictionary: the shell asks this on every Tab, and the tables are small.
        let key = dutch.lowercased()
        return table.first { $0.value == key }?.key
    }
}
