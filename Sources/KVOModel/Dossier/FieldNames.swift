/// The names of a record's fields, sorted by name (String's `<`), no name twice: the shape of a
/// record, shared by every record with the same names. The parser hands records of a kind
/// written alike one shape (`JSONParser.record`), so that each record holds only its values: an
/// entry of 24 bytes a field instead of 40, 2.6 MiB less for the 20,000 incidents of a dossier at
/// the handbook's upper bound (issue 15: peak memory within 4x the file).
public final class FieldNames: Sendable {
    public let names: [String]

    public init(_ sorted: [String]) { names = sorted }

    /// The same names, in the same order.
    func same(as other: [String]) -> Bool { names == other }
}

/// Something worked out once per shape, for the few shapes a kind has: found by identity, the
/// one just used first. A kind's shapes alternate (the upper-bound dossier's 20,000 incidents have
/// 4, changing 13,000 times), and records amended one by one get shapes of their own, so the
/// last 16 are kept.
struct ShapeMemo<Value> {
    private var known: [(shape: FieldNames, value: Value)] = []

    mutating func value(for shape: FieldNames, _ make: (FieldNames) -> Value) -> Value {
        if let k = known.firstIndex(where: { $0.shape === shape }) {
            if k > 0 { known.swapAt(0, k) }
            return known[0].value
        }
        let value = make(shape)
        if known.count == 16 { known.removeLast() }
        known.insert((shape, value), at: 0)
        return value
    }
}
