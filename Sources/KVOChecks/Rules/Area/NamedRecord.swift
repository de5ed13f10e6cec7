import KVOModel

/// A record with a name of its own, which the rules of §3 and §4.1 show it by (else by its ID):
/// parks, adjacent locations, parties, members, documents.
protocol NamedRecord: RecordView {
    var name: String? { get }
}

extension ParkRecord: NamedRecord {}
extension AdjacentRecord: NamedRecord {}
extension PartyRecord: NamedRecord {}
extension MemberRecord: NamedRecord {}
extension DocumentRecord: NamedRecord {}
