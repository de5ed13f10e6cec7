import KVOModel

extension ChangeSet {
    /// Adds a new record made as a typed view (`VoteRecord()` with its fields set); returns its ID.
    @discardableResult
    mutating func add<View: RecordView>(_ view: View) -> String { add(view.record, kind: View.kind) }

    /// Replaces a record with a changed copy, both as typed views.
    mutating func change<View: RecordView>(_ before: View, to after: View) { change(before.record, to: after.record, kind: View.kind) }
}
