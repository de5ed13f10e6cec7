import Foundation

/// The generated half of the malformed-dossier corpus (issue 12): examples/de-hoek.json broken
/// in several hundred ways, always the same ones (no randomness), so a failure names a case that
/// comes back on every run. The schema (docs/dossier.schema.json) says which field holds what,
/// so every field of every kind in the example gets values of the wrong type, bad dates, IDs and
/// references, and every list gets a duplicate ID. Only breakage kvo refuses today is made:
/// value ranges still to come (negative counts, scores outside 1–5, 1e400 as a count) are left out.
struct MalformedCorpus {
    struct Case: Sendable {
        let name: String
        let bytes: [UInt8]
    }

    let original: [UInt8]
    let values: [JSONSpan]
    let kinds: [String: KindSchema]
    private(set) var cases: [Case] = []

    init(example: [UInt8], schema: Data) throws {
        original = example
        var scanner = JSONSpanScanner(bytes: example)
        scanner.value(at: [])
        values = scanner.spans
        kinds = try KindSchema.all(from: schema)
        truncations()
        badTokens()
        badBytesInStrings()
        fieldBreakage()
        duplicateIDs()
        deepNesting()
        encodings()
        wholeFile()
    }

    // MARK: making cases

    private mutating func add(_ name: String, _ bytes: [UInt8]) {
        cases.append(Case(name: String(format: "%03d-", cases.count + 1) + name, bytes: bytes))
    }

    private mutating func replace(_ span: JSONSpan, with text: String, _ name: String) {
        replace(span, with: Array(text.utf8), name)
    }

    private mutating func replace(_ span: JSONSpan, with bytes: [UInt8], _ name: String) {
        add(name, Array(original[..<span.range.lowerBound]) + bytes + Array(original[span.range.upperBound...]))
    }

    /// The file cut short at 120 places from the first byte to just before the closing brace.
    private mutating func truncations() {
        let end = original.lastIndex(of: UInt8(ascii: "}"))!
        var seen = Set<Int>()
        for i in 0..<120 where seen.insert(i * end / 120).inserted {
            add("truncated-at-\(i * end / 120)", Array(original[..<(i * end / 120)]))
        }
    }

    /// Scalars that are not JSON in place of values spread over the file.
    private mutating func badTokens() {
        let tokens = ["+1", ".5", "01", "0x1F", "-", "1.", "1e", "--1", "tru", "nul", "NaN", "Infinity", "undefined",
                      "'text'", "\"never closed\n", "@", "\u{0}", "True", "1 2", "\"a\" \"b\"", ",", "}", ":", "]"]
        let scalars = values.filter { $0.path.count >= 3 && !$0.isContainer }
        for (n, token) in tokens.enumerated() {
            for k in 0..<2 {
                let span = scalars[(n * 2 + k) * 37 % scalars.count]
                replace(span, with: token, "token-\(n)-\(k)-\(span.slug)")
            }
        }
    }

