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

    /// Command output as `string` writes it, but for a value at `depth` inside a larger document
    /// (its inner lines indented to match, no newline after): for a document whose parts are
    /// written apart, in parallel (`kvo check` over many dossiers).
    public static func nested(_ value: JSONValue, depth: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(value.isFinite ? value : value.finite, indent: depth, into: &out)
        return out
    }

    /// `nested` as a String.
    public static func nestedString(_ value: JSONValue, depth: Int) -> String {
        String(decoding: nested(value, depth: depth), as: UTF8.self)
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

    static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20); out.append(0x20) }
    }

    static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
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
            for (n, member) in sortedMembers(members).enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1, &out)
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                out.append(0x20)
                write(member.value, indent: indent + 1, into: &out)
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
            for (n, member) in sortedMembers(members).enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// An object's members in key order, sorted once as pairs: sorting the keys and then looking
    /// each value up again hashed every key a second time.
    static func sortedMembers(_ members: [String: JSONValue]) -> [(key: String, value: JSONValue)] {
        members.sorted { utf8Less($0.key, $1.key) }
    }

    /// Keys in byte order, as `jq -S` and most tools sort them. Compared as contiguous bytes:
    /// the generic `utf8.lexicographicallyPrecedes` (through Zip2Sequence) cost 0.5 M
    /// instructions a dossier of a batch check's JSON report (callgrind, 20 example dossiers).
    public static func utf8Less(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                for i in 0..<min(x.count, y.count) where x[i] != y[i] { return x[i] < y[i] }
                return x.count < y.count
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A JSON string: quoted, escaped as every writer here escapes (for writers of one fixed
    /// shape, such as a check report's, that write their bytes straight).
    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { writeEscaped($0, into: &out) }
        if copied == nil { Array(s.utf8).withUnsafeBufferPointer { writeEscaped($0, into: &out) } }
        out.append(0x22)
    }

    /// Bytes that need no escape are copied in runs rather than appended one by one: the byte
    /// loop cost 2.1 M instructions a dossier of a batch check's JSON report, the runs 0.6 M
    /// (callgrind, 20 example dossiers).
    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C { i += 1; continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            escape(b, into: &out)
            i += 1
            start = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
    }

    private static func escape(_ b: UInt8, into out: inout [UInt8]) {
        out.append(0x5C)
        switch b {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            out += [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
        }
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
            for (key, member) in JSONWriter.sortedMembers(members) {
                if let found = member.firstNonFinite(at: path.appending(key)) { return found }
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
