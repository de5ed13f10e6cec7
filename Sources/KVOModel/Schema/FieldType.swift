/// The type of a dossier field, as the schema declares it. Values are stored as JSON; the type
/// says which JSON is valid and how the command language sees it (a date string is a date).
public indirect enum FieldType: Sendable, Equatable {
    case text
    case integer
    case number
    case boolean
    /// `YYYY-MM-DD`
    case date
    /// `2025Q2`
    case quarter
    /// A survey theme ID, T01 ... T12, or an own theme written as text starting with "own:".
    case theme
    /// A survey subject number, 1 ... 44.
    case subject
    case choice([String])
    /// The ID of a record of the named kind.
    case reference(String)
    case list(FieldType)

    /// What the type is called in messages: "a whole number", "a date such as 2025-03-01".
    public var described: String {
        switch self {
        case .text: "text"
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .date: "a date such as 2025-03-01"
        case .quarter: "a quarter such as 2025Q2"
        case .theme: "a theme such as T05"
        case .subject: "a survey subject number from 1 to 44"
        case .choice(let options): "one of " + options.map { "\"\($0)\"" }.joined(separator: ", ")
        case .reference(let kind): "the ID of a record of \(kind)"
        case .list(let inner): "a list of " + inner.pluralDescription
        }
    }

    var pluralDescription: String {
        switch self {
        case .text: "texts"
        case .integer: "whole numbers"
        case .number: "numbers"
        case .boolean: "true/false values"
        case .date: "dates"
        case .quarter: "quarters"
        case .theme: "themes"
        case .subject: "subject numbers"
        case .choice(let options): "values from " + options.joined(separator: "/")
        case .reference(let kind): "IDs of \(kind)"
        case .list: "lists"
        }
    }

    /// Which item of a list value is wrong (for the path `quarters[1]`), or nil.
    public func badItem(in value: JSONValue) -> Int? {
        guard case .list(let inner) = self, case .array(let items) = value else { return nil }
        return items.indices.first { inner.problem(with: items[$0]) != nil }
    }

    /// Checks a JSON value; returns what is wrong, or nil.
    public func problem(with value: JSONValue) -> String? {
        func expected() -> String { "expected \(described), got \(value.described)" }
        switch (self, value) {
        case (.text, .string), (.boolean, .bool), (.number, .number), (.reference, .string):
            return nil
        case (.integer, .number(let n)):
            return n == n.rounded() && abs(n) < 1e15 ? nil : expected()
        case (.date, .string(let s)):
            return Day(s) == nil ? expected() : nil
        case (.quarter, .string(let s)):
            return Quarter(s) == nil ? expected() : nil
        case (.theme, .string(let s)):
            if s.hasPrefix("own:"), s.count > 4 { return nil }
            return ThemeCatalogue.handbook.theme(s) == nil ? expected() : nil
        case (.subject, .number(let n)):
            return n == n.rounded() && ThemeCatalogue.handbook.subject(Int(n)) != nil ? nil : expected()
        case (.choice(let options), .string(let s)):
            return options.contains(s) ? nil : expected()
        case (.list(let inner), .array(let items)):
            return items.indices.lazy.compactMap { inner.problem(with: items[$0]) }.first

        default:
            return expected()
        }
    }
}
