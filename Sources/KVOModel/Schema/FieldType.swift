/// The type of a dossier field, as the schema declares it. Values are stored as JSON; the type
/// says which JSON is valid and how the command language sees it (a date string is a date).
///
/// The numeric model: every number field declares its range in the schema, values are finite,
/// and dates and quarters have plausible years. Since nothing outside these ranges loads or is
/// set, a count or hours summed over any dossier that fits in memory stays far from Int.max.
public indirect enum FieldType: Sendable, Equatable {
    case text
    /// A whole number within the range: counts from 0, scores 1 ... 5.
    case integer(ClosedRange<Int>)
    /// A finite number within the range: hours.
    case number(ClosedRange<Double>)
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

    /// The years a date or quarter may have: a trajectory's dates, from old incident figures to
    /// a waiver's expiry. `0000-01-01` is a typing error, not a date.
    public static let plausibleYears = 1900...2200

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
        func outside(_ what: Message) -> Message {
            Message(en: "expected \(what.en), got \(value.described.en)", nl: "\(what.nl) verwacht, niet \(value.described.nl)")
        }
        switch (self, value) {
        case (.text, .string), (.boolean, .bool), (.reference, .string):
            return nil
        case (.integer(let range), .number(let n)):
            // Compared as Double before any conversion: 1e300 or nan never reaches Int(_:).
            guard n == n.rounded(), Double(range.lowerBound) <= n, n <= Double(range.upperBound) else {
                return outside(Self.wholeNumber(in: range))
            }
            return nil
        case (.number(let range), .number(let n)):
            return n.isFinite && range.contains(n) ? nil : outside(Self.number(in: range))
        case (.date, .string(let s)):
            guard let day = Day(s) else { return expected() }
            return Self.plausibleYears.contains(day.year) ? nil : outside(Message(
                en: "a date from \(Self.plausibleYears.lowerBound)-01-01 to \(Self.plausibleYears.upperBound)-12-31",
                nl: "een datum van \(Self.plausibleYears.lowerBound)-01-01 tot en met \(Self.plausibleYears.upperBound)-12-31"))
        case (.quarter, .string(let s)):
            guard let quarter = Quarter(s) else { return expected() }
            return Self.plausibleYears.contains(quarter.year) ? nil : outside(Message(
                en: "a quarter from \(Self.plausibleYears.lowerBound)Q1 to \(Self.plausibleYears.upperBound)Q4",
                nl: "een kwartaal van \(Self.plausibleYears.lowerBound)Q1 tot en met \(Self.plausibleYears.upperBound)Q4"))
        case (.theme, .string(let s)):
            if s.hasPrefix("own:"), s.count > 4 { return nil }
            return ThemeCatalogue.handbook.theme(s) == nil ? expected() : nil
        case (.subject, .number(let n)):
            // 1 ... 44 checked as a Double first: Int(1e300) would trap.
            guard n == n.rounded(), n >= 1, n <= 44 else { return expected() }
            return ThemeCatalogue.handbook.subject(Int(n)) != nil ? nil : expected()
        case (.choice(let options), .string(let s)):
            return options.contains(s) ? nil : expected()
        case (.list(let inner), .array(let items)):
            return items.indices.lazy.compactMap { inner.problem(with: items[$0]) }.first

        default:
            return expected()
        }
    }

    /// "a whole number from 1 to 5" / "een geheel getal van 1 tot en met 5".
    public static func wholeNumber(in range: ClosedRange<Int>) -> Message {
        Message(en: "a whole number from \(Language.en.grouped(range.lowerBound)) to \(Language.en.grouped(range.upperBound))",
                nl: "een geheel getal van \(Language.nl.grouped(range.lowerBound)) tot en met \(Language.nl.grouped(range.upperBound))")
    }

    /// "a number from 0 to 100,000" / "een getal van 0 tot en met 100.000".
    public static func number(in range: ClosedRange<Double>) -> Message {
        func shown(_ x: Double, _ language: Language) -> String {
            x == x.rounded() && abs(x) < 1e15 ? language.grouped(Int(x)) : language.number(x, decimals: 2)
        }
        return Message(en: "a number from \(shown(range.lowerBound, .en)) to \(shown(range.upperBound, .en))",
                       nl: "een getal van \(shown(range.lowerBound, .nl)) tot en met \(shown(range.upperBound, .nl))")
    }
}
