import KVOModel

extension CommandSpec {
    static let find = CommandSpec(
        name: "find", group: .dossier,
        summary: Message(en: "search every text field of the dossier and name the records",
                         nl: "alle tekstvelden van het dossier doorzoeken en de gegevens noemen"),
        syntax: [.words(FindArguments.search, .text), .output(Slot.tableFormats)],
        example: "find brandgang",
        details: Message(
            en: "Every record whose text fields contain TEXT (several words: the words as one text), upper or lower case and accents alike (enquete finds enquête). One line per field found: the record's ID, its kind, its name when it has one, the field and the text around the match. Only text fields are searched (names, descriptions, notes, conclusions, minutes); numbers, dates and references are not.",
            nl: "Alle gegevens met TEKST in een van hun tekstvelden (meer woorden: de woorden als één tekst), hoofd- en kleine letters en accenten gelijk (enquete vindt enquête). Eén regel per gevonden veld: het ID van het gegeven, de soort, de naam als het er een heeft, het veld en de tekst rond de vondst. Alleen tekstvelden worden doorzocht (namen, beschrijvingen, opmerkingen, conclusies, notulen); getallen, datums en verwijzingen niet."),
        arguments: FindArguments.self,
        run: { arguments, context in
            let words = arguments.search.map(\.text)
            let w = try context.workspace()
            let needle = TextSearch.folded(words.joined(separator: " "))
            guard !needle.isEmpty else {
                throw context.error(Message(en: "find needs a text to look for", nl: "zoek heeft een tekst nodig om naar te zoeken"))
            }
            let hits = TextSearch.hits(of: needle, in: w.dossier)
            let language = context.language
            let rows = hits.map { [$0.id, $0.kind, $0.name ?? "", $0.field, $0.excerpt] }
            let headers = [Message.verbatim(Record.idField), Message(en: "kind", nl: "soort"), Message(en: "name", nl: "naam"),
                           Message(en: "field", nl: "veld"), Message(en: "text", nl: "tekst")].map { $0.text(language) }
            let table = Table(headers: headers, rows: rows)
            let json: () -> JSONValue = {
                .array(hits.map { .object([Record.idField: .string($0.id), "kind": .string($0.kind), "field": .string($0.field), "text": .string($0.text)]) })
            }
            try context.writeResult(table, json: json, sheet: Message(en: "found", nl: "gevonden"), terminal: {
                let records = Set(hits.map(\.id)).count
                let count = Message(en: "\(hits.count) \(hits.count == 1 ? "field" : "fields") in \(records) \(records == 1 ? "record" : "records")\n",
                                    nl: "\(hits.count) \(hits.count == 1 ? "veld" : "velden") in \(records) \(records == 1 ? "gegeven" : "gegevens")\n")
                return (hits.isEmpty ? "" : table.rendered(width: context.width)) + count.text(language)
            })
        })
}

/// The search behind `find`: every text field (by the schema), folded for case and accents.
enum TextSearch {
    struct Hit {
        let id: String, kind: String, name: String?, field: String, text: String, excerpt: String
    }

    static func hits(of needle: String, in dossier: Dossier) -> [Hit] {
        var hits: [Hit] = []
        for kind in dossier.schema.kinds {
            let fields = kind.fields.filter { Self.isText($0.type) }.map(\.name)
            guard !fields.isEmpty else { continue }
            for record in dossier.records(kind) {
                for field in fields {
                    for text in record.strings(field) where folded(text).contains(needle) {
                        hits.append(Hit(id: kind.isSingleton ? kind.name : record.id, kind: kind.name, name: record.string(Self.nameField),
                                        field: field, text: text, excerpt: excerpt(text, around: needle)))
                    }
                }
            }
        }
        return hits
    }

    /// The field a named kind (party, member, park, document) keeps its name in.
    static let nameField = PartyRecord.Field.name

    static func isText(_ type: FieldType) -> Bool {
        switch type {
        case .text: true
        case .list(let inner): isText(inner)
        default: false
        }
    }

    /// Lower case, accents off (é → e, ï → i), so that what is typed finds what is written.
    static func folded(_ s: String) -> String {
        String(s.lowercased().map { accents[$0] ?? $0 })
    }

    /// The accented letters of Dutch, French, German and the other languages names in a Dutch
    /// dossier come in, by their plain letter; one character for one, so places match.
    static let accents: [Character: Character] = {
        let groups: [(Character, String)] = [("a", "áàâäãåā"), ("e", "éèêëē"), ("i", "íìîïī"), ("o", "óòôöõøō"), ("u", "úùûüū"),
                                             ("y", "ýÿ"), ("c", "ç"), ("n", "ñ"), ("s", "š"), ("z", "ž")]
        var map: [Character: Character] = [:]
        for (plain, accented) in groups { for ch in accented { map[ch] = plain } }
        return map
    }()

    /// At most 60 characters of `text` around the first match, with … where it is cut.
    static func excerpt(_ text: String, around needle: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let chars = Array(flat)
        guard chars.count > 60 else { return flat }
        // Folding keeps one character per character for the letters kvo folds, so the place found
        // in the folded text is the place in the text.
        let foldedChars = chars.map { folded(String($0)) }
        var at = 0
        for i in chars.indices where foldedChars[i...].prefix(needle.count).joined().hasPrefix(needle) { at = i; break }
        let start = max(0, min(at - 20, chars.count - 60))
        let end = min(chars.count, start + 60)
        return (start > 0 ? "…" : "") + String(chars[start..<end]) + (end < chars.count ? "…" : "")
    }
}

/// `find TEXT... [as FORMAT]` (the format is read where the result is written).
struct FindArguments: CommandArguments {
    static let search = SlotName("search")
    let search: [ParsedArguments.Word]

    init(from a: ArgumentReader) throws(Diagnostic) { search = try a.words(Self.search) }
}
