/// A JSON value as kvo keeps it in memory. The dossier is held as JSON objects checked against
/// the schema, so that fields kvo does not know survive a load and save untouched.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The largest whole number kvo reads from data as an Int. Every integer field's range in
    /// the schema lies well within it (FieldRangeTests checks), so a checked dossier's values are
    /// never cut; a larger value that bypassed the schema (a damaged journal line) is no whole
    /// number at all. A sum of such numbers stays below Int.max for any dossier of fewer than
    /// nine billion records, so counts and scores are summed without overflow checks.
    public static let largestWhole = 1_000_000_000

    /// The value as an Int when it is a whole number within ±largestWhole; nil for anything
    /// else (text, 2.5, 1e300, infinity, NaN). Data is converted through this, never `Int(_:)`,
    /// which traps on what it cannot hold.
    public var wholeNumber: Int? {
        guard case .number(let n) = self, n == n.rounded(), abs(n) <= Double(Self.largestWhole) else { return nil }
        return Int(n)
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// How the value reads in an error message: `"veel"`, `12`, `an object`.
    public var described: Message {
        switch self {
        case .null: .verbatim("null")
        case .bool(let b): .verbatim(b ? "true" : "false")
        case .number(let n): .verbatim(JSONWriter.format(n))
        case .string(let s):
            s.count > 40 ? Message(en: "a string of \(s.count) characters", nl: "een tekst van \(s.count) tekens") : .verbatim("\"" + s + "\"")
        case .array: Message(en: "a list", nl: "een lijst")
        case .object: Message(en: "an object", nl: "een object")
        }
    }
}
