import KVOModel

/// A value of the command language.
package enum Value: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    /// A percentage, stored as a fraction: 30% is 0.3. It compares and calculates as that
    /// fraction and prints as a percentage.
    case percent(Double)
    case string(String)
    case date(Day)
    case quarter(Quarter)
    case list([Value])

    /// The article and name used in messages: "a number", "a date".
    /// The value's type as a sentence names it: "a number" / "een getal".
    package var typeDescription: Message {
        switch self {
        case .null: .verbatim("null")
        case .bool: Message(en: "a boolean", nl: "een waarheidswaarde")
        case .number: Message(en: "a number", nl: "een getal")
        case .percent: Message(en: "a percentage", nl: "een percentage")
        case .string: Message(en: "a string", nl: "een tekst")
        case .date: Message(en: "a date", nl: "een datum")
        case .quarter: Message(en: "a quarter", nl: "een kwartaal")
        case .list: Message(en: "a list", nl: "een lijst")
        }
    }


    /// The bare type name, as `type(x)` returns it.
    package var typeKeyword: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .percent: "percentage"
        case .string: "string"
        case .date: "date"
        case .quarter: "quarter"
        case .list: "list"
        }
    }

    /// Numbers and percentages as one number (30% is 0.3).
    package var numeric: Double? {
        switch self {
        case .number(let n), .percent(let n): n
        default: nil
        }
    }

    /// How `echo` prints a value: strings as they are.
    package var text: String {
        if case .string(let s) = self { return s }
        return literal
    }

    /// How a value is written in the language: strings quoted.
    package var literal: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let n): Value.format(n)
        case .percent(let p): Value.format(p * 100) + "%"
        case .string(let s): Value.quote(s)
        case .date(let d): d.description
        case .quarter(let q): q.description
        case .list(let items): "[" + items.map(\.literal).joined(separator: ", ") + "]"
        }
    }

    package static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.date(let x), .date(let y)): x == y
        case (.quarter(let x), .quarter(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        default:
            if let x = a.numeric, let y = b.numeric { Value.nearlyEqual(x, y) } else { false }
        }
    }

    /// 0.1 + 0.2 == 0.3 should hold in a workshop; compare to 12 significant digits.
    static func nearlyEqual(_ x: Double, _ y: Double) -> Bool {
        x == y || abs(x - y) <= 1e-12 * max(abs(x), abs(y))
    }

    /// Whole numbers without a decimal point; others to at most 10 decimals, trailing zeros cut.
    package static func format(_ n: Double) -> String {
        if n.isNaN { return "nan" }
        if n.isInfinite { return n < 0 ? "-infinity" : "infinity" }
        let rounded = (n * 1e10).rounded() / 1e10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        if abs(n) >= 1e15 || abs(n) < 1e-10 { return String(n) }
        // Fixed notation by hand: Swift's description may use exponents, and Foundation's
        // String(format:) is left out to keep start-up fast.
        let negative = rounded < 0
        let scaled = Int64((abs(rounded) * 1e10).rounded())
        let whole = scaled / 10_000_000_000
        var fraction = String(scaled % 10_000_000_000)
        fraction = String(repeating: "0", count: 10 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// -1, 0, 1, or nil when the two cannot be ordered (a date and a number, say).
    package static func order(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.quarter(let x), .quarter(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        default:
            guard let x = a.numeric, let y = b.numeric else { return nil }
            return nearlyEqual(x, y) ? 0 : (x < y ? -1 : 1)
        }
    }
}
