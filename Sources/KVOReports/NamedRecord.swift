import KVOModel

/// A kind whose records have a name a report shows for their ID (a park, a party, a member).
protocol NamedRecord: RecordView {
    var name: String? { get }
}

extension ParkRecord: NamedRecord {}
extension PartyRecord: NamedRecord {}
extension MemberRecord: NamedRecord {}
extension DocumentRecord: NamedRecord {}
extension AdjacentRecord: NamedRecord {}
