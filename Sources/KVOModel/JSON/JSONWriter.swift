/// Writes JSON pretty-printed with sorted keys and two-space indents, so that a dossier kept
/// in git changes by a few lines when a field changes.
///
/// It never writes what JSONParser refuses. JSON has no infinity or NaN, so:
/// - `write` and `compact` (the dossier, the journal: data kvo reads back) refuse a value holding
///   one, naming its path, before a byte is written; the schema's ranges keep such values out of
///   a dossier, so this is the last guard, not the usual way.
/// - `string` (command output such as `as json`, computed for other programs) writes `null` for
///   one, as JavaScript's JSON.stringify does, so the output always parses.
public enum JSONWriter {
    /// A value JSON cannot hold: a non-finite number, and where it is.
    public struct Refusal: Error, Sendable, Equatable {
        public let path: JSONPath
        public let number: Double

        public static func == (a: Refusal, b: Refusal) -> Bool { a.path == b.path && a.number.bitPattern == b.number.bitPattern }

        public var message: Message {
            Message(en: "\(path) is not a finite number (\(number)); JSON cannot hold it, so nothing was written",
                    nl: "\(path) is geen eindig getal (\(number)); JSON kan het niet bevatten, dus er is niets geschreven")
        }
    }

    /// Pretty-printed, for the dossier file.
    public static func write(_ value: JSONValue) throws(Refusal) -> [UInt8] {
        try check(value)
        return pretty(value)
    }

    /// One line, keys sorted: for the journal.
    public static func compact(_ value: JSONValue) throws(Refusal) -> String {
        try check(value)
        var out: [UInt8] = []
        writeCompact(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Pretty-printed command output: a non-finite number is written as null.
    public static func string(_ value: JSONValue) -> String {
        String(decoding: pretty(value.isFinite ? value : value.finite), as: UTF8.self)
    }

    /// One line of command output: a non-finite number is written as null.
    public static func line(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value.isFinite ? value : value.finite, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func pretty(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out)
        out.append(0x0A)
        return out
    }

    /// Throws for the first non-finite number, in key order.
    public static func check(_ value: JSONValue) throws(Refusal) {
        // The fast walk first: the path is only built for a value that has one.
        guard !value.isFinite, let (path, n) = value.firstNonFinite(at: JSONPath()) else { return }
        throw Refusal(path: path, number: n)
    }

    private static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20); out.append(0x20) }
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .array(let items):
            if items.isEmpty { out += Array("[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
            }
            newline(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out += Array("{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (n, key) in members.keys.sorted(by: utf8Less).enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1, &out)
                writeString(key, into: &out)
                out += [UInt8(ascii: ":"), 0x20]
                write(members[key]!, indent: indent + 1, into: &out)
            }
            newline(indent, &out)
            out.append(UInt8(ascii: "}"))
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let n): out += Array(format(n).utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (n, key) in members.keys.sorted(by: utf8Less).enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(members[key]!, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Keys in byte order, as `jq -S` and most tools sort them.
    static func utf8Less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    /// Whole numbers without a decimal point; others in Swift's shortest round-trip form, which
    /// JSONParser reads back to the same bits (1e+16, 5e-324). -0 stays -0. Non-finite numbers
    /// (never written, see above) read "inf", "-inf" and "nan" in messages.
    public static func format(_ n: Double) -> String {
        if n == 0 { return n.sign == .minus ? "-0" : "0" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return n.description
    }
}

extension JSONValue {
    /// Whether every number in the value is finite.
    var isFinite: Bool {
        switch self {
        case .number(let n): n.isFinite
        case .array(let items): items.allSatisfy(\.isFinite)
        case .object(let members): members.values.allSatisfy(\.isFinite)
        case .null, .bool, .string: true
        }
    }

    /// The path and value of the first non-finite number, keys in sorted order; nil if none.
    func firstNonFinite(at path: JSONPath) -> (JSONPath, Double)? {
        switch self {
        case .number(let n): return n.isFinite ? nil : (path, n)
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let found = item.firstNonFinite(at: path.appending(i)) { return found }
            }
            return nil
        case .object(let members):
            for key in members.keys.sorted(by: JSONWriter.utf8Less) {
                if let found = members[key]!.firstNonFinite(at: path.appending(key)) { return found }
            }
            return nil
        case .null, .bool, .string: return nil
        }
    }

    /// The value with every non-finite number replaced by null (for command output).
    var finite: JSONValue {
        switch self {
        case .number(let n): n.isFinite ? self : .null
        case .array(let items): .array(items.map(\.finite))
        case .object(let members): .object(members.mapValues(\.finite))
        case .null, .bool, .string: self
        }
    }
}
