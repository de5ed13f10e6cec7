extension MemberRecord {
    /// Whether the person is a member of the workgroup on `day`: joined on or before it, and not
    /// left before it (a member who leaves on the day still counts for that day: they attend
    /// their last meeting). Without a `joined` or `left` date (every /1 dossier) a recorded
    /// member has always been one. Rules and reports ask this one question.
    public func isMember(on day: Day) -> Bool {
        (joined.map { $0 <= day } ?? true) && (left.map { $0 >= day } ?? true)
    }
}
