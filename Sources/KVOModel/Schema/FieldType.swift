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
    public var described: Message {
        switch self {
        case .text: Message(en: "text", nl: "tekst")
        case .integer: Message(en: "a whole number", nl: "een geheel getal")
        case .number: Message(en: "a number", nl: "een getal")
        case .boolean: Message(en: "true or false", nl: "true of false")
        case .date: Message(en: "a date such as 2025-03-01", nl: "een datum zoals 2025-03-01")
        case .quarter: Message(en: "a quarter such as 2025Q2", nl: "een kwartaal zoals 2025Q2")
        case .theme: Message(en: "a theme such as T05", nl: "een thema zoals T05")
        case .subject: Message(en: "a survey subject number from 1 to 44", nl: "een onderwerpnummer van de enquête, van 1 tot en met 44")
        case .choice(let options):
            // A Dutch session names the Dutch values (both are accepted; the code is stored).
            Message(en: "one of " + options.map { "\"\($0)\"" }.joined(separator: ", "),
                    nl: "een van " + options.map { "\"\(DutchNames.choices[$0] ?? $0)\"" }.joined(separator: ", "))
        case .reference(let kind): Message(en: "the ID of a record of \(kind)", nl: "de ID van een gegeven uit \(kind)")
        case .list(let inner): Message(en: "a list of ", nl: "een lijst van ") + inner.pluralDescription
        }
    }

    var pluralDescription: Message {
        switch self {
        case .text: Message(en: "texts", nl: "teksten")
        case .integer: Message(en: "whole numbers", nl: "gehele getallen")
        case .number: Message(en: "numbers", nl: "getallen")
        case .boolean: Message(en: "true/false values", nl: "waarden true/false")
        case .date: Message(en: "dates", nl: "datums")
        case .quarter: Message(en: "quarters", nl: "kwartalen")
        case .theme: Message(en: "themes", nl: "thema's")
        case .subject: Message(en: "subject numbers", nl: "onderwerpnummers")
        case .choice(let options):
            Message(en: "values from " + options.joined(separator: "/"), nl: "waarden uit " + options.map { DutchNames.choices[$0] ?? $0 }.joined(separator: "/"))
        case .reference(let kind): Message(en: "IDs of \(kind)", nl: "ID's uit \(kind)")
        case .list: Message(en: "lists", nl: "lijsten")
        }
    }

    /// Which item of a list value is wrong (for the path `quarters[1]`), or nil.
    public func badItem(in value: JSONValue) -> Int? {
        guard case .list(let inner) = self, case .array(let items) = value else { return nil }
        return items.indices.first { inner.problem(with: items[$0]) != nil }
    }

    /// Checks a JSON value; returns what is wrong, or nil.
    public func problem(with value: JSONValue) -> Message? {
        func expected() -> Message {
            Message(en: "expected \(described.en), got \(value.described.en)", nl: "\(described.nl) verwacht, niet \(value.described.nl)")
        }
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
            return Int(exactly: n).flatMap(ThemeCatalogue.handbook.subject) != nil ? nil : expected()  // Int(exactly:): 1e300 is no Int
        case (.choice(let options), .string(let s)):
            return options.contains(s) ? nil : expected()
        case (.list(let inner), .array(let items)):
            return items.indices.lazy.compactMap { inner.problem(with: items[$0]) }.first

        default:
            return expected()
        }
    }
}
