import KVOModel

/// One piece of a command's syntax. The parser reads a command's arguments by walking its slots,
/// `help` prints the usage line from them, and the shell completes from them; so the three can
/// never disagree.
package indirect enum Slot: Sendable {
    /// One expression: `assert CONDITION`.
    case expression(String)
    /// Zero or more expressions separated by commas: `echo VALUE, VALUE`.
    case expressions(String)
    /// A bare word (path, ID, pattern) or a quoted string.
    case word(String, WordKind)
    /// Zero or more words.
    case words(String, WordKind)
    /// Literal text that must be written: `,` or a clause word such as `where`.
    case literal(String)
    /// Slots that may be left out together.
    case optional([Slot])
    /// `name=value` pairs; the value is an expression.
    case assignments(String)
    /// `field=value` pairs of a record: the value is a word as written (`status=done`,
    /// `quarters=2025Q2,2025Q4`, `goal=G-2`), a quoted string, or an expression in parentheses.
    case fieldValues(String)
    /// An expression in which `=` compares, as in SQL (`where status = "done"`).
    case condition(String)
    /// A quoted string only (an optional title before `field=value` pairs).
    case string(String)
    /// A record ID, optionally preceded by its kind: `M-3` or `measure M-3`.
    case record(String)

    /// The usage text with the clause words and placeholders of the language (`waar` for
    /// `where`, `VOORWAARDE` for `CONDITION` in Dutch).
    package func usage(in language: Language) -> String {
        guard language == .nl else { return usage }
        switch self {
        case .literal(let text): return DutchNames.clauses[text] ?? text
        case .optional(let slots): return "[" + slots.map { $0.usage(in: language) }.joined(separator: " ") + "]"
        default:
            var text = usage
            for (en, nl) in Slot.dutchPlaceholders where text.contains(en) { text = text.replacingAll(en, with: nl) }
            return text
        }
    }

    /// Placeholders of usage lines in Dutch: display only (what is typed is the value itself).
    static let dutchPlaceholders: [(String, String)] = [
        ("ACTION", "ACTIE"), ("CODE", "CODE"), ("COLUMNS", "KOLOMMEN"), ("CONDITION", "VOORWAARDE"), ("DATE", "DATUM"),
        ("DECISION", "BESLUIT"), ("FIELD", "VELD"), ("FILE", "BESTAND"), ("FORMAT", "FORMAAT"), ("JUSTIFICATION", "MOTIVERING"),
        ("KIND", "SOORT"), ("LIMIT", "AANTAL"), ("MESSAGE", "BERICHT"), ("NAME", "NAAM"), ("PARTY", "PARTIJ"),
        ("PATTERN", "PATROON"), ("RULE", "REGEL"), ("SCORE", "SCORE"), ("STATE", "STAND"), ("TEXT", "TEKST"),
        ("THEME", "THEMA"), ("TIME", "TIJD"), ("TOPIC", "ONDERWERP"), ("TYPE", "TYPE"), ("VALUE", "WAARDE"),
    ]

    /// The usage text: `VALUE [, VALUE ...]`.
    package var usage: String {
        switch self {
        case .expression(let name), .word(let name, _): name.uppercased()
        case .expressions(let name): "[\(name.uppercased()) [, \(name.uppercased()) ...]]"
        case .words(let name, _): "[\(name.uppercased()) ...]"
        case .literal(let text): text
        case .optional(let slots): "[" + slots.map(\.usage).joined(separator: " ") + "]"
        case .assignments(let name): "[\(name.uppercased())=VALUE ...]"
        case .fieldValues: "FIELD=VALUE ..."
        case .condition(let name): name.uppercased()
        case .string(let name): "\"\(name.uppercased())\""
        case .record(let name): "[KIND] " + name.uppercased()
        }
    }
}

/// What kind of word a slot takes, which tells the shell what to complete there.
package enum WordKind: Sendable, Equatable {
    case path
    case command
    case ruleID
    case recordID
    case recordKind
    case field
    case text
    case choice([String])
    /// Field names separated by commas, without blanks: `id,title,status`.
    case fieldList
    /// A party as the room names it: its ID or its type in a word (`politie`).
    case party
    /// A theme: its ID or (the start of) its name (`T05`, `overlast`).
    case theme
}

/// A `--name` or `--name VALUE` option of a command.
package struct OptionSpec: Sendable {
    package let name: String
    /// nil for a flag.
    package let value: WordKind?
    package let summary: Message

    package init(_ name: String, value: WordKind? = nil, summary: Message) {
        self.name = name
        self.value = value
        self.summary = summary
    }


    package var usage: String {
        switch value {
        case nil: "--\(name)"
        case .choice(let options)?: "--\(name) " + options.joined(separator: "|")
        case .text? where name.hasSuffix("of"): "--\(name) DATE"
        default: "--\(name) \(name.uppercased())"
        }
    }
}
