extension JSONWriter {
    /// A member of a document's root as `write(members:)` takes it: a value, a record, or a list
    /// of records.
    public enum DocumentMember {
        case value(JSONValue)
        case record(Record)
        case records([Record])
    }

    /// `write` for a document held as records (a dossier), without first building it as one
    /// JSONValue: each record is written from its own sorted fields. Saving the upper-bound
    /// dossier built 30,000 dictionaries only to sort their keys again: 610 M instructions and
    /// 43 MiB at the peak (issue 15). The bytes are `write`'s (a test compares them), and a value
    /// JSON cannot hold is refused as `write` refuses it, naming the same place.
    public static func write(members: [(key: String, member: DocumentMember)]) throws(Refusal) -> [UInt8] {
        guard members.allSatisfy({ $0.member.isFinite }) else {
            return try write(.object(Dictionary(members.map { ($0.key, $0.member.json) }, uniquingKeysWith: { _, last in last })))
        }
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        var orders = FieldOrders()
        out.append(UInt8(ascii: "{"))
        for (n, (key, member)) in members.sorted(by: { utf8Less($0.key, $1.key) }).enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            newline(1, &out)
            writeString(key, into: &out)
            out.append(UInt8(ascii: ":"))
            out.append(0x20)
            switch member {
            case .value(let value): write(value, indent: 1, into: &out)
            case .record(let record): write(record, indent: 1, orders: &orders, into: &out)
            case .records(let records): write(records, orders: &orders, into: &out)
            }
        }
        if !members.isEmpty { newline(0, &out) }
        out.append(UInt8(ascii: "}"))
        out.append(0x0A)
        return out
    }

    /// A list of records at the root's second level, as `write` writes an array.
    private static func write(_ records: [Record], orders: inout FieldOrders, into out: inout [UInt8]) {
        if records.isEmpty { out += Array("[]".utf8); return }
        out.append(UInt8(ascii: "["))
        for (n, record) in records.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            newline(2, &out)
            write(record, indent: 2, orders: &orders, into: &out)
        }
        newline(1, &out)
        out.append(UInt8(ascii: "]"))
    }

    /// A record as `write` writes an object: its fields in byte order of their names.
    private static func write(_ record: Record, indent: Int, orders: inout FieldOrders, into out: inout [UInt8]) {
        let names = record.shape.names
        if names.isEmpty { out += Array("{}".utf8); return }
        let order = orders.order(of: record.shape)
        out.append(UInt8(ascii: "{"))
        for n in names.indices {
            let k = order?[n] ?? n
            if n > 0 { out.append(UInt8(ascii: ",")) }
            newline(indent + 1, &out)
            writeString(names[k], into: &out)
            out.append(UInt8(ascii: ":"))
            out.append(0x20)
            write(record.values[k], indent: indent + 1, into: &out)
        }
        newline(indent, &out)
        out.append(UInt8(ascii: "}"))
    }
}

/// The order in which a shape's fields are written: a record keeps its names in String order,
/// JSON is written in byte order (`utf8Less`). The two agree for names in Unicode's composed
/// form (every ASCII name), so this is nil for nearly every shape, and worked out once per shape.
private struct FieldOrders {
    private var memo = ShapeMemo<[Int]?>()

    mutating func order(of shape: FieldNames) -> [Int]? {
        memo.value(for: shape) { shape in
            let names = shape.names
            let sorted = zip(names, names.dropFirst()).allSatisfy { JSONWriter.utf8Less($0, $1) }
            return sorted ? nil : names.indices.sorted { JSONWriter.utf8Less(names[$0], names[$1]) }
        }
    }
}

extension JSONWriter.DocumentMember {
    var isFinite: Bool {
        switch self {
        case .value(let value): value.isFinite
        case .record(let record): record.values.allSatisfy(\.isFinite)
        case .records(let records): records.allSatisfy { $0.values.allSatisfy(\.isFinite) }
        }
    }

    var json: JSONValue {
        switch self {
        case .value(let value): value
        case .record(let record): record.json
        case .records(let records): .array(records.map(\.json))
        }
    }
}
