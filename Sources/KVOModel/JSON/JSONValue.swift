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
