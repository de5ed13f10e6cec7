/// A typed view of one record of a kind: a field read is a property (`measure.done`), a misspelt
/// field a compile error, a choice an enum. The views are generated from the schema
/// (scripts/gen-records, into Records/Generated); the record underneath keeps every field, known
/// or not, so a view changes what it sets and nothing else, and unknown fields survive a save.
public protocol RecordView: Sendable, Equatable {
    /// The kind this view reads.
    static var kind: RecordKind { get }
    /// The record as stored.
    var record: Record { get set }
    init(_ record: Record)
}

extension RecordView {
    /// The record's ID (a singleton's is empty; the dossier knows it by its kind's name). Set it
    /// only to an ID a ChangeSet reserved (`ChangeSet.newID`).
    public var id: String {
        get { record.id }
        set { record[Record.idField] = .string(newValue) }
    }

    /// A new, empty record of this kind (no ID yet: a ChangeSet allocates it).
    public init() { self.init(Record(fields: [:])) }
}

/// Where typed records are read from: the dossier itself, or a check's context (which notes the
/// kinds a rule reads, for `explain`). The generated `RecordSource+Kinds` gives one property per
/// kind on top of these two (`source.measures`, `source.organisation`).
public protocol RecordSource {
    /// Every record of a kind, in file order.
    func all<View: RecordView>(_ view: View.Type) -> [View]
    /// The record of a kind that exists once (`organisation`, `plan`), or an empty one.
    func one<View: RecordView>(_ view: View.Type) -> View
}

extension Dossier: RecordSource {
    public func all<View: RecordView>(_ view: View.Type) -> [View] { records(View.kind).map(View.init) }

    public func one<View: RecordView>(_ view: View.Type) -> View {
        View(record(View.kind.name)?.record ?? Record(fields: [:]))
    }

    /// The record with this ID as a view of its kind, when it is of that kind.
    public func record<View: RecordView>(_ id: String, as view: View.Type) -> View? {
        guard let found = record(id), found.kind.name == View.kind.name else { return nil }
        return View(found.record)
    }
}
