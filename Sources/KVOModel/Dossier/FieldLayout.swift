/// A kind's fields, matched once per record shape (`FieldNames`) rather than by name per record:
/// records of a kind written alike share a shape, so loading checks each by position.
///
/// Only the common case is decided here: a record this finds sound has no problem
/// `Dossier.detailedProblems` would report and no reference `Dossier.missingReferences` would. When
/// it finds anything else, those two are asked, so every message and place stays theirs. Measured
/// on the upper-bound dossier: the per-field binary searches cost ~120 M instructions of ~590 M.
struct FieldLayout {
    /// The declared names sorted, with `id` among them for a kind with IDs.
    private let names: [String]
    /// For each name: the index of its field in `kind.fields`, or -1 for `id`.
    private let slots: [Int]
    private let checks: [Check]
    private let required: [Bool]
    /// The ID prefix with its dash (`M-`), as bytes.
    private let prefix: [UInt8]
    /// The declared reference fields (a field or a list of IDs), and their target kinds (as
    /// `RecordPlace.kind` numbers them).
    private let references: [(name: String, target: Int)]
    /// For each shape seen, where each of `names` is among its fields (-1: not there).
    private var shapes = ShapeMemo<[Int]>()

    init(_ kind: RecordKind, in schema: Schema) {
        var pairs: [(name: String, slot: Int)] = kind.fields.indices.map { (kind.fields[$0].name, $0) }
        if !kind.isSingleton { pairs.append((Record.idField, -1)) }
        pairs.sort { $0.name < $1.name }
        names = pairs.map(\.name)
        slots = pairs.map(\.slot)
        checks = pairs.map { $0.slot < 0 ? .string : Check(kind.fields[$0.slot].type) }
        required = pairs.map { $0.slot >= 0 && kind.fields[$0.slot].required }
        prefix = Array(((kind.prefix ?? "") + "-").utf8)
        references = kind.fields.compactMap { field in
            field.type.referencedKind.map { target in (field.name, schema.kinds.firstIndex { $0.name == target } ?? -1) }
        }
    }

    /// Whether the record has none of the problems `Dossier.detailedProblems` reports; false
    /// means "ask it" (it may still find none).
    mutating func isSound(_ record: Record) -> Bool {
        let at = self.at(record.shape)
        return record.values.withUnsafeBufferPointer { values in
            for k in names.indices {
                let e = at[k]
                if slots[k] < 0 {
                    guard e >= 0, case .string(let id) = values[e], owns(id) else { return false }
                    continue
                }
                guard e >= 0 else {
                    if required[k] { return false }
                    continue
                }
                if case .null = values[e] {
                    if required[k] { return false }
                    continue
                }
                if !checks[k].accepts(values[e]) { return false }
            }
            return true
        }
    }

    /// Where each declared name is among a shape's fields.
    private mutating func at(_ shape: FieldNames) -> [Int] {
        let names = self.names
        return shapes.value(for: shape) { shape in names.map { name in shape.names.firstIndex(of: name) ?? -1 } }
    }

    /// `RecordKind.owns(id:)` for the usual ID, PREFIX-DIGITS without a leading zero, read as
    /// bytes; anything else is left to it.
    private func owns(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { bytes in
            guard bytes.count > prefix.count, bytes[prefix.count] != 0x30 else { return false }
            for k in prefix.indices where bytes[k] != prefix[k] { return false }
            for k in prefix.count..<bytes.count where bytes[k] < 0x30 || bytes[k] > 0x39 { return false }
            return true
        }
    }

    /// Whether every reference of the record names a record of its target kind in `index`;
    /// false means "ask `Dossier.missingReferences`".
    func referencesResolve(_ record: Record, in index: [String: RecordPlace]) -> Bool {
        for reference in references {
            switch record[reference.name] {
            case .string(let id)?:
                if index[id]?.kind != reference.target { return false }
            case .array(let items)?:
                for case .string(let id) in items where index[id]?.kind != reference.target { return false }
            default:
                continue
            }
        }
        return true
    }
}

/// How a field's value is checked in `FieldLayout.isSound`: the common types directly, without
/// copying the field's type (an indirect enum) per value; the others by `FieldType.problem`.
private enum Check {
    case string
    case bool
    case whole(ClosedRange<Double>)
    case date
    case other(FieldType)

    init(_ type: FieldType) {
        switch type {
        case .text, .reference: self = .string
        case .boolean: self = .bool
        case .integer(let range): self = .whole(Double(range.lowerBound)...Double(range.upperBound))
        case .date: self = .date
        default: self = .other(type)
        }
    }

    /// Whether `FieldType.problem` finds nothing wrong with the value (as it judges).
    func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.bool, .bool): return true
        case (.whole(let range), .number(let n)): return n == n.rounded() && range.contains(n)
        case (.date, .string(let s)):
            guard let day = Day(s) else { return false }
            return FieldType.plausibleYears.contains(day.year)
        case (.other(let type), _): return type.problem(with: value) == nil
        default: return false
        }
    }
}
