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
        "vote": "stem", "prioritise": "prioriteer", "report": "rapport", "minutes": "notulen", "calendar": "kalender", "certificate": "certificaat",
        "rules": "regels", "timer": "stopwatch", "pager": "bladeren", "clear": "wis", "help": "hulp", "exit": "stop",
        "board": "bord", "find": "zoek", "whatif": "watals",
    ]

    /// The words inside commands: `lijst maatregelen waar status = "gereed" sorteer uren aflopend`.
    public static let clauses: [String: String] = [
        "where": "waar", "sort": "sorteer", "desc": "aflopend", "limit": "maximaal",
        "fields": "velden", "as": "als", "until": "tot", "by": "door",
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
