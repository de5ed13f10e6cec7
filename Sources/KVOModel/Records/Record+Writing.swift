/// Writing a field from a value of its type; nil (or an empty list) removes the field, as the
/// file would not hold it. The generated typed records' setters are built on these.
extension Record {
    public mutating func set(_ field: String, text: String?) { self[field] = text.map(JSONValue.string) }

    public mutating func set(_ field: String, int: Int?) { self[field] = int.map { .number(Double($0)) } }

    public mutating func set(_ field: String, number: Double?) { self[field] = number.map(JSONValue.number) }

    public mutating func set(_ field: String, bool: Bool?) { self[field] = bool.map(JSONValue.bool) }

    public mutating func set(_ field: String, date: Day?) { self[field] = date.map { .string($0.description) } }

    public mutating func set(_ field: String, quarter: Quarter?) { self[field] = quarter.map { .string($0.description) } }

    public mutating func set(_ field: String, texts: [String]) { self[field] = texts.isEmpty ? nil : .array(texts.map(JSONValue.string)) }

    public mutating func set(_ field: String, ints: [Int]) { self[field] = ints.isEmpty ? nil : .array(ints.map { .number(Double($0)) }) }
}
