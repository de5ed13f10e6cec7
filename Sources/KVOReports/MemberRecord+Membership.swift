import KVOModel

extension MemberRecord {
    /// Whether the person is a member of the workgroup on a day: joined by then (or no date
    /// recorded) and not yet left (`left` is the first day they are no longer a member).
    func isMember(on day: Day) -> Bool {
        (joined.map { $0 <= day } ?? true) && (left.map { $0 > day } ?? true)
    }
}
