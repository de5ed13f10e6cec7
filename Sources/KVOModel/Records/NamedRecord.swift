/// A kind whose records have a name of their own, shown for their ID in rules and reports (a
/// park, an adjacent location, a party, a member, a document).
public protocol NamedRecord: RecordView {
    var name: String? { get }
}

extension ParkRecord: NamedRecord {}
extension AdjacentRecord: NamedRecord {}
extension PartyRecord: NamedRecord {}
extension MemberRecord: NamedRecord {}
extension DocumentRecord: NamedRecord {}
