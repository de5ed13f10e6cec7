/// Where a record is in its dossier: its kind, as the place of that kind among the schema's
/// kinds, and its place in that kind's list. Two 32-bit numbers, so that an entry of the
/// dossier's index takes 8 bytes (it took 40 with the kind's name and a whole Int; issue 15).
struct RecordPlace: Sendable {
    private let kindNumber: UInt32
    private let positionNumber: UInt32

    init(kind: Int, position: Int) {
        kindNumber = UInt32(truncatingIfNeeded: kind)
        positionNumber = UInt32(truncatingIfNeeded: position)
    }

    var kind: Int { Int(kindNumber) }
    var position: Int { Int(positionNumber) }
}

extension Schema {
    /// A kind's place among the kinds (`RecordPlace.kind`).
    func place(of kind: RecordKind) -> Int { kinds.firstIndex { $0.name == kind.name } ?? 0 }
}