    /// Bytes a JSON string may not hold, put at the start of strings spread over the file.
    private mutating func badBytesInStrings() {
        let bad: [(String, [UInt8])] = [
            ("byte-ff", [0xFF]), ("cut-sequence", [0xC3, 0x41]), ("encoded-surrogate", [0xED, 0xA0, 0x80]),
            ("overlong", [0xC0, 0x80]), ("control", [0x01]), ("raw-tab", [0x09]), ("nul", [0x00]),
            ("escape-q", Array(#"\q"#.utf8)), ("short-unicode", Array(#"\u12G4"#.utf8)), ("lone-surrogate", Array(#"\uD800"#.utf8)),
            ("low-surrogate", Array(#"\uDC00x"#.utf8)), ("line-feed", [0x0A]), ("byte-80", [0x80]), ("five-byte", [0xF8, 0x88, 0x80, 0x80, 0x80]),
        ]
        let strings = values.filter { $0.type == .string && $0.path.count >= 2 }
        for (n, (name, bytes)) in bad.enumerated() {
            for k in 0..<2 {
                let span = strings[(n * 2 + k) * 53 % strings.count]
                let at = span.range.lowerBound + 1
                add("string-\(name)-\(k)-\(span.slug)", Array(original[..<at]) + bytes + Array(original[at...]))
            }
        }
    }

    /// Every field of the schema that the example uses, broken by type and by form.
    private mutating func fieldBreakage() {
        var turn = 0
        for (kind, schema) in kinds.sorted(by: { $0.key < $1.key }) {
            for (field, type) in schema.fields.sorted(by: { $0.key < $1.key }) {
                guard let span = firstValue(kind: kind, field: field, singleton: schema.isSingleton) else { continue }
                // A value of the wrong type and two of the right type in a wrong form, turn by
                // turn, so that over all fields every wrong value is tried and the run stays short.
                let wrong = type.wrongValues(field: field)
                for i in picks(wrong, turn: turn, types: 1, forms: 2) { replace(span, with: wrong.all[i], "\(kind)-\(field)-\(i)-\(span.slug)") }
                turn += 1
                if schema.required.contains(field) { replace(span, with: "null", "\(kind)-\(field)-null-\(span.slug)") }
                if let items = type.items, let first = values.first(where: { $0.path == span.path + [.index(0)] }) {
                    let wrong = items.wrongValues(field: field)
                    for i in picks(wrong, turn: turn, types: wrong.all.count == wrong.typeCount ? 1 : 0, forms: 1) {
                        replace(first, with: wrong.all[i], "\(kind)-\(field)-item-\(i)-\(first.slug)")
                    }
                }
            }
            // The wrong container for the whole section, and a record that is no object.
            guard let section = values.first(where: { $0.path == [.key(kind)] }) else { continue }
            replace(section, with: schema.isSingleton ? "[]" : "{}", "\(kind)-wrong-container")
            replace(section, with: "\"\(kind)\"", "\(kind)-text")
            if !schema.isSingleton, let first = values.first(where: { $0.path == [.key(kind), .index(0)] }) {
                replace(first, with: "[\"\(kind)\"]", "\(kind)-record-not-object")
            }
        }
    }

    private func firstValue(kind: String, field: String, singleton: Bool) -> JSONSpan? {
        values.first { span in
            singleton ? span.path == [.key(kind), .key(field)]
                      : span.path.count == 3 && span.path[0] == .key(kind) && span.path[2] == .key(field)
        }
    }

    /// In each list of two or more records, the second takes the first's ID, and the last too.
    private mutating func duplicateIDs() {
        for kind in kinds.keys.sorted() where !kinds[kind]!.isSingleton {
            let ids = values.filter { $0.path.count == 3 && $0.path[0] == .key(kind) && $0.path[2] == .key("id") }
            guard ids.count >= 2 else { continue }
            let first = String(decoding: original[ids[0].range], as: UTF8.self)
            replace(ids[1], with: first, "\(kind)-duplicate-id-second")
            if ids.count >= 3 { replace(ids[ids.count - 1], with: first, "\(kind)-duplicate-id-last") }
        }
    }

    /// Lists and objects nested deeper than the reader allows (200), up to 100,000 levels.
    private mutating func deepNesting() {
        let targets = [values.first { $0.path == [.key("name")] }!, values.first { $0.path.count == 3 && $0.type == .number }!]
        for (t, span) in targets.enumerated() {
            for depth in [201, 202, 256, 1000, 10_000, 100_000] {
                replace(span, with: String(repeating: "[", count: depth) + String(repeating: "]", count: depth), "nested-lists-\(depth)-\(t)")
            }
            for depth in [201, 5000, 100_000] {
                replace(span, with: String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth), "nested-objects-\(depth)-\(t)")
                replace(span, with: String(repeating: "[{\"a\":", count: depth / 2 + 1) + "1" + String(repeating: "}]", count: depth / 2 + 1),
                        "nested-mixed-\(depth)-\(t)")
            }
            replace(span, with: String(repeating: "[", count: 100_000), "nested-never-closed-\(t)")
        }
    }

    /// The same text in encodings other than UTF-8.
    private mutating func encodings() {
        let text = String(decoding: original, as: UTF8.self)
        let le16 = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be16 = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let le32 = text.unicodeScalars.flatMap { s in (0..<4).map { UInt8((s.value >> (8 * UInt32($0))) & 0xFF) } }
        add("utf16le-bom", [0xFF, 0xFE] + le16)
        add("utf16be-bom", [0xFE, 0xFF] + be16)
        add("utf16le", le16)
        add("utf16be", be16)
        add("utf32le-bom", [0xFF, 0xFE, 0x00, 0x00] + le32)
        add("latin1", text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") })
        add("double-bom", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + original)
        add("bom-after-space", [0x20, 0xEF, 0xBB, 0xBF] + original)
        add("bom-inside", Array(original[..<1]) + [0xEF, 0xBB, 0xBF] + Array(original[1...]))
    }

    /// Files that are no dossier at all, or a dossier with something before or after it.
    private mutating func wholeFile() {
        for (name, text) in [("empty", ""), ("spaces", "   "), ("line-feeds", "\n\n\n"), ("list", "[]"), ("null", "null"),
                             ("number", "42"), ("text", "\"dossier\""), ("true", "true"), ("empty-object", "{}"),
                             ("nul-bytes", "\u{0}\u{0}\u{0}\u{0}"), ("html", "<html><body>dossier</body></html>"),
                             ("yaml", "format: kvo-dossier/2\nname: De Hoek\n"), ("csv", "id;name\nP-1;De Hoek\n")] {
            add("whole-\(name)", Array(text.utf8))
        }
        for (name, tail) in [("second-object", "{}"), ("letter", "x"), ("comma", ","), ("brace", "}"), ("nul", "\u{0}"), ("comment", "// end")] {
            add("after-\(name)", original + Array(("\n" + tail).utf8))
        }
        for (name, head) in [("comment", "// de hoek\n"), ("letter", "x"), ("comma", ","), ("brace", "}")] {
            add("before-\(name)", Array(head.utf8) + original)
        }
        let format = values.first { $0.path == [.key("format")] }!
        for (i, wrong) in ["\"kvo-dossier/3\"", "\"kvo-dossier\"", "\"\"", "1", "null", "[\"kvo-dossier/2\"]", "\"KVO-DOSSIER/2\""].enumerated() {
            replace(format, with: wrong, "format-\(i)")
        }
        let language = values.first { $0.path == [.key("language")] }!
        for (i, wrong) in ["\"fr\"", "\"NL\"", "\"\"", "1", "[\"nl\"]", "\"nederlands\""].enumerated() {
            replace(language, with: wrong, "language-\(i)")
        }
    }
}

/// What the schema says of one kind of record: its fields and which are required.
struct KindSchema {
    let isSingleton: Bool
    let fields: [String: FieldShape]
    let required: Set<String>

    static func all(from schema: Data) throws -> [String: KindSchema] {
        let top = try JSONSerialization.jsonObject(with: schema) as! [String: Any]
        var kinds: [String: KindSchema] = [:]
        for (name, value) in top["properties"] as! [String: Any] {
            let property = value as! [String: Any]
            let isList = property["type"] as? String == "array"
            guard let record = isList ? property["items"] as? [String: Any] : property,
                  let fields = record["properties"] as? [String: Any] else { continue }
            kinds[name] = KindSchema(isSingleton: !isList, fields: fields.mapValues { FieldShape($0 as! [String: Any]) },
                                     required: Set(record["required"] as? [String] ?? []))
        }
        return kinds
    }
}

/// One field's JSON Schema: enough to make values it refuses.
struct FieldShape {
    let type: String?
    let pattern: String?
    let isChoice: Bool
    let items: FieldShapeBox?
    let minimum: Double?
    let maximum: Double?

    init(_ json: [String: Any]) {
        type = json["type"] as? String
        pattern = json["pattern"] as? String
        isChoice = json["enum"] != nil
        items = (json["items"] as? [String: Any]).map { FieldShapeBox(FieldShape($0)) }
        minimum = json["minimum"] as? Double
        maximum = json["maximum"] as? Double
    }

    /// Values of another type, then values of the right type in a wrong form: out of the field's
    /// range (the schema's minimum and maximum: a count of -1, an urgency of 99, hours of -16).
    func wrongValues(field: String) -> (all: [String], typeCount: Int) {
        var wrong: [String]
        switch type {
        case "string": wrong = ["42", "true", "[]", "{}"]
        case "integer": wrong = ["\"many\"", "1.5", "true", "[]", "{}"]
        case "number": wrong = ["\"many\"", "false", "[1]", "{}"]
        case "boolean": wrong = ["\"yes\"", "1", "\"true\"", "[]"]
        case "array": wrong = ["\"x\"", "{}", "3", "true"]
        case "object": wrong = ["\"x\"", "[]", "3"]
        default: wrong = []
        }
        let typeCount = wrong.count
        if minimum == 1, maximum == 44 { wrong += ["0", "45", "1e300", "-1e300", "123456789012345678901234567890", "4.5"] } // the subject
        else if type == "integer" || type == "number" {
            func text(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
            if let minimum { wrong += [text(minimum - 1), "-1e300"] }
            if let maximum { wrong += [text(maximum + 1), "1e300", "123456789012345678901234567890"] }
        }
        if isChoice { wrong += ["\"no-such-choice\"", "\"\"", "\" \""] }
        guard let pattern else { return (wrong, typeCount) }
        if pattern.contains("[0-9]{4}-(0[1-9]") {
            wrong += ["\"2025-02-30\"", "\"2025-13-01\"", "\"2025-00-10\"", "\"25-01-01\"", "\"2025/01/01\"", "\"\"", "\"2025-1-1\"", "\"morgen\"", "\"2025-04-31\""]
        } else if pattern.contains("Q[1-4]") {
            wrong += ["\"2025Q5\"", "\"2025Q0\"", "\"2025-Q1\"", "\"Q1\""]
        } else if pattern.contains("T(0[1-9]") {
            wrong += ["\"T13\"", "\"T00\"", "\"own:\"", "\"T5\"", "\"X05\""]
        } else if let prefix = pattern.dropFirst().split(separator: "-").first, pattern.hasSuffix("-[1-9][0-9]*$") {
            // An ID of this kind (field "id") or a reference to one.
            wrong += field == "id" ? ["\"\(prefix)-0\"", "\"\(prefix)-01\"", "\"\(prefix)1\"", "\"ZZ-1\"", "\"\""]
                                   : ["\"\(prefix)-9999\"", "\"ZZ-1\"", "\"\(prefix)-0\""]
        }
        return (wrong, typeCount)
    }
}

/// Which of the wrong values (`all`: first those of another type, then the wrong forms) a field
/// gets on its turn.
func picks(_ wrong: (all: [String], typeCount: Int), turn: Int, types: Int, forms: Int) -> [Int] {
    let typeCount = wrong.typeCount, formCount = wrong.all.count - wrong.typeCount
    var picks = Set<Int>()
    if typeCount > 0 { picks.formUnion((0..<types).map { (turn + $0) % typeCount }) }
    if formCount > 0 { picks.formUnion((0..<min(forms, formCount)).map { typeCount + (turn + $0) % formCount }) }
    return picks.sorted()
}

/// FieldShape holds the shape of a list's items.
final class FieldShapeBox {
    let shape: FieldShape
    init(_ shape: FieldShape) { self.shape = shape }
    func wrongValues(field: String) -> (all: [String], typeCount: Int) { shape.wrongValues(field: field) }
}

/// A value in a JSON text: where it is (its path) and its bytes.
struct JSONSpan {
    enum Part: Equatable {
        case key(String)
        case index(Int)
    }

    enum Kind { case string, number, literal, list, object }

    let path: [Part]
    let range: Range<Int>
    let type: Kind

    var isContainer: Bool { type == .list || type == .object }

    /// The path in a file name: measures-3-hours.
    var slug: String {
        path.map { part in
            switch part {
            case .key(let k): k
            case .index(let i): String(i)
            }
        }.joined(separator: "-")
    }
}

/// Finds every value of a well-formed JSON text (the example) with its path and byte range.
struct JSONSpanScanner {
    let bytes: [UInt8]
    var i = 0
    var spans: [JSONSpan] = []

    mutating func value(at path: [JSONSpan.Part]) {
        blanks()
        let start = i
        let type: JSONSpan.Kind
        switch bytes[i] {
        case UInt8(ascii: "{"):
            type = .object
            members(closedBy: "}") { scanner in
                let key = scanner.string()
                scanner.blanks()
                scanner.i += 1 // the colon
                scanner.value(at: path + [.key(key)])
            }
        case UInt8(ascii: "["):
            type = .list
            var index = 0
            members(closedBy: "]") { scanner in
                scanner.value(at: path + [.index(index)])
                index += 1
            }
        case UInt8(ascii: "\""):
            type = .string
            _ = string()
        default:
            type = bytes[i] == UInt8(ascii: "-") || (bytes[i] >= 0x30 && bytes[i] <= 0x39) ? .number : .literal
            while i < bytes.count, !Array(",]} \n\r\t".utf8).contains(bytes[i]) { i += 1 }
        }
        spans.append(JSONSpan(path: path, range: start..<i, type: type))
    }

    private mutating func members(closedBy close: Character, _ member: (inout JSONSpanScanner) -> Void) {
        i += 1
        blanks()
        if bytes[i] == close.asciiValue! { i += 1; return }
        while true {
            blanks()
            member(&self)
            blanks()
            let separator = bytes[i]
            i += 1
            if separator == close.asciiValue! { return }
        }
    }

    private mutating func string() -> String {
        let start = i + 1
        i += 1
        while bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
        i += 1
        return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
    }

    private mutating func blanks() {
        while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
    }
}
