import KVOModel
import KVOChecks

/// Check results as JSON, the one form for `check as json` and `kvo check --format json`.
extension CheckReport {
    /// The same whatever the session's language: English texts, and the Dutch ones under "nl"
    /// (docs/language.md: JSON is language-neutral).
    package var json: JSONValue {
        .object([
            "summary": .object(Dictionary(uniqueKeysWithValues: CheckStatus.allCases.map { ($0.rawValue, JSONValue.number(Double(count($0)))) })),
            "rules": .array(results.map(Self.json)),
        ])
    }

    private static func json(_ r: CheckResult) -> JSONValue {
        var o: [String: JSONValue] = [
            "id": .string(r.rule.id), "paragraph": .string(r.rule.paragraph), "level": .string(r.rule.level.rawValue),
            "when": .string(r.rule.when.rawValue), "status": .string(r.status.rawValue),
            "message": .string(r.message.en),
        ]
        var nl: [String: JSONValue] = ["message": .string(r.message.nl)]
        if let s = r.shortfall { o["shortfall"] = .string(s.en); nl["shortfall"] = .string(s.nl) }
        if let w = r.waiver { o["waiver"] = .string(w.en); nl["waiver"] = .string(w.nl) }
        o["nl"] = .object(nl)
        return .object(o)
    }
}

extension CheckReport {
    /// What `JSONWriter.nested` writes for `json` (with `"file"` added when one is given) at
    /// `depth`, byte for byte, written straight from the results: building the JSONValue (two
    /// dictionaries per rule, hashed, then sorted again to be written) and writing it cost
    /// 2.4 M instructions a dossier of a batch check (callgrind, 20 example dossiers).
    /// CheckReportJSONTests compares both.
    package func jsonBytes(file: String?, depth: Int) -> [UInt8] {
        var w = PrettyJSON(depth: depth)
        w.out.reserveCapacity(results.count * 800)
        w.open(UInt8(ascii: "{"))
        if let file { w.key("file"); w.string(file) }
        w.key("rules")
        if results.isEmpty {
            w.out += Array("[]".utf8)
        } else {
            w.open(UInt8(ascii: "["))
            for r in results { w.item(); Self.write(r, into: &w) }
            w.close(UInt8(ascii: "]"))
        }
        w.key("summary")
        w.open(UInt8(ascii: "{"))
        // The statuses taken once: counting over the results copied every result per status.
        let statuses = results.map { $0.status }
        for status in Self.statusesInKeyOrder {
            w.key(status.rawValue)
            w.out += Array(String(statuses.reduce(0) { $0 + ($1 == status ? 1 : 0) }).utf8)
        }
        w.close(UInt8(ascii: "}"))
        w.close(UInt8(ascii: "}"))
        return w.out
    }

    /// The summary's keys as JSONWriter sorts them (byte order).
    private static let statusesInKeyOrder = CheckStatus.allCases.sorted { JSONWriter.utf8Less($0.rawValue, $1.rawValue) }

    /// One rule's object, its keys in byte order as `json(_:)` has them.
    private static func write(_ r: CheckResult, into w: inout PrettyJSON) {
        w.open(UInt8(ascii: "{"))
        w.key("id"); w.string(r.rule.id)
        w.key("level"); w.string(r.rule.level.rawValue)
        w.key("message"); w.string(r.message.en)
        w.key("nl")
        w.open(UInt8(ascii: "{"))
        w.key("message"); w.string(r.message.nl)
        if let s = r.shortfall { w.key("shortfall"); w.string(s.nl) }
        if let v = r.waiver { w.key("waiver"); w.string(v.nl) }
        w.close(UInt8(ascii: "}"))
        w.key("paragraph"); w.string(r.rule.paragraph)
        if let s = r.shortfall { w.key("shortfall"); w.string(s.en) }
        w.key("status"); w.string(r.status.rawValue)
        if let v = r.waiver { w.key("waiver"); w.string(v.en) }
        w.key("when"); w.string(r.rule.when.rawValue)
        w.close(UInt8(ascii: "}"))
    }
}

/// Pretty-printed JSON written member by member, indented as JSONWriter indents: for a
/// document whose shape is known, so nothing is built, hashed or sorted to write it.
private struct PrettyJSON {
    var out: [UInt8] = []
    var depth: Int
    /// Per open container: whether a member or item has been written in it yet.
    private var started: [Bool] = []

    init(depth: Int) { self.depth = depth }

    mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        depth += 1
        started.append(false)
    }

    mutating func close(_ bracket: UInt8) {
        depth -= 1
        started.removeLast()
        newline()
        out.append(bracket)
    }

    /// Before a member's value: the comma after the member before, the line, `"key": `.
    mutating func key(_ name: String) {
        item()
        JSONWriter.writeString(name, into: &out)
        out.append(UInt8(ascii: ":"))
        out.append(0x20)
    }

    /// Before an array's item: the comma after the item before, and the line.
    mutating func item() {
        if started[started.count - 1] { out.append(UInt8(ascii: ",")) }
        started[started.count - 1] = true
        newline()
    }

    mutating func string(_ s: String) { JSONWriter.writeString(s, into: &out) }

    private mutating func newline() {
        out.append(0x0A)
        for _ in 0..<depth { out.append(0x20); out.append(0x20) }
    }
}
