import KVOModel

extension Change {
    /// Whether the change is to a record of this view's kind.
    func isOf<View: RecordView>(_ view: View.Type) -> Bool { kind == View.kind.name }

    /// The record before the change, read as `view` (nil for an addition).
    func before<View: RecordView>(as view: View.Type) -> View? { before.map(View.init) }

    /// The record after the change, read as `view` (nil for a removal).
    func after<View: RecordView>(as view: View.Type) -> View? { after.map(View.init) }
}
