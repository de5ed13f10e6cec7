/// Reading a field as a value of its type. The typed records (`MeasureRecord.done`) are built on
/// these; code outside the generated records reads through them, never by a field name of its own.
extension Record {
    public func string(_ field: String) -> String? {
        guard case .string(let s)? = self[field], !s.isEmpty else { return nil }
        return s
    }

    /// A whole number within ±JSONValue.largestWhole, never trapping; sums of these cannot overflow.
    public func int(_ field: String) -> Int? { self[field]?.wholeNumber }

    public func number(_ field: String) -> Double? {
        guard case .number(let n)? = self[field] else { return nil }
        return n
    }

    public func bool(_ field: String) -> Bool? {
        guard case .bool(let b)? = self[field] else { return nil }
        return b
    }

    public func date(_ field: String) -> Day? { string(field).flatMap { Day($0) } }

    public func quarter(_ field: String) -> Quarter? { string(field).flatMap { Quarter($0) } }

    public func strings(_ field: String) -> [String] {
        guard case .array(let items)? = self[field] else { return string(field).map { [$0] } ?? [] }
        return items.compactMap(\.stringValue)
    }

    public func ints(_ field: String) -> [Int] {
        guard case .array(let items)? = self[field] else { return [] }
        return items.compactMap(\.wholeNumber)
    }

    /// Whether the field holds something: not absent, null, an empty text or an empty list.
    public func has(_ field: String) -> Bool {
        switch self[field] {
        case nil, .null?: false
        case .string(let s)?: !s.isEmpty
        case .array(let a)?: !a.isEmpty
        default: true
        }
    }
}
