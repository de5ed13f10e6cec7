/// Every Dutch word kvo accepts as input, in one table (issue 10; docs/language.md lists them).
/// English names stay valid in every session, so a script runs the same in either language;
/// a Dutch session shows and completes the Dutch names. Chosen as a Dutch facilitator would say
/// them, with the handbook's own terms (schouw, enquête, maatregel).
public enum DutchNames {
    /// Command name → its Dutch name. A command missing here is the same word in Dutch
    /// (`open`, `plan`, `matrix`, `schema`, `status`).
    public static let commands: [String: String] = [
        "echo": "zeg", "assert": "verwacht",
        "new": "nieuw", "save": "bewaar", "close": "sluit",
        "list": "lijst", "show": "toon", "count": "tel", "add": "voegtoe", "set": "wijzig", "remove": "verwijder",
        "undo": "ongedaan", "redo": "opnieuw", "changes": "wijzigingen", "diff": "verschil", "kinds": "soorten",
        "import": "importeer", "run": "voeruit", "source": "laad", "vars": "variabelen",
        "status": "stand", "check": "controleer", "explain": "uitleg", "waive": "ontheffen", "evidence": "onderbouwing",
        "vote": "stem", "prioritise": "prioriteer", "report": "rapport", "certificate": "certificaat",
        "rules": "regels", "timer": "stopwatch", "help": "hulp", "exit": "stop",
    ]

    /// The words inside commands: `lijst maatregelen waar status = "gereed" sorteer uren aflopend`.
    public static let clauses: [String: String] = [
        "where": "waar", "sort": "sorteer", "desc": "aflopend", "asc": "oplopend", "limit": "maximaal",
        "fields": "velden", "as": "als",
    ]

    /// The English name for a Dutch one, from a table (nil when it is no Dutch name there).
    public static func english(for dutch: String, in table: [String: String]) -> String? {
        reverse(table)[dutch.lowercased()]
    }

    static func reverse(_ table: [String: String]) -> [String: String] {
        Dictionary(table.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
    }
}
